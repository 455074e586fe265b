"""Canonical JSON: the one byte encoding of an op, so that its hash is its identity.

    value   = object | array | string | integer | true | false | null      (no floats)
    object  keys are strings, sorted by code point, no duplicates
    output  UTF-8, no insignificant white space, only the escapes json.dumps makes
    integer -2**63 .. 2**63-1

`decode` is strict: it refuses floats, duplicate keys, lone surrogates, too deep or too large
input, and any bytes that `encode` would not have produced (the re-encoding must be equal).
`parse` is the same without the canonical form (white space and key order are free): for JSON
that people type or that other programs write.

Every integer's digits are counted before Python converts them (`MAX_INT_DIGITS`): past that,
and past the 64-bit range, `NumberTooLarge`. Python's own limit (4,300 digits) would raise a
plain ValueError, and a longer run costs quadratic time to convert.
"""

from __future__ import annotations

import json
from typing import Any

from casebook.base.errors import InputRejected, NumberTooLarge

__all__ = [
    "MAX_DEPTH",
    "MAX_INT_DIGITS",
    "MAX_SIZE",
    "decode",
    "encode",
    "parse",
    "parse_committed",
]

MAX_SIZE = 4 * 1024 * 1024
MAX_DEPTH = 16
MAX_INT_DIGITS = 20  # 2**64 has 20 digits: every valid integer fits, with a digit to spare
_INT_MIN, _INT_MAX = -(2**63), 2**63 - 1


def _check(value: Any, depth: int) -> None:
    if depth > MAX_DEPTH:
        raise InputRejected("value nested too deeply")
    if value is None or isinstance(value, bool | str):
        return
    if isinstance(value, int):
        if not _INT_MIN <= value <= _INT_MAX:
            raise NumberTooLarge("integer out of range")
        return
    if isinstance(value, list):
        for item in value:
            _check(item, depth + 1)
        return
    if isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str):
                raise InputRejected("object keys must be strings")
            _check(item, depth + 1)
        return
    raise InputRejected(f"type {type(value).__name__} cannot be encoded")


# Built once: json.dumps and json.loads with options build a new coder on every call.
_ENCODER = json.JSONEncoder(
    sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
)


def encode(value: Any) -> bytes:
    """The canonical bytes of `value`."""
    _check(value, 0)
    try:
        return _ENCODER.encode(value).encode("utf-8")
    except (UnicodeEncodeError, ValueError) as e:
        raise InputRejected("value cannot be encoded") from e


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise InputRejected("duplicate key")
        out[key] = value
    return out


def _no_float(text: str) -> Any:
    raise InputRejected("floats are not allowed")


def _bounded_int(text: str) -> int:
    # The scanner hands over the digits (and a sign) unconverted: count them first.
    if len(text) - text.startswith("-") > MAX_INT_DIGITS:
        raise NumberTooLarge(f"an integer of more than {MAX_INT_DIGITS} digits")
    return int(text)


def _loads(text: str, what: str) -> Any:
    if len(text) > MAX_SIZE:
        raise InputRejected("encoded value too large")
    try:
        return json.loads(
            text,
            object_pairs_hook=_no_duplicates,
            parse_int=_bounded_int,
            parse_float=_no_float,
            parse_constant=_no_float,
        )
    except (ValueError, RecursionError) as e:  # JSONDecodeError, or any limit of Python's
        raise InputRejected(what) from e


def parse(text: str) -> Any:
    """Parse JSON text in any layout, with decode's bounds on size, depth and numbers, no floats
    and no duplicate keys; anything else raises `InputRejected` (`NumberTooLarge`)."""
    value = _loads(text, "not JSON")
    _check(value, 0)
    return value


def _ranged_int(text: str) -> int:
    value = _bounded_int(text)
    if not _INT_MIN <= value <= _INT_MAX:
        raise NumberTooLarge("integer out of range")
    return value


_STRICT = json.JSONDecoder(parse_int=_ranged_int, parse_float=_no_float, parse_constant=_no_float)
_STRICT_OBJECTS = json.JSONDecoder(
    object_pairs_hook=_no_duplicates,
    parse_int=_ranged_int,
    parse_float=_no_float,
    parse_constant=_no_float,
)


def _strict(data: bytes) -> Any:
    """Parse UTF-8 JSON with numbers bounded, no floats and no duplicate keys, within
    MAX_DEPTH. Bytes without an object need no check of keys (most values: a string)."""
    if len(data) > MAX_SIZE:
        raise InputRejected("encoded value too large")
    decoder = _STRICT_OBJECTS if b"{" in data else _STRICT
    try:
        value = decoder.decode(data.decode("utf-8"))
    except (ValueError, RecursionError) as e:  # also UnicodeDecodeError, JSONDecodeError
        raise InputRejected("not canonical JSON") from e
    if data.count(b"[") + data.count(b"{") > MAX_DEPTH:  # depth never exceeds their count
        _check(value, 0)
    return value


def decode(data: bytes) -> Any:
    """Parse canonical bytes; anything non-canonical raises `InputRejected`.

    The bytes must equal the canonical encoding of what they parse to, which also refuses
    duplicate keys (the second one wins in the parse, and the encoding is then shorter).
    Integers are bounded as they are parsed; depth is checked the slow way only when the
    bytes hold more brackets than MAX_DEPTH, since depth can never exceed their count."""
    value = _strict(data)
    try:
        again = _ENCODER.encode(value).encode("utf-8")
    except (UnicodeEncodeError, ValueError) as e:
        raise InputRejected("value cannot be encoded") from e
    if again != data:
        raise InputRejected("not in canonical form")
    return value


def parse_committed(data: bytes) -> Any:
    """Parse bytes that a hash or commitment over them will check (a disclosure's value on an
    import's hot path): `decode`'s bounds and its refusal of duplicate keys, without
    re-encoding. Bytes not in canonical form cannot open a commitment made over canonical
    bytes, so the check that matters is the caller's; until it is made, the value must not
    be used."""
    return _strict(data)
