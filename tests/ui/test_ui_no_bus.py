"""Casebook never starts a D-Bus bus of its own (issue 14): on a real X server, with no
session-bus address, Qt would autolaunch one that writes `$HOME/.dbus/session-bus/…` and leaves
a `dbus-daemon` behind. The real app, run there through a whole session, leaves nothing under
HOME but its settings, and no process of its making."""

from __future__ import annotations

import os
import secrets
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from casebook.ui.session_bus import NO_BUS, dbus_escape, ensure_no_bus_of_our_own

from .xserver import xvfb

ROOT = Path(__file__).resolve().parents[2]


def _processes_with(marker: str) -> list[str]:
    """Command lines of live processes whose environment carries `marker` (they inherited it
    from the child: a bus it launched would)."""
    found = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            env = (proc / "environ").read_bytes()
            cmd = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        if marker.encode() in env:
            found.append(f"{proc.name}: {cmd}")
    return found


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 and /proc")
def test_no_bus_of_its_own_on_a_real_x_server(tmp_path: Path) -> None:
    if shutil.which("dbus-launch") is None:
        pytest.skip("dbus-launch (dbus-x11) is not installed: nothing could autolaunch")
    home = tmp_path / "home"
    home.mkdir(mode=0o700)
    marker = f"casebook-bus-test-{secrets.token_hex(8)}"
    with xvfb() as display:
        env = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith(("DBUS_", "XDG_", "QT_", "CASEBOOK_"))
        }
        env.update(
            HOME=str(home),
            DISPLAY=display,
            PYTHONPATH=os.pathsep.join([str(ROOT / "src"), str(ROOT / "tests")]),
            PYTHONDONTWRITEBYTECODE="1",
            CASEBOOK_BUS_TEST=marker,
        )
        done = subprocess.run(
            [sys.executable, "-m", "ui.bus_child", str(tmp_path / "vault")],
            env=env,
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        left = _processes_with(marker)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "done" in done.stdout
    assert f"bus address: {NO_BUS}" in done.stdout
    assert "session bus connected: False" in done.stdout
    assert left == [], left
    files = sorted(str(p.relative_to(home)) for p in home.rglob("*") if p.is_file())
    assert files == [".config/casebook/settings.json"], files
    assert not (home / ".dbus").exists()


def test_the_sessions_own_bus_is_used_and_nothing_is_launched(tmp_path: Path) -> None:
    env = {"DBUS_SESSION_BUS_ADDRESS": "unix:path=/run/user/1000/bus"}
    assert ensure_no_bus_of_our_own(env) == "session"
    assert env["DBUS_SESSION_BUS_ADDRESS"] == "unix:path=/run/user/1000/bus"
    # No address: the user's bus socket, named explicitly, when there is one.
    runtime = tmp_path / "run"
    runtime.mkdir()
    import socket

    with socket.socket(socket.AF_UNIX) as s:
        s.bind(str(runtime / "bus"))
        env = {"XDG_RUNTIME_DIR": str(runtime)}
        assert ensure_no_bus_of_our_own(env) == "user"
        assert env["DBUS_SESSION_BUS_ADDRESS"] == f"unix:path={dbus_escape(str(runtime / 'bus'))}"
    # A plain file is not a bus; no runtime dir at all: no bus.
    (runtime / "bus").unlink()
    (runtime / "bus").write_bytes(b"")
    env = {"XDG_RUNTIME_DIR": str(runtime)}
    assert ensure_no_bus_of_our_own(env) == "none"
    assert env["DBUS_SESSION_BUS_ADDRESS"] == NO_BUS
    assert dbus_escape("/tmp/a b,c=d") == "/tmp/a%20b%2cc%3dd"
