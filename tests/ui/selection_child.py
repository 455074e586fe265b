"""The child process of test_ui_selection: the real app on a real X server (xcb). Text is
selected in a case field the way a person does it (a double click, Shift+End), then read by
another program, `xclip -o -selection primary`: before the lock (the control), after it, and
after the selection's time ran out. Run as `python -m ui.selection_child VAULT PASSPHRASE
CANARY`; prints one JSON object for the parent."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "xcb"

from PySide6.QtCore import QPoint, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QLineEdit  # noqa: E402

from casebook.base.paths import app_paths  # noqa: E402
from casebook.crypto.kdf import KdfPolicy  # noqa: E402
from casebook.ui.app import build  # noqa: E402
from casebook.ui.session_bus import ensure_no_bus_of_our_own  # noqa: E402

from .driver import Driver, loop_wait_until  # noqa: E402


def primary() -> str:
    """What another program reads from PRIMARY (the event loop answers it meanwhile)."""
    proc = subprocess.Popen(
        ["xclip", "-o", "-selection", "primary"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    loop_wait_until(lambda: proc.poll() is not None, timeout=10_000)
    assert proc.stdout is not None
    return proc.stdout.read().decode("utf-8", "replace")


def select_by_hand(field: QLineEdit) -> None:
    """Click into the field, Home, then Shift+End: what a person does to select a line."""
    QTest.mouseClick(field, Qt.MouseButton.LeftButton, pos=QPoint(5, field.height() // 2))
    QTest.keyClick(field, Qt.Key.Key_Home)
    QTest.keyClick(field, Qt.Key.Key_End, Qt.KeyboardModifier.ShiftModifier)


def main() -> int:
    """Select, read, lock, read; unlock, select, wait, read."""
    vault, passphrase, canary = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    ensure_no_bus_of_our_own()
    QApplication(sys.argv[:1])
    ctx = build(vault, app_paths(), kdf_policy=KdfPolicy.insecure_for_tests())
    ctx.window.show()
    ctx.window.activateWindow()
    d = Driver(ctx, loop_wait_until)
    d.wait_until(lambda: ctx.window.isActiveWindow())
    out: dict[str, object] = {}
    d.unlock(passphrase)
    d.add_case(f"Дело {canary}")
    title = d.workspace.case_view.overview.form.editors["title"]
    assert isinstance(title, QLineEdit)
    d.wait_until(lambda: canary in title.text())
    select_by_hand(title)
    out["selected"] = title.selectedText()
    out["before_lock"] = primary()
    d.lock()
    out["after_lock"] = primary()

    # Unlocked again: a selection left alone expires like a copy does.
    ctx.clipboard.set_clear_after(700)
    d.unlock(passphrase)
    title = d.workspace.case_view.overview.form.editors["title"]
    assert isinstance(title, QLineEdit)
    d.wait_until(lambda: canary in title.text())
    select_by_hand(title)
    out["reselected"] = primary()
    QTest.qWait(1500)
    out["after_expiry"] = primary()
    out["still_unlocked"] = ctx.window.is_unlocked
    print(json.dumps(out, ensure_ascii=False))
    ctx.window.close()
    ctx.shutdown()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
