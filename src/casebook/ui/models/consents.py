"""A person's consent decisions, newest first, with the ones later decisions replaced dimmed."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor

from casebook.domain.consent import Decision, Override, Standing
from casebook.service import CaseService
from casebook.ui.consent.words import audience_text, scopes_text
from casebook.ui.models.base import RowTableModel
from casebook.ui.peer_book import PeerBook

__all__ = ["ConsentColumn", "ConsentRow", "ConsentsModel", "PersonConsent", "load_consent"]

_REPLACED = QColor("#6b6b6b")


@dataclass(frozen=True)
class ConsentRow:
    """One decision, and whether it still decides a scope (live) or was replaced."""

    id: bytes
    decision: Decision
    live: bool


@dataclass(frozen=True)
class PersonConsent:
    """What a person's consent panel shows, read on the store thread."""

    person_id: bytes
    rows: tuple[ConsentRow, ...]
    standing: tuple[Standing, ...]
    overrides: tuple[Override, ...] = ()  # newest first


def load_consent(service: CaseService, person_id: bytes) -> PersonConsent:
    """Store-thread job: a person's decisions and where each scope stands."""
    standing = tuple(service.consent.standing(person_id))
    live = {d.id for s in standing for d in s.decisions}
    rows = tuple(ConsentRow(d.id, d, d.id in live) for d in service.consent.decisions(person_id))
    overrides = tuple(o for o in service.consent.overrides(person_id) if not o.deleted)
    return PersonConsent(person_id, rows, standing, overrides)


class ConsentColumn(IntEnum):
    """Columns of a person's consent table."""

    GIVEN = 0
    DECISION = 1
    USES = 2


class ConsentsModel(RowTableModel[ConsentRow]):
    """A person's decisions."""

    columns = ConsentColumn

    def __init__(self, language: str, peers: PeerBook, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._peers = peers

    def display(self, row: ConsentRow, column: IntEnum) -> str:
        """When, what, for which uses, to whom."""
        d = row.decision
        if column == ConsentColumn.GIVEN:
            return d.given or ""
        if column == ConsentColumn.DECISION:
            text = self.vocab_label("consent_status", d.status, self._language)
            return text if row.live else self.tr("%1 (replaced)").replace("%1", text)
        return scopes_text(sorted(d.scopes), self.vocabularies, self._language)

    def header(self, column: IntEnum) -> str:
        """Translated column titles."""
        return {
            ConsentColumn.GIVEN: self.tr("Given"),
            ConsentColumn.DECISION: self.tr("Decision"),
            ConsentColumn.USES: self.tr("Uses"),
        }[ConsentColumn(column)]

    def other_role(self, row: ConsentRow, column: IntEnum, role: int) -> Any:
        """Replaced decisions are dimmed; the details go in the tooltip."""
        if role == Qt.ItemDataRole.ForegroundRole and not row.live:
            return _REPLACED
        if role == Qt.ItemDataRole.ToolTipRole:
            d = row.decision
            parts = [scopes_text(sorted(d.scopes), self.vocabularies, self._language)]
            if d.status == "granted":
                parts.append(
                    self.tr("who may receive it: %1").replace(
                        "%1", audience_text(d.audience, self._peers)
                    )
                )
            if d.method:
                parts.append(self.vocab_label("consent_method", d.method, self._language))
            if d.expires:
                parts.append(self.tr("valid until %1").replace("%1", d.expires))
            if d.conditions:
                parts.append(self.tr("conditions: %1").replace("%1", d.conditions))
            return "\n".join(parts)
        return None
