"""What a record form's editors need for erasure: an "Erase this field…" action, and a value
that is not shown saying why instead of standing blank.

    context menu (right click, the Menu key, Shift+F10) ──► … ─ Erase this field…
    Ctrl+Shift+Delete in the field                       ──► Erase this field…

An erased or hidden field stays editable: typing a new value is allowed, and it replaces the
"erased" mark. A value not shared with you is read-only: writing over it would replace a value
you cannot see.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from casebook.ui.labels import masked_text

__all__ = ["ERASE_SHORTCUT", "add_erase_action", "show_mask"]

ERASE_SHORTCUT = "Ctrl+Shift+Del"

TextEditor = QLineEdit | QPlainTextEdit


def add_erase_action(editor: TextEditor, trigger: Callable[[], None]) -> QAction:
    """Give a text editor "Erase this field…" in its context menu and on Ctrl+Shift+Delete."""
    action = QAction(QCoreApplication.translate("Erasure", "&Erase this field…"), editor)
    action.setShortcut(QKeySequence(ERASE_SHORTCUT))
    action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    action.triggered.connect(lambda _checked=False: trigger())
    editor.addAction(action)
    editor.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    editor.customContextMenuRequested.connect(lambda pos: _popup(editor, action, pos))
    return action


def _popup(editor: TextEditor, action: QAction, pos: QPoint) -> None:
    # Qt's own menu (undo, copy, paste…) with the erase action under it; popup(), never exec().
    if isinstance(editor, QPlainTextEdit):
        menu = editor.createStandardContextMenu(pos)
    else:
        menu = editor.createStandardContextMenu()
    menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    menu.addSeparator()
    menu.addAction(action)
    menu.popup(editor.mapToGlobal(pos))


def _remembered(editor: QWidget, key: str, current: str) -> str:
    """The editor's own text for `key` (placeholder, description), kept before a mask."""
    value = editor.property(key)
    if value is None:
        editor.setProperty(key, current)
        return current
    return str(value)


def show_mask(editor: QWidget, why: str) -> None:
    """Say why an editor's value is not shown ("" restores the editor's own look)."""
    text = masked_text(why) if why else ""
    description = _remembered(editor, "casebook_description", editor.accessibleDescription())
    editor.setAccessibleDescription(text or description)
    if isinstance(editor, (QLineEdit, QPlainTextEdit)):
        placeholder = _remembered(editor, "casebook_placeholder", editor.placeholderText())
        editor.setPlaceholderText(text or placeholder)
        font = editor.font()
        font.setItalic(bool(why))
        editor.setFont(font)
        editor.setReadOnly(why == "withheld")
        tip = _remembered(editor, "casebook_tooltip", editor.toolTip())
        editor.setToolTip(
            QCoreApplication.translate(
                "Erasure",
                "The colleague who wrote this value did not share it with you, so it cannot be "
                "changed here.",
            )
            if why == "withheld"
            else tip
        )
    elif isinstance(editor, QComboBox) and why:
        editor.setPlaceholderText(text)
        editor.setCurrentIndex(-1)
    elif isinstance(editor, QComboBox):
        editor.setPlaceholderText("")
