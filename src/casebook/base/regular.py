"""Files a person hands to casebook (a card, a bundle, an attachment) must be regular files.

    check_regular   os.stat: a folder, a named pipe, a device, a socket or nothing is
                    `NotARegularFile` with its kind, before anything is opened
    open_regular    check, then open with O_NONBLOCK (a FIFO swapped in after the check
                    cannot block the open), then fstat the descriptor that was opened

Opening a named pipe for reading waits for a writer, forever; a folder opens and then fails
on the first read, which used to read as "the drive is not available".
"""

from __future__ import annotations

import errno
import io
import os
import stat
from pathlib import Path

from casebook.base.errors import NotARegularFile
from casebook.base.fsutil import os_error

__all__ = ["check_regular", "file_kind", "open_regular"]

_NO_SUCH = (errno.ENOENT, errno.ENOTDIR, errno.ENAMETOOLONG, errno.ELOOP)


def file_kind(mode: int) -> str | None:
    """None for a regular file; otherwise what it is (`NotARegularFile.KINDS`)."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "folder"
    if stat.S_ISFIFO(mode):
        return "fifo"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    if stat.S_ISSOCK(mode):
        return "socket"
    return "other"


def check_regular(path: Path) -> os.stat_result:
    """The stat of `path` (links followed); `NotARegularFile` unless it is a regular file."""
    try:
        st = os.stat(path)
    except OSError as e:
        if e.errno in _NO_SUCH:
            raise NotARegularFile("missing") from e
        raise os_error(e) from e
    kind = file_kind(st.st_mode)
    if kind is not None:
        raise NotARegularFile(kind)
    return st


def open_regular(path: Path) -> io.FileIO:
    """Open a regular file for reading, unbuffered; never blocks on a FIFO."""
    check_regular(path)
    flags = os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except OSError as e:
        if e.errno in _NO_SUCH:
            raise NotARegularFile("missing") from e
        raise os_error(e) from e
    try:
        kind = file_kind(os.fstat(fd).st_mode)  # what was opened, not what was checked
        if kind is None:
            os.set_blocking(fd, True)  # no effect on a regular file's reads; keep it plain
            return io.FileIO(fd, "rb", closefd=True)
    except OSError as e:
        os.close(fd)
        raise os_error(e) from e
    os.close(fd)
    raise NotARegularFile(kind)
