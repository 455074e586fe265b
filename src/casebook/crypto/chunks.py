"""STREAM chunks through OpenSSL, a batch at a time, in preallocated buffers.

    batch      = up to BATCH chunks, in one buffer: BATCH × 64 KiB of plaintext, or
                 BATCH × (64 KiB + 16) of ciphertext
    chunk_i    = ChaCha20-Poly1305(key, nonce_i, plaintext_i)      (layout: casebook.crypto.stream)

This is the one place that calls the AEAD for STREAM: OpenSSL's ChaCha20-Poly1305 through the
`cryptography` package (`encrypt_into`/`decrypt_into`), from and into `Buffer`s, with no
allocation or copy per chunk. It is the same RFC 8439 construction as libsodium's
`crypto_aead_chacha20poly1305_ietf_*`, so the bytes are the same (the tests seal every chunk
with both); OpenSSL's runs 2–2.7× as fast here (DESIGN §8 allows `cryptography` for exactly
this, and for nothing else: keyslots, X25519, Ed25519 and Argon2id stay on PyNaCl). The calls
release the GIL, so two threads sealing or opening batches use two cores; see
`casebook.crypto.pipeline` and docs/age-layer.md. Reading follows age's reference reader
exactly (`decrypt_batches`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import BinaryIO, Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

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

CHUNK_SIZE = 64 * 1024
TAG_SIZE = 16
KEY_SIZE = 32
CT_CHUNK = CHUNK_SIZE + TAG_SIZE
BATCH = 16  # chunks per batch: 1 MiB of plaintext per AEAD loop and per hand-off
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
    """A preallocated buffer, a view of all of it, and how much of it is in use."""

    __slots__ = ("data", "mv", "size")

    def __init__(self, capacity: int) -> None:
        self.data = bytearray(capacity)
        self.mv = memoryview(self.data)  # slices of it go to OpenSSL without a copy
        self.size = 0

    def view(self) -> memoryview:
        """The bytes in use."""
        return self.mv[: self.size]


def _aead(key: bytes) -> ChaCha20Poly1305:
    """The STREAM cipher under `key` (ChaCha20-Poly1305, IETF: 12-byte nonce, 16-byte tag)."""
    return ChaCha20Poly1305(key)


def _open(aead: ChaCha20Poly1305, out: memoryview, chunk: memoryview, nonce: bytes) -> bool:
    """Decrypt `chunk` into `out` (16 bytes shorter); False if the tag does not verify.

    On a bad tag OpenSSL's output is zeroed by `cryptography` before it raises, so no
    unauthenticated plaintext stays in `out` (as with libsodium).
    """
    try:
        aead.decrypt_into(nonce, chunk, None, out)
    except InvalidTag:
        return False
    return True


def seal_batch(key: bytes, counter: int, plain: Buffer, final: bool, out: Buffer) -> int:
    """Seal `plain` as chunks `counter`, … into `out` (the last flagged if `final`).

    Returns how many chunks; `out.size` is set. An empty final batch is one empty chunk.
    """
    aead = _aead(key)
    size, src, dst = plain.size, plain.mv, out.mv
    count = -(-size // CHUNK_SIZE) if size else int(final)
    written = 0
    for i in range(count):
        start = i * CHUNK_SIZE
        n = min(CHUNK_SIZE, size - start)
        aead.encrypt_into(
            _nonce(counter + i, final and i == count - 1),
            src[start : start + n],
            None,
            dst[written : written + n + TAG_SIZE],
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
    view = buf.mv
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
    aead = _aead(check_key(key))
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
            chunk = ct.mv[i * CT_CHUNK : (i + 1) * CT_CHUNK]
            dst = out.mv[out.size : out.size + CHUNK_SIZE]
            if _open(aead, dst, chunk, _nonce(counter, False)):
                out.size += CHUNK_SIZE
                counter += 1
                continue
            if not _open(aead, dst, chunk, _nonce(counter, True)):
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
                start = full * CT_CHUNK
                last = ct.mv[start : start + rest]
                dst = out.mv[out.size : out.size + rest - TAG_SIZE]
                if rest < TAG_SIZE:
                    error = AuthenticationFailed("stream is truncated", truncated=True)
                elif rest == TAG_SIZE and counter > 0:
                    error = AuthenticationFailed("empty last chunk after a full chunk")
                elif _open(aead, dst, last, _nonce(counter, True)):
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
    aead = _aead(check_key(key))
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
        got = 0
        while got < want:
            n = readinto(ct.mv[got:want])
            if not n:
                raise AuthenticationFailed("stream is truncated", truncated=True)
            got += n
        offset = 0
        for size in sizes:
            nonce = _nonce(index, index == total - 1)
            chunk = ct.mv[offset : offset + size + TAG_SIZE]
            if not _open(aead, out.mv[:size], chunk, nonce):
                raise AuthenticationFailed("stream chunk failed authentication")
            offset += size + TAG_SIZE
            index += 1
        if done is not None:
            done(sum(sizes))
