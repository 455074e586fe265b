"""A report package records which values it carried (purpose, audience, report id, time; no
path), so that a withdrawal and an erasure's preview name it beside the colleagues and bundles
(PROTECTION §3), with the note that a filed report cannot be recalled."""

from __future__ import annotations

from pathlib import Path

from casebook.report import Audience, build_report
from casebook.report.package import write_package
from casebook.service.consent import COURT_NOTE
from factory import make_service
from reportkit import canary_case


def test_a_withdrawal_and_an_erasure_name_the_reports_that_carried_the_name(
    tmp_path: Path,
) -> None:
    svc = make_service(tmp_path / "v")
    c = canary_case(svc)
    svc.consent.record(c.victim, ["international"], "granted")
    built = build_report(svc, c.case, Audience("echr"))
    named = {p["ref"]: p for p in built.doc["persons"]}
    assert named["P1"]["name"] == "Аркадий Кошкодавов"
    # Nothing is recorded until the package is written.
    assert svc.consent.reports(c.victim) == []
    out = tmp_path / "для ЕСПЧ"
    write_package(svc, built, out, b"%PDF-1.4\n")

    (filed,) = svc.consent.reports(c.victim)
    assert filed.report_id == built.report_id
    assert filed.short_id == built.short_id
    assert (filed.purpose, filed.recipients) == ("echr", ())
    assert filed.written_ms > 0
    # The witness went under a pseudonym (no consent): no report carried her name.
    assert svc.consent.reports(c.witness) == []

    w = svc.consent.withdraw(c.victim, ["international"])
    assert [r.report_id for r in w.reports] == [built.report_id]
    doc = w.to_json()
    assert doc["reports"] == [
        {
            "report": built.report_id.hex(),
            "short_id": built.short_id,
            "purpose": "echr",
            "recipients": [],
            "names": [],
            "written": filed.written_ms,
        }
    ]
    assert doc["court"] == COURT_NOTE
    assert "Rule 47 § 4" in COURT_NOTE

    preview = svc.erasure.preview(c.victim, "name")
    assert [r.report_id for r in preview.reports] == [built.report_id]
    assert preview.to_json()["reports"][0]["purpose"] == "echr"
    assert svc.erasure.preview(c.witness, "name").reports == ()
    # The case's summary went too: its erasure names the report as well.
    assert [r.report_id for r in svc.erasure.preview(c.case, "summary").reports] == [
        built.report_id
    ]

    # Where it was written is not kept anywhere in the vault's record of it.
    rows = svc.store.query("SELECT * FROM reports_out")
    assert len(rows) == 1
    assert not any(str(out) in str(v) or "ЕСПЧ" in str(v) for v in rows[0])


def test_a_name_that_changed_after_the_report_is_still_held_by_it(tmp_path: Path) -> None:
    svc = make_service(tmp_path / "v")
    c = canary_case(svc)
    svc.consent.record(c.victim, ["court_domestic"], "granted")
    built = build_report(svc, c.case, Audience("domestic"))
    write_package(svc, built, tmp_path / "pkg", b"%PDF-1.4\n")
    svc.records.set_field(c.victim, "name", "Аркадий Иной")
    # The report holds the old name: the withdrawal still lists it.
    assert [r.report_id for r in svc.consent.reports(c.victim)] == [built.report_id]
