"""A passphrase strength estimate for the meter on the Create screen. Qt-free.

It is deliberately simple and conservative, and it measures the whole passphrase, word by word:

    split on spaces and punctuation into words (a passphrase may also be one run of letters)
    a word from the top of the common-password list     ~3 bits: guessed first
    a word of casebook's passphrase lists               log2(list size) bits (11 to 13)
    any other word                                      its length and character classes, with
                                                        repeats and sequences counted for little
    the separators                                      ~1 bit each (a space, or something else)

So "Пароль" alone rates 0, but "Пароль" followed by four random words rates what those words
add (an earlier version gave anything starting with a common word 0 bits). A whole passphrase
that is itself a common password still rates 0.

    score   0 very weak   1 weak   2 fair   3 strong   4 very strong
    Creating a vault needs at least "fair" (about 45 bits) and 8 characters.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from casebook.ui.unlock.wordlist import known_words

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
_COMMON_WORD_BITS = 3.0  # one of a handful of first guesses
_WORDS = re.compile(r"[^\W_]+", re.UNICODE)


@dataclass(frozen=True)
class Strength:
    """An estimate: bits of guessing entropy and a 0–4 score."""

    bits: float
    score: int

    @property
    def acceptable(self) -> bool:
        """Strong enough to protect a vault."""
        return self.score >= MIN_SCORE


def _cyrillic(c: str) -> bool:
    return "а" <= c.lower() <= "я" or c.lower() == "ё"


def _pool(text: str) -> int:
    pool = 0
    if any("a" <= c <= "z" for c in text):
        pool += 26
    if any("A" <= c <= "Z" for c in text):
        pool += 26
    if any(c.isdigit() for c in text):
        pool += 10
    if any(_cyrillic(c) for c in text):
        pool += 33 if text.lower() == text or text.upper() == text else 66
    if any(not c.isalnum() and c.isascii() for c in text):
        pool += 33
    if any(not c.isascii() and not _cyrillic(c) for c in text):
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


def _word_bits(word: str) -> float:
    folded = word.casefold()
    if folded in _COMMON:
        return _COMMON_WORD_BITS
    letters = _effective_length(word) * math.log2(_pool(word))
    if folded in known_words():
        return min(letters, math.log2(7776))  # a dictionary word: one pick from a list
    # A common password followed by digits or letters ("password2024") is its prefix's bits
    # plus what the rest adds.
    for common in _COMMON:
        if len(common) >= 6 and folded.startswith(common):
            rest = word[len(common) :]
            return _COMMON_WORD_BITS + _effective_length(rest) * math.log2(_pool(rest))
    return letters


def estimate(passphrase: str) -> Strength:
    """How hard `passphrase` is to guess, measured over all of it."""
    if not passphrase:
        return Strength(0.0, 0)
    if passphrase.strip().casefold() in _COMMON:
        return Strength(0.0, 0)
    words = _WORDS.findall(passphrase)
    separators = max(len(words) - 1, 0)
    bits = sum(_word_bits(w) for w in words) + separators * 1.0
    if not words:  # only punctuation
        bits = _effective_length(passphrase) * math.log2(_pool(passphrase))
    if len(passphrase) < MIN_LENGTH:
        bits = min(bits, _THRESHOLDS[1] - 1)  # never "fair" below the minimum length
    score = sum(bits >= t for t in _THRESHOLDS)
    return Strength(bits, score)
