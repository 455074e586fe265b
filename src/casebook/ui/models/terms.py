"""The Vocabularies dialog's table: the terms of one vocabulary, built in or added."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject, Qt

from casebook.ui.models.base import RowTableModel
from casebook.ui.vocabularies import Vocabularies

__all__ = ["TermColumn", "TermRow", "TermsModel", "term_rows"]


@dataclass(frozen=True)
class TermRow:
    """One term as the table shows it."""

    code: str
    en: str
    ru: str
    added: bool  # by the people of this vault, not shipped with casebook


def term_rows(vocabularies: Vocabularies, name: str) -> tuple[TermRow, ...]:
    """The rows of one vocabulary, in its order (shipped terms first)."""
    return tuple(
        TermRow(t.code, t.en, t.ru, not vocabularies.is_shipped(name, t.code))
        for t in vocabularies.terms.get(name, ())
    )


class TermColumn(IntEnum):
    """Columns of the terms table."""

    CODE = 0
    ENGLISH = 1
    RUSSIAN = 2
    ORIGIN = 3


class TermsModel(RowTableModel[TermRow]):
    """Terms of one vocabulary."""

    columns = TermColumn

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def display(self, row: TermRow, column: IntEnum) -> str:
        """Code, both labels, and where the term comes from."""
        if column == TermColumn.CODE:
            return row.code
        if column == TermColumn.ENGLISH:
            return row.en
        if column == TermColumn.RUSSIAN:
            return row.ru
        return self.tr("Added") if row.added else self.tr("Built in")

    def header(self, column: IntEnum) -> str:
        """Translated column titles."""
        return {
            TermColumn.CODE: self.tr("Code"),
            TermColumn.ENGLISH: self.tr("English"),
            TermColumn.RUSSIAN: self.tr("Russian"),
            TermColumn.ORIGIN: self.tr("Origin"),
        }[TermColumn(column)]

    def row_id(self, row: TermRow) -> bytes:
        """Terms have no record id here: the code names them."""
        return row.code.encode()

    def other_role(self, row: TermRow, column: IntEnum, role: int) -> Any:
        """Added terms are spoken as such."""
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and row.added:
            return self.tr("Added in this vault")
        return None
