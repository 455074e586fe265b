"""casebook's own settings: a typed, versioned dataclass saved as plain JSON (DESIGN §2).

    {"version": 1, "language": "ru", "auto_lock_minutes": 5, "clipboard_clear_seconds": 30,
     "window_geometry": "<base64 of QWidget.saveGeometry()>", "lock_on_screen_lock": true,
     "lock_on_sleep": true, "lock_on_user_switch": true, "lock_on_minimise": true}

The `lock_on_*` switches say which of the laptop's own moments also lock casebook (the screen
locks, it goes to sleep or hibernates, another user takes the screen, the window is minimised);
all are on unless the person turns one off. A file written before they existed gets them on.

Settings never hold case data, vault contents, or lists of recent files or vaults. A missing,
unreadable or corrupt file gives the defaults, field by field: settings are a convenience, never
a reason not to start. Saving is atomic (temp name, fsync, rename) and the file is 0o600.

This module is Qt-free; the UI injects a `Settings` into the windows that need it.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import dataclasses
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

from casebook.base.errors import CasebookError
from casebook.base.fsutil import atomic_write, make_private_dir

__all__ = ["LANGUAGES", "LOCK_TRIGGERS", "Settings", "load", "save", "save_quietly"]

LANGUAGES = ("en", "ru")
AUTO_LOCK_RANGE = (1, 240)  # minutes
CLIPBOARD_RANGE = (5, 600)  # seconds
MAX_GEOMETRY = 4096  # characters of base64; a saved geometry is well under 100 bytes
MAX_FILE = 64 * 1024
# The moments that lock casebook besides idle time and Ctrl+L, as `Settings` fields.
LOCK_TRIGGERS = ("screen_lock", "sleep", "user_switch", "minimise")


@dataclass(frozen=True)
class Settings:
    """What casebook remembers between runs. Nothing in here describes a case or a vault."""

    VERSION: ClassVar[int] = 1

    language: str = ""  # "" follows the system language; otherwise one of LANGUAGES
    auto_lock_minutes: int = 5
    clipboard_clear_seconds: int = 30
    window_geometry: str = ""  # base64, opaque to casebook
    lock_on_screen_lock: bool = True
    lock_on_sleep: bool = True  # suspend and hibernate
    lock_on_user_switch: bool = True
    lock_on_minimise: bool = True

    def locks_on(self, trigger: str) -> bool:
        """True when `trigger` (one of LOCK_TRIGGERS) should lock casebook."""
        return trigger in LOCK_TRIGGERS and bool(getattr(self, f"lock_on_{trigger}"))

    def replace(self, **changes: Any) -> Settings:
        """A copy with `changes`, each checked like a loaded value."""
        return Settings.from_json({**self.to_json(), **changes})

    def to_json(self) -> dict[str, Any]:
        """The JSON object written to disk."""
        return {"version": self.VERSION, **dataclasses.asdict(self)}

    @classmethod
    def from_json(cls, doc: Any) -> Settings:
        """Settings from a decoded JSON value; each bad or missing field takes its default."""
        if not isinstance(doc, dict):
            return cls()
        default = cls()
        language = doc.get("language")
        if language not in ("", *LANGUAGES):
            language = default.language
        return cls(
            language=language,
            auto_lock_minutes=_int_in(
                doc.get("auto_lock_minutes"), AUTO_LOCK_RANGE, default.auto_lock_minutes
            ),
            clipboard_clear_seconds=_int_in(
                doc.get("clipboard_clear_seconds"),
                CLIPBOARD_RANGE,
                default.clipboard_clear_seconds,
            ),
            window_geometry=_geometry(doc.get("window_geometry")),
            **{
                f"lock_on_{t}": _bool(doc.get(f"lock_on_{t}"), getattr(default, f"lock_on_{t}"))
                for t in LOCK_TRIGGERS
            },
        )


def _bool(value: Any, default: bool) -> bool:
    # Only a JSON true or false counts: 1, "yes" or null are not a decision.
    return value if isinstance(value, bool) else default


def _int_in(value: Any, bounds: tuple[int, int], default: int) -> int:
    # bool is an int in Python; a JSON `true` is not a number of minutes.
    if isinstance(value, bool) or not isinstance(value, int):
        return default
    return value if bounds[0] <= value <= bounds[1] else default


def _geometry(value: Any) -> str:
    if not isinstance(value, str) or len(value) > MAX_GEOMETRY:
        return ""
    try:
        base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return ""
    return value


def load(path: Path) -> Settings:
    """The settings in `path`, or the defaults when it is missing, unreadable or corrupt."""
    try:
        with open(path, "rb") as fh:
            raw = fh.read(MAX_FILE + 1)
    except OSError:
        return Settings()
    if len(raw) > MAX_FILE:
        return Settings()
    try:
        doc = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return Settings()
    return Settings.from_json(doc)


def save(settings: Settings, path: Path) -> None:
    """Write `settings` to `path` atomically, creating its folder 0o700.

    Raises the core's `NotEnoughSpace` or `DriveUnavailable` when the disk refuses.
    """
    make_private_dir(path.parent)
    data = json.dumps(settings.to_json(), indent=1, sort_keys=True).encode("utf-8")
    atomic_write(path, data, mode=0o600)


def save_quietly(settings: Settings, path: Path) -> bool:
    """`save`, but a failure is ignored (returns False): losing a window size is no error."""
    with contextlib.suppress(CasebookError, OSError):
        save(settings, path)
        return True
    return False
