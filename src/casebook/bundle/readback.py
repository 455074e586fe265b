"""The read back of a sealed bundle: what the drive holds, after the fsync, checked byte for byte.

    length     the volumes' sizes add up to exactly the planned file size
    header     the exact bytes written (a byte compare)
    nonce      read from the drive; the payload key is derived from it and the kept file key
    chunks     every chunk's Poly1305 tag checked with its own index, length and last flag
               (`stream.TagChecker`): the same proof as decrypting it, for less work
    end        exactly the planned number of bytes, not one more

    reader worker:  volume 1, 2, … ──O_DIRECT──▶ 8 MiB aligned buffers ──▶ caller
    caller thread:  header compare, tags checked; cancel and progress per buffer

The volumes were fsynced before this starts, and are read from the device, not from the page
cache (`DeviceReader`: O_DIRECT, or the cached pages dropped where a file system has no
O_DIRECT), so a drive that lost or changed a byte, or a fake-capacity stick that wraps around,
fails here, before anything has a final name. It starts only after the last fsync: verifying
earlier parts while later ones are written would miss a stick that overwrites them. What it
cannot prove: that a drive which acknowledges flushes it has not done (or a hypervisor's
cache) will keep the bytes it just returned (docs/bundle-format.md §9).

Reading is the device's work and the tags are the CPU's, so the two overlap: one worker
reads the next buffer (the GIL is released in the read) while the caller checks the last.
Memory: `_BUFFERS` × `_BUFFER` bytes, whatever the size.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path

from casebook.base.errors import AuthenticationFailed, Cancelled, DriveUnavailable
from casebook.base.fsutil import os_error
from casebook.base.pagecache import DeviceReader, aligned_buffer
from casebook.base.regular import open_regular
from casebook.crypto import age, stream
from casebook.crypto.pipeline import Channel, Shut, Worker

__all__ = ["read_back"]

_BUFFER = 8 * 1024 * 1024  # two requests of the block layer's 4 MiB in flight
_BUFFERS = 3
_REPORT_EVERY = 1024 * 1024


class _Expected:
    """What the file must be, checked as its bytes come: the header, the nonce, the chunks."""

    def __init__(self, header: bytes, file_key: bytes, payload_size: int) -> None:
        self._header = header
        self._file_key = file_key
        self._payload_size = payload_size
        self._start = bytearray()  # the header and the nonce, until they are all here
        self._tags: stream.TagChecker | None = None

    def feed(self, data: memoryview) -> None:
        """Check the next bytes of the file; `DriveUnavailable` at the first difference."""
        if self._tags is None:
            want = len(self._header) + age.NONCE_SIZE
            take = min(want - len(self._start), len(data))
            self._start += data[:take]
            data = data[take:]
            if not self._header.startswith(self._start[: len(self._header)]):
                raise DriveUnavailable("the bundle did not read back as written")
            if len(self._start) < want:
                return
            nonce = bytes(self._start[len(self._header) :])
            key = age.payload_key(self._file_key, nonce)
            self._tags = stream.TagChecker(key, self._payload_size)
        try:
            self._tags.feed(data)
        except AuthenticationFailed as e:
            raise DriveUnavailable(
                "the bundle did not read back as written: the drive may be failing"
            ) from e

    def finish(self) -> None:
        """Every byte came."""
        try:
            if self._tags is None:
                raise AuthenticationFailed("the header is cut short", truncated=True)
            self._tags.finish()
        except AuthenticationFailed as e:
            raise DriveUnavailable("the bundle did not read back at its full length") from e

    @property
    def checked(self) -> int:
        """Payload bytes whose chunks were checked."""
        return 0 if self._tags is None else self._tags.checked


def read_back(
    temps: Sequence[Path],
    header: age.Header,
    file_key: bytes,
    sizes: tuple[int, int],
    progress: Callable[[int, int], None] | None,
    cancel: Callable[[], bool] | None,
) -> None:
    """Check the volumes `temps` against the bundle of `sizes` (payload, file) just written.

    Raises `DriveUnavailable` if anything differs, `Cancelled`, or the drive's I/O error.
    `progress(payload + checked, 2 × payload)` continues the export's progress; it and
    `cancel` are called from this thread only.
    """
    payload_size, file_size = sizes
    try:
        found = sum(os.stat(p).st_size for p in temps)
    except OSError as e:
        raise DriveUnavailable("the bundle did not read back as written") from e
    if found != file_size:
        raise DriveUnavailable("the bundle did not read back at its full length")
    expected = _Expected(header.raw, file_key, payload_size)
    full: Channel[tuple[memoryview, int]] = Channel(_BUFFERS)
    free: Channel[memoryview] = Channel(_BUFFERS + 1)
    buffers = [aligned_buffer(_BUFFER) for _ in range(_BUFFERS)]
    for buf in buffers:
        free.put(memoryview(buf))

    def read() -> None:
        for path in temps:
            with open_regular(path) as fh:
                reader = DeviceReader(fh.fileno())
                while True:
                    view = free.get()
                    if view is None:
                        raise Shut()
                    n = reader.readinto(view)
                    if not n:
                        free.put(view)
                        break
                    full.put((view, n))

    worker = Worker(read, "read-back", lambda _error: full.end())
    reported = 0
    try:
        while (item := full.get()) is not None:
            view, n = item
            if cancel is not None and cancel():
                raise Cancelled()
            with view[:n] as data:
                expected.feed(data)
            free.put(view)
            done = expected.checked
            if progress is not None and done - reported >= _REPORT_EVERY:
                reported = done
                progress(payload_size + done, 2 * payload_size)
        worker.join()
        worker.check()
        expected.finish()
    except OSError as e:
        raise os_error(e) from e
    finally:
        full.shut()
        free.shut()
        worker.join()
