"""STREAM: chunked authenticated encryption, exactly as age v1 uses it for its payload.

Layout of a stream (no header; the key is given)::

    chunk_0 || chunk_1 || ... || chunk_n
    chunk_i = ChaCha20-Poly1305(key, nonce_i, plaintext_i)      # len(plaintext_i) == 64 KiB, i < n
    nonce_i = uint88_be(i) || (0x01 if i == n else 0x00)         # 12 bytes

The last chunk carries the last flag and holds 0..64 KiB of plaintext; it is empty only when the
whole plaintext is empty. A reader must see the last flag (PyNaCl raises nothing for a dropped
final chunk: DESIGN §8), refuse an empty last chunk after a full one, and refuse trailing bytes.
Like age's reference reader, it releases each chunk as soon as it authenticates: a full chunk
that is followed by the end of input or a full last chunk followed by more bytes is released
before the error is raised.

The same construction encrypts blobs in the vault (`casebook.store.blobs`), each under its own
random key, so one reviewed implementation serves both.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import BinaryIO

from nacl import bindings
from nacl.exceptions import CryptoError

from casebook.errors import AuthenticationFailed, Cancelled

__all__ = [
    "CHUNK_SIZE",
    "KEY_SIZE",
    "TAG_SIZE",
    "StreamWriter",
    "ciphertext_size",
    "decrypt_stream",
    "iter_decrypt",
]

CHUNK_SIZE = 64 * 1024
TAG_SIZE = 16
KEY_SIZE = 32
_CT_CHUNK = CHUNK_SIZE + TAG_SIZE
_MAX_COUNTER = 1 << 88

_encrypt = bindings.crypto_aead_chacha20poly1305_ietf_encrypt
_decrypt = bindings.crypto_aead_chacha20poly1305_ietf_decrypt


def _nonce(counter: int, last: bool) -> bytes:
    if counter >= _MAX_COUNTER:
        raise AuthenticationFailed("stream counter overflow")
    return counter.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


def ciphertext_size(plaintext_size: int) -> int:
    """The exact size of the STREAM ciphertext of `plaintext_size` bytes."""
    chunks = max(1, -(-plaintext_size // CHUNK_SIZE))
    return plaintext_size + chunks * TAG_SIZE


class StreamWriter:
    """Encrypts what is written to it and writes the chunks to `out`.

    Memory stays at one chunk whatever the size. `close()` writes the last chunk and must be
    called exactly once; a stream that was never closed is incomplete and will not decrypt.
    """

    def __init__(self, key: bytes, out: BinaryIO) -> None:
        if len(key) != KEY_SIZE:
            raise ValueError("STREAM key must be 32 bytes")
        self._key = key
        self._out = out
        self._buf = bytearray()  # a partial chunk; empty whenever _held is set
        self._held: bytes | None = None  # a full chunk, held back until more data follows
        self._counter = 0
        self._closed = False
        self.plaintext_written = 0

    def _emit(self, chunk: bytes, last: bool) -> None:
        self._out.write(_encrypt(chunk, None, _nonce(self._counter, last), self._key))
        self._counter += 1

    def write(self, data: bytes | bytearray | memoryview) -> None:
        """Encrypt `data`; full chunks are written as soon as they are complete."""
        if self._closed:
            raise ValueError("write to a closed stream")
        size = len(data)
        self.plaintext_written += size
        if size == CHUNK_SIZE and type(data) is bytes and not self._buf:
            # Fast path for chunk-sized writes: no copy before the AEAD.
            if self._held is not None:
                self._emit(self._held, False)
            self._held = data
            return
        view = memoryview(data).cast("B")
        while view:
            # Keep the last full chunk back: only close() knows whether it is the final one.
            if self._held is not None:
                self._emit(self._held, False)
                self._held = None
            take = min(CHUNK_SIZE - len(self._buf), len(view))
            self._buf += view[:take]
            view = view[take:]
            if len(self._buf) == CHUNK_SIZE:
                self._held = bytes(self._buf)
                self._buf.clear()

    def close(self) -> None:
        """Write the final chunk (with the last flag)."""
        if self._closed:
            return
        self._closed = True
        final = self._held if self._held is not None else bytes(self._buf)
        self._held = None
        self._buf = bytearray()
        self._emit(final, True)


def iter_decrypt(
    key: bytes,
    inp: BinaryIO,
    *,
    cancel: Callable[[], bool] | None = None,
) -> Iterator[bytes]:
    """Yield the plaintext chunks of the stream read from `inp`, authenticating each.

    Raises `AuthenticationFailed` for a damaged, reordered, truncated or extended stream. A
    caller must consume the whole iterator before trusting any of what it yielded: only the last
    chunk proves the stream is complete.
    """
    if len(key) != KEY_SIZE:
        raise ValueError("STREAM key must be 32 bytes")
    # The same decisions as age's reference reader, so that exactly the same plaintext is
    # released before an error: a full chunk is first tried as a middle chunk, then as the last.
    counter = 0
    while True:
        if cancel is not None and cancel():
            raise Cancelled()
        chunk = _read_full(inp, _CT_CHUNK)
        size = len(chunk)
        if size < _CT_CHUNK:
            if size < TAG_SIZE:
                raise AuthenticationFailed("stream is truncated", truncated=True)
            if size == TAG_SIZE and counter > 0:
                raise AuthenticationFailed("empty last chunk after a full chunk")
            last = True
            try:
                plain = _decrypt(chunk, None, _nonce(counter, True), key)
            except CryptoError as e:
                raise AuthenticationFailed("stream chunk failed authentication") from e
        else:
            try:
                plain = _decrypt(chunk, None, _nonce(counter, False), key)
                last = False
            except CryptoError:
                try:
                    plain = _decrypt(chunk, None, _nonce(counter, True), key)
                except CryptoError as e:
                    raise AuthenticationFailed("stream chunk failed authentication") from e
                last = True
        yield plain
        if last:
            if inp.read(1):
                raise AuthenticationFailed("trailing data after the last chunk")
            return
        counter += 1


def _read_full(inp: BinaryIO, size: int) -> bytes:
    """Read `size` bytes, or fewer only at the end of the input (raw files may read short)."""
    data = inp.read(size)
    if len(data) == size or not data:
        return data
    parts = [data]
    got = len(data)
    while got < size:
        more = inp.read(size - got)
        if not more:
            break
        parts.append(more)
        got += len(more)
    return b"".join(parts)


def decrypt_stream(key: bytes, inp: BinaryIO, out: BinaryIO) -> int:
    """Decrypt the whole stream from `inp` to `out`; return the plaintext length."""
    total = 0
    for chunk in iter_decrypt(key, inp):
        out.write(chunk)
        total += len(chunk)
    return total
