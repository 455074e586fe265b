"""casebook.service.stats: the docket's figures count live records of live cases; deadlines
are near when any day they may fall on is within the next 30 days."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from casebook.base.errors import InputRejected
from casebook.service import CaseService
from casebook.service.stats import fuzzy_bounds
from factory import make_service, run_cli

TODAY = dt.date(2027, 5, 1)


def _docket(tmp_path: Path) -> CaseService:
    svc = make_service(tmp_path / "v")
    rec = svc.records
    a = rec.add_case(
        "A",
        status="court",
        legal_articles=["cc_280_3"],
        deadlines=[
            {"date": "2027-05-14", "what": "апелляция"},
            {"date": "2027-07-01", "what": "далеко"},
            {"date": "2027-04-30", "what": "прошло"},
        ],
    )
    b = rec.add_case(
        "B",
        status="court",
        legal_articles=["cc_280_3", "ac_20_2"],
        deadlines=[{"date": "2027-05", "what": "в мае"}, {"date": "~2027-06", "what": "июнь"}],
    )
    gone = rec.add_case("C", status="open", legal_articles=["cc_280_3"])
    rec.add_event(a, "detention", "~2024-03-05", legal_article="ac_20_2")
    rec.add_event(a, "detention", "2024-03-01/2024-04-02")
    rec.add_event(b, "search", "2024-03")
    rec.add_event(b, "fine", "2024")
    deleted_event = rec.add_event(b, "fine", "2024-05-01")
    rec.delete(deleted_event)
    rec.add_event(gone, "search", "2024-03-02")
    rec.delete(gone)
    return svc


def test_the_docket_counts_live_records_of_live_cases(tmp_path: Path) -> None:
    d = _docket(tmp_path).stats.docket(TODAY)
    assert [(c.code, c.count, c.en, c.ru) for c in d.statuses] == [
        ("court", 2, "In court", "В суде")
    ]
    assert [(c.code, c.count) for c in d.event_types] == [
        ("detention", 2),
        ("fine", 1),
        ("search", 1),
    ]
    assert [(c.month, c.count) for c in d.event_months] == [("2024", 1), ("2024-03", 3)]
    assert [(c.code, c.month, c.count) for c in d.events] == [
        ("fine", "2024", 1),
        ("detention", "2024-03", 2),
        ("search", "2024-03", 1),
    ]
    # cases citing, events under; most used first
    assert [(c.code, c.count, c.extra) for c in d.articles] == [
        ("ac_20_2", 1, 1),
        ("cc_280_3", 2, 0),
    ]


def test_deadlines_within_thirty_days_with_the_days_left(tmp_path: Path) -> None:
    d = _docket(tmp_path).stats.docket(TODAY)
    assert [(x.what, x.days) for x in d.deadlines] == [("в мае", 0), ("апелляция", 13)]
    later = _docket(tmp_path / "2").stats.docket(dt.date(2027, 5, 20))
    assert [(x.what, x.days) for x in later.deadlines] == [("в мае", 0), ("июнь", 12)]


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("2027-05-14", "2027-05-14", "2027-05-14"),
        ("2027-05", "2027-05-01", "2027-05-31"),
        ("~2024-02", "2024-02-01", "2024-02-29"),
        ("2027", "2027-01-01", "2027-12-31"),
        ("2027-05-30/2027-06", "2027-05-30", "2027-06-30"),
    ],
)
def test_fuzzy_bounds(text: str, first: str, last: str) -> None:
    assert fuzzy_bounds(text) == (dt.date.fromisoformat(first), dt.date.fromisoformat(last))


def test_fuzzy_bounds_refuse_what_is_no_date() -> None:
    with pytest.raises(InputRejected):
        fuzzy_bounds("soon")


def test_the_cli_prints_json_and_csv(tmp_path: Path) -> None:
    svc = _docket(tmp_path)
    svc.lock()
    done = run_cli(tmp_path / "v", "stats", "--json")
    assert done.code == 0, done.err
    doc = json.loads(done.out)
    assert doc["cases_by_status"][0]["code"] == "court"
    assert {"events_by_type", "events_by_month", "legal_articles", "deadlines"} <= set(doc)
    done = run_cli(tmp_path / "v", "stats", "--csv")
    assert done.code == 0, done.err
    lines = done.out.splitlines()
    assert lines[0] == "section,code,label,month,date,count,case_id,title"
    assert "cases_by_status,court,In court,,,2,," in lines
    assert "events,detention,Detention,2024-03,,2,," in lines
    done = run_cli(tmp_path / "v", "stats")
    assert done.code == 0
    assert "Deadlines in the next 30 days:" in done.out
