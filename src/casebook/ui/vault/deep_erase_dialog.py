"""Vault → Deep erase…: the whole vault copied under a new master key, the old key destroyed.

    step 1  what it does and what it cannot do, the passphrase ──► a long job on the store
            thread: vault.deep_erase.deep_erase (Argon2id twice, then the copy), with progress
            and Cancel (until the swap nothing changes)
    step 2  `session_replaced(service)`: the main window goes on with the new session; the new
            recovery code in the view vault creation uses (shown once, "I have written it
            down"), and the dialog stays until it is confirmed

It runs on the store thread, not the task pool: the vault's one connection belongs to that
thread, and the jobs asked for before it (a draft, a field being saved) land in the vault it
copies. Casebook keeps the vault to itself meanwhile, and the window never freezes.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from casebook.crypto.kdf import KdfPolicy
from casebook.service import CaseService
from casebook.ui.env import Env
from casebook.ui.errors import message_for
from casebook.ui.tasks import CancelToken
from casebook.ui.unlock.recovery_code import RecoveryCodeView
from casebook.ui.widgets import ErrorBanner, PassphraseEdit, heading, plain_label, set_name
from casebook.ui.worker import JobControl
from casebook.vault.deep_erase import STEPS, deep_erase

__all__ = ["DeepEraseDialog"]


class DeepEraseDialog(QDialog):
    """Ask for the passphrase, re-encrypt the vault, show the new recovery code once."""

    session_replaced = Signal(object)  # the new CaseService

    def __init__(self, env: Env, vault_root: Path, policy: KdfPolicy, parent: QWidget) -> None:
        super().__init__(parent)
        self._env = env
        self._root = vault_root
        self._policy = policy
        self._token: CancelToken | None = None
        self.setWindowTitle(self.tr("Deep erase"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)

        self.ask = QWidget(self)
        title = heading(self.tr("Deep erase"), self.ask, scale=1.15)
        what = plain_label(
            self.tr(
                "Deep erase rewrites the whole vault under a new master key and destroys the old "
                "one. Erased values may still lie in old blocks of this drive (SSDs and flash "
                "drives keep them); those blocks then belong to a key that no longer exists "
                "anywhere, and cannot be read."
            ),
            self.ask,
            wrap=True,
        )
        code = plain_label(
            self.tr(
                "You get a new recovery code at the end: the code you wrote down before stops "
                "working. Your passphrase stays the same."
            ),
            self.ask,
            wrap=True,
        )
        limits = plain_label(
            self.tr(
                "What it cannot do: a copy of the vault taken before today (a disk image, a "
                "backup) still opens with your passphrase, so anyone who holds such a copy and "
                "forces you to tell the passphrase can read it, erased values included. Bundles "
                "already sent and colleagues' copies are not touched."
            ),
            self.ask,
            wrap=True,
        )
        limits.setStyleSheet("font-weight: bold;")
        self.passphrase = PassphraseEdit(self.ask)
        set_name(
            self.passphrase,
            self.tr("Current passphrase"),
            self.tr("Type the passphrase you unlock with; the recovery code is not accepted."),
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("C&urrent passphrase:"), self.passphrase)
        self.progress = QProgressBar(self.ask)
        self.progress.setRange(0, STEPS)
        set_name(self.progress, self.tr("Deep erase progress"))
        self.progress.hide()
        self.status = plain_label("", self.ask, wrap=True)
        self.status.hide()
        self.error = ErrorBanner(self.ask)
        buttons = QDialogButtonBox(self.ask)
        self.erase_button = buttons.addButton(
            self.tr("&Deep erase"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.erase_button.setAutoDefault(False)
        ask_layout = QVBoxLayout(self.ask)
        ask_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (title, what, code, limits):
            ask_layout.addWidget(widget)
        ask_layout.addSpacing(6)
        ask_layout.addLayout(form)
        ask_layout.addWidget(self.progress)
        ask_layout.addWidget(self.status)
        ask_layout.addWidget(self.error)
        ask_layout.addWidget(buttons)

        self.code_view = RecoveryCodeView(self.tr("&Done"), self, copy=env.clipboard.copy)
        self.done_note = ErrorBanner(self.code_view)
        self.done_note.show_notice(
            self.tr(
                "The vault is now under a new master key. The recovery code you wrote down "
                "before no longer works."
            )
        )
        self.code_view.add_note(self.done_note)
        self.code_view.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.ask)
        layout.addWidget(self.code_view)
        self.setMinimumWidth(640)

        self.erase_button.clicked.connect(self.on_erase_button_clicked)
        self.cancel_button.clicked.connect(self.on_cancel_button_clicked)
        self.code_view.acknowledged.connect(self.accept)
        self.passphrase.setFocus()

    @property
    def working(self) -> bool:
        """True while the vault is being re-encrypted."""
        return self._token is not None

    @property
    def code_unconfirmed(self) -> bool:
        """True once the old code may be gone and the new one is not yet written down."""
        return self.working or self.code_view.waiting

    def on_erase_button_clicked(self) -> None:
        """Check the passphrase and re-encrypt, on the store thread."""
        if self.working:
            return
        passphrase = self.passphrase.take()
        if not passphrase:
            self.error.show_error(self.tr("Type the current passphrase first."))
            self.passphrase.setFocus()
            return
        self.error.clear_message()
        self._set_busy(True)
        root, policy = self._root, self._policy

        def job(s: CaseService, c: JobControl) -> tuple[CaseService, str]:
            done = deep_erase(
                root, s.session, passphrase, policy=policy, progress=c.progress, cancel=c.cancelled
            )
            return CaseService(done.session), done.recovery_code

        dialog = self

        def done(result: tuple[CaseService, str] | BaseException) -> None:
            if shiboken6.isValid(dialog):
                dialog._on_done(result)
            elif not isinstance(result, BaseException):
                result[0].lock()  # a lock closed the dialog meanwhile: close the new session

        def progress(step: int, total: int) -> None:
            if shiboken6.isValid(dialog):
                dialog._on_progress(step, total)

        # No context: the new session must reach someone, if only to be locked again.
        self._token = self._env.client.call_long(job, done, None, progress)

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.status.setText(
            self.tr("Checking the passphrase and making the new keys…")
            if done < 3
            else self.tr("Copying the vault under the new key…")
        )

    def _on_done(self, result: tuple[CaseService, str] | BaseException) -> None:
        self._token = None
        self._set_busy(False)
        if isinstance(result, BaseException):
            self.error.show_error(message_for(result))
            self.passphrase.setFocus()
            return
        service, code = result
        self.ask.hide()
        self.code_view.show()
        self.code_view.show_code(code)
        self.adjustSize()
        self.session_replaced.emit(service)

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.progress.setValue(0)
        self.status.setVisible(busy)
        self.status.setText(self.tr("Checking the passphrase and making the new keys…"))
        self.passphrase.setEnabled(not busy)
        self.erase_button.setEnabled(not busy)
        self.cancel_button.setText(self.tr("Stop") if busy else self.tr("Cancel"))

    def on_cancel_button_clicked(self) -> None:
        """Stop the job (nothing changes until the very end), or close before it started."""
        if self._token is not None:
            self._token.cancel()
            self.status.setText(self.tr("Stopping…"))
            return
        self.reject()

    def reject(self) -> None:
        """Escape stops a running job first; a new code waits until it is written down."""
        if self._token is not None:
            self.on_cancel_button_clicked()
        elif not self.code_view.waiting:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Stay open while working, and until the new code is written down."""
        if self.code_unconfirmed:
            if self._token is not None:
                self._token.cancel()
            event.ignore()
            return
        super().closeEvent(event)
