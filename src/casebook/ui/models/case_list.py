"""The case list: 100k cases stay fast because they page in with `canFetchMore`/`fetchMore`.

    view scrolls near the end ─► fetchMore() ─► fetch_page(cursor, on_page)   (store thread)
    on_page(rows) ─► beginInsertRows … endInsertRows                          (UI thread)

`fetchMore` never waits: it asks for the next page (keyset paging on the core's cursor) and
returns. While a page is on its way `canFetchMore` is False, so a view asks only once.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import QApplication, QStyle

from casebook.domain.records import CaseRow
from casebook.ui.models.base import ID_ROLE, Index, RowTableModel
from casebook.ui.translation import format_date

__all__ = ["PAGE_SIZE", "CaseColumn", "CaseListModel", "PageFetcher", "TitleFilterProxy"]

PAGE_SIZE = 200
Cursor = tuple[int, bytes]
PageFetcher = Callable[[Cursor | None, int, Callable[[Any], None]], None]


class CaseColumn(IntEnum):
    """Columns of the case list."""

    TITLE = 0
    STATUS = 1
    UPDATED = 2


class CaseListModel(RowTableModel[CaseRow]):
    """Cases, most recently changed first, loaded a page at a time."""

    columns = CaseColumn
    page_failed = Signal(object)  # the exception, for the window's error line
    page_loaded = Signal()

    def __init__(
        self,
        fetch_page: PageFetcher,
        language: str,
        parent: QObject | None = None,
        *,
        page_size: int = PAGE_SIZE,
    ) -> None:
        super().__init__(parent)
        self._fetch_page = fetch_page
        self._page_size = page_size
        self._language = language
        self._loading = False
        self._exhausted = False
        self._generation = 0
        self._warning: Any = None
        self.folded_titles: list[str] = []  # casefolded, for the quick filter

    # -- paging ---------------------------------------------------------------------------

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        """True while more pages may exist and none is on its way."""
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        """Ask for the next page; rows arrive later through `_on_page`."""
        if not self.canFetchMore(parent):
            return
        self._loading = True
        cursor = self._rows[-1].cursor if self._rows else None
        generation = self._generation
        self._fetch_page(cursor, self._page_size, lambda result: self._on_page(generation, result))

    def _on_page(self, generation: int, result: Any) -> None:
        if generation != self._generation:
            return  # a page for a list that was reloaded since
        if isinstance(result, BaseException):
            self._loading = False
            self._exhausted = True
            self.page_failed.emit(result)
            return
        rows: list[CaseRow] = list(result)
        if len(rows) < self._page_size:
            self._exhausted = True
        if rows:
            # Still "loading" while rows go in: a view or tester that asks for more from inside
            # the insert signals would otherwise ask again with the old cursor.
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows = self._rows + tuple(rows)
            self.folded_titles.extend(r.title.casefold() for r in rows)
            self.endInsertRows()
        self._loading = False
        self.page_loaded.emit()

    def reload(self) -> None:
        """Forget every row and load the first page again."""
        self.beginResetModel()
        self._generation += 1
        self._rows = ()
        self.folded_titles = []
        self._loading = False
        self._exhausted = False
        self.endResetModel()
        self.fetchMore()

    @property
    def loading(self) -> bool:
        """True while a page is on its way."""
        return self._loading

    @property
    def exhausted(self) -> bool:
        """True once the last page has arrived."""
        return self._exhausted

    def stop(self) -> None:
        """Drop every row and ask for nothing more (on lock)."""
        self.beginResetModel()
        self._generation += 1
        self._rows = ()
        self.folded_titles = []
        self._exhausted = True
        self._loading = False
        self.endResetModel()

    # -- updates from the case view -------------------------------------------------------

    def update_case(self, case_id: bytes, **changes: Any) -> None:
        """Show a new title or status at once, without reloading the list."""
        i = self.find(case_id)
        if i < 0:
            return
        old = self._rows[i]
        new = CaseRow(
            old.id,
            str(changes.get("title", old.title) or ""),  # None: erased
            changes.get("status", old.status),
            old.updated_ms,
            old.conflicted,
            old.cursor,
        )
        self._rows = self._rows[:i] + (new,) + self._rows[i + 1 :]
        self.folded_titles[i] = new.title.casefold()
        self.dataChanged.emit(self.index(i, 0), self.index(i, len(self.columns) - 1))

    # -- cells ----------------------------------------------------------------------------

    def display(self, row: CaseRow, column: IntEnum) -> str:
        """Title, status label, or when it last changed."""
        if column == CaseColumn.TITLE:
            return row.title
        if column == CaseColumn.STATUS:
            return self.vocab_label("case_status", row.status, self._language)
        return format_date(row.updated_ms)

    def masked(self, row: CaseRow, column: IntEnum) -> str:
        """A title that is not shown (erased, hidden or withheld: the case says which)."""
        return "unknown" if column == CaseColumn.TITLE and not row.title else ""

    def header(self, column: IntEnum) -> str:
        """Translated column titles."""
        return {
            CaseColumn.TITLE: self.tr("Case"),
            CaseColumn.STATUS: self.tr("Status"),
            CaseColumn.UPDATED: self.tr("Changed"),
        }[CaseColumn(column)]

    def other_role(self, row: CaseRow, column: IntEnum, role: int) -> Any:
        """A warning icon and a spoken hint on cases with conflicting edits."""
        if column != CaseColumn.TITLE or not row.conflicted:
            return None
        if role == Qt.ItemDataRole.DecorationRole:
            if self._warning is None:
                if not isinstance(QApplication.instance(), QApplication):
                    return None  # no widgets, no icons (a model used without a GUI)
                style = QApplication.style()
                self._warning = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            return self._warning
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return self.tr("This case has conflicting edits")
        return None

    def case_id_at(self, row: int) -> bytes | None:
        """The id of the case on a row."""
        value = self.data(self.index(row, 0), ID_ROLE)
        return bytes(value) if value else None


class TitleFilterProxy(QSortFilterProxyModel):
    """The quick filter: loaded cases whose title contains the typed text, any case.

    Qt's own string filter would call the Python `data()` of every loaded row (100k rows:
    over half a second on the UI thread). This one reads the model's casefolded titles.
    """

    def __init__(self, source: CaseListModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._needle = ""
        self.setSourceModel(source)

    def set_text(self, text: str) -> None:
        """Show only titles containing `text` ('' shows all)."""
        needle = text.strip().casefold()
        if needle == self._needle:
            return
        self.beginFilterChange()
        self._needle = needle
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        """Does the title on this row contain the text?"""
        needle = self._needle
        if not needle:
            return True
        titles = self._source.folded_titles
        return 0 <= source_row < len(titles) and needle in titles[source_row]
