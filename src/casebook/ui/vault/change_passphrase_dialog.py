"""Vault → Change passphrase…: the current passphrase (or the recovery code), the new one twice.

    current, new ×2 + meter ──► run_task(vault.change_passphrase)  Argon2id, about a second,
                                                                    with a busy indicator
    WrongPassphrase        ◄──  the table's message; nothing changed, type the current one again
    done                   ◄──  "changed; the recovery code still works"

Only the key file changes: the master key is wrapped anew under the new passphrase; the
database and the recovery code stay as they are. The dialog cannot be closed while the key
file is being rewritten, so the person always learns how it ended.
"""

from __future__ import annotations

from pathlib import Path

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

from casebook import vault
from casebook.crypto.kdf import KdfPolicy
from casebook.ui.errors import message_for
from casebook.ui.tasks import CancelToken, TaskRunner
from casebook.ui.unlock.passphrase_chooser import PassphraseChooser
from casebook.ui.unlock.passphrase_field import PassphraseField
from casebook.ui.widgets import ErrorBanner, PassphraseEdit, heading, plain_label, set_name

__all__ = ["ChangePassphraseDialog"]


class ChangePassphraseDialog(QDialog):
    """Rewrap the vault's key under a new passphrase."""

    passphrase_changed = Signal()

    def __init__(
        self,
        vault_root: Path,
        runner: TaskRunner,
        policy: KdfPolicy,
        parent: QWidget,
        *,
        language: str = "en",
    ) -> None:
        super().__init__(parent)
        self._root = vault_root
        self._runner = runner
        self._policy = policy
        self._token: CancelToken | None = None
        self.setWindowTitle(self.tr("Change passphrase"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)

        title = heading(self.tr("Change the passphrase"), self, scale=1.15)
        intro = plain_label(
            self.tr(
                "The new passphrase replaces the old one at once. The recovery code keeps "
                "working, and the cases themselves are not touched."
            ),
            self,
            wrap=True,
        )
        self.current = PassphraseEdit(self)
        self.current.setPlaceholderText(self.tr("or the recovery code"))
        set_name(
            self.current,
            self.tr("Current passphrase"),
            self.tr("Type the passphrase you unlock with now, or the recovery code."),
        )
        self.chooser = PassphraseChooser(self, language)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.current_field = PassphraseField(self, edit=self.current)
        form.addRow(self.tr("C&urrent passphrase:"), self.current_field)
        self.chooser.add_rows(
            form, self.tr("&New passphrase:"), self.tr("&Repeat it:"), self.tr("Strength:")
        )
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)  # Argon2id reports no progress: a busy indicator
        self.busy.setTextVisible(False)
        set_name(self.busy, self.tr("Changing the passphrase"))
        self.busy.hide()
        self.status = plain_label("", self, wrap=True)
        self.status.hide()
        self.error = ErrorBanner(self)
        self.outcome = ErrorBanner(self)
        buttons = QDialogButtonBox(self)
        self.change_button = buttons.addButton(
            self.tr("&Change passphrase"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button = buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.change_button.setDefault(True)
        self.change_button.setEnabled(False)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.busy)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addWidget(self.outcome)
        layout.addWidget(buttons)
        self.setMinimumWidth(600)

        self.chooser.acceptable_changed.connect(self.change_button.setEnabled)
        self.change_button.clicked.connect(self.on_change_button_clicked)
        self.close_button.clicked.connect(self.reject)
        self.current.setFocus()

    @property
    def working(self) -> bool:
        """True while the key file is being rewritten."""
        return self._token is not None

    def on_change_button_clicked(self) -> None:
        """Check the current secret and rewrap the key, off the UI thread."""
        if self.working or not self.chooser.acceptable:
            return
        current = self.current.take()
        if not current:
            self.error.show_error(self.tr("Type the current passphrase or the recovery code."))
            self.current.setFocus()
            return
        new = self.chooser.passphrase.text()
        self.error.clear_message()
        self._set_busy(True)
        root, policy = self._root, self._policy
        self._token = self._runner.run_task(
            lambda token: vault.change_passphrase(
                root, current, new, policy=policy, cancel=token.is_cancelled
            ),
            self._on_changed,
            self,
        )

    def _on_changed(self, result: None | BaseException) -> None:
        self._token = None
        self._set_busy(False)
        if isinstance(result, BaseException):
            self.error.show_error(message_for(result))
            self.current.setFocus()
            return
        self.chooser.clear()
        for field in (self.current, self.chooser.passphrase, self.chooser.confirm):
            field.setEnabled(False)
        self.change_button.hide()
        self.close_button.setText(self.tr("Close"))
        self.close_button.setFocus()
        self.outcome.show_notice(
            self.tr(
                "The passphrase is changed: unlock with the new one from now on. "
                "Your recovery code still works as before."
            )
        )
        self.passphrase_changed.emit()

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.status.setVisible(busy)
        self.status.setText(
            self.tr("Changing the passphrase… this takes about a second.") if busy else ""
        )
        self.current.setEnabled(not busy)
        self.chooser.set_enabled(not busy)
        self.change_button.setEnabled(not busy and self.chooser.acceptable)
        self.close_button.setEnabled(not busy)

    def reject(self) -> None:
        """Cancel or Close (not while the key file is being rewritten)."""
        if not self.working:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Stay open while the key file is being rewritten."""
        if self.working:
            event.ignore()
            return
        super().closeEvent(event)
