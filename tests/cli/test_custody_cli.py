"""`casebook custody ITEM`, `custody verify`, `custody transfer-out`, and `attach
--redacted-copy-of`, end to end through the CLI (in process, real vaults)."""

from __future__ import annotations

import json
from pathlib import Path

from factory import CliResult, make_vault, run_cli


def _ok(r: CliResult) -> str:
    assert r.code == 0, r.err
    assert "Traceback" not in r.err + r.out
    return r.out.strip()


def _refused(r: CliResult, code: int) -> str:
    assert r.code == code, (r.out, r.err)
    assert "Traceback" not in r.err + r.out
    return r.err


def _vault_with_file(tmp_path: Path) -> tuple[Path, str, str]:
    root = tmp_path / "v"
    make_vault(root).session.lock()
    case = _ok(run_cli(root, "case", "add", "--title", "Дело"))
    src = tmp_path / "evidence.txt"
    src.write_text("фото протокола", encoding="utf-8")
    att = _ok(run_cli(root, "attach", case, str(src)))
    return root, case, att


def test_custody_shows_verifies_and_records_a_transfer(tmp_path: Path) -> None:
    root, _case, att = _vault_with_file(tmp_path)
    chain = json.loads(_ok(run_cli(root, "custody", att, "--json")))
    assert chain["ok"] is True
    assert [e["event"] for e in chain["entries"]] == ["intake"]
    item = chain["item"]
    assert chain["entries"][0]["author"]["me"] is True
    text = _ok(run_cli(root, "custody", item[:12]))
    assert "Chain: verified, 1 entry, 1 custodian" in text
    assert "intake" in text
    assert "not the hour" in text

    out = _ok(run_cli(root, "custody", "transfer-out", att, "--to", "echr", "--ref", "12345/21"))
    assert "echr" in out
    assert "12345/21" in out
    _ok(
        run_cli(
            root,
            "custody",
            "transfer-out",
            item,
            "--to",
            "court",
            "--ref",
            "2-1/24",
            "--when",
            "2024-03-05",
        )
    )
    chain = json.loads(_ok(run_cli(root, "custody", att, "--json")))
    assert [e["event"] for e in chain["entries"]] == ["intake", "transfer_out", "note_late"]
    assert chain["entries"][2]["detail"]["when"] == "2024-03-05"

    check = json.loads(_ok(run_cli(root, "custody", "verify", "--json")))
    assert check["ok"] is True
    assert check["recorded"] == 1
    assert check["contents"] == {item: "ok"}
    check = json.loads(_ok(run_cli(root, "custody", "verify", "--no-record", "--json")))
    assert check["recorded"] == 0
    assert "The custody log verifies." in _ok(run_cli(root, "custody", "verify"))


def test_custody_refuses_what_it_cannot_record(tmp_path: Path) -> None:
    root, _case, att = _vault_with_file(tmp_path)
    _refused(run_cli(root, "custody", "0000000000"), 5)
    _refused(run_cli(root, "custody", "transfer-out", att, "--to", "Суд", "--ref", "1"), 2)
    _refused(run_cli(root, "custody", "transfer-out", att, "--to", "echr"), 2)
    err = _refused(
        run_cli(root, "custody", "transfer-out", att, "--to", "echr", "--ref", "Иванова"), 5
    )
    assert "rejected" in err
    _refused(run_cli(root, "custody", "verify", att), 2)
    _refused(run_cli(root, "custody", att, att), 2)


def test_a_redacted_copy_through_the_cli(tmp_path: Path) -> None:
    root, case, att = _vault_with_file(tmp_path)
    red = tmp_path / "redacted.txt"
    red.write_text("фото ██████", encoding="utf-8")
    copy = _ok(run_cli(root, "attach", case, str(red), "--redacted-copy-of", att))
    chain = json.loads(_ok(run_cli(root, "custody", copy, "--json")))
    (root_entry,) = chain["entries"]
    assert root_entry["event"] == "derive"
    original = json.loads(_ok(run_cli(root, "custody", att, "--json")))
    assert root_entry["detail"]["from"] == original["item"]
    assert original["entries"][-1]["detail"]["to"] == chain["item"]
    other = _ok(run_cli(root, "case", "add", "--title", "Другое"))
    _refused(run_cli(root, "attach", other, str(red), "--redacted-copy-of", att), 5)


def test_a_plain_export_is_on_the_chain(tmp_path: Path) -> None:
    root, _case, att = _vault_with_file(tmp_path)
    out = tmp_path / "copy.txt"
    run = run_cli(root, "attachment", "export", att, "--out", str(out))
    _ok(run)
    chain = json.loads(_ok(run_cli(root, "custody", att, "--json")))
    export = chain["entries"][-1]
    assert export["event"] == "export_plain"
    assert export["detail"]["written"] == chain["item"]
