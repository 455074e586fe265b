"""Advisory locks that die with their process, and the age rule where there are none.

A writer holds a `flock` while its file is in flight (the kernel drops it when the process
ends, however it ends: a kill -9 included). A cleaner removes a file someone may own only
when it can take that lock itself, so the writer is gone. Where the file system has no
`flock` (some network and FUSE file systems, or no `fcntl` at all), a file counts as left
behind only once nothing has written to it for `STALE_AFTER` seconds.
"""

from __future__ import annotations

import contextlib
import enum
import errno
import os
import time
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - not a POSIX system: the age rule alone
    fcntl = None  # type: ignore[assignment]

__all__ = ["STALE_AFTER", "Held", "is_stale", "lock", "open_locked"]

STALE_AFTER = 3600  # one hour without a write


class Held(enum.Enum):
    """How a lock attempt went."""

    YES = "yes"  # held by us now
    NO = "no"  # someone else holds it
    UNKNOWN = "unknown"  # no flock here: decide by age


def lock(fd: int, *, shared: bool = False, wait: bool = True) -> Held:
    """`flock` an open file or folder: `Held.YES`, `Held.NO` (only without `wait`), or
    `Held.UNKNOWN` when this file system cannot lock."""
    if fcntl is None:  # pragma: no cover
        return Held.UNKNOWN
    op = fcntl.LOCK_SH if shared else fcntl.LOCK_EX
    if not wait:
        op |= fcntl.LOCK_NB
    try:
        fcntl.flock(fd, op)
    except OSError as e:
        if e.errno in (errno.EWOULDBLOCK, errno.EAGAIN):
            return Held.NO
        return Held.UNKNOWN
    return Held.YES


def open_locked(path: Path, *, shared: bool = False, wait: bool = True) -> tuple[int | None, Held]:
    """Open `path` (a file or a folder) read-only and lock it; the lock lasts until the fd is
    closed. (None, `Held.UNKNOWN`) when it cannot be opened."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        return None, Held.UNKNOWN
    held = lock(fd, shared=shared, wait=wait)
    if held is Held.NO:
        with contextlib.suppress(OSError):
            os.close(fd)
        return None, held
    return fd, held


def is_stale(mtime: float, now: float | None = None) -> bool:
    """True when a file last written at `mtime` has been left alone for `STALE_AFTER`."""
    return (time.time() if now is None else now) - mtime > STALE_AFTER
