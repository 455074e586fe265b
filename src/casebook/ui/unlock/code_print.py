"""The recovery code on paper: painted straight onto the printer, never into a file.

`print_code(printer, code)` lays out one page with QPainter: what the code is for, the code in
large monospaced groups, and how to keep it. Nothing else (no vault path, no name, no case).
The page goes from memory to the printer the person chose in the OS print dialog; the dialog's
"print to file" option is switched off, so no PDF of the code is left on a disk by casebook.
The system's print spooler keeps the job until it is printed: docs/ui.md says so.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QFont, QFontDatabase, QPainter
from PySide6.QtPrintSupport import QPrinter

from casebook.ui.translation import format_date

__all__ = ["page_text", "print_code"]


def page_text() -> tuple[str, str, str]:
    """The page's title, its explanation above the code and its advice below, translated."""
    return (
        QCoreApplication.translate("CodePrint", "casebook recovery code"),
        QCoreApplication.translate(
            "CodePrint",
            "This code opens the vault if its passphrase is forgotten. Anyone who holds it and "
            "a copy of the vault can read every case in it.",
        ),
        QCoreApplication.translate(
            "CodePrint",
            "Keep this page apart from the computer and from the passphrase, somewhere only "
            "you can reach. When you make a new recovery code, this one stops working: "
            "destroy this page then.",
        ),
    )


def print_code(printer: QPrinter, code: str, made_ms: int) -> bool:
    """Paint the page onto `printer`; False when the printer could not be started."""
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        title, above, below = page_text()
        page = QRectF(printer.pageLayout().paintRectPixels(printer.resolution()))
        page.moveTo(0, 0)
        dpi = printer.resolution()
        margin = dpi * 0.4
        area = page.adjusted(margin, margin, -margin, -margin)
        y = area.top()
        flags = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)

        def block(text: str, font: QFont, gap: float) -> None:
            nonlocal y
            painter.setFont(font)
            box = QRectF(area.left(), y, area.width(), area.bottom() - y)
            used = painter.boundingRect(box, flags, text)
            painter.drawText(box, flags, text)
            y += used.height() + gap

        body = QFont()
        body.setPointSizeF(11)
        heading = QFont(body)
        heading.setPointSizeF(18)
        heading.setBold(True)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(26)
        mono.setBold(True)
        block(title, heading, dpi * 0.25)
        block(above, body, dpi * 0.35)
        block(code, mono, dpi * 0.35)
        made = QCoreApplication.translate("CodePrint", "Made on %1.").replace(
            "%1", format_date(made_ms)
        )
        block(made, body, dpi * 0.15)
        block(below, body, 0)
    finally:
        painter.end()
    return True
