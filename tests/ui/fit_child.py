"""The child process of test_ui_start's window-fit test: the real app, started the way `run`
starts it (no saved size), on an offscreen screen of the size the parent configured. Prints,
as JSON, where the case count, "New case…" and the status bar are, and the screen's area.

Run as `python -m ui.fit_child VAULT PASSPHRASE LANGUAGE`, QT_QPA_PLATFORM=offscreen:configfile=…
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QWidget

from casebook.base.paths import AppPaths
from casebook.base.settings import Settings
from casebook.crypto.kdf import KdfPolicy
from casebook.ui.app import build

from .driver import Driver, loop_wait_until


def _on_screen(w: QWidget) -> list[int]:
    top_left = w.mapToGlobal(w.rect().topLeft())
    r = QRect(top_left, w.size())
    return [r.x(), r.y(), r.width(), r.height(), int(w.isVisible())]


def main() -> int:
    """Start, unlock, and report where the bottom of the window is."""
    vault, secret, language = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    QApplication(sys.argv[:1])
    paths = AppPaths(default_vault=vault, config=vault.parent / "config")
    ctx = build(
        vault,
        paths,
        kdf_policy=KdfPolicy.insecure_for_tests(),
        settings=Settings(language=language),
    )
    ctx.window.show()
    d = Driver(ctx, loop_wait_until)
    d.unlock(secret)
    cases = d.workspace.cases
    loop_wait_until(lambda: bool(cases.count.text()))
    d.window.on_saved()  # the status bar says "All changes saved"
    QApplication.processEvents()
    screen = ctx.window.screen().availableGeometry()
    frame = ctx.window.frameGeometry()
    print(
        json.dumps(
            {
                "screen": [screen.x(), screen.y(), screen.width(), screen.height()],
                "frame": [frame.x(), frame.y(), frame.width(), frame.height()],
                "count": _on_screen(cases.count),
                "new_case": _on_screen(cases.new_button),
                "status": _on_screen(d.window.statusBar()),
            }
        )
    )
    d.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
