"""The History tab's table: who changed what and when, read from the op-log.

An erased value reads "erased" (or "hidden until you confirm the erasure", "not shared with
you") in a dim italic, and the erasure itself is a line of its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor

from casebook.domain.labels import labels_by_id, term_labels
from casebook.domain.model import ENTITIES, FieldType
from casebook.domain.records import ConflictInfo, HistoryEntry
from casebook.service import CaseService
from casebook.ui.labels import field_label, kind_label, value_text
from casebook.ui.models.base import RowTableModel, with_masks
from casebook.ui.peer_book import PeerBook, mark_for
from casebook.ui.translation import format_time

__all__ = ["CaseHistory", "HistoryColumn", "HistoryModel", "HistoryRow", "load_history"]


def _holds_ref(entity: str, field: str) -> bool:
    """True for a field holding another record's id (a link's ends, an interviewee)."""
    spec = ENTITIES.get(entity)
    fspec = spec.fields.get(field) if spec else None
    return fspec is not None and fspec.type is FieldType.REF


@dataclass(frozen=True)
class HistoryRow:
    """One change as a person reads it."""

    op_id: bytes
    time_ms: int
    author: bytes
    author_is_me: bool
    kind: str  # create | set | delete | restore | resolve | attach | redact
    entity: str
    entity_id: bytes
    field: str
    value: Any
    superseded: bool
    conflicted: bool
    far_future: bool
    shown: str = "value"  # erased, hidden, withheld: the value is not here, or not shown

    @property
    def id(self) -> bytes:
        """Rows are keyed by op id."""
        return self.op_id


@dataclass(frozen=True)
class CaseHistory:
    """What the History tab shows: the changes, newest first, and the open conflicts."""

    rows: tuple[HistoryRow, ...]
    conflicts: tuple[ConflictInfo, ...]
    labels: dict[bytes, str]  # record id → a short name (person's name, event type and date)


def _row(e: HistoryEntry, conflicted: set[tuple[bytes, str]]) -> HistoryRow:
    return HistoryRow(
        e.op_id,
        e.time_ms,
        e.author,
        e.author_is_me,
        e.kind,
        e.entity,
        e.entity_id,
        e.field,
        e.value,
        e.superseded,
        (e.entity_id, e.field) in conflicted and not e.superseded,
        e.far_future,
        e.shown,
    )


def load_history(service: CaseService, case_id: bytes, language: str) -> CaseHistory:
    """Store-thread job: a case's changes and conflicts."""
    conflicts = tuple(service.conflicts.list(case_id=case_id))
    marked = {(c.entity_id, c.field) for c in conflicts}
    entries = service.reading.history(case_id, limit=5000)
    # Persons, events, files and note segments are named in the Record column; cases and
    # interviews read as their kind alone.
    named = [
        *service.reading.children(case_id, "person"),
        *service.reading.children(case_id, "event"),
        *service.reading.children(case_id, "attachment"),
    ]
    for interview in service.reading.children(case_id, "interview"):
        named += service.reading.segments(interview.id)
    labels = with_masks(
        named, labels_by_id(named, term_labels(language, service.records.vocabulary))
    )
    rows = tuple(_row(e, marked) for e in reversed(entries))
    return CaseHistory(rows, conflicts, labels)


class HistoryColumn(IntEnum):
    """Columns of the History table."""

    TIME = 0
    AUTHOR = 1
    RECORD = 2
    FIELD = 3
    VALUE = 4
    NOTE = 5


class HistoryModel(RowTableModel[HistoryRow]):
    """A case's op-log, newest first."""

    columns = HistoryColumn

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._labels: dict[bytes, str] = {}
        self._peers: PeerBook | None = None
        self._me = b""

    def use_peers(self, book: PeerBook, me: bytes) -> None:
        """Name authors by the session's peers, with their trust marks; repaint as they change."""
        self._peers, self._me = book, me
        book.changed.connect(self.on_book_changed)

    def set_history(self, history: CaseHistory) -> None:
        """Show a freshly loaded history."""
        self._labels = dict(history.labels)
        self.set_rows(history.rows)

    def display(self, row: HistoryRow, column: IntEnum) -> str:
        """Time, author, record, field, value, and a note on its standing."""
        if column == HistoryColumn.TIME:
            return format_time(row.time_ms, seconds=True)
        if column == HistoryColumn.AUTHOR:
            if row.author_is_me:
                return self.tr("You")
            if self._peers is not None:
                return self._peers.author_label(row.author, self._me)
            return row.author.hex()[:12]
        if column == HistoryColumn.RECORD:
            name = self._labels.get(row.entity_id, "")
            kind = kind_label(row.entity)
            return f"{kind}: {name}" if name else kind
        if column == HistoryColumn.FIELD:
            return self._what(row)
        if column == HistoryColumn.VALUE:
            if row.kind in ("create", "delete", "restore", "redact"):
                return ""
            if row.kind == "attach":
                return str(row.value.get("name", "")) if isinstance(row.value, dict) else ""
            if _holds_ref(row.entity, row.field) and isinstance(row.value, str):
                return self._label_of(row.value)
            return value_text(
                row.entity,
                row.field,
                row.value,
                self._language,
                vocabularies=self.vocabularies,
                colleague=self._colleague,
            )
        return self._note(row)

    def _colleague(self, value: str) -> str:
        if self._peers is None:
            return value
        return self._peers.colleague_name(value, self._me)

    def _label_of(self, hex_id: str) -> str:
        try:
            return self._labels.get(bytes.fromhex(hex_id), "") or hex_id[:12]
        except ValueError:
            return hex_id[:12]

    def _what(self, row: HistoryRow) -> str:
        if row.kind == "create":
            return self.tr("created")
        if row.kind == "attach":
            return self.tr("file added")
        if row.kind == "delete":
            # v1 says it in the value (true/false); v2 has `delete` and `restore` kinds.
            return self.tr("restored") if row.value is False else self.tr("deleted")
        if row.kind == "resolve":
            return self.tr("%1 (conflict resolved)").replace("%1", field_label(row.field))
        if row.kind == "redact":
            if not row.field:
                return self.tr("erased (the whole record)")
            return self.tr("%1 erased").replace("%1", field_label(row.field))
        if row.kind == "restore":
            return self.tr("restored")
        return field_label(row.field)

    def masked(self, row: HistoryRow, column: IntEnum) -> str:
        """A value that is not here says why."""
        if column == HistoryColumn.VALUE and row.shown in ("erased", "hidden", "withheld"):
            return row.shown
        return ""

    def _note(self, row: HistoryRow) -> str:
        notes = []
        if row.conflicted:
            notes.append(self.tr("conflict"))
        elif row.superseded:
            notes.append(self.tr("replaced later"))
        if row.far_future:
            notes.append(self.tr("clock far in the future"))
        return ", ".join(notes)

    def header(self, column: IntEnum) -> str:
        """Translated column titles."""
        return {
            HistoryColumn.TIME: self.tr("When"),
            HistoryColumn.AUTHOR: self.tr("Who"),
            HistoryColumn.RECORD: self.tr("Record"),
            HistoryColumn.FIELD: self.tr("What changed"),
            HistoryColumn.VALUE: self.tr("Value"),
            HistoryColumn.NOTE: self.tr("Note"),
        }[HistoryColumn(column)]

    def other_role(self, row: HistoryRow, column: IntEnum, role: int) -> Any:
        """Conflicting values stand out in colour, superseded ones are grey."""
        peer = None if self._peers is None else self._peers.get(row.author)
        if column == HistoryColumn.AUTHOR and peer is not None:
            if role == Qt.ItemDataRole.ToolTipRole:
                return mark_for(peer.status).explanation
            if role == Qt.ItemDataRole.ForegroundRole and not row.conflicted:
                return mark_for(peer.status).colour
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.conflicted:
                return QColor("#b00020")
            if row.superseded:
                return QColor("#777777")
        return None
