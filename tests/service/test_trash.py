"""Correcting mistakes (issue 12): every deleted record can be listed and restored, a removed
deadline can be put back, and a note segment can be corrected with its old text in the history."""

from __future__ import annotations

from pathlib import Path

import pytest

from casebook.base.errors import InputRejected, NotFound
from casebook.service import CaseService
from factory import make_service


@pytest.fixture
def svc(tmp_path: Path) -> CaseService:
    s = make_service(tmp_path / "vault")
    yield s
    s.lock()


def test_every_kind_is_listed_when_deleted_and_comes_back_whole(
    svc: CaseService, tmp_path: Path
) -> None:
    case = svc.records.add_case("Дело Иванова")
    person = svc.records.add_person(case, "Иван Иванов", "victim")
    event = svc.records.add_event(case, "detention", "2024-03-05")
    interview = svc.records.add_interview(case, person)
    segment = svc.records.add_segment(interview, "Его задержали утром")
    scan = tmp_path / "протокол.txt"
    scan.write_text("протокол")
    attachment = svc.attachments.attach(case, scan)
    ids = {"person": person, "event": event, "interview": interview, "segment": segment}
    ids["attachment"] = attachment
    assert svc.trash.deleted(case) == []
    for rid in ids.values():
        svc.records.delete(rid)
    listed = {item.kind: item for item in svc.trash.deleted(case)}
    assert set(listed) == set(ids)
    assert listed["person"].label == "Иван Иванов"
    assert listed["segment"].within == "Иван Иванов"  # the note's interview, by interviewee
    assert listed["attachment"].label == "протокол.txt"
    assert svc.reading.children(case, "person") == []
    for kind, rid in ids.items():
        restored = svc.trash.restore(rid)
        assert not restored.deleted, kind
    assert svc.trash.deleted(case) == []
    assert svc.reading.segments(interview)[0].get("text") == "Его задержали утром"
    assert svc.reading.children(case, "person")[0].get("name") == "Иван Иванов"


def test_a_deleted_case_is_listed_and_restored(svc: CaseService) -> None:
    case = svc.records.add_case("Дело Петровой")
    svc.records.delete(case)
    assert svc.reading.count_cases() == 0
    assert [i.label for i in svc.trash.deleted_cases()] == ["Дело Петровой"]
    svc.trash.restore(case)
    assert svc.reading.count_cases() == 1
    assert svc.trash.deleted_cases() == []


def test_a_removed_deadline_can_be_put_back(svc: CaseService) -> None:
    case = svc.records.add_case("Дело")
    appeal = {"date": "2027-05-14", "what": "Апелляция"}
    ecthr = {"date": "2027-09-01", "what": "Жалоба в ЕСПЧ"}
    svc.records.set_field(case, "deadlines", [appeal, ecthr])
    svc.records.set_field(case, "deadlines", [ecthr])
    assert svc.trash.removed_deadlines(case) == [appeal]
    svc.trash.restore_deadline(case, appeal)
    assert svc.reading.get(case).get("deadlines") == [appeal, ecthr]
    assert svc.trash.removed_deadlines(case) == []


def test_a_segment_is_corrected_and_the_history_keeps_the_old_text(svc: CaseService) -> None:
    case = svc.records.add_case("Дело")
    interview = svc.records.add_interview(case)
    segment = svc.records.add_segment(interview, "Задержали 6 марта")
    written = svc.reading.get(segment).created_ms
    svc.records.edit_segment(segment, "Задержали 5 марта")
    seg = svc.reading.get(segment)
    assert seg.get("text") == "Задержали 5 марта"
    assert seg.created_ms == written  # still the moment it was typed
    texts = [h.value for h in svc.reading.history(segment) if h.field == "text"]
    assert texts == ["Задержали 6 марта", "Задержали 5 марта"]
    with pytest.raises(InputRejected):
        svc.records.edit_segment(segment, "  ")
    svc.records.delete(segment)
    with pytest.raises(NotFound):
        svc.records.edit_segment(segment, "again")


def test_links_and_terms_are_not_restored_on_their_own(svc: CaseService) -> None:
    term = svc.records.add_term("legal_article", "koap_1_1", "Article", "Статья")
    with pytest.raises(InputRejected):
        svc.trash.restore(term)
