"""Revoke a colleague whose laptop or keys may be in someone else's hands.

The cut-off is a number on the colleague's own chain of bundles, never a date (a thief with
their laptop can set its clock). The last bundle received from them is offered: what came
before the seizure stays; anything sealed with their keys afterwards is refused.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from casebook.domain.records import Exchange, PeerRow
from casebook.service import CaseService
from casebook.ui.env import Env
from casebook.ui.errors import message_for
from casebook.ui.peers.refresh import refresh_peers
from casebook.ui.widgets import ErrorBanner, heading, plain_label, set_name

__all__ = ["RevokeDialog"]


class RevokeDialog(QDialog):
    """Choose the cut-off, then revoke."""

    def __init__(self, env: Env, peer: PeerRow, exchange: Exchange, parent: QWidget) -> None:
        super().__init__(parent)
        self._env = env
        self.peer = peer
        self.setWindowTitle(self.tr("Revoke a colleague"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        intro = plain_label(
            self.tr(
                "Revoke %1 if their laptop was seized, or their keys may be used by someone "
                "else. Nothing more will be sealed to them, and bundles sealed with their keys "
                "after the cut-off are refused."
            ).replace("%1", peer.name),
            self,
            wrap=True,
        )
        last = exchange.last_received_seq
        self.up_to = QRadioButton(self.tr("&Keep their bundles up to number:"), self)
        self.nothing = QRadioButton(self.tr("&Trust nothing from them at all"), self)
        group = QButtonGroup(self)
        group.addButton(self.up_to)
        group.addButton(self.nothing)
        self.cutoff = QSpinBox(self)
        self.cutoff.setRange(0, 2**31 - 1)
        self.cutoff.setValue(last or 0)
        set_name(self.cutoff, self.tr("Last bundle number to keep"))
        row = QHBoxLayout()
        row.addWidget(self.up_to)
        row.addWidget(self.cutoff)
        row.addStretch(1)
        if last is None:
            hint = self.tr("You have received no bundle from them.")
        else:
            hint = self.tr("The last bundle you received from them is number %1.").replace(
                "%1", QLocale().toString(last)
            )
        self.hint = plain_label(hint, self, wrap=True)
        warning = plain_label(
            self.tr(
                "This cannot be undone. If they are safe and get new keys, add their new card "
                "as a new colleague."
            ),
            self,
            wrap=True,
        )
        warning.setStyleSheet("color: #b00020;")
        self.error = ErrorBanner(self)
        buttons = QDialogButtonBox(self)
        self.revoke_button = buttons.addButton(
            self.tr("&Revoke"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        cancel = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Revoke %1").replace("%1", peer.name), self, scale=1.2))
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.nothing)
        layout.addWidget(self.hint)
        layout.addWidget(warning)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        (self.up_to if last is not None else self.nothing).setChecked(True)
        self.cutoff.setEnabled(self.up_to.isChecked())
        self.up_to.toggled.connect(self.cutoff.setEnabled)
        self.revoke_button.clicked.connect(self.on_revoke_button_clicked)
        cancel.clicked.connect(self.reject)

    @property
    def after(self) -> int | None:
        """The chosen cut-off: a bundle number, or None for nothing at all."""
        return self.cutoff.value() if self.up_to.isChecked() else None

    def on_revoke_button_clicked(self) -> None:
        """Revoke the peer with the chosen cut-off."""
        peer, after = self.peer, self.after
        self.revoke_button.setEnabled(False)

        def job(s: CaseService) -> None:
            s.peers.revoke(peer, after)

        def failed(error: BaseException) -> None:
            self.revoke_button.setEnabled(True)
            self.error.show_error(message_for(error))

        def done(_: None) -> None:
            refresh_peers(self._env)
            self.accept()

        self._env.write(job, done, self, failed)
