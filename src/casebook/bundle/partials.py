"""An export's partial files on the target drive: casebook knows its own, nobody else can.

    .<token><tag>.part          the temp file of a one-volume bundle
    .<token><tag>.<NNN>.part    the temp file of volume NNN of a set (001, 002, …)

`token` is 16 random hex digits, shared by the volumes of one export; `tag` is 8 hex digits of
BLAKE2b over the token under a fixed label. The name says nothing of casebook to someone
looking at the drive (24 hex digits, like any hidden temp file), yet casebook recognises its
own: a file that is not casebook's matches by chance once in 2^32.

The writer holds an exclusive `flock` on the first temp file of its set from its creation until
every temp file is renamed or removed (`PartialLock`). A killed export leaves its temp files
unlocked, and the next export to that folder (`clear_partials`) removes them: a set whose first
temp file it can lock, or that has none left (a writer removes or renames the first one last),
goes; a set whose lock another export holds stays. Where the file system has no `flock`, a set
goes once nothing has written to it for an hour (`casebook.base.locks.STALE_AFTER`).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import secrets
from pathlib import Path
from typing import BinaryIO

from casebook.base.errors import DriveUnavailable
from casebook.base.locks import Held, is_stale, lock, open_locked

__all__ = ["PartialLock", "clear_partials", "partial_names"]

_LABEL = b"casebook/v1/partial-export"
_PARTIAL = re.compile(r"\.([0-9a-f]{16})([0-9a-f]{8})(?:\.(\d{3}))?\.part")


def _tag(token: str) -> str:
    return hashlib.blake2b(token.encode("ascii"), digest_size=4, key=_LABEL).hexdigest()


def partial_names(folder: Path, count: int) -> list[Path]:
    """Fresh temp names for an export of `count` volumes into `folder`."""
    token = secrets.token_hex(8)
    stem = f".{token}{_tag(token)}"
    if count == 1:
        return [folder / f"{stem}.part"]
    return [folder / f"{stem}.{i:03d}.part" for i in range(1, count + 1)]


class PartialLock:
    """The writer's lock on the first temp file of its set (held through a dup of its fd)."""

    def __init__(self, fh: BinaryIO) -> None:
        """Lock the just-created first temp file, or raise `DriveUnavailable` when a
        concurrent `clear_partials` removed it between its creation and the lock."""
        self._fd: int | None = os.dup(fh.fileno())
        lock(self._fd)  # waits while a cleaner holds it: then the file is already gone
        if os.fstat(self._fd).st_nlink == 0:
            self.release()
            raise DriveUnavailable("another export removed this export's temp file")

    def release(self) -> None:
        """Let go (after every temp file is renamed or removed)."""
        fd, self._fd = self._fd, None
        if fd is not None:
            with contextlib.suppress(OSError):
                os.close(fd)


def clear_partials(folder: Path) -> int:
    """Remove the temp files of casebook exports to `folder` whose writer is gone; return how
    many. Anything that is not casebook's, or that a live export holds, is left alone."""
    sets: dict[str, list[Path]] = {}
    numbered: set[str] = set()
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                m = _PARTIAL.fullmatch(entry.name)
                if m is None or m.group(2) != _tag(m.group(1)):
                    continue
                with contextlib.suppress(OSError):
                    if entry.is_file(follow_symlinks=False):
                        sets.setdefault(m.group(1), []).append(Path(entry.path))
                        if m.group(3):
                            numbered.add(m.group(1))
    except OSError:
        return 0
    return sum(_clear_set(folder, t, files, t in numbered) for t, files in sets.items())


def _clear_set(folder: Path, token: str, files: list[Path], numbered: bool) -> int:
    first = folder / f".{token}{_tag(token)}{'.001' if numbered else ''}.part"
    fd, held = open_locked(first, wait=False)
    if held is Held.NO:
        return 0  # a live export is writing it
    if held is Held.UNKNOWN and first.exists() and not _all_stale(files):
        if fd is not None:
            os.close(fd)
        return 0  # no flock here, and written to within the hour
    # The first one locked by us, or gone: the writer is gone, or removing them itself.
    removed = 0
    try:
        for path in files:
            with contextlib.suppress(OSError):
                path.unlink()
                removed += 1
    finally:
        if fd is not None:
            os.close(fd)  # after the unlinks: a writer that waited for it sees its file gone
    return removed


def _all_stale(files: list[Path]) -> bool:
    try:
        return all(is_stale(p.stat().st_mtime) for p in files)
    except OSError:
        return False
