"""Audio playback from memory, where the system has QtMultimedia and an audio backend.

QtMultimedia needs system libraries (PulseAudio or PipeWire, GStreamer or FFmpeg) that a
minimal machine lacks; then the viewer says so instead of failing.
"""

from __future__ import annotations

import importlib
from functools import cache
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from casebook.ui.widgets import plain_label

__all__ = ["AudioPlayer", "audio_available"]


@cache
def _multimedia() -> Any:
    try:
        return importlib.import_module("PySide6.QtMultimedia")
    except ImportError:
        return None


def audio_available() -> bool:
    """True when QtMultimedia loads on this system."""
    return _multimedia() is not None


class AudioPlayer(QWidget):
    """Play and pause an audio attachment held in memory."""

    def __init__(self, data: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        mm = _multimedia()
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._output = mm.QAudioOutput(self)
        self._player = mm.QMediaPlayer(self)
        self._player.setAudioOutput(self._output)
        self._player.setSourceDevice(self._buffer)
        self.play_button = QPushButton(self.tr("&Play"), self)
        self.pause_button = QPushButton(self.tr("Pa&use"), self)
        self.play_button.clicked.connect(self._player.play)
        self.pause_button.clicked.connect(self._player.pause)
        layout = QHBoxLayout(self)
        layout.addWidget(plain_label(self.tr("Audio"), self))
        layout.addWidget(self.play_button)
        layout.addWidget(self.pause_button)
        layout.addStretch(1)

    def stop(self) -> None:
        """Stop playing and drop the bytes."""
        self._player.stop()
        self._buffer.close()
        self._buffer.setData(QByteArray())
