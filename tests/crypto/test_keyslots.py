"""casebook.crypto.keyslots: a wrong passphrase and every kind of damaged slot look the same."""

from __future__ import annotations

import base64
import json
import os
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from casebook.base.errors import WrongPassphrase
from casebook.crypto import keyslots as ks
from casebook.crypto.kdf import MIB, KdfParams
from factory import FAST, PASSPHRASE, make_vault, open_vault, run_cli

GIB = 1024 * MIB
MASTER = bytes(range(32))
PARAMS = KdfParams(ops=1, mem=8192)

Doc = dict[str, Any]


def _flip_b64(doc: Doc, name: str, index: int = 0) -> None:
    raw = bytearray(base64.b64decode(doc["slots"][index][name]))
    raw[len(raw) // 2] ^= 0x40
    doc["slots"][index][name] = base64.b64encode(bytes(raw)).decode()


def _all_slots(change: Callable[[Doc], None]) -> Callable[[Doc], None]:
    def apply(doc: Doc) -> None:
        for slot in doc["slots"]:
            change(slot)

    return apply


def _set(**values: Any) -> Callable[[Doc], None]:
    return _all_slots(lambda slot: slot.update(values))


def _flip_all(name: str) -> Callable[[Doc], None]:
    def apply(doc: Doc) -> None:
        for i in range(len(doc["slots"])):
            _flip_b64(doc, name, i)

    return apply


def _swap_kinds(doc: Doc) -> None:
    for slot in doc["slots"]:
        slot["kind"] = "recovery" if slot["kind"] == "passphrase" else "passphrase"


DOC_DAMAGE: dict[str, Callable[[Doc], None]] = {
    "flipped-wrapped": _flip_all("wrapped"),
    "flipped-salt": _flip_all("salt"),
    "flipped-nonce": _flip_all("nonce"),
    "ops-raised": _all_slots(lambda s: s.update(ops=s["ops"] + 1)),
    "mem-doubled": _all_slots(lambda s: s.update(mem=s["mem"] * 2)),
    "mem-64GiB": _set(mem=64 * GIB),
    "ops-huge": _set(ops=10**9),
    "ops-float": _all_slots(lambda s: s.update(ops=float(s["ops"]))),
    "ops-string": _all_slots(lambda s: s.update(ops=str(s["ops"]))),
    "ops-bool": _set(ops=True),
    "kinds-swapped": _swap_kinds,
    "unknown-kdf": _set(kdf="scrypt"),
    "salt-short": _all_slots(lambda s: s.update(salt=base64.b64encode(b"x" * 8).decode())),
    "wrapped-missing": _all_slots(lambda s: s.pop("wrapped")),
    "wrapped-not-base64": _set(wrapped="!!!!"),
    "no-slots": lambda d: d.update(slots=[]),
    "slots-not-a-list": lambda d: d.update(slots={"a": 1}),
    "wrong-format": lambda d: d.update(format="keepassxc"),
    "future-version": lambda d: d.update(version=2),
}


def _truncated(data: bytes) -> bytes:
    return data[: len(data) // 2]


BYTES_DAMAGE: dict[str, Callable[[bytes], bytes]] = {
    "truncated-json": _truncated,
    "garbage": lambda data: os.urandom(len(data)),
    "empty": lambda data: b"",
    "not-utf8": lambda data: b"\xff\xfe" + data,
    "json-null": lambda data: b"null",
    "json-list": lambda data: b"[1, 2, 3]",
    "too-large": lambda data: data + b" " * (ks.MAX_KEYSLOTS_BYTES + 1),
    "deeply-nested": lambda data: b"[" * 50_000 + b"]" * 50_000,
}


def _damage_doc(path: Path, change: Callable[[Doc], None]) -> None:
    doc = json.loads(path.read_text("ascii"))
    change(doc)
    path.write_text(json.dumps(doc), "utf-8")


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("pristine") / "v"
    make_vault(root).session.lock()
    return root


def _copy(pristine: Path, dest: Path) -> Path:
    dest.mkdir()
    for p in pristine.iterdir():
        if p.is_file():
            (dest / p.name).write_bytes(p.read_bytes())
    return dest


def _wrong_passphrase_result(root: Path) -> tuple[int, str]:
    result = run_cli(root, "case", "list", passphrase="not the passphrase")
    return result.code, result.err


def _check_refused_like_a_wrong_passphrase(root: Path, expected: tuple[int, str]) -> None:
    t0 = time.perf_counter()
    for secret in (PASSPHRASE, "not the passphrase"):
        with pytest.raises(WrongPassphrase) as info:
            open_vault(root, secret)
        assert type(info.value) is WrongPassphrase
    assert time.perf_counter() - t0 < 2  # nothing ran a huge Argon2
    result = run_cli(root, "case", "list")
    assert (result.code, result.err) == expected
    assert result.code == 3
    assert result.out == ""
    assert "Traceback" not in result.err


@pytest.mark.parametrize("name", sorted(DOC_DAMAGE))
def test_damaged_slot_fields_look_like_a_wrong_passphrase(
    name: str, pristine: Path, tmp_path: Path
) -> None:
    root = _copy(pristine, tmp_path / "v")
    expected = _wrong_passphrase_result(root)
    _damage_doc(root / "keyslots", DOC_DAMAGE[name])
    _check_refused_like_a_wrong_passphrase(root, expected)


@pytest.mark.parametrize("name", sorted(BYTES_DAMAGE))
def test_damaged_keyslots_file_looks_like_a_wrong_passphrase(
    name: str, pristine: Path, tmp_path: Path
) -> None:
    root = _copy(pristine, tmp_path / "v")
    expected = _wrong_passphrase_result(root)
    path = root / "keyslots"
    path.write_bytes(BYTES_DAMAGE[name](path.read_bytes()))
    _check_refused_like_a_wrong_passphrase(root, expected)


def test_wrong_passphrase_message_and_code(pristine: Path, tmp_path: Path) -> None:
    root = _copy(pristine, tmp_path / "v")
    code, err = _wrong_passphrase_result(root)
    assert code == 3
    assert err == "casebook: Wrong passphrase, or the keyslots are damaged.\n"


def test_tampered_memory_is_refused_without_allocating(pristine: Path, tmp_path: Path) -> None:
    root = _copy(pristine, tmp_path / "v")
    _damage_doc(root / "keyslots", _set(mem=64 * GIB))
    t0 = time.perf_counter()
    with pytest.raises(WrongPassphrase):
        open_vault(root)
    assert time.perf_counter() - t0 < 0.1


def test_wrap_and_open_round_trip() -> None:
    slots = [
        ks.wrap(MASTER, "пароль", "passphrase", PARAMS, FAST),
        ks.wrap(MASTER, "CODE", "recovery", PARAMS, FAST),
    ]
    decoded = ks.decode_keyslots(ks.encode_keyslots(slots))
    assert decoded == slots
    assert ks.open_slots(decoded, "пароль", ["passphrase"], FAST) == (MASTER, 0)
    assert ks.open_slots(decoded, "CODE", ["recovery"], FAST) == (MASTER, 1)
    # A secret only opens slots of the kinds it is tried on.
    with pytest.raises(WrongPassphrase):
        ks.open_slots(decoded, "CODE", ["passphrase"], FAST)
    with pytest.raises(WrongPassphrase):
        ks.open_slots(decoded, "пароль", ["recovery"], FAST)


def test_each_wrap_is_fresh() -> None:
    a = ks.wrap(MASTER, "p", "passphrase", PARAMS, FAST)
    b = ks.wrap(MASTER, "p", "passphrase", PARAMS, FAST)
    assert a.salt != b.salt
    assert a.nonce != b.nonce
    assert a.wrapped != b.wrapped
    assert MASTER not in ks.encode_keyslots([a, b])


def test_parameters_are_bound_to_the_ciphertext() -> None:
    slot = ks.wrap(MASTER, "p", "passphrase", PARAMS, FAST)
    for params in (KdfParams(ops=2, mem=8192), KdfParams(ops=1, mem=16384)):
        forged = ks.Keyslot(slot.kind, params, slot.salt, slot.nonce, slot.wrapped)
        with pytest.raises(WrongPassphrase):
            ks.open_slots([forged], "p", ["passphrase"], FAST)
    relabelled = ks.Keyslot("recovery", slot.params, slot.salt, slot.nonce, slot.wrapped)
    with pytest.raises(WrongPassphrase):
        ks.open_slots([relabelled], "p", ["recovery"], FAST)


def test_too_many_slots_are_refused() -> None:
    slot = ks.wrap(MASTER, "p", "passphrase", PARAMS, FAST)
    data = ks.encode_keyslots([slot] * 9)
    with pytest.raises(WrongPassphrase):
        ks.decode_keyslots(data)


@pytest.mark.parametrize("field", ["ops", "mem", "version"])
@pytest.mark.parametrize("digits", [21, 5000])
def test_a_long_number_in_the_keyslots_looks_like_a_wrong_passphrase(
    field: str, digits: int, pristine: Path, tmp_path: Path
) -> None:
    """json.loads would raise a plain ValueError past 4,300 digits (exit 1, "Internal error");
    a slot with such a number is damaged like any other: exit 3, the same message."""
    root = _copy(pristine, tmp_path / "v")
    expected = _wrong_passphrase_result(root)
    path = root / "keyslots"
    text, n = re.subn(rf'"{field}": \d+', f'"{field}": {"9" * digits}', path.read_text("ascii"))
    assert n >= 1
    path.write_text(text, "ascii")
    with pytest.raises(WrongPassphrase):
        ks.decode_keyslots(text.encode())
    _check_refused_like_a_wrong_passphrase(root, expected)
