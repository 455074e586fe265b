"""Unlock: passphrase or recovery code, with a busy indicator while Argon2id runs.

Argon2id takes about a second by design. It runs through `run_task` on the pool, so the window
keeps painting; a wrong passphrase (or a damaged key file: the same message, DESIGN §2) brings
the person back to the field with a translated message.

What looks like a recovery code but does not check out (a character codes do not use, a group
of the wrong length, a failed check character) is named at once, with its group, and the KDF
is not run (`recovery.diagnose`); the text stays in the field to be corrected, and Unlock
pressed again on it tries it as a passphrase. The field warns of Caps Lock and a non-Latin
layout, and has a Show button (`PassphraseField`).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casebook import vault
from casebook.crypto.kdf import KdfPolicy
from casebook.crypto.recovery import diagnose
from casebook.service import CaseService
from casebook.ui.errors import message_for
from casebook.ui.tasks import CancelToken, TaskRunner
from casebook.ui.unlock.code_typo import typo_message
from casebook.ui.unlock.passphrase_field import PassphraseField
from casebook.ui.widgets import (
    ErrorBanner,
    PassphraseEdit,
    centre,
    heading,
    plain_label,
    set_name,
)

__all__ = ["UnlockPanel"]


class UnlockPanel(QWidget):
    """The screen shown while the vault is locked."""

    unlocked = Signal(object)  # CaseService
    open_other_requested = Signal()

    def __init__(
        self,
        vault_root: Path,
        runner: TaskRunner,
        policy: KdfPolicy,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._root = vault_root
        self._runner = runner
        self._policy = policy
        self._token: CancelToken | None = None
        self._tried = b""  # a code with a typo, shown once; Unlock again tries it anyway

        self.title = heading(self.tr("Unlock casebook"), self)
        where = plain_label(self.tr("Vault: %1").replace("%1", str(vault_root)), self, wrap=True)
        where.setObjectName("vaultLocation")
        self.passphrase = PassphraseEdit(self)
        set_name(
            self.passphrase,
            self.tr("Passphrase or recovery code"),
            self.tr("Type the passphrase, or the recovery code written down at creation."),
        )
        self.unlock_button = QPushButton(self.tr("&Unlock"), self)
        self.unlock_button.setDefault(True)
        self.unlock_button.setAutoDefault(True)
        self.other_button = QPushButton(self.tr("&Open another vault…"), self)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)  # Argon2id reports no progress: a busy indicator
        self.busy.setTextVisible(False)
        set_name(self.busy, self.tr("Unlocking"))
        self.busy.hide()
        self.status = plain_label("", self, wrap=True)
        self.error = ErrorBanner(self)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.field = PassphraseField(self, edit=self.passphrase)
        form.addRow(self.tr("&Passphrase or recovery code:"), self.field)
        buttons = QHBoxLayout()
        buttons.addWidget(self.unlock_button)
        buttons.addStretch(1)
        buttons.addWidget(self.other_button)

        box = QWidget(self)
        inner = QVBoxLayout(box)
        inner.addWidget(self.title)
        inner.addWidget(where)
        inner.addSpacing(12)
        inner.addLayout(form)
        inner.addWidget(self.error)
        inner.addWidget(self.busy)
        inner.addWidget(self.status)
        inner.addLayout(buttons)
        centre(self, box)

        self.unlock_button.clicked.connect(self.on_unlock_button_clicked)
        self.passphrase.returnPressed.connect(self.on_unlock_button_clicked)
        self.other_button.clicked.connect(self.open_other_requested)
        self.setFocusProxy(self.passphrase)

    @property
    def working(self) -> bool:
        """True while Argon2id runs."""
        return self._token is not None

    def on_unlock_button_clicked(self) -> None:
        """Run the KDF off the UI thread; a recovery code with a typo is named first."""
        if self.working:
            return
        typed = self.passphrase.text()
        if not typed:
            self.error.show_error(self.tr("Type the passphrase or the recovery code first."))
            self.passphrase.setFocus()
            return
        typo = diagnose(typed)
        # Unlock pressed again on the same text tries it as a passphrase after all (only a
        # digest of it is kept, to tell).
        digest = hashlib.blake2b(typed.encode(), digest_size=16).digest()
        if typo is not None and digest != self._tried:
            self._tried = digest
            self.error.show_error(typo_message(typo))
            self.passphrase.setFocus()
            return
        self._tried = b""
        secret = self.passphrase.take()
        self.field.clear_warnings()
        self.error.clear_message()
        self._set_busy(True)
        root, policy = self._root, self._policy
        self._token = self._runner.run_task(
            lambda token: CaseService(
                vault.unlock(root, secret, policy=policy, cancel=token.is_cancelled)
            ),
            self._on_unlock_done,
            self,
        )

    def _on_unlock_done(self, result: CaseService | BaseException) -> None:
        self._token = None
        self._set_busy(False)
        if isinstance(result, BaseException):
            self.error.show_error(message_for(result))
            self.passphrase.setFocus()
            return
        self.unlocked.emit(result)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.status.setText(self.tr("Unlocking… this takes about a second.") if busy else "")
        self.passphrase.setEnabled(not busy)
        self.field.show_button.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy)
        self.other_button.setEnabled(not busy)

    def cancel(self) -> None:
        """Stop a running unlock (the panel is going away)."""
        if self._token is not None:
            self._token.cancel()
