"""The custody part of a report: section 7 from the chains held before the report, and the
package's custody.jsonl ending each annex's chain with the copy written and the report."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from nacl.signing import VerifyKey

from casebook.domain.custody import SIG_LABEL
from casebook.report import Audience, build_report
from casebook.report.package import write_package
from factory import make_service
from reportkit import canary_case


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


def test_the_report_shows_each_annexs_chain_and_the_package_extends_it(tmp_path: Path) -> None:
    svc = make_service(tmp_path / "v")
    c = canary_case(svc)
    built = build_report(svc, c.case, Audience("echr"))
    custody = built.doc["custody"]
    assert custody["custodians"][0]["ref"] == "C1"
    assert custody["custodians"][0]["signer"] is True
    assert custody["custodians"][0]["identity"] == svc.me.hex()
    assert [i["sha256"] for i in custody["items"]] == sorted([c.pdf_sha, c.txt_sha])
    for item in custody["items"]:
        assert item["ok"] is True
        assert [e["event"] for e in item["entries"]] == ["intake"]
        assert item["entries"][0]["by"] == "C1"
    assert custody["cross"] == []

    out = tmp_path / "pkg"
    write_package(svc, built, out, b"%PDF-1.4\n")
    lines = _lines(out / "custody.jsonl")
    by_item: dict[str, list[dict]] = {}
    for line in lines:
        entry = line["entry"]
        # Every line verifies: its id is BLAKE2b-256 of the canonical entry, signed by its author.
        canon = json.dumps(entry, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        entry_id = hashlib.blake2b(canon.encode(), digest_size=32).digest()
        assert entry_id.hex() == line["id"]
        VerifyKey(bytes.fromhex(entry["author"])).verify(
            SIG_LABEL + entry_id, bytes.fromhex(line["sig"])
        )
        by_item.setdefault(entry["item"], []).append(entry)
    for a in built.annexes:
        chain = by_item[a.sha256.hex()]
        assert [e["event"] for e in chain] == ["intake", "export_plain", "report"]
        assert chain[1]["detail"]["written"] == a.sha256.hex()  # read back from the drive
        assert chain[2]["detail"] == {
            "annex": a.n,
            "purpose": "echr",
            "report": built.report_id.hex(),
        }
        assert chain[1]["item_prev"] is not None
    keys = json.loads((out / "keys.json").read_text("utf-8"))
    assert keys["vault"]["identity"] == svc.me.hex()
    # The same state gives the same report; recording the package changed the state.
    assert build_report(svc, c.case, Audience("echr")).data != built.data
    # No file or folder name entered the log.
    raw = (out / "custody.jsonl").read_text("utf-8")
    for leak in ("pkg", "паспорт", "постановление", str(tmp_path)):
        assert leak not in raw


def test_a_name_sent_by_override_is_recorded_on_the_transfer(tmp_path: Path) -> None:
    from casebook.domain.custody import record_item

    svc = make_service(tmp_path / "v")
    c = canary_case(svc)
    svc.consent.override(c.victim, "international", ["any"], "court_order")
    built = build_report(svc, c.case, Audience("echr"))
    victim = built.doc["persons"][0]
    assert (victim["consent"], victim["name"]) == ("override", "Аркадий Кошкодавов")
    assert built.overrides == ((c.victim, "court_order"),)
    write_package(svc, built, tmp_path / "pkg", b"%PDF-1.4\n")
    # Two entries: the override as it was recorded (with its signed op, service.consent),
    # then the transfer that used it.
    recorded, entry = svc.custody.chain(record_item(c.victim)).entries
    assert recorded.event == "override"
    assert recorded.detail["reason"] == "court_order"
    assert "op" in recorded.detail
    assert entry.event == "override"
    assert entry.detail == {
        "reason": "court_order",
        "record": c.victim.hex(),
        "scope": "international",
    }
