"""The child process of test_ui_no_bus: the real app on a real X server (xcb), with no
session-bus address, through create, a case, lock, unlock and quit. Run as
`python -m ui.bus_child VAULT`. Prints what Qt's session bus said, for the parent to check."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "xcb"

from PySide6.QtWidgets import QApplication  # noqa: E402

from casebook.base.paths import app_paths  # noqa: E402
from casebook.crypto.kdf import KdfPolicy  # noqa: E402
from casebook.ui.app import build  # noqa: E402
from casebook.ui.session_bus import ensure_no_bus_of_our_own  # noqa: E402

from .driver import Driver, loop_wait_until  # noqa: E402


def main() -> int:
    """Create a vault, add a case, lock, unlock, quit."""
    vault = Path(sys.argv[1])
    # As `casebook` does it: build() settles the bus before the QApplication; here the
    # QApplication is made first (as pytest-qt does), so settle it first too.
    ensure_no_bus_of_our_own()
    QApplication(sys.argv[:1])
    ctx = build(vault, app_paths(), kdf_policy=KdfPolicy.insecure_for_tests())
    ctx.window.show()
    ctx.window.activateWindow()
    d = Driver(ctx, loop_wait_until)
    d.wait_until(lambda: ctx.window.isVisible())
    d.create_vault("a passphrase for the bus test")
    d.add_case("A case on a real X server")
    d.lock()
    print("bus address:", os.environ.get("DBUS_SESSION_BUS_ADDRESS"))
    from PySide6.QtDBus import QDBusConnection

    print("session bus connected:", QDBusConnection.sessionBus().isConnected())
    ctx.window.close()
    ctx.shutdown()
    QApplication.processEvents()
    print("done")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
