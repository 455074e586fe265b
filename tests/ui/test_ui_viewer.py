"""The viewer shows the evidence (issue 12): a Russian text file in the encoding it was written
in, with a choice when the guess is wrong; a phone photo whole, turned as the camera said, with
zoom keys and buttons."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QIODevice, QSize, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from casebook.ui.viewer.encodings import detect
from casebook.ui.viewer.image_view import ImagePanel
from casebook.ui.viewer.text_view import TextPanel
from casebook.ui.viewer.viewer_dialog import ViewerDialog

from .driver import Driver, VaultInfo

TEXT = (
    "Протокол задержания.\nГражданин Иванов И. И. задержан 5 марта 2024 года у станции метро.\n"
    "ОБЪЯСНЕНИЕ: с протоколом не согласен, телефон изъят без понятых.\n"
)


def open_viewer(d: Driver, path: Path) -> ViewerDialog:
    """Attach the file, select it, View; wait until it is shown."""
    d.attach(path)
    tab = d.workspace.case_view.attachments
    row = next(r for r in range(tab.model.rowCount()) if tab.model.rows[r].name == path.name)
    tab.table.selectRow(row)
    QTest.mouseClick(tab.view_button, Qt.MouseButton.LeftButton)
    viewer = d.dialog(ViewerDialog)
    d.wait_until(lambda: viewer.kind != "")
    return viewer


@pytest.mark.parametrize(
    ("codec", "shown"),
    [
        ("cp1251", "Windows-1251"),
        ("koi8_r", "KOI8-R"),
        ("cp866", "CP866 (DOS)"),
        ("utf-16", "UTF-16"),
        ("utf-8", "UTF-8"),
    ],
)
def test_a_russian_text_file_shows_in_its_own_encoding(
    vault: VaultInfo, tmp_path: Path, make_driver: Callable[..., Driver], codec: str, shown: str
) -> None:
    path = tmp_path / f"протокол-{codec}.txt"
    path.write_bytes(TEXT.encode(codec))  # "utf-16" writes its byte-order mark
    d = make_driver(vault.root, language="ru")
    d.unlock(vault.passphrase)
    d.add_case("Дело")
    viewer = open_viewer(d, path)
    panel = viewer.view
    assert isinstance(panel, TextPanel)
    assert panel.edit.toPlainText() == TEXT
    assert "\ufffd" not in panel.edit.toPlainText()
    assert panel.encoding.currentText() == shown
    # The person can read it in another encoding, and back.
    other = "KOI8-R" if shown != "KOI8-R" else "Windows-1251"
    panel.encoding.setCurrentIndex(panel.encoding.findText(other))
    assert panel.edit.toPlainText() != TEXT
    panel.encoding.setCurrentIndex(panel.encoding.findText(shown))
    assert panel.edit.toPlainText() == TEXT
    viewer.close()


def test_the_detector_on_its_own() -> None:
    assert detect(TEXT.encode("cp1251")) == "cp1251"
    assert detect(TEXT.upper().encode("cp1251")) == "cp1251"
    assert detect(TEXT.encode("koi8_r")) == "koi8_r"
    assert detect(TEXT.encode("cp866")) == "cp866"
    assert detect(TEXT.encode("utf-8-sig")) == "utf-8-sig"
    assert detect(TEXT.encode("utf-16")) == "utf-16"
    assert detect(TEXT.encode("utf-16-le")) == "utf-16-le"
    assert detect(b"plain ASCII") == "utf-8"
    assert detect(b"") == "utf-8"


def _jpeg(width: int, height: int, orientation: int | None = None) -> bytes:
    """A JPEG of that size, with an EXIF orientation tag if given (what phones write)."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#3b6ea5"))
    for x in range(min(width, 40)):  # a dark corner, to tell the turns apart
        for y in range(min(height, 10)):
            image.setPixelColor(x, y, QColor("black"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "JPEG")
    data = bytes(buffer.data().data())
    if orientation is None:
        return data
    ifd = (1).to_bytes(2, "little") + bytes.fromhex("1201 0300 01000000")
    ifd += orientation.to_bytes(2, "little") + b"\0\0" + b"\0\0\0\0"
    tiff = b"II*\0" + (8).to_bytes(4, "little") + ifd
    exif = b"Exif\0\0" + tiff
    app1 = b"\xff\xe1" + (len(exif) + 2).to_bytes(2, "big") + exif
    return data[:2] + app1 + data[2:]


def test_a_phone_photo_shows_whole_and_zooms(
    vault: VaultInfo, tmp_path: Path, make_driver: Callable[..., Driver]
) -> None:
    path = tmp_path / "IMG_20240305.jpg"
    path.write_bytes(_jpeg(4000, 3000))
    d = make_driver(vault.root, language="ru")
    d.unlock(vault.passphrase)
    d.add_case("Дело")
    viewer = open_viewer(d, path)
    panel = viewer.view
    assert isinstance(panel, ImagePanel)
    view = panel.view
    viewer.activateWindow()
    d.wait_until(lambda: QApplication.activeWindow() is viewer)

    def whole() -> bool:
        room = view.viewport().size()
        shown = view.shown_size
        return shown.width() <= room.width() and shown.height() <= room.height()

    assert view.fitted
    assert view.zoom < 0.5
    assert whole()
    QTest.keyClick(viewer, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)  # 100%
    assert view.shown_size == QSize(4000, 3000)
    assert panel.zoom_label.text() == "100%"
    QTest.keyClick(viewer, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.shown_size.width() == 3200
    QTest.keyClick(viewer, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(viewer, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert view.shown_size.width() == 5000
    QTest.keyClick(viewer, Qt.Key.Key_F)  # fit again
    assert view.fitted
    assert whole()
    before = view.shown_size
    viewer.resize(viewer.width() + 200, viewer.height() + 100)  # it follows the window
    d.wait_until(lambda: view.shown_size != before)
    assert whole()
    QTest.mouseClick(panel.actual_button, Qt.MouseButton.LeftButton)
    assert view.shown_size == QSize(4000, 3000)
    QTest.mouseClick(panel.fit_button, Qt.MouseButton.LeftButton)
    assert whole()
    viewer.close()


def test_a_photo_turns_as_its_exif_orientation_says(
    vault: VaultInfo, tmp_path: Path, make_driver: Callable[..., Driver]
) -> None:
    path = tmp_path / "portrait.jpg"
    path.write_bytes(_jpeg(400, 200, orientation=6))  # taken holding the phone upright
    d = make_driver(vault.root)
    d.unlock(vault.passphrase)
    d.add_case("Case")
    viewer = open_viewer(d, path)
    panel = viewer.view
    assert isinstance(panel, ImagePanel)
    assert panel.view.image.size() == QSize(200, 400)
    viewer.close()
