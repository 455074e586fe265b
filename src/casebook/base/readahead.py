"""A big file read once, front to back, from its drive, a block ahead of the reader.

    reader thread:  DeviceReader (O_DIRECT) ──▶ aligned blocks: 256 KiB, 1 MiB, then 4 MiB
    caller:         readinto(buffer) copies out of the block at hand; read(n) too

Blobs at rest (the export's first pass) and bundle volumes (the import's) are read this way.
Through the page cache, a 1 GiB read cost 0.2–0.5 s of system time here (the kernel fills and
then drops a page for every 4 KiB); read with O_DIRECT into a few reused buffers it costs a
memcpy, and the cache is left to what the person is doing. O_DIRECT has no readahead, so a
thread of our own reads the next block while the caller uses the last one; blocks start small,
so that reading only a bundle's header (inspect) does not fetch megabytes. Where O_DIRECT is
not to be had, `DeviceReader` reads through the cache instead (same bytes).

The thread is joined by `close()`, on every path (the owner calls it before closing the file).
An error of the thread (OSError) is raised by the read that reaches it, after the bytes that
came before it.
"""

from __future__ import annotations

import mmap
import threading
from collections import deque
from typing import TYPE_CHECKING

from casebook.base.pagecache import ALIGN, DeviceReader, aligned_buffer

if TYPE_CHECKING:
    from _typeshed import WriteableBuffer

__all__ = ["BLOCK", "ReadAhead"]

BLOCK = 4 * 1024 * 1024
_RAMP = (256 * 1024, 1024 * 1024)  # the first blocks' sizes, then BLOCK
_AHEAD = 2  # blocks read ahead of the one being copied from


class ReadAhead:
    """The file behind `fd` from byte `start`, read ahead by a thread of its own."""

    def __init__(self, fd: int, start: int = 0, *, block: int = BLOCK) -> None:
        skip = start % ALIGN
        self._device = DeviceReader(fd, start - skip)
        self._skip = skip  # bytes of the first block before `start`
        self._sizes = [size for size in _RAMP if size < block] + [block]
        self._cond = threading.Condition()
        self._free: list[mmap.mmap] = [aligned_buffer(block) for _ in range(_AHEAD + 1)]
        self._ready: deque[tuple[mmap.mmap, int]] = deque()
        self._ended = False  # the thread read the end of the file, or failed
        self._error: BaseException | None = None
        self._closed = False
        self._current: mmap.mmap | None = None
        self._pos = 0
        self._size = 0
        self._thread = threading.Thread(target=self._run, name="casebook-readahead", daemon=True)
        self._thread.start()

    # -- the reading thread -----------------------------------------------------------------

    def _run(self) -> None:
        index = 0
        while True:
            with self._cond:
                while not self._free and not self._closed:
                    self._cond.wait()
                if self._closed:
                    return
                buf = self._free.pop()
            want = self._sizes[min(index, len(self._sizes) - 1)]
            index += 1
            try:
                with memoryview(buf) as view:
                    got = self._device.readinto(view[:want])
            except BaseException as e:  # noqa: BLE001 - handed to the reader, raised there
                with self._cond:
                    self._error, self._ended = e, True
                    self._free.append(buf)
                    self._cond.notify_all()
                return
            with self._cond:
                if got:
                    self._ready.append((buf, got))
                else:
                    self._free.append(buf)
                if got < want:
                    self._ended = True
                self._cond.notify_all()
                if self._ended:
                    return

    # -- the caller -------------------------------------------------------------------------

    def _next(self, raise_error: bool) -> bool:
        """Take the next block (giving the last one back); False at the end.

        At an error of the thread: raises it if `raise_error`, else False (the caller returns
        what it has copied first; its next read raises).
        """
        with self._cond:
            if self._current is not None:
                self._free.append(self._current)
                self._current = None
                self._cond.notify_all()
            while not self._ready and not self._ended:
                self._cond.wait()
            if not self._ready:
                if self._error is not None and raise_error:
                    raise self._error
                return False
            self._current, self._size = self._ready.popleft()
        self._pos, self._skip = min(self._skip, self._size), 0
        return True

    def readinto(self, buffer: WriteableBuffer) -> int:
        """Fill `buffer` unless the file ends first; how many bytes (0 at the end)."""
        if self._closed:
            raise ValueError("read from a closed file")
        with memoryview(buffer) as mv, mv.cast("B") as out:
            done = 0
            while done < len(out):
                if (self._current is None or self._pos == self._size) and not self._next(
                    raise_error=not done  # bytes copied first; the next read raises
                ):
                    break
                current = self._current
                if current is None:  # pragma: no cover - _next set it
                    break
                take = min(len(out) - done, self._size - self._pos)
                out[done : done + take] = current[self._pos : self._pos + take]
                self._pos += take
                done += take
            return done

    def read(self, n: int = -1, /) -> bytes:
        """Up to `n` bytes (all that is left if n < 0); b"" at the end."""
        if n >= 0:
            buf = bytearray(n)
            got = self.readinto(buf)
            return bytes(buf[:got])
        parts = bytearray()
        while chunk := self.read(BLOCK):
            parts += chunk
        return bytes(parts)

    def close(self) -> None:
        """Stop the thread and wait for it (then the file may be closed)."""
        with self._cond:
            self._closed = True
            self._cond.notify_all()
        self._thread.join()
        self._ready.clear()
        self._current = None
