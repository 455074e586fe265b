"""The field screens of the screenshot tour (issue 14), after Settings: travel out (choose,
what happens here, what is where now with the new recovery code), travel back, and the panic
wipe (the typed word, the countdown, and the wipe done on the demo vault, last).

    travel-out ── travel-out-confirm ── travel-out-done ── travel-back ── wipe-keys ──
    wipe-countdown ── wipe-done
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from casebook.ui.travel.travel_back_dialog import TravelBackDialog
from casebook.ui.travel.travel_out_dialog import TravelOutDialog
from casebook.ui.vault.wipe_dialog import WipeKeysDialog

from .driver import Driver

PASSPHRASE = "correct horse battery staple"
SCREENS = (
    "travel-out",
    "travel-out-confirm",
    "travel-out-done",
    "travel-back",
    "wipe-keys",
    "wipe-countdown",
    "wipe-done",
)


def click(button: object) -> None:
    """A left click."""
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[call-overload]


def field_tour(d: Driver, drive: Path) -> Iterator[tuple[str, QWidget]]:
    """Travel out with one case and back; then wipe the keys."""
    drive.mkdir(parents=True, exist_ok=True)
    d.window.travel_out_action.trigger()
    out = d.dialog(TravelOutDialog)
    d.wait_until(lambda: out.cases.count() > 1)
    out.cases.item(0).setCheckState(Qt.CheckState.Checked)
    peer = out.peers.item(0)
    if peer is not None:
        peer.setCheckState(Qt.CheckState.Checked)
    out.set_folder(drive)
    yield "travel-out", out
    click(out.next_button)
    d.type_into(out.passphrase, PASSPHRASE)
    yield "travel-out-confirm", out
    click(out.go_button)
    d.wait_until(lambda: out.steps.currentIndex() == 2, timeout=60_000)
    d.wait_until(out.code_view.isVisible)
    yield "travel-out-done", out
    d.confirm_code(out.code_view)
    d.wait_until(lambda: not shiboken6.isValid(out) or not out.isVisible())
    d.wait_until(lambda: d.window.workspace is not None)
    d.settle()

    bundle = next(p for p in drive.iterdir() if not p.name.startswith("."))
    d.window.travel_back_action.trigger()
    back = d.dialog(TravelBackDialog)
    back.bring_back(bundle)
    d.wait_until(lambda: bool(back.result_text.text()), timeout=60_000)
    yield "travel-back", back
    back.close()
    d.settle()

    d.window.wipe_countdown_s = 5
    d.window.wipe_action.trigger()
    wipe = d.dialog(WipeKeysDialog)
    d.type_into(wipe.word, wipe.confirm_word)
    yield "wipe-keys", wipe
    click(wipe.start_button)
    yield "wipe-countdown", wipe
    QTest.keyClick(wipe.stop_button, Qt.Key.Key_Escape)
    d.window.wipe_countdown_s = 1
    wipe.reject()
    d.window.wipe_action.trigger()
    wipe = d.dialog(WipeKeysDialog)
    d.type_into(wipe.word, wipe.confirm_word)
    click(wipe.start_button)
    d.wait_until(lambda: wipe.steps.currentIndex() == 2 and wipe.close_button.isEnabled())
    yield "wipe-done", wipe
    wipe.accept()
