"""The Events tab's table: what happened, when (fuzzy dates), where, and who took part."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject, Qt

from casebook.domain.dates import format_fuzzy
from casebook.domain.labels import join_links, labels_by_id
from casebook.domain.records import Record
from casebook.service import CaseService
from casebook.ui.models.base import RowTableModel, with_masks

__all__ = ["EventColumn", "EventRow", "EventsModel", "load_events"]


@dataclass(frozen=True)
class EventRow:
    """An event as the table shows it."""

    id: bytes
    type: str
    date: str
    place: str
    summary: str
    participants: tuple[tuple[bytes, bytes, str], ...]  # (link id, person id, person name)
    record: Record


def load_events(service: CaseService, case_id: bytes) -> tuple[EventRow, ...]:
    """Store-thread job: the events of a case, by date, with their participants."""
    persons = service.reading.children(case_id, "person")
    people = with_masks(persons, labels_by_id(persons))
    joined = join_links(service.reading.children(case_id, "link"), people)  # only persons take part
    rows = []
    for rec in service.reading.children(case_id, "event"):
        participants = tuple((j.link_id, j.other_id, j.label) for j in joined.get(rec.id, ()))
        rows.append(
            EventRow(
                rec.id,
                str(rec.get("type", "")),
                str(rec.get("date", "")),
                str(rec.get("place", "")),
                str(rec.get("summary", "")),
                participants,
                rec,
            )
        )
    return tuple(rows)


class EventColumn(IntEnum):
    """Columns of the Events table."""

    DATE = 0
    TYPE = 1
    PLACE = 2
    PEOPLE = 3


class EventsModel(RowTableModel[EventRow]):
    """Events of one case."""

    columns = EventColumn
    column_fields = {EventColumn.DATE: "date", EventColumn.TYPE: "type", EventColumn.PLACE: "place"}

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language

    def display(self, row: EventRow, column: IntEnum) -> str:
        """Date as remembered, type label, place, participants."""
        if column == EventColumn.DATE:
            return format_fuzzy(row.date, self._language, numeric=True) if row.date else ""
        if column == EventColumn.TYPE:
            return self.vocab_label("event_type", row.type, self._language)
        if column == EventColumn.PLACE:
            return row.place
        return ", ".join(name for _, _, name in row.participants)

    def header(self, column: IntEnum) -> str:
        """Translated column titles."""
        return {
            EventColumn.DATE: self.tr("When"),
            EventColumn.TYPE: self.tr("What happened"),
            EventColumn.PLACE: self.tr("Where"),
            EventColumn.PEOPLE: self.tr("Who took part"),
        }[EventColumn(column)]

    def other_role(self, row: EventRow, column: IntEnum, role: int) -> Any:
        """Spoken hint for approximate dates and conflicts."""
        if role != Qt.ItemDataRole.AccessibleDescriptionRole:
            return None
        if row.record.conflicts:
            return self.tr("Has conflicting edits")
        if column == EventColumn.DATE and row.date.startswith("~"):
            return self.tr("Approximate date")
        return None
