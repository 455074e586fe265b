"""Peers → Rotate my encryption key…: a new key for what colleagues seal to you, and, if asked,
the old keys forgotten (PROTECTION §1: "forgetting old encryption keys").

    explanation ── [ ] Forget my old keys now (what that stops opening, shown when ticked)
    Rotate ──► store thread: peers.rotate_key() (+ peers.forget_old_keys()) ──► `rotated`

Colleagues take the new key from the card inside the owner's next bundle to them; until they
import one, they seal to the old key. Forgetting the old keys makes every bundle sealed to them
refuse to open here, wherever a copy lies: that is the point, and also the risk, so the dialog
says both.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QVBoxLayout,
    QWidget,
)

from casebook.domain.peers import Card
from casebook.service import CaseService
from casebook.ui.env import Env
from casebook.ui.errors import message_for
from casebook.ui.widgets import ErrorBanner, heading, plain_label

__all__ = ["RotateKeyDialog"]


class RotateKeyDialog(QDialog):
    """Make a new encryption key; optionally forget the old ones."""

    rotated = Signal(object, int)  # the new Card, how many old keys were forgotten

    def __init__(self, env: Env, parent: QWidget) -> None:
        super().__init__(parent)
        self._env = env
        self.setWindowTitle(self.tr("Rotate my encryption key"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        intro = plain_label(
            self.tr(
                "Colleagues seal bundles to your encryption key. Make a new one if the old key "
                "may have been copied: what they seal from then on is safe from whoever has it. "
                "Your identity, your safety number and your colleagues' trust stay the same."
            ),
            self,
            wrap=True,
        )
        when = plain_label(
            self.tr(
                "Colleagues learn the new key from your card inside your next bundle to each of "
                "them. Until they import it, they keep sealing to the old key."
            ),
            self,
            wrap=True,
        )
        self.forget = QCheckBox(self.tr("&Forget my old keys now"), self)
        self.warning = plain_label(
            self.tr(
                "Once forgotten, bundles sealed to your old keys no longer open here: those "
                "lying on USB sticks or in mail, and those colleagues seal before they import a "
                "bundle with your new card. Nobody who copies this laptop later can open them "
                "either. Forget the old keys when a stick with old bundles may be in the wrong "
                "hands, or once every colleague has your new card."
            ),
            self,
            wrap=True,
        )
        self.warning.setStyleSheet("color: #8a4b00;")
        self.warning.hide()
        self.error = ErrorBanner(self)
        buttons = QDialogButtonBox(self)
        self.rotate_button = buttons.addButton(
            self.tr("&Make a new key"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.rotate_button.setAutoDefault(False)
        # As wide as its longer text from the start: the button does not jump when ticking.
        self.rotate_button.setText(self.tr("&Make a new key and forget the old ones"))
        self.rotate_button.setMinimumWidth(self.rotate_button.sizeHint().width())
        self.rotate_button.setText(self.tr("&Make a new key"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Rotate my encryption key"), self, scale=1.15))
        layout.addWidget(intro)
        layout.addWidget(when)
        layout.addWidget(self.forget)
        layout.addWidget(self.warning)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(600)
        self.forget.toggled.connect(self.on_forget_toggled)
        self.rotate_button.clicked.connect(self.on_rotate_button_clicked)
        self.cancel_button.clicked.connect(self.reject)

    def on_forget_toggled(self, on: bool) -> None:
        """Say what forgetting stops from opening, before it is done."""
        self.warning.setVisible(on)
        self.rotate_button.setText(
            self.tr("&Make a new key and forget the old ones") if on else self.tr("&Make a new key")
        )
        self.adjustSize()

    def on_rotate_button_clicked(self) -> None:
        """Rotate on the store thread (and forget, if ticked)."""
        forget = self.forget.isChecked()
        self.rotate_button.setEnabled(False)
        self.cancel_button.setEnabled(False)
        self.error.clear_message()

        def job(s: CaseService) -> tuple[Card, int]:
            card = s.peers.rotate_key()
            return card, s.peers.forget_old_keys() if forget else 0

        def done(result: tuple[Card, int]) -> None:
            self.rotated.emit(*result)
            self.accept()

        def failed(error: BaseException) -> None:
            self.rotate_button.setEnabled(True)
            self.cancel_button.setEnabled(True)
            self.error.show_error(message_for(error))

        self._env.write(job, done, self, failed)
