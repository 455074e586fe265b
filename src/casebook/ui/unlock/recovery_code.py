"""The recovery code, shown once, with the "I have written it down" step.

One view serves vault creation and "New recovery code…", so a code is always shown the same
way: large, monospaced, plain text, and the button that moves on stays disabled until the person
ticks that it is written down. Only then is `acknowledged` emitted; the code is cleared from
the screen at once.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from casebook.ui.widgets import heading, plain_label

__all__ = ["RecoveryCodeView"]


class RecoveryCodeView(QWidget):
    """A recovery code to write down, and the confirmation that it was."""

    acknowledged = Signal()

    def __init__(self, button_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = heading(self.tr("Your recovery code"), self)
        self.text = plain_label(
            self.tr(
                "Write this code on paper now and keep it apart from this computer. It opens the "
                "vault if the passphrase is forgotten. It is shown only this once and is not "
                "stored anywhere in readable form."
            ),
            self,
            wrap=True,
        )
        self.code = QLabel(self)
        self.code.setTextFormat(Qt.TextFormat.PlainText)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setWeight(QFont.Weight.Bold)
        self.code.setFont(font)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setMinimumHeight(60)
        self.code.setStyleSheet("padding: 12px; border: 1px solid palette(mid);")
        self.written = QCheckBox(self.tr("I have &written it down"), self)
        self.continue_button = QPushButton(button_text, self)
        self.continue_button.setEnabled(False)
        self.written.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self.on_continue_button_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        self._notes = QVBoxLayout()  # what a dialog adds: "the old code no longer works"
        layout.addLayout(self._notes)
        layout.addWidget(self.code)
        layout.addWidget(self.written)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.continue_button)
        layout.addLayout(row)
        layout.addStretch(1)

    def add_note(self, note: QWidget) -> None:
        """Show `note` under the advice, above the code (a dialog's word about the old code)."""
        self._notes.addWidget(note)

    def show_code(self, code: str) -> None:
        """Show a fresh code; the person must tick the box again."""
        self.written.setChecked(False)
        self.code.setText(code)
        self.code.setAccessibleName(self.tr("Recovery code"))
        self.written.setFocus()

    @property
    def waiting(self) -> bool:
        """True while a code is shown and not yet confirmed as written down."""
        return bool(self.code.text())

    def on_continue_button_clicked(self) -> None:
        """The code is written down: take it off the screen and move on."""
        if not self.written.isChecked() or not self.code.text():
            return
        self.clear()
        self.acknowledged.emit()

    def clear(self) -> None:
        """Take the code off the screen."""
        self.code.clear()
