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
    TagChecker,
    ciphertext_size,
    iter_decrypt,
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


def check_tags(blob: bytes | bytearray, size: int, step: int) -> int:
    """Feed `blob` to a TagChecker in pieces of `step` bytes; the plaintext bytes checked."""
    checker = TagChecker(KEY, size)
    view = memoryview(bytes(blob))
    for i in range(0, len(view), step):
        checker.feed(view[i : i + step])
    checker.finish()
    return checker.checked


@pytest.mark.parametrize("size", [0, 1, CHUNK_SIZE, BATCH_BYTES + 5, 3 * BATCH_BYTES])
@pytest.mark.parametrize("step", [1 << 30, CT_CHUNK, 8 * 1024 * 1024, 4096, 4099])
def test_tag_checker_accepts_the_stream_in_any_pieces(size: int, step: int) -> None:
    blob = seal(os.urandom(size), background=True)
    assert check_tags(blob, size, step) == size


@pytest.mark.parametrize("size", [0, 100, CHUNK_SIZE + 3])
def test_tag_checker_byte_by_byte(size: int) -> None:
    blob = seal(os.urandom(size), background=False)
    assert check_tags(blob, size, 1) == size
    with pytest.raises(AuthenticationFailed) as info:
        check_tags(blob[: len(blob) - 1], size, 1)
    assert info.value.truncated


@pytest.mark.parametrize("size", [0, 1, CHUNK_SIZE, 2 * CHUNK_SIZE + 5])
def test_tag_checker_refuses_damage_length_and_order(size: int) -> None:
    blob = seal(os.urandom(size), background=False)
    for pos in {0, len(blob) // 2, len(blob) - 1, len(blob) - TAG_SIZE}:
        damaged = bytearray(blob)
        damaged[pos] ^= 0x10
        with pytest.raises(AuthenticationFailed):
            check_tags(damaged, size, CT_CHUNK)
    with pytest.raises(AuthenticationFailed) as info:
        check_tags(blob[:-1], size, CT_CHUNK)
    assert info.value.truncated
    with pytest.raises(AuthenticationFailed, match="trailing"):
        check_tags(blob + b"\x00", size, CT_CHUNK)
    # Read as a longer or shorter stream, a chunk has the wrong length or last flag.
    for wrong in {size + 1, max(0, size - 1)} - {size}:
        with pytest.raises(AuthenticationFailed):
            check_tags(blob, wrong, CT_CHUNK)
    if size > CHUNK_SIZE:  # two chunks swapped
        swapped = blob[CT_CHUNK : 2 * CT_CHUNK] + blob[:CT_CHUNK] + blob[2 * CT_CHUNK :]
        with pytest.raises(AuthenticationFailed):
            check_tags(swapped, size, CT_CHUNK)
    other = TagChecker(bytes(32), size)  # another key
    with pytest.raises(AuthenticationFailed):
        other.feed(memoryview(blob))


def test_empty_stream_and_tag_only_chunks() -> None:
    blob = seal(b"", background=True)
    assert len(blob) == TAG_SIZE
    assert released(blob, ahead=True) == (b"", None)
    assert released(b"", ahead=True) == (b"", AuthenticationFailed)
