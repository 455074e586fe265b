"""Vault → Wipe keys now… (issue 14): a typed word before the countdown, a countdown any key
cancels, then the window locks, the keyslots go, and nothing opens the vault; offered locked."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from casebook.base.errors import CasebookError
from casebook.crypto.kdf import KdfPolicy
from casebook.ui.unlock.create_panel import CreatePanel
from casebook.ui.unlock.incomplete_panel import IncompletePanel
from casebook.ui.vault.wipe_dialog import WipeKeysDialog
from casebook.vault import unlock

from .driver import Driver, VaultInfo


def _open(d: Driver) -> WipeKeysDialog:
    d.window.wipe_countdown_s = 1
    assert d.window.wipe_action.isEnabled()
    d.window.wipe_action.trigger()
    return d.dialog(WipeKeysDialog)


def test_a_stray_key_never_wipes_and_the_countdown_cancels(
    vault: VaultInfo, make_driver: Callable[..., Driver]
) -> None:
    d = make_driver(vault.root)
    d.unlock(vault.passphrase)
    dialog = _open(d)
    assert not dialog.start_button.isEnabled()
    d.type_into(dialog.word, "wip")
    assert not dialog.start_button.isEnabled()
    dialog.word.clear()
    d.type_into(dialog.word, "wipe")  # any case
    assert dialog.start_button.isEnabled()
    QTest.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.counting
    QTest.keyClick(dialog.stop_button, Qt.Key.Key_Space)  # any key stops it
    assert not dialog.counting
    assert dialog.steps.currentIndex() == 0
    assert dialog.word.text() == ""
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert (vault.root / "keyslots").exists()
    assert d.window.is_unlocked


def test_the_wipe_locks_first_and_then_nothing_opens_the_vault(
    vault: VaultInfo, make_driver: Callable[..., Driver], policy: KdfPolicy
) -> None:
    d = make_driver(vault.root)
    d.unlock(vault.passphrase)
    d.add_case("Case before the wipe")
    dialog = _open(d)
    d.type_into(dialog.word, "WIPE")
    QTest.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    d.wait_until(lambda: dialog.close_button.isEnabled() and dialog.steps.currentIndex() == 2)
    assert not d.window.is_unlocked
    assert not (vault.root / "keyslots").exists()
    assert "keyslots" in dialog.outcome.text()
    assert "recovery code" in dialog.outcome.text()
    dialog.close_button.click()
    panel = d.window.page
    assert isinstance(panel, IncompletePanel)
    assert panel.wiped
    assert "wiped" in panel.what.text()
    for secret in (vault.passphrase, vault.recovery_code):
        with pytest.raises(CasebookError):
            unlock(vault.root, secret, policy=policy).lock()


def test_offered_locked_and_the_folder_can_go_too(
    vault: VaultInfo, make_driver: Callable[..., Driver]
) -> None:
    d = make_driver(vault.root)
    dialog = _open(d)  # locked: no passphrase needed
    dialog.also_folder.setChecked(True)
    d.type_into(dialog.word, "WIPE")
    QTest.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    d.wait_until(lambda: dialog.close_button.isEnabled() and dialog.steps.currentIndex() == 2)
    assert not vault.root.exists()
    assert "folder was removed" in dialog.outcome.text()
    dialog.close_button.click()
    assert isinstance(d.window.page, CreatePanel)
    assert not d.window.wipe_action.isEnabled()


def test_russian_word(vault: VaultInfo, make_driver: Callable[..., Driver]) -> None:
    d = make_driver(vault.root, language="ru")
    dialog = _open(d)
    assert dialog.confirm_word == "СТЕРЕТЬ"
    d.type_into(dialog.word, "WIPE")
    assert not dialog.start_button.isEnabled()
    dialog.word.clear()
    d.type_into(dialog.word, "стереть")
    assert dialog.start_button.isEnabled()
