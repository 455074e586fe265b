"""casebook.crypto.recovery: 128-bit codes a person can print and type back."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casebook.crypto.recovery import format_code, looks_like_code, new_code, parse_code

CODE_RE = re.compile(r"[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){6}")


def test_new_code_is_grouped_and_fresh() -> None:
    codes = {new_code() for _ in range(200)}
    assert len(codes) == 200
    for code in codes:
        assert CODE_RE.fullmatch(code), code
        assert parse_code(code) == code


@given(st.binary(min_size=16, max_size=16))
@settings(max_examples=200, deadline=None)
def test_format_parse_round_trip(secret: bytes) -> None:
    code = format_code(secret)
    assert CODE_RE.fullmatch(code)
    assert parse_code(code) == code
    assert parse_code(code.lower()) == code
    assert parse_code(code.replace("-", " ")) == code
    assert parse_code(" ".join(code.replace("-", "")).lower()) == code
    # Crockford decoding: O is read as 0, I and L as 1.
    assert parse_code(code.replace("0", "O").replace("1", "I")) == code
    assert parse_code(code.replace("1", "l")) == code


def test_distinct_secrets_give_distinct_codes() -> None:
    assert format_code(bytes(16)) != format_code(bytes(15) + b"\x01")
    assert format_code(b"\xff" * 16) != format_code(b"\xff" * 15 + b"\xfe")


@pytest.mark.parametrize("secret", [bytes(16), bytes(range(16)), b"\xa5" * 16])
def test_single_character_typos_are_nearly_always_caught(secret: bytes) -> None:
    code = format_code(secret).replace("-", "")
    alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
    accepted = 0
    for pos in range(len(code)):
        for ch in alphabet:
            if ch != code[pos] and parse_code(code[:pos] + ch + code[pos + 1 :]) is not None:
                accepted += 1
    # 868 possible typos; the 8-bit check and 4 padding bits let through about 1 in 256.
    assert accepted <= 17


@pytest.mark.parametrize(
    "text",
    [
        "",
        "correct horse battery staple",
        "ABCD-EFGH",
        "U" * 28,  # U is not in Crockford's alphabet
        "0" * 27,
        "0" * 29,
        "ЖЖЖЖ-ЖЖЖЖ-ЖЖЖЖ-ЖЖЖЖ-ЖЖЖЖ-ЖЖЖЖ-ЖЖЖЖ",
    ],
)
def test_non_codes_are_not_codes(text: str) -> None:
    assert parse_code(text) is None
    assert not looks_like_code(text)


def test_check_byte_is_enforced() -> None:
    code = format_code(bytes(range(16)))
    assert looks_like_code(code)
    # Changing the last character changes only check and padding bits: refused.
    last = code[-1]
    other = "0" if last != "0" else "1"
    assert parse_code(code[:-1] + other) is None


def test_format_refuses_a_wrong_length() -> None:
    with pytest.raises(ValueError, match="16 bytes"):
        format_code(bytes(15))
