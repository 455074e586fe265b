"""Volumes: the bytes of one age file, whole or cut into numbered parts.

    <name>                  one volume: the whole age file
    <name>.001 … <name>.NNN several: the age file cut every `size` bytes (the last is shorter
                            or equal); `cat <name>.0* | age -d -i key.txt` joins them

The signed manifest (in the first volume) states the count and the size, so a reader knows
before any payload is read whether a volume is missing. FAT32 cannot hold a file of 4 GiB;
a target folder on vfat/msdos (from /proc/mounts) gets volumes of `FAT32_VOLUME` bytes.

Writing goes to hidden temp names beside the final names, named so that the next export to
that folder recognises and removes what a killed one left (`partials.py`); `commit` renames
the last volume first and ".001" last, so a set cut short by a crash never has a first volume
and is never taken for a bundle.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from casebook.base.errors import BundleRejected, InputRejected, NotARegularFile, RejectReason
from casebook.base.fsutil import fsync_dir, os_error
from casebook.base.pagecache import DirectWriter
from casebook.base.readahead import ReadAhead
from casebook.base.regular import check_regular, open_regular
from casebook.bundle.partials import PartialLock, partial_names

if TYPE_CHECKING:
    from _typeshed import WriteableBuffer

__all__ = [
    "FAT32_VOLUME",
    "FAT_TYPES",
    "MIN_VOLUME",
    "VolumeReader",
    "VolumeWriter",
    "find_volumes",
    "fs_type",
    "parse_size",
    "volume_paths",
    "volume_size_for",
]

MiB = 1024 * 1024
GiB = 1024 * MiB
FAT32_VOLUME = 4 * GiB - MiB  # FAT32's limit is 4 GiB - 1 byte: stay a little under
MIN_VOLUME = MiB
MAX_VOLUMES = 999
FAT_TYPES = frozenset({"vfat", "msdos", "fat"})
_SUFFIX = re.compile(r"(.+)\.(\d{3})")
_UNITS = {"": 1, "k": 1024, "m": MiB, "g": GiB, "t": 1024 * GiB}


def parse_size(text: str) -> int:
    """A size like "700M", "4G", "1.5G" or "123456" (K, M, G, T are binary multiples)."""
    # At most 20 digits each side: a longer number is no size, and int() would refuse it.
    m = re.fullmatch(r"\s*(\d{1,20}(?:\.\d{1,20})?)\s*([kmgt]?)(?:i?b)?\s*", text.lower())
    if m is None:
        raise InputRejected("a size is a number with an optional K, M, G or T")
    whole, _, frac = m.group(1).partition(".")
    unit = _UNITS[m.group(2)]
    size = int(whole) * unit + (int(frac) * unit) // 10 ** len(frac) if frac else int(whole) * unit
    if size < MIN_VOLUME:
        raise InputRejected("a volume holds at least 1 MiB")
    return size


def _unescape(field: str) -> str:
    # /proc/mounts escapes space, tab, newline and backslash as \ooo.
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), field)


def fs_type(path: Path, mounts: Path = Path("/proc/mounts")) -> str | None:
    """The file-system type of the mount that holds `path`, or None if unknown."""
    try:
        text = mounts.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    target = os.path.realpath(path)
    best: tuple[int, str] | None = None
    for line in text.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        point = _unescape(parts[1])
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and (best is None or len(point) > best[0]):
            best = (len(point), parts[2])
    return best[1] if best else None


def volume_size_for(folder: Path, mounts: Path = Path("/proc/mounts")) -> int | None:
    """The volume size a folder needs: `FAT32_VOLUME` on FAT, else None (one file)."""
    return FAT32_VOLUME if fs_type(folder, mounts) in FAT_TYPES else None


def volume_paths(final: Path, count: int) -> list[Path]:
    """The file names of a bundle of `count` volumes."""
    if count == 1:
        return [final]
    return [final.with_name(f"{final.name}.{i:03d}") for i in range(1, count + 1)]


def find_volumes(path: Path) -> list[Path]:
    """The volumes of the bundle at `path` (a file, any of its volumes, or their stem).

    Raises `BundleRejected(MISSING_VOLUME)` when the numbers do not run 001, 002, … without
    a gap, or when a numbered set has only one volume, and `NotARegularFile` when `path` (or
    a volume) is a folder, a named pipe, a device, or nothing at all.
    """
    m = _SUFFIX.fullmatch(path.name)
    try:
        check_regular(path)
    except NotARegularFile as e:
        if e.kind != "missing" or not path.with_name(path.name + ".001").exists():
            raise
        stem = path.name  # the stem of a numbered set
    else:
        if m is None:
            return [path]
        stem = m.group(1)
    try:
        names = [p.name for p in path.parent.iterdir()]
    except OSError as e:
        raise os_error(e) from e
    numbers = sorted(
        int(mm.group(2))
        for name in names
        if (mm := _SUFFIX.fullmatch(name)) is not None and mm.group(1) == stem
    )
    if len(numbers) < 2 or numbers != list(range(1, len(numbers) + 1)):
        raise BundleRejected(RejectReason.MISSING_VOLUME, "a volume of this bundle is missing")
    found = [path.with_name(f"{stem}.{n:03d}") for n in numbers]
    for volume in found:
        check_regular(volume)
    return found


def _drop_cache(fh: BinaryIO) -> None:
    # After fsync, forget the cached pages, so that reading back reads the device (a
    # fake-capacity USB stick can keep a file in the cache that it never stored).
    with contextlib.suppress(OSError, AttributeError):
        os.posix_fadvise(fh.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)


class VolumeWriter:
    """Writes a stream of bytes across volume temp files; `commit` gives them their names."""

    def __init__(self, finals: Sequence[Path], size: int | None) -> None:
        if len(finals) > 1 and (size is None or size < MIN_VOLUME):
            raise InputRejected("several volumes need a volume size of 1 MiB or more")
        self.finals = list(finals)
        self.temps = partial_names(self.finals[0].parent, len(self.finals))
        self._lock: PartialLock | None = None  # on the first temp file, until commit or discard
        self._size = size if len(finals) > 1 else None
        self._index = -1
        self._fh: BinaryIO | None = None
        self._out: DirectWriter | None = None
        self._left = 0
        self.written = 0

    def _next(self) -> BinaryIO:
        self._finish_current()
        self._index += 1
        if self._index >= len(self.temps):
            raise ValueError("more data than the volumes were planned for")
        try:
            fh = open(self.temps[self._index], "xb")  # noqa: SIM115 - closed in _finish_current
        except OSError as e:
            raise os_error(e) from e
        try:
            os.chmod(self.temps[self._index], 0o600)
            if self._index == 0:
                self._lock = PartialLock(fh)
        except OSError as e:
            fh.close()
            raise os_error(e) from e
        except BaseException:
            fh.close()
            raise
        self._fh = fh
        # Straight to the drive, past the page cache (or with early writeback where the file
        # system has no O_DIRECT): the fsync finds little left, the cache keeps no copy.
        self._out = DirectWriter(fh)
        self._left = self._size if self._size is not None else 1 << 62
        return fh

    def _finish_current(self) -> None:
        fh, self._fh = self._fh, None
        out, self._out = self._out, None
        if fh is None:
            return
        try:
            if out is not None:
                out.finish()
            fh.flush()
            os.fsync(fh.fileno())
            _drop_cache(fh)
        except OSError as e:
            raise os_error(e) from e
        finally:
            fh.close()

    def write(self, data: bytes | bytearray | memoryview) -> int:
        """Write `data`, moving to the next volume whenever one is full."""
        view = memoryview(data)
        while view:
            if self._fh is None or not self._left:
                self._next()
            out = self._out
            if out is None:  # pragma: no cover - _next sets it
                raise ValueError("no volume open")
            n = min(self._left, len(view))
            try:
                out.write(view[:n])
            except OSError as e:
                raise os_error(e) from e
            self._left -= n
            self.written += n
            view = view[n:]
        return len(data)

    def close(self) -> None:
        """fsync and close the last volume; every planned volume must have been written."""
        if self._fh is None and self._index < 0:
            self._next()  # an empty stream still has its one file
        self._finish_current()
        if self._index != len(self.temps) - 1:
            raise ValueError("fewer volumes were written than planned")

    def commit(self) -> None:
        """Rename every temp file to its final name (".001" last), then fsync the folder."""
        try:
            for tmp, final in reversed(list(zip(self.temps, self.finals, strict=True))):
                os.replace(tmp, final)
            fsync_dir(self.finals[0].parent)
        except OSError as e:
            raise os_error(e) from e
        self._release()

    def discard(self) -> None:
        """Remove every temp file (after a failure or a cancel)."""
        if self._fh is not None:
            with contextlib.suppress(OSError):
                self._fh.close()
            self._fh = None
        self._out = None
        for tmp in self.temps:
            with contextlib.suppress(OSError):
                tmp.unlink()
        self._release()

    def _release(self) -> None:
        lock, self._lock = self._lock, None
        if lock is not None:
            lock.release()


class VolumeReader(io.RawIOBase):
    """The volumes read as one stream, in order, from byte `start` of the whole.

    Each volume is read once, front to back, from the drive (O_DIRECT where the file system
    has it) by a thread a block ahead of us (`base/readahead.py`): no page cache is filled
    with a bundle, and `close()` joins that thread.
    """

    def __init__(self, paths: Sequence[Path], start: int = 0) -> None:
        super().__init__()
        self._paths = list(paths)
        self._index = 0
        self._fh: BinaryIO | None = None
        self._ahead: ReadAhead | None = None
        self._skip = start  # still to seek past, in the volume about to be opened
        self.position = start

    def readable(self) -> bool:
        """Always."""
        return True

    def _open_next(self) -> bool:
        """Open the next volume that holds bytes past `start`; False after the last."""
        while self._index < len(self._paths):
            try:
                # Checked again as it is opened: no FIFO swapped in since can block us.
                fh = open_regular(self._paths[self._index])
                size = os.fstat(fh.fileno()).st_size
            except OSError as e:
                raise os_error(e) from e
            if self._skip and self._skip >= size:  # start lies beyond this volume
                self._skip -= size
                fh.close()
                self._index += 1
                continue
            try:
                self._ahead = ReadAhead(fh.fileno(), self._skip)
            except BaseException:
                fh.close()
                raise
            self._fh, self._skip = fh, 0
            return True
        return False

    def _close_current(self) -> None:
        ahead, self._ahead = self._ahead, None
        fh, self._fh = self._fh, None
        if ahead is not None:
            ahead.close()
        if fh is not None:
            fh.close()

    def readinto(self, buffer: WriteableBuffer) -> int:
        """Fill from the current volume, moving on at its end."""
        view = memoryview(buffer).cast("B")
        while True:
            if self._ahead is None and not self._open_next():
                return 0
            ahead = self._ahead
            if ahead is None:  # pragma: no cover - _open_next set it
                return 0
            try:
                n = ahead.readinto(view)
            except OSError as e:
                raise os_error(e) from e
            if n:
                self.position += n
                return n
            self._close_current()
            self._index += 1

    def close(self) -> None:
        """Stop reading ahead and close the open volume."""
        self._close_current()
        super().close()
