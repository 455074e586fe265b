"""The composition root of the desktop app: paths → settings → services → windows.

`casebook` with no command calls `run(vault_root, app_paths)`. Tests call `build(...)` with an
inline task pool, explicit settings and `KdfPolicy.insecure_for_tests()`, drive the real widgets,
then `shutdown()`. Nothing here is a singleton: each object is handed to the next through its
constructor.

Nothing may start a D-Bus bus of its own either (`casebook.ui.session_bus`): that is settled
before the QApplication exists. The system's own lock, sleep and user switch lock the vault
through `casebook.ui.lock_triggers`.

Qt must not persist anything either (DESIGN §2): its own QSettings (the file dialog's history
and last folder, for example) are pointed at a path under the null device, which can never be
created, so they stay in memory and vanish at exit.
"""

from __future__ import annotations

import base64
import binascii
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QSettings, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from casebook.base import settings as settings_io
from casebook.base.hardening import harden_process
from casebook.base.paths import AppPaths
from casebook.base.settings import Settings
from casebook.crypto.kdf import DEFAULT_POLICY, KdfPolicy
from casebook.ui import preflight
from casebook.ui.clipboard import ClipboardGuard
from casebook.ui.crash import CrashHandler
from casebook.ui.idle import IdleWatcher
from casebook.ui.lock_triggers import LockWatcher
from casebook.ui.main_window import MainWindow
from casebook.ui.preferences import Preferences
from casebook.ui.session_bus import ensure_no_bus_of_our_own
from casebook.ui.tasks import Pool, TaskRunner
from casebook.ui.translation import Translations, resolve_language

__all__ = [
    "AppContext",
    "QT_SETTINGS_PATH",
    "build",
    "fit_to_screen",
    "redirect_qt_settings",
    "run",
]

QT_SETTINGS_PATH = str(Path(os.devnull) / "casebook-qt-settings")


def redirect_qt_settings() -> None:
    """Point every QSettings location at a path that cannot exist, so Qt persists nothing."""
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
            QSettings.setPath(fmt, scope, QT_SETTINGS_PATH)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)


@dataclass
class AppContext:
    """Everything `build` made, for `run` and for tests."""

    app: QApplication
    window: MainWindow
    preferences: Preferences
    translations: Translations
    runner: TaskRunner
    clipboard: ClipboardGuard
    idle: IdleWatcher
    lock_watcher: LockWatcher | None = None
    crash: CrashHandler | None = None
    _done: bool = field(default=False, repr=False)

    def shutdown(self) -> None:
        """Close the vault, and undo what `build` installed on the QApplication."""
        if self._done:
            return
        self._done = True
        self.window.shutdown()
        self.window.hide()
        self.window.deleteLater()
        self.idle.detach()
        if self.lock_watcher is not None:
            self.lock_watcher.close()
            self.lock_watcher.deleteLater()
        if self.crash is not None:
            self.crash.uninstall()
        self.translations.install("en")
        self.clipboard.deleteLater()
        self.idle.deleteLater()


# The first window's size where the screen has room; the frame a window manager adds (title bar,
# borders) is unknown until the window is shown, so this much of the screen is left for it.
DEFAULT_SIZE = QSize(1280, 800)
FRAME_ALLOWANCE = QSize(16, 48)


def fit_to_screen(window: QWidget, available: QRect, *, keep_place: bool = False) -> None:
    """Size the window to fit `available` (a screen's area without its panels), frame included,
    and place it there: on a 1366×768 laptop the case count, "New case…" and the status bar
    stay on screen. `keep_place` keeps a restored size and place that already fit."""
    room = QSize(
        available.width() - FRAME_ALLOWANCE.width(), available.height() - FRAME_ALLOWANCE.height()
    )
    if keep_place:
        frame = window.geometry()
        inside = available.adjusted(0, 0, -FRAME_ALLOWANCE.width(), -FRAME_ALLOWANCE.height())
        fits = frame.width() <= room.width() and frame.height() <= room.height()
        if fits and available.contains(frame.topLeft()) and inside.contains(frame.bottomRight()):
            return
        size = window.size().boundedTo(room)
    else:
        size = DEFAULT_SIZE.boundedTo(room)
    window.resize(size)
    x = available.x() + max(0, (room.width() - size.width()) // 2)
    y = available.y() + max(0, (room.height() - size.height()) // 2)
    window.move(x, y)


def _available(window: QWidget) -> QRect:
    screen = QGuiApplication.screenAt(window.geometry().center()) or window.screen()
    if screen is None:
        screen = QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1280, 848)


def _restore_geometry(window: MainWindow, settings: Settings) -> None:
    try:
        raw = base64.b64decode(settings.window_geometry, validate=True)
    except (binascii.Error, ValueError):
        raw = b""
    restored = bool(raw) and window.restoreGeometry(QByteArray(raw))
    # A size saved on a bigger monitor must not push the status bar off a laptop's screen.
    fit_to_screen(window, _available(window), keep_place=restored)


def build(
    vault_root: Path,
    app_paths: AppPaths,
    *,
    kdf_policy: KdfPolicy = DEFAULT_POLICY,
    settings: Settings | None = None,
    pool: Pool | None = None,
    idle_ms: int | None = None,
    clipboard_ms: int | None = None,
    install_crash_handler: bool = False,
) -> AppContext:
    """Build the app's objects and its window (not shown).

    `kdf_policy`, `pool`, `idle_ms` and `clipboard_ms` exist for tests; a user reaches none of
    them. `settings` defaults to the saved ones.
    """
    redirect_qt_settings()
    ensure_no_bus_of_our_own()  # before Qt asks for a bus: never one of our own
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("casebook")
    app.setApplicationDisplayName("casebook")
    if settings is None:
        settings = settings_io.load(app_paths.settings_file)
    preferences = Preferences(settings, app_paths.settings_file)
    translations = Translations(app)
    translations.install(resolve_language(settings.language))
    runner = TaskRunner(pool)
    clipboard = ClipboardGuard(
        app.clipboard(), clipboard_ms or settings.clipboard_clear_seconds * 1000, app
    )
    idle = IdleWatcher(app, idle_ms or settings.auto_lock_minutes * 60_000)
    window = MainWindow(
        vault_root=vault_root,
        runner=runner,
        policy=kdf_policy,
        translations=translations,
        preferences=preferences,
        clipboard=clipboard,
        idle=idle,
        idle_ms=idle_ms,
    )
    if clipboard_ms:
        clipboard.set_clear_after(clipboard_ms)
    lock_watcher = LockWatcher(window, parent=app)
    window.watch_system_locks(lock_watcher)
    _restore_geometry(window, settings)
    crash = None
    if install_crash_handler:
        crash = CrashHandler(lambda: window, window)
        crash.install()
    return AppContext(
        app, window, preferences, translations, runner, clipboard, idle, lock_watcher, crash
    )


def run(vault_root: Path, app_paths: AppPaths, *, kdf_policy: KdfPolicy = DEFAULT_POLICY) -> int:
    """Open the app on `vault_root`; return the exit code when the window closes.

    First, whether Qt's platform plugin can load at all: without its libraries Qt aborts
    (exit 134) with no word from casebook, so say which packages to install instead.
    """
    harden_process()
    problem = preflight.check()
    if problem is not None:
        sys.stderr.write(problem + "\n")
        return 1
    ctx = build(vault_root, app_paths, kdf_policy=kdf_policy, install_crash_handler=True)
    ctx.window.show()
    try:
        return int(ctx.app.exec())
    finally:
        ctx.shutdown()
