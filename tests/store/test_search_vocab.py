"""Search finds records by what happened: vocabulary fields are indexed by their labels in both
languages (issue 12), the person's own terms too, and vaults indexed before are indexed again
when they open."""

from __future__ import annotations

import shutil
from pathlib import Path

from casebook.crypto.kdf import KdfPolicy
from casebook.service import CaseService
from casebook.vault import unlock
from factory import make_case, make_event, make_person, make_vault

GOLDEN = Path(__file__).resolve().parents[1] / "data" / "vaults"
PASSPHRASE = "golden vault passphrase"


def _found(svc: CaseService, query: str) -> set[tuple[str, bytes, str]]:
    return {(h.kind, h.id, h.field) for h in svc.reading.search(query)}


def test_an_event_is_found_by_what_happened_in_either_language(tmp_path: Path) -> None:
    svc = CaseService(make_vault(tmp_path / "v").session)
    try:
        case = make_case(svc, title="Дело")
        event = make_event(svc, case, type="detention", summary="", place="")
        for query in ("задерж", "Задержание", "detention", "DETENT"):
            assert ("event", event, "type") in _found(svc, query), query
        hit = next(h for h in svc.reading.search("задерж") if h.id == event)
        assert "Задержание" in hit.snippet
        svc.records.set_field(event, "type", "search")
        assert not any(i == event for _, i, _ in _found(svc, "задерж"))
        assert ("event", event, "type") in _found(svc, "обыск")
        svc.records.set_field(event, "detention_type", "administrative")
        svc.records.set_field(event, "legal_article", "ac_20_2")
        assert ("event", event, "detention_type") in _found(svc, "административное")
        assert ("event", event, "legal_article") in _found(svc, "20.2")
        person = make_person(svc, case, name="Анна", role="witness")
        assert ("person", person, "role") in _found(svc, "свидетель")
        assert ("person", person, "role") in _found(svc, "witness")
        svc.records.set_field(case, "legal_articles", ["cc_282", "cc_280"])
        assert ("case", case, "legal_articles") in _found(svc, "282")
        svc.records.delete(event)
        assert not any(i == event for _, i, _ in _found(svc, "обыск"))
    finally:
        svc.lock()


def test_the_persons_own_terms_are_found_and_follow_their_labels(tmp_path: Path) -> None:
    svc = CaseService(make_vault(tmp_path / "v").session)
    try:
        case = make_case(svc, title="Дело")
        term = svc.records.add_term("event_type", "picket_arrest", "Picket arrest", "Пикет")
        event = make_event(svc, case, type="picket_arrest", summary="", place="")
        assert ("event", event, "type") in _found(svc, "пикет")
        assert ("event", event, "type") in _found(svc, "picket")
        svc.records.set_field(term, "ru", "Одиночный пикет")
        assert ("event", event, "type") in _found(svc, "одиночный")
        svc.records.delete(term)
        assert not any(i == event for _, i, _ in _found(svc, "одиночный"))
        assert ("event", event, "type") in _found(svc, "picket_arrest")  # the code remains
    finally:
        svc.lock()


def test_vaults_indexed_before_are_indexed_again_when_they_open(tmp_path: Path) -> None:
    for folder, kind, query in (("schema1", "detention", "задерж"), ("schema2", "search", "обыск")):
        root = tmp_path / folder
        shutil.copytree(GOLDEN / folder, root)
        svc = CaseService(unlock(root, PASSPHRASE, policy=KdfPolicy.insecure_for_tests()))
        try:
            (case,) = svc.reading.list_cases()
            (event,) = svc.reading.children(case.id, "event")
            assert event.get("type") == kind
            assert ("event", event.id, "type") in _found(svc, query)
            assert ("event", event.id, "type") in _found(svc, kind)
            assert svc.integrity.verify().ok
        finally:
            svc.lock()
        # The second open finds the index current and leaves it alone.
        svc = CaseService(unlock(root, PASSPHRASE, policy=KdfPolicy.insecure_for_tests()))
        try:
            assert not svc.store.refresh_search_index()
        finally:
            svc.lock()
