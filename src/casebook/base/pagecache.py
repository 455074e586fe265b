"""Big files and the page cache: the bulk paths (blobs, bundles) go around it.

`DirectWriter` writes a new file straight to its drive (O_DIRECT), and `DeviceReader` reads a
file from its drive, not from the cache (the read back of a bundle, and `base/readahead.py`
for every big read). On this VM the page cache is dear: pages the kernel has not touched for a
while cost a fault in the host the first time (a 1 GiB read back through the cache took
1.0–1.4 s of system time), and even recycled pages cost 0.2–0.5 s of it per GiB written or read.
Where O_DIRECT is not to be had, `Writeback` starts the writeback of a file being written
early (so the final fsync finds little left to do) and drops its pages behind.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import mmap
import os
from typing import BinaryIO

__all__ = [
    "ALIGN",
    "WRITEBACK_EVERY",
    "DeviceReader",
    "DirectWriter",
    "Writeback",
    "aligned_buffer",
]

ALIGN = 4096  # O_DIRECT wants buffer, offset and length aligned to the device's block (<= 4 KiB)
_O_DIRECT = getattr(os, "O_DIRECT", 0)

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


def aligned_buffer(size: int) -> mmap.mmap:
    """An anonymous, page-aligned buffer of `size` bytes rounded up to `ALIGN` (for O_DIRECT)."""
    return mmap.mmap(-1, -(-size // ALIGN) * ALIGN)


def _set_direct(fd: int, on: bool) -> bool:
    """Turn O_DIRECT on or off for an open descriptor; False where it cannot be (Linux only)."""
    if not _O_DIRECT:
        return False
    try:
        flags = fcntl.fcntl(fd, fcntl.F_GETFL)
        fcntl.fcntl(fd, fcntl.F_SETFL, (flags | _O_DIRECT) if on else (flags & ~_O_DIRECT))
    except OSError:
        return False
    return on


class DeviceReader:
    """A file read once, front to back, from its drive rather than from the page cache.

    Where the file system allows it (ext4, XFS, Btrfs, FAT, exFAT, NTFS3 on Linux), reads use
    O_DIRECT: every byte comes from the device, whatever pages the cache still holds, and
    nothing is cached behind us. Elsewhere (tmpfs, FUSE, macOS, Windows), or if the device
    refuses an O_DIRECT read, the file's clean cached pages are dropped (`POSIX_FADV_DONTNEED`,
    after an fsync they are all clean) and reads go through the cache, dropped behind as they
    go; `direct` says which it was. Either way this cannot see past the drive's own cache or a
    hypervisor's: a drive that acknowledges a flush it has not done can still answer from its
    cache (docs/bundle-format.md §9).

    `readinto(buf)` fills `buf` (from `aligned_buffer`, a multiple of `ALIGN`) from byte
    `start` on, unless the file ends, and returns how many bytes. The descriptor stays the
    caller's to close.
    """

    def __init__(self, fd: int, start: int = 0) -> None:
        self._fd = fd
        self._pos = start  # a multiple of ALIGN for O_DIRECT (else it reads through the cache)
        self._dropped = start
        self.direct = _set_direct(fd, True)
        if not self.direct:
            _drop_fd(fd, 0, 0)

    def _fallback(self) -> None:
        self.direct = _set_direct(self._fd, False)
        _drop_fd(self._fd, 0, 0)

    def readinto(self, buf: mmap.mmap | memoryview) -> int:
        """Fill `buf` from the file's current position; fewer bytes only at its end."""
        got = 0
        with memoryview(buf) as view:
            while got < len(view):
                try:
                    n = os.preadv(self._fd, [view[got:]], self._pos)
                except OSError as e:
                    # The device or file system refused O_DIRECT here: read through the cache.
                    if e.errno != errno.EINVAL or not self.direct:
                        raise
                    self._fallback()
                    continue
                if not n:
                    break
                got += n
                self._pos += n
                if self.direct and self._pos % ALIGN:
                    self._fallback()  # a short read mid-file: the next offset is unaligned
        if not self.direct and self._pos - self._dropped >= WRITEBACK_EVERY:
            _drop_fd(self._fd, self._dropped, self._pos - self._dropped)
            self._dropped = self._pos
        return got


def _drop_fd(fd: int, offset: int, length: int) -> None:
    with contextlib.suppress(OSError, AttributeError):
        os.posix_fadvise(fd, offset, length, os.POSIX_FADV_DONTNEED)


class DirectWriter:
    """A new file written front to back straight to its drive (O_DIRECT), not into the cache.

    Data is gathered into an aligned buffer of `block` bytes, and each full buffer is written
    with O_DIRECT; `finish()` writes the rest, its last partial block through the cache. On
    this VM that took the kernel's share of writing 1 GiB from 0.45–0.6 s of system time to
    under 0.1 (docs/bundle-format.md §16), and the page cache keeps no copy of a sealed file.
    Where O_DIRECT is not to be had (tmpfs before Linux 6.6, FUSE, macOS, Windows) or the
    device refuses a write with EINVAL, it is a `Writeback` instead: same bytes, same errors.

    The file must be new (empty) and written only through this object until `finish()`; the
    caller still fsyncs it (O_DIRECT skips the cache, not the drive's own). OSError passes
    through.
    """

    def __init__(self, fh: BinaryIO, block: int = 8 * 1024 * 1024) -> None:
        self._fh = fh
        self._fd = fh.fileno()
        self._fallback: Writeback | None = None
        self._fill = 0
        self.direct = _set_direct(self._fd, True)
        self._buf = aligned_buffer(block) if self.direct else None
        if not self.direct:
            self._fallback = Writeback(fh)

    def write(self, data: bytes | bytearray | memoryview) -> int:
        """Write all of `data` (whole blocks go to the drive as they fill)."""
        with memoryview(data) as mv, mv.cast("B") as view:
            pos, end = 0, len(view)
            while pos < end:
                if self._fallback is not None or self._buf is None:
                    self._through_cache(view[pos:])
                    break
                take = min(len(self._buf) - self._fill, end - pos)
                self._buf[self._fill : self._fill + take] = view[pos : pos + take]
                self._fill += take
                pos += take
                if self._fill == len(self._buf):
                    self._put(self._fill)
        return len(data)

    def _through_cache(self, data: memoryview) -> None:
        if self._fallback is None:
            self._fallback = Writeback(self._fh)
        self._fallback.write(data)

    def _put(self, size: int) -> None:
        """Write the first `size` bytes of the buffer (a multiple of ALIGN) and keep the rest."""
        buf = self._buf
        if buf is None:  # pragma: no cover - only called while buffering
            return
        with memoryview(buf) as view:
            done = 0
            while done < size:
                try:
                    done += os.write(self._fd, view[done:size])
                except OSError as e:
                    if e.errno != errno.EINVAL or not self.direct:
                        raise
                    # The device refused O_DIRECT (or a short write left us unaligned):
                    # everything from here on goes through the cache.
                    self.direct = _set_direct(self._fd, False)
            rest = self._fill - size
            view[:rest] = view[size : self._fill]
        self._fill = rest
        if not self.direct:
            self._drain()

    def _drain(self) -> None:
        """Out of direct mode: what is still buffered goes through the cache, in order."""
        buf, self._buf = self._buf, None
        if buf is None:
            return
        with memoryview(buf) as view:
            done = 0
            while done < self._fill:
                done += os.write(self._fd, view[done : self._fill])
        self._fill = 0
        buf.close()
        if self._fallback is None:
            self._fallback = Writeback(self._fh)

    def finish(self) -> None:
        """Write what is left: whole blocks directly, the last partial block through the cache."""
        if self._buf is None:
            return
        whole = self._fill - self._fill % ALIGN
        if whole:
            self._put(whole)
        if self.direct:
            self.direct = _set_direct(self._fd, False)  # the tail is not a whole block
        self._drain()
