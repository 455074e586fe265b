"""A consent's evidence (a signed form, a recording) is itself restricted+identity (PROTECTION
§3): its effective label is raised in the labels' effective-label function, so a real export
to a confidential audience leaves the file home, while the consent decision still travels; and
even an audience cleared for identity gets the file only where the person's consent lets their
identity go."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from bundlekit import befriend, deliver, make_replica, peer

from casebook.bundle import export_bundle
from casebook.bundle.audience import Audience
from casebook.domain.sensitivity import FULL_CLEARANCE, Category, Level
from casebook.report import Audience as ReportAudience
from casebook.report import build_report
from casebook.service import CaseService
from casebook.service.labels import gate_of
from factory import make_case

FORM = b"SIGNED-CONSENT-FORM-Zq81-" * 40  # the evidence's bytes
PHOTO = b"OPEN-PHOTO-Kx02-" * 40  # an ordinary attachment of the same case


def _extract(path: Path, svc: CaseService, into: Path) -> dict[str, bytes]:
    """`age -d -i key | tar -x` (docs/bundle-format.md §1): every member's bytes."""
    if shutil.which("age") is None:
        pytest.fail("the age CLI is required (Debian package 'age')")
    key = into.with_suffix(".key")
    key.write_text(svc.peers.export_secret() + "\n")
    into.mkdir()
    subprocess.run(
        ["sh", "-c", f"age -d -i {key} {path} | tar -x -C {into}"], check=True, timeout=60
    )
    return {
        str(p.relative_to(into)): p.read_bytes() for p in sorted(into.rglob("*")) if p.is_file()
    }


def _world(tmp_path: Path) -> tuple[CaseService, dict[str, bytes]]:
    alice = make_replica(tmp_path / "alice")
    case = make_case(alice, title="Дело о согласии")
    person = alice.records.add_person(case, "Вера Согласова", "witness")
    form = alice.attachments.attach_bytes(case, FORM, name="form.pdf")
    photo = alice.attachments.attach_bytes(case, PHOTO, name="photo.jpg")
    ids = {"case": case, "person": person, "form": form, "photo": photo}
    return alice, ids


def _seal(alice: CaseService, to: CaseService, out: Path) -> Path:
    out.mkdir()
    audience = Audience(gate=gate_of(alice))
    return export_bundle(alice.session, [peer(alice, to)], out_path=out, audience=audience).paths[0]


def test_the_evidence_label_is_at_least_restricted_identity(tmp_path: Path) -> None:
    alice, ids = _world(tmp_path)
    before = alice.labels.labels_of(ids["form"]).effective
    assert before.level is not Level.RESTRICTED
    assert Category.IDENTITY not in before.categories
    alice.consent.record(ids["person"], ["share_peers"], "granted", evidence=ids["form"])
    after = alice.labels.labels_of(ids["form"]).effective
    assert after.level is Level.RESTRICTED
    assert Category.IDENTITY in after.categories
    # An ordinary file of the same case is left as it was.
    assert alice.labels.labels_of(ids["photo"]).effective == before


def test_a_confidential_audience_never_gets_the_evidence(tmp_path: Path) -> None:
    alice, ids = _world(tmp_path)
    journalist = make_replica(tmp_path / "journalist")
    befriend(alice, journalist, clearance=None)  # a new colleague: confidential, no identity
    alice.consent.record(ids["person"], ["share_peers"], "granted", evidence=ids["form"])
    path = _seal(alice, journalist, tmp_path / "usb")
    files = _extract(path, journalist, tmp_path / "x")
    assert not [n for n, data in files.items() if FORM[:25] in data]
    assert [n for n, data in files.items() if PHOTO[:16] in data]  # the ordinary file went
    deliver(journalist, path)
    kept = {a.id for a in journalist.reading.children(ids["case"], "attachment")}
    assert ids["form"] not in kept
    assert ids["photo"] in kept
    # The decision travelled (a colleague's casebook gates by it), without its evidence.
    (decision,) = journalist.consent.decisions(ids["person"])
    assert decision.status == "granted"
    assert decision.evidence is None


def test_an_identity_cleared_colleague_gets_it_only_with_consent(tmp_path: Path) -> None:
    alice, ids = _world(tmp_path)
    lawyer = make_replica(tmp_path / "lawyer")
    befriend(alice, lawyer, clearance=FULL_CLEARANCE)
    # The form records a refusal to share: neither the name nor the form goes.
    alice.consent.record(ids["person"], ["share_peers"], "refused", evidence=ids["form"])
    files = _extract(_seal(alice, lawyer, tmp_path / "usb1"), lawyer, tmp_path / "x1")
    assert not [n for n, data in files.items() if FORM[:25] in data]
    # The person agrees: the name and the form go to the lawyer.
    alice.consent.record(ids["person"], ["share_peers"], "granted", evidence=ids["form"])
    path = _seal(alice, lawyer, tmp_path / "usb2")
    files = _extract(path, lawyer, tmp_path / "x2")
    assert [n for n, data in files.items() if FORM[:25] in data]
    deliver(lawyer, path)
    assert lawyer.reading.get(ids["person"]).get("name") == "Вера Согласова"
    assert ids["form"] in {a.id for a in lawyer.reading.children(ids["case"], "attachment")}


def test_a_report_annexes_the_evidence_only_with_consent(tmp_path: Path) -> None:
    alice, ids = _world(tmp_path)
    alice.consent.record(ids["person"], ["share_peers"], "granted", evidence=ids["form"])
    # No consent for the ECtHR: the form is no annex, the photo is.
    built = build_report(alice, ids["case"], ReportAudience("echr"))
    assert [a.attachment_id for a in built.annexes] == [ids["photo"]]
    alice.consent.record(ids["person"], ["international"], "granted")
    built = build_report(alice, ids["case"], ReportAudience("echr"))
    assert {a.attachment_id for a in built.annexes} == {ids["form"], ids["photo"]}
    # Published, never: its label is above what the public may see.
    built = build_report(alice, ids["case"], ReportAudience("public"))
    assert ids["form"] not in {a.attachment_id for a in built.annexes}
