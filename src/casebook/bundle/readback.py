"""The read back of a sealed bundle: what the drive holds, after the fsync, authenticated.

    header     the exact bytes written (a byte compare)
    nonce      read from the drive; the payload key is derived from it and the kept file key
    chunks     every one authenticated with its own index, length and last flag
               (`stream.verify_chunks`), in two halves read by two workers at once
    length     the volumes' sizes add up to exactly the planned file size

The volumes were fsynced and their cached pages dropped (`VolumeWriter`), so this reads the
drive, not the cache: a drive that lost or changed a byte, or a fake-capacity stick that wraps
around, fails here, before anything has a final name. It starts only after the last fsync;
verifying earlier parts while later ones are written would miss a stick that overwrites them.
"""

from __future__ import annotations

import functools
import io
import os
import queue
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from casebook.base.errors import AuthenticationFailed, BundleRejected, Cancelled, DriveUnavailable
from casebook.bundle.format import read_exact
from casebook.bundle.volumes import VolumeReader
from casebook.crypto import age, stream
from casebook.crypto.pipeline import Worker

__all__ = ["read_back"]

_REPORT_EVERY = 1024 * 1024
_POLL = 0.1  # seconds between looks at cancel and progress while the workers run


def read_back(
    temps: Sequence[Path],
    header: age.Header,
    file_key: bytes,
    sizes: tuple[int, int],
    progress: Callable[[int, int], None] | None,
    cancel: Callable[[], bool] | None,
) -> None:
    """Authenticate the volumes `temps` as the bundle of `sizes` (payload, file) just written.

    Raises `DriveUnavailable` if anything differs, `Cancelled`, or the drive's I/O error.
    `progress(payload + verified, 2 × payload)` continues the export's progress; it and
    `cancel` are called from this thread only.
    """
    payload_size, file_size = sizes
    try:
        found = sum(os.stat(p).st_size for p in temps)
        with io.BufferedReader(VolumeReader(temps)) as fh:
            start = read_exact(fh, len(header.raw) + age.NONCE_SIZE, "the age header")
    except (OSError, BundleRejected) as e:
        raise DriveUnavailable("the bundle did not read back as written") from e
    if start[: len(header.raw)] != header.raw:
        raise DriveUnavailable("the bundle did not read back as written")
    if found != file_size:
        raise DriveUnavailable("the bundle did not read back at its full length")
    key = age.payload_key(file_key, start[len(header.raw) :])
    chunks = stream.chunk_count(payload_size)
    half = chunks // 2
    parts = [(0, half), (half, chunks - half)] if half else [(0, chunks)]
    verified = [0] * len(parts)
    stop = threading.Event()
    finished: queue.SimpleQueue[BaseException | None] = queue.SimpleQueue()

    def check(part: int) -> None:
        first, count = parts[part]

        def done(n: int) -> None:
            verified[part] += n

        with VolumeReader(temps, len(start) + first * stream.CT_CHUNK) as src:
            stream.verify_chunks(
                key,
                src,
                first=first,
                count=count,
                plaintext_size=payload_size,
                done=done,
                stopped=stop.is_set,
            )

    workers = [
        Worker(functools.partial(check, i), "read-back", finished.put) for i in range(len(parts))
    ]
    try:
        _wait(finished, len(workers), verified, payload_size, progress, cancel)
    finally:
        stop.set()
        for w in workers:
            w.join()
    if sum(verified) != payload_size:
        raise DriveUnavailable("the bundle did not read back at its full length")


def _wait(
    finished: queue.SimpleQueue[BaseException | None],
    running: int,
    verified: list[int],
    payload_size: int,
    progress: Callable[[int, int], None] | None,
    cancel: Callable[[], bool] | None,
) -> None:
    """Until every worker has ended: raise the first failure, poll cancel, report progress."""
    reported = 0
    while running:
        try:
            error = finished.get(timeout=_POLL)
        except queue.Empty:
            error = None
        else:
            running -= 1
        if isinstance(error, AuthenticationFailed):
            raise DriveUnavailable(
                "the bundle did not read back as written: the drive may be failing"
            ) from error
        if error is not None:
            raise error
        if cancel is not None and cancel():
            raise Cancelled()
        done = sum(verified)
        if progress is not None and done - reported >= _REPORT_EVERY:
            reported = done
            progress(payload_size + done, 2 * payload_size)
