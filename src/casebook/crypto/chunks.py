"""STREAM chunks through libsodium, a batch at a time, in preallocated buffers.

    batch      = up to BATCH chunks, in one buffer: BATCH × 64 KiB of plaintext, or
                 BATCH × (64 KiB + 16) of ciphertext
    chunk_i    = ChaCha20-Poly1305(key, nonce_i, plaintext_i)      (layout: casebook.crypto.stream)

This is the one place that calls the AEAD for STREAM. It uses PyNaCl's cffi library
(`nacl._sodium`) directly, from and into `Buffer`s: no allocation and no copy per chunk, which
PyNaCl's `bindings` wrappers make (DESIGN §8). cffi releases the GIL during each call, so two
threads sealing or opening batches use two cores (measured 1.93× on 64 KiB chunks); see
`casebook.crypto.pipeline`. Reading follows age's reference reader exactly (`decrypt_batches`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any, BinaryIO, Protocol

from nacl import bindings
from nacl._sodium import ffi as _ffi
from nacl._sodium import lib as _lib

from casebook.base.errors import AuthenticationFailed

__all__ = [
    "BATCH",
    "CHUNK_SIZE",
    "CT_CHUNK",
    "KEY_SIZE",
    "TAG_SIZE",
    "Buffer",
    "Sink",
    "Source",
    "check_key",
    "chunk_count",
    "decrypt_batches",
    "seal_batch",
    "verify_chunks",
]

# sodium_init() picks libsodium's AVX2 code; without it (importing only nacl._sodium) the
# portable code runs at half the speed (measured). Importing nacl.bindings calls it too.
bindings.sodium_init()

CHUNK_SIZE = 64 * 1024
TAG_SIZE = 16
KEY_SIZE = 32
CT_CHUNK = CHUNK_SIZE + TAG_SIZE
BATCH = 16  # chunks per batch: 1 MiB of plaintext per libsodium loop and per hand-off
_MAX_COUNTER = 1 << 88


class Sink(Protocol):
    """Where ciphertext goes: anything with a binary `write`."""

    def write(self, data: memoryview, /) -> object:
        """Write all of `data`."""
        ...


class Source(Protocol):
    """Where ciphertext comes from: a binary stream with `readinto` and `read`."""

    def readinto(self, buffer: bytearray | memoryview, /) -> int | None:
        """Fill up to len(buffer) bytes; 0 at the end."""
        ...

    def read(self, n: int = -1, /) -> bytes:
        """Up to `n` bytes."""
        ...


def check_key(key: bytes) -> bytes:
    """`key` as bytes, or ValueError unless it is 32 bytes."""
    if len(key) != KEY_SIZE:
        raise ValueError("STREAM key must be 32 bytes")
    return bytes(key)


def chunk_count(plaintext_size: int) -> int:
    """How many chunks a stream of `plaintext_size` bytes has (at least one)."""
    return max(1, -(-plaintext_size // CHUNK_SIZE))


def _nonce(counter: int, last: bool) -> bytes:
    if counter >= _MAX_COUNTER:
        raise AuthenticationFailed("stream counter overflow")
    return counter.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


class Buffer:
    """A preallocated buffer, its C pointer for libsodium, and how much of it is in use."""

    __slots__ = ("data", "ptr", "size")

    def __init__(self, capacity: int) -> None:
        self.data = bytearray(capacity)
        self.ptr: Any = _ffi.from_buffer("unsigned char[]", self.data)
        self.size = 0

    def view(self) -> memoryview:
        """The bytes in use."""
        return memoryview(self.data)[: self.size]


def _seal(out: Any, plain: Any, size: int, nonce: bytes, key: bytes) -> None:
    # ChaCha20-Poly1305 (IETF): `size` bytes at `plain` become size + 16 bytes at `out`.
    _lib.crypto_aead_chacha20poly1305_ietf_encrypt(
        out, _ffi.NULL, plain, size, _ffi.NULL, 0, _ffi.NULL, nonce, key
    )


def _open(out: Any, chunk: Any, size: int, nonce: bytes, key: bytes) -> bool:
    # The inverse of _seal: False (and `out` zeroed by libsodium) if the tag does not verify.
    rc = _lib.crypto_aead_chacha20poly1305_ietf_decrypt(
        out, _ffi.NULL, _ffi.NULL, chunk, size, _ffi.NULL, 0, nonce, key
    )
    return int(rc) == 0


def seal_batch(key: bytes, counter: int, plain: Buffer, final: bool, out: Buffer) -> int:
    """Seal `plain` as chunks `counter`, … into `out` (the last flagged if `final`).

    Returns how many chunks; `out.size` is set. An empty final batch is one empty chunk.
    """
    size, src, dst = plain.size, plain.ptr, out.ptr
    count = -(-size // CHUNK_SIZE) if size else int(final)
    written = 0
    for i in range(count):
        n = min(CHUNK_SIZE, size - i * CHUNK_SIZE)
        _seal(
            dst + written,
            src + i * CHUNK_SIZE,
            n,
            _nonce(counter + i, final and i == count - 1),
            key,
        )
        written += n + TAG_SIZE
    out.size = written
    return count


def _readinto(inp: BinaryIO | Source) -> Callable[[memoryview], int | None]:
    # Every binary stream of `io` has readinto; typing.BinaryIO merely does not declare it.
    method: Callable[[memoryview], int | None] | None = getattr(inp, "readinto", None)
    if method is None:
        raise TypeError("a STREAM source needs readinto()")
    return method


def _fill(readinto: Callable[[memoryview], int | None], buf: Buffer) -> int:
    """Read into `buf` until it is full or the input ends; return how many bytes."""
    got = 0
    with memoryview(buf.data) as view:
        while got < len(view):
            n = readinto(view[got:])
            if not n:
                break
            got += n
    return got


def decrypt_batches(
    key: bytes, inp: BinaryIO | Source, take: Callable[[], Buffer]
) -> Iterator[Buffer]:
    """Yield buffers (from `take`) of authenticated plaintext, batch by batch, then raise.

    The same decisions as age's reference reader, so that exactly the same plaintext is
    released before an error: a full chunk is first tried as a middle chunk, then as the last;
    an empty last chunk after a full one, a missing last chunk and trailing bytes are refused.
    """
    ct = Buffer(BATCH * CT_CHUNK)
    readinto = _readinto(inp)
    counter = 0
    while True:
        got = _fill(readinto, ct)
        at_end = got < len(ct.data)  # a short fill means the input ended
        full, rest = divmod(got, CT_CHUNK)
        out = take()
        out.size = 0
        error: AuthenticationFailed | None = None
        ended = False
        for i in range(full):
            chunk, dst = ct.ptr + i * CT_CHUNK, out.ptr + out.size
            if _open(dst, chunk, CT_CHUNK, _nonce(counter, False), key):
                out.size += CHUNK_SIZE
                counter += 1
                continue
            if not _open(dst, chunk, CT_CHUNK, _nonce(counter, True), key):
                error = AuthenticationFailed("stream chunk failed authentication")
                break
            out.size += CHUNK_SIZE
            ended = True
            if i < full - 1 or rest or (not at_end and inp.read(1)):
                error = AuthenticationFailed("trailing data after the last chunk")
            break
        else:
            if at_end:
                ended = True
                last = ct.ptr + full * CT_CHUNK
                if rest < TAG_SIZE:
                    error = AuthenticationFailed("stream is truncated", truncated=True)
                elif rest == TAG_SIZE and counter > 0:
                    error = AuthenticationFailed("empty last chunk after a full chunk")
                elif _open(out.ptr + out.size, last, rest, _nonce(counter, True), key):
                    out.size += rest - TAG_SIZE
                else:
                    error = AuthenticationFailed("stream chunk failed authentication")
        if out.size:
            yield out
        if error is not None:
            raise error
        if ended:
            return


def verify_chunks(
    key: bytes,
    inp: BinaryIO | Source,
    *,
    first: int,
    count: int,
    plaintext_size: int,
    done: Callable[[int], None] | None = None,
    stopped: Callable[[], bool] | None = None,
) -> None:
    """Authenticate chunks `first` … `first + count - 1` of a stream of known size.

    `inp` is positioned at chunk `first`. The stream holds `plaintext_size` bytes, so every
    chunk's length and last flag are known: any difference is `AuthenticationFailed`, a short
    read is `AuthenticationFailed(truncated=True)`. The plaintext is thrown away (this is the
    read back of a file just written). `done(n)` is told of each batch's plaintext bytes;
    `stopped()` returning True ends the check early, without error.
    """
    key = check_key(key)
    total = chunk_count(plaintext_size)
    if first < 0 or count < 0 or first + count > total:
        raise ValueError("chunk range outside the stream")
    ct, out = Buffer(BATCH * CT_CHUNK), Buffer(BATCH * CHUNK_SIZE)
    readinto = _readinto(inp)
    index, end = first, first + count
    while index < end:
        if stopped is not None and stopped():
            return
        sizes = [
            min(CHUNK_SIZE, plaintext_size - i * CHUNK_SIZE)
            for i in range(index, min(end, index + BATCH))
        ]
        want = sum(sizes) + TAG_SIZE * len(sizes)
        with memoryview(ct.data) as mv:
            got = 0
            while got < want:
                n = readinto(mv[got:want])
                if not n:
                    raise AuthenticationFailed("stream is truncated", truncated=True)
                got += n
        offset = 0
        for size in sizes:
            nonce = _nonce(index, index == total - 1)
            if not _open(out.ptr, ct.ptr + offset, size + TAG_SIZE, nonce, key):
                raise AuthenticationFailed("stream chunk failed authentication")
            offset += size + TAG_SIZE
            index += 1
        if done is not None:
            done(sum(sizes))
