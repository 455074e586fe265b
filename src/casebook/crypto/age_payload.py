"""The payload of an age v1 file: the nonce after the header, then STREAM under a derived key.

Layout (spec: C2SP age, https://age-encryption.org/v1, "Payload")::

    header                                   casebook.crypto.age_header, ends with the MAC line
    nonce                                    NONCE_SIZE (16) random bytes
    STREAM(payload key)                      casebook.crypto.stream, 64 KiB chunks

    payload key = HKDF-SHA256(ikm file key, salt nonce, info "payload"), 32 bytes
    file key    = FILE_KEY_SIZE (16) random bytes, wrapped once per recipient stanza

Reading checks the header MAC against the file key before the first payload byte is read, and
turns STREAM's failures into `BundleRejected`: TRUNCATED for a missing end, TAMPERED otherwise.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import BinaryIO

from casebook.base.errors import (
    AuthenticationFailed,
    BundleRejected,
    InputRejected,
    RejectReason,
)
from casebook.crypto import stream
from casebook.crypto.age_header import Header, check_mac, hkdf

__all__ = [
    "FILE_KEY_SIZE",
    "NONCE_SIZE",
    "PayloadReader",
    "iter_payload",
    "open_payload",
    "payload_key",
]

FILE_KEY_SIZE = 16
NONCE_SIZE = 16


def payload_key(file_key: bytes, nonce: bytes) -> bytes:
    """The STREAM key of a payload: HKDF-SHA256(file key, salt nonce, "payload")."""
    return hkdf(file_key, nonce, b"payload")


def _read_exact(inp: BinaryIO, size: int) -> bytes:
    data = b""
    while len(data) < size:
        more = inp.read(size - len(data))
        if not more:
            break
        data += more
    return data


def _payload(key: bytes, inp: BinaryIO, cancel: Callable[[], bool] | None) -> Iterator[bytes]:
    try:
        yield from stream.iter_decrypt(key, inp, cancel=cancel)
    except AuthenticationFailed as e:
        raise _payload_error(e) from e


class PayloadReader:
    """The plaintext of an age payload (a `stream.StreamReader`), failures as `BundleRejected`.

    `read(n)` gives exactly n bytes unless the payload ends; `blocks()` gives views valid until
    the next one. Nothing read is trustworthy until the end was reached without error
    (TRUNCATED, TAMPERED, `Cancelled`). `close()` stops the decrypting worker, if any; only
    then may the input be closed.
    """

    def __init__(self, reader: stream.StreamReader) -> None:
        self._reader = reader

    def read(self, n: int = -1, /) -> bytes:
        """Exactly `n` bytes (all if n < 0), fewer only at the end of the payload."""
        try:
            return self._reader.read(n)
        except AuthenticationFailed as e:
            raise _payload_error(e) from e

    def blocks(self) -> Iterator[memoryview]:
        """The rest of the plaintext, a batch at a time."""
        try:
            yield from self._reader.blocks()
        except AuthenticationFailed as e:
            raise _payload_error(e) from e

    def close(self) -> None:
        """Stop and join the worker."""
        self._reader.close()

    def __enter__(self) -> PayloadReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _payload_error(e: AuthenticationFailed) -> BundleRejected:
    return BundleRejected(RejectReason.TRUNCATED if e.truncated else RejectReason.TAMPERED, str(e))


def _payload_start(header: Header, file_key: bytes, inp: BinaryIO) -> bytes:
    """Check the MAC, read the nonce; return the payload's STREAM key."""
    if len(file_key) != FILE_KEY_SIZE:
        raise InputRejected("an age file key is 16 bytes")
    check_mac(header, file_key)
    nonce = _read_exact(inp, NONCE_SIZE)
    if len(nonce) != NONCE_SIZE:
        raise BundleRejected(RejectReason.TRUNCATED, "the payload nonce is missing")
    return payload_key(file_key, nonce)


def open_payload(
    header: Header,
    file_key: bytes,
    inp: BinaryIO,
    *,
    ahead: bool = False,
    cancel: Callable[[], bool] | None = None,
) -> PayloadReader:
    """The payload that follows `header` in `inp` as a reader (see `PayloadReader`).

    The MAC is checked against `file_key` and the nonce is read before this returns. With
    `ahead`, a worker thread reads and decrypts a few batches ahead of the caller.
    """
    key = _payload_start(header, file_key, inp)
    return PayloadReader(stream.StreamReader(key, inp, ahead=ahead, cancel=cancel))


def iter_payload(
    header: Header,
    file_key: bytes,
    inp: BinaryIO,
    *,
    cancel: Callable[[], bool] | None = None,
) -> Iterator[bytes]:
    """Yield the plaintext of the payload that follows `header` in `inp`, chunk by chunk.

    The MAC is checked against `file_key` and the nonce is read before this returns. Nothing
    yielded is trustworthy until the iterator ends without raising: TRUNCATED, TAMPERED, or
    `Cancelled`.
    """
    return _payload(_payload_start(header, file_key, inp), inp, cancel)
