"""The deadlines of a case: a small table of (fuzzy date, what is due).

Dates are typed as people write them and shown in the interface language (`date_field`). A row
whose date cannot be read stays in the table, marked, with the reason under it; the rows that
can be read are saved meanwhile.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QBrush, QColor
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

from casebook.base.errors import DateNotUnderstood
from casebook.domain.dates import format_fuzzy, parse_fuzzy
from casebook.ui.widgets import set_name
from casebook.ui.workspace.date_field import FieldNote, date_hint, date_problem, not_saved
from casebook.ui.workspace.deleting import ask_to_delete

__all__ = ["DeadlinesEditor"]


class DeadlinesEditor(QWidget):
    """Rows of date and what is due; `changed` on every edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, language: str = "en") -> None:
        super().__init__(parent)
        self.language = language
        self.table = QTableWidget(0, 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("What is due")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setMaximumHeight(120)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        set_name(self.table, self.tr("Deadlines"), date_hint())
        self.table.setToolTip(date_hint())
        self.note = FieldNote(self)
        self.add_button = QPushButton(self.tr("Add deadline"), self)
        self.remove_button = QPushButton(self.tr("Remove deadline"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addWidget(self.note)
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

    def on_table_item_changed(self, item: QTableWidgetItem) -> None:
        """A cell was edited: a date that reads shows as the interface writes it."""
        if self._loading:
            return
        if item.column() == 0:
            try:
                value = parse_fuzzy(item.text(), self.language)
            except DateNotUnderstood:
                pass
            else:
                self._set_text(item, format_fuzzy(value, self.language, numeric=True))
        self.changed.emit()

    def _set_text(self, item: QTableWidgetItem, text: str) -> None:
        loading, self._loading = self._loading, True
        item.setText(text)
        self._loading = loading

    def _rows(self) -> list[tuple[str, str]]:
        out = []
        for row in range(self.table.rowCount()):
            date_item, what_item = self.table.item(row, 0), self.table.item(row, 1)
            date = date_item.text().strip() if date_item else ""
            what = what_item.text().strip() if what_item else ""
            out.append((date, what))
        return out

    def value(self) -> list[dict[str, str]]:
        """The deadlines that can be saved: those whose date reads (see `problems`)."""
        out = []
        for date, what in self._rows():
            try:
                out.append({"date": parse_fuzzy(date, self.language), "what": what})
            except DateNotUnderstood:
                continue
        return out

    def problems(self) -> list[tuple[int, str]]:
        """(row, why it is not saved) of every row typed whose date cannot be read."""
        out = []
        for row, (date, what) in enumerate(self._rows()):
            if not date and not what:
                continue
            try:
                parse_fuzzy(date, self.language)
            except DateNotUnderstood as e:
                out.append((row, date_problem(e, date)))
        return out

    def unsaved_rows(self) -> list[tuple[str, str]]:
        """(date as typed, what is due) of the rows that cannot be saved."""
        rows = self._rows()
        return [rows[row] for row, _ in self.problems()]

    def show_problems(self) -> None:
        """Mark each row that cannot be saved, and say why under the table."""
        problems = dict(self.problems())
        loading, self._loading = self._loading, True
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is None:
                continue
            why = problems.get(row, "")
            item.setBackground(QBrush(QColor("#fde7ea")) if why else QBrush())
            item.setToolTip(not_saved(why) if why else "")
        self._loading = loading
        lines = [
            QCoreApplication.translate("DeadlinesEditor", "Deadline %1: %2")
            .replace("%1", str(row + 1))
            .replace("%2", why)
            for row, why in problems.items()
        ]
        if lines:
            self.note.show_error(not_saved("\n".join(lines)))
        else:
            self.note.clear_message()

    def set_value(self, deadlines: list[Any]) -> None:
        """Show stored deadlines, dates in the interface language."""
        self._loading = True
        self.table.setRowCount(0)
        for d in deadlines:
            self._append(
                format_fuzzy(str(d.get("date", "")), self.language, numeric=True),
                str(d.get("what", "")),
            )
        self._loading = False
        self.note.clear_message()

    def add_rows(self, rows: list[tuple[str, str]]) -> None:
        """Put back rows typed earlier that could not be saved (after a lock)."""
        self._loading = True
        for date, what in rows:
            self._append(date, what)
        self._loading = False
        self.show_problems()

    def _append(self, date: str, what: str) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(date))
        self.table.setItem(row, 1, QTableWidgetItem(what))
