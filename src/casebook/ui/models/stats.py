"""The Statistics view's tables: counts by label, legal articles, near deadlines.

Rows are the core's `Count` and `Deadline` (`casebook.service.stats`), loaded on the store
thread; labels are read in the interface language.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject, Qt

from casebook.service.stats import Count, Deadline
from casebook.ui.models.base import RowTableModel

__all__ = [
    "ArticleColumn",
    "ArticlesModel",
    "CountColumn",
    "CountsModel",
    "DeadlineColumn",
    "DeadlinesModel",
]

_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class CountColumn(IntEnum):
    """Columns of a table of counts."""

    LABEL = 0
    COUNT = 1


class CountsModel(RowTableModel[Count]):
    """What was counted, and how many."""

    columns = CountColumn

    def __init__(self, language: str, what: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._what = what  # the first column's title, translated by the caller

    def display(self, row: Count, column: IntEnum) -> str:
        """The label (or month) and the count."""
        if column == CountColumn.COUNT:
            return str(row.count)
        return row.label(self._language) or row.month or self.tr("(none)")

    def header(self, column: IntEnum) -> str:
        """Translated column titles."""
        return self._what if column == CountColumn.LABEL else self.tr("Number")

    def row_id(self, row: Count) -> bytes:
        """The code names a row."""
        return (row.code or row.month).encode()

    def other_role(self, row: Count, column: IntEnum, role: int) -> Any:
        """Numbers align right."""
        if role == Qt.ItemDataRole.TextAlignmentRole and column == CountColumn.COUNT:
            return _RIGHT
        return None


class ArticleColumn(IntEnum):
    """Columns of the legal articles table."""

    ARTICLE = 0
    CASES = 1
    EVENTS = 2


class ArticlesModel(RowTableModel[Count]):
    """Legal articles: cases that cite each, events under each."""

    columns = ArticleColumn

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language

    def display(self, row: Count, column: IntEnum) -> str:
        """The article's label, then the two counts."""
        if column == ArticleColumn.CASES:
            return str(row.count)
        if column == ArticleColumn.EVENTS:
            return str(row.extra)
        return row.label(self._language)

    def header(self, column: IntEnum) -> str:
        """Translated column titles."""
        return {
            ArticleColumn.ARTICLE: self.tr("Legal article"),
            ArticleColumn.CASES: self.tr("Cases"),
            ArticleColumn.EVENTS: self.tr("Events"),
        }[ArticleColumn(column)]

    def row_id(self, row: Count) -> bytes:
        """The article's code."""
        return row.code.encode()

    def other_role(self, row: Count, column: IntEnum, role: int) -> Any:
        """Numbers align right."""
        if role == Qt.ItemDataRole.TextAlignmentRole and column != ArticleColumn.ARTICLE:
            return _RIGHT
        return None


class DeadlineColumn(IntEnum):
    """Columns of the deadlines table."""

    DATE = 0
    DAYS = 1
    WHAT = 2
    CASE = 3


class DeadlinesModel(RowTableModel[Deadline]):
    """Deadlines that fall due within the next 30 days, nearest first."""

    columns = DeadlineColumn

    def __init__(self, format_date: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._format_date = format_date

    def display(self, row: Deadline, column: IntEnum) -> str:
        """When, in how many days, what, which case."""
        if column == DeadlineColumn.DATE:
            return str(self._format_date(row.date))
        if column == DeadlineColumn.DAYS:
            if row.days == 0:
                return self.tr("now")
            return self.tr("in %n day(s)", "", row.days)
        if column == DeadlineColumn.WHAT:
            return row.what
        return row.title

    def header(self, column: IntEnum) -> str:
        """Translated column titles."""
        return {
            DeadlineColumn.DATE: self.tr("Date"),
            DeadlineColumn.DAYS: self.tr("Due"),
            DeadlineColumn.WHAT: self.tr("What is due"),
            DeadlineColumn.CASE: self.tr("Case"),
        }[DeadlineColumn(column)]

    def row_id(self, row: Deadline) -> bytes:
        """The case's id."""
        return row.case_id
