"""The Exchange menu's commands of the main window: Peers…, Export bundle…, Import bundle…,
Travel out…, Travel back…, Compromise alerts…, Erasure requests… (`MainActions` builds the
actions and menus; `MainWindow` provides the state and `check_alerts`, `resume_with`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QMainWindow

from casebook.crypto.kdf import KdfPolicy
from casebook.service import CaseService
from casebook.ui.bundles.export_wizard import ExportWizard
from casebook.ui.bundles.import_wizard import ImportWizard
from casebook.ui.env import Env
from casebook.ui.erasure.requests_dialog import ErasureRequestsDialog
from casebook.ui.peers.alerts_dialog import AlertsDialog
from casebook.ui.peers.peers_dialog import PeersDialog
from casebook.ui.travel.travel_back_dialog import TravelBackDialog
from casebook.ui.travel.travel_out_dialog import TravelOutDialog
from casebook.ui.workspace.workspace import Workspace

__all__ = ["ExchangeCommands"]


class ExchangeCommands(QMainWindow):
    """The Exchange menu's commands; the base of `MainActions`."""

    # Set by MainWindow: the vault and the state the commands act on.
    vault_root: Path
    env: Env | None
    workspace: Workspace | None
    _policy: KdfPolicy

    def check_alerts(self) -> None:
        """Say how many compromise alerts are not yet seen (MainWindow)."""
        raise NotImplementedError

    def resume_with(self, service: CaseService, keep: QDialog) -> None:
        """Go on with a new session of the same vault (MainWindow)."""
        raise NotImplementedError

    def on_peers_action_triggered(self) -> None:
        """Your card and your colleagues (one window, brought back if open)."""
        if self.env is None:
            return
        existing = self.findChild(PeersDialog)
        dialog = existing if existing is not None else PeersDialog(self.env, self)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def on_export_action_triggered(self) -> None:
        """Seal a bundle: cases, recipients, destination, then progress."""
        if self.env is None or self.workspace is None:
            return
        ExportWizard(self.env, self, current_case=self.workspace.place().case_id).open()

    def on_import_action_triggered(self) -> None:
        """Open a bundle: file, sender, summary, then apply."""
        if self.env is None or self.workspace is None:
            return
        wizard = ImportWizard(self.env, self)
        wizard.imported.connect(self.on_bundle_imported)
        wizard.finished.connect(lambda _: self.check_alerts())  # a refused fork raises one
        wizard.open()

    def on_alerts_action_triggered(self) -> None:
        """Every compromise alert (one window, brought back if open)."""
        if self.env is None:
            return
        existing = self.findChild(AlertsDialog)
        dialog = existing if existing is not None else AlertsDialog(self.env, self)
        if existing is None:
            dialog.changed.connect(self.check_alerts)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def on_erasures_action_triggered(self) -> None:
        """Every erasure, and colleagues' requests to confirm (one window, brought back)."""
        if self.env is None:
            return
        existing = self.findChild(ErasureRequestsDialog)
        dialog = existing if existing is not None else ErasureRequestsDialog(self.env, self)
        if existing is None:
            dialog.changed.connect(self.on_erasure_confirmed)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def on_erasure_confirmed(self) -> None:
        """A colleague's erasure was confirmed: the views and the banner read again."""
        self.check_alerts()
        if self.workspace is not None:
            self.workspace.reload()

    def on_travel_out_action_triggered(self) -> None:
        """Take cases off this laptop: seal, check, remove here, deep-erase."""
        if self.env is None or self.workspace is None:
            return
        self.workspace.flush()  # queued before the travel job: in the bundle it seals
        dialog = TravelOutDialog(self.env, self.vault_root, self._policy, self)
        dialog.session_replaced.connect(lambda service: self.resume_with(service, dialog))
        dialog.cases_left.connect(self.on_bundle_imported)
        current = self.workspace.place().case_id
        if current is not None:
            dialog.cases.model().rowsInserted.connect(lambda *_: dialog.tick_case(current))
        dialog.open()

    def on_travel_back_action_triggered(self) -> None:
        """Bring travelled cases back from their bundle."""
        if self.env is None or self.workspace is None:
            return
        dialog = TravelBackDialog(self.env, self)
        dialog.cases_back.connect(self.on_bundle_imported)
        dialog.open()

    def on_bundle_imported(self) -> None:
        """New changes arrived: show them."""
        if self.workspace is not None:
            self.workspace.reload()
