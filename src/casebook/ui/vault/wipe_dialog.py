"""Vault → Wipe keys now…: the panic wipe (casebook.vault.wipe), with Tella's quick-delete
countdown and a confirmation no stray key can give.

    step 1  what it does, and in bold what it cannot do; a word to type (WIPE, СТЕРЕТЬ in
            Russian) before the countdown can start; "also remove the vault folder"
    step 2  the countdown (5 s) with one big Cancel: Enter, Space and Escape all cancel, so a
            key pressed by accident stops it rather than hurrying it
    step 3  `wipe_requested(also_folder)`: the main window locks (the connection closes, the
            WAL is folded in) and wipes on the task pool; `show_result` tells, again, what was
            done and what was not

It needs no passphrase: whoever can delete the files can wipe them, and a wipe is needed most
when there is no time to type one. It is offered locked and unlocked alike.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from casebook.ui.errors import message_for
from casebook.ui.widgets import heading, plain_label, set_name
from casebook.vault.wipe import Wiped

__all__ = ["COUNTDOWN_S", "WipeKeysDialog"]

COUNTDOWN_S = 5


class WipeKeysDialog(QDialog):
    """Explain, confirm with a typed word, count down, then ask the window to wipe."""

    wipe_requested = Signal(bool)  # also remove the folder

    def __init__(self, parent: QWidget, *, countdown_s: int = COUNTDOWN_S) -> None:
        super().__init__(parent)
        self.setObjectName("wipeKeysDialog")
        self._countdown_s = countdown_s
        self._left = countdown_s
        self.setWindowTitle(self.tr("Wipe keys now"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.steps = QStackedWidget(self)
        self._build_ask()
        self._build_countdown()
        self._build_done()
        layout = QVBoxLayout(self)
        layout.addWidget(self.steps)
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.on_timer_timeout)
        self.setMinimumWidth(600)
        self.word.setFocus()

    # -- step 1 ---------------------------------------------------------------------------

    def _build_ask(self) -> None:
        page = QWidget(self.steps)
        title = heading(self.tr("Wipe the keys of this vault"), page, scale=1.15)
        does = plain_label(
            self.tr(
                "This overwrites the key file (keyslots) with random bytes, flushes it to the "
                "drive and removes it, with any staged copy of it and the vault's write-ahead "
                "log. After that neither your passphrase nor the recovery code opens this "
                "vault: the key they unlock is gone. Nobody can undo it, you included. It takes "
                "less than a second once the countdown ends."
            ),
            page,
            wrap=True,
        )
        limits = plain_label(
            self.tr(
                "What it cannot do: an SSD or a USB stick may keep old blocks of the key file "
                "that no program can reach but a forensic lab may. A disk image or backup taken "
                "before the wipe, together with the passphrase or the recovery code, still "
                "opens that copy. Colleagues keep every bundle you sealed to them."
            ),
            page,
            wrap=True,
        )
        limits.setStyleSheet("font-weight: bold;")
        self.also_folder = QCheckBox(
            self.tr("Also remove the vault &folder (vault.db, files)"), page
        )
        self.word_label = plain_label("", page, wrap=True)
        self.word = QLineEdit(page)
        set_name(self.word, self.tr("Confirmation word"), self.word_label.text())
        self.word.textChanged.connect(self.on_word_text_changed)
        buttons = QDialogButtonBox(page)
        self.start_button = buttons.addButton(
            self.tr("&Start the countdown"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.start_button.setEnabled(False)
        self.start_button.setAutoDefault(False)
        self.cancel_button.setDefault(True)
        self.start_button.clicked.connect(self.on_start_button_clicked)
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (title, does, limits, self.also_folder, self.word_label, self.word):
            layout.addWidget(widget)
        layout.addWidget(buttons)
        self.word_label.setText(
            self.tr("Type %1 to confirm (the countdown can still be cancelled):").replace(
                "%1", self.confirm_word
            )
        )
        self.word.setAccessibleDescription(self.word_label.text())
        self.steps.addWidget(page)

    @property
    def confirm_word(self) -> str:
        """The word to type, in the interface language."""
        return self.tr("WIPE")

    def on_word_text_changed(self, text: str) -> None:
        """The countdown can start once the word is typed (any case, spaces ignored)."""
        self.start_button.setEnabled(text.strip().casefold() == self.confirm_word.casefold())

    def on_start_button_clicked(self) -> None:
        """Start counting down."""
        if not self.start_button.isEnabled():
            return
        self._left = self._countdown_s
        self._show_left()
        self.steps.setCurrentIndex(1)
        self.stop_button.setFocus()
        self._timer.start()

    # -- step 2 ---------------------------------------------------------------------------

    def _build_countdown(self) -> None:
        page = QWidget(self.steps)
        self.left_label = heading("", page, scale=1.6)
        self.left_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint = plain_label(
            self.tr("Any key stops it: Enter, Space or Escape, or the button."), page, wrap=True
        )
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stop_button = QPushButton(self.tr("&Cancel the wipe"), page)
        self.stop_button.setMinimumHeight(64)
        self.stop_button.setDefault(True)
        self.stop_button.clicked.connect(self.on_stop_button_clicked)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.left_label)
        layout.addWidget(hint)
        layout.addWidget(self.stop_button)
        layout.addStretch(1)
        self.steps.addWidget(page)

    def _show_left(self) -> None:
        self.left_label.setText(self.tr("Wiping the keys in %n second(s)…", "", self._left))
        set_name(self.left_label, self.left_label.text())

    def on_timer_timeout(self) -> None:
        """One second less; at zero, wipe."""
        self._left -= 1
        if self._left > 0:
            self._show_left()
            return
        self._timer.stop()
        self.steps.setCurrentIndex(2)
        self.outcome.setText(self.tr("Wiping…"))
        self.close_button.setEnabled(False)
        self.wipe_requested.emit(self.also_folder.isChecked())

    def on_stop_button_clicked(self) -> None:
        """Cancelled: nothing was touched."""
        self._timer.stop()
        self.steps.setCurrentIndex(0)
        self.word.clear()
        self.word.setFocus()

    @property
    def counting(self) -> bool:
        """True during the countdown."""
        return self._timer.isActive()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """During the countdown every key cancels; a stray key never hurries a wipe."""
        if self.counting:
            self.on_stop_button_clicked()
            event.accept()
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        """Escape or Cancel: during the countdown it cancels the wipe, not the dialog."""
        if self.counting:
            self.on_stop_button_clicked()
            return
        if self.steps.currentIndex() == 2 and not self.close_button.isEnabled():
            return  # the wipe is running: it takes well under a second
        super().reject()

    # -- step 3 ---------------------------------------------------------------------------

    def _build_done(self) -> None:
        page = QWidget(self.steps)
        self.outcome = plain_label("", page, wrap=True)
        self.remaining = plain_label(
            self.tr(
                "Still true: an SSD or a USB stick may keep old blocks of the key file; a disk "
                "image or backup taken before the wipe, with the passphrase or the recovery code, "
                "still opens that copy; colleagues keep the bundles you sealed to them."
            ),
            page,
            wrap=True,
        )
        self.remaining.setStyleSheet("font-weight: bold;")
        buttons = QDialogButtonBox(page)
        self.close_button = buttons.addButton(
            self.tr("Close"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button.clicked.connect(self.accept)
        layout = QVBoxLayout(page)
        layout.addWidget(self.outcome)
        layout.addWidget(self.remaining)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.steps.addWidget(page)

    def show_result(self, result: Wiped | BaseException) -> None:
        """Say what was done (or why not)."""
        self.close_button.setEnabled(True)
        self.close_button.setFocus()
        if isinstance(result, BaseException):
            self.outcome.setText(
                self.tr("The keys were not wiped: %1").replace("%1", message_for(result))
            )
            self._fit()
            return
        lines = [
            self.tr("Done in %1 s. Overwritten and removed: %2.")
            .replace("%1", f"{result.seconds:.2f}")
            .replace("%2", ", ".join(result.removed)),
            self.tr("Neither the passphrase nor the recovery code opens this vault any more."),
        ]
        if result.folder_removed:
            lines.append(self.tr("The vault folder was removed as well."))
        else:
            lines.append(
                self.tr(
                    "vault.db stays in its folder: random bytes to anyone, you included. "
                    "casebook will say that its key file is missing."
                )
            )
        self.outcome.setText("\n\n".join(lines))
        self._fit()

    def _fit(self) -> None:
        """Grow to the step shown (its wrapped text may be taller than the others')."""
        page = self.steps.currentWidget()
        if page is not None:
            page.adjustSize()
            self.steps.setMinimumHeight(page.sizeHint().height())
        self.adjustSize()
