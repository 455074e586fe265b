"""Case text copied from casebook leaves the clipboard after a while, and at every lock.

Like KeePassXC: when the clipboard changes while casebook is the active application (so the copy
came from one of its fields), the text is remembered and a timer starts. When it fires, or when
the vault locks, the clipboard is cleared if it still holds that text; anything the person
copied elsewhere since is left alone.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

__all__ = ["ClipboardGuard"]


def _digest(text: str) -> bytes:
    # Keep a digest, not a second copy of the text.
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


class ClipboardGuard(QObject):
    """Watches the clipboard and clears casebook's copies."""

    def __init__(self, clipboard: QClipboard, clear_after_ms: int, parent: QObject) -> None:
        super().__init__(parent)
        self._clipboard = clipboard
        self._ours: bytes | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(clear_after_ms)
        self._timer.timeout.connect(self.on_timer_timeout)
        clipboard.dataChanged.connect(self.on_clipboard_data_changed)

    def set_clear_after(self, ms: int) -> None:
        """Change the delay (from Settings)."""
        self._timer.setInterval(ms)

    @property
    def holds_ours(self) -> bool:
        """True while the clipboard holds text copied from casebook."""
        if self._ours is None:
            return False
        text = self._clipboard.text()
        return bool(text) and _digest(text) == self._ours

    def copy(self, text: str) -> None:
        """Put `text` on the clipboard, to be cleared later."""
        self._clipboard.setText(text)
        self._mark(text)

    def on_clipboard_data_changed(self) -> None:
        """A copy made while casebook is active is ours."""
        active = (
            QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive
            or self._clipboard.ownsClipboard()
        )
        text = self._clipboard.text()
        if active and text:
            self._mark(text)
        elif self._ours is not None and (not text or _digest(text) != self._ours):
            self._ours = None  # replaced by something copied elsewhere
            self._timer.stop()

    def _mark(self, text: str) -> None:
        self._ours = _digest(text)
        self._timer.start()

    def clear_if_ours(self) -> bool:
        """Clear the clipboard if it still holds casebook's text; True if it did."""
        self._timer.stop()
        if not self.holds_ours:
            self._ours = None
            return False
        self._ours = None
        self._clipboard.clear(QClipboard.Mode.Clipboard)
        if self._clipboard.supportsSelection():
            self._clipboard.clear(QClipboard.Mode.Selection)
        return True

    def clear_if_holds(self, texts: Iterable[str]) -> bool:
        """Clear the clipboard (and the selection) if it holds any of `texts`, whoever copied
        it: after an erasure, the erased value must not stay one paste away. True if cleared."""
        wanted = [t.strip() for t in texts if len(t.strip()) >= 3]
        cleared = False
        modes = [QClipboard.Mode.Clipboard]
        if self._clipboard.supportsSelection():
            modes.append(QClipboard.Mode.Selection)
        for mode in modes:
            held = self._clipboard.text(mode)
            if held and any(t in held for t in wanted):
                self._clipboard.clear(mode)
                cleared = True
        if cleared:
            self._ours = None
            self._timer.stop()
        return cleared

    def on_timer_timeout(self) -> None:
        """Time is up for the copied text."""
        self.clear_if_ours()
