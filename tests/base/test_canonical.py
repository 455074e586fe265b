"""casebook.base.canonical: one byte encoding per value, and a strict decoder."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casebook.base import canonical
from casebook.base.errors import InputRejected, NumberTooLarge

# JSON values without floats, with keys and text across the Unicode range (no lone surrogates).
TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=20)
VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**63), 2**63 - 1) | TEXT,
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(TEXT, inner, max_size=5),
    max_leaves=25,
)


@pytest.mark.slow
@given(VALUES)
@settings(max_examples=200, deadline=None)
def test_round_trip(value: Any) -> None:
    data = canonical.encode(value)
    assert canonical.decode(data) == value
    assert canonical.encode(canonical.decode(data)) == data


def test_the_encoding_is_fixed() -> None:
    value = {"b": [1, True, None], "a": 'Задержание "x"\n', "é": -5}
    assert (
        canonical.encode(value) == '{"a":"Задержание \\"x\\"\\n","b":[1,true,null],"é":-5}'.encode()
    )
    # Key order of the input never matters.
    assert canonical.encode(dict(reversed(list(value.items())))) == canonical.encode(value)


@pytest.mark.parametrize(
    "value",
    [
        1.0,
        {"a": 0.5},
        [float("nan")],
        float("inf"),
        2**63,
        -(2**63) - 1,
        {1: "int key"},
        (1, 2),
        b"bytes",
        {"a": {1, 2}},
        "\ud800",
        {"\udfff": 1},
    ],
)
def test_encode_refuses(value: Any) -> None:
    with pytest.raises(InputRejected):
        canonical.encode(value)


def test_encode_refuses_deep_nesting() -> None:
    value: Any = 1
    for _ in range(canonical.MAX_DEPTH + 1):
        value = [value]
    with pytest.raises(InputRejected):
        canonical.encode(value)


@pytest.mark.parametrize(
    "data",
    [
        b'{"a":1.0}',
        b'{"a":1e2}',
        b'{"a":-0}',
        b"[NaN]",
        b"[Infinity]",
        b'{"a":1,"a":2}',
        b'{"a":1,"a":1}',  # a duplicate key, even with the same value
        b'{"b":1,"a":2}',  # keys not sorted
        b'{"a": 1}',  # insignificant white space
        b'{"a":1} ',
        b"\xef\xbb\xbf{}",  # BOM
        b'"\\u00e9"',  # an escape json.dumps would not make
        b'"\\/"',
        b'"\\ud800"',  # lone surrogate
        b'"\xff"',  # not UTF-8
        b"01",
        b"9223372036854775808",
        b"",
        b"{",
        b"[" * 10_000 + b"]" * 10_000,
        b"[" * 18 + b"]" * 18,
    ],
)
def test_decode_refuses_non_canonical_bytes(data: bytes) -> None:
    with pytest.raises(InputRejected):
        canonical.decode(data)


def test_decode_refuses_oversized_input() -> None:
    with pytest.raises(InputRejected):
        canonical.decode(b'"' + b"a" * canonical.MAX_SIZE + b'"')


@given(VALUES, st.data())
@settings(max_examples=100, deadline=None)
def test_mutated_bytes_decode_to_their_own_encoding_or_fail(
    value: Any, data: st.DataObject
) -> None:
    raw = bytearray(canonical.encode(value))
    pos = data.draw(st.integers(0, len(raw) - 1))
    raw[pos] ^= data.draw(st.integers(1, 255))
    try:
        decoded = canonical.decode(bytes(raw))
    except InputRejected:
        return
    # Whatever is accepted is canonical: its encoding is exactly the input.
    assert canonical.encode(decoded) == bytes(raw)


# -- numbers: their digits are counted before Python converts them (issue 15) -----------------


@pytest.mark.parametrize("digits", [21, 4300, 4301, 5000, 100_000])
@pytest.mark.parametrize("sign", ["", "-"])
def test_a_long_integer_is_refused_before_it_is_converted(digits: int, sign: str) -> None:
    number = sign + "9" * digits
    for data in (number, f'{{"a":{number}}}', f"[1,{number}]"):
        with pytest.raises(NumberTooLarge):
            canonical.decode(data.encode())
        with pytest.raises(NumberTooLarge):
            canonical.parse(data)


@pytest.mark.parametrize("text", ["9223372036854775808", "-9223372036854775809", "9" * 20])
def test_an_integer_past_64_bits_is_too_large(text: str) -> None:
    with pytest.raises(NumberTooLarge):
        canonical.decode(text.encode())
    with pytest.raises(NumberTooLarge):
        canonical.parse(text)
    with pytest.raises(NumberTooLarge):
        canonical.encode(int(text))


def test_the_64_bit_range_is_whole() -> None:
    for value in (2**63 - 1, -(2**63), 0, -1):
        assert canonical.decode(str(value).encode()) == value
        assert canonical.parse(f" [ {value} ] ") == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [(' { "b" : [1, 2],\n "a": null } ', {"a": None, "b": [1, 2]}), ('"x"', "x"), ("-0", 0)],
)
def test_parse_takes_any_layout(text: str, value: Any) -> None:
    assert canonical.parse(text) == value


@pytest.mark.parametrize(
    "text", ["1.5", "1e400", "NaN", '{"a":1,"a":2}', "[" * 40 + "]" * 40, "[1,", "", "nul"]
)
def test_parse_refuses_what_decode_refuses(text: str) -> None:
    with pytest.raises(InputRejected):
        canonical.parse(text)
