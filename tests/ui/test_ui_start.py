"""Starting casebook (issue 12): a folder that holds part of a vault says what is missing and
offers no Create button; the first window fits a 1366×768 laptop's screen."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QPushButton, QWidget

from casebook.base.errors import VaultIncomplete
from casebook.ui.app import FRAME_ALLOWANCE, fit_to_screen
from casebook.ui.errors import message_for
from casebook.ui.unlock.create_panel import CreatePanel
from casebook.ui.unlock.incomplete_panel import IncompletePanel
from casebook.ui.unlock.unlock_panel import UnlockPanel

from .driver import Driver, VaultInfo

TESTS = Path(__file__).resolve().parents[1]
SRC = TESTS.parent / "src"


def test_vault_db_without_keyslots_says_what_is_missing_and_offers_no_create(
    vault: VaultInfo, make_driver: Callable[..., Driver]
) -> None:
    (vault.root / "keyslots").unlink()
    d = make_driver(vault.root)
    panel = d.window.page
    assert isinstance(panel, IncompletePanel)
    assert not isinstance(panel, (CreatePanel, UnlockPanel))
    shown = " ".join(w.text() for w in (panel.title, panel.what, panel.todo, panel.keep))
    assert "key file (keyslots) is missing" in shown
    assert "backup" in shown
    assert "do not create a new vault" in shown.lower()
    buttons = [b.text() for b in panel.findChildren(QPushButton) if b.isVisible()]
    assert buttons == ["&Open another vault…"]
    assert "Create" not in " ".join(buttons)


def test_keyslots_without_vault_db_says_restore_the_database(
    vault: VaultInfo, make_driver: Callable[..., Driver]
) -> None:
    (vault.root / "vault.db").unlink()
    d = make_driver(vault.root, language="ru")
    panel = d.window.page
    assert isinstance(panel, IncompletePanel)
    assert panel.missing == "vault.db"
    assert "vault.db" in panel.what.text()
    assert "резервн" in panel.todo.text()  # Russian: "from a backup"


def test_the_error_table_says_restore_never_create() -> None:
    text = message_for(VaultIncomplete("keyslots"))
    assert "backup" in text
    assert "Create one" not in text


@pytest.mark.parametrize(
    ("width", "height", "language"),
    [(1366, 768, "en"), (1366, 768, "ru"), (1280, 800, "ru"), (1024, 700, "en")],
)
def test_first_window_fits_the_screen(
    tmp_path: Path, vault: VaultInfo, width: int, height: int, language: str
) -> None:
    """Started with no saved size on a laptop's screen, the whole window is on it: the case
    count, "New case…" and the status bar included."""
    config = tmp_path / "screen.json"
    config.write_text(
        json.dumps(
            {
                "synchronousWindowSystemEvents": True,
                "windowFrameMargins": True,
                "screens": [{"name": "laptop", "x": 0, "y": 0, "width": width, "height": height}],
            }
        )
    )
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    env["PYTHONPATH"] = os.pathsep.join([str(TESTS), str(SRC), env.get("PYTHONPATH", "")])
    done = subprocess.run(
        [sys.executable, "-m", "ui.fit_child", str(vault.root), vault.passphrase, language],
        cwd=TESTS,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    shown = json.loads(done.stdout.strip().splitlines()[-1])
    screen = QRect(*shown["screen"])
    assert screen.contains(QRect(*shown["frame"])), shown
    for name in ("count", "new_case", "status"):
        *rect, visible = shown[name]
        assert visible, name
        assert screen.contains(QRect(*rect)), (name, shown)


def test_a_size_saved_on_a_bigger_monitor_is_fitted_to_a_laptop(qapp: object) -> None:
    window = QWidget()
    window.setGeometry(0, 0, 1900, 1150)  # restored from a 1920×1200 monitor
    laptop = QRect(0, 0, 1366, 736)
    fit_to_screen(window, laptop, keep_place=True)
    assert window.width() <= 1366 - FRAME_ALLOWANCE.width()
    assert window.height() <= 736 - FRAME_ALLOWANCE.height()
    small = QRect(100, 50, 900, 600)
    window.setGeometry(150, 100, 700, 400)  # already fits: stays where it was
    fit_to_screen(window, small, keep_place=True)
    assert window.geometry() == QRect(150, 100, 700, 400)
