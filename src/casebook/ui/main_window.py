"""The main window: the unlock or create screen while locked, the workspace while unlocked.

    locked ──(UnlockPanel / CreatePanel: run_task)──► unlocked: StoreClient + Env + Workspace
    unlocked ──(Ctrl+L, toolbar, idle, close)──► flush typing → remember the place → drop every
             model and dialog → close the connection (queued after the flushed writes) → clear
             casebook's text from the clipboard → UnlockPanel

Unlocking again returns to the remembered place. Nothing about vaults or places is written to
disk; the window title never shows case text.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QMainWindow,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from casebook.base.paths import VaultPaths
from casebook.base.settings import Settings
from casebook.crypto.kdf import KdfPolicy
from casebook.service import CaseService
from casebook.ui.bundles.export_wizard import ExportWizard
from casebook.ui.bundles.import_wizard import ImportWizard
from casebook.ui.clipboard import ClipboardGuard
from casebook.ui.env import Env
from casebook.ui.errors import message_for
from casebook.ui.idle import IdleWatcher
from casebook.ui.peer_book import PeerBook
from casebook.ui.peers.alerts_dialog import AlertsDialog, count_unseen
from casebook.ui.peers.peers_dialog import PeersDialog
from casebook.ui.preferences import Preferences
from casebook.ui.search.search_dialog import SearchDialog
from casebook.ui.settings_dialog import SettingsDialog
from casebook.ui.tasks import TaskRunner
from casebook.ui.translation import Translations, resolve_language
from casebook.ui.unlock.create_panel import CreatePanel
from casebook.ui.unlock.unlock_panel import UnlockPanel
from casebook.ui.vault.change_passphrase_dialog import ChangePassphraseDialog
from casebook.ui.vault.recovery_code_dialog import NewRecoveryCodeDialog
from casebook.ui.vault.verify_dialog import VerifyDialog
from casebook.ui.vault.vocabulary_dialog import VocabularyDialog
from casebook.ui.vocabularies import VocabularyBook, load_vocabularies
from casebook.ui.widgets import ErrorBanner, file_dialog, lock_icon
from casebook.ui.worker import StoreClient
from casebook.ui.workspace.workspace import Place, Workspace

__all__ = ["MainWindow"]


class MainWindow(QMainWindow):
    """The one window of casebook."""

    unlocked = Signal()
    locked = Signal()

    def __init__(
        self,
        *,
        vault_root: Path,
        runner: TaskRunner,
        policy: KdfPolicy,
        translations: Translations,
        preferences: Preferences,
        clipboard: ClipboardGuard,
        idle: IdleWatcher,
        idle_ms: int | None = None,
    ) -> None:
        super().__init__()
        self.vault_root = vault_root
        self._runner = runner
        self._policy = policy
        self._translations = translations
        self._prefs = preferences
        self.clipboard = clipboard
        self.idle = idle
        self._idle_ms = idle_ms  # tests shorten auto-lock; otherwise minutes from Settings
        self.client: StoreClient | None = None
        self.env: Env | None = None
        self.workspace: Workspace | None = None
        self.page: QWidget | None = None
        self.search_dialog: SearchDialog | None = None
        self._place: Place | None = None
        self._alert_shown = False  # the banner tells of unseen compromise alerts
        self._code_lost = False  # a lock closed "New recovery code" before it was written down
        self.setWindowTitle("casebook")
        self.setObjectName("mainWindow")
        central = QWidget(self)
        self._layout = QVBoxLayout(central)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.banner = ErrorBanner(central)
        self.banner.setContentsMargins(8, 4, 8, 4)
        self._layout.addWidget(self.banner)
        self.setCentralWidget(central)
        self._banner_timer = QTimer(self)
        self._banner_timer.setSingleShot(True)
        self._banner_timer.timeout.connect(self.on_banner_timer_timeout)
        self._build_actions()
        self._retranslate()
        idle.idle.connect(self.lock)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self.on_app_focus_changed)
        preferences.changed.connect(self.on_preferences_changed)
        self._apply_timeouts(preferences.current)
        self.show_start()

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
        self.vocabularies_action = QAction(self)
        self.peers_action = QAction(self)
        self.export_action = QAction(self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.import_action = QAction(self)
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
        self.vocabularies_action.triggered.connect(self.on_vocabularies_action_triggered)
        self.peers_action.triggered.connect(self.on_peers_action_triggered)
        self.export_action.triggered.connect(self.on_export_action_triggered)
        self.import_action.triggered.connect(self.on_import_action_triggered)
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
        self.new_case_action.setText(self.tr("&New case…"))
        self.search_action.setText(self.tr("&Search all cases…"))
        self.lock_action.setText(self.tr("&Lock now"))
        self.lock_action.setToolTip(self.tr("Lock now (Ctrl+L)"))
        self.open_vault_action.setText(self.tr("&Open another vault…"))
        self.change_passphrase_action.setText(self.tr("&Change passphrase…"))
        self.recovery_code_action.setText(self.tr("New &recovery code…"))
        self.verify_action.setText(self.tr("Check vault &integrity…"))
        self.vocabularies_action.setText(self.tr("&Vocabularies…"))
        self.peers_action.setText(self.tr("&Peers…"))
        self.export_action.setText(self.tr("&Export bundle…"))
        self.export_action.setToolTip(self.tr("Seal changes for colleagues into a bundle (Ctrl+E)"))
        self.import_action.setText(self.tr("&Import bundle…"))
        self.import_action.setToolTip(self.tr("Open a bundle from a colleague (Ctrl+I)"))
        self.alerts_action.setText(self.tr("Compromise &alerts…"))
        self.settings_action.setText(self.tr("S&ettings…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.toolbar.setWindowTitle(self.tr("Main toolbar"))
        bar = self.menuBar()
        bar.clear()
        vault_menu = bar.addMenu(self.tr("&Vault"))
        vault_menu.addAction(self.lock_action)
        vault_menu.addSeparator()
        vault_menu.addAction(self.change_passphrase_action)
        vault_menu.addAction(self.recovery_code_action)
        vault_menu.addAction(self.verify_action)
        vault_menu.addSeparator()
        vault_menu.addAction(self.open_vault_action)
        vault_menu.addSeparator()
        vault_menu.addAction(self.settings_action)
        vault_menu.addSeparator()
        vault_menu.addAction(self.quit_action)
        case_menu = bar.addMenu(self.tr("&Cases"))
        case_menu.addAction(self.new_case_action)
        case_menu.addAction(self.search_action)
        case_menu.addSeparator()
        case_menu.addAction(self.vocabularies_action)
        exchange_menu = bar.addMenu(self.tr("E&xchange"))
        exchange_menu.addAction(self.peers_action)
        exchange_menu.addSeparator()
        exchange_menu.addAction(self.export_action)
        exchange_menu.addAction(self.import_action)
        exchange_menu.addSeparator()
        exchange_menu.addAction(self.alerts_action)
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
            self.peers_action,
            self.export_action,
            self.import_action,
            self.alerts_action,
        ):
            action.setEnabled(unlocked)
        self.open_vault_action.setEnabled(not unlocked and not creating)
        self.settings_action.setEnabled(not creating)

    # -- pages ----------------------------------------------------------------------------

    def _set_page(self, page: QWidget) -> None:
        old, self.page = self.page, page
        if old is not None:
            if isinstance(old, CreatePanel):
                old.discard()
            elif isinstance(old, UnlockPanel):
                old.cancel()
            self._layout.removeWidget(old)
            old.hide()
            old.deleteLater()
        self._layout.addWidget(page, 1)
        page.show()
        page.setFocus()
        self._update_actions()

    def show_start(self) -> None:
        """Unlock if a vault is at the chosen place, else offer to create one."""
        panel: UnlockPanel | CreatePanel
        if VaultPaths(self.vault_root).exists():
            unlock = UnlockPanel(self.vault_root, self._runner, self._policy, self)
            unlock.unlocked.connect(self.on_panel_unlocked)
            panel = unlock
        else:
            create = CreatePanel(self.vault_root, self._runner, self._policy, self)
            create.created.connect(self.on_panel_unlocked)
            create.steps.currentChanged.connect(lambda _: self._update_actions())
            panel = create
        panel.open_other_requested.connect(self.on_open_vault_action_triggered)
        self._set_page(panel)

    def on_panel_unlocked(self, service: CaseService) -> None:
        """The vault is open: start its store thread and show the workspace."""
        client = StoreClient(service, self)
        client.closed.connect(client.deleteLater)
        self.client = client
        self.env = Env(
            client=client,
            runner=self._runner,
            language=self._translations.language,
            clipboard=self.clipboard,
            report_error=self.report_error,
            notify_saved=self.on_saved,
            me=service.me,
            vocabularies=VocabularyBook(),
            peers=PeerBook(),
        )
        # The first job of the session: the forms offer the vault's own terms from the start.
        self.env.read(load_vocabularies, self.env.vocabularies.set, self.env.vocabularies)
        self.env.read(lambda s: s.peers.list(), self.env.peers.set, self.env.peers)
        self._show_workspace()
        self.check_alerts()
        self.idle.start()
        if self._code_lost:
            self._code_lost = False
            self.banner.show_error(
                self.tr(
                    "casebook locked before the new recovery code was written down. The old "
                    "code no longer works: make another one (Vault → New recovery code…)."
                )
            )
        self.unlocked.emit()

    def _show_workspace(self) -> None:
        if self.env is None:
            return
        workspace = Workspace(self.env, self)
        self.workspace = workspace
        self._set_page(workspace)
        workspace.start()
        place, self._place = self._place, None
        workspace.restore(place)
        self._update_actions()

    # -- locking --------------------------------------------------------------------------

    def lock(self) -> None:
        """Lock now: nothing typed is lost, nothing readable stays on screen or in memory."""
        workspace, client = self.workspace, self.client
        if workspace is None or client is None:
            return
        workspace.flush()  # queued before the close, so it is on disk first
        self._place = workspace.place()
        self._code_lost = self._code_lost or any(
            d.code_unconfirmed
            for d in self.findChildren(NewRecoveryCodeDialog)
            if shiboken6.isValid(d)
        )
        self._close_dialogs()
        workspace.shutdown()
        self.workspace = None
        self.client = None
        self.env = None
        client.close()
        self.clipboard.clear_if_ours()
        self.idle.stop()
        self.banner.clear_message()
        self._alert_shown = False
        self.show_start()
        self.locked.emit()

    @property
    def is_unlocked(self) -> bool:
        """True while a vault is open."""
        return self.workspace is not None

    def _close_dialogs(self) -> None:
        for dialog in self.findChildren(QDialog):
            if shiboken6.isValid(dialog) and not isinstance(dialog, SettingsDialog):
                dialog.close()
                dialog.hide()  # also one that refuses to close (a recovery code on show)
                dialog.deleteLater()
        self.search_dialog = None

    # -- commands -------------------------------------------------------------------------

    def on_new_case_action_triggered(self) -> None:
        """Ask for a new case's title."""
        if self.workspace is not None:
            self.workspace.new_case()

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
            self, self.tr("Choose the vault folder"), QFileDialog.FileMode.Directory
        )
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.fileSelected.connect(lambda path: self.open_vault(Path(path)))
        dialog.open()

    def open_vault(self, root: Path) -> None:
        """Switch to the vault in `root` (or offer to create one there)."""
        if self.workspace is not None:
            return
        self.vault_root = root
        self._place = None
        self.show_start()

    def on_settings_action_triggered(self) -> None:
        """Open Settings (language, auto-lock, clipboard)."""
        existing = self.findChild(SettingsDialog)
        dialog = existing if existing is not None else SettingsDialog(self._prefs, self)
        dialog.show()
        dialog.raise_()

    def on_change_passphrase_action_triggered(self) -> None:
        """Ask for the current passphrase and a new one."""
        if self.workspace is not None:
            ChangePassphraseDialog(self.vault_root, self._runner, self._policy, self).open()

    def on_recovery_code_action_triggered(self) -> None:
        """Replace the recovery code and show the new one once."""
        if self.workspace is not None:
            NewRecoveryCodeDialog(self.vault_root, self._runner, self._policy, self).open()

    def on_verify_action_triggered(self) -> None:
        """Check every page, change and attachment of the vault."""
        if self.env is not None:
            VerifyDialog(self.env, self).open()

    def on_vocabularies_action_triggered(self) -> None:
        """Show the vocabularies, and add a term."""
        if self.env is not None:
            VocabularyDialog(self.env, self).open()

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

    def check_alerts(self) -> None:
        """Say, in the banner, how many compromise alerts are not yet seen."""
        if self.env is None:
            return

        def show(unseen: int) -> None:
            if unseen:
                self._alert_shown = True
                self.banner.show_error(
                    self.tr(
                        "%n compromise alert(s) not yet seen: a colleague's keys may be in "
                        "someone else's hands. See Exchange → Compromise alerts….",
                        "",
                        unseen,
                    )
                )
            elif self._alert_shown:
                self._alert_shown = False
                self.banner.clear_message()

        self.env.read(count_unseen, show, self)

    def on_bundle_imported(self) -> None:
        """New changes arrived: show them."""
        if self.workspace is not None:
            self.workspace.reload()

    # -- feedback -------------------------------------------------------------------------

    def report_error(self, error: BaseException) -> None:
        """Show a translated message for any error (never its text or a traceback)."""
        self.banner.show_error(message_for(error))
        self._alert_shown = False  # the error replaced it; the timer brings it back
        self._banner_timer.start(20_000)

    def on_banner_timer_timeout(self) -> None:
        """An error has been shown long enough; unseen compromise alerts come back."""
        self.banner.clear_message()
        self._alert_shown = False
        self.check_alerts()

    def on_saved(self) -> None:
        """A change reached the vault."""
        self.statusBar().showMessage(self.tr("All changes saved"), 4000)

    # -- settings -------------------------------------------------------------------------

    def _apply_timeouts(self, settings: Settings) -> None:
        idle_ms = self._idle_ms or settings.auto_lock_minutes * 60_000
        self.idle.set_timeout(idle_ms)
        self.clipboard.set_clear_after(settings.clipboard_clear_seconds * 1000)

    def on_preferences_changed(self, settings: Settings) -> None:
        """Apply new settings; a new language rebuilds the screens in place."""
        self._apply_timeouts(settings)
        language = resolve_language(settings.language)
        if language != self._translations.language:
            self._translations.install(language)
            self.retranslate()

    def retranslate(self) -> None:
        """Rebuild texts and screens in the current language, staying where the person is."""
        self._retranslate()
        if self.workspace is not None and self.env is not None:
            self.workspace.flush()
            self._place = self.workspace.place()
            self._close_dialogs()
            self.workspace.shutdown()
            self.env = dataclasses.replace(self.env, language=self._translations.language)
            self._show_workspace()
        elif not (isinstance(self.page, CreatePanel) and self.page.busy):
            self.show_start()

    # -- closing --------------------------------------------------------------------------

    def shutdown(self) -> None:
        """Flush and close the vault, waiting for the store thread (only when quitting)."""
        workspace, client = self.workspace, self.client
        if workspace is not None:
            workspace.flush()
            self._close_dialogs()
            workspace.shutdown()
        self.workspace = None
        self.client = None
        self.env = None
        if client is not None:
            client.join()
        if isinstance(self.page, CreatePanel):
            self.page.discard()
        self.clipboard.clear_if_ours()
        self.idle.stop()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Keep the window size (only that), then lock for good."""
        geometry = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
        self._prefs.update(window_geometry=geometry)
        self.shutdown()
        event.accept()
