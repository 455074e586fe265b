"""The plumbing: run_task, the store thread, the error table, the crash handler, Qt's settings."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QObject, QSettings, QThreadPool

import casebook.base.errors as core_errors
from casebook.base.errors import CasebookError, InputRejected, VaultLocked, WrongPassphrase
from casebook.crypto.kdf import KdfPolicy
from casebook.service import CaseService
from casebook.ui.crash import CrashHandler
from casebook.ui.errors import GENERIC, MESSAGES, message_for
from casebook.ui.tasks import CancelToken, InlinePool, TaskRunner
from casebook.ui.worker import StoreClient
from casebook.vault import create_vault


def test_run_task_delivers_on_the_ui_thread(qtbot: Any) -> None:
    runner = TaskRunner(QThreadPool())
    context = QObject()
    seen: list[Any] = []
    worker_threads: list[threading.Thread] = []

    def fn(token: CancelToken) -> int:
        worker_threads.append(threading.current_thread())
        return 42

    runner.run_task(fn, lambda r: seen.append((r, threading.current_thread())), context)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen[0][0] == 42
    assert seen[0][1] is threading.main_thread()
    assert worker_threads[0] is not threading.main_thread()
    assert runner.pending == 0


def test_run_task_returns_errors_as_values_and_drops_results_for_dead_contexts(
    qtbot: Any,
) -> None:
    runner = TaskRunner(InlinePool())
    seen: list[Any] = []
    context = QObject()

    def fail(_token: CancelToken) -> None:
        raise WrongPassphrase("nope")

    runner.run_task(fail, seen.append, context)
    qtbot.waitUntil(lambda: bool(seen))
    assert isinstance(seen[0], WrongPassphrase)

    gone = QObject()
    runner.run_task(lambda _t: 1, seen.append, gone)
    shiboken6.delete(gone)  # the panel that asked is destroyed before the answer arrives
    qtbot.wait(50)
    assert len(seen) == 1
    assert runner.pending == 0


def test_run_task_cancel_token_reaches_the_job(qtbot: Any) -> None:
    runner = TaskRunner(QThreadPool())
    started = threading.Event()
    seen: list[Any] = []

    def job(token: CancelToken) -> str:
        started.set()
        while not token.is_cancelled():
            threading.Event().wait(0.005)
        return "stopped"

    token = runner.run_task(job, seen.append, None)
    assert started.wait(5)
    token.cancel()
    qtbot.waitUntil(lambda: seen == ["stopped"])


def test_store_client_runs_jobs_in_order_off_the_ui_thread(
    qtbot: Any, tmp_path: Path, policy: KdfPolicy
) -> None:
    svc = CaseService(create_vault(tmp_path / "v", "pw pw pw pw pw", policy=policy).session)
    client = StoreClient(svc)
    order: list[Any] = []
    threads: set[threading.Thread] = set()

    def job(i: int) -> Any:
        def run(s: Any) -> int:
            threads.add(threading.current_thread())
            s.drafts.save("k", str(i))
            return i

        return run

    for i in range(20):
        client.call(job(i), order.append, None)
    client.call(lambda s: s.drafts.load("k"), order.append, None)
    client.call(lambda s: s.records.add_case(""), order.append, None)  # a typed error comes back
    qtbot.waitUntil(lambda: len(order) == 22)
    assert order[:20] == list(range(20))
    assert order[20] == "19"
    assert isinstance(order[21], InputRejected)
    assert threading.main_thread() not in threads
    with qtbot.waitSignal(client.closed, timeout=5000):
        client.close()
    assert svc.locked
    late: list[Any] = []
    client.call(lambda s: 1, late.append, None)
    qtbot.wait(20)
    assert late == []


def test_every_core_error_has_a_translated_message() -> None:
    errors = [
        obj
        for obj in vars(core_errors).values()
        if isinstance(obj, type) and issubclass(obj, CasebookError)
    ]
    for cls in errors:
        assert cls in MESSAGES, f"{cls.__name__} has no entry in ui/errors.py"
    assert message_for(VaultLocked()) != message_for(WrongPassphrase())
    assert message_for(KeyError("case text")) == GENERIC
    assert "case text" not in message_for(InputRejected("case text"))


def test_crash_handler_shows_a_generic_message_without_traceback(
    qtbot: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    handler = CrashHandler(lambda: None)
    try:
        raise ValueError("Иванов said something secret")
    except ValueError as e:
        handler.hook(type(e), e, e.__traceback__)
    qtbot.waitUntil(lambda: handler.box is not None)
    box = handler.box
    assert box is not None
    assert box.text() == GENERIC
    assert "Иванов" not in box.text()
    assert "Traceback" not in box.text()
    assert box.detailedText() == ""
    err = capsys.readouterr().err
    assert "Иванов" not in err
    assert "Traceback" not in err
    assert "ValueError" in err
    box.close()


def test_crash_handler_takes_and_gives_back_the_hooks() -> None:
    before = (sys.excepthook, threading.excepthook)
    handler = CrashHandler(lambda: None)
    handler.install()
    assert sys.excepthook == handler.hook
    handler.uninstall()
    assert (sys.excepthook, threading.excepthook) == before


CHILD = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QFileDialog
from casebook.ui.app import redirect_qt_settings
redirect_qt_settings()
app = QApplication([])
s = QSettings(QSettings.Scope.UserScope, "QtProject")
s.setValue("FileDialog/lastVisited", "file:///media/usb/Дело_Иванова")
s.sync()
print(s.status().name)
d = QFileDialog(None, "x", sys.argv[1])
d.setOption(QFileDialog.Option.DontUseNativeDialog, True)
d.show(); app.processEvents(); d.close()
del d
app.processEvents()
"""


def test_qt_settings_never_reach_the_home_folder(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_DATA_HOME": str(home / ".local/share"),
    }
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(tmp_path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert "AccessError" in done.stdout  # the write had nowhere to go
    found = [p for p in home.rglob("*") if p.is_file()]
    assert found == [], found
    assert QSettings(QSettings.Scope.UserScope, "QtProject").fileName().startswith(os.devnull)
