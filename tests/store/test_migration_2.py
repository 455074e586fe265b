"""A vault written with op v2 and erasure (schema 2) opens, migrates, and reads the same."""

from __future__ import annotations

import shutil
from pathlib import Path

from casebook.crypto.kdf import KdfPolicy
from casebook.service import CaseService
from casebook.vault import unlock

GOLDEN = Path(__file__).resolve().parents[1] / "data" / "vaults" / "schema2"
PASSPHRASE = "golden vault passphrase"
STATE = "a58ca99d7ee6f4cdfddc088765e873048de5ea866e0744234ef57e4044d6ca24"


def _open(root: Path) -> CaseService:
    return CaseService(unlock(root, PASSPHRASE, policy=KdfPolicy.insecure_for_tests()))


def test_a_schema_2_vault_opens_migrates_and_reads_the_same(tmp_path: Path) -> None:
    root = tmp_path / "v"
    shutil.copytree(GOLDEN, root)
    svc = _open(root)
    try:
        assert svc.integrity.state_hash().hex() == STATE
        (case,) = svc.reading.list_cases()
        assert case.title == "Дело Петровой"
        (person,) = svc.reading.children(case.id, "person")
        assert person.get("name") == "Петрова А. С."
        (event,) = svc.reading.children(case.id, "event")
        assert "place" in event.masked
        assert event.get("place") in (None, "")
        (att,) = svc.reading.children(case.id, "attachment")
        assert b"".join(svc.attachments.iter_bytes(att.id)).decode() == "протокол изъятия"
        assert svc.integrity.verify().ok
        svc.records.add_case("Новое дело", "после миграции")
    finally:
        svc.lock()
    svc = _open(root)
    try:
        assert len(svc.reading.list_cases()) == 2
    finally:
        svc.lock()
