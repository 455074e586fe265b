"""casebook.base.readahead.ReadAhead: the same bytes as a plain read, its thread always joined."""

from __future__ import annotations

import errno
import os
import threading
from pathlib import Path

import pytest

from casebook.base import pagecache
from casebook.base.readahead import ReadAhead

MiB = 1024 * 1024


def threads() -> list[str]:
    return [t.name for t in threading.enumerate() if t.name == "casebook-readahead"]


def read_all(path: Path, start: int, step: int, block: int = 64 * 1024) -> bytes:
    fd = os.open(path, os.O_RDONLY)
    reader = ReadAhead(fd, start, block=block)
    try:
        out = bytearray()
        buf = bytearray(step)
        while n := reader.readinto(buf):
            out += buf[:n]
        assert reader.readinto(buf) == 0
        return bytes(out)
    finally:
        reader.close()
        os.close(fd)


@pytest.mark.parametrize("size", [0, 1, 4096, 300 * 1024 + 7])
@pytest.mark.parametrize("start", [0, 1, 4095, 4096, 70_000])
@pytest.mark.parametrize("step", [1000, 4097, MiB + 16])
def test_reads_the_file_from_any_start_in_any_steps(
    tmp_path: Path, size: int, start: int, step: int
) -> None:
    data = os.urandom(size)
    path = tmp_path / "f"
    path.write_bytes(data)
    assert read_all(path, start, step) == data[start:]
    assert threads() == []


def test_read_and_the_ramp_of_block_sizes(tmp_path: Path) -> None:
    data = os.urandom(6 * MiB + 5)
    path = tmp_path / "f"
    path.write_bytes(data)
    fd = os.open(path, os.O_RDONLY)
    reader = ReadAhead(fd)  # 256 KiB, 1 MiB, then 4 MiB blocks
    try:
        assert reader.read(10) == data[:10]
        assert reader.read(2 * MiB) == data[10 : 10 + 2 * MiB]
        assert reader.read() == data[10 + 2 * MiB :]
        assert reader.read(1) == b""
    finally:
        reader.close()
        os.close(fd)


def test_without_o_direct_the_bytes_are_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pagecache, "_O_DIRECT", 0)
    data = os.urandom(MiB + 3)
    path = tmp_path / "f"
    path.write_bytes(data)
    assert read_all(path, 5, 100_000) == data[5:]


def test_an_error_comes_after_the_bytes_before_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = os.urandom(10 * 64 * 1024)
    path = tmp_path / "f"
    path.write_bytes(data)
    real = pagecache.DeviceReader.readinto
    calls = [0]

    def failing(self: pagecache.DeviceReader, buf: memoryview) -> int:
        calls[0] += 1
        if calls[0] == 3:
            raise OSError(errno.EIO, "Input/output error")
        return real(self, buf)

    monkeypatch.setattr(pagecache.DeviceReader, "readinto", failing)
    fd = os.open(path, os.O_RDONLY)
    reader = ReadAhead(fd, block=64 * 1024)
    try:
        buf = bytearray(5 * 64 * 1024)
        assert reader.readinto(buf) == 2 * 64 * 1024  # the two blocks read before the error
        assert bytes(buf[: 2 * 64 * 1024]) == data[: 2 * 64 * 1024]
        with pytest.raises(OSError, match="Input/output"):
            reader.readinto(buf)
    finally:
        reader.close()
        os.close(fd)
    assert threads() == []


def test_closing_early_joins_the_thread(tmp_path: Path) -> None:
    path = tmp_path / "f"
    path.write_bytes(os.urandom(8 * MiB))
    fd = os.open(path, os.O_RDONLY)
    reader = ReadAhead(fd)
    assert reader.read(100)
    reader.close()  # the thread was blocked, waiting for a free buffer
    os.close(fd)
    assert threads() == []
    with pytest.raises(ValueError, match="closed"):
        reader.read(1)
