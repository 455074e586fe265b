"""A photo as a lawyer looks at evidence: the whole of it first, then closer.

    opened          fit to the window (never enlarged past 100%), turned as the camera's EXIF
                    orientation says (QImageReader.setAutoTransform, in the viewer)
    Ctrl++ / Ctrl+- zoom in / out by steps of 25% (from 5% to 800%)
    Ctrl+0          100%: one pixel of the photo on one pixel of the screen
    F               fit to the window again (and follow the window's size)

The photo is held once, as decoded; only the scaled copy on screen changes.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QResizeEvent, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from casebook.ui.widgets import plain_label, set_name

__all__ = ["MAX_ZOOM", "MIN_ZOOM", "ImagePanel", "ImageView"]

MIN_ZOOM, MAX_ZOOM, STEP = 0.05, 8.0, 1.25


class ImageView(QScrollArea):
    """A picture in a scroll area, fitted or zoomed."""

    zoomed = Signal(float)  # the zoom now shown (1.0 is 100%)

    def __init__(self, image: QImage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image = image
        self.fitted = True  # follows the window's size until a zoom
        self.zoom = 1.0
        self.label = QLabel(self)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_name(self.label, self.tr("Image"))
        self.setWidget(self.label)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWidgetResizable(False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._render()

    @property
    def shown_size(self) -> QSize:
        """The size of the picture on screen."""
        return self.label.pixmap().size()

    def fit_zoom(self) -> float:
        """The zoom at which the whole picture fits the window (at most 100%)."""
        room = self.viewport().size()
        if self.image.isNull() or room.width() < 2 or room.height() < 2:
            return 1.0
        return min(1.0, room.width() / self.image.width(), room.height() / self.image.height())

    def fit_to_window(self) -> None:
        """Show the whole picture, and keep it whole as the window changes."""
        self.fitted = True
        self._render()

    def actual_size(self) -> None:
        """100%."""
        self._set_zoom(1.0)

    def zoom_in(self) -> None:
        """One step closer."""
        self._set_zoom(self.zoom * STEP)

    def zoom_out(self) -> None:
        """One step back."""
        self._set_zoom(self.zoom / STEP)

    def _set_zoom(self, zoom: float) -> None:
        self.fitted = False
        self.zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        self._render()

    def _render(self) -> None:
        if self.fitted:
            self.zoom = self.fit_zoom()
        size = self.image.size() * self.zoom
        size = QSize(max(1, size.width()), max(1, size.height()))
        if size == self.image.size():
            pixmap = QPixmap.fromImage(self.image)
        else:
            pixmap = QPixmap.fromImage(
                self.image.scaled(
                    size,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        self.label.setPixmap(pixmap)
        self.label.resize(pixmap.size())
        self.zoomed.emit(self.zoom)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A fitted picture follows the window."""
        super().resizeEvent(event)
        if self.fitted:
            self._render()


class ImagePanel(QWidget):
    """The picture and its zoom buttons; the keys work anywhere in the viewer's window."""

    def __init__(self, image: QImage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = ImageView(image, self)
        self.zoom_in_button = QPushButton(self.tr("Zoom &in"), self)
        self.zoom_out_button = QPushButton(self.tr("Zoom &out"), self)
        self.actual_button = QPushButton(self.tr("&100%"), self)
        self.fit_button = QPushButton(self.tr("&Fit to window"), self)
        self.zoom_label = plain_label("", self)
        self.zoom_label.setMinimumWidth(self.zoom_label.fontMetrics().horizontalAdvance("8888%"))
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        set_name(self.zoom_label, self.tr("Zoom"))
        keys = (  # Ctrl++ and Ctrl+= (the same key without Shift)
            (self.zoom_in_button, self.view.zoom_in, ["Ctrl++", "Ctrl+="]),
            (self.zoom_out_button, self.view.zoom_out, ["Ctrl+-"]),
            (self.actual_button, self.view.actual_size, ["Ctrl+0"]),
            (self.fit_button, self.view.fit_to_window, ["F"]),
        )
        row = QHBoxLayout()
        for button, act, sequences in keys:
            row.addWidget(button)
            button.clicked.connect(act)
            shown = []
            for sequence in sequences:
                key = QKeySequence(sequence)
                shortcut = QShortcut(key, self)
                shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
                shortcut.activated.connect(act)
                shown.append(key.toString(QKeySequence.SequenceFormat.NativeText))
            button.setToolTip(" · ".join(shown))
        row.addStretch(1)
        row.addWidget(self.zoom_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        self.view.zoomed.connect(self.on_view_zoomed)
        self.on_view_zoomed(self.view.zoom)

    def on_view_zoomed(self, zoom: float) -> None:
        """Say the zoom shown."""
        self.zoom_label.setText(f"{round(zoom * 100)}%")
