"""Bech32 (BIP-173), as age uses it for its X25519 recipients and identities.

Layout of a bech32 string::

    hrp || "1" || data || checksum
    hrp      = 1..n characters in 33..126, all one case
    data     = the payload in 5-bit groups, zero-padded, one character of CHARSET per group
    checksum = 6 characters, the BCH code over hrp-expand(hrp) || data (constant 1: not bech32m)

age lifts BIP-173's limit of 90 characters (a post-quantum identity is far longer), and so do
we. A recipient is ``age1…`` (lower case, hrp ``age``); an identity is ``AGE-SECRET-KEY-1…``
(upper case, hrp ``age-secret-key-``). Both carry 32 bytes: an X25519 public key or scalar.
"""

from __future__ import annotations

from casebook.base.errors import InputRejected

__all__ = [
    "CHARSET",
    "IDENTITY_HRP",
    "RECIPIENT_HRP",
    "decode",
    "encode",
    "format_identity",
    "format_recipient",
    "parse_identity",
    "parse_recipient",
]

CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
RECIPIENT_HRP = "age"
IDENTITY_HRP = "age-secret-key-"
_KEY_SIZE = 32
_GENERATOR = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
_VALUES = {c: i for i, c in enumerate(CHARSET)}


def _polymod(values: list[int]) -> int:
    chk = 1
    for v in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= _GENERATOR[i] if (top >> i) & 1 else 0
    return chk


def _hrp_expand(hrp: str) -> list[int]:
    return [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]


def _convert_bits(data: bytes | list[int], frombits: int, tobits: int, pad: bool) -> list[int]:
    acc = 0
    bits = 0
    out: list[int] = []
    maxv = (1 << tobits) - 1
    for value in data:
        acc = (acc << frombits) | value
        bits += frombits
        while bits >= tobits:
            bits -= tobits
            out.append((acc >> bits) & maxv)
    if pad:
        if bits:
            out.append((acc << (tobits - bits)) & maxv)
    elif bits >= frombits or (acc << (tobits - bits)) & maxv:
        # More than 4 bits left over, or non-zero padding: not the canonical encoding.
        raise InputRejected("bech32: invalid padding")
    return out


def _check_hrp(hrp: str) -> None:
    if not hrp or any(not 33 <= ord(c) <= 126 for c in hrp):
        raise InputRejected("bech32: invalid human-readable part")


def encode(hrp: str, data: bytes) -> str:
    """Encode `data` under `hrp` as a lower-case bech32 string (no length limit)."""
    _check_hrp(hrp)
    if hrp.lower() != hrp and hrp.upper() != hrp:
        raise InputRejected("bech32: mixed-case human-readable part")
    hrp = hrp.lower()
    values = _convert_bits(data, 8, 5, True)
    polymod = _polymod([*_hrp_expand(hrp), *values, 0, 0, 0, 0, 0, 0]) ^ 1
    checksum = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(CHARSET[v] for v in values + checksum)


def decode(s: str) -> tuple[str, bytes]:
    """Decode a bech32 string; return its lower-case hrp and its data.

    Refuses mixed case, characters outside the charset, a bad checksum and non-zero padding.
    """
    if s.lower() != s and s.upper() != s:
        raise InputRejected("bech32: mixed case")
    s = s.lower()
    pos = s.rfind("1")
    if pos < 1 or pos + 7 > len(s):
        raise InputRejected("bech32: separator misplaced")
    hrp = s[:pos]
    _check_hrp(hrp)
    try:
        values = [_VALUES[c] for c in s[pos + 1 :]]
    except KeyError as e:
        raise InputRejected("bech32: invalid character") from e
    if _polymod(_hrp_expand(hrp) + values) != 1:
        raise InputRejected("bech32: bad checksum")
    return hrp, bytes(_convert_bits(values[:-6], 5, 8, False))


def _parse_key(s: str, hrp: str, what: str) -> bytes:
    got_hrp, data = decode(s.strip())
    if got_hrp != hrp:
        raise InputRejected(f"not an age X25519 {what}")
    if len(data) != _KEY_SIZE:
        raise InputRejected(f"age {what} must hold 32 bytes")
    return data


def format_recipient(pub32: bytes) -> str:
    """The ``age1…`` string of an X25519 public key."""
    if len(pub32) != _KEY_SIZE:
        raise InputRejected("an X25519 public key is 32 bytes")
    return encode(RECIPIENT_HRP, pub32)


def parse_recipient(s: str) -> bytes:
    """The X25519 public key of an ``age1…`` recipient string."""
    return _parse_key(s, RECIPIENT_HRP, "recipient")


def format_identity(secret32: bytes) -> str:
    """The ``AGE-SECRET-KEY-1…`` string of an X25519 secret scalar."""
    if len(secret32) != _KEY_SIZE:
        raise InputRejected("an X25519 secret key is 32 bytes")
    return encode(IDENTITY_HRP, secret32).upper()


def parse_identity(s: str) -> bytes:
    """The X25519 secret scalar of an ``AGE-SECRET-KEY-1…`` identity string."""
    return _parse_key(s, IDENTITY_HRP, "identity")
