"""Organisation…: which organisation a colleague belongs to (docs/consent.md, "Audiences").
Local: like a clearance, it is never sent to anyone.

    Lev belongs to  [Мемориал          ▾]   (the organisations known here, or a new name)
    [No organisation]
    A consent for "an organisation" includes its members as recorded here.

A consent's audience `org:NAME` includes exactly the colleagues this vault says belong to NAME.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casebook.domain.records import PeerRow
from casebook.service import CaseService
from casebook.service.peers import ORG_NAME_MAX
from casebook.ui.env import Env
from casebook.ui.errors import message_for
from casebook.ui.widgets import ErrorBanner, heading, plain_label, set_name

__all__ = ["OrganisationDialog"]


def _load(s: CaseService, peer: PeerRow) -> tuple[str | None, list[str]]:
    return s.peers.organisation(peer), s.peers.organisation_names()


class OrganisationDialog(QDialog):
    """Set (or clear) a colleague's organisation."""

    saved = Signal(object)  # the organisation's name, or None

    def __init__(self, env: Env, peer: PeerRow, parent: QWidget) -> None:
        super().__init__(parent)
        self._env = env
        self._peer = peer
        self.setWindowTitle(self.tr("Organisation"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        intro = plain_label(
            self.tr(
                "The organisation %1 works for: a consent given for an organisation lets "
                "a person's name go to its members as you record them here, and to no one "
                "else. This stays in your vault: it is never sent to anyone."
            ).replace("%1", peer.name),
            self,
            wrap=True,
        )
        self.name = QComboBox(self)
        self.name.setEditable(True)
        self.name.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        line = self.name.lineEdit()
        if line is not None:
            line.setMaxLength(ORG_NAME_MAX)
            line.setPlaceholderText(self.tr("for example: Memorial"))
        set_name(
            self.name,
            self.tr("Organisation"),
            self.tr("Choose one you have recorded, or type a new name."),
        )
        self.none_button = QPushButton(self.tr("&No organisation"), self)
        set_name(self.none_button, self.tr("No organisation"))
        self.error = ErrorBanner(self)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(
            self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Organisation:"), self.name)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Organisation of %1").replace("%1", peer.name), self))
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.none_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.on_save)
        buttons.rejected.connect(self.reject)
        self.none_button.clicked.connect(lambda: self.name.setEditText(""))
        self.resize(520, 260)
        self.save_button.setEnabled(False)
        env.read(lambda s: _load(s, peer), self._show, self)

    def _show(self, loaded: tuple[str | None, list[str]]) -> None:
        current, known = loaded
        self.name.clear()
        self.name.addItems(known)
        self.name.setEditText(current or "")
        self.save_button.setEnabled(True)

    def value(self) -> str | None:
        """The organisation typed or chosen (None: none)."""
        return self.name.currentText().strip() or None

    def on_save(self) -> None:
        """Keep the organisation in the vault."""
        name, peer = self.value(), self._peer
        self.save_button.setEnabled(False)

        def failed(error: BaseException) -> None:
            self.save_button.setEnabled(True)
            self.error.show_error(message_for(error))

        def job(s: CaseService) -> str | None:
            s.peers.set_organisation(peer, name)
            return s.peers.organisation(peer)

        def done(saved: str | None) -> None:
            self.saved.emit(saved)
            self.accept()

        self._env.write(job, done, self, failed)
