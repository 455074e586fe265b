"""The Interviews tab's list: who was interviewed, when and where."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from PySide6.QtCore import QObject

from casebook.domain.labels import labels_by_id, record_label
from casebook.domain.records import Record
from casebook.service import CaseService
from casebook.ui.models.base import RowTableModel, with_masks
from casebook.ui.translation import format_time

__all__ = ["InterviewColumn", "InterviewRow", "InterviewsModel", "load_interviews"]


@dataclass(frozen=True)
class InterviewRow:
    """An interview as the list shows it."""

    id: bytes
    started_ms: int
    interviewee: str
    place: str
    record: Record


def load_interviews(service: CaseService, case_id: bytes) -> tuple[InterviewRow, ...]:
    """Store-thread job: the interviews of a case, oldest first."""
    persons = service.reading.children(case_id, "person")
    people = with_masks(persons, labels_by_id(persons))
    return tuple(
        InterviewRow(
            rec.id,
            rec.created_ms,
            record_label(rec, names=people),
            str(rec.get("place", "")),
            rec,
        )
        for rec in service.reading.children(case_id, "interview")
    )


class InterviewColumn(IntEnum):
    """Columns of the interview list."""

    STARTED = 0
    INTERVIEWEE = 1


class InterviewsModel(RowTableModel[InterviewRow]):
    """Interviews of one case."""

    columns = InterviewColumn
    column_fields = {InterviewColumn.INTERVIEWEE: "interviewee"}

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def display(self, row: InterviewRow, column: IntEnum) -> str:
        """When it started, and with whom."""
        if column == InterviewColumn.STARTED:
            return format_time(row.started_ms)
        return row.interviewee or self.tr("(no interviewee yet)")

    def header(self, column: IntEnum) -> str:
        """Translated column titles."""
        return {
            InterviewColumn.STARTED: self.tr("Started"),
            InterviewColumn.INTERVIEWEE: self.tr("Interviewee"),
        }[InterviewColumn(column)]
