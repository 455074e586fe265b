"""Lock when the laptop locks: the screen locks, it sleeps or hibernates, another user takes
the screen. (Minimising is the fourth trigger; `MainWindow` sees it itself.)

Each system says so in its own way, and each way lives in its own module:

    Linux    linux.py    D-Bus through QtDBus, on the session's existing buses only: the
                         freedesktop and GNOME screensavers' ActiveChanged, login1's
                         PrepareForSleep, and our login1 session's Lock and Active
    Windows  windows.py  WTSRegisterSessionNotification and WM_POWERBROADCAST, read by a
                         native event filter                                  (untested)
    macOS    macos.py    NSWorkspace and distributed notifications (PyObjC)   (untested)

`LockWatcher` picks the one for this system and emits `observed(trigger)` with a value of
`casebook.base.settings.LOCK_TRIGGERS`; whether that locks is the person's setting, which the
main window checks. `available` says which triggers this system can report here, so that
Settings can say which ones it cannot. A watcher never fails the app: a system that reports
nothing leaves only idle time, Ctrl+L and minimising.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping
from typing import Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

__all__ = ["LockWatcher", "SCREEN_LOCK", "SLEEP", "USER_SWITCH"]

SCREEN_LOCK, SLEEP, USER_SWITCH = "screen_lock", "sleep", "user_switch"

Emit = Callable[[str], None]


class Backend(Protocol):
    """What a system's watcher offers."""

    @property
    def available(self) -> frozenset[str]:
        """The triggers this system reports here."""
        ...

    def close(self) -> None:
        """Stop watching."""
        ...


class LockWatcher(QObject):
    """Tells when the system locks, sleeps or switches user (whatever the settings say)."""

    observed = Signal(str)

    def __init__(
        self,
        window: QWidget,
        *,
        environ: Mapping[str, str] | None = None,
        platform: str = sys.platform,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        env = dict(os.environ) if environ is None else dict(environ)
        self._backend = _backend(platform, self.observed.emit, env, window, self)

    @property
    def available(self) -> frozenset[str]:
        """The triggers this system reports here (the rest never fire)."""
        return self._backend.available if self._backend is not None else frozenset()

    def close(self) -> None:
        """Stop watching (at exit)."""
        if self._backend is not None:
            self._backend.close()
            self._backend = None


def _backend(
    platform: str, emit: Emit, env: dict[str, str], window: QWidget, parent: QObject
) -> Backend | None:
    # Each import is inside its branch: QtDBus is not in every Qt build, PyObjC only on macOS.
    try:
        if platform == "win32":
            from casebook.ui.lock_triggers.windows import WindowsSession

            return WindowsSession(emit, window)
        if platform == "darwin":
            from casebook.ui.lock_triggers.macos import MacWorkspace

            return MacWorkspace(emit)
        from casebook.ui.lock_triggers.linux import LinuxBuses

        return LinuxBuses(emit, env, parent)
    except (ImportError, OSError):
        return None
