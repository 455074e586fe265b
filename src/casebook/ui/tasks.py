"""Short CPU jobs off the UI thread: `TaskRunner.run_task(fn, on_done, context)`.

    UI thread                      pool thread
    run_task(fn, on_done, ctx) ──► fn(token)            plain Qt-free Python (Argon2, calibration)
    on_done(result | error)  ◄──── relay.done (queued)  dropped if `ctx` was destroyed meanwhile

Nothing waits: there is no nested event loop and no `QThread.terminate()`. Cancelling sets a
`CancelToken` that `fn` passes on to the core as `cancel=token.is_cancelled`. Tests inject an
`InlinePool`, which runs `fn` at once; `on_done` still arrives through the event loop.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any, Protocol, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Qt, QThreadPool, Signal, Slot

__all__ = ["CancelToken", "InlinePool", "Pool", "ProgressRelay", "TaskRunner"]

T = TypeVar("T")


class CancelToken:
    """A thread-safe cancel flag, handed to the core as ``cancel=token.is_cancelled``."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        """Ask the job to stop at its next check."""
        self._event.set()

    def is_cancelled(self) -> bool:
        """True once `cancel()` was called."""
        return self._event.is_set()


class Pool(Protocol):
    """What `TaskRunner` needs of a thread pool (QThreadPool, or InlinePool in tests)."""

    def start(self, fn: Callable[[], None]) -> None:
        """Run `fn` soon, on some thread."""


class InlinePool:
    """Runs each job at once on the calling thread. For tests only."""

    def start(self, fn: Callable[[], None]) -> None:
        """Run `fn` now."""
        fn()


class _Relay(QObject):
    """Lives on the UI thread; its queued signal carries a result back from the pool."""

    done = Signal(object)

    def __init__(
        self,
        on_done: Callable[[Any], None],
        context: QObject | None,
        forget: Callable[[_Relay], None],
    ) -> None:
        super().__init__()
        self._on_done = on_done
        self._context = context
        self._forget = forget
        self.done.connect(self.on_relay_done, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def on_relay_done(self, result: object) -> None:
        """Deliver on the UI thread, unless the context is gone."""
        self._forget(self)
        context, self._context = self._context, None
        if context is not None and not shiboken6.isValid(context):
            return
        self._on_done(result)


class TaskRunner:
    """Runs short CPU jobs on a pool and delivers their outcome to the UI thread."""

    def __init__(self, pool: Pool | None = None) -> None:
        self._pool: Pool = pool if pool is not None else _QtPool(QThreadPool.globalInstance())
        self._relays: set[_Relay] = set()

    def run_task(
        self,
        fn: Callable[[CancelToken], T],
        on_done: Callable[[T | BaseException], None],
        context: QObject | None,
    ) -> CancelToken:
        """Run `fn(token)` off the UI thread; call `on_done(result or exception)` on it.

        `on_done` is dropped when `context` (a QObject) is destroyed first. Returns the token
        that cancels the job.
        """
        token = CancelToken()
        relay = _Relay(on_done, context, self._relays.discard)
        self._relays.add(relay)

        def work() -> None:
            try:
                result: object = fn(token)
            except Exception as e:  # noqa: BLE001 - every failure goes back to the UI as a value
                result = e
            relay.done.emit(result)

        self._pool.start(work)
        return token

    @property
    def pending(self) -> int:
        """How many jobs have not delivered yet."""
        return len(self._relays)


class _QtPool:
    def __init__(self, pool: QThreadPool) -> None:
        self._pool = pool

    def start(self, fn: Callable[[], None]) -> None:
        self._pool.start(fn)


class ProgressRelay(QObject):
    """Carries `progress(done, total)` calls from a pool thread to the UI thread, ~20/s at most.

    It must have a parent (the panel showing the progress): the pool's closure then never owns
    the C++ object, and once the panel is gone `report` fails, which ends a job nobody awaits.
    """

    progressed = Signal(int, int)

    def __init__(self, parent: QObject, *, interval: float = 0.05) -> None:
        super().__init__(parent)
        self._interval = interval
        self._last = 0.0

    def report(self, done: int, total: int) -> None:
        """The core's progress callable. Thread-safe; throttled except for the last call."""
        now = time.monotonic()
        if done < total and now - self._last < self._interval:
            return
        self._last = now
        # Qt's signals carry C ints; scale large byte counts into KiB so they fit.
        scale = 1024 if total > 2**31 - 1 else 1
        self.progressed.emit(done // scale, total // scale)
