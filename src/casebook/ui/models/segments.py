"""An interview's note segments: each timestamped, each linkable to people and events."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt

from casebook.domain.labels import join_links, labels_by_id, term_labels
from casebook.domain.mentions import MENTION, render_mentions
from casebook.service import CaseService
from casebook.ui.models.base import RowTableModel, with_masks
from casebook.ui.translation import format_clock, format_time

__all__ = ["SegmentColumn", "SegmentRow", "SegmentsModel", "load_segments"]


@dataclass(frozen=True)
class SegmentRow:
    """One note segment and the names of what it is linked to."""

    id: bytes
    written_ms: int
    text: str
    links: tuple[tuple[bytes, bytes, str], ...]  # (link id, record id, label)
    why: str = ""  # why the text is not shown: erased, hidden, withheld
    shown: str = ""  # the text with its mentions named, when it has any


def load_segments(
    service: CaseService, case_id: bytes, interview_id: bytes, language: str
) -> tuple[SegmentRow, ...]:
    """Store-thread job: the segments of an interview with their links' labels."""
    vocab_label = term_labels(language, service.records.vocabulary)
    persons = service.reading.children(case_id, "person")
    persons_and_events = [*persons, *service.reading.children(case_id, "event")]
    # A mention reads as the person is named here: the name, or a colleague's pseudonym.
    names = labels_by_id(persons, vocab_label, language)
    # A segment shows only what a person links it to: persons and events.
    joined = join_links(
        service.reading.children(case_id, "link"),
        with_masks(persons_and_events, labels_by_id(persons_and_events, vocab_label)),
    )
    return tuple(
        SegmentRow(
            seg.id,
            seg.created_ms,
            str(seg.get("text", "")),
            tuple((j.link_id, j.other_id, j.label) for j in joined.get(seg.id, ())),
            "" if seg.get("text") else str(seg.masked.get("text", "")),
            _named(str(seg.get("text", "")), names),
        )
        for seg in service.reading.segments(interview_id)
    )


def _named(text: str, names: dict[bytes, str]) -> str:
    """The text with each mention as "@Name" ("" when it has none)."""
    if not MENTION.search(text):
        return ""
    return render_mentions(text, lambda p: "@" + names[p] if names.get(p) else None, "@?")


class SegmentColumn(IntEnum):
    """Columns of the segment list."""

    TIME = 0
    TEXT = 1
    LINKS = 2


class SegmentsModel(RowTableModel[SegmentRow]):
    """Segments of one interview, in the order they were written."""

    columns = SegmentColumn

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def display(self, row: SegmentRow, column: IntEnum) -> str:
        """Time of day, the note, and what it is linked to."""
        if column == SegmentColumn.TIME:
            return format_clock(row.written_ms)
        if column == SegmentColumn.TEXT:
            return row.shown or row.text
        return ", ".join(label for _, _, label in row.links)

    def header(self, column: IntEnum) -> str:
        """Translated column titles."""
        return {
            SegmentColumn.TIME: self.tr("Time"),
            SegmentColumn.TEXT: self.tr("Note"),
            SegmentColumn.LINKS: self.tr("Linked to"),
        }[SegmentColumn(column)]

    def masked(self, row: SegmentRow, column: IntEnum) -> str:
        """An erased note says so."""
        return row.why if column == SegmentColumn.TEXT else ""

    def other_role(self, row: SegmentRow, column: IntEnum, role: int) -> Any:
        """The full date for screen readers; notes align to the top of their cell."""
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and column == SegmentColumn.TIME:
            return format_time(row.written_ms, seconds=True)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        return None

    def append(self, row: SegmentRow) -> None:
        """Add a segment just written, without reloading."""
        n = len(self._rows)
        self.beginInsertRows(QModelIndex(), n, n)
        self._rows = (*self._rows, row)
        self.endInsertRows()
