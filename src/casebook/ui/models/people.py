"""The People tab's table: the persons of a case and their roles."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject, Qt

from casebook.domain.records import Record
from casebook.service import CaseService
from casebook.ui.models.base import RowTableModel

__all__ = ["PeopleModel", "PersonColumn", "PersonRow", "load_people"]


@dataclass(frozen=True)
class PersonRow:
    """A person as the table shows them."""

    id: bytes
    name: str
    role: str
    aliases: tuple[str, ...]
    sensitivity: str
    record: Record

    @classmethod
    def from_record(cls, rec: Record) -> PersonRow:
        """Read the fields the table needs."""
        return cls(
            rec.id,
            str(rec.get("name", "")),
            str(rec.get("role", "")),
            tuple(rec.get("aliases", ())),
            str(rec.get("sensitivity", "")),
            rec,
        )


def load_people(service: CaseService, case_id: bytes) -> tuple[PersonRow, ...]:
    """Store-thread job: the persons of a case."""
    return tuple(PersonRow.from_record(r) for r in service.reading.children(case_id, "person"))


class PersonColumn(IntEnum):
    """Columns of the People table."""

    NAME = 0
    ROLE = 1
    ALIASES = 2
    SENSITIVITY = 3


class PeopleModel(RowTableModel[PersonRow]):
    """Persons of one case."""

    columns = PersonColumn
    column_fields = {PersonColumn.NAME: "name", PersonColumn.ROLE: "role"}
    column_fields[PersonColumn.ALIASES] = "aliases"

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language

    def display(self, row: PersonRow, column: IntEnum) -> str:
        """Name, role, aliases or sensitivity label."""
        if column == PersonColumn.NAME:
            return row.name
        if column == PersonColumn.ROLE:
            return self.vocab_label("role", row.role, self._language)
        if column == PersonColumn.ALIASES:
            return ", ".join(row.aliases)
        return self.vocab_label("sensitivity", row.sensitivity, self._language)

    def header(self, column: IntEnum) -> str:
        """Translated column titles."""
        return {
            PersonColumn.NAME: self.tr("Name"),
            PersonColumn.ROLE: self.tr("Role"),
            PersonColumn.ALIASES: self.tr("Also known as"),
            PersonColumn.SENSITIVITY: self.tr("Sensitivity"),
        }[PersonColumn(column)]

    def other_role(self, row: PersonRow, column: IntEnum, role: int) -> Any:
        """Mark persons with conflicting edits."""
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and row.record.conflicts:
            return self.tr("Has conflicting edits")
        return None
