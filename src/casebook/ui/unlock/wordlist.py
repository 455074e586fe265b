"""Random passphrases of common words, in the person's language. Qt-free.

    suggest("ru") → "балкон тощий ржавый вход бандит кастрюля"   (6 words × 11 bits = 66 bits)
    suggest("en") → "unsavory repressed dreamily mutt chasing"   (5 words × 12.9 bits = 65 bits)

Words are drawn with `secrets` (the OS's CSPRNG) from a shipped list, so the strength is
exactly known: log2(len(list)) bits per word, whatever an attacker knows of the list. The
lists and where they come from (EFF's large list, CC BY 3.0 US; the Russian BIP-39 list, MIT):
`words/*.txt`'s headers and docs/ui.md.
"""

from __future__ import annotations

import math
import secrets
from functools import cache
from importlib import resources

__all__ = ["SUGGESTED_BITS", "bits_per_word", "suggest", "words"]

SUGGESTED_BITS = 64.0  # what a suggestion reaches at least: "strong" on the meter


@cache
def words(language: str) -> tuple[str, ...]:
    """The word list of `language` ("en" or "ru"; anything else gets English)."""
    name = "ru.txt" if language == "ru" else "en.txt"
    text = resources.files("casebook.ui.unlock").joinpath("words", name).read_text("utf-8")
    return tuple(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


@cache
def known_words() -> frozenset[str]:
    """Every word of every list, folded: the strength meter counts them as words, not letters."""
    return frozenset(w.casefold() for language in ("en", "ru") for w in words(language))


def bits_per_word(language: str) -> float:
    """The entropy one random word of the list adds."""
    return math.log2(len(words(language)))


def suggest(language: str, bits: float = SUGGESTED_BITS) -> str:
    """Enough random words of `language`'s list for `bits` bits, joined by spaces."""
    pool = words(language)
    count = math.ceil(bits / bits_per_word(language))
    return " ".join(secrets.choice(pool) for _ in range(count))
