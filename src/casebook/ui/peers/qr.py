"""QR codes drawn in memory (segno makes the matrix, Qt paints it): never a file on disk."""

from __future__ import annotations

import segno
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPixmap

__all__ = ["qr_pixmap"]


def qr_pixmap(data: bytes, *, module: int = 4, border: int = 4) -> QPixmap:
    """A black-on-white QR code of `data` (byte mode, error correction M)."""
    code = segno.make(data, error="m", micro=False, boost_error=False)
    rows = [list(r) for r in code.matrix_iter(border=border)]
    size = len(rows)
    image = QImage(size, size, QImage.Format.Format_Mono)
    image.setColorTable([QColor("white").rgb(), QColor("black").rgb()])
    for y, row in enumerate(rows):
        for x, dark in enumerate(row):
            image.setPixel(x, y, 1 if dark else 0)
    return QPixmap.fromImage(
        image.scaled(size * module, size * module, mode=Qt.TransformationMode.FastTransformation)
    )
