"""Threads for the bulk paths: a bounded hand-off, and a worker that is always joined.

    producer thread ──put──▶ Channel(depth) ──get──▶ consumer thread
                    ◀──────── free buffers ─────────

OpenSSL's AEAD (through `cryptography` 51, on inputs of 2 KiB or more), hashlib's SHA-256 on
large buffers, and file reads and writes all release the GIL, so a second thread really uses
the second core (measured, docs/age-layer.md: a 256 MiB AEAD call in one thread left the other
running, with gaps of one switch interval, 5 ms). The
bulk paths (STREAM encryption behind the caller, decryption ahead of it, the read back of a
sealed bundle) run one stage each in a `Worker`.

Rules that keep this safe:
- Only the thread that called casebook runs user callbacks (progress, cancel); workers never do.
- A worker's exception is kept (`Worker.error`) and raised again, unchanged, in the caller's
  thread once the worker is joined, so that it stays a casebook error.
- Every worker is joined on every path: the owner shuts its channels (which wakes a blocked
  `put` or `get` at once) and joins it in a `finally` or `abort`.
- Buffers travel with ownership: whoever took an item from a channel owns its buffer until it
  hands it on; nothing is shared while two threads can touch it.

The file side (writeback while writing, dropping pages behind a read) is
`casebook.base.pagecache`.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable
from typing import Generic, TypeVar

__all__ = ["Channel", "Shut", "Worker"]

T = TypeVar("T")


class Shut(Exception):  # noqa: N818 - a signal between threads, never seen outside
    """Raised by a `Channel` that was shut while a thread waited on it."""


class Channel(Generic[T]):
    """A bounded FIFO between two threads; either side can shut it, waking the other at once.

    `end()` is the producer's normal finish: the consumer gets what is queued, then None.
    `shut()` is a stop: items still queued are dropped, and every wait raises `Shut`.
    """

    def __init__(self, depth: int) -> None:
        if depth < 1:
            raise ValueError("a channel holds at least one item")
        self._items: deque[T] = deque()
        self._depth = depth
        self._cond = threading.Condition(threading.Lock())
        self._ended = False
        self._shut = False

    def put(self, item: T) -> None:
        """Queue `item`, waiting while the channel is full; `Shut` if it was shut."""
        with self._cond:
            while len(self._items) >= self._depth and not self._shut:
                self._cond.wait()
            if self._shut or self._ended:
                raise Shut()
            self._items.append(item)
            self._cond.notify_all()

    def get(self) -> T | None:
        """The next item, waiting for one; None after `end()`; `Shut` if it was shut."""
        with self._cond:
            while not self._items and not self._ended and not self._shut:
                self._cond.wait()
            if self._shut:
                raise Shut()
            if not self._items:
                return None
            item = self._items.popleft()
            self._cond.notify_all()
            return item

    def end(self) -> None:
        """No more items will come (the consumer drains what is queued)."""
        with self._cond:
            self._ended = True
            self._cond.notify_all()

    def shut(self) -> None:
        """Stop both sides: drop what is queued and wake every waiting thread."""
        with self._cond:
            self._shut = True
            self._items.clear()
            self._cond.notify_all()

    @property
    def is_shut(self) -> bool:
        """True once `shut()` was called."""
        return self._shut


class Worker:
    """A thread running `target()`; what it raises is kept for the thread that owns it.

    `on_exit(error)` runs in the worker when `target` returns (error None) or raises: it ends
    or shuts the channels the worker feeds, so that the other side never waits for nothing.
    """

    def __init__(
        self,
        target: Callable[[], None],
        name: str,
        on_exit: Callable[[BaseException | None], None],
    ) -> None:
        self._target = target
        self._on_exit = on_exit
        self.error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name=f"casebook-{name}", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._target()
        except Shut:
            pass  # the owner stopped us; it knows why
        except BaseException as e:  # noqa: BLE001 - handed to the owner, raised there
            self.error = e
        finally:
            self._on_exit(self.error)

    def check(self) -> None:
        """Raise again what the worker raised, if anything (it stays stored)."""
        if self.error is not None:
            raise self.error

    def join(self, timeout: float | None = None) -> bool:
        """Wait for the thread; True once it has ended."""
        self._thread.join(timeout)
        return not self._thread.is_alive()

    @property
    def alive(self) -> bool:
        """True while the thread runs."""
        return self._thread.is_alive()
