"""Keyslots: the master key wrapped under each passphrase or recovery code.

File layout (UTF-8 JSON, written atomically by `casebook.vault`)::

    {"format": "casebook-keyslots", "version": 1,
     "slots": [{"kind": "passphrase" | "recovery", "kdf": "argon2id",
                "ops": int, "mem": int, "salt": b64(16), "nonce": b64(24), "wrapped": b64(48)}]}

    wrapped = XChaCha20-Poly1305(key=Argon2id(secret, salt, ops, mem), nonce,
                                 plaintext=master_key, aad=b"casebook/v1/keyslot\\x00" || kind
                                 || "\\x00" || ops || "\\x00" || mem)

The parameters are bound as associated data, so a slot whose parameters were altered fails like
a wrong passphrase. Every failure to open a slot (wrong secret, damaged JSON, a number of more
than 20 digits, bounds, MAC) raises the same `WrongPassphrase`: an attacker learns nothing from
the difference, and the user is told one thing to do.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from nacl import bindings
from nacl.exceptions import CryptoError

from casebook.base import canonical
from casebook.base.errors import Cancelled, InputRejected, WrongPassphrase
from casebook.crypto.kdf import SALT_SIZE, KdfParams, KdfPolicy, derive

__all__ = [
    "MAX_KEYSLOTS_BYTES",
    "Keyslot",
    "SlotKind",
    "decode_keyslots",
    "encode_keyslots",
    "normalize_secret",
    "open_slots",
    "wrap",
]

SlotKind = Literal["passphrase", "recovery"]
FORMAT = "casebook-keyslots"
VERSION = 1
MAX_KEYSLOTS_BYTES = 64 * 1024
MAX_SLOTS = 8
_NONCE_SIZE = bindings.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES  # 24
_AAD_LABEL = b"casebook/v1/keyslot\x00"


@dataclass(frozen=True)
class Keyslot:
    """One wrapped copy of the master key."""

    kind: SlotKind
    params: KdfParams
    salt: bytes
    nonce: bytes
    wrapped: bytes

    def aad(self) -> bytes:
        """The associated data that binds kind and parameters to the ciphertext."""
        return b"%s%s\x00%d\x00%d" % (
            _AAD_LABEL,
            self.kind.encode(),
            self.params.ops,
            self.params.mem,
        )


def normalize_secret(secret: str) -> bytes:
    """NFC-normalise and encode a passphrase, so that the same words typed on another keyboard
    layout or OS unlock the same vault."""
    return unicodedata.normalize("NFC", secret).encode("utf-8")


def wrap(
    master: bytes, secret: str, kind: SlotKind, params: KdfParams, policy: KdfPolicy
) -> Keyslot:
    """A new slot holding `master` under `secret`."""
    salt = os.urandom(SALT_SIZE)
    nonce = os.urandom(_NONCE_SIZE)
    slot = Keyslot(kind, params, salt, nonce, b"")
    kek = derive(normalize_secret(secret), salt, params, policy)
    wrapped = bindings.crypto_aead_xchacha20poly1305_ietf_encrypt(master, slot.aad(), nonce, kek)
    return Keyslot(kind, params, salt, nonce, wrapped)


def _unwrap(slot: Keyslot, secret: bytes, policy: KdfPolicy) -> bytes:
    kek = derive(secret, slot.salt, slot.params, policy)
    try:
        return bindings.crypto_aead_xchacha20poly1305_ietf_decrypt(
            slot.wrapped, slot.aad(), slot.nonce, kek
        )
    except CryptoError as e:
        raise WrongPassphrase("keyslot did not open") from e


def open_slots(
    slots: Sequence[Keyslot],
    secret: str,
    kinds: Sequence[SlotKind],
    policy: KdfPolicy,
    *,
    cancel: Callable[[], bool] | None = None,
) -> tuple[bytes, int]:
    """Try `secret` on each slot of the given kinds; return (master key, slot index).

    Raises `WrongPassphrase` when none opens, whatever the reason.
    """
    raw = normalize_secret(secret)
    for index, slot in enumerate(slots):
        if slot.kind not in kinds:
            continue
        if cancel is not None and cancel():
            raise Cancelled()
        try:
            return _unwrap(slot, raw, policy), index
        except WrongPassphrase:
            continue
    raise WrongPassphrase("no keyslot opened")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def encode_keyslots(slots: Sequence[Keyslot]) -> bytes:
    """The keyslots file's bytes."""
    doc = {
        "format": FORMAT,
        "version": VERSION,
        "slots": [
            {
                "kind": s.kind,
                "kdf": "argon2id",
                "ops": s.params.ops,
                "mem": s.params.mem,
                "salt": _b64(s.salt),
                "nonce": _b64(s.nonce),
                "wrapped": _b64(s.wrapped),
            }
            for s in slots
        ],
    }
    return (json.dumps(doc, indent=1, sort_keys=True) + "\n").encode("ascii")


def _field_bytes(obj: dict[str, Any], name: str, size: int) -> bytes:
    value = obj.get(name)
    if not isinstance(value, str):
        raise WrongPassphrase("keyslot field missing")
    try:
        raw = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError) as e:
        raise WrongPassphrase("keyslot field not base64") from e
    if len(raw) != size:
        raise WrongPassphrase("keyslot field has a wrong length")
    return raw


def decode_keyslots(data: bytes) -> list[Keyslot]:
    """Parse the keyslots file. Anything malformed raises `WrongPassphrase` (see module doc)."""
    if len(data) > MAX_KEYSLOTS_BYTES:
        raise WrongPassphrase("keyslots file too large")
    try:  # bounded numbers: a 5,000-digit one is damage too, not a crash
        doc = canonical.parse(data.decode("utf-8"))
    except (UnicodeDecodeError, InputRejected) as e:
        raise WrongPassphrase("keyslots file is not JSON") from e
    if not isinstance(doc, dict) or doc.get("format") != FORMAT or doc.get("version") != VERSION:
        raise WrongPassphrase("keyslots file has an unknown format")
    raw_slots = doc.get("slots")
    if not isinstance(raw_slots, list) or not 0 < len(raw_slots) <= MAX_SLOTS:
        raise WrongPassphrase("keyslots file has no slots")
    slots = []
    for obj in raw_slots:
        if not isinstance(obj, dict) or obj.get("kdf") != "argon2id":
            raise WrongPassphrase("keyslot has an unknown kdf")
        kind = obj.get("kind")
        ops, mem = obj.get("ops"), obj.get("mem")
        if kind not in ("passphrase", "recovery"):
            raise WrongPassphrase("keyslot has an unknown kind")
        if type(ops) is not int or type(mem) is not int:
            raise WrongPassphrase("keyslot parameters are not integers")
        slots.append(
            Keyslot(
                kind=kind,
                params=KdfParams(ops=ops, mem=mem),
                salt=_field_bytes(obj, "salt", SALT_SIZE),
                nonce=_field_bytes(obj, "nonce", _NONCE_SIZE),
                wrapped=_field_bytes(obj, "wrapped", 32 + 16),
            )
        )
    return slots
