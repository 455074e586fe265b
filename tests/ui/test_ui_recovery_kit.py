"""The recovery code as a kit, and passphrase fields that help (issue 12): Enter continues, the
code is selectable, copied through the clipboard guard and printed from memory, and must be
typed back; a code typed on a Russian keyboard unlocks, a typo is named with its group before any
KDF; Caps Lock and a Cyrillic layout are told; Show reveals; Suggest gives words in the
interface language; the meter measures the whole passphrase."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit

from casebook.ui.unlock.code_print import print_code
from casebook.ui.unlock.create_panel import CreatePanel
from casebook.ui.unlock.strength import estimate
from casebook.ui.unlock.unlock_panel import UnlockPanel
from casebook.ui.unlock.wordlist import words

from .conftest import PASSPHRASE
from .driver import Driver, VaultInfo

LATIN = "QWERTYUIOPASDFGHJKLZXCVBNM"
RUSSIAN = "ЙЦУКЕНГШЩЗФЫВАПРОЛДЯЧСМИТЬ"


def test_the_code_is_copied_typed_back_and_enter_continues(
    tmp_path: Path, make_driver: Callable[..., Driver]
) -> None:
    d = make_driver(tmp_path / "v")
    panel = d.window.page
    assert isinstance(panel, CreatePanel)
    d.type_into(panel.passphrase, PASSPHRASE)
    d.type_into(panel.confirm, PASSPHRASE)
    QTest.mouseClick(panel.create_button, Qt.MouseButton.LeftButton)
    d.wait_until(lambda: panel.steps.currentIndex() == 2)
    view = panel.code_view
    code = view.code.text()
    flags = view.code.textInteractionFlags()
    assert flags & Qt.TextInteractionFlag.TextSelectableByMouse
    assert flags & Qt.TextInteractionFlag.TextSelectableByKeyboard

    QTest.mouseClick(view.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == code
    assert d.ctx.clipboard.holds_ours  # the guard clears it after its delay, or at lock

    view.written.setFocus()
    QTest.keyClick(view.written, Qt.Key.Key_Space)
    assert not view.code.isVisible()  # written down: typed back from the paper, not the screen
    groups = code.split("-")
    wrong = groups.copy()
    wrong[3] = wrong[3][::-1] if wrong[3][::-1] != wrong[3] else "ZZZZ"
    d.type_into(view.retype, "-".join(wrong))
    QTest.keyClick(view.retype, Qt.Key.Key_Return)
    assert d.window.workspace is None
    assert "group 4 differs" in view.message.text()
    view.retype.clear()
    d.type_into(view.retype, code.translate(str.maketrans(LATIN, RUSSIAN)).lower())
    assert view.continue_button.isEnabled()  # typed on the Russian layout: still the code
    QTest.keyClick(view.retype, Qt.Key.Key_Return)
    d.wait_until(lambda: d.window.workspace is not None)
    assert view.code.text() == ""


def test_printing_paints_the_code_from_memory(tmp_path: Path, qapp: object) -> None:
    """The page itself, painted onto a PDF printer in a tmp dir (the app's dialog offers only
    real printers: no file of the code is left behind)."""
    out = tmp_path / "page.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    try:
        assert print_code(printer, "ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345", 1_700_000_000_000)
        assert out.stat().st_size > 1000
        assert out.read_bytes().startswith(b"%PDF")
    finally:
        out.unlink(missing_ok=True)
    assert list(tmp_path.iterdir()) == []


def test_print_without_a_printer_says_so(
    tmp_path: Path, make_driver: Callable[..., Driver]
) -> None:
    d = make_driver(tmp_path / "v")
    panel = d.window.page
    assert isinstance(panel, CreatePanel)
    d.type_into(panel.passphrase, PASSPHRASE)
    d.type_into(panel.confirm, PASSPHRASE)
    QTest.mouseClick(panel.create_button, Qt.MouseButton.LeftButton)
    d.wait_until(lambda: panel.steps.currentIndex() == 2)
    view = panel.code_view
    if QPrinterInfo.availablePrinters():
        return  # a machine with printers opens the OS dialog instead
    QTest.mouseClick(view.print_button, Qt.MouseButton.LeftButton)
    assert "No printer is set up" in view.message.text()
    assert list((tmp_path / "v").glob("*.pdf")) == []


def test_a_code_typed_on_the_russian_layout_unlocks(
    vault: VaultInfo, make_driver: Callable[..., Driver]
) -> None:
    d = make_driver(vault.root)
    typed = vault.recovery_code.translate(str.maketrans(LATIN, RUSSIAN))
    d.unlock(typed)
    assert d.window.workspace is not None


def test_a_typo_in_the_code_is_named_before_the_kdf(
    vault: VaultInfo, make_driver: Callable[..., Driver]
) -> None:
    d = make_driver(vault.root)
    panel = d.window.page
    assert isinstance(panel, UnlockPanel)
    groups = vault.recovery_code.split("-")
    short = groups.copy()
    short[5] = short[5][:3]
    d.type_into(panel.passphrase, "-".join(short))
    QTest.keyClick(panel.passphrase, Qt.Key.Key_Return)
    assert d.ctx.runner.pending == 0
    assert not panel.working
    assert "group 6 has 3 characters" in panel.error.text()
    assert panel.passphrase.text() == "-".join(short)  # kept, to be corrected
    QTest.keyClick(panel.passphrase, Qt.Key.Key_Return)  # again: tried as a passphrase
    d.wait_until(lambda: not panel.working and panel.passphrase.isEnabled())
    assert panel.passphrase.text() == ""
    assert "passphrase is wrong" in panel.error.text()


def test_caps_lock_and_a_cyrillic_layout_are_told_and_show_reveals(
    vault: VaultInfo, make_driver: Callable[..., Driver]
) -> None:
    d = make_driver(vault.root, language="ru")
    panel = d.window.page
    assert isinstance(panel, UnlockPanel)
    field = panel.field
    assert not field.warning.isVisible()
    d.type_into(panel.passphrase, "п")
    assert field.warning.isVisible()
    assert "кириллиц" in field.warning.text().lower()
    field.note_typed("A")  # a capital without Shift: Caps Lock
    assert "Caps Lock" in field.warning.text()
    field.note_typed("a")
    assert not field.warning.isVisible()
    assert panel.passphrase.echoMode() == QLineEdit.EchoMode.Password
    QTest.mouseClick(field.show_button, Qt.MouseButton.LeftButton)
    assert panel.passphrase.echoMode() == QLineEdit.EchoMode.Normal
    QTest.mouseClick(field.show_button, Qt.MouseButton.LeftButton)
    assert panel.passphrase.echoMode() == QLineEdit.EchoMode.Password


def test_suggest_gives_words_of_the_interface_language(
    tmp_path: Path, make_driver: Callable[..., Driver]
) -> None:
    for language, alphabet in (
        ("en", "abcdefghijklmnopqrstuvwxyz-"),
        ("ru", "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"),
    ):
        d = make_driver(tmp_path / language, language=language)
        panel = d.window.page
        assert isinstance(panel, CreatePanel)
        chooser = panel.chooser
        QTest.mouseClick(chooser.suggest_button, Qt.MouseButton.LeftButton)
        suggested = panel.passphrase.text().split()
        assert len(suggested) >= 5
        assert all(w in words(language) for w in suggested)
        assert all(set(w) <= set(alphabet) for w in suggested)
        assert chooser.field.shown  # shown, to be written down
        assert panel.confirm.echoMode() == QLineEdit.EchoMode.Normal
        assert panel.confirm.hasFocus() or not d.window.isActiveWindow()
        assert not panel.create_button.isEnabled()
        d.type_into(panel.confirm, panel.passphrase.text())
        assert panel.create_button.isEnabled()
        assert chooser.meter.value() >= 3
        d.window.hide()


def test_the_meter_measures_the_whole_passphrase() -> None:
    assert estimate("Пароль").score == 0
    assert estimate("пароль пароль пароль пароль").score == 0
    # Before: anything that started with a common word rated 0 bits.
    assert estimate("Пароль лодка балкон тощий ржавый").acceptable
    assert estimate("password unsavory repressed dreamily mutt").acceptable
    assert estimate("балкон тощий ржавый вход бандит кастрюля").score >= 3
