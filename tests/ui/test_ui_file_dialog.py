"""Qt's file dialog speaks Russian on a Russian screen, every label of it (issue 12: "Look in:"
and "Files of type:" showed in English): casebook supplies what Qt's own catalog lacks."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QListView,
    QTreeView,
    QWidget,
)

from casebook.ui.workspace.case_view import Tab

from .driver import Driver, VaultInfo

LATIN_WORD = re.compile(r"(?<![A-Za-z])(?=[A-Za-z]*[a-z])[A-Za-z]{3,}")  # a word, not PDF


def dialog_texts(dialog: QFileDialog) -> list[str]:
    """What a person reads in the dialog: labels, buttons, tooltips, lists, headers, actions."""
    texts: list[str] = []
    for w in dialog.findChildren(QWidget):
        if isinstance(w, (QLabel, QAbstractButton)):
            texts.append(w.text())
        texts += [w.toolTip(), w.accessibleName()]
        if isinstance(w, QComboBox):
            texts += [w.itemText(i) for i in range(w.count())]
        if isinstance(w, QHeaderView) and w.model() is not None:
            m = w.model()
            texts += [str(m.headerData(i, w.orientation())) for i in range(m.columnCount())]
        if isinstance(w, QListView) and w.objectName() == "sidebar" and w.model() is not None:
            texts += [str(w.model().index(i, 0).data()) for i in range(w.model().rowCount())]
        if isinstance(w, QTreeView) and w.objectName() == "treeView" and w.model() is not None:
            m, root = w.model(), w.rootIndex()
            for r in range(m.rowCount(root)):  # sizes, kinds and times; names are data
                texts += [str(m.index(r, c, root).data() or "") for c in range(1, m.columnCount())]
    texts += [a.text() for a in dialog.findChildren(QAction)]
    return [t for t in texts if t and not t.startswith("/")]


def english_in(dialog: QFileDialog, folder: Path) -> list[str]:
    """Interface text in English (the folder's and the home folder's names are data)."""
    names = {folder.name, Path.home().name}
    shown = []
    for mode in (QFileDialog.ViewMode.List, QFileDialog.ViewMode.Detail):
        dialog.setViewMode(mode)
        shown += [t for t in dialog_texts(dialog) if t not in names and LATIN_WORD.search(t)]
    return sorted(set(shown))


def test_every_file_dialog_is_russian_on_a_russian_screen(
    vault: VaultInfo, tmp_path: Path, make_driver: Callable[..., Driver]
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    (usb / "протокол.pdf").write_bytes(b"%PDF-1.4\n")
    (usb / "объяснение.txt").write_bytes(b"x" * 238)
    d = make_driver(vault.root, language="ru")
    d.unlock(vault.passphrase)
    d.add_case("Дело")

    # Add files… (files to open) and the Export wizard's folder (a folder to choose).
    d.show_tab(Tab.ATTACHMENTS)
    attachments = d.workspace.case_view.attachments
    QTest.mouseClick(attachments.add_button, Qt.MouseButton.LeftButton)
    dialog = d.dialog(QFileDialog)
    dialog.setDirectory(str(usb))
    tree = dialog.findChild(QTreeView, "treeView")
    d.wait_until(lambda: tree.model().rowCount(tree.rootIndex()) == 2)  # read in the background
    sizes = {tree.model().index(r, 1, tree.rootIndex()).data() for r in range(2)}
    assert "238 байт" in sizes  # not "238 bytes", nor Qt's own "238 байты"
    assert dialog.findChild(QLabel, "lookInLabel").text() == "&Перейти к:"
    assert dialog.findChild(QLabel, "fileTypeLabel").text() == "&Типы файлов:"
    assert english_in(dialog, usb) == []
    dialog.reject()

    wizard = d.export_bundle_start()
    d.wizard_next(wizard)
    page = wizard.destination_page
    page.on_choose_button_clicked()
    dialog = d.dialog(QFileDialog)
    dialog.setDirectory(str(usb))
    assert english_in(dialog, usb) == []
    dialog.reject()
    wizard.reject()


def test_the_file_dialog_stays_english_on_an_english_screen(
    vault: VaultInfo, make_driver: Callable[..., Driver]
) -> None:
    d = make_driver(vault.root, language="en")
    d.unlock(vault.passphrase)
    d.add_case("Case")
    d.show_tab(Tab.ATTACHMENTS)
    QTest.mouseClick(d.workspace.case_view.attachments.add_button, Qt.MouseButton.LeftButton)
    dialog = d.dialog(QFileDialog)
    assert dialog.findChild(QLabel, "lookInLabel").text() == "&Look in:"
    dialog.reject()
