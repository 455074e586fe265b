"""@-mentions in the note editors: `@` offers the people of the case (docs/labels.md §6).

The editor shows a mention as "@Иван Иванов"; the note is stored with the token
`@[person:<id>]` instead (`casebook.domain.mentions.to_tokens` when it is entered), so the name
itself is never written into the note and each reader sees it as they may: the name at home, a
pseudonym in a colleague's vault. A note opened for editing shows its tokens as "@Name" again.

    MentionCompleter(editor)      a popup of matching people while "@…" is being typed;
                                  choosing one writes "@Name " at the cursor
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, QStringListModel, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QCompleter, QPlainTextEdit

__all__ = ["MentionCompleter"]

_MAX_TYPED = 40  # characters after "@" that may still be a name being typed


class MentionCompleter(QObject):
    """Offers the case's people while "@" and the start of a name are typed."""

    def __init__(self, editor: QPlainTextEdit) -> None:
        super().__init__(editor)
        self._editor = editor
        self._names: list[str] = []
        self._model = QStringListModel(self)
        self.completer = QCompleter(self._model, self)
        self.completer.setWidget(editor)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.completer.activated.connect(self.insert)
        editor.textChanged.connect(self.on_editor_text_changed)

    def _hide(self) -> None:
        popup = self.completer.popup()
        if popup is not None:
            popup.hide()

    def set_names(self, names: Iterable[str]) -> None:
        """The people of the case, as they are named here."""
        self._names = sorted({n for n in names if n})
        self._model.setStringList(self._names)

    def typed(self) -> str | None:
        """What follows the "@" before the cursor, or None when no mention is being typed."""
        cursor = self._editor.textCursor()
        block = cursor.block().text()[: cursor.positionInBlock()]
        at = block.rfind("@")
        if at < 0 or (at > 0 and not block[at - 1].isspace() and block[at - 1] not in "(«\"'"):
            return None
        typed = block[at + 1 :]
        if len(typed) > _MAX_TYPED or "\n" in typed or typed.startswith("["):
            return None
        return typed

    def on_editor_text_changed(self) -> None:
        """Show (or hide) the popup as a mention is typed."""
        typed = self.typed()
        if typed is None or not self._names:
            self._hide()
            return
        self.completer.setCompletionPrefix(typed)
        if self.completer.completionCount() == 0:
            self._hide()
            return
        rect = self._editor.cursorRect()
        rect.setWidth(260)
        self.completer.complete(rect)

    def insert(self, name: str) -> None:
        """Replace "@" and what was typed after it by "@Name "."""
        typed = self.typed()
        if typed is None:
            return
        cursor = self._editor.textCursor()
        cursor.movePosition(
            QTextCursor.MoveOperation.Left, QTextCursor.MoveMode.KeepAnchor, len(typed) + 1
        )
        cursor.insertText(f"@{name} ")
        self._editor.setTextCursor(cursor)
        self._hide()
