"""The schema-3 golden vault (labels, consent, clearances, organisations, custody, a bundle sent,
an erasure) opens and reads the same in every later version (tests/data/vaults/README.md)."""

from __future__ import annotations

import shutil
from pathlib import Path

from casebook.crypto.kdf import KdfPolicy
from casebook.service import CaseService
from casebook.vault import unlock

GOLDEN = Path(__file__).resolve().parents[1] / "data" / "vaults" / "schema3"
PASSPHRASE = "golden vault passphrase"
STATE = "1ee77f817318537abdf4c7dc00184f8c2d7e5b2da824ab68f463c638eea40801"
CASE = bytes.fromhex("9aea4b56d1c243fcddfb402fce12f666")
WITNESS = bytes.fromhex("9e708ef6f47abf55d9c016619d28e0dc")
ITEM = bytes.fromhex("7797898cc3c9dae1b3012d5ee8fb7e5b58e335183a6bf2bfb1c4941bd0a9b365")


def _open(root: Path) -> CaseService:
    return CaseService(unlock(root, PASSPHRASE, policy=KdfPolicy.insecure_for_tests()))


def test_the_schema_3_golden_vault_reads_the_same(tmp_path: Path) -> None:
    root = tmp_path / "v"
    shutil.copytree(GOLDEN, root)
    svc = _open(root)
    try:
        assert svc.integrity.state_hash().hex() == STATE
        assert svc.integrity.verify().ok
        (case,) = svc.reading.list_cases()
        assert case.id == CASE
        assert case.title == "Дело Соколовой"
        names = sorted(str(p.get("name")) for p in svc.reading.children(CASE, "person"))
        assert names == ["Орлов Пётр", "Соколова Мария Игоревна"]
        (event,) = svc.reading.children(CASE, "event")
        assert "place" in event.masked  # erased by its author
        witness = svc.labels.labels_of(WITNESS).to_json()
        assert witness["own"] == {"categories": ["source"], "level": "restricted"}
        assert witness["floor"] == {"categories": ["sogi"], "level": "confidential"}
        (peer,) = svc.peers.list()
        assert svc.peers.organisation(peer) == "Мемориал"
        assert svc.labels.clearance(peer).level.value == "restricted"
        events = [e.event for e in svc.custody.chain(ITEM).entries]
        assert events[0] == "intake"
        assert "transfer_out" in events
        assert "seal" in events
        assert svc.custody.chain(ITEM).ok
        assert svc.consent.decisions(svc.reading.children(CASE, "person")[0].id) is not None
        svc.records.add_case("Новое дело", "после открытия")
    finally:
        svc.lock()
    svc = _open(root)
    try:
        assert len(svc.reading.list_cases()) == 2
    finally:
        svc.lock()
