"""Durable file writing: temp name, fsync, rename, fsync the folder.

A reader never sees a half-written file under its final name, and a power cut after
`atomic_write` returns cannot lose what it wrote. Folders are created 0o700.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from casebook.base.errors import (
    CasebookError,
    DestinationNotWritable,
    DriveUnavailable,
    NotEnoughSpace,
)

__all__ = [
    "atomic_write",
    "commit_temp",
    "fsync_dir",
    "make_private_dir",
    "os_error",
    "read_back",
    "temp_file",
]


def os_error(e: OSError) -> CasebookError:
    """Translate an OSError to a casebook error without its path (paths can name a case)."""
    if e.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return NotEnoughSpace("no space left")
    if e.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return DestinationNotWritable(f"cannot write here ({errno.errorcode.get(e.errno, '?')})")
    return DriveUnavailable(f"file operation failed ({errno.errorcode.get(e.errno or 0, '?')})")


def make_private_dir(path: Path) -> None:
    """Create `path` (and parents) readable only by the owner."""
    try:
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.chmod(path, 0o700)
    except OSError as e:
        raise os_error(e) from e


def fsync_dir(path: Path) -> None:
    """fsync a folder so that a rename in it survives a power cut."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def temp_file(final: Path) -> Iterator[tuple[BinaryIO, Path]]:
    """Open a hidden temp file beside `final`; on error it is removed.

    The caller writes, then calls `commit_temp`. Nothing is renamed here.
    """
    tmp = final.with_name(f".{final.name}.{secrets.token_hex(8)}.part")
    try:
        fh = open(tmp, "xb")  # noqa: SIM115 - closed below on every path
    except OSError as e:
        raise os_error(e) from e
    try:
        yield fh, tmp
    except BaseException:
        fh.close()
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    finally:
        if not fh.closed:
            fh.close()


def commit_temp(fh: BinaryIO, tmp: Path, final: Path) -> None:
    """fsync and close `fh`, rename `tmp` to `final`, fsync the folder."""
    try:
        fh.flush()
        os.fsync(fh.fileno())
        fh.close()
        os.replace(tmp, final)
        fsync_dir(final.parent)
    except OSError as e:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise os_error(e) from e


def atomic_write(final: Path, data: bytes, mode: int = 0o600) -> None:
    """Replace `final` with `data`, durably and atomically."""
    with temp_file(final) as (fh, tmp):
        try:
            os.chmod(tmp, mode)
            fh.write(data)
        except OSError as e:
            raise os_error(e) from e
        commit_temp(fh, tmp, final)


def read_back(path: Path) -> tuple[bytes, int]:
    """SHA-256 and size of a file as the drive holds it: its cached pages are dropped first
    where the OS allows, so that the bytes come from the drive (what a custody entry records
    of a file written out). The caller has fsynced it. `os_error`'s errors."""
    digest = hashlib.sha256()
    size = 0
    try:
        with open(path, "rb") as fh:
            if hasattr(os, "posix_fadvise"):
                with contextlib.suppress(OSError):
                    os.posix_fadvise(fh.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)
            while block := fh.read(1024 * 1024):
                digest.update(block)
                size += len(block)
    except OSError as e:
        raise os_error(e) from e
    return digest.digest(), size
