"""Vault → New recovery code…: the current passphrase, a warning, then the new code, once.

    step 1  warning + current passphrase ──► run_task(vault.new_recovery_code)  Argon2id, ≈1 s
    step 2  RecoveryCodeView (the one vault creation uses): the code, "I have written it down",
            Done ──► accepted

From the moment the key file is rewritten the old code no longer works, so the dialog will not
close until the new code is confirmed as written down. Only a lock closes it: the window then
tells the person, after unlocking, to make another code (`code_unconfirmed`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from casebook import vault
from casebook.crypto.kdf import KdfPolicy
from casebook.ui.errors import message_for
from casebook.ui.tasks import CancelToken, TaskRunner
from casebook.ui.unlock.recovery_code import RecoveryCodeView
from casebook.ui.widgets import ErrorBanner, PassphraseEdit, heading, plain_label, set_name

__all__ = ["NewRecoveryCodeDialog"]


class NewRecoveryCodeDialog(QDialog):
    """Replace the recovery code, and show the new one once."""

    def __init__(
        self,
        vault_root: Path,
        runner: TaskRunner,
        policy: KdfPolicy,
        parent: QWidget,
        *,
        copy: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._root = vault_root
        self._runner = runner
        self._policy = policy
        self._token: CancelToken | None = None
        self.setWindowTitle(self.tr("New recovery code"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)

        self.ask = QWidget(self)
        title = heading(self.tr("Make a new recovery code"), self.ask, scale=1.15)
        warning = plain_label(
            self.tr(
                "The new code replaces the old one: the code you wrote down before stops "
                "working at once. Make a new code if the old one was lost or someone else may "
                "have seen it. Your passphrase stays the same."
            ),
            self.ask,
            wrap=True,
        )
        self.current = PassphraseEdit(self.ask)
        set_name(
            self.current,
            self.tr("Current passphrase"),
            self.tr("Type the passphrase you unlock with now."),
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("C&urrent passphrase:"), self.current)
        self.busy = QProgressBar(self.ask)
        self.busy.setRange(0, 0)  # Argon2id reports no progress: a busy indicator
        self.busy.setTextVisible(False)
        set_name(self.busy, self.tr("Making a new recovery code"))
        self.busy.hide()
        self.status = plain_label("", self.ask, wrap=True)
        self.status.hide()
        self.error = ErrorBanner(self.ask)
        buttons = QDialogButtonBox(self.ask)
        self.make_button = buttons.addButton(
            self.tr("&Make a new code"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.make_button.setDefault(True)
        ask_layout = QVBoxLayout(self.ask)
        ask_layout.setContentsMargins(0, 0, 0, 0)
        ask_layout.addWidget(title)
        ask_layout.addWidget(warning)
        ask_layout.addSpacing(6)
        ask_layout.addLayout(form)
        ask_layout.addWidget(self.busy)
        ask_layout.addWidget(self.status)
        ask_layout.addWidget(self.error)
        ask_layout.addWidget(buttons)

        self.code_view = RecoveryCodeView(self.tr("&Done"), self, copy=copy)
        self.old_code_gone = ErrorBanner(self.code_view)
        self.old_code_gone.show_error(self.tr("The code you wrote down before no longer works."))
        self.code_view.add_note(self.old_code_gone)
        self.code_view.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.ask)
        layout.addWidget(self.code_view)
        self.setMinimumWidth(600)

        self.make_button.clicked.connect(self.on_make_button_clicked)
        self.cancel_button.clicked.connect(self.reject)
        self.code_view.acknowledged.connect(self.accept)
        self.current.setFocus()

    @property
    def working(self) -> bool:
        """True while the key file is being rewritten."""
        return self._token is not None

    @property
    def code_unconfirmed(self) -> bool:
        """True once the old code may be gone and the new one is not yet written down."""
        return self.working or self.code_view.waiting

    def on_make_button_clicked(self) -> None:
        """Check the passphrase and make the new code, off the UI thread."""
        if self.working:
            return
        current = self.current.take()
        if not current:
            self.error.show_error(self.tr("Type the current passphrase first."))
            self.current.setFocus()
            return
        self.error.clear_message()
        self._set_busy(True)
        root, policy = self._root, self._policy
        self._token = self._runner.run_task(
            lambda _token: vault.new_recovery_code(root, current, policy=policy),
            self._on_made,
            self,
        )

    def _on_made(self, result: str | BaseException) -> None:
        self._token = None
        self._set_busy(False)
        if isinstance(result, BaseException):
            self.error.show_error(message_for(result))
            self.current.setFocus()
            return
        self.ask.hide()
        self.code_view.show()
        self.code_view.show_code(result)
        self.adjustSize()

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.status.setVisible(busy)
        self.status.setText(
            self.tr("Making the new code… this takes about a second.") if busy else ""
        )
        self.current.setEnabled(not busy)
        self.make_button.setEnabled(not busy)
        self.cancel_button.setEnabled(not busy)

    def reject(self) -> None:
        """Cancel, before anything changed (never while the new code waits to be written)."""
        if not self.code_unconfirmed:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Stay open until the new code is written down."""
        if self.code_unconfirmed:
            event.ignore()
            return
        super().closeEvent(event)
