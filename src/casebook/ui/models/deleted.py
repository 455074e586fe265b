"""What was deleted, to restore: a case's records and removed deadlines, and deleted cases."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum

from PySide6.QtCore import QObject

from casebook.domain.dates import format_fuzzy
from casebook.domain.labels import term_labels
from casebook.service import CaseService
from casebook.ui.labels import kind_label
from casebook.ui.models.base import RowTableModel
from casebook.ui.translation import format_time

__all__ = ["DeletedColumn", "DeletedModel", "DeletedRow", "load_deleted"]


@dataclass(frozen=True)
class DeletedRow:
    """A deleted record, or a removed deadline (`deadline` set, `id` empty)."""

    id: bytes
    kind: str  # case, person, event, interview, segment, attachment, or "deadline"
    label: str
    within: str
    deleted_ms: int
    case_id: bytes | None
    deadline: dict[str, str] = field(default_factory=dict)


def load_deleted(
    service: CaseService, case_id: bytes | None, language: str
) -> tuple[DeletedRow, ...]:
    """Store-thread job: the open case's deleted records and removed deadlines (if a case is
    open), then every deleted case."""
    rows: list[DeletedRow] = []
    if case_id is not None:
        vocab = term_labels(language, service.records.vocabulary)
        for item in service.trash.deleted(case_id, vocab):
            rows.append(
                DeletedRow(item.id, item.kind, item.label, item.within, item.deleted_ms, case_id)
            )
        for d in service.trash.removed_deadlines(case_id):
            date = format_fuzzy(d["date"], "ru" if language == "ru" else "en", numeric=True)
            label = f"{date} · {d['what']}" if d["what"] else date
            rows.append(DeletedRow(b"", "deadline", label, "", 0, case_id, d))
    for item in service.trash.deleted_cases():
        rows.append(DeletedRow(item.id, "case", item.label, "", item.deleted_ms, item.id))
    return tuple(rows)


class DeletedColumn(IntEnum):
    """Columns of the list of deleted items."""

    WHAT = 0
    NAME = 1
    WHERE = 2
    WHEN = 3


class DeletedModel(RowTableModel[DeletedRow]):
    """Deleted records, removed deadlines and deleted cases."""

    columns = DeletedColumn

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def row_id(self, row: DeletedRow) -> bytes:
        """A record's id; a removed deadline is told by its date and text."""
        if row.id:
            return row.id
        return f"deadline:{row.deadline.get('date')}:{row.deadline.get('what')}".encode()

    def display(self, row: DeletedRow, column: IntEnum) -> str:
        """What it is, its name, where it was, when it was deleted."""
        if column == DeletedColumn.WHAT:
            if row.kind == "deadline":
                return self.tr("Deadline")
            if row.kind == "segment":
                return self.tr("Note")
            if row.kind == "attachment":
                return self.tr("File")
            return kind_label(row.kind)
        if column == DeletedColumn.NAME:
            return row.label or self.tr("(name erased)")
        if column == DeletedColumn.WHERE:
            if row.kind == "case":
                return self.tr("the case list")
            if row.within:
                return self.tr("interview with %1").replace("%1", row.within)
            return self.tr("this case")
        return format_time(row.deleted_ms) if row.deleted_ms else ""

    def header(self, column: IntEnum) -> str:
        """Translated column titles."""
        return {
            DeletedColumn.WHAT: self.tr("What"),
            DeletedColumn.NAME: self.tr("Name"),
            DeletedColumn.WHERE: self.tr("Where it was"),
            DeletedColumn.WHEN: self.tr("Deleted"),
        }[DeletedColumn(column)]
