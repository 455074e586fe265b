"""Erasure (PROTECTION §1): what is erased is gone from every place in this vault, and from
every page of its files; what stays is every op id, every signature and the state hash."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casebook.base.errors import InputRejected
from casebook.service import CaseService
from casebook.store.db import CIPHER_PAGE_SIZE
from factory import db_key, make_case, make_service

CANARY = "Зосима Канареечкин-Щеглов"
RESERVE = 80  # SQLCipher 4: a 16-byte IV and a 64-byte HMAC at the end of every page
WAL_HEADER, FRAME_HEADER = 32, 24


def _pages(raw: bytes, key: bytes, start: int, stride: int) -> list[bytes]:
    """Decrypt every page of a SQLCipher file (AES-256-CBC, the raw key, each page's IV)."""
    out = []
    for off in range(start, len(raw) - CIPHER_PAGE_SIZE + 1, stride):
        page = raw[off : off + CIPHER_PAGE_SIZE]
        body = page[: CIPHER_PAGE_SIZE - RESERVE]
        iv = page[CIPHER_PAGE_SIZE - RESERVE : CIPHER_PAGE_SIZE - RESERVE + 16]
        first = off == 0 and start == 0
        if first:
            body = body[16:]  # page 1 begins with the file's salt, not with ciphertext
        d = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        out.append(d.update(body) + d.finalize())
    return out


def _plaintext_of(root: Path, key: bytes) -> bytes:
    """Every page of vault.db and of its WAL (when there is one), decrypted by hand."""
    pages = _pages((root / "vault.db").read_bytes(), key, 0, CIPHER_PAGE_SIZE)
    wal = root / "vault.db-wal"
    if wal.exists():
        raw = wal.read_bytes()
        pages += _pages(raw, key, WAL_HEADER + FRAME_HEADER, FRAME_HEADER + CIPHER_PAGE_SIZE)
    return b"".join(pages)


def _forms(text: str) -> list[bytes]:
    words = [text, text.lower(), *text.split(), *text.lower().split()]
    forms = []
    for w in words:
        forms += [w.encode("utf-8"), w.encode("utf-16-le"), w.encode("utf-16-be")]
    return forms


def test_the_decryption_by_hand_sees_plaintext(tmp_path: Path) -> None:
    # Control: without erasure the canary is found in the decrypted pages.
    root = tmp_path / "v"
    svc = make_service(root)
    case = make_case(svc)
    svc.records.add_person(case, CANARY, "witness")
    svc.lock()
    plain = _plaintext_of(root, db_key(root))
    assert CANARY.encode("utf-8") in plain
    assert b"SQLite format 3" not in (root / "vault.db").read_bytes()[:16]


def test_an_erased_name_leaves_no_trace_on_disk(tmp_path: Path) -> None:
    root = tmp_path / "v"
    svc = make_service(root)
    case = make_case(svc)
    person = svc.records.add_person(case, CANARY, "witness", aliases=[CANARY.split()[1]])
    interview = svc.records.add_interview(case, person)
    segment = svc.records.add_segment(interview, f"Со слов: {CANARY} видел обыск.")
    svc.records.set_field(person, "notes", f"Связаться через {CANARY}")
    svc.drafts.save(f"segment:{interview.hex()}", f"{CANARY} позвонил")
    svc.attachments.attach_bytes(case, f"{CANARY}: показания".encode(), name=f"{CANARY}.txt")
    svc.attachments.attach_bytes(case, os.urandom(2 * 1024 * 1024), name=f"{CANARY}.bin")
    big = [a for a in svc.reading.children(case, "attachment") if a.get("size", 0) > 1 << 20]
    blob_files = set((root / "blobs").iterdir())
    assert len(blob_files) == 1

    for field in ("name", "aliases", "notes"):
        svc.erasure.erase(person, field, reason="safety")
    svc.erasure.erase(segment, reason="safety")
    for att in svc.reading.children(case, "attachment"):
        svc.erasure.erase(att.id, reason="safety")

    assert svc.reading.search("Канареечкин") == []
    assert svc.reading.search("Зосима") == []
    assert svc.drafts.load(f"segment:{interview.hex()}") == ""
    assert not big or not any((root / "blobs").iterdir())  # the blob file is gone
    assert all(h.shown != "value" or CANARY not in str(h.value) for h in svc.reading.history(case))
    assert svc.integrity.verify().ok
    svc.lock()
    plain = _plaintext_of(root, db_key(root))
    for form in _forms(CANARY):
        assert form not in plain, form


def test_erasing_values_changes_no_op_id_signature_or_state_hash(tmp_path: Path) -> None:
    # Two replicas with the same ops: one forgets values (purge), the other keeps them.
    from bundlekit import make_replica

    a = make_replica(tmp_path / "a")
    case = make_case(a)
    p = a.records.add_person(case, CANARY, "victim")
    a.records.set_field(p, "notes", "заметка")
    ops = list(a.store.iter_ops())
    hashes = a.integrity.state_hash()
    with a.store.transaction():
        for row in ops:
            if row.kind in ("set", "attach"):
                a.store.erasure.purge(row.op_id)
        a.store.rematerialise({(p, "name"), (p, "notes")})
    after = list(a.store.iter_ops())
    assert [(r.op_id, r.sig, r.encoded) for r in after] == [
        (r.op_id, r.sig, r.encoded) for r in ops
    ]
    assert a.integrity.state_hash() == hashes
    assert a.integrity.verify().ok
    assert a.reading.get(p).masked == {"name": "withheld", "notes": "withheld"}


def test_erase_refuses_free_text_reasons_and_empty_fields(tmp_path: Path) -> None:
    svc = make_service(tmp_path / "v")
    case = make_case(svc)
    p = svc.records.add_person(case, "Имя", "witness")
    with pytest.raises(InputRejected):
        svc.erasure.erase(p, "name", reason="because I said so")
    with pytest.raises(InputRejected):
        svc.erasure.erase(p, "notes", reason="safety")  # nothing held
    assert svc.reading.get(p).get("name") == "Имя"
    svc.lock()


def test_an_edit_concurrent_with_an_erasure_is_hidden_and_a_conflict(tmp_path: Path) -> None:
    from bundlekit import befriend, deliver, make_replica, seal

    a, b = make_replica(tmp_path / "a"), make_replica(tmp_path / "b")
    befriend(a, b)
    case = make_case(a)
    p = a.records.add_person(case, CANARY, "witness")
    deliver(b, seal(a, [b], tmp_path / "1.age").paths[0])
    a.erasure.erase(p, "name", reason="safety")
    b.records.set_field(p, "name", CANARY + " (снова)")  # typed again, concurrently
    deliver(a, seal(b, [a], tmp_path / "2.age").paths[0])
    rec = a.reading.get(p)
    assert rec.get("name") is None
    assert rec.masked == {"name": "erased"}
    assert "name" in rec.conflicts
    (conflict,) = [c for c in a.conflicts.list() if c.entity_id == p]
    assert {v.shown for v in conflict.values} == {"erased", "hidden"}
    assert all(CANARY not in str(v.value) for v in conflict.values)
    assert a.reading.search("Канареечкин") == []


def test_a_colleagues_erasure_hides_until_confirmed(tmp_path: Path) -> None:
    from bundlekit import befriend, deliver, make_replica, seal

    a, b, c = (make_replica(tmp_path / n) for n in "abc")
    befriend(a, b)
    befriend(b, c)
    case = make_case(a)
    p = a.records.add_person(case, CANARY, "witness")
    deliver(b, seal(a, [b], tmp_path / "1.age").paths[0])
    deliver(c, seal(b, [c], tmp_path / "2.age").paths[0])
    # b erases a's value: b forgets at once; c only hides it until its owner confirms.
    info = b.erasure.erase(p, "name", reason="mistake")
    assert info.purged == 1
    result = deliver(c, seal(b, [c], tmp_path / "3.age").paths[0])
    assert result.erasures == 1
    assert c.reading.get(p).masked == {"name": "hidden"}
    assert c.reading.search("Канареечкин") == []
    (pending,) = c.erasure.erasures(pending=True)
    assert pending.hidden == 1
    assert c.store.erasure.has_disclosure(
        next(r.op_id for r in c.store.iter_ops() if r.kind == "create" and r.entity == "person")
    )
    c.erasure.confirm(pending.redact_id)
    assert c.erasure.erasures(pending=True) == []
    assert c.reading.get(p).masked == {"name": "erased"}


# -- convergence: an erasure wins over every order and repetition of bundles -----------------

_REPLICAS = {"n": 0}


def _scenario(tmp_path: Path) -> tuple[list[list[object]], bytes, bytes]:
    """Bundles as op lists: the author's op with its value, the author's erasure of it, and a
    colleague's relay of the old value. Returns (bundles, the erased op's id, the record)."""
    from bundlekit import make_replica

    a = make_replica(tmp_path / "author")
    case = make_case(a)
    person = a.records.add_person(case, CANARY, "witness")
    before = {r.op_id for r in a.store.iter_ops()}
    name_op = next(r.op_id for r in a.store.iter_ops() if r.kind == "set" and r.field == "name")
    with_values = _signed(a, before)
    a.erasure.erase(person, "name", reason="safety")
    erasure = [s for s in _signed(a, None) if s.op_id not in before]
    relay = with_values  # what a colleague holds from before, sent on unchanged
    return [with_values, erasure, relay], name_op, person


def _signed(svc: CaseService, only: set[bytes] | None) -> list[object]:
    from casebook.domain.disclosure import Disclosure
    from casebook.domain.oplog import accept_disclosure, decode_signed

    out: list[object] = []
    for row in svc.store.iter_ops():
        if only is not None and row.op_id not in only:
            continue
        s = decode_signed(row.encoded, row.sig)
        held = svc.store.erasure.disclosed(row.op_id)
        if held is not None:
            s = accept_disclosure(s, Disclosure(row.op_id, held[0], held[1]))
        out.append(s)
    return out


@pytest.fixture(scope="module")
def scenario(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[list[object]], bytes, bytes]:
    return _scenario(tmp_path_factory.mktemp("scenario"))


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    order=st.lists(st.sampled_from([0, 1, 2]), min_size=3, max_size=7).filter(
        lambda o: {0, 1} <= set(o)
    )
)
def test_no_order_of_bundles_brings_an_erased_value_back(
    tmp_path: Path, scenario: tuple[list[list[object]], bytes, bytes], order: list[int]
) -> None:
    from bundlekit import make_replica

    bundles, name_op, person = scenario
    _REPLICAS["n"] += 1
    r = make_replica(tmp_path / f"r{_REPLICAS['n']}")
    for i in order:
        with r.store.transaction():
            for s in bundles[i]:
                r.store.apply(s)  # type: ignore[arg-type]
    assert not r.store.erasure.has_disclosure(name_op)
    assert r.reading.get(person).masked.get("name") == "erased"
    assert r.reading.search("Канареечкин") == []
    reference = make_replica(tmp_path / f"ref{_REPLICAS['n']}")
    with reference.store.transaction():
        for b in bundles:
            for s in b:
                reference.store.apply(s)  # type: ignore[arg-type]
    assert r.integrity.state_hash() == reference.integrity.state_hash()
    r.lock()
    reference.lock()


def test_a_record_erased_whole_takes_its_parts_in_one_commit(tmp_path: Path) -> None:
    svc = make_service(tmp_path / "v")
    case = make_case(svc, title="Дело Канареечкина")
    person = svc.records.add_person(case, CANARY, "witness")
    interview = svc.records.add_interview(case, person, place="Москва, кафе «Канарейка»")
    svc.records.add_segment(interview, f"{CANARY} рассказал об обыске")
    svc.records.delete(svc.records.add_segment(interview, f"удалённая запись: {CANARY}"))
    preview = svc.erasure.preview(interview)
    assert [p.kind for p in preview.parts] == ["segment", "segment"]  # deleted ones too
    svc.erasure.erase(interview, reason="consent_withdrawn")
    assert svc.reading.search("обыске") == []
    assert all(
        h.shown != "value" or CANARY not in str(h.value) for h in svc.reading.history(interview)
    )
    # A whole case: every record in it.
    svc.erasure.erase(case, reason="court_order")
    assert svc.reading.search("Канареечкин") == []
    assert svc.reading.list_cases() == []
    assert all(CANARY not in str(h.value) for h in svc.reading.history(case))
    assert svc.integrity.verify().ok
    svc.lock()
