"""Exchange → Travel out… and Travel back… (issue 14): the wizard seals two cases to a folder
on "another drive", removes them here, deep-erases and shows the new recovery code once; the
case list and search no longer know them; Travel back brings both back whole."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from casebook.crypto.kdf import KdfPolicy
from casebook.service import CaseService
from casebook.ui.travel.travel_back_dialog import TravelBackDialog
from casebook.ui.travel.travel_out_dialog import TravelOutDialog
from casebook.vault import unlock

from .driver import Driver, VaultInfo

CANARY = "Канареечкин-Щеглов"


def _prepare(vault: VaultInfo, policy: KdfPolicy) -> tuple[bytes, bytes, dict[bytes, bytes]]:
    svc = CaseService(unlock(vault.root, vault.passphrase, policy=policy))
    a = svc.records.add_case(f"Дело {CANARY}")
    svc.records.add_person(a, f"Свидетель {CANARY}", "witness")
    b = svc.records.add_case("Дело Чижовой")
    svc.records.add_case("Остаётся дома")
    states = {c: svc.store.case_state_hash(c) for c in (a, b)}
    svc.lock()
    return a, b, states


def test_travel_out_and_back_through_the_wizard(
    vault: VaultInfo, make_driver: Callable[..., Driver], policy: KdfPolicy, tmp_path: Path
) -> None:
    a, b, states = _prepare(vault, policy)
    drive = tmp_path / "usb"
    drive.mkdir()
    d = make_driver(vault.root)
    d.unlock(vault.passphrase)
    d.window.travel_out_action.trigger()
    dialog = d.dialog(TravelOutDialog)
    d.wait_until(lambda: dialog.cases.count() == 3)
    QTest.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.steps.currentIndex() == 0  # no case ticked: it says so and stays
    assert dialog.choose_error.isVisible()
    dialog.tick_case(a)
    dialog.tick_case(b)
    dialog.set_folder(drive)
    QTest.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.steps.currentIndex() == 1
    d.type_into(dialog.passphrase, vault.passphrase)
    QTest.mouseClick(dialog.go_button, Qt.MouseButton.LeftButton)
    d.wait_until(lambda: dialog.steps.currentIndex() == 2, timeout=30_000)
    assert str(drive) in dialog.where.text()
    assert "Nobody was asked to erase" in dialog.where.text()
    d.wait_until(dialog.code_view.isVisible)
    code = dialog.code_view.code.text()
    assert code
    assert code != vault.recovery_code
    dialog.reject()  # the new code must be written down first
    assert dialog.isVisible()
    d.wait_until(lambda: d.window.workspace is not None and not d.window.client.busy)
    cases = d.workspace.cases
    d.wait_until(lambda: cases.model.rowCount() == 1)
    d.confirm_code(dialog.code_view)
    d.wait_until(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible())
    bundle = next(p for p in drive.iterdir() if not p.name.startswith("."))

    d.window.travel_back_action.trigger()
    back = d.dialog(TravelBackDialog)
    back.bring_back(bundle)
    d.wait_until(lambda: "came back whole" in back.result_text.text(), timeout=30_000)
    d.wait_until(lambda: cases.model.rowCount() == 3)
    d.settle()
    d.close()
    svc = CaseService(unlock(vault.root, vault.passphrase, policy=policy))
    try:
        assert {c: svc.store.case_state_hash(c) for c in (a, b)} == states
        assert svc.reading.search(CANARY)
        assert svc.integrity.verify().ok
    finally:
        svc.lock()
