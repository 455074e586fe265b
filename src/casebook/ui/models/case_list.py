"""The case list: 100k cases stay fast because they page in with `canFetchMore`/`fetchMore`.

    view scrolls near the end ─► fetchMore() ─► fetch_page(cursor, on_page)   (store thread)
    on_page(rows) ─► beginInsertRows … endInsertRows                          (UI thread)

`fetchMore` never waits: it asks for the next page (keyset paging on the core's cursor) and
returns. While a page is on its way `canFetchMore` is False, so a view asks only once. The
quick filter over the loaded titles (`TitleFilterProxy`) is matched on a pool thread.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any, Final

from PySide6.QtCore import QAbstractProxyModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QStyle

from casebook.domain.records import CaseRow
from casebook.ui.models.base import ID_ROLE, Index, RowTableModel
from casebook.ui.tasks import CancelToken, TaskRunner
from casebook.ui.translation import format_date

__all__ = [
    "PAGE_SIZE",
    "CaseColumn",
    "CaseListModel",
    "PageFetcher",
    "TitleFilterProxy",
    "matching_rows",
]

PAGE_SIZE = 200
_MATCH_STEP = 10_000  # titles matched between looks at cancel
_INLINE_BELOW = 5_000  # fewer loaded titles than this are matched on the UI thread (< 2 ms)
Cursor = tuple[int, bytes]
PageFetcher = Callable[[Cursor | None, int, Callable[[Any], None]], None]


class CaseColumn(IntEnum):
    """Columns of the case list."""

    TITLE = 0
    STATUS = 1
    UPDATED = 2


# A loaded case as a plain tuple, the fields of `CaseRow` in order. Python's cyclic GC stops
# tracking a tuple of strings, bytes and numbers; it never stops tracking an instance. With
# 100k cases loaded, every full collection walked 100k `CaseRow`s: 60–160 ms (under load) with
# the GIL held, on whichever thread allocated last (the store thread, mostly): the UI thread's
# longest stalls while scrolling to the end. Tuples take that walk away; `rows` and `row_at`
# still give `CaseRow`s.
CaseLine = tuple[bytes, str, str, int, bool, tuple[int, bytes]]
_ID: Final = 0
_TITLE: Final = 1
_STATUS: Final = 2
_UPDATED: Final = 3
_CONFLICTED: Final = 4
_CURSOR: Final = 5


def _line(row: CaseRow) -> CaseLine:
    cursor = (int(row.cursor[0]), bytes(row.cursor[1]))
    return (row.id, row.title, row.status, row.updated_ms, bool(row.conflicted), cursor)


class CaseListModel(RowTableModel[CaseLine]):
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
        cursor = self._rows[-1][_CURSOR] if self._rows else None
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
            self._rows = self._rows + tuple(_line(r) for r in rows)
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
        title = str(changes.get("title", old[_TITLE]) or "")  # None: erased
        new = (old[_ID], title, changes.get("status", old[_STATUS]), *old[_UPDATED:])
        self._rows = self._rows[:i] + (new,) + self._rows[i + 1 :]
        self.folded_titles[i] = title.casefold()
        self.dataChanged.emit(self.index(i, 0), self.index(i, len(self.columns) - 1))

    @property
    def rows(self) -> tuple[CaseRow, ...]:  # type: ignore[override]
        """The loaded cases, in order (made on demand: the model keeps plain tuples)."""
        return tuple(CaseRow(*line) for line in self._rows)

    def row_at(self, index: Index) -> CaseRow | None:  # type: ignore[override]
        """The case behind an index, or None."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return CaseRow(*self._rows[index.row()])

    # -- cells ----------------------------------------------------------------------------

    def display(self, row: CaseLine, column: IntEnum) -> str:
        """Title, status label, or when it last changed."""
        if column == CaseColumn.TITLE:
            return row[_TITLE]
        if column == CaseColumn.STATUS:
            return self.vocab_label("case_status", row[_STATUS], self._language)
        return format_date(row[_UPDATED])

    def row_id(self, row: CaseLine) -> bytes:
        """The case id."""
        return row[_ID]

    def masked(self, row: CaseLine, column: IntEnum) -> str:
        """A title that is not shown (erased, hidden or withheld: the case says which)."""
        return "unknown" if column == CaseColumn.TITLE and not row[_TITLE] else ""

    def header(self, column: IntEnum) -> str:
        """Translated column titles."""
        return {
            CaseColumn.TITLE: self.tr("Case"),
            CaseColumn.STATUS: self.tr("Status"),
            CaseColumn.UPDATED: self.tr("Changed"),
        }[CaseColumn(column)]

    def other_role(self, row: CaseLine, column: IntEnum, role: int) -> Any:
        """A warning icon and a spoken hint on cases with conflicting edits."""
        if column != CaseColumn.TITLE or not row[_CONFLICTED]:
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


def matching_rows(
    needle: str, titles: Sequence[str], start: int, stop: int, cancel: Callable[[], bool]
) -> list[int] | None:
    """Rows in [start, stop) whose casefolded title contains `needle`; None if cancelled."""
    out: list[int] = []
    for first in range(start, stop, _MATCH_STEP):
        if cancel():
            return None
        last = min(stop, first + _MATCH_STEP)
        out += [i for i in range(first, last) if needle in titles[i]]
    return out


class TitleFilterProxy(QAbstractProxyModel):
    """The quick filter: loaded cases whose title contains the typed text, any case.

        set_text ─► matching_rows over every loaded title     (a pool thread: 100k titles are
                                                               tens of ms of Python)
        result ─► rows loaded since are matched here (a page or two) ─► one model reset

    A QSortFilterProxyModel calls `filterAcceptsRow` in Python for every loaded row on the UI
    thread (45–65 ms over 100k titles, more on a busy machine). Here the UI thread only swaps
    in the list of matching rows, and maps a few visible rows with a bisect. While a filter is
    on, pages that arrive are matched as they come and their matches appended; a renamed case
    comes or goes at once. Without a `runner` (tests, small lists) matching runs inline.
    `filtered` is emitted once a text's matches are on screen.
    """

    filtered = Signal()

    def __init__(
        self,
        source: CaseListModel,
        parent: QObject | None = None,
        *,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self._source = source
        self._runner = runner
        self._needle = ""
        self._rows: list[int] | None = None  # source rows shown, ascending; None: all of them
        self._job = 0  # the newest matching job; older results are dropped
        self._token: CancelToken | None = None
        self.setSourceModel(source)
        source.modelAboutToBeReset.connect(self.beginResetModel)
        source.modelReset.connect(self._on_source_reset)
        source.rowsAboutToBeInserted.connect(self._on_rows_about_to_be_inserted)
        source.rowsInserted.connect(self._on_rows_inserted)
        source.dataChanged.connect(self._on_data_changed)
        source.headerDataChanged.connect(self.headerDataChanged)
        source.layoutChanged.connect(self._refilter_all)
        source.rowsRemoved.connect(self._refilter_all)

    # -- the filter -----------------------------------------------------------------------

    @property
    def text(self) -> str:
        """The casefolded text being filtered for ('' when none)."""
        return self._needle

    @property
    def busy(self) -> bool:
        """True while a text's matches are being computed."""
        return self._token is not None

    def set_text(self, text: str) -> None:
        """Show only titles containing `text` ('' shows all)."""
        needle = text.strip().casefold()
        if needle == self._needle and not self.busy:
            return
        self._needle = needle
        self._start_matching()

    def _start_matching(self) -> None:
        if self._token is not None:
            self._token.cancel()
            self._token = None
        self._job += 1
        job, needle = self._job, self._needle
        if not needle:
            self._apply(None)
            return
        titles = self._source.folded_titles
        count = len(titles)  # pages that come meanwhile are matched when the result lands
        if self._runner is None or count < _INLINE_BELOW:
            self._apply(matching_rows(needle, titles, 0, count, lambda: False) or [])
            return

        def work(token: CancelToken) -> list[int] | None:
            return matching_rows(needle, titles, 0, count, token.is_cancelled)

        def done(result: object) -> None:
            if job != self._job:
                return  # a newer text (or a reset) took over
            self._token = None
            titles_now = self._source.folded_titles
            if not isinstance(result, list):  # the job failed: match here after all
                result, count_now = [], 0
            else:
                count_now = count
            rest = matching_rows(needle, titles_now, count_now, len(titles_now), _never)
            self._apply(result + (rest or []))

        self._token = self._runner.run_task(work, done, self)

    def _apply(self, rows: list[int] | None) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()
        self.filtered.emit()

    def _refilter_all(self, *_args: object) -> None:
        if self._needle:
            self._start_matching()

    def _matches(self, row: int) -> bool:
        titles = self._source.folded_titles
        return 0 <= row < len(titles) and self._needle in titles[row]

    # -- following the source -------------------------------------------------------------

    def _on_source_reset(self) -> None:
        if self._token is not None:
            self._token.cancel()
            self._token = None
        self._job += 1
        self._rows = [] if self._needle else None  # a reloaded list starts empty
        self.endResetModel()

    def _on_rows_about_to_be_inserted(self, parent: Index, first: int, last: int) -> None:
        if self._rows is None and not parent.isValid():
            self.beginInsertRows(QModelIndex(), first, last)

    def _on_rows_inserted(self, parent: Index, first: int, last: int) -> None:
        if parent.isValid():
            return
        if self._rows is None:
            self.endInsertRows()
            return
        new = [r for r in range(first, last + 1) if self._matches(r)]
        if new:
            at = len(self._rows)
            self.beginInsertRows(QModelIndex(), at, at + len(new) - 1)
            self._rows.extend(new)
            self.endInsertRows()

    def _on_data_changed(self, top: Index, bottom: Index, roles: Sequence[int] = ()) -> None:
        rows = self._rows
        if rows is None:
            self.dataChanged.emit(self.mapFromSource(top), self.mapFromSource(bottom), roles)
            return
        if bottom.row() - top.row() > _INLINE_BELOW // 10:  # everything: new terms, say
            if rows:
                last = self.index(len(rows) - 1, self.columnCount() - 1)
                self.dataChanged.emit(self.index(0, 0), last, roles)
            self._refilter_all()
            return
        for source_row in range(top.row(), bottom.row() + 1):
            at = bisect_left(rows, source_row)
            shown = at < len(rows) and rows[at] == source_row
            wanted = self._matches(source_row)
            if shown and wanted:
                left, right = self.index(at, 0), self.index(at, self.columnCount() - 1)
                self.dataChanged.emit(left, right, roles)
            elif wanted:  # renamed into the filter
                self.beginInsertRows(QModelIndex(), at, at)
                rows.insert(at, source_row)
                self.endInsertRows()
            elif shown:  # renamed out of it
                self.beginRemoveRows(QModelIndex(), at, at)
                del rows[at]
                self.endRemoveRows()

    # -- Qt overrides ---------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        """A flat table's index."""
        if parent.isValid() or not (0 <= row < self.rowCount() and 0 <= column < len(CaseColumn)):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, child: Index | None = None) -> Any:
        """No item has a parent (without an index: the QObject's parent)."""
        if child is None:
            return super().parent()
        return QModelIndex()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Matching rows, or every loaded row without a filter."""
        if parent.isValid():
            return 0
        return self._source.rowCount() if self._rows is None else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """The case list's columns."""
        return 0 if parent.isValid() else self._source.columnCount()

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        """Only the root has rows."""
        return not parent.isValid() and self.rowCount() > 0

    def mapToSource(self, proxy_index: Index) -> QModelIndex:
        """The case list's index behind a shown row."""
        if not proxy_index.isValid():
            return QModelIndex()
        row = proxy_index.row()
        source_row = row if self._rows is None else self._rows[row]
        return self._source.index(source_row, proxy_index.column())

    def mapFromSource(self, source_index: Index) -> QModelIndex:
        """Where a case list row is shown, or an invalid index if it is filtered out."""
        if not source_index.isValid():
            return QModelIndex()
        row = source_index.row()
        if self._rows is not None:
            at = bisect_left(self._rows, row)
            if at == len(self._rows) or self._rows[at] != row:
                return QModelIndex()
            row = at
        return self.index(row, source_index.column())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The case list's cell."""
        return self._source.data(self.mapToSource(index), role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """The case list's column titles."""
        if orientation == Qt.Orientation.Horizontal:
            return self._source.headerData(section, orientation, role)
        return None


def _never() -> bool:
    return False
