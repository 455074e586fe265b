"""A little room kept back on the vault's drive, for the one write that must happen when the
disk is full: recording a bundle that was sealed to another drive.

An export writes its bundle elsewhere, then records the bundle's number in the vault before the
file gets its final name (a bundle number used twice would look like a fork). On a drive filled
to the last byte that record cannot be written. So the vault keeps `.reserve`, a file of zeros
(no case data), and the export releases it only when the record meets a full disk. The next
unlock with room to spare makes it again.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

__all__ = ["RESERVE_NAME", "RESERVE_SIZE", "ensure_reserve", "release_reserve"]

RESERVE_NAME = ".reserve"
RESERVE_SIZE = 4 * 1024 * 1024  # enough WAL pages for a bundle's record and its ledger rows
_ROOM = 4 * RESERVE_SIZE  # made only where it leaves room: it must never be what fills a disk


def ensure_reserve(root: Path) -> bool:
    """Make the reserve file if it is missing and the drive has room; True when it exists."""
    path = root / RESERVE_NAME
    if path.exists():
        return True
    try:
        st = os.statvfs(root)
        if st.f_bavail * st.f_frsize < _ROOM:
            return False
        tmp = root / (RESERVE_NAME + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            try:
                os.posix_fallocate(fd, 0, RESERVE_SIZE)  # real blocks, not a sparse file
            except (AttributeError, OSError):
                os.write(fd, bytes(RESERVE_SIZE))
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except OSError:
        with contextlib.suppress(OSError):
            (root / (RESERVE_NAME + ".tmp")).unlink()
        return False
    return True


def release_reserve(root: Path) -> bool:
    """Give the reserve's room back to the drive; True when there was one."""
    try:
        (root / RESERVE_NAME).unlink()
    except FileNotFoundError:
        return False
    except OSError:
        return False
    return True
