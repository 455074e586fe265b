"""The one thread that owns the vault's connection, and the UI's handle on it.

    UI thread (StoreClient)                      store thread (StoreWorker)
    call(job, on_done, ctx) ── requested ──────► job(service) → typed result or CasebookError
    on_done(result | error) ◄── finished ─────── (queued; dropped if ctx was destroyed)
    close()                 ── close_requested ► service.lock(): connection closed, keys dropped
    (thread quits)          ◄── closed ────────

A job is a plain Qt-free callable over `CaseService`, built on the UI thread, for example
``lambda s: s.reading.list_cases(limit=200)``. Jobs run one at a time in the order they were
asked for, so a draft saved before a lock is on disk before the connection closes. `data()` of a
model never reaches here: models hold rows that jobs returned.
"""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar, cast

import shiboken6
from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from casebook.base.errors import VaultLocked
from casebook.service import CaseService
from casebook.ui.tasks import CancelToken

__all__ = ["JobControl", "StoreClient", "StoreWorker"]

T = TypeVar("T")
Job = Callable[[CaseService], T]
OnDone = Callable[[Any], None]
OnProgress = Callable[[int, int], None]


@dataclass(frozen=True)
class JobControl:
    """What a long job gets besides the service: a progress callable and a cancel check."""

    progress: Callable[[int, int], None]
    cancelled: Callable[[], bool]


class StoreWorker(QObject):
    """Owns the `CaseService`; lives on the store thread and runs jobs in order."""

    finished = Signal(int, object)  # request id, result
    failed = Signal(int, object)  # request id, exception
    progressed = Signal(int, int, int)  # request id, done, total
    closed = Signal()

    def __init__(self, service: CaseService) -> None:
        super().__init__()
        self._service: CaseService | None = service
        self.closed_event = threading.Event()

    @Slot(int, object)
    def on_client_requested(self, req_id: int, job: object) -> None:
        """Run one job and report its typed result or typed error."""
        service = self._service
        if service is None:
            self.failed.emit(req_id, VaultLocked("vault is locked"))
            return
        try:
            result = cast(Job[object], job)(service)
        except Exception as e:  # noqa: BLE001 - typed errors go back; the UI maps each one
            self.failed.emit(req_id, e)
            return
        self.finished.emit(req_id, result)

    @Slot()
    def on_client_close_requested(self) -> None:
        """Close the connection and drop the keys; later jobs get `VaultLocked`."""
        service, self._service = self._service, None
        try:
            if service is not None:
                service.lock()
        finally:
            self.closed_event.set()
            self.closed.emit()

    def control(self, req_id: int, token: CancelToken) -> JobControl:
        """A `JobControl` whose progress reaches the UI at most about 20 times a second."""
        last = [0.0]

        def progress(done: int, total: int) -> None:
            now = time.monotonic()
            if done < total and now - last[0] < 0.05:
                return
            last[0] = now
            scale = 1024 if total > 2**31 - 1 else 1  # Qt's ints are 32-bit
            self.progressed.emit(req_id, done // scale, total // scale)

        return JobControl(progress, token.is_cancelled)


class StoreClient(QObject):
    """The UI's side of the store thread. Create one per unlocked session."""

    requested = Signal(int, object)
    close_requested = Signal()
    closed = Signal()

    def __init__(self, service: CaseService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids = itertools.count(1)
        self._pending: dict[int, tuple[OnDone, QObject | None, OnProgress | None]] = {}
        self._closing = False
        self.is_closed = False
        self._thread: QThread | None = QThread()
        self._thread.setObjectName("casebook-store")
        self._worker: StoreWorker | None = StoreWorker(service)
        self._worker.moveToThread(self._thread)
        queued = Qt.ConnectionType.QueuedConnection
        self.requested.connect(self._worker.on_client_requested, queued)
        self.close_requested.connect(self._worker.on_client_close_requested, queued)
        self._worker.finished.connect(self.on_worker_finished, queued)
        self._worker.failed.connect(self.on_worker_finished, queued)
        self._worker.progressed.connect(self.on_worker_progressed, queued)
        self._worker.closed.connect(self.on_worker_closed, queued)
        self._thread.finished.connect(self.on_thread_finished)
        self._thread.start()

    def call(
        self,
        job: Job[T],
        on_done: Callable[[T | BaseException], None],
        context: QObject | None,
    ) -> None:
        """Run `job(service)` on the store thread; `on_done(result or exception)` on this one."""
        if self._closing or self._worker is None:
            return  # a locked session answers nothing; the UI that asked is being torn down
        req_id = next(self._ids)
        self._pending[req_id] = (on_done, context, None)
        self.requested.emit(req_id, job)

    def call_long(
        self,
        job: Callable[[CaseService, JobControl], T],
        on_done: Callable[[T | BaseException], None],
        context: QObject | None,
        on_progress: OnProgress | None = None,
    ) -> CancelToken:
        """Like `call`, for a job that reports progress and can be cancelled."""
        token = CancelToken()
        if self._closing or self._worker is None:
            token.cancel()
            return token
        req_id = next(self._ids)
        control = self._worker.control(req_id, token)
        self._pending[req_id] = (on_done, context, on_progress)
        self.requested.emit(req_id, lambda service: job(service, control))
        return token

    @Slot(int, object)
    def on_worker_finished(self, req_id: int, result: object) -> None:
        """Hand a result or an error to whoever asked, if they are still there."""
        entry = self._pending.pop(req_id, None)
        if entry is None:
            return
        on_done, context, _ = entry
        if context is not None and not shiboken6.isValid(context):
            return
        on_done(result)

    @Slot(int, int, int)
    def on_worker_progressed(self, req_id: int, done: int, total: int) -> None:
        """Pass progress on to the job's `on_progress`."""
        entry = self._pending.get(req_id)
        if entry is None or entry[2] is None:
            return
        if entry[1] is not None and not shiboken6.isValid(entry[1]):
            return
        entry[2](done, total)

    @property
    def busy(self) -> bool:
        """True while jobs are queued or running."""
        return bool(self._pending)

    def close(self) -> None:
        """Lock: jobs already asked for still run, then the connection closes. Never blocks."""
        if self._closing:
            return
        self._closing = True
        self.close_requested.emit()

    def join(self, timeout_ms: int = 30_000) -> bool:
        """Close and wait for the store thread to end. Only for the app's exit."""
        self.close()
        worker, thread = self._worker, self._thread
        if worker is None or thread is None:
            return True
        done = worker.closed_event.wait(timeout_ms / 1000)
        thread.quit()
        thread.wait(timeout_ms)
        self._release()
        return done

    @Slot()
    def on_worker_closed(self) -> None:
        """The connection is closed: stop the thread."""
        self._pending.clear()
        if self._thread is not None:
            self._thread.quit()

    @Slot()
    def on_thread_finished(self) -> None:
        """The store thread has ended; free it and say so."""
        self._release()

    def _release(self) -> None:
        if self.is_closed:
            return
        self.is_closed = True
        self._pending.clear()
        worker, self._worker = self._worker, None
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.wait()  # it has ended or is ending: returns at once
        # Python owns both objects: dropping them here deletes them on this thread, after the
        # store thread is gone (a deleteLater racing with this would delete them twice).
        del worker, thread
        self.closed.emit()
