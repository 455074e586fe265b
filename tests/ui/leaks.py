"""Where case text could stay in a running casebook: every string every widget shows or holds.

`widget_texts()` walks every live widget of the application: editors (text, placeholder, undo
history is not reachable), labels, buttons, combo items, tab titles, window titles, tooltips,
status tips, accessible names and descriptions, and every cell of every item view's model in
the display, edit and tooltip roles. Tests of locking assert that a canary is in none of them.
"""

from __future__ import annotations

from collections.abc import Iterator

import shiboken6
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole)


def _model_texts(model: QAbstractItemModel, parent: QModelIndex, depth: int = 0) -> Iterator[str]:
    if depth > 4:
        return
    try:
        columns = model.columnCount(parent)
    except TypeError:  # a list model: its columnCount is private to PySide
        columns = 1
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            index = model.index(row, column, parent)
            for role in ROLES:
                value = model.data(index, role)
                if value is not None:
                    yield str(value)
            if column == 0 and _has_children(model, index):
                yield from _model_texts(model, index, depth + 1)


def _has_children(model: QAbstractItemModel, index: QModelIndex) -> bool:
    try:
        return bool(model.hasChildren(index))
    except TypeError:  # a list or table model: no children (private to PySide)
        return False


def _own_texts(w: QWidget) -> Iterator[str]:
    yield w.windowTitle()
    yield w.toolTip()
    yield w.statusTip()
    yield w.whatsThis()
    yield w.accessibleName()
    yield w.accessibleDescription()
    if isinstance(w, QLineEdit):
        yield w.text()
        yield w.placeholderText()
    elif isinstance(w, (QTextEdit, QPlainTextEdit)):
        yield w.toPlainText()
    elif isinstance(w, (QLabel, QAbstractButton)):
        yield w.text()
    elif isinstance(w, QComboBox):
        yield from (w.itemText(i) for i in range(w.count()))
        yield w.currentText()
    elif isinstance(w, QTabBar):
        yield from (w.tabText(i) for i in range(w.count()))
        yield from (w.tabToolTip(i) for i in range(w.count()))
    if isinstance(w, QAbstractItemView) and w.model() is not None:
        yield from _model_texts(w.model(), QModelIndex())


def widget_texts() -> Iterator[tuple[str, str]]:
    """(widget description, text) for every string every live widget shows or holds."""
    for w in QApplication.allWidgets():
        if not shiboken6.isValid(w):
            continue
        name = f"{type(w).__name__}({w.objectName()})"
        for text in _own_texts(w):
            if text:
                yield name, text


def widgets_holding(canary: str) -> list[str]:
    """The widgets whose texts contain `canary` (case-insensitively)."""
    folded = canary.casefold()
    return sorted({name for name, text in widget_texts() if folded in text.casefold()})
