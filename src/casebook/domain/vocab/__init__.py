"""Shipped vocabularies (English and Russian) and their lookup.

Users extend a vocabulary with their own terms; the shipped ones are data, not code, in
`vocabularies.json`: {"version": 1, "vocabularies": {name: [{"code", "en", "ru"}]}}; a term
may carry a note in each language ("en_note", "ru_note") that says more than its label can.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources

__all__ = ["Term", "codes", "label", "note", "resolve", "resolve_in", "shipped"]


@dataclass(frozen=True)
class Term:
    """One vocabulary entry: a stable code and its labels."""

    code: str
    en: str
    ru: str
    en_note: str = ""
    ru_note: str = ""

    def label(self, language: str) -> str:
        """The label in `language` ("ru" or anything else for English)."""
        return self.ru if language == "ru" else self.en

    def note(self, language: str) -> str:
        """What the term needs said beyond its label, in `language` ("" for most terms)."""
        return self.ru_note if language == "ru" else self.en_note


@cache
def shipped() -> dict[str, tuple[Term, ...]]:
    """All shipped vocabularies by name."""
    raw = resources.files(__package__).joinpath("vocabularies.json").read_text("utf-8")
    doc = json.loads(raw)
    return {
        name: tuple(
            Term(t["code"], t["en"], t["ru"], t.get("en_note", ""), t.get("ru_note", ""))
            for t in terms
        )
        for name, terms in doc["vocabularies"].items()
    }


def codes(vocab: str) -> set[str]:
    """The codes of a shipped vocabulary."""
    return {t.code for t in shipped().get(vocab, ())}


def label(vocab: str, code: str, language: str) -> str:
    """The label of `code`, or the code itself when it is not a shipped term."""
    for t in shipped().get(vocab, ()):
        if t.code == code:
            return t.label(language)
    return code


def note(vocab: str, code: str, language: str) -> str:
    """The note of a shipped term in `language` ("" when it has none)."""
    for t in shipped().get(vocab, ()):
        if t.code == code:
            return t.note(language)
    return ""


def resolve(vocab: str, text: str) -> str | None:
    """The code for `text` in a shipped vocabulary, matched against codes and both labels."""
    return resolve_in(shipped().get(vocab, ()), text)


def resolve_in(terms: Iterable[Term], text: str) -> str | None:
    """The code for `text` among `terms`, matched against codes and labels in both languages."""
    needle = text.strip().casefold()
    for t in terms:
        if needle in (t.code.casefold(), t.en.casefold(), t.ru.casefold()):
            return t.code
    return None
