"""The Attachments tab's table: file name, its kind in words, size and when it came in. The
SHA-256 taken at intake is in the details under the table and in the custody panel, where a
lawyer quotes it; here it would take the width the names need."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject, Qt

from casebook.service import CaseService
from casebook.ui.file_kinds import file_kind
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


class AttachmentsModel(RowTableModel[AttachmentRow]):
    """Attachments of one case."""

    columns = AttachmentColumn

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def display(self, row: AttachmentRow, column: IntEnum) -> str:
        """Name, kind, size, when added."""
        if column == AttachmentColumn.NAME:
            return row.name
        if column == AttachmentColumn.TYPE:
            return file_kind(row.media_type, row.name)
        if column == AttachmentColumn.SIZE:
            return format_size(row.size)
        return format_time(row.added_ms)

    def other_role(self, row: AttachmentRow, column: IntEnum, role: int) -> Any:
        """The whole name, and the media type as intake found it, on hover."""
        if role != Qt.ItemDataRole.ToolTipRole:
            return None
        if column == AttachmentColumn.NAME:
            return row.name
        if column == AttachmentColumn.TYPE:
            return row.media_type
        return None

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
        }[AttachmentColumn(column)]
