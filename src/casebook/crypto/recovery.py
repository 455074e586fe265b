"""Recovery codes: 128 random bits, printed once, typed back by a person.

    code  = Crockford-base32( secret[16] || BLAKE2b-8(secret)[0:1] ) → 28 characters (136 bits
            plus 4 zero bits), shown as 7 groups of 4: ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345

Crockford's alphabet has no I, L, O or U; decoding maps I and L to 1 and O to 0, ignores case,
spaces and hyphens. The check byte catches nearly every typo before a slow KDF is run.
"""

from __future__ import annotations

import os

from nacl.encoding import RawEncoder
from nacl.hash import blake2b

__all__ = ["format_code", "looks_like_code", "new_code", "parse_code"]

_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_DECODE = {c: i for i, c in enumerate(_ALPHABET)} | {"I": 1, "L": 1, "O": 0}
_SECRET = 16
_CHARS = 28


def _check(secret: bytes) -> bytes:
    return blake2b(secret, digest_size=8, encoder=RawEncoder)[:1]


def new_code() -> str:
    """A fresh recovery code, formatted for printing."""
    return format_code(os.urandom(_SECRET))


def format_code(secret: bytes) -> str:
    """Format 16 secret bytes as the grouped code."""
    if len(secret) != _SECRET:
        raise ValueError("recovery secret must be 16 bytes")
    value = int.from_bytes(secret + _check(secret), "big") << 4
    chars = [_ALPHABET[(value >> (5 * i)) & 31] for i in reversed(range(_CHARS))]
    return "-".join("".join(chars[i : i + 4]) for i in range(0, _CHARS, 4))


def parse_code(text: str) -> str | None:
    """The canonical form of a typed code, or None when it is not a valid code."""
    cleaned = "".join(ch for ch in text.upper() if ch not in " -\t\r\n")
    if len(cleaned) != _CHARS or any(ch not in _DECODE for ch in cleaned):
        return None
    value = 0
    for ch in cleaned:
        value = (value << 5) | _DECODE[ch]
    if value & 0xF:
        return None
    raw = (value >> 4).to_bytes(_SECRET + 1, "big")
    secret, check = raw[:_SECRET], raw[_SECRET:]
    if _check(secret) != check:
        return None
    return format_code(secret)


def looks_like_code(text: str) -> bool:
    """True when `text` is a well-formed recovery code (checksum included)."""
    return parse_code(text) is not None
