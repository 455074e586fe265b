"""casebook.crypto.chunks: OpenSSL's ChaCha20-Poly1305 gives libsodium's bytes, chunk by chunk.

The bulk AEAD of STREAM moved from libsodium (PyNaCl) to OpenSSL (`cryptography`) for speed
(DESIGN §8). The format must not move with it: every chunk sealed here is compared with the same
chunk sealed by libsodium, and streams sealed by libsodium open here.
"""

from __future__ import annotations

import io
import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from nacl import bindings

from casebook.base.errors import AuthenticationFailed
from casebook.crypto import chunks
from casebook.crypto.chunks import (
    BATCH,
    CHUNK_SIZE,
    CT_CHUNK,
    TAG_SIZE,
    Buffer,
    TagChecker,
    decrypt_batches,
    seal_batch,
)
from casebook.crypto.stream import StreamReader, StreamWriter, chunk_count

KEYS = st.binary(min_size=32, max_size=32)


def sodium_chunk(key: bytes, index: int, last: bool, plain: bytes) -> bytes:
    """One STREAM chunk sealed by libsodium (the reference)."""
    nonce = index.to_bytes(11, "big") + (b"\x01" if last else b"\x00")
    return bytes(bindings.crypto_aead_chacha20poly1305_ietf_encrypt(plain, None, nonce, key))


def sodium_stream(key: bytes, data: bytes) -> bytes:
    """A whole STREAM sealed chunk by chunk with libsodium."""
    count = chunk_count(len(data))
    return b"".join(
        sodium_chunk(key, i, i == count - 1, data[i * CHUNK_SIZE : (i + 1) * CHUNK_SIZE])
        for i in range(count)
    )


def ours(key: bytes, data: bytes, *, background: bool = False) -> bytes:
    out = io.BytesIO()
    with StreamWriter(key, out, background=background) as writer:
        writer.write(data)
        writer.close()
    return out.getvalue()


@given(
    key=KEYS,
    counter=st.integers(0, (1 << 88) - BATCH - 1),
    final=st.booleans(),
    size=st.integers(0, BATCH * CHUNK_SIZE),
    seed=st.binary(min_size=1, max_size=64),
)
@settings(max_examples=60, deadline=None)
def test_a_batch_sealed_by_openssl_is_byte_identical_to_libsodium(
    key: bytes, counter: int, final: bool, size: int, seed: bytes
) -> None:
    plain = Buffer(BATCH * CHUNK_SIZE)
    data = (seed * (size // len(seed) + 1))[:size]
    plain.data[:size] = data
    plain.size = size
    out = Buffer(BATCH * CT_CHUNK)
    count = seal_batch(key, counter, plain, final, out)
    assert count == (-(-size // CHUNK_SIZE) if size else int(final))
    expected = b"".join(
        sodium_chunk(
            key,
            counter + i,
            final and i == count - 1,
            data[i * CHUNK_SIZE : (i + 1) * CHUNK_SIZE],
        )
        for i in range(count)
    )
    assert bytes(out.view()) == expected


@given(data=st.binary(max_size=3 * CHUNK_SIZE + 100), key=KEYS, background=st.booleans())
@settings(max_examples=40, deadline=None)
def test_streams_are_the_same_bytes_both_ways(data: bytes, key: bytes, background: bool) -> None:
    reference = sodium_stream(key, data)
    assert ours(key, data, background=background) == reference
    with StreamReader(key, io.BytesIO(reference), ahead=background) as reader:
        assert reader.read() == data


@pytest.mark.slow
def test_many_batches_of_random_bytes_match_libsodium() -> None:
    data = os.urandom(5 * BATCH * CHUNK_SIZE + 12345)
    key = os.urandom(32)
    assert ours(key, data, background=True) == sodium_stream(key, data)


def test_a_chunk_that_fails_leaves_no_plaintext_in_the_buffer() -> None:
    key = os.urandom(32)
    data = b"secret words " * 15_000
    blob = bytearray(sodium_stream(key, data))
    blob[CT_CHUNK + 5] ^= 1  # damage the second chunk (a full one: tried as middle, then last)
    buffers: list[Buffer] = []

    def take() -> Buffer:
        buf = Buffer(BATCH * CHUNK_SIZE)
        buf.data[:] = b"\xaa" * len(buf.data)
        buffers.append(buf)
        return buf

    batches = decrypt_batches(key, io.BytesIO(bytes(blob)), take)
    released = next(batches)  # the good first chunk is released, the error comes after it
    with pytest.raises(AuthenticationFailed):
        next(batches)
    assert released is buffers[0]
    assert released.size == CHUNK_SIZE
    # The damaged chunk was decrypted into the next 64 KiB and refused: OpenSSL's output is
    # zeroed, as libsodium's is, so nothing unauthenticated lingers.
    assert bytes(released.data[CHUNK_SIZE : 2 * CHUNK_SIZE]) == bytes(CHUNK_SIZE)


def test_the_aead_is_openssls_and_only_for_stream() -> None:
    # The one place that names it; keyslots, age stanzas and keys stay on PyNaCl.
    assert type(chunks._aead(bytes(32))).__module__.startswith("cryptography.")
    assert bindings.crypto_aead_chacha20poly1305_ietf_ABYTES == TAG_SIZE


@given(data=st.binary(max_size=2 * CHUNK_SIZE + 100), key=KEYS, flip=st.integers(0, 1 << 24))
@settings(max_examples=30, deadline=None)
def test_tag_checker_accepts_libsodiums_stream_and_nothing_else(
    data: bytes, key: bytes, flip: int
) -> None:
    # The tag check alone (Poly1305 under ChaCha20's block 0) accepts the stream libsodium
    # sealed, and refuses it with any one bit flipped, as decryption would.
    blob = sodium_stream(key, data)
    checker = TagChecker(key, len(data))
    checker.feed(memoryview(blob))
    checker.finish()
    assert checker.checked == len(data)
    damaged = bytearray(blob)
    damaged[(flip >> 3) % len(blob)] ^= 1 << (flip & 7)
    bad = TagChecker(key, len(data))
    with pytest.raises(AuthenticationFailed):
        bad.feed(memoryview(bytes(damaged)))
