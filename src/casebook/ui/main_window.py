"""The main window: the unlock or create screen while locked, the workspace while unlocked.

    locked ──(UnlockPanel / CreatePanel: run_task)──► unlocked: StoreClient + Env + Workspace
    unlocked ──(Ctrl+L, toolbar, idle, the screen locks, sleep, user switch, minimise, close)
             ──► flush typing → remember the place → drop every
             model and dialog → close the connection (queued after the flushed writes) → clear
             casebook's text from the clipboard → UnlockPanel

Unlocking again returns to the remembered place. A deep erase (Vault menu) ends with a new
session of the same vault: `resume_with` swaps it in the same way, without the unlock screen.
Nothing about vaults or places is written to disk; the window title never shows case text. The
actions, toolbar and menus, and the commands they run, are in `casebook.ui.main_actions`.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import shiboken6
from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QDialog, QVBoxLayout, QWidget

from casebook.base.paths import VaultPaths
from casebook.base.settings import Settings
from casebook.crypto.kdf import KdfPolicy
from casebook.service import CaseService
from casebook.ui.clipboard import ClipboardGuard
from casebook.ui.env import Env
from casebook.ui.errors import message_for
from casebook.ui.idle import IdleWatcher
from casebook.ui.labels import field_label, kind_label
from casebook.ui.lock_triggers import LockWatcher
from casebook.ui.main_actions import MainActions
from casebook.ui.models.base import RowTableModel
from casebook.ui.models.erasures import count_pending
from casebook.ui.peer_book import PeerBook
from casebook.ui.peers.alerts_dialog import count_unseen
from casebook.ui.preferences import Preferences
from casebook.ui.search.search_dialog import SearchDialog
from casebook.ui.settings_dialog import SettingsDialog
from casebook.ui.tasks import TaskRunner
from casebook.ui.translation import Translations, resolve_language
from casebook.ui.unlock.create_panel import CreatePanel
from casebook.ui.unlock.incomplete_panel import IncompletePanel
from casebook.ui.unlock.unlock_panel import UnlockPanel
from casebook.ui.unsaved import UNSAVED_DRAFT, unsaved_text
from casebook.ui.vault.wipe_dialog import WipeKeysDialog
from casebook.ui.vocabularies import VocabularyBook, load_vocabularies
from casebook.ui.widgets import ErrorBanner
from casebook.ui.worker import StoreClient
from casebook.ui.workspace.workspace import Place, Workspace
from casebook.vault.wipe import Wiped, wipe_keyslots

__all__ = ["MainWindow"]


class MainWindow(MainActions):
    """The one window of casebook (its actions, menus and commands: `MainActions`)."""

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
        self._read_only = False  # the open vault is on read-only media: the banner says so
        self._code_lost = False  # a lock closed "New recovery code" before it was written down
        self.lock_watcher: LockWatcher | None = None  # the system's lock, sleep, user switch
        self._wiped: set[Path] = set()  # vaults wiped in this window (in memory only)
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
        """Unlock if a vault is at the chosen place, else offer to create one; a folder with
        part of a vault says what is missing (and never offers to create over it)."""
        panel: UnlockPanel | CreatePanel | IncompletePanel
        paths = VaultPaths(self.vault_root)
        missing = paths.missing_part()
        if missing is not None:
            wiped = self.vault_root in self._wiped
            panel = IncompletePanel(self.vault_root, missing, self, wiped=wiped)
        elif paths.exists():
            unlock = UnlockPanel(self.vault_root, self._runner, self._policy, self)
            unlock.unlocked.connect(self.on_panel_unlocked)
            panel = unlock
        else:
            create = CreatePanel(
                self.vault_root,
                self._runner,
                self._policy,
                self,
                language=self._translations.language,
                copy=self.clipboard.copy,
            )
            create.created.connect(self.on_panel_unlocked)
            create.steps.currentChanged.connect(lambda _: self._update_actions())
            panel = create
        panel.open_other_requested.connect(self.on_open_vault_action_triggered)
        self._set_page(panel)

    def open_vault(self, root: Path) -> None:
        """Switch to the vault in `root` (or offer to create one there)."""
        if self.workspace is not None:
            return
        self.vault_root = root
        self._place = None
        self.show_start()

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
        self._read_only = service.session.read_only
        # The first job of the session: the forms offer the vault's own terms from the start.
        self.env.read(load_vocabularies, self.env.vocabularies.set, self.env.vocabularies)
        self.env.read(lambda s: s.peers.list(), self.env.peers.set, self.env.peers)
        # Before the workspace reads its records: their forms take back what they held.
        self.env.read(lambda s: s.drafts.load(UNSAVED_DRAFT), self._bring_back_unsaved, self)
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
        with self.idle.quiet():  # the idle filter would double the cost of building it
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
        self._lock()

    def _lock(self, keep: QDialog | None = None) -> None:
        workspace, client = self.workspace, self.client
        if workspace is None or client is None:
            return
        workspace.flush()  # queued before the close, so it is on disk first
        kept = self._keep_unsaved(workspace)
        self._place = workspace.place()
        # New recovery code…, Deep erase…: a code shown and not yet written down is lost.
        self._code_lost = self._code_lost or any(
            getattr(d, "code_unconfirmed", False)
            for d in self.findChildren(QDialog)
            if shiboken6.isValid(d)
        )
        # Every model's rows go now, the dialogs' too (a search's results): a dialog's Python
        # side can outlive its window for a while, and its rows are case text.
        RowTableModel.drop_every_row()
        self._close_dialogs(keep)
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
        if kept:
            self.banner.show_notice(
                self.tr(
                    "Some of what you typed could not be saved (%n field(s) with a date casebook "
                    "cannot read). It is kept inside the vault and comes back, with what to "
                    "correct, when you unlock.",
                    "",
                    kept,
                )
            )
        self.locked.emit()

    def wipe_keys(self, also_folder: bool, dialog: WipeKeysDialog) -> None:
        """The panic wipe: lock first (the connection closes and folds its WAL into the DB),
        then overwrite and remove the keyslots on the task pool; `dialog` tells the result."""
        root = self.vault_root

        def wipe() -> None:
            def done(result: Wiped | BaseException) -> None:
                if not isinstance(result, BaseException):
                    self._wiped.add(root)
                if shiboken6.isValid(dialog):
                    dialog.show_result(result)
                self._place = None  # nothing to return to
                if not (isinstance(self.page, CreatePanel) and self.page.busy):
                    self.show_start()

            self._runner.run_task(
                lambda _token: wipe_keyslots(root, also_folder=also_folder), done, self
            )

        client = self.client
        if client is None:
            wipe()
            return
        client.closed.connect(wipe)
        self._lock(keep=dialog)

    def watch_system_locks(self, watcher: LockWatcher) -> None:
        """Lock when the system says so (screen lock, sleep, user switch), as Settings allow."""
        self.lock_watcher = watcher
        watcher.observed.connect(self.on_lock_watcher_observed)

    def on_lock_watcher_observed(self, trigger: str) -> None:
        """The screen locked, the laptop is going to sleep, or another user took the screen."""
        if self._prefs.current.locks_on(trigger):
            self.lock()

    def changeEvent(self, event: QEvent) -> None:
        """Minimised: lock, if Settings say so (KeePassXC's "lock when minimising")."""
        super().changeEvent(event)
        if (
            event.type() == QEvent.Type.WindowStateChange
            and self.isMinimized()
            and self._prefs.current.locks_on("minimise")
        ):
            # After the state change is done: locking rebuilds the window's page.
            QTimer.singleShot(0, self.lock)

    def _keep_unsaved(self, workspace: Workspace) -> int:
        """Keep what was typed and cannot be saved (`Env.keep_unsaved`)."""
        return 0 if self.env is None else self.env.keep_unsaved(workspace.unsaved_inputs())

    def _bring_back_unsaved(self, text: str) -> None:
        """After unlocking: say what could not be saved before, and where it waits."""
        if self.env is None or not text:
            return
        entries = self.env.take_unsaved(text)
        if not entries:
            return
        lines = [
            self.tr("“%1” of %2: %3")
            .replace("%1", field_label(e.field))
            .replace("%2", e.where or kind_label(""))
            .replace("%3", unsaved_text(e))
            for e in entries
        ]
        self.banner.show_error(
            self.tr(
                "Not saved before the vault locked, because casebook could not read it as a "
                "date. It is back in its field, marked: correct it there."
            )
            + "\n"
            + "\n".join(lines)
        )
        self._banner_timer.start(60_000)  # the fields say it too, where it is to be corrected

    @property
    def is_unlocked(self) -> bool:
        """True while a vault is open."""
        return self.workspace is not None

    def resume_with(self, service: CaseService, keep: QDialog) -> None:
        """Go on with a new session of the same vault (after a deep erase), in the same place.

        Every window but `keep` (the one showing the new recovery code) closes, as at a lock.
        """
        workspace, client = self.workspace, self.client
        if workspace is None or client is None:
            service.lock()
            return
        self._place = workspace.place()
        # Every model's rows go now, the dialogs' too (a search's results): a dialog's Python
        # side can outlive its window for a while, and its rows are case text.
        RowTableModel.drop_every_row()
        self._close_dialogs(keep)
        workspace.shutdown()
        self.workspace = None
        self.client = None
        self.env = None
        client.close()  # its session is already locked: nothing of it is left to close
        self.on_panel_unlocked(service)

    def _close_dialogs(self, keep: QDialog | None = None) -> None:
        for dialog in self.findChildren(QDialog):
            if dialog is keep:
                continue
            if shiboken6.isValid(dialog) and not isinstance(dialog, SettingsDialog):
                dialog.close()
                dialog.hide()  # also one that refuses to close (a recovery code on show)
                dialog.deleteLater()
        self.search_dialog = None

    # -- feedback -------------------------------------------------------------------------

    def check_alerts(self) -> None:
        """Say, in the banner, how many compromise alerts are not yet seen, and how many
        colleagues' erasure requests wait for confirmation."""
        if self.env is None:
            return

        def show(counts: tuple[int, int]) -> None:
            unseen, pending = counts
            lines = []
            if self._read_only:
                lines.append(
                    self.tr(
                        "Opened read-only: this drive is write-protected. You can read and "
                        "search; changes cannot be saved here."
                    )
                )
            if unseen:
                lines.append(
                    self.tr(
                        "%n compromise alert(s) not yet seen: a colleague's keys may be in "
                        "someone else's hands. See Exchange → Compromise alerts….",
                        "",
                        unseen,
                    )
                )
            if pending:
                lines.append(
                    self.tr(
                        "%n erasure request(s) from colleagues wait for your confirmation; "
                        "until then the values are hidden. See Exchange → Erasure requests….",
                        "",
                        pending,
                    )
                )
            if lines:
                self._alert_shown = True
                text = "\n".join(lines)
                (self.banner.show_error if unseen else self.banner.show_notice)(text)
            elif self._alert_shown:
                self._alert_shown = False
                self.banner.clear_message()

        self.env.read(lambda s: (count_unseen(s), count_pending(s)), show, self)

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
            for entry in self.workspace.unsaved_inputs():  # the new forms take them back
                self.env.unsaved.put(entry)
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
            self._keep_unsaved(workspace)
            self._close_dialogs()
            workspace.shutdown()
        self.workspace = None
        self.client = None
        self.env = None
        if client is not None:
            client.join()
        # A lock just before quitting: its store thread may still be closing the connection.
        for closing in self.findChildren(StoreClient):
            if shiboken6.isValid(closing) and not closing.is_closed:
                closing.join()
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
