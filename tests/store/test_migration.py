"""A vault written before op v2 (schema 1) opens, migrates, reads the same, and can forget."""

from __future__ import annotations

import shutil
from pathlib import Path

from casebook.crypto.kdf import KdfPolicy
from casebook.service import CaseService
from casebook.vault import unlock

GOLDEN = Path(__file__).resolve().parents[1] / "data" / "vaults" / "schema1"
PASSPHRASE = "golden vault passphrase"
STATE = "4dd50df5efec78ff1ee46295e4ed140d11c3f0610b139cac67e229ef52408a6e"


def _open(tmp_path: Path) -> CaseService:
    root = tmp_path / "v"
    shutil.copytree(GOLDEN, root)
    return CaseService(unlock(root, PASSPHRASE, policy=KdfPolicy.insecure_for_tests()))


def test_a_schema_1_vault_opens_and_reads_the_same(tmp_path: Path) -> None:
    svc = _open(tmp_path)
    try:
        assert svc.integrity.state_hash().hex() == STATE
        (case,) = svc.reading.list_cases()
        assert case.title == "Дело Иванова"
        (person,) = svc.reading.children(case.id, "person")
        assert person.get("name") == "Иванов И. И."
        assert person.masked == {}
        (att,) = svc.reading.children(case.id, "attachment")
        assert b"".join(svc.attachments.iter_bytes(att.id)).decode() == "протокол обыска, копия"
        assert [h.shown for h in svc.reading.history(person.id)][:2] == ["value", "value"]
        assert svc.integrity.verify().ok
    finally:
        svc.lock()
    # It stays migrated: a second opening finds the current schema.
    svc = CaseService(unlock(tmp_path / "v", PASSPHRASE, policy=KdfPolicy.insecure_for_tests()))
    assert svc.integrity.state_hash().hex() == STATE
    svc.lock()


def test_a_v1_value_erased_becomes_a_husk_that_verify_accepts(tmp_path: Path) -> None:
    svc = _open(tmp_path)
    try:
        (case,) = svc.reading.list_cases()
        (person,) = svc.reading.children(case.id, "person")
        before = svc.integrity.state_hash()
        info = svc.erasure.erase(person.id, "name", reason="consent_withdrawn")
        assert info.purged == 2  # the name as first typed, and as corrected
        rec = svc.reading.get(person.id)
        assert rec.get("name") is None
        assert rec.masked == {"name": "erased"}
        assert all(h.kind != "person" for h in svc.reading.search("Иванов"))
        report = svc.integrity.verify()
        assert report.ok
        assert report.husks == 2
        assert svc.integrity.state_hash() != before  # the redact op is a new op
        shown = [h.shown for h in svc.reading.history(person.id) if h.field == "name"]
        assert shown.count("erased") == 2
        # New ops are v2 beside the old v1 ones.
        svc.records.set_field(person.id, "notes", "новое поле")
        assert svc.reading.get(person.id).get("notes") == "новое поле"
    finally:
        svc.lock()
