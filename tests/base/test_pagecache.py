"""casebook.base.pagecache.DeviceReader: a file read from its drive, O_DIRECT or not."""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path

import pytest

from casebook.base import pagecache
from casebook.base.pagecache import ALIGN, DeviceReader, DirectWriter, aligned_buffer

SIZES = [0, 1, ALIGN - 1, ALIGN, 3 * 1024 * 1024 + 777]


def read_all(path: Path, buffer: int) -> tuple[bytes, bool]:
    out = bytearray()
    buf = aligned_buffer(buffer)
    fd = os.open(path, os.O_RDONLY)
    try:
        reader = DeviceReader(fd)
        direct = reader.direct
        while n := reader.readinto(buf):
            out += buf[:n]
    finally:
        os.close(fd)
    return bytes(out), direct


@pytest.mark.parametrize("size", SIZES)
def test_reads_the_whole_file_in_aligned_pieces(tmp_path: Path, size: int) -> None:
    data = os.urandom(size)
    path = tmp_path / "f"
    path.write_bytes(data)
    got, direct = read_all(path, 1024 * 1024)
    assert got == data
    if sys.platform == "linux":  # ext4, XFS, Btrfs and tmpfs (Linux 6.6+) all take O_DIRECT
        assert direct


def test_sees_what_was_written_through_the_cache(tmp_path: Path) -> None:
    # A page changed in the cache (not yet on the drive) is flushed before a direct read.
    path = tmp_path / "f"
    path.write_bytes(bytes(3 * ALIGN))
    with open(path, "r+b") as fh:
        fh.seek(ALIGN + 5)
        fh.write(b"\x01")
    got, _ = read_all(path, ALIGN)
    assert got[ALIGN + 5] == 1
    assert got.count(0) == len(got) - 1


def test_falls_back_to_the_cache_when_o_direct_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = os.urandom(5 * ALIGN + 3)
    path = tmp_path / "f"
    path.write_bytes(data)
    real = os.preadv
    refused: list[int] = []

    def picky(fd: int, buffers: list[memoryview], offset: int) -> int:
        if not refused:  # the first direct read is refused, as some devices do
            refused.append(offset)
            raise OSError(errno.EINVAL, "Invalid argument")
        return real(fd, buffers, offset)

    monkeypatch.setattr(os, "preadv", picky)
    buf = aligned_buffer(2 * ALIGN)
    fd = os.open(path, os.O_RDONLY)
    try:
        reader = DeviceReader(fd)
        out = bytearray()
        while n := reader.readinto(buf):
            out += buf[:n]
        assert bytes(out) == data
        assert refused == [0]
        assert not reader.direct
    finally:
        os.close(fd)


def test_without_o_direct_the_pages_are_dropped_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pagecache, "_O_DIRECT", 0)  # a platform or file system without it
    dropped: list[tuple[int, int]] = []
    monkeypatch.setattr(pagecache, "_drop_fd", lambda fd, off, n: dropped.append((off, n)))
    monkeypatch.setattr(pagecache, "WRITEBACK_EVERY", 2 * ALIGN)
    data = os.urandom(5 * ALIGN)
    path = tmp_path / "f"
    path.write_bytes(data)
    got, direct = read_all(path, ALIGN)
    assert got == data
    assert not direct
    assert dropped[0] == (0, 0)  # the whole file, before the first read
    assert dropped[1:] == [(0, 2 * ALIGN), (2 * ALIGN, 2 * ALIGN)]


def write_all(path: Path, pieces: list[bytes], block: int) -> DirectWriter:
    with open(path, "xb") as fh:
        writer = DirectWriter(fh, block=block)
        for piece in pieces:
            assert writer.write(piece) == len(piece)
        writer.finish()
        fh.flush()
        os.fsync(fh.fileno())
    return writer


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("step", [1, 4097, 1024 * 1024 + 16])
def test_direct_writer_writes_the_same_bytes(tmp_path: Path, size: int, step: int) -> None:
    if step == 1 and size > ALIGN:
        step = 999
    data = os.urandom(size)
    pieces = [data[i : i + step] for i in range(0, size, step)]
    writer = write_all(tmp_path / "f", pieces, block=2 * ALIGN)
    assert (tmp_path / "f").read_bytes() == data
    assert not writer.direct  # the tail is written through the cache, O_DIRECT turned off


def test_direct_writer_goes_on_through_the_cache_when_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = os.write
    refused: list[int] = []

    def picky(fd: int, data: memoryview) -> int:
        if not refused:  # the device refuses the first direct write
            refused.append(len(data))
            raise OSError(errno.EINVAL, "Invalid argument")
        return real(fd, data)

    monkeypatch.setattr(os, "write", picky)
    data = os.urandom(10 * ALIGN + 5)
    write_all(tmp_path / "f", [data[: 3 * ALIGN], data[3 * ALIGN :]], block=2 * ALIGN)
    monkeypatch.setattr(os, "write", real)
    assert refused == [2 * ALIGN]
    assert (tmp_path / "f").read_bytes() == data


def test_direct_writer_passes_a_full_disk_through(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(fd: int, data: memoryview) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "write", full)
    with open(tmp_path / "f", "xb") as fh:
        writer = DirectWriter(fh, block=ALIGN)
        with pytest.raises(OSError, match="space") as info:
            writer.write(bytes(3 * ALIGN))
    assert info.value.errno == errno.ENOSPC


def test_direct_writer_without_o_direct_is_a_writeback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pagecache, "_O_DIRECT", 0)
    data = os.urandom(3 * ALIGN + 1)
    writer = write_all(tmp_path / "f", [data], block=ALIGN)
    assert not writer.direct
    assert (tmp_path / "f").read_bytes() == data


@pytest.mark.skipif(sys.platform != "linux", reason="O_DIRECT is Linux's")
def test_direct_writer_bypasses_the_cache_on_linux(tmp_path: Path) -> None:
    with open(tmp_path / "f", "xb") as fh:
        writer = DirectWriter(fh, block=ALIGN)
        assert writer.direct
        writer.write(bytes(5 * ALIGN + 1))
        assert writer.direct  # whole blocks went straight to the drive
        writer.finish()
    assert (tmp_path / "f").stat().st_size == 5 * ALIGN + 1
