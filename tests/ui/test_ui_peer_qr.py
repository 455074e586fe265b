"""A colleague's card read from a QR code in an image or from pasted text (issue 12), and the
Peers window telling what became of the colleague just added, as the table marks them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter, QTransform
from PySide6.QtTest import QTest

from casebook.base.errors import InputRejected
from casebook.crypto.kdf import KdfPolicy
from casebook.domain.peers import safety_number
from casebook.service import CaseService
from casebook.ui.peer_book import mark_for
from casebook.ui.peers.add_peer_dialog import AddPeerDialog
from casebook.ui.peers.qr import qr_pixmap
from casebook.ui.peers.qr_read import card_bytes_from_image
from casebook.ui.peers.verify_peer_dialog import VerifyPeerDialog
from casebook.vault import create_vault

from .driver import Driver, VaultInfo


def colleague(root: Path, policy: KdfPolicy) -> CaseService:
    return CaseService(create_vault(root, "their passphrase here", policy=policy).session)


def photo_of_card(svc: CaseService, path: Path) -> None:
    """The card's QR code as a phone might show it: turned, scaled, on a grey background."""
    qr = qr_pixmap(svc.peers.my_card().encode().strip(), module=3).toImage()
    turned = qr.transformed(QTransform().rotate(7), Qt.TransformationMode.SmoothTransformation)
    photo = QImage(turned.width() + 300, turned.height() + 200, QImage.Format.Format_RGB32)
    photo.fill(QColor("#9a9a9a"))
    painter = QPainter(photo)
    painter.drawImage(150, 100, turned.scaled(turned.width(), turned.height()))
    painter.end()
    assert photo.save(str(path))


def add_dialog(d: Driver) -> AddPeerDialog:
    peers = d.open_peers()
    d.wait_until(lambda: peers.card is not None)
    QTest.mouseClick(peers.add_button, Qt.MouseButton.LeftButton)
    return d.dialog(AddPeerDialog)


def test_a_card_is_read_from_a_photo_of_its_qr_code(
    make_driver: Callable[..., Driver], vault: VaultInfo, tmp_path: Path, policy: KdfPolicy
) -> None:
    anna = colleague(tmp_path / "anna", policy)
    photo = tmp_path / "anna-card.png"
    photo_of_card(anna, photo)
    d = make_driver(vault.root)
    d.unlock(vault.passphrase)
    add = add_dialog(d)
    add.load_image(photo)  # what choosing the image in the file dialog calls
    d.wait_until(lambda: add.preview is not None)
    assert add.preview is not None
    assert add.preview.card.identity == anna.me
    expected = safety_number(d.window.env.me, anna.me)  # type: ignore[union-attr]
    assert add.number.text() == expected
    d.type_into(add.name, "Анна")
    QTest.mouseClick(add.add_button, Qt.MouseButton.LeftButton)
    verify = d.dialog(VerifyPeerDialog)
    d.wait_until(lambda: bool(verify.number))
    d.type_into(verify.typed, expected)
    QTest.mouseClick(verify.verify_button, Qt.MouseButton.LeftButton)
    d.settle()
    peers = d.open_peers()
    d.wait_until(lambda: peers.model.rowCount() == 1 and peers.model.rows[0].peer.verified)
    anna.lock()


def test_a_pasted_card_is_added_and_the_message_follows_the_table(
    make_driver: Callable[..., Driver], vault: VaultInfo, tmp_path: Path, policy: KdfPolicy
) -> None:
    boris = colleague(tmp_path / "boris", policy)
    text = boris.peers.my_card().encode().decode()
    d = make_driver(vault.root)
    d.unlock(vault.passphrase)
    peers = d.open_peers()
    d.wait_until(lambda: peers.card is not None)
    QTest.mouseClick(peers.add_button, Qt.MouseButton.LeftButton)
    add = d.dialog(AddPeerDialog)
    d.type_into(add.pasted, "not a card")
    QTest.mouseClick(add.read_text_button, Qt.MouseButton.LeftButton)
    d.wait_until(add.error.isVisible)
    assert add.preview is None
    add.pasted.setPlainText(text)
    QTest.mouseClick(add.read_text_button, Qt.MouseButton.LeftButton)
    d.wait_until(lambda: add.preview is not None)
    d.type_into(add.name, "Борис")
    QTest.mouseClick(add.add_button, Qt.MouseButton.LeftButton)
    verify = d.dialog(VerifyPeerDialog)
    verify.reject()  # not compared yet
    d.settle()
    d.wait_until(lambda: peers.model.rowCount() == 1)
    assert mark_for("unverified").short in str(peers.model.index(0, 1).data())
    assert "not verified yet" in peers.message.text()
    # Compared later: the table and the message agree again.
    peers.table.selectRow(0)
    QTest.mouseClick(peers.verify_button, Qt.MouseButton.LeftButton)
    verify = d.dialog(VerifyPeerDialog)
    d.wait_until(lambda: bool(verify.number))
    d.type_into(verify.typed, verify.number)
    QTest.mouseClick(verify.verify_button, Qt.MouseButton.LeftButton)
    d.settle()
    d.wait_until(lambda: mark_for("verified").short in str(peers.model.index(0, 1).data()))
    assert "added and verified" in peers.message.text()
    assert "unverified" not in peers.message.text()
    boris.lock()


def test_an_image_without_a_qr_code_is_refused(tmp_path: Path, qapp: object) -> None:
    blank = tmp_path / "blank.png"
    image = QImage(200, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    image.save(str(blank))
    with pytest.raises(InputRejected):
        card_bytes_from_image(blank)
    junk = tmp_path / "junk.png"
    junk.write_bytes(b"\x89PNG not really")
    with pytest.raises(InputRejected):
        card_bytes_from_image(junk)
