"""The app's settings while it runs: the injected `Settings`, saved whenever they change."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from casebook.base import settings as settings_io
from casebook.base.settings import Settings

__all__ = ["Preferences"]


class Preferences(QObject):
    """Holds the current `Settings`; `update` saves them (quietly: a read-only disk is no error)."""

    changed = Signal(object)  # Settings

    def __init__(self, current: Settings, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._current = current
        self._path = path

    @property
    def current(self) -> Settings:
        """The settings now."""
        return self._current

    def update(self, **changes: Any) -> None:
        """Change some settings, save them, and tell the windows."""
        new = self._current.replace(**changes)
        if new == self._current:
            return
        self._current = new
        settings_io.save_quietly(new, self._path)
        self.changed.emit(new)
