"""A flat list of rows with a tick box each, and its view: the export wizard's pickers.

The cases page and the recipients page both show one; which rows are disabled, their labels,
tooltips and colours are set by the page.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from casebook.ui.widgets import set_name

__all__ = ["CheckList", "check_view"]

Index = QModelIndex | QPersistentModelIndex


class CheckList(QAbstractListModel):
    """A list of rows with a tick box each; `enabled(row)` and `label(row)` come from outside."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.items: list[tuple[bytes, str, str]] = []  # id, label, tooltip
        self.colours: dict[bytes, Any] = {}
        self.disabled: set[bytes] = set()
        self.checked: set[bytes] = set()

    def set_items(self, items: list[tuple[bytes, str, str]]) -> None:
        """Replace every row (ticks on rows still present stay)."""
        self.beginResetModel()
        self.items = items
        present = {i for i, _, _ in items}
        self.checked &= present - self.disabled
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Rows of the flat list."""
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Label, tick, tooltip and colour of a row."""
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        key, label, tip = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return label
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if key in self.checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return tip or None
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.colours.get(key)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Tickable, unless the row is disabled."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        key = self.items[index.row()][0]
        if key in self.disabled:
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Tick or untick a row."""
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        key = self.items[index.row()][0]
        if key in self.disabled:
            return False
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.checked.add(key)
        else:
            self.checked.discard(key)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def set_checked(self, key: bytes, on: bool) -> None:
        """Tick a row by its id."""
        for row, (k, _, _) in enumerate(self.items):
            if k == key:
                self.setData(
                    self.index(row),
                    Qt.CheckState.Checked if on else Qt.CheckState.Unchecked,
                    Qt.ItemDataRole.CheckStateRole,
                )
                return


def check_view(model: QAbstractItemModel, name: str, parent: QWidget) -> QListView:
    """A single-selection, read-only list view of `model`, named `name` for screen readers."""
    view = QListView(parent)
    view.setModel(model)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setUniformItemSizes(True)
    set_name(view, name)
    return view
