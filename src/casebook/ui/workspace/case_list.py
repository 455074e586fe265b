"""The case list: a status filter, a quick filter over titles, and the paged table."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casebook.ui.env import Env
from casebook.ui.models.base import ID_ROLE
from casebook.ui.models.case_list import CaseColumn, CaseListModel, Cursor, TitleFilterProxy
from casebook.ui.tables import make_table, select_id, selected_id
from casebook.ui.widgets import Debouncer, plain_label, set_name

__all__ = ["CaseListPanel"]


class CaseListPanel(QWidget):
    """Cases, newest change first; choosing one opens it."""

    case_chosen = Signal(bytes)
    new_case_requested = Signal()
    counted = Signal(int, bool)  # cases shown, and whether every status is shown

    def __init__(self, env: Env, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._env = env
        self._status: str | None = None
        self.model = CaseListModel(self._fetch_page, env.language, self)
        self.model.use_vocabularies(env.vocabularies)
        # The quick filter matches on a pool thread; the UI thread only swaps the rows in.
        self.proxy = TitleFilterProxy(self.model, self, runner=env.runner)
        self.table = make_table(self.proxy, self.tr("Cases"), self, stretch=CaseColumn.TITLE)
        # Fixed sizes: measuring contents would walk the rows of a 100k-case list.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(CaseColumn.TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(CaseColumn.STATUS, 120)
        self.table.setColumnWidth(CaseColumn.UPDATED, 90)
        self.status_filter = QComboBox(self)
        self._fill_status_filter()
        set_name(self.status_filter, self.tr("Show cases with status"))
        self.quick = QLineEdit(self)
        self.quick.setPlaceholderText(self.tr("Filter by title…"))
        self.quick.setClearButtonEnabled(True)
        set_name(self.quick, self.tr("Filter cases by title"))
        self.new_button = QPushButton(self.tr("&New case…"), self)
        self.count = plain_label("", self)
        self.count.setObjectName("caseCount")
        filters = QHBoxLayout()
        filters.addWidget(self.status_filter)
        filters.addWidget(self.quick, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        self.status_filter.currentIndexChanged.connect(self.on_status_filter_changed)
        # Once per pause in typing, not per key.
        self._filter = Debouncer(lambda: self.proxy.set_text(self.quick.text()), 250, self)
        self.quick.textChanged.connect(self._filter.poke)
        self._kept_row = -1  # the selected case's row in the model, across a filter's reset
        self.proxy.modelAboutToBeReset.connect(self.on_proxy_about_to_reset)
        self.proxy.filtered.connect(self.on_proxy_filtered)
        self.table.selectionModel().selectionChanged.connect(self.on_table_current_row_changed)
        self.table.activated.connect(self.on_table_current_row_changed)
        self.new_button.clicked.connect(self.new_case_requested)
        self.model.page_failed.connect(env.report_error)
        env.vocabularies.changed.connect(self._fill_status_filter)
        self._want: bytes | None = None
        self.model.page_loaded.connect(self.on_model_page_loaded)

    def _fill_status_filter(self) -> None:
        """Every status, the person's own too, keeping the one chosen."""
        box = self.status_filter
        blocked = box.blockSignals(True)
        box.clear()
        box.addItem(self.tr("All statuses"), None)
        for code, label in self._env.vocabularies.current.choices(
            "case_status", self._env.language
        ):
            box.addItem(label, code)
        box.setCurrentIndex(max(0, box.findData(self._status)))
        box.blockSignals(blocked)

    def _fetch_page(
        self, cursor: Cursor | None, limit: int, on_page: Callable[[Any], None]
    ) -> None:
        status = self._status
        self._env.client.call(
            lambda s: s.reading.list_cases(status=status, limit=limit, before=cursor),
            on_page,
            self.model,
        )

    def load(self) -> None:
        """Load the first page and the count."""
        self.model.reload()
        self._count()

    def _count(self) -> None:
        status = self._status
        self._env.read(lambda s: s.reading.count_cases(status=status), self._show_count, self)

    def _show_count(self, n: int) -> None:
        self.count.setText(self.tr("%n case(s)", "", n))
        self.counted.emit(n, self._status is None)

    def on_status_filter_changed(self, _index: int) -> None:
        """Show only cases with the chosen status."""
        self._status = self.status_filter.currentData()
        self.load()

    def on_table_current_row_changed(self, *_args: object) -> None:
        """Open the case under the cursor."""
        case_id = selected_id(self.table)
        if case_id is not None:
            self.case_chosen.emit(case_id)

    def select(self, case_id: bytes) -> None:
        """Mark a case as the open one (when loaded, if it is not yet)."""
        blocker = self.table.selectionModel().blockSignals(True)
        found = select_id(self.table, case_id)
        self.table.selectionModel().blockSignals(blocker)
        self._want = None if found else case_id

    def on_proxy_about_to_reset(self) -> None:
        """Remember which case is selected (by its row in the model: a bisect away later)."""
        rows = self.table.selectionModel().selectedRows()
        self._kept_row = self.proxy.mapToSource(rows[0]).row() if rows else -1

    def on_proxy_filtered(self) -> None:
        """Select the open case again if the filter still shows it (the reset cleared it)."""
        if self._kept_row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(self._kept_row, 0))
        if not index.isValid():
            return
        selection = self.table.selectionModel()
        blocker = selection.blockSignals(True)
        selection.select(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        selection.blockSignals(blocker)
        self.table.scrollTo(index)

    def on_model_page_loaded(self) -> None:
        """Select the wanted case once its page is in."""
        if self._want is not None:
            self.select(self._want)

    def case_added(self, case_id: bytes) -> None:
        """A new case is at the top."""
        self._want = case_id
        self.load()

    def update_case(self, case_id: bytes, field: str, value: object) -> None:
        """A title or status changed in the case view."""
        self.model.update_case(case_id, **{field: value})

    def shutdown(self) -> None:
        """Drop every row and the filter's text (on lock)."""
        self._filter.cancel()
        self.proxy.set_text("")  # a piece of a title: not kept past a lock
        self.model.stop()

    def row_id(self, row: int) -> bytes | None:
        """The case id on a visible row."""
        value = self.proxy.index(row, 0).data(ID_ROLE)
        return bytes(value) if value else None
