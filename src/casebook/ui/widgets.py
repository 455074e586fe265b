"""Small widgets and helpers shared by the screens.

Any text that came from a vault or a bundle is shown through `plain_label` or an item view, never
as rich text: `Qt.AutoText` would render HTML that arrived inside an imported bundle.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QIdentityProxyModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractButton,
    QFileDialog,
    QFileSystemModel,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSizePolicy,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from casebook.ui.translation import format_size, format_time

__all__ = [
    "Debouncer",
    "ErrorBanner",
    "centre",
    "PassphraseEdit",
    "file_dialog",
    "heading",
    "lock_icon",
    "message_box",
    "plain_label",
    "set_name",
]


def plain_label(
    text: str = "",
    parent: QWidget | None = None,
    *,
    wrap: bool = False,
    selectable: bool = False,
) -> QLabel:
    """A label that never interprets its text as HTML."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(wrap)
    if selectable:
        label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
    return label


def heading(text: str, parent: QWidget | None = None, *, scale: float = 1.4) -> QLabel:
    """A bold, larger plain-text label for the title of a screen."""
    label = plain_label(text, parent, wrap=True)
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    label.setAccessibleName(text)
    return label


def centre(parent: QWidget, content: QWidget, width: int = 660) -> None:
    """Lay `content` out as a column of fixed width in the middle of `parent`.

    A fixed width lets word-wrapped labels take the height they need: inside a centring
    alignment they would get their one-line height and overlap.
    """
    content.setFixedWidth(width)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(content)
    row.addStretch(1)
    outer = QVBoxLayout(parent)
    outer.addStretch(1)
    outer.addLayout(row)
    outer.addStretch(2)


def lock_icon(color: QColor) -> QIcon:
    """A padlock, drawn here: icon themes are not there on every system (nor offscreen)."""
    icon = QIcon()
    for size in (16, 24, 32, 48):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        p = QPainter(pixmap)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        s = size / 32
        pen = QPen(color, 3.2 * s)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawArc(QRectF(9 * s, 3 * s, 14 * s, 18 * s), 0, 180 * 16)  # the shackle
        p.drawLine(QPointF(9 * s, 12 * s), QPointF(9 * s, 15 * s))
        p.drawLine(QPointF(23 * s, 12 * s), QPointF(23 * s, 15 * s))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(color)
        p.drawRoundedRect(QRectF(5 * s, 14 * s, 22 * s, 16 * s), 3 * s, 3 * s)  # the body
        p.end()
        icon.addPixmap(pixmap)
    return icon


def set_name(widget: QWidget, name: str, description: str = "") -> None:
    """Give a control the name (and help) that screen readers announce."""
    widget.setAccessibleName(name)
    if description:
        widget.setAccessibleDescription(description)


class PassphraseEdit(QLineEdit):
    """A password field: masked, uncopiable, hidden from input methods and accessibility tools.

    Qt reports a masked field's value as bullets to accessibility tools; the input-method hints
    keep on-screen keyboards and predictive text from learning the passphrase.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.setInputMethodHints(
            Qt.InputMethodHint.ImhHiddenText
            | Qt.InputMethodHint.ImhSensitiveData
            | Qt.InputMethodHint.ImhNoPredictiveText
            | Qt.InputMethodHint.ImhNoAutoUppercase
        )
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setDragEnabled(False)

    def take(self) -> str:
        """The typed secret; the field is cleared at once."""
        text = self.text()
        self.clear()
        return text


class ErrorBanner(QLabel):
    """A plain-text message line for errors (red) or notices; hidden when empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.setAccessibleName("")
        self.hide()

    def show_error(self, text: str) -> None:
        """Show `text` as an error."""
        self.setStyleSheet("color: #b00020; font-weight: bold;")
        self._show(text)

    def show_notice(self, text: str) -> None:
        """Show `text` as information."""
        self.setStyleSheet("")
        self._show(text)

    def _show(self, text: str) -> None:
        self.setText(text)
        self.setAccessibleName(text)
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        """Hide the banner."""
        self.setText("")
        self.hide()


class Debouncer(QObject):
    """Calls `fn` once typing pauses for `delay_ms`; `flush()` calls it now if one is due."""

    def __init__(self, fn: Callable[[], None], delay_ms: int, parent: QObject) -> None:
        super().__init__(parent)
        self._fn = fn
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.on_timer_timeout)

    def poke(self) -> None:
        """Something changed: (re)start the countdown."""
        self._timer.start()

    @property
    def due(self) -> bool:
        """True while a call is waiting."""
        return self._timer.isActive()

    def flush(self) -> None:
        """Call `fn` now if a call is waiting."""
        if self._timer.isActive():
            self._timer.stop()
            self._fn()

    def cancel(self) -> None:
        """Forget the waiting call."""
        self._timer.stop()

    def on_timer_timeout(self) -> None:
        """The pause was long enough."""
        self._fn()


class _FileListProxy(QIdentityProxyModel):
    """Sizes and times in the file dialog's list as the rest of casebook writes them: Qt's
    model writes them in the system's locale, whatever the interface language (238 bytes,
    263,67 KiB on a Russian screen; "238 байты" on a Russian system)."""

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        """The size and the time changed, in the interface language; the rest as Qt has it."""
        source = self.sourceModel()
        if role == Qt.ItemDataRole.DisplayRole and isinstance(source, QFileSystemModel):
            at = self.mapToSource(index)
            if index.column() == 1 and not source.isDir(at):
                return format_size(source.size(at))
            if index.column() == 3:
                return format_time(source.lastModified(at).toMSecsSinceEpoch())
        return super().data(index, role)


def file_dialog(parent: QWidget, title: str, mode: QFileDialog.FileMode) -> QFileDialog:
    """Qt's own file dialog, never the platform's: GTK's remembers recent files in the home
    folder. Qt's remembers nothing either, because app.py points QSettings nowhere."""
    dialog = QFileDialog(parent, title)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setProxyModel(_FileListProxy(dialog))
    dialog.resize(860, 520)  # names, sizes and dates in full; fits a 1366×768 laptop
    details = dialog.findChild(QTreeView, "treeView")  # Qt's own name for its detail view
    if details is not None:
        header = details.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    dialog.setFileMode(mode)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    return dialog


def message_box(
    parent: QWidget,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: list[tuple[str, QMessageBox.ButtonRole]],
) -> tuple[QMessageBox, list[QAbstractButton]]:
    """A plain-text message box to `open()` (never `exec()`): no nested event loop."""
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    made: list[QAbstractButton] = [box.addButton(label, role) for label, role in buttons]
    return box, made
