"""Reading a colleague's card from a QR code in an image (a photo or a screenshot of their
Peers window), or from the card's text pasted in; no camera needed.

    image file ──► QImageReader (bounded: at most 64 MiB of pixels, 8000 px a side)
               ──► zxing-cpp (`zxingcpp.read_barcodes`, QR codes only) ──► the card's bytes
               ──► the same check as a card file (`parse_card`: certificate verified)

zxing-cpp (Apache-2.0) is a C++ decoder with Python wheels and no other dependency; it finds
a QR code in a photo taken at an angle, which a pure-Python reader of generated images would
not. The image never leaves memory. docs/ui.md says why it was chosen.
"""

from __future__ import annotations

from pathlib import Path

import zxingcpp
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage, QImageReader

from casebook.base.errors import InputRejected
from casebook.base.regular import open_regular
from casebook.domain.peers import MAX_CARD_BYTES

__all__ = ["MAX_IMAGE_BYTES", "card_bytes_from_image", "card_bytes_from_text"]

MAX_IMAGE_BYTES = 64 * 1024 * 1024
MAX_SIDE = 8000


def card_bytes_from_image(path: Path) -> bytes:
    """The text of the first QR code in the image at `path`; `InputRejected` when none."""
    with open_regular(path) as fh:
        data = fh.read(MAX_IMAGE_BYTES + 1)
    if len(data) > MAX_IMAGE_BYTES:
        raise InputRejected("the image is too large")
    reader = QImageReader()
    reader.setAllocationLimit(256)  # MiB of decoded pixels: a hostile header cannot exhaust memory
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader.setDevice(buffer)
    size = reader.size()
    if size.width() > MAX_SIDE or size.height() > MAX_SIDE:
        raise InputRejected("the image is too large")
    image = reader.read()
    if image.isNull():
        raise InputRejected("not an image casebook can read")
    return _decode(image.convertToFormat(QImage.Format.Format_Grayscale8))


def _decode(image: QImage) -> bytes:
    found = zxingcpp.read_barcodes(
        image, formats=zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)
    )
    for barcode in found:
        raw = bytes(barcode.bytes)
        if raw and len(raw) <= MAX_CARD_BYTES:
            return raw
    raise InputRejected("no QR code found in the image")


def card_bytes_from_text(text: str) -> bytes:
    """A card pasted as text (what the QR code holds, or the card file's contents)."""
    raw = text.strip().encode("utf-8")
    if not raw:
        raise InputRejected("nothing pasted")
    if len(raw) > MAX_CARD_BYTES:
        raise InputRejected("not an identity card (too large)")
    return raw
