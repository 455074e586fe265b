"""The main window's actions, toolbar and menus, and the commands behind them.

    Vault     Lock now, Change passphrase…, New recovery code…, Check vault integrity…,
              Deep erase…, Wipe keys now…, Open another vault…, Settings…, Quit
    Cases     New case…, Search all cases…, Delete this case…, Deleted items…, Case report…,
              Statistics…, Vocabularies…
    Exchange  Peers…, Export bundle…, Import bundle…, Travel out…, Travel back…,
              Compromise alerts…, Erasure requests…
    toolbar   New case, Search | Export, Import | Lock now | Settings

The Exchange menu's commands are in `ExchangeCommands` (ui/exchange_commands.py), its base.
`MainActions` is the base of `MainWindow`, which keeps the state the commands act on (locked or
unlocked, the workspace, the session's `Env`) and provides `lock`, `open_vault` and
`check_alerts`. Every command but Settings, Quit, Wipe keys now and Open another vault needs an
unlocked vault;
the actions are enabled to match. Texts are translated in the "MainWindow" context.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QPalette
from PySide6.QtWidgets import QFileDialog, QMessageBox, QToolBar, QWidget

from casebook.base.paths import VaultPaths
from casebook.crypto.kdf import KdfPolicy
from casebook.ui.env import Env
from casebook.ui.exchange_commands import ExchangeCommands
from casebook.ui.preferences import Preferences
from casebook.ui.report.report_wizard import ReportWizard
from casebook.ui.search.search_dialog import SearchDialog
from casebook.ui.settings_dialog import SettingsDialog
from casebook.ui.stats.stats_dialog import StatsDialog
from casebook.ui.tasks import TaskRunner
from casebook.ui.unlock.create_panel import CreatePanel
from casebook.ui.vault.change_passphrase_dialog import ChangePassphraseDialog
from casebook.ui.vault.deep_erase_dialog import DeepEraseDialog
from casebook.ui.vault.recovery_code_dialog import NewRecoveryCodeDialog
from casebook.ui.vault.verify_dialog import VerifyDialog
from casebook.ui.vault.vocabulary_dialog import VocabularyDialog
from casebook.ui.vault.wipe_dialog import COUNTDOWN_S, WipeKeysDialog
from casebook.ui.widgets import file_dialog, lock_icon, message_box
from casebook.ui.workspace.workspace import Workspace

__all__ = ["MainActions"]


class MainActions(ExchangeCommands):
    """The actions, toolbar and menus of `MainWindow`, and what they do."""

    # Set by MainWindow: the vault, the task runner and the state the commands act on.
    vault_root: Path
    env: Env | None
    workspace: Workspace | None
    page: QWidget | None
    search_dialog: SearchDialog | None
    _runner: TaskRunner
    _policy: KdfPolicy
    _prefs: Preferences
    wipe_countdown_s = COUNTDOWN_S  # tests shorten it

    def lock(self) -> None:
        """Lock now (MainWindow)."""
        raise NotImplementedError

    def open_vault(self, root: Path) -> None:
        """Switch to the vault in `root` (MainWindow)."""
        raise NotImplementedError

    def wipe_keys(self, also_folder: bool, dialog: WipeKeysDialog) -> None:
        """Lock, then wipe the keyslots (MainWindow)."""
        raise NotImplementedError

    # -- actions --------------------------------------------------------------------------

    def _build_actions(self) -> None:
        self.new_case_action = QAction(self)
        self.new_case_action.setShortcut(QKeySequence.StandardKey.New)
        self.search_action = QAction(self)
        self.search_action.setShortcut(QKeySequence.StandardKey.Find)
        self.lock_action = QAction(self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        # Ctrl+L locks from any window of casebook: each dialog gets the action as it comes to
        # the front (a modal one blocks the main window's own shortcuts).
        self.lock_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.lock_action.setIcon(lock_icon(self.palette().color(QPalette.ColorRole.WindowText)))
        self.open_vault_action = QAction(self)
        self.change_passphrase_action = QAction(self)
        self.recovery_code_action = QAction(self)
        self.verify_action = QAction(self)
        self.deep_erase_action = QAction(self)
        self.wipe_action = QAction(self)
        self.erasures_action = QAction(self)
        self.vocabularies_action = QAction(self)
        self.delete_case_action = QAction(self)
        self.deleted_items_action = QAction(self)
        self.report_action = QAction(self)
        self.stats_action = QAction(self)
        self.peers_action = QAction(self)
        self.export_action = QAction(self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.import_action = QAction(self)
        self.travel_out_action = QAction(self)
        self.travel_back_action = QAction(self)
        self.alerts_action = QAction(self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.settings_action = QAction(self)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.new_case_action.triggered.connect(self.on_new_case_action_triggered)
        self.search_action.triggered.connect(self.on_search_action_triggered)
        self.lock_action.triggered.connect(self.lock)
        self.open_vault_action.triggered.connect(self.on_open_vault_action_triggered)
        self.change_passphrase_action.triggered.connect(self.on_change_passphrase_action_triggered)
        self.recovery_code_action.triggered.connect(self.on_recovery_code_action_triggered)
        self.verify_action.triggered.connect(self.on_verify_action_triggered)
        self.deep_erase_action.triggered.connect(self.on_deep_erase_action_triggered)
        self.wipe_action.triggered.connect(self.on_wipe_action_triggered)
        self.erasures_action.triggered.connect(self.on_erasures_action_triggered)
        self.vocabularies_action.triggered.connect(self.on_vocabularies_action_triggered)
        self.delete_case_action.triggered.connect(self.on_delete_case_action_triggered)
        self.deleted_items_action.triggered.connect(self.on_deleted_items_action_triggered)
        self.report_action.triggered.connect(self.on_report_action_triggered)
        self.stats_action.triggered.connect(self.on_stats_action_triggered)
        self.peers_action.triggered.connect(self.on_peers_action_triggered)
        self.export_action.triggered.connect(self.on_export_action_triggered)
        self.import_action.triggered.connect(self.on_import_action_triggered)
        self.travel_out_action.triggered.connect(self.on_travel_out_action_triggered)
        self.travel_back_action.triggered.connect(self.on_travel_back_action_triggered)
        self.alerts_action.triggered.connect(self.on_alerts_action_triggered)
        self.settings_action.triggered.connect(self.on_settings_action_triggered)
        self.quit_action.triggered.connect(self.close)
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.addAction(self.new_case_action)
        self.toolbar.addAction(self.search_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.export_action)
        self.toolbar.addAction(self.import_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.lock_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.settings_action)
        self.addToolBar(self.toolbar)

    def _retranslate(self) -> None:
        self.new_case_action.setText(QCoreApplication.translate("MainWindow", "&New case…"))
        self.search_action.setText(QCoreApplication.translate("MainWindow", "&Search all cases…"))
        self.lock_action.setText(QCoreApplication.translate("MainWindow", "&Lock now"))
        self.lock_action.setToolTip(QCoreApplication.translate("MainWindow", "Lock now (Ctrl+L)"))
        self.open_vault_action.setText(
            QCoreApplication.translate("MainWindow", "&Open another vault…")
        )
        self.change_passphrase_action.setText(
            QCoreApplication.translate("MainWindow", "&Change passphrase…")
        )
        self.recovery_code_action.setText(
            QCoreApplication.translate("MainWindow", "New &recovery code…")
        )
        self.verify_action.setText(
            QCoreApplication.translate("MainWindow", "Check vault &integrity…")
        )
        self.vocabularies_action.setText(QCoreApplication.translate("MainWindow", "&Vocabularies…"))
        self.delete_case_action.setText(
            QCoreApplication.translate("MainWindow", "De&lete this case…")
        )
        self.deleted_items_action.setText(
            QCoreApplication.translate("MainWindow", "&Deleted items…")
        )
        self.report_action.setText(QCoreApplication.translate("MainWindow", "Case &report…"))
        self.stats_action.setText(QCoreApplication.translate("MainWindow", "S&tatistics…"))
        self.deep_erase_action.setText(QCoreApplication.translate("MainWindow", "&Deep erase…"))
        self.wipe_action.setText(QCoreApplication.translate("MainWindow", "&Wipe keys now…"))
        self.erasures_action.setText(QCoreApplication.translate("MainWindow", "E&rasure requests…"))
        self.peers_action.setText(QCoreApplication.translate("MainWindow", "&Peers…"))
        self.export_action.setText(QCoreApplication.translate("MainWindow", "&Export bundle…"))
        self.export_action.setToolTip(
            QCoreApplication.translate(
                "MainWindow", "Seal changes for colleagues into a bundle (Ctrl+E)"
            )
        )
        self.import_action.setText(QCoreApplication.translate("MainWindow", "&Import bundle…"))
        self.import_action.setToolTip(
            QCoreApplication.translate("MainWindow", "Open a bundle from a colleague (Ctrl+I)")
        )
        self.alerts_action.setText(QCoreApplication.translate("MainWindow", "Compromise &alerts…"))
        self.travel_out_action.setText(QCoreApplication.translate("MainWindow", "&Travel out…"))
        self.travel_out_action.setToolTip(
            QCoreApplication.translate(
                "MainWindow", "Take cases off this laptop into a bundle on another drive"
            )
        )
        self.travel_back_action.setText(QCoreApplication.translate("MainWindow", "Travel &back…"))
        self.settings_action.setText(QCoreApplication.translate("MainWindow", "S&ettings…"))
        self.quit_action.setText(QCoreApplication.translate("MainWindow", "&Quit"))
        self.toolbar.setWindowTitle(QCoreApplication.translate("MainWindow", "Main toolbar"))
        bar = self.menuBar()
        bar.clear()
        vault_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Vault"))
        vault_menu.addAction(self.lock_action)
        vault_menu.addSeparator()
        vault_menu.addAction(self.change_passphrase_action)
        vault_menu.addAction(self.recovery_code_action)
        vault_menu.addAction(self.verify_action)
        vault_menu.addAction(self.deep_erase_action)
        vault_menu.addAction(self.wipe_action)
        vault_menu.addSeparator()
        vault_menu.addAction(self.open_vault_action)
        vault_menu.addSeparator()
        vault_menu.addAction(self.settings_action)
        vault_menu.addSeparator()
        vault_menu.addAction(self.quit_action)
        case_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Cases"))
        case_menu.addAction(self.new_case_action)
        case_menu.addAction(self.search_action)
        case_menu.addSeparator()
        case_menu.addAction(self.delete_case_action)
        case_menu.addAction(self.deleted_items_action)
        case_menu.addSeparator()
        case_menu.addAction(self.report_action)
        case_menu.addAction(self.stats_action)
        case_menu.addSeparator()
        case_menu.addAction(self.vocabularies_action)
        exchange_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "E&xchange"))
        exchange_menu.addAction(self.peers_action)
        exchange_menu.addSeparator()
        exchange_menu.addAction(self.export_action)
        exchange_menu.addAction(self.import_action)
        exchange_menu.addSeparator()
        exchange_menu.addAction(self.travel_out_action)
        exchange_menu.addAction(self.travel_back_action)
        exchange_menu.addSeparator()
        exchange_menu.addAction(self.alerts_action)
        exchange_menu.addAction(self.erasures_action)
        self._update_actions()

    def on_app_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Give the window that now has focus the Lock action, so Ctrl+L works there too."""
        window = new.window() if new is not None else None
        if window is None or window is self or self.lock_action in window.actions():
            return
        parent = window.parentWidget()
        while parent is not None and parent is not self:
            parent = parent.parentWidget()
        if parent is self:  # one of casebook's own windows (isAncestorOf stops at a window)
            window.addAction(self.lock_action)

    def _update_actions(self) -> None:
        unlocked = self.workspace is not None
        creating = isinstance(self.page, CreatePanel) and self.page.busy
        self.new_case_action.setEnabled(unlocked)
        self.search_action.setEnabled(unlocked)
        self.lock_action.setEnabled(unlocked)
        for action in (
            self.change_passphrase_action,
            self.recovery_code_action,
            self.verify_action,
            self.vocabularies_action,
            self.delete_case_action,
            self.deleted_items_action,
            self.report_action,
            self.stats_action,
            self.peers_action,
            self.export_action,
            self.import_action,
            self.travel_out_action,
            self.travel_back_action,
            self.alerts_action,
            self.deep_erase_action,
            self.erasures_action,
        ):
            action.setEnabled(unlocked)
        self.open_vault_action.setEnabled(not unlocked and not creating)
        # The panic wipe needs no unlocking: locked or not, as long as a vault is here.
        self.wipe_action.setEnabled(not creating and VaultPaths(self.vault_root).exists())
        self.settings_action.setEnabled(not creating)

    # -- commands -------------------------------------------------------------------------

    def on_new_case_action_triggered(self) -> None:
        """Ask for a new case's title."""
        if self.workspace is not None:
            self.workspace.new_case()

    def on_delete_case_action_triggered(self) -> None:
        """Delete the open case, after a question."""
        if self.workspace is not None:
            self.workspace.delete_case()

    def on_deleted_items_action_triggered(self) -> None:
        """What was deleted, to restore."""
        if self.workspace is not None:
            self.workspace.open_deleted()

    def on_search_action_triggered(self) -> None:
        """Open (or bring back) global search."""
        if self.env is None or self.workspace is None:
            return
        dialog = self.search_dialog
        if dialog is None or not shiboken6.isValid(dialog):
            dialog = SearchDialog(self.env, self)
            dialog.hit_chosen.connect(self.workspace.open_hit)
            self.search_dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        dialog.query.setFocus()
        dialog.query.selectAll()

    def on_open_vault_action_triggered(self) -> None:
        """Choose another vault folder (remembered by nobody once casebook exits)."""
        if self.workspace is not None:
            return
        dialog = file_dialog(
            self,
            QCoreApplication.translate("MainWindow", "Choose the vault folder"),
            QFileDialog.FileMode.Directory,
        )
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.fileSelected.connect(lambda path: self.open_vault(Path(path)))
        dialog.open()

    def on_settings_action_triggered(self) -> None:
        """Open Settings (language, auto-lock, clipboard)."""
        existing = self.findChild(SettingsDialog)
        watcher = getattr(self, "lock_watcher", None)
        available = watcher.available if watcher is not None else frozenset()
        dialog = existing if existing is not None else SettingsDialog(self._prefs, self, available)
        dialog.show()
        dialog.raise_()

    def on_change_passphrase_action_triggered(self) -> None:
        """Ask for the current passphrase and a new one."""
        if self.workspace is not None and self.env is not None:
            ChangePassphraseDialog(
                self.vault_root, self._runner, self._policy, self, language=self.env.language
            ).open()

    def on_recovery_code_action_triggered(self) -> None:
        """Replace the recovery code and show the new one once."""
        if self.workspace is not None and self.env is not None:
            NewRecoveryCodeDialog(
                self.vault_root, self._runner, self._policy, self, copy=self.env.clipboard.copy
            ).open()

    def on_verify_action_triggered(self) -> None:
        """Check every page, change and attachment of the vault."""
        if self.env is not None:
            VerifyDialog(self.env, self).open()

    def on_vocabularies_action_triggered(self) -> None:
        """Show the vocabularies, and add a term."""
        if self.env is not None:
            VocabularyDialog(self.env, self).open()

    def on_report_action_triggered(self) -> None:
        """Write the open case's court report (a wizard); without an open case, say so."""
        if self.env is None or self.workspace is None:
            return
        case_id = self.workspace.place().case_id
        if case_id is None:
            box, _ = message_box(
                self,
                QMessageBox.Icon.Information,
                QCoreApplication.translate("MainWindow", "Case report"),
                QCoreApplication.translate(
                    "MainWindow", "Open a case first, then write its report."
                ),
                [
                    (
                        QCoreApplication.translate("MainWindow", "OK"),
                        QMessageBox.ButtonRole.AcceptRole,
                    )
                ],
            )
            box.open()
            return
        ReportWizard(self.env, case_id, self).open()

    def on_stats_action_triggered(self) -> None:
        """The docket's figures (one window, brought back if open)."""
        if self.env is None:
            return
        existing = self.findChild(StatsDialog)
        dialog = existing if existing is not None else StatsDialog(self.env, self)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def on_deep_erase_action_triggered(self) -> None:
        """Re-encrypt the vault under a new master key; the app goes on with the new session."""
        if self.env is None or self.workspace is None:
            return
        self.workspace.flush()  # queued before the deep erase: in the vault it copies
        dialog = DeepEraseDialog(self.env, self.vault_root, self._policy, self)
        dialog.session_replaced.connect(lambda service: self.resume_with(service, dialog))
        dialog.open()

    def on_wipe_action_triggered(self) -> None:
        """The panic wipe: explain, confirm with a word, count down, then wipe."""
        if not VaultPaths(self.vault_root).exists():
            return
        dialog = WipeKeysDialog(self, countdown_s=self.wipe_countdown_s)
        dialog.wipe_requested.connect(lambda also: self.wipe_keys(also, dialog))
        dialog.open()
