"""`casebook consent withdraw` and `casebook erase` name the reports that carried a person's
name (written by `casebook report`, in a real process), and say that a filed report cannot be
recalled (PROTECTION §3)."""

from __future__ import annotations

import json
from pathlib import Path

from casebook.service.filed import COURT_NOTE
from factory import child_env, make_service, run_cli, run_cli_process
from reportkit import canary_case


def test_withdraw_and_erase_list_the_reports(tmp_path: Path) -> None:
    root = tmp_path / "vault"
    svc = make_service(root)
    c = canary_case(svc)
    svc.consent.record(c.victim, ["international", "court_domestic"], "granted")
    svc.lock()
    env = child_env(QT_QPA_PLATFORM="offscreen")
    for purpose in ("echr", "domestic"):
        done = run_cli_process(
            root, "report", "--case", c.case.hex(), "--purpose", purpose, "--lang", "en",
            "--out", str(tmp_path / purpose), "--yes", "--json", env=env,
        )  # fmt: skip
        assert done.code == 0, done.err
    ids = {
        p: json.loads((tmp_path / p / "report.json").read_text("utf-8"))["id"]
        for p in ("echr", "domestic")
    }

    withdrawn = run_cli(
        root, "--json", "consent", "withdraw", c.victim.hex(), "--scope", "international"
    )
    assert withdrawn.code == 0, withdrawn.err
    doc = json.loads(withdrawn.out)
    assert [(r["purpose"], r["report"]) for r in doc["reports"]] == [
        ("echr", ids["echr"]),
        ("domestic", ids["domestic"]),
    ]
    assert doc["court"] == COURT_NOTE
    text = run_cli(root, "consent", "withdraw", c.victim.hex(), "--scope", "court_domestic")
    assert text.code == 0, text.err
    assert "a filed report cannot be recalled" in text.out
    assert f"report {ids['echr'][:4]}-" in text.out
    assert ": echr (written on " in text.out
    assert "Rule 47 § 4" in text.out
    assert str(tmp_path) not in text.out

    erased = run_cli(
        root, "erase", c.victim.hex(), "--field", "name", "--reason", "consent_withdrawn", "--yes"
    )
    assert erased.code == 0, erased.err
    assert ": domestic (written on " in erased.out
    assert "Rule 47 § 4" in erased.out
    # The witness's name went under a pseudonym: no report is named for it.
    witness = run_cli(
        root, "--json", "erase", c.witness.hex(), "--field", "name", "--reason", "mistake", "--yes"
    )
    assert witness.code == 0, witness.err
    assert "Reports you wrote" not in witness.err
