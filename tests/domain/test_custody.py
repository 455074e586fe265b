"""The custody entry format: canonical bytes, id, signature, line, detail schema, chains."""

from __future__ import annotations

import hashlib
import json

import pytest

from casebook.base import canonical
from casebook.base.errors import AuthenticationFailed, InputRejected
from casebook.crypto.keys import Identity
from casebook.domain.custody import (
    SIG_LABEL,
    Entry,
    chain_problems,
    decode_entry,
    parse_line,
    record_item,
    sign_entry,
    validate_detail,
)

ITEM = hashlib.sha256(b"evidence").digest()
ME = Identity.generate(0)


def _entry(seq: int = 1, prev: bytes | None = None, **kw: object) -> Entry:
    fields: dict[str, object] = {
        "author": ME.public,
        "seq": seq,
        "prev": prev,
        "item": ITEM,
        "item_prev": None,
        "time_ms": 1_700_000_000_000,
        "event": "intake",
        "detail": {"record": "ab" * 16, "size": 8},
    }
    fields.update(kw)
    return Entry(**fields)  # type: ignore[arg-type]


def test_an_entry_is_canonical_and_its_id_and_signature_are_checkable_with_the_stdlib() -> None:
    s = sign_entry(_entry(), ME)
    doc = json.loads(s.encoded)
    assert list(doc) == sorted(doc)
    assert doc["v"] == 1
    assert doc["item"] == ITEM.hex()
    assert doc["detail"]["size"] == 8
    # The line as a verifier sees it: json.dumps re-encodes the entry to the signed bytes.
    line = json.loads(s.line())
    again = json.dumps(line["entry"], sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    assert again.encode() == s.encoded
    assert hashlib.blake2b(s.encoded, digest_size=32).hexdigest() == line["id"]
    from nacl.signing import VerifyKey

    VerifyKey(ME.public).verify(SIG_LABEL + bytes.fromhex(line["id"]), bytes.fromhex(line["sig"]))
    assert parse_line(s.line().rstrip(b"\n")) == s
    assert decode_entry(s.encoded, s.sig) == s


def test_a_changed_entry_or_id_or_signature_does_not_verify() -> None:
    s = sign_entry(_entry(), ME)
    doc = json.loads(s.line())
    doc["entry"]["detail"]["size"] = 9
    with pytest.raises(AuthenticationFailed):
        parse_line(canonical.encode(doc))
    doc = json.loads(s.line())
    doc["id"] = "00" * 32
    with pytest.raises(AuthenticationFailed):
        parse_line(canonical.encode(doc))
    other = Identity.generate(0)
    forged = _entry(author=other.public)
    with pytest.raises(AuthenticationFailed):
        decode_entry(forged.encode(), s.sig)
    with pytest.raises(InputRejected):
        parse_line(s.line().rstrip(b"\n") + b" ")  # not canonical


def test_a_detail_holds_no_free_text() -> None:
    validate_detail("transfer_out", {"to": "echr", "ref": "12345/21"})
    validate_detail("transfer_out", {"to": "court", "ref": "2а-123/2024"})
    for bad in (
        ("intake", {"record": "ab" * 16, "size": 8, "name": "протокол.pdf"}),
        ("intake", {"record": "/media/usb/Дело_Иванова", "size": 8}),
        ("transfer_out", {"to": "echr", "ref": "/media/usb/Дело_Иванова"}),
        ("transfer_out", {"to": "echr", "ref": "Иванова Мария"}),
        ("transfer_out", {"to": "Европейский суд", "ref": "12345/21"}),
        ("view", {"record": "ab" * 16, "note": "x"}),
        ("verify", {"result": "fine"}),
        ("note_late", {"event": "transfer_out", "when": "5 марта", "to": "echr"}),
        ("note_late", {"event": "note_late", "when": "2024-03-05"}),
        ("erase", {"record": "ab" * 16, "op": "cd" * 32, "reason": "Дело Иванова"}),
        ("shred", {}),
    ):
        with pytest.raises(InputRejected):
            validate_detail(*bad)
    with pytest.raises(InputRejected):
        sign_entry(_entry(detail={"record": "ab" * 16, "size": 8, "path": "/home"}), ME)


def test_seq_and_prev_must_agree_and_the_author_signs() -> None:
    with pytest.raises(InputRejected):
        sign_entry(_entry(seq=2, prev=None), ME)
    with pytest.raises(InputRejected):
        sign_entry(_entry(seq=1, prev=b"\x01" * 32), ME)
    with pytest.raises(InputRejected):
        sign_entry(_entry(author=Identity.generate(0).public), ME)


def test_a_chain_starts_at_a_root_and_each_entry_names_the_one_before() -> None:
    first = sign_entry(_entry(), ME)
    view = sign_entry(
        _entry(
            2, first.entry_id, item_prev=first.entry_id, event="view", detail={"record": "ab" * 16}
        ),
        ME,
    )
    out = sign_entry(
        _entry(3, view.entry_id, item_prev=view.entry_id, event="verify", detail={"result": "ok"}),
        ME,
    )
    assert chain_problems([first, view, out]) == []
    assert chain_problems([first, out])  # a deleted line
    assert chain_problems([view, out])  # no root
    assert chain_problems([first, out, view])  # reordered
    lone_view = sign_entry(_entry(event="view", detail={"record": "ab" * 16}), ME)
    assert chain_problems([lone_view])  # a view cannot start a chain
    made = sign_entry(_entry(event="derive", detail={"to": "ef" * 32, "record": "ab" * 16}), ME)
    assert chain_problems([made])  # the original's side of a derivation is not a root


def test_a_record_has_its_own_item() -> None:
    assert record_item(b"\x01" * 16) != record_item(b"\x02" * 16)
    assert len(record_item(b"\x01" * 16)) == 32
