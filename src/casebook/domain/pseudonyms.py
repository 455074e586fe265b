"""Pseudonyms for people whose identity does not travel: a role and a letter, per audience.

    "Свидетель Б" / "Witness B"       role label + letter n (n = 1 here), in each language

Stable and independent (PROTECTION §2): the same person gets the same letter in every bundle to
the same audience, and letters in two audiences cannot be joined. The vault has a secret that
never leaves it (a sub-key of its identity key, `casebook/v1/pseudonyms`); an audience is keyed
by the secret and its recipients' identity keys,

    audience = HMAC-SHA256(secret, "casebook/v1/audience\\0" || sorted recipient keys)
    wanted   = HMAC-SHA256(secret, "casebook/v1/pseudonym\\0" || audience || person id) mod 26

and a person takes the first letter from `wanted` on that no one else of the same case holds in
that audience. The vault remembers the letter it gave (`store.pseudonyms`), so adding people to a
case never renames the ones already sent. Letters run А…Ю, and in English their
transliteration (26 each, so that "Свидетель Б" is "Witness B" and "Свидетель Ж" "Witness
Zh"); past 26 people of a case they get a number: "А2".
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterable

__all__ = [
    "LETTERS",
    "LetterPool",
    "audience_key",
    "choose_letter",
    "letter",
    "pseudonym_text",
    "wanted_letter",
]

# The Russian letters without Ё, Й, Щ, Ъ, Ы, Ь, Я, and each one's Latin transliteration, so
# that "Свидетель Ж" is "Witness Zh" in the other language.
LETTERS = {
    "ru": tuple("АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЭЮ"),
    "en": (
        "A",
        "B",
        "V",
        "G",
        "D",
        "E",
        "Zh",
        "Z",
        "I",
        "K",
        "L",
        "M",
        "N",
        "O",
        "P",
        "R",
        "S",
        "T",
        "U",
        "F",
        "Kh",
        "Ts",
        "Ch",
        "Sh",
        "Eh",
        "Yu",
    ),
}
_N = 26
_NOBODY = {"en": "Person", "ru": "Лицо"}  # a person without a role


def audience_key(secret: bytes, recipients: Iterable[bytes]) -> bytes:
    """The key of an audience: its recipients' identity keys under the vault's secret."""
    msg = b"casebook/v1/audience\x00" + b"".join(sorted(recipients))
    return hmac.new(secret, msg, hashlib.sha256).digest()


def wanted_letter(secret: bytes, audience: bytes, person: bytes) -> int:
    """The letter a person would take in this audience, were it free (0 … 25)."""
    msg = b"casebook/v1/pseudonym\x00" + audience + person
    digest = hmac.new(secret, msg, hashlib.sha256).digest()
    return int.from_bytes(digest[:8], "big") % _N


def choose_letter(wanted: int, taken: set[int]) -> int:
    """The first letter from `wanted` on (wrapping within each round of 26) not in `taken`."""
    return LetterPool(taken).take(wanted, keep=False)


class LetterPool:
    """The letters taken in one case of one audience. `take` gives what `choose_letter` gives,
    without walking the rounds already full again (a case of thousands of persons)."""

    def __init__(self, taken: Iterable[int] = ()) -> None:
        self.taken = set(taken)
        self._round = 0  # every round below is full

    def take(self, wanted: int, *, keep: bool = True) -> int:
        """The first free letter from `wanted` on, in the first round with one free."""
        while True:
            base = self._round * _N
            for step in range(_N):
                n = base + (wanted + step) % _N
                if n not in self.taken:
                    if keep:
                        self.taken.add(n)
                    return n
            self._round += 1


def letter(n: int, language: str) -> str:
    """Letter number `n` in `language` ("ru" or English): А, Б, …, then А2, Б2, …"""
    letters = LETTERS["ru" if language == "ru" else "en"]
    rounds, i = divmod(n, _N)
    return letters[i] + (str(rounds + 1) if rounds else "")


def pseudonym_text(role_label: str, n: int, language: str) -> str:
    """ "Свидетель Б": a role's label (or "Лицо"/"Person" for none) and letter `n`."""
    lang = "ru" if language == "ru" else "en"
    return f"{role_label or _NOBODY[lang]} {letter(n, lang)}"
