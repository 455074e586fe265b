"""The recovery code as a kit: shown once, copied or printed, written down, typed back.

One view serves vault creation, "New recovery code…" and deep erase, so a code is always given
the same way:

    the code, large, monospaced, selectable   [Copy]  [Print…]
    [ ] I have written it down                ← ticking it hides the code
    Type it from your paper: [____-____-…]    ← must match; Enter continues
                                              [Continue]

Copy goes through the clipboard guard (cleared after its delay or at lock, like any text copied
from casebook). Print… paints the page straight onto the printer chosen in the OS dialog
(`code_print.print_code`), never into a file. Only when the code typed back matches is
`acknowledged` emitted; the code is cleared from the screen at once.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casebook.crypto.recovery import keyboard_readings, parse_code
from casebook.ui.unlock.code_print import print_code
from casebook.ui.widgets import ErrorBanner, heading, plain_label, set_name

__all__ = ["RecoveryCodeView"]


class RecoveryCodeView(QWidget):
    """A recovery code to write down, print or copy, and to type back from the paper."""

    acknowledged = Signal()

    def __init__(
        self,
        button_text: str,
        parent: QWidget | None = None,
        *,
        copy: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._copy = copy
        self._made_ms = 0
        self.title = heading(self.tr("Your recovery code"), self)
        self.text = plain_label(
            self.tr(
                "Write this code on paper now, or print it, and keep it apart from this "
                "computer. It opens the vault if the passphrase is forgotten. It is shown only "
                "this once and is not stored anywhere in readable form."
            ),
            self,
            wrap=True,
        )
        self.code = QLabel(self)
        self.code.setTextFormat(Qt.TextFormat.PlainText)
        self.code.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setWeight(QFont.Weight.Bold)
        self.code.setFont(font)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setMinimumHeight(60)
        self.code.setStyleSheet("padding: 12px; border: 1px solid palette(mid);")
        self.copy_button = QPushButton(self.tr("&Copy"), self)
        set_name(
            self.copy_button,
            self.tr("Copy the recovery code"),
            self.tr("The clipboard is cleared again after a short while, and at lock."),
        )
        self.print_button = QPushButton(self.tr("&Print…"), self)
        set_name(self.print_button, self.tr("Print the recovery code"))
        tools = QHBoxLayout()
        tools.addStretch(1)
        tools.addWidget(self.copy_button)
        tools.addWidget(self.print_button)
        self.written = QCheckBox(self.tr("I have &written it down (this hides the code)"), self)
        self.retype = QLineEdit(self)
        self.retype.setFont(font)
        self.retype.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.retype.setInputMethodHints(
            Qt.InputMethodHint.ImhNoPredictiveText | Qt.InputMethodHint.ImhSensitiveData
        )
        set_name(
            self.retype,
            self.tr("The code, typed from your paper"),
            self.tr("Type the code from the paper, to check it was written down right."),
        )
        self.retype_label = QLabel(self.tr("&Type it from your paper:"), self)
        self.retype_label.setBuddy(self.retype)
        self.message = ErrorBanner(self)
        self.continue_button = QPushButton(button_text, self)
        self.continue_button.setEnabled(False)
        self.continue_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        self._notes = QVBoxLayout()  # what a dialog adds: "the old code no longer works"
        layout.addLayout(self._notes)
        layout.addWidget(self.code)
        layout.addLayout(tools)
        layout.addWidget(self.written)
        layout.addWidget(self.retype_label)
        layout.addWidget(self.retype)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.continue_button)
        layout.addLayout(row)
        layout.addStretch(1)
        self.written.toggled.connect(self.on_written_toggled)
        self.retype.textChanged.connect(lambda _: self._update())
        self.retype.returnPressed.connect(self.on_continue_button_clicked)
        self.continue_button.clicked.connect(self.on_continue_button_clicked)
        self.copy_button.clicked.connect(self.on_copy_button_clicked)
        self.print_button.clicked.connect(self.on_print_button_clicked)
        self.copy_button.setVisible(copy is not None)
        self._code = ""
        self._update()

    def add_note(self, note: QWidget) -> None:
        """Show `note` under the advice, above the code (a dialog's word about the old code)."""
        self._notes.addWidget(note)

    def show_code(self, code: str) -> None:
        """Show a fresh code; the person must write it down and type it back again."""
        self._code = code
        self._made_ms = int(time.time() * 1000)
        self.written.setChecked(False)
        self.retype.clear()
        self.message.clear_message()
        self.code.setText(code)
        self.code.setAccessibleName(self.tr("Recovery code"))
        self._update()
        self.written.setFocus()

    @property
    def waiting(self) -> bool:
        """True while a code is shown and not yet confirmed as written down."""
        return bool(self._code)

    @property
    def matches(self) -> bool:
        """True when the code typed back is the code (in any keyboard reading)."""
        typed = self.retype.text()
        return bool(self._code) and any(
            parse_code(reading) == self._code for reading in keyboard_readings(typed)
        )

    def on_written_toggled(self, written: bool) -> None:
        """Written down: the code leaves the screen, and is typed back from the paper."""
        self.code.setText("" if written else self._code)
        self.code.setVisible(not written)
        if written:
            self.retype.setFocus()
        self._update()

    def _update(self) -> None:
        written = self.written.isChecked()
        self.retype.setEnabled(written and bool(self._code))
        self.retype_label.setEnabled(written and bool(self._code))
        self.continue_button.setEnabled(written and self.matches)

    def on_continue_button_clicked(self) -> None:
        """Enter or Continue: when the code typed back matches, move on; else say why not."""
        if not self._code:
            return
        if not self.written.isChecked():
            self.message.show_error(self.tr("Write the code down first, then tick the box."))
            return
        if not self.matches:
            self.message.show_error(self._mismatch())
            self.retype.setFocus()
            return
        self.clear()
        self.acknowledged.emit()

    def _mismatch(self) -> str:
        typed = "".join(ch for ch in keyboard_readings(self.retype.text())[-1] if ch.isalnum())
        want = self._code.replace("-", "")
        for i in range(0, len(want), 4):
            if typed[i : i + 4] != want[i : i + 4]:
                return self.tr(
                    "This is not the code shown: group %1 differs. Untick the box to see the "
                    "code again and correct your paper."
                ).replace("%1", str(i // 4 + 1))
        return self.tr("This is not the code shown.")

    def on_copy_button_clicked(self) -> None:
        """Copy the code (the clipboard guard clears it again)."""
        if self._code and self._copy is not None:
            self._copy(self._code)
            self.message.show_notice(
                self.tr(
                    "Copied. Paste it where it belongs now: the clipboard is cleared again soon."
                )
            )

    def on_print_button_clicked(self) -> QPrintDialog | None:
        """Print the code through the OS print dialog (never to a file)."""
        if not self._code:
            return None
        if not QPrinterInfo.availablePrinters():
            self.message.show_error(
                self.tr(
                    "No printer is set up on this computer. Write the code down by hand, or set "
                    "up a printer and press Print again."
                )
            )
            return None
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        code, made = self._code, self._made_ms

        def accepted() -> None:
            if printer.outputFormat() != QPrinter.OutputFormat.NativeFormat:
                self.message.show_error(self.tr("casebook prints the code only to a printer."))
            elif print_code(printer, code, made):
                self.message.show_notice(self.tr("Sent to the printer."))
            else:
                self.message.show_error(self.tr("The printer could not be started."))

        dialog.accepted.connect(accepted)
        dialog.show()  # window-modal, no nested event loop (QPrintDialog.open wants a slot)
        return dialog

    def clear(self) -> None:
        """Take the code off the screen."""
        self._code = ""
        self.code.clear()
        self.retype.clear()
        self._update()
