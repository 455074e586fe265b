"""How the workspace's tables look and behave: whole rows, one at a time, keyboard-friendly."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QItemSelectionModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from casebook.ui.models.base import ID_ROLE
from casebook.ui.widgets import set_name

__all__ = ["first_row_selected", "make_table", "select_id", "selected_id"]


def make_table(
    model: QAbstractItemModel, name: str, parent: QWidget, *, stretch: int = -1
) -> QTableView:
    """A read-only table of whole rows over `model`."""
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setTabKeyNavigation(False)  # Tab moves on to the next control
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    # Small tables size their columns to what they hold (Qt samples at most 1000 rows);
    # the case list, which can hold 100k, sets fixed widths instead.
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch >= 0:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    else:
        header.setStretchLastSection(True)
    set_name(view, name)
    return view


def selected_id(view: QTableView) -> bytes | None:
    """The record id of the selected row."""
    sel = view.selectionModel()
    if sel is None:
        return None
    rows = sel.selectedRows()
    if not rows:
        return None
    value = rows[0].data(ID_ROLE)
    return bytes(value) if value else None


def select_id(view: QTableView, record_id: bytes | None) -> bool:
    """Select and show the row of `record_id`; False if it is not there."""
    model = view.model()
    if record_id is None or model is None:
        return False
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if index.data(ID_ROLE) == record_id:
            view.selectionModel().select(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            view.setCurrentIndex(index)
            view.scrollTo(index)
            return True
    return False


def first_row_selected(view: QTableView) -> None:
    """Select the first row if nothing is selected."""
    model = view.model()
    if model is not None and model.rowCount() and not view.selectionModel().hasSelection():
        view.selectRow(0)
