"""A passphrase strength estimate for the meter on the Create screen. Qt-free.

It is deliberately simple and conservative: an estimate of guessing entropy from length and
character classes, with repeats, sequences and a short list of the most common choices counted
against it. Long passphrases of several words score well, which is what the hint recommends.

    score   0 very weak   1 weak   2 fair   3 strong   4 very strong
    Creating a vault needs at least "fair" (about 45 bits) and 8 characters.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

__all__ = ["MIN_LENGTH", "MIN_SCORE", "Strength", "estimate"]

MIN_LENGTH = 8
MIN_SCORE = 2
_THRESHOLDS = (30.0, 45.0, 60.0, 80.0)  # bits for scores 1, 2, 3, 4
_COMMON = frozenset(
    {
        "password",
        "passw0rd",
        "123456",
        "12345678",
        "123456789",
        "qwerty",
        "qwertyuiop",
        "йцукен",
        "пароль",
        "letmein",
        "iloveyou",
        "admin",
        "welcome",
        "11111111",
        "00000000",
    }
)


@dataclass(frozen=True)
class Strength:
    """An estimate: bits of guessing entropy and a 0–4 score."""

    bits: float
    score: int

    @property
    def acceptable(self) -> bool:
        """Strong enough to protect a vault."""
        return self.score >= MIN_SCORE


def _pool(text: str) -> int:
    pool = 0
    if any("a" <= c <= "z" for c in text):
        pool += 26
    if any("A" <= c <= "Z" for c in text):
        pool += 26
    if any(c.isdigit() for c in text):
        pool += 10
    if any("а" <= c.lower() <= "я" or c.lower() == "ё" for c in text):
        pool += 33 if text.lower() == text or text.upper() == text else 66
    if any(not c.isalnum() and c.isascii() for c in text):
        pool += 33
    if any(not c.isascii() and not ("а" <= c.lower() <= "я" or c.lower() == "ё") for c in text):
        pool += 100
    return max(pool, 1)


def _effective_length(text: str) -> float:
    """Length with repeated and sequential characters counted for little."""
    length = 0.0
    prev = ""
    for c in text:
        if c == prev or (prev and abs(ord(c) - ord(prev)) == 1):
            length += 0.25
        else:
            length += 1.0
        prev = c
    return length


def estimate(passphrase: str) -> Strength:
    """How hard `passphrase` is to guess."""
    if not passphrase:
        return Strength(0.0, 0)
    folded = passphrase.casefold()
    if folded in _COMMON or any(folded.startswith(c) for c in _COMMON if len(c) >= 6):
        return Strength(0.0, 0)
    bits = _effective_length(passphrase) * math.log2(_pool(passphrase))
    if len(passphrase) < MIN_LENGTH:
        bits = min(bits, _THRESHOLDS[1] - 1)  # never "fair" below the minimum length
    score = sum(bits >= t for t in _THRESHOLDS)
    return Strength(bits, score)
