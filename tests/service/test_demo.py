"""`casebook demo`: clearly fictional cases, in Russian and English, with one of everything."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from casebook.crypto.kdf import KdfPolicy
from casebook.service import CaseService
from casebook.service.demo import DEMO_MARK, populate
from casebook.vault import create_vault

FAST = KdfPolicy.insecure_for_tests()


def test_demo_cases_are_clearly_fictional_and_complete(tmp_path: Path) -> None:
    root = tmp_path / "demo"
    svc = CaseService(create_vault(root, "correct horse battery staple", policy=FAST).session)
    try:
        populate(svc)
        cases = svc.reading.list_cases()
        assert len(cases) == 5
        assert cases[0].title.startswith(DEMO_MARK)  # the banner tops the list
        for case in cases:
            assert "ДЕМО" in case.title or "DEMO" in case.title
        titles = " ".join(c.title for c in cases)
        assert any("а" <= ch <= "я" for ch in titles)
        assert "Example" in titles
        persons = [p for c in cases for p in svc.reading.children(c.id, "person")]
        assert persons
        for p in persons:
            name = p.get("name")
            assert "вымышлен" in name or "fictional" in name, name
        events = [e for c in cases for e in svc.reading.children(c.id, "event")]
        dates = {e.get("date") for e in events}
        assert any(d.startswith("~") for d in dates)  # approximate
        assert any("/" in d for d in dates)  # a range
        assert any(len(d) == 7 for d in dates)  # a month
        interviews = [i for c in cases for i in svc.reading.children(c.id, "interview")]
        assert interviews
        assert max(len(svc.reading.segments(i.id)) for i in interviews) >= 3
        assert any(svc.reading.children(c.id, "link") for c in cases)
        attachments = [a for c in cases for a in svc.reading.children(c.id, "attachment")]
        assert len(attachments) == 1
        text = b"".join(svc.attachments.iter_bytes(attachments[0].id)).decode("utf-8")
        assert "ДЕМО / DEMO" in text
        assert attachments[0].get("media_type") == "text/plain"
        assert svc.reading.search("задерж")  # searchable like real data
    finally:
        svc.lock()
    # Nothing left behind in the vault folder (the note was written and removed in it); the
    # reserve is zeros kept for a bundle's record on a full disk (base/reserve.py).
    left = sorted(p.name for p in root.iterdir() if not p.name.startswith("vault.db"))
    assert left in ([".reserve", "blobs", "keyslots"], [".reserve", "keyslots"])


def test_demo_can_be_added_to_a_vault_that_has_cases(tmp_path: Path) -> None:
    svc = CaseService(create_vault(tmp_path / "v", "pw pw pw pw", policy=FAST).session)
    try:
        svc.records.add_case("A real case")
        populate(svc)
        assert svc.reading.count_cases() == 6
    finally:
        svc.lock()


def test_demo_is_qt_free() -> None:
    code = "import sys, casebook.service.demo; print('PySide6' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
