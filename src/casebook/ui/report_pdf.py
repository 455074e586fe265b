"""report.json to PDF/A-1b with Qt: QTextDocument laid out on A4, painted page by page.

    render_pdf(report.json bytes, lang)     → the PDF's bytes (in memory, never a temp file)
    render_offscreen(report.json, lang)     → the same from the CLI: starts an offscreen
                                              QGuiApplication first when there is none

Fonts: DejaVu Sans, Bold and Mono are shipped in `casebook/ui/fonts` (Cyrillic complete;
license beside them) and registered from memory; the document asks for them by family, so the
PDF embeds them (Qt embeds every font it draws with). The metadata carries the report's short
id as title and "casebook" as creator, nothing else. Every page has the footer "Report <id> ·
Page N of M" / "Отчёт <id> · Стр. N из M", drawn outside the document's text.

Case text is inserted through QTextCursor only (`casebook.ui.report.document`): no HTML, so no
image and no link can come from it. Safe to run off the UI thread (QPdfWriter and QTextDocument
paint to a paged device, not to a widget).
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
from collections.abc import Callable
from importlib import resources

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)

from casebook.base.errors import Cancelled, InputRejected
from casebook.report.build import short_id
from casebook.report.texts import t

__all__ = ["FONTS", "register_fonts", "render_offscreen", "render_pdf"]

FONTS = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSansMono.ttf")
RESOLUTION = 300  # dots per inch of the layout; text stays vector
_MARGINS_MM = QMarginsF(20, 18, 20, 14)
_FOOTER_MM = 9.0
_lock = threading.Lock()
_families: tuple[str, str] | None = None


def register_fonts() -> tuple[str, str]:
    """Register the shipped fonts (once) and return the (text, monospace) families."""
    global _families
    with _lock:
        if _families is None:
            names: list[str] = []
            folder = resources.files("casebook.ui").joinpath("fonts")
            for name in FONTS:
                data = folder.joinpath(name).read_bytes()
                fid = QFontDatabase.addApplicationFontFromData(QByteArray(data))
                names += QFontDatabase.applicationFontFamilies(fid) if fid >= 0 else []
            text = "DejaVu Sans" if "DejaVu Sans" in names else QFont().family()
            mono = "DejaVu Sans Mono" if "DejaVu Sans Mono" in names else text
            _families = (text, mono)
        return _families


def render_pdf(
    report_json: bytes,
    lang: str,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> bytes:
    """The PDF of a report in `lang` ("ru" or "en"). A QGuiApplication must exist."""
    from casebook.ui.report.document import ReportDocument, report_font

    if lang not in ("ru", "en"):
        raise InputRejected("the report's language is ru or en")
    doc = json.loads(report_json)
    family, mono = register_fonts()
    ident = short_id(bytes.fromhex(doc["id"]))
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buf)
    writer.setPdfVersion(QPagedPaintDevice.PdfVersion.PdfVersion_A1b)
    writer.setTitle(ident)  # the id, never a case title or a name
    writer.setCreator("casebook")
    writer.setResolution(RESOLUTION)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(_MARGINS_MM, QPageLayout.Unit.Millimeter)
    rect = writer.pageLayout().paintRectPixels(writer.resolution())
    footer = _FOOTER_MM / 25.4 * writer.resolution()
    body = QSizeF(rect.width(), rect.height() - footer)

    builder = ReportDocument(
        doc,
        lang,
        family=family,
        mono=mono,
        json_sha256=hashlib.sha256(report_json).hexdigest(),
        cancel=cancel,
    )
    text = builder.build()
    text.documentLayout().setPaintDevice(writer)
    text.setPageSize(body)
    pages = text.pageCount()
    foot_font = report_font(family, 8)
    painter = QPainter(writer)
    try:
        for i in range(pages):
            if cancel is not None and cancel():
                raise Cancelled()
            if i:
                writer.newPage()
            painter.save()
            painter.translate(0, -i * body.height())
            text.drawContents(painter, QRectF(0, i * body.height(), body.width(), body.height()))
            painter.restore()
            painter.setFont(foot_font)
            line = t("footer", lang, id=ident, n=i + 1, m=pages)
            where = QRectF(0, body.height(), body.width(), footer)
            painter.drawText(
                where, Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignHCenter, line
            )
            if progress is not None:
                progress(i + 1, pages)
    finally:
        painter.end()
        buf.close()
    return bytes(data.data())


def render_offscreen(report_json: bytes, lang: str) -> bytes:
    """`render_pdf` for a process without a GUI (the CLI): Qt's offscreen platform, chosen
    before the application object exists, so no display is needed or touched."""
    if QGuiApplication.instance() is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        globals()["_app"] = QGuiApplication(["casebook"])  # kept: Qt needs it alive
    return render_pdf(report_json, lang)
