"""Casebook never starts a D-Bus bus of its own: it uses the session's bus, or none.

On an X session without `DBUS_SESSION_BUS_ADDRESS`, libdbus "autolaunches" a bus the moment
anything in the process asks for the session bus (Qt's platform plugin and accessibility bridge
do, unasked): `dbus-launch` starts a `dbus-daemon` that outlives casebook and writes
`$HOME/.dbus/session-bus/<machine id>-<display>`, a file that says casebook ran on this display.

So before the QApplication exists (`ensure_no_bus_of_our_own`):

    DBUS_SESSION_BUS_ADDRESS set          the session's bus: left as it is
    unset, $XDG_RUNTIME_DIR/bus a socket   the user's bus (systemd), named explicitly
    unset, neither                        "disabled:", an address no transport accepts, so
                                          every connection fails at once and none is launched

libdbus autolaunches only when the variable is unset; an address it cannot parse is an error
("Unknown address type"), which Qt takes quietly. Measured with Qt 6 on Xvfb: without this,
`$HOME/.dbus/session-bus/…` appeared and a `dbus-daemon` stayed after exit; with it, neither.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import MutableMapping
from pathlib import Path

__all__ = ["NO_BUS", "dbus_escape", "ensure_no_bus_of_our_own"]

NO_BUS = "disabled:"
_SAFE = frozenset(b"-_/.\\*0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def dbus_escape(value: str) -> str:
    """A value escaped for a D-Bus address (each byte outside the safe set as %XX)."""
    return "".join(chr(b) if b in _SAFE else f"%{b:02x}" for b in os.fsencode(value))


def _user_bus(environ: MutableMapping[str, str]) -> Path | None:
    runtime = environ.get("XDG_RUNTIME_DIR", "")
    if not runtime:
        return None
    path = Path(runtime) / "bus"
    try:
        st = path.lstat()
    except OSError:
        return None
    getuid = getattr(os, "getuid", None)
    owner_ok = getuid is None or st.st_uid == getuid()
    return path if stat.S_ISSOCK(st.st_mode) and owner_ok else None


def ensure_no_bus_of_our_own(environ: MutableMapping[str, str] | None = None) -> str:
    """Set `DBUS_SESSION_BUS_ADDRESS` so that nothing in this process can launch a bus.

    Call before the QApplication is made. Returns "session" (an address was set), "user" (the
    user's bus socket was named) or "none" (no bus: `NO_BUS`). Windows and macOS have no
    autolaunch of this kind; the variable is left alone there.
    """
    env = os.environ if environ is None else environ
    if env.get("DBUS_SESSION_BUS_ADDRESS"):
        return "session"
    if sys.platform in ("win32", "darwin"):
        return "none"
    user_bus = _user_bus(env)
    if user_bus is not None:
        env["DBUS_SESSION_BUS_ADDRESS"] = f"unix:path={dbus_escape(str(user_bus))}"
        return "user"
    env["DBUS_SESSION_BUS_ADDRESS"] = NO_BUS
    return "none"
