"""casebook.domain.oplog: signed ops, strict decoding, the hybrid logical clock."""

from __future__ import annotations

import dataclasses
import time
from typing import Any

import pytest

from casebook.base import canonical
from casebook.base.errors import AuthenticationFailed, InputRejected
from casebook.crypto.keys import Identity, hash32
from casebook.domain.oplog import SIG_LABEL, Hlc, Op, decode_signed, register_of, sign_op
from factory import Author

CASE = bytes(range(16))
PERSON = bytes(range(16, 32))


def _op(identity: Identity, **overrides: Any) -> Op:
    fields: dict[str, Any] = {
        "author": identity.public,
        "seq": 1,
        "prev": None,
        "deps": (),
        "hlc": 5 << 16,
        "entity": "case",
        "entity_id": CASE,
        "kind": "set",
        "field": "title",
        "value": "Дело Иванова",
    }
    fields.update(overrides)
    return Op(**fields)


def test_sign_and_decode_round_trip() -> None:
    alice = Identity.generate(0)
    signed = sign_op(_op(alice, deps=(b"\x02" * 32, b"\x01" * 32)), alice)
    assert signed.op_id == hash32(signed.encoded)
    assert signed.encoded == canonical.encode(signed.op.to_json())
    assert canonical.decode(signed.encoded)["deps"] == ["01" * 32, "02" * 32]  # sorted
    decoded = decode_signed(signed.encoded, signed.sig)
    assert decoded.op_id == signed.op_id
    assert decoded.op.value == "Дело Иванова"
    assert set(decoded.op.deps) == {b"\x01" * 32, b"\x02" * 32}
    alice_key = alice.public
    from casebook.crypto.keys import verify_signature

    verify_signature(alice_key, SIG_LABEL + signed.op_id, signed.sig)
    assert "sig" not in repr(signed)


def test_decode_computes_the_op_id_itself() -> None:
    a = Author()
    first = a.op("case", CASE, "create", value={})
    second = a.op("case", CASE, "set", "title", "T", deps=[first.op_id])
    # The id is a function of the bytes alone: there is no way to hand one in.
    assert decode_signed(second.encoded, second.sig).op_id == hash32(second.encoded)
    assert decode_signed(second.encoded, second.sig).op_id != first.op_id


def test_every_flipped_byte_is_refused() -> None:
    a = Author()
    signed = a.op("person", PERSON, "create", value={"case": CASE.hex()})
    for pos in range(len(signed.encoded)):
        for mask in (0x01, 0x20, 0x80):
            damaged = bytearray(signed.encoded)
            damaged[pos] ^= mask
            with pytest.raises((InputRejected, AuthenticationFailed)):
                decode_signed(bytes(damaged), signed.sig)


def test_bad_signatures_are_refused() -> None:
    alice, mallory = Identity.generate(0), Identity.generate(0)
    signed = sign_op(_op(alice), alice)
    forged_sig = mallory.sign(SIG_LABEL + signed.op_id)
    unlabelled = alice.sign(signed.op_id)  # a signature made for another purpose
    for sig in (
        forged_sig,
        unlabelled,
        signed.sig[:-1] + bytes([signed.sig[-1] ^ 1]),
        bytes(64),
        signed.sig[:63],
        signed.sig + b"\x00",
        b"",
    ):
        with pytest.raises(AuthenticationFailed):
            decode_signed(signed.encoded, sig)


def test_sign_refuses_another_author() -> None:
    alice, mallory = Identity.generate(0), Identity.generate(0)
    with pytest.raises(InputRejected):
        sign_op(_op(alice), mallory)


INVALID: dict[str, dict[str, Any]] = {
    "unknown-kind": {"kind": "merge"},
    "unknown-entity": {"entity": "dossier"},
    "bad-field-name": {"field": "Title"},
    "field-injection": {"field": "title; DROP TABLE ops"},
    "unknown-field": {"field": "colour"},
    "seq-zero": {"seq": 0},
    "seq1-with-prev": {"prev": b"\x01" * 32},
    "seq2-without-prev": {"seq": 2},
    "duplicate-deps": {"deps": (b"\x01" * 32, b"\x01" * 32)},
    "too-many-deps": {"deps": tuple(i.to_bytes(32, "big") for i in range(257))},
    "negative-hlc": {"hlc": -1},
    "short-entity-id": {"entity_id": b"\x01" * 15},
    "value-not-text": {"value": 5},
    "title-two-lines": {"value": "a\nb"},
    "nul-in-text": {"value": "a\x00b"},
    "vocab-not-normalised": {"field": "status", "value": "a\nb"},
    "tags-not-normalised": {"field": "tags", "value": ["b", "a"]},
    "date-not-normalised": {"entity": "event", "field": "date", "value": " 2024-03-05"},
    "bad-date": {"entity": "event", "field": "date", "value": "2024-02-30"},
    "create-with-field": {"kind": "create", "field": "title", "value": {}},
    "create-missing-parent": {"kind": "create", "entity": "person", "field": "", "value": {}},
    "create-bad-parent": {
        "kind": "create",
        "entity": "person",
        "field": "",
        "value": {"case": "XYZ"},
    },
    "create-extra-key": {"kind": "create", "field": "", "value": {"case": CASE.hex()}},
    "attach-a-case": {"kind": "attach", "field": "", "value": {}},
    "create-an-attachment": {
        "kind": "create",
        "entity": "attachment",
        "field": "",
        "value": {"case": CASE.hex(), "name": "a", "media_type": "t", "size": 1, "sha256": "0"},
    },
    "attach-negative-size": {
        "kind": "attach",
        "entity": "attachment",
        "field": "",
        "value": {"case": CASE.hex(), "name": "a", "media_type": "t", "size": -1, "sha256": "0"},
    },
    "delete-not-bool": {"kind": "delete", "field": "", "value": 1},
    "delete-with-field": {"kind": "delete", "field": "title", "value": True},
}


@pytest.mark.parametrize("name", sorted(INVALID))
def test_invalid_ops_are_refused_when_signing_and_decoding(name: str) -> None:
    alice = Identity.generate(0)
    op = _op(alice, **INVALID[name])
    with pytest.raises(InputRejected):
        sign_op(op, alice)
    # A peer could sign anything: decoding checks the same rules.
    if name == "too-many-deps":
        return
    encoded = canonical.encode(op.to_json())
    sig = alice.sign(SIG_LABEL + hash32(encoded))
    with pytest.raises(InputRejected):
        decode_signed(encoded, sig)


def test_decode_refuses_wrong_shapes() -> None:
    alice = Identity.generate(0)
    doc = _op(alice).to_json()

    def signed(d: dict[str, Any]) -> tuple[bytes, bytes]:
        enc = canonical.encode(d)
        return enc, alice.sign(SIG_LABEL + hash32(enc))

    for bad in (
        {**doc, "extra": 1},
        {k: v for k, v in doc.items() if k != "deps"},
        {**doc, "v": 2},
        {**doc, "author": doc["author"].upper()},
        {**doc, "entity_id": doc["entity_id"][:-2]},
        {**doc, "seq": True},
        {**doc, "seq": "1"},
        {**doc, "deps": ["02" * 32, "01" * 32]},  # unsorted
        {**doc, "deps": "01" * 32},
        {**doc, "kind": None},
    ):
        with pytest.raises(InputRejected):
            decode_signed(*signed(bad))
    for bad_doc in ([doc], "op", None):
        enc, sig = signed(bad_doc)  # type: ignore[arg-type]
        with pytest.raises(InputRejected):
            decode_signed(enc, sig)


def test_registers() -> None:
    alice = Identity.generate(0)
    assert register_of(_op(alice)) == (CASE, "title")
    assert register_of(_op(alice, kind="create", field="", value={})) == (CASE, "_created")
    assert register_of(_op(alice, kind="delete", field="", value=True)) == (CASE, "_deleted")
    assert register_of(_op(alice, kind="resolve")) == (CASE, "title")


def test_ops_are_immutable() -> None:
    alice = Identity.generate(0)
    signed = sign_op(_op(alice), alice)
    with pytest.raises(dataclasses.FrozenInstanceError):
        signed.op.seq = 2  # type: ignore[misc]


# -- HLC ------------------------------------------------------------------------------------


def test_hlc_is_strictly_monotonic() -> None:
    clock = Hlc()
    stamps = [clock.now() for _ in range(20_000)]
    assert all(a < b for a, b in zip(stamps, stamps[1:], strict=False))
    assert abs(Hlc.to_ms(stamps[0]) - time.time() * 1000) < 60_000


def test_hlc_never_goes_back_behind_a_late_wall_clock() -> None:
    # A clock restored from a stamp ahead of the wall clock (the wall clock went back).
    ahead = Hlc.wall() + (3_600_000 << Hlc.COUNTER_BITS)
    clock = Hlc(ahead)
    first = clock.now()
    assert first > ahead
    assert clock.now() > first


def test_hlc_observes_other_stamps() -> None:
    clock = Hlc()
    mine = clock.now()
    theirs = mine + (10_000 << Hlc.COUNTER_BITS)
    clock.observe(theirs)
    assert clock.now() > theirs
    clock.observe(0)  # an old stamp changes nothing
    assert clock.now() > theirs


def test_far_future_stamps_are_flagged() -> None:
    day = 24 * 3600 * 1000
    now = Hlc.wall()
    assert not Hlc.is_far_future(now)
    assert not Hlc.is_far_future(now + ((day // 2) << Hlc.COUNTER_BITS))
    assert Hlc.is_far_future(now + ((2 * day) << Hlc.COUNTER_BITS))
    assert Hlc.to_ms((1234 << Hlc.COUNTER_BITS) | 77) == 1234
