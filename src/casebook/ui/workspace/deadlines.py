"""The deadlines of a case: a small table of (fuzzy date, what is due)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casebook.domain.model import FuzzyDate
from casebook.ui.widgets import set_name
from casebook.ui.workspace.deleting import ask_to_delete

__all__ = ["DeadlinesEditor"]


class DeadlinesEditor(QWidget):
    """Rows of date and what is due; `changed` on every edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("What is due")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setMaximumHeight(120)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        set_name(self.table, self.tr("Deadlines"))
        self.add_button = QPushButton(self.tr("Add deadline"), self)
        self.remove_button = QPushButton(self.tr("Remove deadline"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.on_add_button_clicked)
        self.remove_button.clicked.connect(self.on_remove_button_clicked)
        self.table.itemChanged.connect(self.on_table_item_changed)
        self._loading = False

    def on_add_button_clicked(self) -> None:
        """A new empty row, ready for typing its date."""
        row = self.table.rowCount()
        self._loading = True
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(""))
        self.table.setItem(row, 1, QTableWidgetItem(""))
        self._loading = False
        self.table.setCurrentCell(row, 0)
        self.table.setFocus()
        item = self.table.item(row, 0)
        if item is not None:
            self.table.editItem(item)

    def on_remove_button_clicked(self) -> QMessageBox | None:
        """Remove the selected row, after a question when it holds anything (an empty row just
        added goes at once)."""
        row = self.table.currentRow()
        if row < 0:
            return None
        date_item, what_item = self.table.item(row, 0), self.table.item(row, 1)
        date = date_item.text().strip() if date_item else ""
        what = what_item.text().strip() if what_item else ""
        if not date and not what:
            self._remove(row)
            return None
        question = self.tr("Remove the deadline %1?").replace(
            "%1", " · ".join(filter(None, [date, what]))
        )
        return ask_to_delete(
            self, self.tr("Remove deadline"), question, lambda: self._remove_item(date_item)
        )

    def _remove_item(self, item: QTableWidgetItem | None) -> None:
        row = self.table.row(item) if item is not None else -1
        if row >= 0:
            self._remove(row)

    def _remove(self, row: int) -> None:
        self.table.removeRow(row)
        self.changed.emit()

    def on_table_item_changed(self, _item: QTableWidgetItem) -> None:
        """A cell was edited."""
        if not self._loading:
            self.changed.emit()

    def value(self) -> list[dict[str, str]]:
        """The deadlines typed so far; `InputRejected` for a date that cannot be read."""
        out = []
        for row in range(self.table.rowCount()):
            date_item, what_item = self.table.item(row, 0), self.table.item(row, 1)
            date = date_item.text().strip() if date_item else ""
            what = what_item.text().strip() if what_item else ""
            if not date and not what:
                continue
            out.append({"date": FuzzyDate.parse(date).text, "what": what})
        return out

    def set_value(self, deadlines: list[Any]) -> None:
        """Show stored deadlines."""
        self._loading = True
        self.table.setRowCount(0)
        for d in deadlines:
            row = self.table.rowCount()
            self.table.insertRow(row)
            self.table.setItem(row, 0, QTableWidgetItem(str(d.get("date", ""))))
            self.table.setItem(row, 1, QTableWidgetItem(str(d.get("what", ""))))
        self._loading = False
