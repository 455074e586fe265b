"""Editors that offer choices: ticks of vocabulary terms, and an open choice (a drop-down whose
text can also be typed) for a field whose old values are free text.

An open choice stores the choice's value when what is shown matches one (case aside: "русский"
is the language `ru`), else the text as typed, so a value written before the list existed
("по-русски и немного по-чеченски") stays as it was.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QListWidget, QListWidgetItem, QWidget

__all__ = ["OpenChoice", "add_check", "checked_codes"]


def checked_codes(checks: QListWidget) -> list[str]:
    """The codes ticked in a list of vocabulary terms."""
    codes = []
    for i in range(checks.count()):
        item = checks.item(i)
        if item.checkState() == Qt.CheckState.Checked:
            codes.append(str(item.data(Qt.ItemDataRole.UserRole)))
    return codes


def add_check(checks: QListWidget, code: str, label: str) -> None:
    """One tickable term."""
    item = QListWidgetItem(label, checks)
    item.setData(Qt.ItemDataRole.UserRole, code)
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Unchecked)


class OpenChoice(QComboBox):
    """A drop-down of (stored value, label) choices whose text can also be typed freely."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)

    def set_choices(self, choices: Sequence[tuple[str, str]]) -> None:
        """Offer these (stored value, label) choices, keeping the value shown."""
        value = self.value()
        blocked = self.blockSignals(True)
        self.clear()
        for stored, label in choices:
            self.addItem(label, stored)
        self.set_value(value)
        self.blockSignals(blocked)

    def value(self) -> str | None:
        """The chosen value, the text as typed when it matches no choice, or None."""
        text = " ".join(self.currentText().split())
        if not text:
            return None
        for i in range(self.count()):
            if self.itemText(i).casefold() == text.casefold():
                return str(self.itemData(i))
        return text

    def set_value(self, value: str | None) -> None:
        """Show a stored value: its choice's label, or the text itself."""
        blocked = self.blockSignals(True)
        i = self.findData(value) if value else -1
        if i >= 0:
            self.setCurrentIndex(i)
        else:
            self.setCurrentIndex(-1)
            self.setEditText(value or "")
        line = self.lineEdit()
        if line is not None:
            line.setCursorPosition(0)
        self.blockSignals(blocked)
