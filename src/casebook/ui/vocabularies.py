"""The vocabularies of the open vault: the shipped terms, then the person's own.

    unlock   ──► store thread: load_vocabularies(service) ──► VocabularyBook.set ──► changed
    add_term ──► store thread: add_term + load_vocabularies ──► VocabularyBook.set ──► changed

Every drop-down of a vocabulary field, and every table cell showing one, reads the book, so a
term the person adds appears everywhere at once, labelled in the interface language. A
`Vocabularies` snapshot is immutable. The book belongs to the session's `Env` and goes with it
at lock: the person's own terms are vault data.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from casebook.domain import vocab
from casebook.domain.dates import format_fuzzy
from casebook.domain.labels import DATES, VocabLabel
from casebook.service import CaseService

__all__ = ["Vocabularies", "VocabularyBook", "load_vocabularies"]


@dataclass(frozen=True)
class Vocabularies:
    """Every vocabulary by name: its terms, shipped ones first."""

    terms: Mapping[str, tuple[vocab.Term, ...]]
    _index: dict[tuple[str, str], vocab.Term] = field(
        init=False, repr=False, compare=False, default_factory=dict
    )

    def __post_init__(self) -> None:
        for name, terms in self.terms.items():
            for term in terms:
                self._index.setdefault((name, term.code), term)

    @classmethod
    def shipped(cls) -> Vocabularies:
        """Only the terms that ship with casebook (before the vault's own are read)."""
        return cls(dict(vocab.shipped()))

    def choices(self, name: str, language: str) -> list[tuple[str, str]]:
        """(code, label in `language`) of every term of a vocabulary, in order."""
        return [(t.code, t.label(language)) for t in self.terms.get(name, ())]

    def label(self, name: str, code: str | None, language: str) -> str:
        """The label of a code in `language`; the code itself when no term has it. A stored
        date (the name `DATES`) reads in `language` too."""
        if not code:
            return ""
        if name == DATES:
            return format_fuzzy(code, language, numeric=True)
        term = self._index.get((name, code))
        return term.label(language) if term is not None else code

    def labeller(self, language: str) -> VocabLabel:
        """`label` in one language, as `casebook.domain.labels.record_label` asks for it."""
        return lambda name, code: self.label(name, code, language)

    def has(self, name: str, code: str) -> bool:
        """True when a term of the vocabulary has this code."""
        return (name, code) in self._index

    @staticmethod
    def is_shipped(name: str, code: str) -> bool:
        """True for a term that ships with casebook, False for one the person added."""
        return code in vocab.codes(name)


def load_vocabularies(service: CaseService) -> Vocabularies:
    """Store-thread job: every vocabulary, shipped terms and the vault's own."""
    return Vocabularies({name: tuple(service.records.vocabulary(name)) for name in vocab.shipped()})


class VocabularyBook(QObject):
    """The session's current vocabularies; `changed` when the person's own terms change."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._current = Vocabularies.shipped()

    @property
    def current(self) -> Vocabularies:
        """The latest snapshot."""
        return self._current

    def set(self, vocabularies: Vocabularies) -> None:
        """A fresh snapshot from the store thread."""
        if vocabularies.terms == self._current.terms:
            return
        self._current = vocabularies
        self.changed.emit()
