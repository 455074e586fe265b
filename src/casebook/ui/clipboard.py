"""Case text copied from casebook leaves the clipboard after a while, and at every lock.

Like KeePassXC: when the clipboard changes while casebook is the active application (so the copy
came from one of its fields), the text is remembered and a timer starts. When it fires, or when
the vault locks, the clipboard is cleared if it still holds that text; anything the person
copied elsewhere since is left alone.

Selecting is copying too, on X11: text selected in any field becomes the PRIMARY selection,
which any program can read (a middle click, `xclip -o -selection primary`) for as long as
casebook owns it, even after a lock. So a selection casebook owns expires like a copy (the same
delay, its own timer), and a lock clears every selection casebook owns: PRIMARY, and macOS's
find buffer where there is one. Ownership is the system's own answer (`ownsSelection`): text
selected in another program since is not casebook's and stays.
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
        self._selection_timer = QTimer(self)
        self._selection_timer.setSingleShot(True)
        self._selection_timer.setInterval(clear_after_ms)
        self._selection_timer.timeout.connect(self.on_selection_timer_timeout)
        clipboard.dataChanged.connect(self.on_clipboard_data_changed)
        clipboard.selectionChanged.connect(self.on_clipboard_selection_changed)

    def set_clear_after(self, ms: int) -> None:
        """Change the delay (from Settings)."""
        self._timer.setInterval(ms)
        self._selection_timer.setInterval(ms)

    def _owns(self, mode: QClipboard.Mode) -> bool:
        if mode == QClipboard.Mode.Selection:
            return self._clipboard.supportsSelection() and self._clipboard.ownsSelection()
        if mode == QClipboard.Mode.FindBuffer:
            return self._clipboard.supportsFindBuffer() and self._clipboard.ownsFindBuffer()
        return self._clipboard.ownsClipboard()

    def on_clipboard_selection_changed(self) -> None:
        """Text selected in a casebook field is on offer to every program: let it expire."""
        if self._owns(QClipboard.Mode.Selection) and self._clipboard.text(
            QClipboard.Mode.Selection
        ):
            self._selection_timer.start()
        else:
            self._selection_timer.stop()

    def on_selection_timer_timeout(self) -> None:
        """Time is up for the selected text."""
        self.clear_selections()

    def clear_selections(self) -> bool:
        """Clear every selection casebook owns (PRIMARY, the find buffer); True if any."""
        self._selection_timer.stop()
        cleared = False
        for mode in (QClipboard.Mode.Selection, QClipboard.Mode.FindBuffer):
            if self._owns(mode):
                self._clipboard.clear(mode)
                cleared = True
        return cleared

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
        """Clear the clipboard if it still holds casebook's text (or casebook still owns it),
        and every selection casebook owns; True if anything was cleared. This is the lock's."""
        self._timer.stop()
        cleared = self.clear_selections()
        if self.holds_ours or self._owns(QClipboard.Mode.Clipboard):
            self._clipboard.clear(QClipboard.Mode.Clipboard)
            cleared = True
        self._ours = None
        return cleared

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
        self._timer.stop()
        if self.holds_ours:
            self._clipboard.clear(QClipboard.Mode.Clipboard)
        self._ours = None
