"""A text file in the viewer, in the encoding it was written in (`encodings.detect`: UTF-8,
UTF-16, Windows-1251, KOI8-R, CP866), with a choice of encoding when the guess is wrong."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from casebook.ui.viewer.encodings import ENCODINGS, decode, detect
from casebook.ui.widgets import set_name

__all__ = ["MAX_TEXT_CHARS", "TextPanel"]

MAX_TEXT_CHARS = 5_000_000
# Codecs the detector may name that a choice of ENCODINGS stands for.
_CHOICE_OF = {"utf-8-sig": "utf-8", "utf-16-le": "utf-16", "utf-16-be": "utf-16"}


class TextPanel(QWidget):
    """The text, read-only, and the encoding it is read in."""

    def __init__(self, data: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data = data
        self.detected = detect(data)
        self.encoding = QComboBox(self)
        for codec, name in ENCODINGS:
            self.encoding.addItem(name, codec)
        set_name(self.encoding, self.tr("Encoding"))
        self.encoding.setToolTip(
            self.tr("If the letters look wrong, the file is in another encoding: choose it here.")
        )
        label = QLabel(self.tr("&Encoding:"), self)
        label.setBuddy(self.encoding)
        self.edit = QPlainTextEdit(self)
        self.edit.setReadOnly(True)
        self.edit.setTabChangesFocus(True)
        self.edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.edit.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        set_name(self.edit, self.tr("Text of the file"))
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.encoding)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.edit, 1)
        choice = _CHOICE_OF.get(self.detected, self.detected)
        self.encoding.setCurrentIndex(max(0, self.encoding.findData(choice)))
        self._read(self.detected)
        self.encoding.currentIndexChanged.connect(self.on_encoding_current_index_changed)

    @property
    def codec(self) -> str:
        """The codec the text is shown in."""
        return str(self.encoding.currentData())

    def on_encoding_current_index_changed(self, _index: int) -> None:
        """Read the bytes again in the chosen encoding."""
        self._read(self.codec)

    def _read(self, codec: str) -> None:
        text = decode(self._data, codec).text
        if len(text) > MAX_TEXT_CHARS:
            text = text[:MAX_TEXT_CHARS] + "\n…"
        self.edit.setPlainText(text)

    def drop(self) -> None:
        """Forget the bytes and the text (the viewer closes)."""
        self._data = b""
        self.edit.clear()
