"""Global search results: snippets across all cases, the matches marked ⟦ ⟧ by the store."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject, Qt

from casebook.domain.records import SearchHit
from casebook.ui.labels import field_label, kind_label
from casebook.ui.models.base import RowTableModel

__all__ = ["MARK_CLOSE", "MARK_OPEN", "SearchColumn", "SearchModel"]

MARK_OPEN, MARK_CLOSE = "\u27e6", "\u27e7"


class SearchColumn(IntEnum):
    """Columns of the search results."""

    SNIPPET = 0
    WHERE = 1
    CASE = 2


class SearchModel(RowTableModel[SearchHit]):
    """Hits of the last search, newest first."""

    columns = SearchColumn

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def display(self, row: SearchHit, column: IntEnum) -> str:
        """The snippet (marks kept, the delegate bolds them), where it is, and the case."""
        if column == SearchColumn.SNIPPET:
            return " ".join(row.snippet.split())
        if column == SearchColumn.WHERE:
            return f"{kind_label(row.kind)} · {field_label(row.field)}"
        return row.case_title

    def header(self, column: IntEnum) -> str:
        """Translated column titles."""
        return {
            SearchColumn.SNIPPET: self.tr("Found"),
            SearchColumn.WHERE: self.tr("In"),
            SearchColumn.CASE: self.tr("Case"),
        }[SearchColumn(column)]

    def other_role(self, row: SearchHit, column: IntEnum, role: int) -> Any:
        """Screen readers hear the snippet without the marks."""
        if role == Qt.ItemDataRole.AccessibleTextRole and column == SearchColumn.SNIPPET:
            return row.snippet.replace(MARK_OPEN, "").replace(MARK_CLOSE, "")
        return None
