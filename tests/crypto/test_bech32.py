"""Bech32 against BIP-173's vectors, age-keygen's keys, and a round-trip property."""

from __future__ import annotations

import contextlib
import shutil
import subprocess

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casebook.base.errors import CasebookError, InputRejected
from casebook.crypto import age, bech32

# BIP-173 "valid" strings. Each one carries whole bytes, so our byte-oriented decode takes them.
BIP173_VALID = [
    "A12UEL5L",
    "a12uel5l",
    "an83characterlonghumanreadablepartthatcontainsthenumber1andtheexcludedcharactersbio1tt5tgs",
    "abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw",
    "11" + "q" * 82 + "c8247j",
    "split1checkupstagehandshakeupstreamerranterredcaperred2y9e3w",
    "?1ezyfcl",
]

# BIP-173 "invalid" strings, less the one refused only for its length: age lifts that limit.
BIP173_INVALID = [
    "\x201nwldj5",  # hrp character out of range
    "\x7f1axkwrx",
    "\x801eym55h",
    "pzry9x0s0muk",  # no separator
    "1pzry9x0s0muk",  # empty hrp
    "x1b4n0q5v",  # invalid data character
    "li1dgmt3",  # checksum too short
    "de1lg7wt\xff",  # invalid character in checksum
    "A1G7SGD8",  # checksum computed with an upper-case hrp
    "10a06t8",  # empty hrp
    "1qzzfhee",  # empty hrp
    "a12UEL5L",  # mixed case
]

CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _checksum(hrp: str, values: list[int]) -> list[int]:
    """An independent BIP-173 checksum, to build strings our encoder would never produce."""
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp] + values + [0] * 6:
        top = chk >> 25
        chk = ((chk & 0x1FFFFFF) << 5) ^ v
        for i in range(5):
            if (top >> i) & 1:
                chk ^= gen[i]
    chk ^= 1
    return [(chk >> 5 * (5 - i)) & 31 for i in range(6)]


def _raw(hrp: str, values: list[int]) -> str:
    return hrp + "1" + "".join(CHARSET[v] for v in values + _checksum(hrp, values))


@pytest.mark.parametrize("s", BIP173_VALID)
def test_bip173_valid(s: str) -> None:
    hrp, data = bech32.decode(s)
    assert hrp == s[: s.rfind("1")].lower()
    assert bech32.encode(hrp, data) == s.lower()


@pytest.mark.parametrize("s", BIP173_INVALID)
def test_bip173_invalid(s: str) -> None:
    with pytest.raises(InputRejected):
        bech32.decode(s)


def test_no_length_limit() -> None:
    long = bech32.encode("age-secret-key-pq-", bytes(range(256)) * 8)
    assert len(long) > 90
    assert bech32.decode(long) == ("age-secret-key-pq-", bytes(range(256)) * 8)


def test_bad_checksum() -> None:
    s = bech32.format_recipient(bytes(32))
    broken = s[:-1] + ("q" if s[-1] != "q" else "p")
    with pytest.raises(InputRejected, match="checksum"):
        bech32.decode(broken)


def test_non_zero_padding_refused() -> None:
    # 32 bytes take 52 groups of 5 bits: the last group carries 4 bits of zero padding.
    values = [0] * 52
    assert bech32.decode(_raw("age", values)) == ("age", bytes(32))
    values[-1] = 1
    with pytest.raises(InputRejected, match="padding"):
        bech32.decode(_raw("age", values))


def test_excess_padding_refused() -> None:
    # 9 groups are 45 bits: 5 bytes and 5 spare bits, a whole group too many.
    with pytest.raises(InputRejected, match="padding"):
        bech32.decode(_raw("age", [0] * 9))


def test_identity_and_recipient_round_trip() -> None:
    secret = age.generate_identity()
    s = bech32.format_identity(secret)
    assert s.startswith("AGE-SECRET-KEY-1")
    assert s == s.upper()
    assert bech32.parse_identity(s) == secret
    assert bech32.parse_identity(s.lower()) == secret
    r = bech32.format_recipient(age.public_key(secret))
    assert r.startswith("age1")
    assert bech32.parse_recipient(r) == age.public_key(secret)


def test_wrong_kind_of_key_refused() -> None:
    secret = age.generate_identity()
    with pytest.raises(InputRejected):
        bech32.parse_recipient(bech32.format_identity(secret))
    with pytest.raises(InputRejected):
        bech32.parse_identity(bech32.format_recipient(age.public_key(secret)))
    with pytest.raises(InputRejected):  # a post-quantum hybrid identity is not X25519
        bech32.parse_identity(
            "AGE-SECRET-KEY-PQ-1HZLGZUPT4ETPKDEV8HSGFDCYZ4E522W0A7PU2LHT8EH9W6YLNC3SW78XKG"
        )
    with pytest.raises(InputRejected):  # 31 bytes
        bech32.parse_recipient(bech32.encode("age", bytes(31)))


def test_matches_age_keygen() -> None:
    keygen = shutil.which("age-keygen")
    assert keygen, "age-keygen must be on PATH (Debian package 'age')"
    for _ in range(3):
        text = subprocess.run([keygen], check=True, capture_output=True, text=True).stdout
        line = next(x for x in text.splitlines() if x.startswith("AGE-SECRET-KEY-1"))
        public = next(x for x in text.splitlines() if x.startswith("# public key: "))
        secret = bech32.parse_identity(line)
        assert bech32.format_identity(secret) == line
        assert bech32.format_recipient(age.public_key(secret)) == public.removeprefix(
            "# public key: "
        )


@given(
    hrp=st.text(alphabet=st.characters(min_codepoint=33, max_codepoint=126), min_size=1).map(
        str.lower
    ),
    data=st.binary(max_size=200),
)
def test_round_trip(hrp: str, data: bytes) -> None:
    assert bech32.decode(bech32.encode(hrp, data)) == (hrp, data)


@given(st.text(max_size=120))
def test_decode_raises_only_casebook_errors(s: str) -> None:
    with contextlib.suppress(CasebookError):
        bech32.decode(s)
