"""Who reads a report, and so what of each value it shows: the value, a pseudonym, or nothing.

    Audience(purpose, recipients)            echr | un | domestic | asylum | public, and the
                                             colleagues it also goes to (`--to`)
    audience.decide(kind, field, role)       "show" | "pseudonym" | "omit"

The rules until labels and clearances (PROTECTION §2) decide per value:

    identity (a person's name, aliases; an interviewee)   shown only where the consent gate
                                                           allows it for the purpose and every
                                                           recipient (`CONSENT_PURPOSE`, PROTECTION
                                                           §3); else a pseudonym: fail closed
    a person whose role is restricted (a source)           the whole person is left out
    any other restricted value (an interview's place)      omitted
    confidential, for the public                           omitted
    everything else                                        shown

A pseudonym is the person's role and a letter, in both languages ("Свидетель Б", "Witness B"),
given in the order people were added to the case, per role. A person's notes go only with a
shown name: notes about someone whose name is withheld tend to say who they are.

Free text (summaries, notes, file names) is scanned for the withheld names (`Scrubber`): each
capitalised word of a name or alias, in the case forms a Russian ending gives it, is replaced
by the person's pseudonym (or by "withheld" for a person left out). It over-matches rather than
misses; it cannot catch a name misspelt or described.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from casebook.base.errors import InputRejected
from casebook.domain.model import ENTITIES, default_sensitivity
from casebook.domain.records import Record
from casebook.domain.sensitivity import Category, Level, role_floor

__all__ = [
    "CONSENT_PURPOSE",
    "PURPOSES",
    "Audience",
    "Scrubber",
    "Text",
    "pseudonym_letters",
]

PURPOSES = ("echr", "un", "domestic", "asylum", "public")
# The consent gate's purpose for each report purpose (docs/consent.md): a person's name goes
# only where a live consent of that scope (or an override) covers the report's recipients.
CONSENT_PURPOSE = {
    "echr": "international",
    "un": "international",
    "domestic": "court_domestic",
    "asylum": "asylum",
    "public": "publish_named",
}
SHOW, PSEUDONYM, OMIT = "show", "pseudonym", "omit"

# A text as the report holds it: a string, or runs of strings and references to people
# ({"p": "P2"}: their pseudonym; {"w": 1}: someone left out) where a withheld name was.
Text = str | list[str | dict[str, Any]]

_RU_LETTERS = "АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЩЭЮЯ"
_EN_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def pseudonym_letters(n: int) -> tuple[str, str]:
    """The n-th (0-based) letter of a role's pseudonyms in Russian and English: А/A, Б/B, …,
    then А2/A2 once a language's letters run out."""
    ru = _RU_LETTERS[n % len(_RU_LETTERS)]
    en = _EN_LETTERS[n % len(_EN_LETTERS)]
    ru += str(n // len(_RU_LETTERS) + 1) if n >= len(_RU_LETTERS) else ""
    en += str(n // len(_EN_LETTERS) + 1) if n >= len(_EN_LETTERS) else ""
    return ru, en


@dataclass(frozen=True)
class Audience:
    """The purpose of a report and the colleagues it also goes to."""

    purpose: str
    recipients: tuple[bytes, ...] = ()

    def __post_init__(self) -> None:
        if self.purpose not in PURPOSES:
            raise InputRejected(f"purpose must be one of {', '.join(PURPOSES)}")

    def leaves_out(self, person: Record) -> bool:
        """True when the whole person stays out of the report (a restricted role)."""
        return role_floor(str(person.get("role", ""))).level is Level.RESTRICTED

    def decide(self, kind: str, field: str, role: str | None = None) -> str:
        """What the report shows of `field` of a `kind` record: show, pseudonym or omit."""
        if field not in ENTITIES[kind].fields:
            return SHOW  # fixed metadata (an attachment's size, hash, type)
        label = default_sensitivity(kind, field, role)
        if Category.IDENTITY in label.categories:
            return PSEUDONYM
        if label.level is Level.RESTRICTED:
            return OMIT
        if label.level is Level.CONFIDENTIAL and self.purpose == "public":
            return OMIT
        return SHOW

    def to_json(self) -> dict[str, Any]:
        """For report.json: the purpose and the recipients' keys (never their names)."""
        return {
            "purpose": self.purpose,
            "recipients": sorted(r.hex() for r in self.recipients),
            "rules": "casebook/v1/default",
        }


_VOWEL_END = set("аяоеёыиуюьйaeiouy")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# Word edges are letters only: "паспорт_Иванова.pdf" names Иванов between "_" and ".".
_LETTER = r"[^\W\d_]"
_ENDING = _LETTER + "{0,3}"


def _stems(name: str) -> set[str]:
    """The capitalised words of a name (3+ letters) as stems that take a case ending."""
    out = set()
    for word in _WORD.findall(name):
        if len(word) < 3 or not word[0].isupper():
            continue
        low = word.lower()
        # Иванова → Иванов (then -а, -у, -ым…), Мария → Мари (-и, -ю, -ей): cut one vowel.
        if len(low) >= 5 and low[-1] in _VOWEL_END:
            low = low[:-1]
        out.add(low)
    return out


class Scrubber:
    """Replaces withheld names in free text by a reference to the person."""

    def __init__(self, names: Iterable[tuple[dict[str, Any], Sequence[str]]]) -> None:
        """`names`: (the reference to put in place, the names and aliases it stands for)."""
        patterns: list[tuple[str, str, dict[str, Any]]] = []  # (literal, regex, reference)
        for ref, texts in names:
            for text in texts:
                whole = text.strip().lower()
                if len(whole) >= 3:
                    patterns.append((whole, re.escape(whole), ref))
                patterns += [(s, re.escape(s) + _ENDING, ref) for s in _stems(text)]
        # Longest first, so that a whole name wins over one of its words.
        patterns.sort(key=lambda p: (-len(p[0]), p[1]))
        self._refs = [ref for _, _, ref in patterns]
        self._re = (
            re.compile(
                "|".join(
                    rf"(?<!{_LETTER})(?P<g{i}>{p})(?!{_LETTER})"
                    for i, (_, p, _) in enumerate(patterns)
                ),
                re.IGNORECASE,
            )
            if patterns
            else None
        )
        self.hits = 0

    def text(self, value: str) -> Text:
        """`value` as runs with every withheld name replaced, or itself when none is there."""
        if self._re is None or not value:
            return value
        runs: list[str | dict[str, Any]] = []
        pos = 0
        for m in self._re.finditer(value):
            group = m.lastgroup or ""
            ref = self._refs[int(group[1:])]
            gap = value[pos : m.start()]
            if len(runs) and runs[-1] == ref and not gap.strip():
                pos = m.end()  # "Иван Примеров": one person, not two in a row
                self.hits += 1
                continue
            if gap:
                runs.append(gap)
            runs.append(dict(ref))
            pos = m.end()
            self.hits += 1
        if not runs:
            return value
        if pos < len(value):
            runs.append(value[pos:])
        return runs

    def any(self, value: Any, convert: Callable[[str], Any] | None = None) -> Any:
        """`text` for a string, applied to each string of a list; other values unchanged."""
        if isinstance(value, str):
            return self.text(value) if convert is None else convert(value)
        if isinstance(value, list):
            return [self.any(v, convert) for v in value]
        return value
