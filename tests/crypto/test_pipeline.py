"""casebook.crypto.pipeline: the hand-off between threads, the worker, early writeback."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest

from casebook.base import pagecache
from casebook.base.errors import DriveUnavailable
from casebook.base.pagecache import Writeback
from casebook.crypto.pipeline import Channel, Shut, Worker


def casebook_threads() -> list[str]:
    """Names of the worker threads still running."""
    return [t.name for t in threading.enumerate() if t.name.startswith("casebook-")]


def test_channel_keeps_order_and_ends() -> None:
    ch: Channel[int] = Channel(2)
    got: list[int | None] = []

    def consume() -> None:
        while (item := ch.get()) is not None:
            got.append(item)

    w = Worker(consume, "test", lambda e: None)
    for i in range(100):
        ch.put(i)
    ch.end()
    assert w.join(5)
    assert got == list(range(100))
    with pytest.raises(Shut):
        ch.put(1)  # nothing more after the end
    with pytest.raises(ValueError, match="at least one"):
        Channel(0)


def test_shut_wakes_a_blocked_put_and_get() -> None:
    full: Channel[int] = Channel(1)
    full.put(1)
    empty: Channel[int] = Channel(1)
    seen: list[str] = []

    def blocked_put() -> None:
        try:
            full.put(2)
        except Shut:
            seen.append("put")

    def blocked_get() -> None:
        try:
            empty.get()
        except Shut:
            seen.append("get")

    workers = [Worker(blocked_put, "a", lambda e: None), Worker(blocked_get, "b", lambda e: None)]
    time.sleep(0.05)
    full.shut()
    empty.shut()
    assert all(w.join(5) for w in workers)
    assert sorted(seen) == ["get", "put"]
    assert full.is_shut
    with pytest.raises(Shut):
        full.get()  # queued items are dropped by a shut


def test_a_workers_error_reaches_its_owner_unchanged() -> None:
    exits: list[BaseException | None] = []
    boom = DriveUnavailable("gone")

    def fail() -> None:
        raise boom

    w = Worker(fail, "fail", exits.append)
    assert w.join(5)
    assert exits == [boom]
    with pytest.raises(DriveUnavailable) as info:
        w.check()
    assert info.value is boom
    assert not w.alive


def test_a_shut_worker_ends_without_error() -> None:
    ch: Channel[int] = Channel(1)
    exits: list[BaseException | None] = []
    w = Worker(lambda: None if ch.get() is None else None, "idle", exits.append)
    ch.shut()
    assert w.join(5)
    assert exits == [None]
    w.check()
    assert casebook_threads() == []


def test_writeback_writes_through_and_advises_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[int, int]] = []
    real = os.posix_fadvise

    def spy(fd: int, offset: int, length: int, advice: int) -> None:
        calls.append((offset, length))
        real(fd, offset, length, advice)

    monkeypatch.setattr(pagecache, "WRITEBACK_EVERY", 1000)
    monkeypatch.setattr(os, "posix_fadvise", spy)
    with open(tmp_path / "f", "wb") as fh:
        wb = Writeback(fh)
        for _ in range(5):
            assert wb.write(b"x" * 600) == 600
        wb.wrote(0)
    assert (tmp_path / "f").read_bytes() == b"x" * 3000
    # Every range is advised twice: first to start writing it, then to drop it.
    assert calls == [(0, 1200), (0, 2400)]
