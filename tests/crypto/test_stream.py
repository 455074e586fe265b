"""casebook.crypto.stream: STREAM chunks (the blob and the age payload format)."""

from __future__ import annotations

import io
import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casebook.base.errors import AuthenticationFailed, Cancelled
from casebook.crypto.stream import (
    CHUNK_SIZE,
    TAG_SIZE,
    StreamWriter,
    ciphertext_size,
    decrypt_stream,
    iter_decrypt,
)

KEY = bytes(range(32))
CT_CHUNK = CHUNK_SIZE + TAG_SIZE


def encrypt(data: bytes, key: bytes = KEY, write_size: int = 0) -> bytes:
    out = io.BytesIO()
    writer = StreamWriter(key, out)
    step = write_size or max(1, len(data))
    for i in range(0, len(data), step):
        writer.write(data[i : i + step])
    writer.close()
    return out.getvalue()


def decrypt(blob: bytes, key: bytes = KEY) -> bytes:
    return b"".join(iter_decrypt(key, io.BytesIO(blob)))


SIZES = [0, 1, 1000, CHUNK_SIZE - 1, CHUNK_SIZE, CHUNK_SIZE + 1, 2 * CHUNK_SIZE, 3 * CHUNK_SIZE + 7]


@pytest.mark.parametrize("size", SIZES)
def test_round_trip_and_exact_size(size: int) -> None:
    data = os.urandom(size)
    blob = encrypt(data)
    assert len(blob) == ciphertext_size(size)
    assert decrypt(blob) == data
    out = io.BytesIO()
    assert decrypt_stream(KEY, io.BytesIO(blob), out) == size
    assert out.getvalue() == data


@pytest.mark.parametrize(
    "write_size",
    [pytest.param(1, marks=pytest.mark.slow), 4096, CHUNK_SIZE - 1, CHUNK_SIZE, CHUNK_SIZE + 1],
)
def test_write_pattern_does_not_change_the_ciphertext(write_size: int) -> None:
    data = os.urandom(3 * CHUNK_SIZE + 100)
    assert encrypt(data, write_size=write_size) == encrypt(data)
    exact = os.urandom(2 * CHUNK_SIZE)
    assert encrypt(exact, write_size=write_size) == encrypt(exact)
    assert decrypt(encrypt(exact, write_size=write_size)) == exact


def test_wrong_key_fails() -> None:
    blob = encrypt(b"secret")
    with pytest.raises(AuthenticationFailed):
        decrypt(blob, bytes(32))


@pytest.mark.parametrize("size", [0, 10, CHUNK_SIZE, 2 * CHUNK_SIZE + 5])
def test_truncation_is_detected(size: int) -> None:
    blob = encrypt(os.urandom(size))
    cuts = {0, 1, TAG_SIZE - 1, len(blob) - 1}
    cuts |= {n * CT_CHUNK for n in range(1, len(blob) // CT_CHUNK + 1)}
    for cut in sorted(c for c in cuts if 0 <= c < len(blob)):
        with pytest.raises(AuthenticationFailed):
            decrypt(blob[:cut])


def test_dropping_the_final_chunk_is_detected() -> None:
    blob = encrypt(os.urandom(2 * CHUNK_SIZE + 5))
    with pytest.raises(AuthenticationFailed):
        decrypt(blob[: 2 * CT_CHUNK])
    # Exactly two full chunks: the second is the last one; dropping it leaves a middle chunk.
    exact = encrypt(os.urandom(2 * CHUNK_SIZE))
    assert len(exact) == 2 * CT_CHUNK
    with pytest.raises(AuthenticationFailed):
        decrypt(exact[:CT_CHUNK])


def test_trailing_and_reordered_chunks_are_detected() -> None:
    blob = encrypt(os.urandom(3 * CHUNK_SIZE + 5))
    with pytest.raises(AuthenticationFailed):
        decrypt(blob + b"\x00")
    a, b = blob[:CT_CHUNK], blob[CT_CHUNK : 2 * CT_CHUNK]
    with pytest.raises(AuthenticationFailed):
        decrypt(b + a + blob[2 * CT_CHUNK :])
    with pytest.raises(AuthenticationFailed):
        decrypt(a + blob[2 * CT_CHUNK :])  # a middle chunk removed


def test_an_empty_last_chunk_after_a_full_one_is_refused() -> None:
    # Forge the ciphertext of a full middle chunk followed by an empty last chunk.
    from nacl import bindings

    first = bindings.crypto_aead_chacha20poly1305_ietf_encrypt(
        bytes(CHUNK_SIZE), None, (0).to_bytes(11, "big") + b"\x00", KEY
    )
    last = bindings.crypto_aead_chacha20poly1305_ietf_encrypt(
        b"", None, (1).to_bytes(11, "big") + b"\x01", KEY
    )
    with pytest.raises(AuthenticationFailed):
        decrypt(first + last)


@given(st.binary(max_size=3 * CHUNK_SIZE), st.data())
@settings(max_examples=40, deadline=None)
def test_any_flipped_bit_raises_authentication_failed(data: bytes, draw: st.DataObject) -> None:
    blob = bytearray(encrypt(data))
    pos = draw.draw(st.integers(0, len(blob) - 1))
    bit = draw.draw(st.integers(0, 7))
    blob[pos] ^= 1 << bit
    with pytest.raises(AuthenticationFailed):
        decrypt(bytes(blob))


def test_cancel_stops_decryption() -> None:
    blob = encrypt(os.urandom(3 * CHUNK_SIZE))
    reader = iter_decrypt(KEY, io.BytesIO(blob), cancel=iter([False, True]).__next__)
    assert len(next(reader)) == CHUNK_SIZE
    with pytest.raises(Cancelled):
        next(reader)


def test_writer_misuse() -> None:
    with pytest.raises(ValueError, match="32 bytes"):
        StreamWriter(bytes(31), io.BytesIO())
    with pytest.raises(ValueError, match="32 bytes"):
        list(iter_decrypt(bytes(31), io.BytesIO(b"")))
    writer = StreamWriter(KEY, io.BytesIO())
    writer.close()
    writer.close()  # idempotent
    with pytest.raises(ValueError, match="closed"):
        writer.write(b"late")


def test_stream_is_not_the_plaintext() -> None:
    data = b"protocol of the search " * 10_000
    blob = encrypt(data)
    assert b"protocol" not in blob
    assert encrypt(data, bytes(32)) != blob
