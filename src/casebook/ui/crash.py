"""The crash handler: a generic, translated message; no traceback, no case data, no file.

Python's default hook prints the traceback to stderr, which a desktop session may keep in a log
file (~/.xsession-errors), and an exception's message can quote case text. This hook writes only
the exception's type name to stderr and shows the generic message from `ui/errors.py`.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from types import TracebackType

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from casebook.ui.errors import GENERIC

__all__ = ["CrashHandler"]


class CrashHandler(QObject):
    """Replaces `sys.excepthook` and `threading.excepthook` while installed."""

    crashed = Signal(str)  # the exception's type name, from any thread

    def __init__(self, window: Callable[[], QWidget | None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._window = window
        self._box: QMessageBox | None = None
        self._saved: tuple[object, object] | None = None
        self.count = 0
        self.crashed.connect(self.on_crashed, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        """Take over the exception hooks."""
        self._saved = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.hook
        threading.excepthook = self.thread_hook

    def uninstall(self) -> None:
        """Give the hooks back."""
        if self._saved is not None:
            sys.excepthook, threading.excepthook = self._saved  # type: ignore[assignment]
            self._saved = None

    def hook(
        self,
        exc_type: type[BaseException],
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Report an uncaught exception without its message or traceback."""
        if issubclass(exc_type, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        # Only the type's name: the message and the frames can hold case text.
        sys.stderr.write(f"casebook: unexpected error ({exc_type.__name__})\n")
        self.crashed.emit(exc_type.__name__)

    def thread_hook(self, args: threading.ExceptHookArgs) -> None:
        """The same for exceptions in other threads."""
        self.hook(args.exc_type, args.exc_value, args.exc_traceback)

    @Slot(str)
    def on_crashed(self, _name: str) -> None:
        """Show the generic message once; more crashes while it is open add nothing."""
        self.count += 1
        box_alive = self._box is not None and shiboken6.isValid(self._box)
        if box_alive and self._box is not None and self._box.isVisible():
            return
        box = QMessageBox(self._window())
        box.setIcon(QMessageBox.Icon.Critical)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setWindowTitle(QCoreApplication.translate("Errors", "casebook"))
        box.setText(QCoreApplication.translate("Errors", GENERIC))
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self._box = box
        box.open()  # never exec(): no nested event loop

    @property
    def box(self) -> QMessageBox | None:
        """The message box on screen, if any (for tests)."""
        if self._box is not None and not shiboken6.isValid(self._box):
            self._box = None
        return self._box
