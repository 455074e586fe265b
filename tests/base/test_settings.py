"""casebook's settings: typed, versioned, atomic JSON; corrupt files give the defaults."""

from __future__ import annotations

import json
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from casebook.base import settings as settings_io
from casebook.base.settings import Settings


def test_defaults() -> None:
    s = Settings()
    assert (s.language, s.auto_lock_minutes, s.clipboard_clear_seconds) == ("", 5, 30)
    assert s.window_geometry == ""


def test_round_trip_and_private_file(tmp_path: Path) -> None:
    path = tmp_path / "config" / "settings.json"
    s = Settings(
        language="ru",
        auto_lock_minutes=12,
        clipboard_clear_seconds=45,
        window_geometry="AdnQywADAAA=",
    )
    settings_io.save(s, path)
    assert settings_io.load(path) == s
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["version"] == Settings.VERSION
    assert sorted(doc) == sorted(
        [
            "version",
            "language",
            "auto_lock_minutes",
            "clipboard_clear_seconds",
            "window_geometry",
            "lock_on_screen_lock",
            "lock_on_sleep",
            "lock_on_user_switch",
            "lock_on_minimise",
        ]
    )
    assert [p.name for p in path.parent.iterdir()] == ["settings.json"]  # no temp left


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"{not json",
        b"\xff\xfe\x00",
        b"[1, 2, 3]",
        b"null",
        b"x" * (settings_io.MAX_FILE + 10),
    ],
)
def test_corrupt_file_gives_defaults(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(content)
    assert settings_io.load(path) == Settings()


def test_bad_fields_take_their_defaults_one_by_one(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(
        json.dumps(
            {
                "version": 1,
                "language": "de",
                "auto_lock_minutes": True,
                "clipboard_clear_seconds": 10_000,
                "window_geometry": "not base64!!",
                "recent_vaults": ["/media/usb/Дело"],
            }
        ),
        encoding="utf-8",
    )
    s = settings_io.load(path)
    assert s == Settings()
    assert not hasattr(s, "recent_vaults")


def test_missing_file_gives_defaults(tmp_path: Path) -> None:
    assert settings_io.load(tmp_path / "nope.json") == Settings()


def test_replace_checks_values() -> None:
    s = Settings().replace(auto_lock_minutes=15, language="ru")
    assert (s.auto_lock_minutes, s.language) == (15, "ru")
    assert Settings().replace(auto_lock_minutes=0).auto_lock_minutes == 5


def test_save_quietly_survives_an_unwritable_place(tmp_path: Path) -> None:
    # A regular file where the folder should be: unwritable even for root (CI runs as root).
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    assert not settings_io.save_quietly(Settings(), blocker / "sub" / "settings.json")


def test_settings_module_is_qt_free() -> None:
    code = "import sys, casebook.base.settings; print('PySide6' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_lock_triggers_are_all_on_by_default_and_only_booleans_count(tmp_path: Path) -> None:
    s = Settings()
    assert all(s.locks_on(t) for t in settings_io.LOCK_TRIGGERS)
    assert not s.locks_on("anything else")
    path = tmp_path / "settings.json"
    path.write_text(
        json.dumps(
            {
                "lock_on_screen_lock": False,
                "lock_on_sleep": 0,
                "lock_on_user_switch": "no",
                "lock_on_minimise": None,
            }
        ),
        encoding="utf-8",
    )
    loaded = settings_io.load(path)
    assert not loaded.locks_on("screen_lock")
    assert loaded.locks_on("sleep")
    assert loaded.locks_on("user_switch")
    assert loaded.locks_on("minimise")
    assert Settings().replace(lock_on_minimise=False).locks_on("minimise") is False
