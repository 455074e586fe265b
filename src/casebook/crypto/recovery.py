"""Recovery codes: 128 random bits, printed once, typed back by a person.

    code  = Crockford-base32( secret[16] || BLAKE2b-8(secret)[0:1] ) → 28 characters (136 bits
            plus 4 zero bits), shown as 7 groups of 4: ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345

Crockford's alphabet has no I, L, O or U; decoding maps I and L to 1 and O to 0, ignores case,
spaces and hyphens. The check byte catches nearly every typo before a slow KDF is run.

People type codes on real keyboards: a code typed with the layout left in Russian (ЙЦУКЕН:
"ЫЙ" for "SQ") or with Cyrillic letters that look like the printed ones ("С", "К", "О") is
read as meant (`keyboard_readings`). `diagnose` says what is wrong with a code that does not
check out: a character codes do not use, a group of the wrong length, the wrong length, or a
check that fails, placed in its group when the likely typos (characters people confuse, two
neighbours swapped) that would fix the check all lie in one group.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from nacl.encoding import RawEncoder
from nacl.hash import blake2b

__all__ = [
    "CodeTypo",
    "diagnose",
    "format_code",
    "keyboard_readings",
    "looks_like_code",
    "new_code",
    "parse_code",
    "parse_codes",
]

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


def parse_codes(text: str) -> list[str]:
    """Every valid code `text` reads as (as typed, on the Russian layout, as look-alikes):
    nearly always one; none when it is not a code."""
    found = [code for r in keyboard_readings(text) if (code := _parse_one(r)) is not None]
    return list(dict.fromkeys(found))


def parse_code(text: str) -> str | None:
    """The canonical form of a typed code (read as typed, or as meant on a Russian keyboard),
    or None when it is not a valid code."""
    codes = parse_codes(text)
    return codes[0] if codes else None


def _parse_one(text: str) -> str | None:
    cleaned = "".join(ch for ch in text.upper() if ch not in _SEPARATORS)
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


# -- typed by a person ----------------------------------------------------------------------

# The Latin letter on the same key of the Russian ЙЦУКЕН layout: a code typed with the keyboard
# left in Russian arrives as "ЫЙ.." for "SQ..".
_RU_KEYS = dict(
    zip(
        "ЙЦУКЕНГШЩЗФЫВАПРОЛДЯЧСМИТЬ",
        "QWERTYUIOPASDFGHJKLZXCVBNM",
        strict=True,
    )
)
# Cyrillic letters that look like a character of the code, typed on purpose from the paper.
_LOOK_ALIKE = {
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "0", "Р": "P", "С": "C",
    "Т": "T", "Х": "X", "У": "Y", "З": "3", "Б": "6", "Ч": "4", "Ё": "E",
}  # fmt: skip
_SEPARATORS = " -\t\r\n–—_."
_GROUPS, _GROUP = 7, 4
# Characters a person misreads or mistypes for one another (handwriting and QWERTY neighbours):
# a check that passes with one of these swapped points at the group with the typo.
_CONFUSED = {
    frozenset(p)
    for p in (
        "0D", "0Q", "1I", "17", "1T", "2Z", "5S", "6G", "8B", "UV", "VY", "MN", "EF", "CG",
        "PR", "KX", "9G", "4A", "3E", "HN", "WV", "QO", "BV", "RT", "TY", "GH", "JK", "NM",
        "XZ", "CV", "DF", "SA", "ER", "WE", "QW", "AZ", "YU", "HJ",
    )
}  # fmt: skip


def _cyrillic(ch: str) -> bool:
    return "\u0400" <= ch <= "\u04ff"


def keyboard_readings(text: str) -> list[str]:
    """`text` as typed, and as meant when it holds Cyrillic: every key read on the Russian
    layout, and each look-alike letter read as the code's character it looks like."""
    upper = text.upper()
    if not any(_cyrillic(ch) for ch in upper):
        return [upper]
    keys = "".join(_RU_KEYS.get(ch, ch) for ch in upper)
    looks = "".join(_LOOK_ALIKE.get(ch, _RU_KEYS.get(ch, ch)) for ch in upper)
    return list(dict.fromkeys([keys, looks]))


@dataclass(frozen=True)
class CodeTypo:
    """What is wrong with a typed recovery code, found before any slow key derivation.

    kind: "character" (`char` is not in codes), "group" (group `group` has `found` characters
    instead of 4), "length" (`found` characters instead of 28), "check" (the check character
    does not match: a typo in group `group`, or somewhere when `group` is 0).
    """

    kind: str
    group: int = 0
    found: int = 0
    char: str = ""


def _groups(text: str) -> list[str]:
    out, current = [], ""
    for ch in text:
        if ch in _SEPARATORS:
            if current:
                out.append(current)
            current = ""
        else:
            current += ch
    if current:
        out.append(current)
    return out


def _shaped_like_a_code(groups: list[str]) -> bool:
    """Seven-ish groups of about four characters (or 27–29 characters in one run)."""
    total = sum(len(g) for g in groups)
    if len(groups) == 1:
        return 27 <= total <= 29 and all(ch.isascii() and ch.isalnum() for ch in groups[0])
    return (
        6 <= len(groups) <= 8
        and 24 <= total <= 32
        and all(1 <= len(g) <= 6 for g in groups)
        and sum(len(g) == _GROUP for g in groups) >= len(groups) - 2
    )


def _valid(chars: str) -> bool:
    value = 0
    for ch in chars:
        value = (value << 5) | _DECODE[ch]
    if value & 0xF:
        return False
    raw = (value >> 4).to_bytes(_SECRET + 1, "big")
    return _check(raw[:_SECRET]) == raw[_SECRET:]


def _typo_group(chars: str) -> int:
    """The group where one changed character (or two swapped ones) makes the check pass, when
    the likely changes all point at one group; 0 when they do not."""
    likely: set[int] = set()
    any_group: set[int] = set()
    for i in range(len(chars)):
        for alt in _ALPHABET:
            if alt == chars[i] or _DECODE[chars[i]] == _DECODE[alt]:
                continue
            if _valid(chars[:i] + alt + chars[i + 1 :]):
                any_group.add(i // _GROUP + 1)
                if frozenset((chars[i], alt)) in _CONFUSED:
                    likely.add(i // _GROUP + 1)
        if i + 1 < len(chars) and chars[i] != chars[i + 1]:
            swapped = chars[:i] + chars[i + 1] + chars[i] + chars[i + 2 :]
            if _valid(swapped) and i // _GROUP == (i + 1) // _GROUP:
                likely.add(i // _GROUP + 1)
    if len(likely) == 1:
        return likely.pop()
    if not likely and len(any_group) == 1:
        return any_group.pop()
    return 0


def diagnose(text: str) -> CodeTypo | None:
    """What is wrong with `text` as a recovery code; None when it is a valid code (in any
    keyboard reading) or does not look like one at all (then it is a passphrase)."""
    if parse_code(text) is not None:
        return None
    readings = keyboard_readings(text)
    # The reading with the fewest characters that are not in codes is the one meant.
    reading = min(readings, key=lambda r: sum(ch not in _DECODE for ch in _groups_text(r)))
    groups = _groups(reading)
    if not _shaped_like_a_code(groups):
        return None
    positions = [(g, ch) for g, group in enumerate(groups, 1) for ch in group]
    if len(groups) == 1:
        positions = [(i // _GROUP + 1, ch) for i, ch in enumerate(groups[0])]
    for g, ch in positions:
        if ch not in _DECODE:
            original = _original_char(text, reading, ch)
            return CodeTypo("character", g, char=original)
    total = len(positions)
    if len(groups) > 1 and total != _CHARS:
        for g, group in enumerate(groups, 1):
            if len(group) != _GROUP:
                return CodeTypo("group", g, found=len(group))
    if total != _CHARS:
        return CodeTypo("length", found=total)
    chars = "".join(ch for _, ch in positions)
    return CodeTypo("check", _typo_group(chars))


def _groups_text(reading: str) -> str:
    return "".join(ch for ch in reading if ch not in _SEPARATORS)


def _original_char(text: str, reading: str, ch: str) -> str:
    """The character as the person typed it (the readings keep positions)."""
    i = reading.find(ch)
    return text[i] if 0 <= i < len(text) else ch
