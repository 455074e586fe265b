"""Dates on the command line as people write them: `event add --date`, `deadline add --due`,
`set` on a date field or the deadlines; stored as before, shown in English words."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factory import make_vault, run_cli


@pytest.fixture
def vault(tmp_path: Path) -> tuple[Path, str]:
    """A vault and the id of a case in it."""
    root = tmp_path / "vault"
    make_vault(root).session.lock()
    added = run_cli(root, "case", "add", "--title", "Дело")
    assert added.code == 0, added.err
    return root, added.out.strip()


def _show(root: Path, case: str) -> dict:  # type: ignore[type-arg]
    shown = run_cli(root, "case", "show", case, "--json")
    assert shown.code == 0, shown.err
    return json.loads(shown.out)  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("05.03.2024", "2024-03-05"),
        ("около 05.03.2024", "~2024-03-05"),
        ("март 2024", "2024-03"),
        ("1–10.03.2024", "2024-03-01/2024-03-10"),
        ("about 5 March 2024", "~2024-03-05"),
        ("c. 2024-03-05", "~2024-03-05"),
        ("1-10 March 2024", "2024-03-01/2024-03-10"),
    ],
)
def test_event_dates_as_people_write_them(vault: tuple[Path, str], typed: str, stored: str) -> None:
    root, case = vault
    added = run_cli(root, "event", "add", case, "--type", "detention", "--date", typed)
    assert added.code == 0, added.err
    (event,) = _show(root, case)["events"]
    assert event["fields"]["date"] == stored


def test_deadlines_and_set_read_dates_and_show_them_in_words(vault: tuple[Path, str]) -> None:
    root, case = vault
    assert (
        run_cli(root, "deadline", "add", case, "--due", "14.05.2027", "--what", "Жалоба").code == 0
    )
    assert (
        run_cli(root, "deadline", "add", case, "--due", "1 June 2027", "--what", "ЕСПЧ").code == 0
    )
    assert _show(root, case)["fields"]["deadlines"] == [
        {"date": "2027-05-14", "what": "Жалоба"},
        {"date": "2027-06-01", "what": "ЕСПЧ"},
    ]
    text = run_cli(root, "case", "show", case).out
    assert "14 May 2027  Жалоба" in text
    assert "1 June 2027  ЕСПЧ" in text

    deadlines = json.dumps([{"date": "около 06.12.2026", "what": "Суд"}], ensure_ascii=False)
    assert run_cli(root, "set", case, "deadlines", deadlines, "--json-value").code == 0
    assert _show(root, case)["fields"]["deadlines"] == [{"date": "~2026-12-06", "what": "Суд"}]

    event = run_cli(root, "event", "add", case, "--type", "search", "--date", "2024").out.strip()
    assert run_cli(root, "set", event, "date", "5 марта 2024 г.").code == 0
    assert _show(root, case)["events"][0]["fields"]["date"] == "2024-03-05"
    assert "Search 5 March 2024" in run_cli(root, "case", "show", case).out


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("14.13.2027", "There is no such day"),
        ("5/3/2024", "two different days"),
        ("на днях", "not a date casebook can read"),
        ("10-1.03.2024", "ends before it starts"),
    ],
)
def test_a_date_that_cannot_be_read_says_why_and_changes_nothing(
    vault: tuple[Path, str], typed: str, says: str
) -> None:
    root, case = vault
    result = run_cli(root, "deadline", "add", case, "--due", typed, "--what", "x")
    assert result.code == 5
    assert says in result.err
    assert "Traceback" not in result.err
    assert _show(root, case)["fields"]["deadlines"] is None
