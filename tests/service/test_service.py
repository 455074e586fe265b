"""casebook.service.CaseService: the core API over a real vault."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from casebook.base import canonical
from casebook.base.errors import InputRejected, NotFound, VaultLocked
from casebook.crypto.keys import hash32
from casebook.domain.fold import fold
from casebook.domain.oplog import SIG_LABEL, Op, decode_signed, sign_op
from casebook.service import CaseService
from factory import (
    Author,
    Filled,
    make_case,
    make_event,
    make_filled_vault,
    make_person,
    make_service,
    open_raw_store,
    open_vault,
)


@pytest.fixture
def filled(tmp_path: Path) -> Filled:
    return make_filled_vault(tmp_path / "v", tmp_path)


def _now_ms() -> int:
    return int(time.time() * 1000)


# -- records ----------------------------------------------------------------------------------


def test_add_one_of_everything(filled: Filled) -> None:
    svc = filled.svc
    case = svc.reading.get(filled.case)
    assert case.kind == "case"
    assert case.case_id == filled.case
    assert case.get("title") == "Дело Иванова"
    assert case.get("status") == "open"
    assert case.created_by == svc.me
    assert abs(case.created_ms - _now_ms()) < 60_000

    (person,) = svc.reading.children(filled.case, "person")
    assert person.id == filled.person
    assert person.get("role") == "victim"
    assert person.parents == {"case": filled.case}

    (event,) = svc.reading.children(filled.case, "event")
    assert (event.get("type"), event.get("date"), event.get("place")) == (
        "detention",
        "2024-03-05",
        "Москва",
    )

    (interview,) = svc.reading.children(filled.case, "interview")
    assert interview.get("interviewee") == filled.person.hex()
    (segment,) = svc.reading.segments(filled.interview)
    assert segment.get("text") == "Меня задержали утром, телефон изъяли"
    assert segment.parents == {"case": filled.case, "interview": filled.interview}

    (attachment,) = svc.reading.children(filled.case, "attachment")
    assert attachment.get("name") == "протокол_обыска.txt"
    assert attachment.get("media_type") == "text/plain"
    assert (
        b"".join(svc.attachments.iter_bytes(filled.attachment)) == "протокол обыска, копия".encode()
    )

    link = svc.records.link(filled.person, filled.event, "victim")
    (row,) = svc.reading.children(filled.case, "link")
    assert row.id == link
    assert (row.get("a"), row.get("b"), row.get("role")) == (
        filled.person.hex(),
        filled.event.hex(),
        "victim",
    )
    segment_link = svc.records.link(filled.segment, filled.person)
    assert svc.reading.get(segment_link).get("role") is None

    assert [r.id for r in svc.reading.list_cases()] == [filled.case]
    assert svc.reading.count_cases() == 1


def test_ids_are_random_128_bit(filled: Filled) -> None:
    ids = {filled.case, filled.person, filled.event, filled.interview, filled.segment}
    assert len(ids) == 5
    assert all(len(i) == 16 for i in ids)


def test_segments_keep_their_order_and_time(filled: Filled) -> None:
    svc = filled.svc
    ids = [svc.records.add_segment(filled.interview, f"запись {i}") for i in range(20)]
    rows = svc.reading.segments(filled.interview)
    assert [r.id for r in rows] == [filled.segment, *ids]
    assert [r.created_ms for r in rows] == sorted(r.created_ms for r in rows)


def test_references_are_checked(filled: Filled, tmp_path: Path) -> None:
    svc = filled.svc
    other = make_case(svc, title="Другое дело")
    stranger = make_person(svc, other)
    with pytest.raises(InputRejected):
        svc.records.add_interview(filled.case, stranger)  # interviewee of another case
    with pytest.raises(InputRejected):
        svc.records.link(filled.person, stranger)
    with pytest.raises(NotFound):
        svc.records.add_person(filled.person, "X", "victim")  # not a case
    with pytest.raises(NotFound):
        svc.records.add_segment(filled.case, "text")  # not an interview
    with pytest.raises(NotFound):
        svc.records.add_person(os.urandom(16), "X", "victim")
    with pytest.raises(NotFound):
        svc.reading.get(os.urandom(16))
    with pytest.raises(NotFound):
        svc.attachments.attach(os.urandom(16), tmp_path / "протокол_обыска.txt")


@pytest.mark.parametrize(
    ("call", "error"),
    [
        (lambda s, f: s.records.add_case("   "), InputRejected),
        (lambda s, f: s.records.add_case("a\nb"), InputRejected),
        (lambda s, f: s.records.add_case("a\x00b"), InputRejected),
        (lambda s, f: s.records.add_case("a\ud800b"), InputRejected),
        (lambda s, f: s.records.add_case("x" * 2001), InputRejected),
        (lambda s, f: s.records.add_case("x", status="lost"), InputRejected),
        (lambda s, f: s.records.add_person(f.case, "", "victim"), InputRejected),
        (lambda s, f: s.records.add_person(f.case, "X", "bystander"), InputRejected),
        (lambda s, f: s.records.add_event(f.case, "picnic", "2024-03-05"), InputRejected),
        (lambda s, f: s.records.add_segment(f.interview, " \n "), InputRejected),
        (lambda s, f: s.records.set_field(f.case, "colour", "red"), InputRejected),
        (lambda s, f: s.records.set_field(f.case, "tags", "not a list"), InputRejected),
        (lambda s, f: s.records.set_field(f.interview, "consent", ["bogus"]), InputRejected),
    ],
)
def test_invalid_input_is_rejected_and_changes_nothing(call, error, filled: Filled) -> None:  # type: ignore[no-untyped-def]
    svc = filled.svc
    before = svc.integrity.state_hash()
    with pytest.raises(error):
        call(svc, filled)
    assert svc.integrity.state_hash() == before
    # The author's chain is intact after a refused write.
    svc.records.set_field(filled.case, "summary", "ещё")
    assert svc.integrity.verify().ok


# -- dates and vocabularies -------------------------------------------------------------------


@pytest.mark.parametrize(
    "date",
    [
        "2024-03-05",
        "2024-03",
        "2024",
        "~2024-03-05",
        "~2024-03",
        "2024-03-01/2024-03-10",
        "2024-03/2024-05",
        "2024-02-29",
        "2024-03-05/2024-03-05",
    ],
)
def test_fuzzy_dates_are_accepted(date: str, filled: Filled) -> None:
    eid = make_event(filled.svc, filled.case, date=date)
    assert filled.svc.reading.get(eid).get("date") == date


@pytest.mark.parametrize(
    "date",
    [
        "yesterday",
        "2024-13-01",
        "2024-02-30",
        "2023-02-29",
        "2024-3-5",
        "24-03-05",
        "2024/03/05",
        "05.03.2024",
        "2024-03-10/2024-03-01",
        "~2024-03-01/2024-03-10",
        "2024-03-05/",
        "~",
        "0000-01-01",
        "2024-03-05T10:00",
        "2024-03-05\n",
    ],
)
def test_invalid_dates_are_rejected(date: str, filled: Filled) -> None:
    with pytest.raises(InputRejected):
        make_event(filled.svc, filled.case, date=date)


def test_events_sort_by_their_earliest_day(filled: Filled) -> None:
    svc = filled.svc
    for date in ["2024-05", "~2023-12-31", "2024-03-01/2024-04-01", "2024"]:
        make_event(svc, filled.case, date=date)
    dates = [e.get("date") for e in svc.reading.children(filled.case, "event")]
    assert dates == ["~2023-12-31", "2024", "2024-03-01/2024-04-01", "2024-03-05", "2024-05"]


@pytest.mark.parametrize(
    "label", ["detention", "Detention", "Задержание", "задержание", " DETENTION "]
)
def test_event_types_by_code_or_label(label: str, filled: Filled) -> None:
    eid = make_event(filled.svc, filled.case, type=label)
    assert filled.svc.reading.get(eid).get("type") == "detention"


def test_vocabularies_in_both_languages(filled: Filled) -> None:
    svc = filled.svc
    assert (
        svc.reading.get(make_person(svc, filled.case, role="Пострадавший")).get("role") == "victim"
    )
    assert svc.reading.get(make_person(svc, filled.case, role="Witness")).get("role") == "witness"
    svc.records.set_field(filled.case, "status", "Закрыто")
    assert svc.reading.get(filled.case).get("status") == "closed"
    svc.records.set_field(
        filled.interview, "consent", ["Хранение записей в деле", "court_domestic", "court_domestic"]
    )
    assert svc.reading.get(filled.interview).get("consent") == ["court_domestic", "store"]
    svc.records.set_field(filled.event, "legal_article", "cc_207_3")
    assert svc.reading.get(filled.event).get("legal_article") == "cc_207_3"
    svc.records.set_field(filled.case, "tags", ["пикет", " ", "пикет", "Москва"])
    assert svc.reading.get(filled.case).get("tags") == ["Москва", "пикет"]
    svc.records.set_field(filled.case, "deadlines", [{"date": "2024-06-01", "what": "апелляция"}])
    assert svc.reading.get(filled.case).get("deadlines") == [
        {"date": "2024-06-01", "what": "апелляция"}
    ]


# -- history ----------------------------------------------------------------------------------


def test_history_says_who_what_when(filled: Filled) -> None:
    svc = filled.svc
    t0 = _now_ms()
    svc.records.set_field(filled.case, "title", "Дело Иванова (апелляция)")
    history = svc.reading.history(filled.case)
    assert all(h.author == svc.me and h.author_is_me for h in history)
    assert all(abs(h.time_ms - t0) < 60_000 and not h.far_future for h in history)
    assert [h.time_ms for h in history] == sorted(h.time_ms for h in history)
    titles = [(h.value, h.superseded) for h in history if h.field == "title"]
    assert titles == [("Дело Иванова", True), ("Дело Иванова (апелляция)", False)]
    kinds = {(h.entity, h.kind) for h in history}
    # A case's history includes its records'.
    assert {("case", "create"), ("person", "create"), ("segment", "set")} <= kinds
    assert ("attachment", "attach") in kinds
    own = svc.reading.history(filled.segment)
    assert {h.entity_id for h in own} == {filled.segment}
    with pytest.raises(NotFound):
        svc.reading.history(os.urandom(16))


def test_history_shows_other_authors(filled: Filled) -> None:
    svc = filled.svc
    peer = Author()
    live = [o.op_id for o in svc.store.live_ops(filled.case, "summary")]
    op = peer.op("case", filled.case, "set", "summary", "от коллеги", deps=live)
    with svc.store.transaction():
        svc.store.apply(op)
    (entry,) = [h for h in svc.reading.history(filled.case) if h.op_id == op.op_id]
    assert entry.author == peer.public
    assert not entry.author_is_me
    assert svc.reading.get(filled.case).get("summary") == "от коллеги"


# -- conflicts ----------------------------------------------------------------------------------


def _concurrent_title(svc: CaseService, case: bytes) -> tuple[Author, bytes]:
    """A peer edits the title from the same starting point as our own edit."""
    base = [o.op_id for o in svc.store.live_ops(case, "title")]
    svc.records.set_field(case, "title", "моё название")
    peer = Author()
    op = peer.op("case", case, "set", "title", "их название", deps=base)
    with svc.store.transaction():
        svc.store.apply(op)
    return peer, op.op_id


def test_concurrent_edits_are_a_conflict_and_resolve_ends_it(filled: Filled) -> None:
    svc = filled.svc
    _, theirs = _concurrent_title(svc, filled.case)
    (conflict,) = svc.conflicts.list()
    assert (conflict.entity, conflict.entity_id, conflict.field) == ("case", filled.case, "title")
    assert conflict.case_id == filled.case
    assert {v.value for v in conflict.values} == {"моё название", "их название"}
    assert [v.provisional for v in conflict.values] == [True, False]
    winner = conflict.values[0]
    assert svc.reading.get(filled.case).get("title") == winner.value
    assert svc.reading.get(filled.case).conflicts == {"title"}
    assert svc.reading.list_cases()[0].conflicted
    # The store agrees with the pure fold on the winner.
    ops = [decode_signed(r.encoded, r.sig) for r in svc.store.iter_ops()]
    assert fold(ops).registers[(filled.case, "title")].winner.op_id == winner.op_id
    assert svc.integrity.state_hash() == fold(ops).state_hash()

    with pytest.raises(InputRejected):
        svc.conflicts.resolve(filled.case, "title", choice=os.urandom(32))
    svc.conflicts.resolve(filled.case, "title", choice=theirs)
    assert svc.conflicts.list() == []
    case = svc.reading.get(filled.case)
    assert case.get("title") == "их название"
    assert case.conflicts == frozenset()
    assert not svc.reading.list_cases()[0].conflicted
    with pytest.raises(InputRejected):
        svc.conflicts.resolve(filled.case, "title", value="ещё раз")  # no conflict left


def test_resolve_with_a_new_value(filled: Filled) -> None:
    svc = filled.svc
    _concurrent_title(svc, filled.case)
    with pytest.raises(InputRejected):
        svc.conflicts.resolve(filled.case, "title", value="две\nстроки")
    svc.conflicts.resolve(filled.case, "title", value="общее название")
    assert svc.reading.get(filled.case).get("title") == "общее название"
    assert svc.conflicts.list() == []
    resolve = [h for h in svc.reading.history(filled.case) if h.kind == "resolve"]
    assert [r.value for r in resolve] == ["общее название"]


def test_a_delete_concurrent_with_an_edit_is_surfaced(filled: Filled) -> None:
    svc = filled.svc
    base = [o.op_id for o in svc.store.live_ops(filled.case, "title")]
    peer = Author()
    edit = peer.op("case", filled.case, "set", "title", "уточнено коллегой", deps=base)
    svc.records.delete(filled.case)  # we did not see the peer's edit
    with svc.store.transaction():
        svc.store.apply(edit)
    ops = [decode_signed(r.encoded, r.sig) for r in svc.store.iter_ops()]
    assert fold(ops).delete_conflicts == {filled.case}  # the fold sees it…
    rec = svc.reading.get(filled.case)
    # …and so must the service, in some form the UI can show.
    assert rec.conflicts or any(c.entity_id == filled.case for c in svc.conflicts.list())


@pytest.mark.parametrize("keep_deleted", [True, False])
def test_a_delete_edit_conflict_can_be_resolved(filled: Filled, keep_deleted: bool) -> None:
    svc = filled.svc
    base = [o.op_id for o in svc.store.live_ops(filled.case, "title")]
    edit = Author().op("case", filled.case, "set", "title", "уточнено коллегой", deps=base)
    svc.records.delete(filled.case)
    with svc.store.transaction():
        svc.store.apply(edit)
    (conflict,) = [c for c in svc.conflicts.list() if c.entity_id == filled.case]
    assert conflict.field == "_deleted"
    shown = {v.field: v.value for v in conflict.values}
    assert shown == {"": True, "title": "уточнено коллегой"}
    svc.conflicts.resolve(filled.case, "_deleted", value=keep_deleted)
    assert svc.conflicts.list() == []
    assert svc.reading.get(filled.case).deleted is keep_deleted
    if not keep_deleted:
        assert svc.reading.get(filled.case).get("title") == "уточнено коллегой"


# -- delete and restore -------------------------------------------------------------------------


def test_delete_and_restore(filled: Filled) -> None:
    svc = filled.svc
    svc.records.delete(filled.person)
    assert svc.reading.get(filled.person).deleted
    assert svc.reading.children(filled.case, "person") == []
    with pytest.raises(NotFound):
        svc.records.set_field(filled.person, "name", "x")
    with pytest.raises(NotFound):
        svc.records.add_interview(filled.case, filled.person)
    svc.records.delete(filled.person, restore=True)
    assert not svc.reading.get(filled.person).deleted
    assert [p.id for p in svc.reading.children(filled.case, "person")] == [filled.person]

    svc.records.delete(filled.case)
    assert svc.reading.list_cases() == []
    assert svc.reading.count_cases() == 0
    assert svc.reading.get(filled.case).deleted
    with pytest.raises(NotFound):
        svc.records.add_person(filled.case, "X", "victim")
    # History keeps what the record held.
    assert any(h.value == "Дело Иванова" for h in svc.reading.history(filled.case))
    svc.records.delete(filled.case, restore=True)
    assert [r.id for r in svc.reading.list_cases()] == [filled.case]
    assert svc.reading.get(filled.case).get("title") == "Дело Иванова"


# -- drafts -------------------------------------------------------------------------------------


def test_drafts_survive_lock_and_unlock(filled: Filled) -> None:
    svc = filled.svc
    svc.drafts.save(f"segment:{filled.interview.hex()}", "недописанная запись — он сказал, что")
    svc.drafts.save("other", "x")
    svc.drafts.save("other", "")  # empty text removes a draft
    svc.lock()
    svc = open_vault(filled.root)
    assert svc.drafts.load(f"segment:{filled.interview.hex()}") == (
        "недописанная запись — он сказал, что"
    )
    assert svc.drafts.load("other") == ""
    assert svc.drafts.load("never") == ""
    svc.lock()


def test_a_segment_and_its_emptied_draft_are_one_commit(filled: Filled) -> None:
    svc = filled.svc
    key = f"segment:{filled.interview.hex()}"
    svc.drafts.save(key, "он сказал, что")
    segment = svc.records.add_segment(filled.interview, "он сказал, что", clear_draft=key)
    assert svc.drafts.load(key) == ""
    assert svc.reading.get(segment).get("text") == "он сказал, что"
    # Nothing of either lands when the segment is refused: the draft stays.
    svc.drafts.save(key, "ещё")
    with pytest.raises(InputRejected):
        svc.records.add_segment(filled.interview, "   ", clear_draft=key)
    assert svc.drafts.load(key) == "ещё"


# -- ids and lists ------------------------------------------------------------------------------


def test_resolve_id(filled: Filled) -> None:
    svc = filled.svc
    full = filled.case.hex()
    assert svc.reading.resolve_id(full) == filled.case
    assert svc.reading.resolve_id(full.upper()) == filled.case
    assert svc.reading.resolve_id(" " + full[:8] + " ") == filled.case
    for bad in (full[:7], "zz" * 16, "", "' OR 1=1 --", "%" * 8, full + "00"):
        with pytest.raises(NotFound):
            svc.reading.resolve_id(bad)


def test_case_list_pages_and_filters(tmp_path: Path) -> None:
    svc = make_service(tmp_path / "v")
    ids = [make_case(svc, title=f"Дело {i}") for i in range(25)]
    svc.records.set_field(ids[3], "status", "court")
    rows, before = [], None
    while True:
        page = svc.reading.list_cases(limit=10, before=before)
        rows += page
        if len(page) < 10:
            break
        before = page[-1].cursor
    assert len(rows) == 25
    assert {r.id for r in rows} == set(ids)
    assert rows[0].id == ids[3]  # most recently changed first
    assert [r.updated_ms for r in rows] == sorted((r.updated_ms for r in rows), reverse=True)
    assert [r.id for r in svc.reading.list_cases(status="court")] == [ids[3]]
    assert svc.reading.count_cases(status="court") == 1
    assert rows[0].to_json()["id"] == ids[3].hex()
    svc.lock()


# -- verify -------------------------------------------------------------------------------------


def _tamper(filled: Filled, sql: str, args: tuple[object, ...]) -> CaseService:
    """Change the stored bytes with the right key, as malware on an unlocked machine could."""
    filled.svc.lock()
    store = open_raw_store(filled.root)
    try:
        with store.transaction():
            assert store.con.execute(sql, args).rowcount == 1
    finally:
        store.close()
    return open_vault(filled.root)


def _title_op(svc: CaseService, case: bytes) -> tuple[bytes, bytes, bytes]:
    rows = svc.store.query(
        "SELECT op_id, encoded, sig FROM ops WHERE entity_id = ? AND field = 'title'", (case,)
    )
    return rows[0]


def test_verify_is_clean_on_a_good_vault(filled: Filled) -> None:
    report = filled.svc.integrity.verify()
    assert report.ok
    assert (report.page_errors, report.op_errors, report.blob_errors) == ((), (), ())
    assert report.ops_checked == len(list(filled.svc.store.iter_ops()))
    assert report.authors == 1


def test_verify_reports_an_altered_op(filled: Filled) -> None:
    op_id, encoded, _ = _title_op(filled.svc, filled.case)
    forged = encoded.replace(b'"entity":"case"', b'"entity":"cass"')
    assert forged != encoded
    svc = _tamper(filled, "UPDATE ops SET encoded = ? WHERE op_id = ?", (forged, op_id))
    report = svc.integrity.verify()
    assert not report.ok
    assert len(report.op_errors) == 1
    assert op_id.hex() in report.op_errors[0]
    svc.lock()


def test_verify_reports_an_altered_value(filled: Filled) -> None:
    # The value of a v2 op is its disclosure: changed, it no longer opens the commitment.
    op_id, _, _ = _title_op(filled.svc, filled.case)
    held = filled.svc.store.erasure.disclosed(op_id)
    assert held is not None
    assert "Иванова" in held[1]
    forged = canonical.encode(held[1].replace("Иванова", "Петрова"))
    svc = _tamper(
        filled,
        "UPDATE disclosures SET value = ? WHERE op_rowid = (SELECT rowid FROM ops WHERE op_id = ?)",
        (forged, op_id),
    )
    report = svc.integrity.verify()
    assert not report.ok
    assert len(report.op_errors) == 1
    assert op_id.hex() in report.op_errors[0]
    assert "Петрова" not in " ".join(report.op_errors)  # no case content in messages
    svc.lock()


def test_verify_reports_an_altered_signature(filled: Filled) -> None:
    op_id, _, sig = _title_op(filled.svc, filled.case)
    bad = bytes([sig[0] ^ 1]) + sig[1:]
    svc = _tamper(filled, "UPDATE ops SET sig = ? WHERE op_id = ?", (bad, op_id))
    report = svc.integrity.verify()
    assert [op_id.hex() in e for e in report.op_errors] == [True]
    svc.lock()


def test_verify_reports_a_swapped_op(filled: Filled) -> None:
    # A validly signed op stored under another op's id.
    op_id, _, _ = _title_op(filled.svc, filled.case)
    other = filled.svc.store.query(
        "SELECT encoded, sig FROM ops WHERE entity_id = ? AND kind = 'create'", (filled.person,)
    )[0]
    svc = _tamper(filled, "UPDATE ops SET encoded = ?, sig = ? WHERE op_id = ?", (*other, op_id))
    report = svc.integrity.verify()
    assert [op_id.hex() in e for e in report.op_errors] == [True]
    svc.lock()


def test_verify_reports_a_broken_chain(filled: Filled) -> None:
    op_id, _, _ = _title_op(filled.svc, filled.case)
    svc = _tamper(filled, "DELETE FROM ops WHERE op_id = ?", (op_id,))
    report = svc.integrity.verify()
    assert any("chain" in e for e in report.op_errors)
    svc.lock()


def test_verify_reports_a_damaged_blob(filled: Filled, tmp_path: Path) -> None:
    svc = filled.svc
    src = tmp_path / "big.bin"
    src.write_bytes(os.urandom(3 * 1024 * 1024))
    svc.attachments.attach(filled.case, src)
    (blob,) = (filled.root / "blobs").iterdir()
    data = bytearray(blob.read_bytes())
    data[len(data) // 2] ^= 0x10
    blob.write_bytes(bytes(data))
    report = svc.integrity.verify()
    assert report.blobs_checked == 2  # the fixture's small inline attachment, and this blob
    assert len(report.blob_errors) == 1
    assert (report.page_errors, report.op_errors) == ((), ())
    blob.unlink()
    assert len(svc.integrity.verify().blob_errors) == 1


def test_verify_rehashes_inline_attachments(filled: Filled) -> None:
    svc = filled.svc
    with svc.store.transaction():
        svc.store.con.execute("UPDATE contents SET data = ? WHERE data IS NOT NULL", (b"forged",))
    report = svc.integrity.verify()
    assert len(report.blob_errors) == 1
    assert "damaged" in report.blob_errors[0]


def test_a_peer_attachment_with_a_malformed_digest_is_refused(filled: Filled) -> None:
    """A hostile peer signs an attach op whose digest is not a digest: it never gets in."""
    peer = Author()
    value = {
        "case": filled.case.hex(),
        "name": "x.pdf",
        "media_type": "application/pdf",
        "size": 5,
        "sha256": "not-a-digest",
    }
    op = Op(peer.public, 1, None, (), 1, "attachment", os.urandom(16), "attach", "", value)
    encoded = op.encode()  # signed by hand: sign_op would refuse to sign it
    sig = peer.identity.sign(SIG_LABEL + hash32(encoded))
    with pytest.raises(InputRejected):
        decode_signed(encoded, sig)
    with pytest.raises(InputRejected):
        sign_op(op, peer.identity)


def test_operations_after_lock_raise_vault_locked(filled: Filled) -> None:
    svc = filled.svc
    svc.lock()
    with pytest.raises(VaultLocked):
        svc.attachments.attach(filled.case, filled.root / "keyslots")
    with pytest.raises(VaultLocked):
        list(svc.attachments.iter_bytes(filled.attachment))


def test_two_sessions_on_one_vault_do_not_fork_the_owner(tmp_path: Path) -> None:
    first = make_service(tmp_path / "v")
    second = open_vault(tmp_path / "v")
    try:
        first.records.add_case("from the first session")
        second.records.add_case("from the second session")
        assert first.reading.count_cases() == 2
        assert first.integrity.verify().ok
    finally:
        first.lock()
        second.lock()


# -- intake off the store thread ----------------------------------------------------------------


def test_intake_then_record_is_the_same_as_attach(filled: Filled, tmp_path: Path) -> None:
    svc = filled.svc
    src = tmp_path / "scan.bin"
    src.write_bytes(os.urandom(2 * 1024 * 1024))
    intake = svc.attachments.intake_file(src)  # touches no DB connection: may run on any thread
    assert intake.blob_name is not None
    assert (filled.root / "blobs" / intake.blob_name).exists()
    att = svc.attachments.record(filled.case, intake, name="scan.bin")
    assert b"".join(svc.attachments.iter_bytes(att)) == src.read_bytes()
    assert svc.integrity.verify().ok


def test_recording_to_a_missing_case_removes_the_blob(filled: Filled, tmp_path: Path) -> None:
    svc = filled.svc
    src = tmp_path / "scan.bin"
    src.write_bytes(os.urandom(2 * 1024 * 1024))
    intake = svc.attachments.intake_file(src)
    with pytest.raises(NotFound):
        svc.attachments.record(os.urandom(16), intake, name="scan.bin")
    assert intake.blob_name is not None
    assert not (filled.root / "blobs" / intake.blob_name).exists()


def test_attach_bytes_writes_no_file_and_cleans_names(filled: Filled) -> None:
    svc = filled.svc
    att = svc.attachments.attach_bytes(filled.case, "текст".encode(), name="протокол\n(копия).txt")
    rec = svc.reading.get(att)
    assert rec.get("name") == "протокол_(копия).txt"
    assert rec.get("media_type") == "text/plain"
    assert b"".join(svc.attachments.iter_bytes(att)) == "текст".encode()


def test_verify_accepts_gaps_in_a_peers_chain_but_not_a_wrong_prev(filled: Filled) -> None:
    """Case-filtered bundles leave gaps in a peer's chain: normal, not damage."""
    svc = filled.svc
    peer = Author()
    ops = [peer.op("case", os.urandom(16), "create", "", {}) for _ in range(3)]
    with svc.store.transaction():
        svc.store.apply(ops[0])
        svc.store.apply(ops[2])  # seq 2 never came: it belonged to another case
    assert svc.integrity.verify().ok
    # A present predecessor whose id differs from `prev` is damage.
    forged = Op(peer.public, 4, b"\x07" * 32, (), 9, "case", os.urandom(16), "create", "", {})
    encoded = forged.encode()
    sig = peer.identity.sign(SIG_LABEL + hash32(encoded))
    with svc.store.transaction():
        svc.store.con.execute(
            "INSERT INTO ops (op_id, author, seq, prev, hlc, entity, entity_id, kind, field,"
            " reg_field, case_id, encoded, sig) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                hash32(encoded),
                peer.public,
                4,
                b"\x07" * 32,
                9,
                "case",
                forged.entity_id,
                "create",
                "",
                "_created",
                None,
                encoded,
                sig,
            ),
        )
    report = svc.integrity.verify()
    assert len(report.op_errors) == 1
    assert "chain broken at seq 4" in report.op_errors[0]
