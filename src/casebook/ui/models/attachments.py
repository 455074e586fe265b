"""The Attachments tab's table: file name, type, size, digest and when it came in."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from PySide6.QtCore import QObject

from casebook.service import CaseService
from casebook.ui.models.base import RowTableModel
from casebook.ui.translation import format_size, format_time

__all__ = ["AttachmentColumn", "AttachmentRow", "AttachmentsModel", "load_attachments"]


@dataclass(frozen=True)
class AttachmentRow:
    """An attachment's metadata; its bytes stay in the vault."""

    id: bytes
    name: str
    media_type: str
    size: int
    sha256: str
    added_ms: int
    why: str = ""  # why the name is not shown: erased, hidden, withheld


def load_attachments(service: CaseService, case_id: bytes) -> tuple[AttachmentRow, ...]:
    """Store-thread job: the attachments of a case."""
    return tuple(
        AttachmentRow(
            r.id,
            str(r.get("name", "")),
            str(r.get("media_type", "")),
            int(r.get("size", 0)),
            str(r.get("sha256", "")),
            r.created_ms,
            "" if r.get("name") else str(r.masked.get("name", "")),
        )
        for r in service.reading.children(case_id, "attachment")
    )


class AttachmentColumn(IntEnum):
    """Columns of the Attachments table."""

    NAME = 0
    TYPE = 1
    SIZE = 2
    ADDED = 3
    SHA256 = 4


class AttachmentsModel(RowTableModel[AttachmentRow]):
    """Attachments of one case."""

    columns = AttachmentColumn

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def display(self, row: AttachmentRow, column: IntEnum) -> str:
        """Name, media type, size, when added, SHA-256 taken at intake."""
        if column == AttachmentColumn.NAME:
            return row.name
        if column == AttachmentColumn.TYPE:
            return row.media_type
        if column == AttachmentColumn.SIZE:
            return format_size(row.size)
        if column == AttachmentColumn.ADDED:
            return format_time(row.added_ms)
        return row.sha256

    def masked(self, row: AttachmentRow, column: IntEnum) -> str:
        """An erased file name says so."""
        return row.why if column == AttachmentColumn.NAME else ""

    def header(self, column: IntEnum) -> str:
        """Translated column titles."""
        return {
            AttachmentColumn.NAME: self.tr("File"),
            AttachmentColumn.TYPE: self.tr("Type"),
            AttachmentColumn.SIZE: self.tr("Size"),
            AttachmentColumn.ADDED: self.tr("Added"),
            AttachmentColumn.SHA256: self.tr("SHA-256 at intake"),
        }[AttachmentColumn(column)]
