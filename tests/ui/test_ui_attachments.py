"""The Attachments table a lawyer can read (issue 12): the whole file name at 1366x768, its kind
in words, its size with the right Russian plural, when it came in; the SHA-256 in the details
under the table and in the custody panel, not eating the table's width."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from casebook.ui.models.attachments import AttachmentColumn
from casebook.ui.workspace.case_view import Tab

from .driver import Driver, VaultInfo

LONG = "Ходатайство об ознакомлении с материалами дела.txt"


def test_names_kinds_sizes_and_the_digest(
    vault: VaultInfo, tmp_path: Path, make_driver: Callable[..., Driver]
) -> None:
    files = tmp_path / "files"
    files.mkdir()
    (files / LONG).write_bytes(b"x" * 91)
    photo = QImage(64, 48, QImage.Format.Format_RGB32)
    photo.fill(QColor("#557799"))
    assert photo.save(str(files / "IMG_2024.jpg"))
    (files / "протокол.pdf").write_bytes(b"%P")  # 2 bytes
    (files / "a").write_bytes(b"1")  # 1 byte, no extension, no type

    d = make_driver(vault.root, language="ru")
    d.window.resize(1366, 768)
    d.unlock(vault.passphrase)
    d.add_case("Дело Петрова")
    for name in (LONG, "IMG_2024.jpg", "протокол.pdf", "a"):
        d.attach(files / name)
    d.show_tab(Tab.ATTACHMENTS)
    tab = d.workspace.case_view.attachments
    model = tab.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Файл", "Тип", "Размер", "Добавлен"]
    shown = {
        model.index(r, 0).data(): (model.index(r, 1).data(), model.index(r, 2).data())
        for r in range(model.rowCount())
    }
    assert shown[LONG] == ("Текст", "91 байт")
    assert shown["IMG_2024.jpg"][0] == "Фотография"
    assert shown["протокол.pdf"] == ("Документ PDF", "2 байта")
    assert shown["a"] == ("Файл", "1 байт")

    # The whole name fits its column at 1366x768.
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == LONG)
    table = tab.table
    needed = table.fontMetrics().horizontalAdvance(LONG)
    assert table.columnWidth(AttachmentColumn.NAME) > needed, (
        table.columnWidth(AttachmentColumn.NAME),
        needed,
    )

    # The SHA-256: in the details under the table, and in the custody panel.
    table.selectRow(row)
    digest = hashlib.sha256((files / LONG).read_bytes()).hexdigest()
    d.wait_until(tab.details.isVisible)
    assert f"SHA-256 при приёме: {digest}" in tab.details.text()
    assert "Текст (text/plain)" in tab.details.text()
    assert tab.custody.digest.text() == f"SHA-256: {digest}"
