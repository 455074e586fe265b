"""Big files and the page cache: start writeback early, give pages back behind a reader.

`Writeback` and `DropBehind` are the file side of the bulk paths (blobs, bundles): the kernel
starts writing a big file to the drive while it is still being written (so the final fsync finds
little left to do), and the page cache behind a big read (or write) is given back as it goes.
"""

from __future__ import annotations

import contextlib
import os
from typing import BinaryIO

__all__ = ["WRITEBACK_EVERY", "DropBehind", "Writeback"]

WRITEBACK_EVERY = 32 * 1024 * 1024


def _drop(fh: object, offset: int, length: int) -> None:
    """posix_fadvise(DONTNEED): start writing back dirty pages, drop clean ones (Linux)."""
    fileno = getattr(fh, "fileno", None)
    with contextlib.suppress(OSError, AttributeError, ValueError, TypeError):
        os.posix_fadvise(fileno() if fileno else -1, offset, length, os.POSIX_FADV_DONTNEED)


class Writeback:
    """A binary file being written: every `WRITEBACK_EVERY` bytes, start writing it to the drive.

    `posix_fadvise(POSIX_FADV_DONTNEED)` on a range starts the writeback of its dirty pages
    without waiting (Linux), and drops the pages that are already clean. Each range is advised
    twice: once to start it, and once more a step later, when it has been written and can be
    dropped. Measured on 1 GiB: the final fsync went from 0.3–0.5 s to 0.00–0.02 s. Where the
    call is missing or fails, nothing changes but the speed.
    """

    def __init__(self, fh: BinaryIO) -> None:
        self._fh = fh
        self._written = 0
        self._started = 0  # writeback was started for [0, _started)
        self._dropped = 0  # and its pages were dropped for [0, _dropped)

    def write(self, data: bytes | bytearray | memoryview) -> int:
        """Write all of `data` to the file (OSError passes through)."""
        self._fh.write(data)
        self.wrote(len(data))
        return len(data)

    def wrote(self, size: int) -> None:
        """Count `size` bytes written to the file by someone else."""
        self._written += size
        if self._written - self._started < WRITEBACK_EVERY:
            return
        _drop(self._fh, self._dropped, self._written - self._dropped)
        self._dropped, self._started = self._started, self._written


class DropBehind:
    """A file read once, front to back, from `start`: the pages behind the reader are dropped.

    Every `WRITEBACK_EVERY` bytes the cached pages already read are given back, so a big read
    recycles a few MiB of page cache instead of filling GiBs of it. That is cheaper than it
    looks: on this VM, pages the kernel has not touched for a while cost a fault in the host
    the first time (a 1 GiB read back took 1.0–1.4 s of system time instead of 0.05–0.1 s).
    """

    def __init__(self, fh: BinaryIO, start: int = 0) -> None:
        self._fh = fh
        self._pos = start
        self._dropped = start

    def readinto(self, buffer: bytearray | memoryview) -> int:
        """Read into `buffer` (what the file's readinto gives)."""
        readinto = getattr(self._fh, "readinto")  # noqa: B009 - BinaryIO does not declare it
        n = int(readinto(buffer) or 0)
        self.advance(n)
        return n

    def read(self, n: int = -1, /) -> bytes:
        """Up to `n` bytes."""
        data = self._fh.read(n)
        self.advance(len(data))
        return data

    def advance(self, size: int) -> None:
        """Count `size` bytes read from the file by someone else."""
        self._pos += size
        if self._pos - self._dropped >= WRITEBACK_EVERY:
            _drop(self._fh, self._dropped, self._pos - self._dropped)
            self._dropped = self._pos
