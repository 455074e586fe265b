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
exactly (`decrypt_batches`). `TagChecker` checks the chunks' tags without decrypting them
(the read back of a bundle just written).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import BinaryIO, Protocol

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives.ciphers import Cipher
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.ciphers.algorithms import ChaCha20
from cryptography.hazmat.primitives.poly1305 import Poly1305

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
    "TagChecker",
    "check_key",
    "chunk_count",
    "decrypt_batches",
    "seal_batch",
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


class TagChecker:
    """Checks the Poly1305 tag of every chunk of a stream of known size, without decrypting.

    A ChaCha20-Poly1305 tag is Poly1305, under a one-time key (the first 32 bytes of ChaCha20's
    block 0 for the chunk's nonce), over the ciphertext, its zero padding to 16 bytes and the
    two lengths (RFC 8439 §2.8). Checking it proves the ciphertext is the one sealed under this
    key, for this chunk's index and last flag, exactly as decryption's own tag check does; the
    plaintext that decryption would add proves nothing more. It costs one ChaCha20 block per
    chunk and the Poly1305 pass: about two thirds of decrypting (measured, docs/age-layer.md).

    `feed` takes the ciphertext in pieces of any size (a piece may end inside a chunk or a tag);
    `finish` says whether every chunk came. Every chunk's length and last flag follow from
    `plaintext_size`: a difference, a missing byte, a byte too many are `AuthenticationFailed`
    (`truncated=True` for too few). This is the read back of a file just written.
    """

    __slots__ = ("_key", "_total", "_size", "_index", "_mac", "_left", "_tag", "checked")

    def __init__(self, key: bytes, plaintext_size: int) -> None:
        self._key = check_key(key)
        self._size = plaintext_size
        self._total = chunk_count(plaintext_size)
        self._index = 0
        self._mac: Poly1305 | None = None
        self._left = 0  # ciphertext bytes of the current chunk still to come
        self._tag = bytearray()
        self.checked = 0  # plaintext bytes whose chunks were checked

    def _begin(self) -> None:
        index = self._index
        length = min(CHUNK_SIZE, self._size - index * CHUNK_SIZE)
        nonce = _nonce(index, index == self._total - 1)
        # ChaCha20 block 0 (counter 0, little-endian, before the nonce): the one-time key.
        block0 = Cipher(ChaCha20(self._key, bytes(4) + nonce), None).encryptor()
        self._mac = Poly1305(block0.update(bytes(32)))
        self._left = length
        self._tag.clear()

    def _end(self, length: int) -> None:
        mac = self._mac
        if mac is None:  # pragma: no cover - _begin always ran
            raise AuthenticationFailed("stream chunk failed authentication")
        mac.update(bytes(-length % 16) + (0).to_bytes(8, "little") + length.to_bytes(8, "little"))
        try:
            mac.verify(bytes(self._tag))
        except InvalidSignature as e:
            raise AuthenticationFailed("stream chunk failed authentication") from e
        self._mac = None
        self._index += 1
        self.checked += length

    def feed(self, data: memoryview) -> None:
        """Check the next `len(data)` bytes of ciphertext."""
        pos, end = 0, len(data)
        while pos < end:
            if self._mac is None:
                if self._index == self._total:
                    raise AuthenticationFailed("trailing data after the last chunk")
                self._begin()
            if self._left:
                take = min(self._left, end - pos)
                self._mac.update(data[pos : pos + take])  # type: ignore[union-attr]
                self._left -= take
                pos += take
                continue
            take = min(TAG_SIZE - len(self._tag), end - pos)
            self._tag += data[pos : pos + take]
            pos += take
            if len(self._tag) == TAG_SIZE:
                self._end(min(CHUNK_SIZE, self._size - self._index * CHUNK_SIZE))

    def finish(self) -> None:
        """Every chunk came and was checked, or `AuthenticationFailed(truncated=True)`."""
        if self._index != self._total:
            raise AuthenticationFailed("stream is truncated", truncated=True)
