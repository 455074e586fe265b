"""Edit note…: correct a note segment's text after it was entered.

The correction is one more signed change (`records.edit_segment`): the note keeps the moment it
was typed, and the History tab keeps the earlier text until someone erases it (Erase note…),
which the dialog says before anything is saved.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from casebook.domain.mentions import to_display, to_tokens
from casebook.ui.env import Env
from casebook.ui.errors import message_for
from casebook.ui.translation import format_time
from casebook.ui.widgets import ErrorBanner, heading, plain_label, set_name

__all__ = ["EditNoteDialog"]


class EditNoteDialog(QDialog):
    """The note's text in an editor; Save writes the correction."""

    saved = Signal(bytes)  # the segment's id

    def __init__(
        self,
        env: Env,
        segment_id: bytes,
        text: str,
        written_ms: int,
        parent: QWidget,
        *,
        people: Mapping[bytes, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self._env = env
        self._people = dict(people or {})  # mentions read "@Name" here, and are kept as such
        text = to_display(text, self._people)
        self._segment_id = segment_id
        self._original = text
        self.setWindowTitle(self.tr("Edit note"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        when = plain_label(
            self.tr("Written at %1. It keeps this time.").replace("%1", format_time(written_ms)),
            self,
            wrap=True,
        )
        self.editor = QPlainTextEdit(self)
        self.editor.setPlainText(text)
        self.editor.setTabChangesFocus(True)
        set_name(self.editor, self.tr("Text of the note"))
        from casebook.ui.workspace.mentions import MentionCompleter

        self.mentions = MentionCompleter(self.editor)
        self.mentions.set_names(self._people.values())
        label = QLabel(self.tr("&Text:"), self)
        label.setBuddy(self.editor)
        self.keeps = plain_label(
            self.tr(
                "The History tab keeps the earlier text, and colleagues who received it keep "
                "theirs. To remove the earlier text for good, use Erase note… instead."
            ),
            self,
            wrap=True,
        )
        self.error = ErrorBanner(self)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(
            self.tr("&Save correction"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        cancel = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Edit note"), self, scale=1.2))
        layout.addWidget(when)
        layout.addWidget(label)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.keeps)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(560, 340)
        self.save_button.clicked.connect(self.on_save_button_clicked)
        cancel.clicked.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.on_save_button_clicked)
        self.editor.textChanged.connect(self._update)
        self._update()
        self.editor.setFocus()

    def _update(self) -> None:
        text = self.editor.toPlainText()
        self.save_button.setEnabled(bool(text.strip()) and text != self._original)

    def on_save_button_clicked(self) -> None:
        """Write the corrected text."""
        if not self.save_button.isEnabled():
            return
        text, segment_id = to_tokens(self.editor.toPlainText(), self._people), self._segment_id
        self.save_button.setEnabled(False)

        def done(_: None) -> None:
            self.saved.emit(segment_id)
            self.accept()

        def failed(error: BaseException) -> None:
            self.error.show_error(message_for(error))
            self._update()

        self._env.write(lambda s: s.records.edit_segment(segment_id, text), done, self, failed)
