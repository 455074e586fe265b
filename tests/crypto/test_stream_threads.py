"""casebook.crypto.stream in batches and threads: same bytes, same errors, no thread left."""

from __future__ import annotations

import errno
import io
import os
import threading

import pytest

from casebook.base.errors import AuthenticationFailed, Cancelled
from casebook.crypto.stream import (
    BATCH,
    CHUNK_SIZE,
    CT_CHUNK,
    TAG_SIZE,
    StreamReader,
    StreamWriter,
    chunk_count,
    ciphertext_size,
    iter_decrypt,
    verify_chunks,
)

KEY = bytes(range(32))
BATCH_BYTES = BATCH * CHUNK_SIZE
SIZES = [
    0,
    1,
    CHUNK_SIZE,
    BATCH_BYTES - 1,
    BATCH_BYTES,
    BATCH_BYTES + 1,
    2 * BATCH_BYTES,
    2 * BATCH_BYTES + CHUNK_SIZE + 3,
]


def casebook_threads() -> list[str]:
    return [t.name for t in threading.enumerate() if t.name.startswith("casebook-")]


def seal(data: bytes, *, background: bool, step: int = 0) -> bytes:
    out = io.BytesIO()
    writer = StreamWriter(KEY, out, background=background)
    step = step or max(1, len(data))
    for i in range(0, len(data), step):
        writer.write(memoryview(data)[i : i + step])
    writer.close()
    return out.getvalue()


def reference(blob: bytes) -> tuple[bytes, type[BaseException] | None]:
    """What the plain reader releases, and what it raises after."""
    out = bytearray()
    try:
        for chunk in iter_decrypt(KEY, io.BytesIO(blob)):
            out += chunk
    except AuthenticationFailed as e:
        return bytes(out), type(e)
    return bytes(out), None


def released(blob: bytes, *, ahead: bool) -> tuple[bytes, type[BaseException] | None]:
    out = bytearray()
    try:
        with StreamReader(KEY, io.BytesIO(blob), ahead=ahead) as reader:
            for block in reader.blocks():
                out += block
    except AuthenticationFailed as e:
        return bytes(out), type(e)
    return bytes(out), None


@pytest.mark.parametrize("size", SIZES)
def test_background_writer_writes_the_same_bytes(size: int) -> None:
    data = os.urandom(size)
    plain = seal(data, background=False)
    assert len(plain) == ciphertext_size(size)
    assert seal(data, background=True) == plain
    assert seal(data, background=True, step=CHUNK_SIZE - 1) == plain
    assert seal(data, background=True, step=BATCH_BYTES) == plain
    for ahead in (False, True):
        assert released(plain, ahead=ahead) == (data, None)
    assert casebook_threads() == []


def test_read_in_pieces_then_blocks() -> None:
    data = os.urandom(3 * BATCH_BYTES + 77)
    blob = seal(data, background=True)
    for ahead in (False, True):
        with StreamReader(KEY, io.BytesIO(blob), ahead=ahead) as reader:
            head = reader.read(10) + reader.read(BATCH_BYTES) + reader.read(5)
            rest = b"".join(bytes(b) for b in reader.blocks())
            assert head + rest == data
            assert reader.read(1) == b""
        with StreamReader(KEY, io.BytesIO(blob), ahead=ahead) as reader:
            assert reader.read() == data
    assert casebook_threads() == []


@pytest.mark.parametrize("ahead", [False, True])
def test_reads_of_any_size_across_batches(ahead: bool) -> None:
    data = os.urandom(7 * BATCH_BYTES + 1234)
    blob = seal(data, background=False)
    sizes = [1, BATCH_BYTES - 1, 3 * BATCH_BYTES + 5, 2, BATCH_BYTES, 2 * BATCH_BYTES + 7]
    with StreamReader(KEY, io.BytesIO(blob), ahead=ahead) as reader:
        got = [reader.read(n) for n in sizes]
        got.append(reader.read())
    assert [len(g) for g in got[:-1]] == sizes
    assert b"".join(got) == data


@pytest.mark.parametrize(
    "damage",
    ["flip-first", "flip-late", "truncate-chunk", "cut-at-chunk", "trailing", "drop-last"],
)
def test_errors_come_after_the_same_released_plaintext(damage: str) -> None:
    data = os.urandom(2 * BATCH_BYTES + 3 * CHUNK_SIZE)  # exactly 35 full chunks
    blob = bytearray(seal(data, background=False))
    if damage == "flip-first":
        blob[5] ^= 1
    elif damage == "flip-late":
        blob[BATCH * CT_CHUNK + 3 * CT_CHUNK + 9] ^= 0x40
    elif damage == "truncate-chunk":
        del blob[-7:]
    elif damage == "cut-at-chunk":
        del blob[-CT_CHUNK:]  # ends after a middle chunk
    elif damage == "trailing":
        blob += b"\x00"
    else:
        del blob[BATCH * CT_CHUNK : -CT_CHUNK]  # the last chunk right after chunk 15
    expected = reference(bytes(blob))
    assert expected[1] is AuthenticationFailed
    assert released(bytes(blob), ahead=False) == expected
    assert released(bytes(blob), ahead=True) == expected
    assert casebook_threads() == []


def test_a_full_last_chunk_followed_by_more_data_in_the_same_batch() -> None:
    data = os.urandom(2 * CHUNK_SIZE)  # the second chunk is the last one, and is full
    blob = seal(data, background=False) + os.urandom(CT_CHUNK)
    expected = reference(blob)
    assert expected == (data, AuthenticationFailed)
    assert released(blob, ahead=True) == expected


class FailingSink:
    """A drive that fills up after `limit` bytes."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.data = bytearray()

    def write(self, data: memoryview) -> int:
        if len(self.data) + len(data) > self.limit:
            raise OSError(errno.ENOSPC, "No space left on device")
        self.data += data
        return len(data)


def test_a_sink_error_is_raised_by_write_or_close_and_the_worker_ends() -> None:
    sink = FailingSink(3 * BATCH * CT_CHUNK)
    writer = StreamWriter(KEY, sink, background=True)
    with pytest.raises(OSError, match="No space") as info:  # noqa: PT012 - surfaces later
        for _ in range(20):
            writer.write(bytes(BATCH_BYTES))
        writer.close()
    assert info.value.errno == errno.ENOSPC
    writer.abort()
    assert casebook_threads() == []
    # An error on the very last batch is raised by close().
    sink = FailingSink(BATCH * CT_CHUNK)
    writer = StreamWriter(KEY, sink, background=True)
    writer.write(bytes(BATCH_BYTES + 1))
    with pytest.raises(OSError, match="No space"):
        writer.close()
    assert casebook_threads() == []


def test_abort_stops_the_writer_without_finishing() -> None:
    out = io.BytesIO()
    with StreamWriter(KEY, out, background=True) as writer:
        writer.write(bytes(3 * BATCH_BYTES))
    assert casebook_threads() == []
    with pytest.raises(ValueError, match="closed"):
        writer.write(b"late")
    blob = out.getvalue()
    assert len(blob) < ciphertext_size(3 * BATCH_BYTES)  # no final chunk was written
    assert reference(blob)[1] is AuthenticationFailed


def test_closing_a_reader_early_joins_its_worker() -> None:
    blob = seal(os.urandom(8 * BATCH_BYTES), background=True)
    src = io.BytesIO(blob)
    with StreamReader(KEY, src, ahead=True) as reader:
        assert len(reader.read(100)) == 100
    assert casebook_threads() == []
    src.close()  # safe: the worker is gone
    with pytest.raises(ValueError, match="closed"):
        reader.read(1)


def test_cancel_is_checked_per_batch_in_the_callers_thread() -> None:
    blob = seal(os.urandom(4 * BATCH_BYTES), background=True)
    callers: list[str] = []

    def cancel() -> bool:
        callers.append(threading.current_thread().name)
        return len(callers) == 2

    with StreamReader(KEY, io.BytesIO(blob), ahead=True, cancel=cancel) as reader:
        blocks = reader.blocks()
        assert len(next(blocks)) == BATCH_BYTES
        with pytest.raises(Cancelled):
            next(blocks)
    assert set(callers) == {threading.current_thread().name}
    assert casebook_threads() == []


def test_an_input_error_in_the_worker_reaches_the_reader() -> None:
    blob = seal(os.urandom(4 * BATCH_BYTES), background=False)

    class Flaky(io.BytesIO):
        def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
            if self.tell() > BATCH * CT_CHUNK:
                raise OSError(errno.EIO, "I/O error")
            return super().readinto(buffer)

    out = bytearray()

    def drain() -> None:
        with StreamReader(KEY, Flaky(blob), ahead=True) as r:
            for block in r.blocks():
                out.extend(block)

    with pytest.raises(OSError, match="I/O"):
        drain()
    assert len(out) == 2 * BATCH_BYTES  # what was read before the failure
    assert casebook_threads() == []


@pytest.mark.parametrize("size", [1, CHUNK_SIZE, BATCH_BYTES + 5, 3 * BATCH_BYTES])
def test_verify_chunks_in_ranges(size: int) -> None:
    blob = seal(os.urandom(size), background=True)
    total = chunk_count(size)
    half = total // 2
    for first, count in [(0, total), (0, half), (half, total - half)]:
        src = io.BytesIO(blob[first * CT_CHUNK :])
        verify_chunks(KEY, src, first=first, count=count, plaintext_size=size)
    seen: list[int] = []
    verify_chunks(
        KEY, io.BytesIO(blob), first=0, count=total, plaintext_size=size, done=seen.append
    )
    assert sum(seen) == size
    damaged = bytearray(blob)
    damaged[-1] ^= 1
    with pytest.raises(AuthenticationFailed):
        verify_chunks(KEY, io.BytesIO(damaged), first=0, count=total, plaintext_size=size)
    with pytest.raises(AuthenticationFailed) as info:
        verify_chunks(KEY, io.BytesIO(blob[:-1]), first=0, count=total, plaintext_size=size)
    assert info.value.truncated
    # Read as a longer stream, the last chunk lacks its flag or its length: refused.
    with pytest.raises(AuthenticationFailed):
        verify_chunks(KEY, io.BytesIO(blob), first=0, count=total, plaintext_size=size + 1)
    with pytest.raises(ValueError, match="outside"):
        verify_chunks(KEY, io.BytesIO(blob), first=0, count=total + 1, plaintext_size=size)


def test_verify_chunks_can_be_stopped() -> None:
    blob = seal(os.urandom(3 * BATCH_BYTES), background=False)
    seen: list[int] = []
    verify_chunks(
        KEY,
        io.BytesIO(blob),
        first=0,
        count=chunk_count(3 * BATCH_BYTES),
        plaintext_size=3 * BATCH_BYTES,
        done=seen.append,
        stopped=lambda: len(seen) == 1,
    )
    assert seen == [BATCH_BYTES]


def test_empty_stream_and_tag_only_chunks() -> None:
    blob = seal(b"", background=True)
    assert len(blob) == TAG_SIZE
    assert released(blob, ahead=True) == (b"", None)
    assert released(b"", ahead=True) == (b"", AuthenticationFailed)
