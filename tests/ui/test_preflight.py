"""`make run` and `casebook` on a desktop that lacks what Qt's xcb plugin needs (issue 12): one
sentence naming the packages to install, never Qt's abort (exit 134) with no word from casebook."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from casebook.ui import preflight

ROOT = Path(__file__).resolve().parents[2]

# What `ldd libqxcb.so` printed on a fresh Debian 12 desktop.
LDD_FRESH_DEBIAN = """\
\tlinux-vdso.so.1 (0x00007ffd0d1f2000)
\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f0c3b000000)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxcb.so.1 => /lib/x86_64-linux-gnu/libxcb.so.1 (0x00007f0c3a9d0000)
\tlibxcb-icccm.so.4 => not found
\tlibxkbcommon-x11.so.0 => not found
"""


def test_missing_libraries_are_named_with_the_packages_to_install(tmp_path: Path) -> None:
    plugin = tmp_path / "libqxcb.so"
    plugin.write_bytes(b"")
    seen: list[list[str]] = []

    def ldd(args: list[str]) -> str:
        seen.append(args)
        return LDD_FRESH_DEBIAN

    problem = preflight.check(
        {"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":0"},
        plugin=plugin,
        run=ldd,
        loads=lambda name: name != "libxcb-cursor.so.0",
    )
    assert seen == [["ldd", str(plugin)]]
    assert problem is not None
    assert (
        "sudo apt-get install libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0 libxcb-cursor0`"
        in problem
    )
    assert "libxcb-icccm.so.4, libxcb-keysyms.so.1, libxkbcommon-x11.so.0" in problem
    assert problem.count(". ") == 0
    assert problem.endswith(".")


def test_nothing_missing_says_nothing(tmp_path: Path) -> None:
    plugin = tmp_path / "libqxcb.so"
    plugin.write_bytes(b"")
    ok = "\tlibxcb.so.1 => /lib/x86_64-linux-gnu/libxcb.so.1 (0x1)\n"
    env = {"DISPLAY": ":0"}
    assert preflight.check(env, plugin=plugin, run=lambda _: ok, loads=lambda _: True) is None
    no_display = preflight.check({}, plugin=plugin, run=lambda _: ok, loads=lambda _: True)
    assert no_display == preflight.NO_DISPLAY


@pytest.mark.parametrize(
    ("env", "platform", "checked"),
    [
        ({}, "linux", True),
        ({"QT_QPA_PLATFORM": "xcb"}, "linux", True),
        ({"QT_QPA_PLATFORM": "xcb:nograb"}, "linux", True),
        ({"QT_QPA_PLATFORM": "offscreen"}, "linux", False),
        ({"QT_QPA_PLATFORM": "wayland;xcb"}, "linux", False),
        ({"WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland"}, "linux", False),
        ({}, "darwin", False),
        ({}, "win32", False),
    ],
)
def test_only_the_xcb_platform_is_checked(
    env: dict[str, str], platform: str, checked: bool
) -> None:
    assert preflight.platform_to_check(env, platform) is checked


def test_unknown_libraries_follow_debians_package_names() -> None:
    assert preflight.packages_for(["libfoo.so.3", "libbar-2.so.0", "libxcb-icccm.so.4"]) == [
        "libfoo3",
        "libbar-2-0",
        "libxcb-icccm4",
    ]


def test_the_real_plugin_is_found_and_checked() -> None:
    plugin = preflight.xcb_plugin()
    assert plugin is not None
    assert plugin.name == "libqxcb.so"
    missing = preflight.missing_libraries(plugin)
    assert all(".so" in m for m in missing)  # whatever this machine lacks, named as libraries


@pytest.mark.slow
def test_casebook_without_a_display_says_so_instead_of_aborting(tmp_path: Path) -> None:
    """The real command, xcb platform, no display: before the preflight Qt aborted (134)."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(QT_QPA_PLATFORM="xcb", CASEBOOK_HOME=str(tmp_path / "home"))
    done = subprocess.run(
        [sys.executable, "-m", "casebook"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 1, (done.returncode, done.stderr)
    assert done.stderr.startswith("casebook cannot open its window: ")
    assert "Traceback" not in done.stderr


def test_make_run_checks_before_it_starts_the_app() -> None:
    recipe = subprocess.run(
        ["make", "-n", "run", "STAMP=", "QM="],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    steps = [line for line in recipe if "casebook" in line]
    assert steps[0].endswith("python -m casebook.ui.preflight --child"), steps
    assert steps[1].endswith("/casebook"), steps
