"""Windows: session notifications and power broadcasts. UNTESTED: written to the Win32
documentation, never run (the project's machines are Linux); see docs/ui.md "Lock triggers".

    WTSRegisterSessionNotification(hwnd, NOTIFY_FOR_THIS_SESSION) makes Windows send the main
    window WM_WTSSESSION_CHANGE:
        WTS_SESSION_LOCK                               → screen lock  (Win+L, lid closed, …)
        WTS_CONSOLE_DISCONNECT, WTS_REMOTE_DISCONNECT,
        WTS_SESSION_LOGOFF                             → user switch
    WM_POWERBROADCAST with PBT_APMSUSPEND              → sleep (sent to every top-level window)

A QAbstractNativeEventFilter reads each MSG before Qt does and never consumes it.
"""

from __future__ import annotations

import ctypes
from ctypes import wintypes
from typing import Any

from PySide6.QtCore import QAbstractNativeEventFilter, QCoreApplication
from PySide6.QtWidgets import QWidget

from casebook.ui.lock_triggers import SCREEN_LOCK, SLEEP, USER_SWITCH, Emit

__all__ = ["WindowsSession"]

WM_WTSSESSION_CHANGE = 0x02B1
WM_POWERBROADCAST = 0x0218
PBT_APMSUSPEND = 0x0004
NOTIFY_FOR_THIS_SESSION = 0
SESSION_EVENTS = {
    0x7: SCREEN_LOCK,  # WTS_SESSION_LOCK
    0x2: USER_SWITCH,  # WTS_CONSOLE_DISCONNECT
    0x4: USER_SWITCH,  # WTS_REMOTE_DISCONNECT
    0x6: USER_SWITCH,  # WTS_SESSION_LOGOFF
}


class _Filter(QAbstractNativeEventFilter):
    def __init__(self, emit: Emit) -> None:
        super().__init__()
        self._emit = emit

    def nativeEventFilter(self, event_type: Any, message: Any) -> tuple[bool, int]:
        """Note the messages that lock; let every message through."""
        if bytes(event_type) in (b"windows_generic_MSG", b"windows_dispatcher_MSG"):
            msg = wintypes.MSG.from_address(int(message))
            if msg.message == WM_WTSSESSION_CHANGE:
                trigger = SESSION_EVENTS.get(int(msg.wParam))
                if trigger is not None:
                    self._emit(trigger)
            elif msg.message == WM_POWERBROADCAST and int(msg.wParam) == PBT_APMSUSPEND:
                self._emit(SLEEP)
        return False, 0


class WindowsSession:
    """Session notifications for the main window, read by a native event filter."""

    def __init__(self, emit: Emit, window: QWidget) -> None:
        self._hwnd = int(window.winId())
        self._wts: Any = ctypes.WinDLL("wtsapi32")  # type: ignore[attr-defined]
        self._filter = _Filter(emit)
        app = QCoreApplication.instance()
        if app is None:
            raise OSError("no application")
        app.installNativeEventFilter(self._filter)
        self._registered = bool(
            self._wts.WTSRegisterSessionNotification(
                wintypes.HWND(self._hwnd), NOTIFY_FOR_THIS_SESSION
            )
        )

    @property
    def available(self) -> frozenset[str]:
        """Sleep always; lock and user switch once the session notifications are registered."""
        extra = {SCREEN_LOCK, USER_SWITCH} if self._registered else set()
        return frozenset({SLEEP, *extra})

    def close(self) -> None:
        """Unregister and remove the filter."""
        if self._registered:
            self._wts.WTSUnRegisterSessionNotification(wintypes.HWND(self._hwnd))
            self._registered = False
        app = QCoreApplication.instance()
        if app is not None:
            app.removeNativeEventFilter(self._filter)
