"""The export wizard's recipients page: colleagues with their trust marks, and yourself.

A revoked colleague cannot be ticked; ticking one whose safety number was never compared
needs an explicit "seal anyway".
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget, QWizardPage

from casebook.domain.records import PeerRow
from casebook.domain.sensitivity import Clearance
from casebook.ui.bundles.check_list import CheckList, check_view
from casebook.ui.env import Env
from casebook.ui.peer_book import mark_for, peer_label
from casebook.ui.peers.refresh import refresh_peers
from casebook.ui.sensitivity.texts import clearance_text
from casebook.ui.widgets import plain_label, set_name

__all__ = ["RecipientsPage"]


class RecipientsPage(QWizardPage):
    """Colleagues to seal to, and yourself."""

    def __init__(self, env: Env, parent: QWidget) -> None:
        super().__init__(parent)
        self._env = env
        self._clearances: dict[bytes, Clearance] = {}
        self.setTitle(self.tr("Who can open it"))
        self.setSubTitle(
            self.tr(
                "Only the people you tick can open the bundle. Anyone else who finds the drive "
                "sees random bytes."
            )
        )
        self.peers = CheckList(self)
        self.list = check_view(self.peers, self.tr("Colleagues"), self)
        self.empty = plain_label(
            self.tr("You have no colleagues yet: add one in Exchange → Peers… first."),
            self,
            wrap=True,
        )
        self.me = QCheckBox(self.tr("Also seal it to &me, so I can open it later"), self)
        self.me.setChecked(True)
        set_name(self.me, self.me.text().replace("&", ""))
        self.groups = plain_label("", self, wrap=True)
        self.groups.setObjectName("recipientGroups")
        self.warning = plain_label("", self, wrap=True)
        self.warning.setStyleSheet("color: #8a5a00;")
        self.confirm = QCheckBox(self.tr("I understand, and want to seal to them anyway"), self)
        set_name(self.confirm, self.confirm.text())
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.me)
        layout.addWidget(self.groups)
        layout.addWidget(self.warning)
        layout.addWidget(self.confirm)
        self.peers.dataChanged.connect(lambda *_: self._update())
        self.me.toggled.connect(lambda _: self._update())
        self.confirm.toggled.connect(lambda _: self.completeChanged.emit())
        env.peers.changed.connect(self.fill)
        self.fill()
        refresh_peers(env)

    def fill(self) -> None:
        """List the session's peers with their marks and clearances (read again each time)."""
        self._fill()
        peers = list(self._env.peers.peers)

        def loaded(clearances: dict[bytes, Clearance]) -> None:
            self._clearances = clearances
            self._fill()

        self._env.read(lambda s: {p.identity: s.labels.clearance(p) for p in peers}, loaded, self)

    def _fill(self) -> None:
        items = []
        self.peers.disabled = set()
        self.peers.colours = {}
        for p in self._env.peers.peers:
            mark = mark_for(p.status)
            label = peer_label(p)
            clearance = self._clearances.get(p.identity)
            if clearance is not None:
                label += " — " + self.tr("may see: %1").replace("%1", clearance_text(clearance))
            items.append((p.identity, label, mark.explanation))
            self.peers.colours[p.identity] = mark.colour
            if p.revoked:
                self.peers.disabled.add(p.identity)
        self.peers.set_items(items)
        self.empty.setVisible(not items)
        self._update()

    def chosen(self) -> list[PeerRow]:
        """The ticked colleagues."""
        return [p for p in self._env.peers.peers if p.identity in self.peers.checked]

    def unverified(self) -> list[PeerRow]:
        """Ticked colleagues whose safety number was never compared."""
        return [p for p in self.chosen() if not p.verified]

    def _update(self) -> None:
        kinds = {self._clearances.get(p.identity) for p in self.chosen()}
        if len(kinds) > 1:
            self.groups.setText(
                self.tr(
                    "These colleagues may see different things: %n bundles will be sealed, one "
                    "for each group. The next pages show what each gets.",
                    "",
                    len(kinds),
                )
            )
        self.groups.setVisible(len(kinds) > 1)
        shaky = self.unverified()
        if shaky:
            names = ", ".join(p.name for p in shaky).rstrip(".")  # "Борис Н." ends the list
            self.warning.setText(
                self.tr(
                    "Not verified: %1. Until you compare safety numbers, a stranger's key could "
                    "stand in for theirs, and the bundle would open for that stranger."
                ).replace("%1", names)
            )
        else:
            self.confirm.setChecked(False)
        self.warning.setVisible(bool(shaky))
        self.confirm.setVisible(bool(shaky))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        """Somebody to seal to; unverified colleagues confirmed."""
        if not self.chosen() and not self.me.isChecked():
            return False
        return not self.unverified() or self.confirm.isChecked()
