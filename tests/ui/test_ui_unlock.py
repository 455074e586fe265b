"""Workflow 1: create, lock, unlock with the passphrase and with the recovery code.
Workflow 5: a wrong passphrase gives a message, not a crash."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QAccessible

from casebook.base.errors import WrongPassphrase
from casebook.base.paths import VaultPaths
from casebook.ui.errors import message_for
from casebook.ui.unlock.create_panel import CreatePanel
from casebook.ui.unlock.strength import estimate
from casebook.ui.unlock.unlock_panel import UnlockPanel

from .conftest import PASSPHRASE
from .driver import Driver, VaultInfo


def test_create_lock_and_unlock_with_passphrase_and_recovery_code(
    tmp_path: Path, make_driver: Callable[..., Driver]
) -> None:
    root = tmp_path / "new-vault"
    d = make_driver(root)
    assert isinstance(d.window.page, CreatePanel)
    code = d.create_vault(PASSPHRASE)
    assert VaultPaths(root).exists()
    assert len(code.replace("-", "")) == 28
    case_id = d.add_case("Первое дело")

    d.lock()
    assert isinstance(d.window.page, UnlockPanel)
    d.unlock(PASSPHRASE)
    assert d.workspace.case_view.case_id == case_id  # back where the person was

    d.lock()
    d.unlock(code.lower().replace("-", " "))  # the recovery code, however it is typed
    assert d.workspace.case_view.case_id == case_id
    d.wait_until(lambda: d.workspace.cases.model.rowCount() == 1)
    assert d.workspace.cases.model.rows[0].title == "Первое дело"


def test_wrong_passphrase_shows_a_message_and_allows_a_retry(
    vault: VaultInfo, make_driver: Callable[..., Driver]
) -> None:
    d = make_driver(vault.root)
    panel = d.try_unlock("not the passphrase")
    assert d.window.workspace is None
    assert panel.error.isVisible()
    assert panel.error.text() == message_for(WrongPassphrase())
    assert "Traceback" not in panel.error.text()
    assert panel.passphrase.text() == ""  # nothing of the secret stays in the field
    assert panel.passphrase.hasFocus() or not d.window.isActiveWindow()
    d.unlock(vault.passphrase)
    assert d.window.workspace is not None


def test_empty_passphrase_is_refused_without_running_the_kdf(
    vault: VaultInfo, make_driver: Callable[..., Driver]
) -> None:
    d = make_driver(vault.root)
    panel = d.window.page
    assert isinstance(panel, UnlockPanel)
    panel.unlock_button.click()
    assert panel.error.isVisible()
    assert d.ctx.runner.pending == 0


def test_create_needs_a_strong_matching_passphrase(
    tmp_path: Path, make_driver: Callable[..., Driver]
) -> None:
    d = make_driver(tmp_path / "v")
    panel = d.window.page
    assert isinstance(panel, CreatePanel)
    d.type_into(panel.passphrase, "password")
    d.type_into(panel.confirm, "password")
    assert not panel.create_button.isEnabled()
    assert panel.meter.value() == 0
    panel.passphrase.clear()
    panel.confirm.clear()
    d.type_into(panel.passphrase, PASSPHRASE)
    d.type_into(panel.confirm, PASSPHRASE + "x")
    assert not panel.create_button.isEnabled()
    panel.confirm.clear()
    d.type_into(panel.confirm, PASSPHRASE)
    assert panel.create_button.isEnabled()
    assert panel.meter.value() >= 3


def test_strength_estimate_orders_sensible_choices() -> None:
    assert estimate("").score == 0
    assert estimate("qwerty123").score == 0
    assert not estimate("abc12").acceptable
    assert not estimate("aaaaaaaaaaaaaaaa").acceptable
    # Dictionary words count as one pick from a list each (about 13 bits), not as letters.
    assert estimate("correct horse battery staple").score == 3
    assert estimate("кот ёжик трамвай облако").acceptable


def test_passphrase_fields_expose_no_text_to_accessibility_tools(
    vault: VaultInfo, tmp_path: Path, make_driver: Callable[..., Driver]
) -> None:
    d = make_driver(vault.root)
    panel = d.window.page
    assert isinstance(panel, UnlockPanel)
    d.type_into(panel.passphrase, "s3cret-Жъ-passphrase")
    iface = QAccessible.queryAccessibleInterface(panel.passphrase)
    assert iface is not None
    assert iface.state().passwordEdit
    texts = [
        iface.text(t)
        for t in (QAccessible.Text.Name, QAccessible.Text.Value, QAccessible.Text.Description)
    ]
    text_iface = iface.textInterface()
    if text_iface is not None:
        texts.append(text_iface.text(0, text_iface.characterCount()))
    assert not any("s3cret" in t or "Жъ" in t for t in texts)
    assert iface.text(QAccessible.Text.Name)  # but it has a name

    c = make_driver(tmp_path / "other")
    create = c.window.page
    assert isinstance(create, CreatePanel)
    for field in (create.passphrase, create.confirm):
        c.type_into(field, "s3cret-Жъ")
        fi = QAccessible.queryAccessibleInterface(field)
        assert fi is not None
        assert fi.state().passwordEdit
        assert "s3cret" not in fi.text(QAccessible.Text.Value)


def test_open_another_vault_switches_between_unlock_and_create(
    vault: VaultInfo, tmp_path: Path, make_driver: Callable[..., Driver]
) -> None:
    d = make_driver(vault.root)
    assert isinstance(d.window.page, UnlockPanel)
    d.window.open_vault(tmp_path / "elsewhere")
    assert isinstance(d.window.page, CreatePanel)
    d.window.open_vault(vault.root)
    assert isinstance(d.window.page, UnlockPanel)
    d.unlock(vault.passphrase)
