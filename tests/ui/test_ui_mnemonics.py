"""No label shows its "&" as a character (issue 12: "&Folder:" in the Export wizard): every
dialog and wizard page the menus open, and the main window's tabs, in both languages."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox, QWidget, QWizard

from casebook.ui.bundles.export_destination import DestinationPage
from casebook.ui.workspace.case_view import Tab

from .driver import Driver, VaultInfo
from .screens import literal_ampersand

# Actions that end the session or the app instead of opening a window.
NOT_OPENED = {"lock_action", "quit_action"}


def _labels(window: QWidget) -> list[QLabel]:
    """Every label of a window, a wizard's pages not shown yet included."""
    labels = {id(lb): lb for lb in window.findChildren(QLabel)}
    if isinstance(window, QWizard):
        for page_id in window.pageIds():
            labels.update((id(lb), lb) for lb in window.page(page_id).findChildren(QLabel))
    return list(labels.values())


def _literal(window: QWidget, where: str) -> list[str]:
    return [f"{where}: {label.text()!r}" for label in _labels(window) if literal_ampersand(label)]


def _opened(d: Driver) -> list[QWidget]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if w.isVisible() and w is not d.window and isinstance(w, (QDialog, QMessageBox))
    ] + [w for w in d.window.findChildren(QDialog) if w.isVisible()]


@pytest.mark.parametrize("language", ["en", "ru"])
def test_no_label_shows_a_literal_ampersand(
    vault: VaultInfo, make_driver: Callable[..., Driver], language: str
) -> None:
    d = make_driver(vault.root, language=language)
    d.unlock(vault.passphrase)
    d.add_case("Дело")
    problems: list[str] = []
    for tab in Tab:
        d.show_tab(tab)
        problems += _literal(d.window, f"main window, {tab.name}")
    names = sorted(n for n in vars(d.window) if n.endswith("_action"))
    actions = [(n, getattr(d.window, n)) for n in names if n not in NOT_OPENED]
    assert len(actions) > 10
    for name, action in actions:
        if not isinstance(action, QAction) or not action.isEnabled():
            continue
        action.trigger()
        QApplication.processEvents()
        for window in _opened(d):
            problems += _literal(window, f"{name} → {type(window).__name__}")
            window.close()
        d.settle()
    assert not problems, "\n".join(problems)


def test_the_export_wizard_folder_label_focuses_the_folder(
    vault: VaultInfo, make_driver: Callable[..., Driver]
) -> None:
    d = make_driver(vault.root)
    d.unlock(vault.passphrase)
    wizard = d.export_bundle_start()
    page = next(
        wizard.page(i) for i in wizard.pageIds() if isinstance(wizard.page(i), DestinationPage)
    )
    label = next(lb for lb in page.findChildren(QLabel) if lb.text() == "&Folder:")
    assert label.buddy() is page.folder
