"""casebook.domain.disclosure: a disclosure opens exactly its own op, and `vc` hides the value.

PROTECTION §1: the commitment is salted, so a 10,000-name dictionary finds no match without
the nonce; a disclosure whose op, nonce or value differs from what was signed is refused as
tampered (`AuthenticationFailed`).
"""

from __future__ import annotations

import dataclasses
import hashlib
import itertools
import os
from typing import Any

import pytest

from casebook.base import canonical
from casebook.base.errors import AuthenticationFailed, InputRejected
from casebook.crypto.keys import Identity, hash32
from casebook.domain.disclosure import NONCE_SIZE, Disclosure, commit
from casebook.domain.oplog import (
    SIG_LABEL_V2,
    Op,
    SignedOp,
    accept_disclosure,
    decode_signed,
    sign_op,
)

CASE = bytes.fromhex("0c" * 16)
PERSON = bytes.fromhex("0f" * 16)
ALICE = Identity.generate(0)


def signed_v2(fld: str, value: Any, *, entity: str = "person", version: int = 2) -> SignedOp:
    """Alice's first op setting `fld`."""
    eid = PERSON if entity == "person" else CASE
    op = Op(ALICE.public, 1, None, (), 1 << 16, entity, eid, "set", fld, value)
    return sign_op(op, ALICE, version=version)


def test_disclosure_round_trip_and_repr() -> None:
    signed = signed_v2("name", "Иван Иванов")
    d = signed.disclosure
    assert d is not None
    assert Disclosure.decode(d.encode()) == d
    assert canonical.decode(d.encode()) == {
        "op": signed.op_id.hex(),
        "n": d.nonce.hex(),
        "v": "Иван Иванов",
    }
    assert len(d.nonce) == NONCE_SIZE
    assert d.matches(signed)
    for secret in ("Иван", d.nonce.hex(), repr(d.nonce)):
        assert secret not in repr(d)  # neither the value nor the nonce reaches a log


def test_the_same_value_commits_differently_every_time() -> None:
    a, b = signed_v2("name", "Иванов"), signed_v2("name", "Иванов")
    # A fresh nonce each time: two skeletons do not even say that their values are equal.
    assert a.vc != b.vc
    assert commit("Иванов", os.urandom(32)) != commit("Иванов", os.urandom(32))


def test_a_disclosure_opens_only_its_own_op() -> None:
    signed = signed_v2("name", "Иван Иванов")
    other = signed_v2("notes", "Иван Иванов")
    good, theirs = signed.disclosure, other.disclosure
    assert good is not None
    assert theirs is not None
    skeleton = signed.without_value()
    flipped = bytes([good.nonce[0] ^ 1]) + good.nonce[1:]
    forged = {
        "wrong value": dataclasses.replace(good, value="Пётр Петров"),
        "value of another type": dataclasses.replace(good, value=["Иван Иванов"]),
        "wrong nonce": dataclasses.replace(good, nonce=os.urandom(32)),
        "one bit of the nonce": dataclasses.replace(good, nonce=flipped),
        "short nonce": dataclasses.replace(good, nonce=good.nonce[:16]),
        "wrong op": dataclasses.replace(good, op_id=other.op_id),
        "another op's disclosure": theirs,
        "same value and nonce, other op": dataclasses.replace(theirs, nonce=good.nonce),
    }
    for why, bad in forged.items():
        assert not bad.matches(skeleton), why
        with pytest.raises(AuthenticationFailed):
            accept_disclosure(skeleton, bad)
    assert accept_disclosure(skeleton, good).op.value == "Иван Иванов"


def test_a_matching_disclosure_of_a_value_the_model_refuses_is_refused() -> None:
    # A rogue peer commits to a value the model forbids, bypassing sign_op.
    nonce = os.urandom(32)
    for value in ("two\nlines", 5, ["b", "a"], {"x": 1}):
        op = Op(ALICE.public, 1, None, (), 1, "case", CASE, "set", "title", None, version=2)
        encoded = op.encode(commit(value, nonce))
        skeleton = decode_signed(encoded, ALICE.sign(SIG_LABEL_V2 + hash32(encoded)))
        disclosure = Disclosure(skeleton.op_id, nonce, value)
        assert disclosure.matches(skeleton)
        with pytest.raises(InputRejected):
            accept_disclosure(skeleton, disclosure)


def test_ops_without_a_commitment_take_no_disclosure() -> None:
    v1 = signed_v2("title", "T", entity="case", version=1)
    delete = sign_op(
        Op(ALICE.public, 1, None, (), 1, "case", CASE, "delete", "", None), ALICE, version=2
    )
    for signed in (v1, delete):
        disclosure = Disclosure(signed.op_id, bytes(32), "T")
        assert not disclosure.matches(signed)
        with pytest.raises(InputRejected):
            accept_disclosure(signed, disclosure)
    with pytest.raises(InputRejected):  # a v1 value lives inside the signed bytes
        v1.without_value()


H32 = b"00" * 32


@pytest.mark.parametrize(
    "data",
    [
        b'{"n":"00","op":"' + H32 + b'","v":1}',
        b'{"op":"' + H32 + b'","v":1}',
        b'{"n":"' + H32 + b'","op":"' + H32 + b'","v":1,"x":0}',
        b'{"n":"' + b"AB" * 32 + b'","op":"' + H32 + b'","v":1}',
        b'{"n":"' + H32 + b'","op":null,"v":1}',
        b'{"n":"' + H32 + b'","op":"' + H32 + b'","v":1.5}',
        b'{"op":"' + H32 + b'","n":"' + H32 + b'","v":1}',  # keys out of order
        b'{"n":"' + H32 + b'","op":"' + H32 + b'", "v":1}',  # white space
        b"[]",
        b"",
    ],
)
def test_malformed_disclosures_are_refused(data: bytes) -> None:
    with pytest.raises(InputRejected):
        Disclosure.decode(data)


def test_commit_needs_a_32_byte_nonce() -> None:
    for nonce in (b"", bytes(16), bytes(33)):
        with pytest.raises(InputRejected):
            commit("x", nonce)


# -- hiding: a dictionary of surnames does not open a commitment --------------------------------

# fmt: off
RU_ROOTS = (
    "Иван", "Петр", "Сидор", "Смирн", "Кузнец", "Поп", "Сокол", "Лебед", "Козл", "Новик",
    "Мороз", "Волк", "Сорок", "Зайц", "Павл", "Семен", "Голуб", "Виногр", "Богдан", "Ворон",
    "Федор", "Михайл", "Белк", "Тарас", "Беляк", "Комар", "Орл", "Андре", "Макар", "Никит",
    "Захар", "Зуб", "Борис", "Гус", "Карп", "Щук", "Ерш", "Медвед", "Жук", "Крюк",
    "Гром", "Лис", "Горб", "Соловь", "Журавл", "Быстр", "Тихон", "Кирилл", "Громык", "Дуб",
)
RU_MIDDLES = ("", "ан", "ен", "ул", "ищ")
RU_ENDINGS = (
    "ов", "ова", "ев", "ева", "ин", "ина", "ский", "ская", "цкий", "цкая",
    "ых", "их", "енко", "ук", "юк", "ич", "ович", "евич", "ишин", "ягин",
)
EN_PREFIXES = ("", "Mc", "O'", "Fitz", "Van ")
EN_ROOTS = (
    "Smith", "John", "Will", "Brown", "Tay", "Wood", "Thom", "Rob", "Wright", "Walk",
    "White", "Green", "Hall", "Ward", "Clark", "Jack", "Harr", "Mart", "Cook", "Morr",
    "Hill", "King", "Lee", "Bak", "Mill", "Mason", "Shaw", "Pratt", "Stone", "Hart",
    "Holm", "Fox", "Gray", "Pierce", "Ford", "Marsh", "Reed", "Knight", "Bell", "Cole",
    "West", "Lane", "Hunt", "Rose", "Black", "Dunn", "Long", "Grant", "Kent", "Hay",
)
EN_ENDINGS = (
    "son", "s", "ley", "ton", "er", "ing", "ham", "field", "well", "wood",
    "by", "worth", "man", "ridge", "ford", "more", "ett", "ock", "ins", "ard",
)
# fmt: on


def surnames() -> list[str]:
    """10,000 distinct surnames, Russian and English in style, always in the same order."""
    ru = [r + m + e for r, m, e in itertools.product(RU_ROOTS, RU_MIDDLES, RU_ENDINGS)]
    en = [p + r + e for p, r, e in itertools.product(EN_PREFIXES, EN_ROOTS, EN_ENDINGS)]
    return list(dict.fromkeys(ru + en))[:10_000]


def test_a_surname_dictionary_finds_nothing_without_the_nonce() -> None:
    names = surnames()
    assert len(names) == 10_000
    secret = names[4321]
    signed = signed_v2("name", secret)
    skeleton = decode_signed(signed.encoded, signed.sig)  # all that a holder of the op has
    assert skeleton.vc is not None
    assert signed.disclosure is not None
    guessed_nonces = (bytes(32), b"\xff" * 32, os.urandom(32))
    for name in names:
        data = canonical.encode(name)
        assert name.encode() not in skeleton.encoded
        # Matrix-style unsalted hashes, with or without the personalisation…
        assert hash32(data) != skeleton.vc
        assert hashlib.blake2b(data, digest_size=32, person=b"casebook/v2/val").digest() != (
            skeleton.vc
        )
        # …and the right construction under a guessed nonce: no match.
        assert all(commit(name, nonce) != skeleton.vc for nonce in guessed_nonces)
    nonce = signed.disclosure.nonce
    assert [name for name in names if commit(name, nonce) == skeleton.vc] == [secret]
