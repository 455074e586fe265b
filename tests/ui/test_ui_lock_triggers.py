"""Lock when the laptop locks (issue 14): each D-Bus signal a Linux desktop sends, emitted on a
private bus started here, locks the app within one second and leaves no case text in any
widget; a trigger turned off in Settings does not lock; minimising locks; no bus, no error.

The private bus is a real `dbus-daemon` with its own config (nothing of the machine's session);
it stands in for both the session and the system bus. The emitter is a second connection that
owns the well-known names (org.freedesktop.ScreenSaver, org.gnome.ScreenSaver,
org.freedesktop.login1), as the real services do: casebook matches signals on their owner.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtDBus import QDBusConnection, QDBusMessage

from casebook.base.settings import Settings
from casebook.ui.lock_triggers.linux import session_path
from casebook.ui.settings_dialog import SettingsDialog

from .driver import Driver, VaultInfo
from .leaks import widgets_holding

CANARY = "Канарейкин-Щеглов ZQX7731"
SESSION_ID = "c7"
CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=/tmp</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""

LOGIN1 = "org.freedesktop.login1"
# (name, owner, path, interface, member, arguments, trigger)
SIGNALS = [
    (
        "freedesktop-screensaver",
        "org.freedesktop.ScreenSaver",
        "/org/freedesktop/ScreenSaver",
        "org.freedesktop.ScreenSaver",
        "ActiveChanged",
        [True],
    ),
    (
        "kde-screensaver",
        "org.freedesktop.ScreenSaver",
        "/ScreenSaver",
        "org.freedesktop.ScreenSaver",
        "ActiveChanged",
        [True],
    ),
    (
        "gnome-screensaver",
        "org.gnome.ScreenSaver",
        "/org/gnome/ScreenSaver",
        "org.gnome.ScreenSaver",
        "ActiveChanged",
        [True],
    ),
    (
        "login1-prepare-for-sleep",
        LOGIN1,
        "/org/freedesktop/login1",
        f"{LOGIN1}.Manager",
        "PrepareForSleep",
        [True],
    ),
    ("login1-session-lock", LOGIN1, session_path(SESSION_ID), f"{LOGIN1}.Session", "Lock", []),
    (
        "login1-session-inactive",
        LOGIN1,
        session_path(SESSION_ID),
        "org.freedesktop.DBus.Properties",
        "PropertiesChanged",
        [f"{LOGIN1}.Session", {"Active": False}, ["IdleHint"]],
    ),
]


@pytest.fixture
def private_bus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A dbus-daemon of this test's own, as both the session and the system bus."""
    daemon = shutil.which("dbus-daemon")
    if daemon is None:
        pytest.skip("dbus-daemon is not installed (.ci/run installs it)")
    config = tmp_path / "bus.conf"
    config.write_text(CONFIG, encoding="utf-8")
    done = subprocess.run(
        [daemon, f"--config-file={config}", "--print-address=1", "--print-pid=1", "--fork"],
        capture_output=True,
        text=True,
        timeout=10,
        check=True,
    )
    address, pid = done.stdout.split()[:2]
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
    monkeypatch.setenv("DBUS_SYSTEM_BUS_ADDRESS", address)
    monkeypatch.setenv("XDG_SESSION_ID", SESSION_ID)
    try:
        yield address
    finally:
        QDBusConnection.disconnectFromBus("test-emitter")
        os.kill(int(pid), signal.SIGTERM)


def _emitter(address: str) -> QDBusConnection:
    bus = QDBusConnection.connectToBus(address, "test-emitter")
    assert bus.isConnected(), bus.lastError().message()
    for name in ("org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver", LOGIN1):
        assert bus.registerService(name), name
    return bus


def _send(bus: QDBusConnection, path: str, interface: str, member: str, args: list) -> None:
    message = QDBusMessage.createSignal(path, interface, member)
    if args:
        message.setArguments(args)
    assert bus.send(message)


def _open_with_canary(d: Driver, vault: VaultInfo) -> None:
    d.unlock(vault.passphrase)
    d.add_case(f"Дело {CANARY}")
    d.add_person(f"Свидетель {CANARY}")
    d.new_interview()
    d.type_segment(f"Сказал {CANARY} утром", enter=False)  # a draft still in the editor
    d.settle()
    assert widgets_holding(CANARY)  # the scan sees it while unlocked


@pytest.mark.parametrize(
    ("owner", "path", "interface", "member", "args"),
    [s[1:] for s in SIGNALS],
    ids=[s[0] for s in SIGNALS],
)
def test_each_signal_locks_within_a_second_and_leaves_no_case_text(
    private_bus: str,
    vault: VaultInfo,
    make_driver: Callable[..., Driver],
    owner: str,
    path: str,
    interface: str,
    member: str,
    args: list,
) -> None:
    emitter = _emitter(private_bus)
    d = make_driver(vault.root)
    watcher = d.window.lock_watcher
    assert watcher is not None
    assert watcher.available == {"screen_lock", "sleep", "user_switch"}
    _open_with_canary(d, vault)
    locked_at: list[float] = []
    d.window.locked.connect(lambda: locked_at.append(time.monotonic()))
    start = time.monotonic()
    _send(emitter, path, interface, member, args)
    d.wait_until(lambda: bool(locked_at), timeout=1000)
    assert locked_at[0] - start < 1.0  # the moment it locked, not when the test looked
    d.wait_until(lambda: not widgets_holding(CANARY), timeout=1000)


def test_a_trigger_turned_off_does_not_lock_and_waking_up_does_not_either(
    private_bus: str, vault: VaultInfo, make_driver: Callable[..., Driver]
) -> None:
    emitter = _emitter(private_bus)
    d = make_driver(vault.root, settings=Settings(language="en", lock_on_screen_lock=False))
    watcher = d.window.lock_watcher
    assert watcher is not None
    seen: list[str] = []
    watcher.observed.connect(seen.append)
    d.unlock(vault.passphrase)
    _send(
        emitter,
        "/org/freedesktop/ScreenSaver",
        "org.freedesktop.ScreenSaver",
        "ActiveChanged",
        [True],
    )
    d.wait_until(lambda: seen == ["screen_lock"], timeout=1000)
    assert d.window.is_unlocked
    # The screensaver going off, and waking from sleep, are not reasons to lock.
    _send(emitter, "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged", [False])
    _send(emitter, "/org/freedesktop/login1", f"{LOGIN1}.Manager", "PrepareForSleep", [False])
    _send(emitter, "/org/freedesktop/login1", f"{LOGIN1}.Manager", "PrepareForSleep", [True])
    d.wait_until(lambda: not d.window.is_unlocked, timeout=1000)
    assert seen == ["screen_lock", "sleep"]


def test_a_signal_from_someone_who_does_not_own_the_name_is_ignored(
    private_bus: str, vault: VaultInfo, make_driver: Callable[..., Driver]
) -> None:
    # Only the owner of org.freedesktop.login1 speaks for logind.
    impostor = QDBusConnection.connectToBus(private_bus, "test-impostor")
    try:
        emitter = _emitter(private_bus)
        d = make_driver(vault.root)
        watcher = d.window.lock_watcher
        assert watcher is not None
        seen: list[str] = []
        watcher.observed.connect(seen.append)
        d.unlock(vault.passphrase)
        _send(impostor, "/org/freedesktop/login1", f"{LOGIN1}.Manager", "PrepareForSleep", [True])
        _send(emitter, "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged", [True])
        d.wait_until(lambda: not d.window.is_unlocked, timeout=1000)
        assert seen == ["screen_lock"]
    finally:
        QDBusConnection.disconnectFromBus("test-impostor")


def test_minimising_locks_unless_turned_off(
    vault: VaultInfo, make_driver: Callable[..., Driver]
) -> None:
    d = make_driver(vault.root)
    d.unlock(vault.passphrase)
    d.window.showMinimized()
    d.wait_until(lambda: not d.window.is_unlocked, timeout=1000)
    d.window.showNormal()
    d.ctx.preferences.update(lock_on_minimise=False)
    d.activate()
    d.unlock(vault.passphrase)
    d.window.showMinimized()
    d.wait_until(lambda: d.window.isMinimized())
    d.window.showNormal()
    assert d.window.is_unlocked


def test_without_a_bus_nothing_is_watched_and_settings_say_so(
    vault: VaultInfo, make_driver: Callable[..., Driver], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "disabled:")
    monkeypatch.setenv("DBUS_SYSTEM_BUS_ADDRESS", "unix:path=/nonexistent/casebook-test-bus")
    d = make_driver(vault.root)
    watcher = d.window.lock_watcher
    assert watcher is not None
    assert watcher.available == frozenset()
    d.window.on_settings_action_triggered()
    dialog = d.dialog(SettingsDialog)
    assert all(c.isChecked() for c in dialog.triggers.values())
    text = dialog.unavailable.text()
    assert "screen lock" in text
    assert "sleep" in text
    assert "user switch" in text
    assert "minimising" not in text
    dialog.triggers["sleep"].click()
    assert d.ctx.preferences.current.lock_on_sleep is False
