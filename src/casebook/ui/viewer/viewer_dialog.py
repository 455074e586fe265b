"""The in-app viewer: images, PDF (QtPdf, from a buffer), text, and audio where the system has
it. The decrypted bytes live only in memory; no file is written for another program. Opening a
file is recorded on its chain of custody (a `view` entry) before its bytes are read; on
read-only media it cannot be, and the viewer says so.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, Signal
from PySide6.QtGui import QCloseEvent, QImage, QImageReader
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QVBoxLayout,
    QWidget,
)

from casebook.service import CaseService
from casebook.ui.env import Env
from casebook.ui.errors import message_for
from casebook.ui.file_kinds import file_kind
from casebook.ui.models.attachments import AttachmentRow
from casebook.ui.translation import format_size
from casebook.ui.viewer.audio import AudioPlayer, audio_available
from casebook.ui.viewer.image_view import ImagePanel
from casebook.ui.viewer.text_view import TextPanel
from casebook.ui.widgets import ErrorBanner, plain_label, set_name

__all__ = ["MAX_VIEW_BYTES", "ViewerDialog", "kind_of", "read_for_viewing"]

MAX_VIEW_BYTES = 256 * 1024 * 1024  # larger files are exported, not viewed


def kind_of(media_type: str, head: bytes) -> str:
    """'image', 'pdf', 'text', 'audio' or 'other', from the media type and the first bytes."""
    if head.startswith(b"%PDF-") or media_type == "application/pdf":
        return "pdf"
    if media_type.startswith("image/"):
        return "image"
    if media_type.startswith("audio/"):
        return "audio"
    if media_type.startswith("text/") or media_type in ("application/json", "application/xml"):
        return "text"
    return "other"


def read_for_viewing(service: CaseService, attachment_id: bytes) -> tuple[bytes, bool]:
    """Store-thread job: record the view on the file's chain of custody, then its bytes.
    Returns (bytes, recorded): not recorded on read-only media, where the file still opens."""
    recorded = service.custody.viewed(attachment_id) is not None
    return b"".join(service.attachments.iter_bytes(attachment_id)), recorded


class ViewerDialog(QDialog):
    """Shows one attachment. Closed (and its bytes dropped) at every lock."""

    opened = Signal()  # the bytes were read (and the view recorded)

    def __init__(self, env: Env, row: AttachmentRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.setWindowTitle(self.tr("Attachment"))
        self.setObjectName("attachmentViewer")
        self._buffer: QBuffer | None = None
        self._keep: list[object] = []
        self.kind = ""
        name = plain_label(
            f"{row.name} · {file_kind(row.media_type, row.name)} · {format_size(row.size)}",
            self,
            wrap=True,
        )
        self.status = plain_label(self.tr("Decrypting…"), self)
        # Said plainly when the view cannot enter the custody log (read-only media).
        self.unrecorded = plain_label(
            self.tr(
                "This view was not recorded in the custody log: the vault is read-only, so "
                "nothing can be written to it."
            ),
            self,
            wrap=True,
        )
        set_name(self.unrecorded, self.tr("Custody log"))
        self.unrecorded.hide()
        self.error = ErrorBanner(self)
        self.body = QVBoxLayout()
        buttons = QDialogButtonBox(self)
        close = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setDefault(True)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(name)
        layout.addWidget(self.status)
        layout.addWidget(self.unrecorded)
        layout.addWidget(self.error)
        layout.addLayout(self.body, 1)
        layout.addWidget(buttons)
        self.resize(820, 640)
        if row.size > MAX_VIEW_BYTES:
            self.status.hide()
            self.error.show_notice(
                self.tr("This file is too large to show here. Export it to open it elsewhere.")
            )
            return
        attachment_id = row.id
        media_type = row.media_type
        env.read(
            lambda s: read_for_viewing(s, attachment_id),
            lambda got: self._show(media_type, *got),
            self,
            self._failed,
        )

    def _failed(self, error: BaseException) -> None:
        self.status.hide()
        self.error.show_error(message_for(error))

    def _show(self, media_type: str, data: bytes, recorded: bool = True) -> None:
        self.opened.emit()
        self.status.hide()
        self.unrecorded.setVisible(not recorded)
        self.kind = kind_of(media_type, data[:8])
        shown = {
            "image": self._show_image,
            "pdf": self._show_pdf,
            "text": self._show_text,
            "audio": self._show_audio,
        }.get(self.kind, self._show_other)(data)
        if not shown:
            self.kind = "other"
            self._show_other(data)

    def _show_image(self, data: bytes) -> bool:
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        reader = QImageReader(buffer)
        reader.setAutoTransform(True)  # turned as the camera's EXIF orientation says
        image: QImage = reader.read()
        buffer.close()
        if image.isNull():
            return False
        panel = ImagePanel(image, self)  # fitted to the window; zoom keys and buttons
        self.body.addWidget(panel)
        panel.show()
        self.view: QWidget = panel
        return True

    def _show_pdf(self, data: bytes) -> bool:
        try:
            from PySide6.QtPdf import QPdfDocument
            from PySide6.QtPdfWidgets import QPdfView
        except ImportError:
            return False
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document = QPdfDocument(self)
        document.load(self._buffer)
        if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
            return False
        view = QPdfView(self)
        view.setDocument(document)
        view.setPageMode(QPdfView.PageMode.MultiPage)
        view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        set_name(view, self.tr("PDF document"))
        self._keep.append(document)
        self.body.addWidget(view)
        view.show()
        self.view = view
        return True

    def _show_text(self, data: bytes) -> bool:
        panel = TextPanel(data, self)  # in its own encoding, with a choice of others
        self.body.addWidget(panel)
        panel.show()
        self.view = panel
        return True

    def _show_audio(self, data: bytes) -> bool:
        if not audio_available():
            self.error.show_notice(self.tr("Audio playback is not available on this system."))
            self.body.addStretch(1)
            return True
        player = AudioPlayer(data, self)
        self.body.addWidget(player)
        player.show()
        self.view = player
        return True

    def _show_other(self, _data: bytes) -> bool:
        self.error.show_notice(
            self.tr("casebook cannot show this kind of file. Export it to open it elsewhere.")
        )
        self.body.addStretch(1)
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        """Drop the decrypted bytes."""
        view = getattr(self, "view", None)
        if isinstance(view, TextPanel):
            view.drop()
        if self._buffer is not None:
            with contextlib.suppress(RuntimeError):
                self._buffer.close()
                self._buffer.setData(QByteArray())
        super().closeEvent(event)
