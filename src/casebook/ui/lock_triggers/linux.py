"""Linux: the session's D-Bus buses tell casebook when to lock (KeePassXC listens the same way).

    session bus  org.freedesktop.ScreenSaver  ActiveChanged(b)   at /org/freedesktop/ScreenSaver
                                                                 and /ScreenSaver (KDE)
                 org.gnome.ScreenSaver        ActiveChanged(b)   at /org/gnome/ScreenSaver
    system bus   org.freedesktop.login1       Manager.PrepareForSleep(b)  (suspend, hibernate)
                                              Session.Lock                (loginctl lock-session)
                                              our session's PropertiesChanged, Active → false
                                                                          (user switch)

Only buses that exist are used: the session's address from `DBUS_SESSION_BUS_ADDRESS` (which
`casebook.ui.session_bus` has settled before Qt started: never a bus of our own), and the system
bus at `DBUS_SYSTEM_BUS_ADDRESS` or its standard socket. No bus, no trigger, no message. Each
watcher opens private connections by address, so a test's private bus is used even after the
process asked Qt for its default buses.

Signals are matched on the sending service's name (Qt follows its owner), so only the owner of
`org.freedesktop.login1` can say that the session locked. Our login1 session is found from
`XDG_SESSION_ID`; without it a Lock of any session counts (a lock too many is harmless), and the
user-switch trigger is not available, because "some session went inactive" would also fire
when the person switches back to this one.
"""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

from PySide6.QtCore import SLOT, QObject, Slot
from PySide6.QtDBus import QDBusConnection

from casebook.ui.lock_triggers import SCREEN_LOCK, SLEEP, USER_SWITCH, Emit

__all__ = ["LinuxBuses", "SYSTEM_BUS_DEFAULT", "session_path"]

SYSTEM_BUS_DEFAULT = "unix:path=/var/run/dbus/system_bus_socket"
LOGIN1 = "org.freedesktop.login1"
SCREENSAVERS = (
    ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("org.freedesktop.ScreenSaver", "/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
)
_names = itertools.count(1)


def _slot(signature: str) -> Any:
    """Qt's SLOT() of a Python slot. QDBusConnection.connect takes the str at run time,
    though PySide's stubs ask for bytes (which it refuses)."""
    return SLOT(signature)


def session_path(session_id: str) -> str:
    """login1's object path of a session (systemd's bus_label_escape of its id)."""
    out = []
    for i, ch in enumerate(session_id.encode("utf-8")):
        c = chr(ch)
        if (c.isascii() and c.isalnum()) and not (i == 0 and c.isdigit()):
            out.append(c)
        else:
            out.append(f"_{ch:02x}")
    return "/org/freedesktop/login1/session/" + "".join(out)


def _reachable(address: str) -> bool:
    """False for no address, casebook's "no bus", or a unix socket path that is not there."""
    if not address or address.startswith("disabled:"):
        return False
    for part in address.split(";"):
        if part.startswith("unix:path="):
            path = part[len("unix:path=") :].split(",")[0]
            if Path(path).exists():
                return True
        elif part:
            return True
    return False


class LinuxBuses(QObject):
    """Private connections to the session and system buses, and the signals that lock."""

    def __init__(self, emit: Emit, env: dict[str, str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._emit = emit
        self._names: list[str] = []
        self._available: set[str] = set()
        session = self._connect(env.get("DBUS_SESSION_BUS_ADDRESS", ""))
        if session is not None:
            for service, path, interface in SCREENSAVERS:
                if session.connect(
                    service,
                    path,
                    interface,
                    "ActiveChanged",
                    self,
                    _slot("on_screensaver_active_changed(bool)"),
                ):
                    self._available.add(SCREEN_LOCK)
        system = self._connect(env.get("DBUS_SYSTEM_BUS_ADDRESS") or SYSTEM_BUS_DEFAULT)
        if system is not None:
            self._watch_login1(system, env.get("XDG_SESSION_ID", ""))

    def _connect(self, address: str) -> QDBusConnection | None:
        if not _reachable(address):
            return None
        name = f"casebook-lock-{next(_names)}"
        connection = QDBusConnection.connectToBus(address, name)
        if not connection.isConnected():
            QDBusConnection.disconnectFromBus(name)
            return None
        self._names.append(name)
        return connection

    def _watch_login1(self, system: QDBusConnection, session_id: str) -> None:
        manager = "/org/freedesktop/login1"
        if system.connect(
            LOGIN1,
            manager,
            f"{LOGIN1}.Manager",
            "PrepareForSleep",
            self,
            _slot("on_prepare_for_sleep(bool)"),
        ):
            self._available.add(SLEEP)
        path = session_path(session_id) if session_id else ""
        if system.connect(
            LOGIN1, path, f"{LOGIN1}.Session", "Lock", self, _slot("on_session_lock()")
        ):
            self._available.add(SCREEN_LOCK)
        if path and system.connect(
            LOGIN1,
            path,
            "org.freedesktop.DBus.Properties",
            "PropertiesChanged",
            self,
            _slot("on_session_properties_changed(QString,QVariantMap,QStringList)"),
        ):
            self._available.add(USER_SWITCH)

    @property
    def available(self) -> frozenset[str]:
        """The triggers these buses can report."""
        return frozenset(self._available)

    def close(self) -> None:
        """Drop the connections."""
        for name in self._names:
            QDBusConnection.disconnectFromBus(name)
        self._names.clear()
        self._available.clear()

    @Slot(bool)
    def on_screensaver_active_changed(self, active: bool) -> None:
        """A screensaver came on (the screen locks with it)."""
        if active:
            self._emit(SCREEN_LOCK)

    @Slot(bool)
    def on_prepare_for_sleep(self, starting: bool) -> None:
        """Suspend or hibernate is about to happen (false: the machine woke up)."""
        if starting:
            self._emit(SLEEP)

    @Slot()
    def on_session_lock(self) -> None:
        """logind asks the session to lock its screen."""
        self._emit(SCREEN_LOCK)

    @Slot(str, "QVariantMap", "QStringList")
    def on_session_properties_changed(
        self, interface: str, changed: dict[str, object], _invalidated: list[str]
    ) -> None:
        """Our session stopped being the active one: another user took the screen."""
        if interface == f"{LOGIN1}.Session" and changed.get("Active") is False:
            self._emit(USER_SWITCH)
