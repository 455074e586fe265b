"""The ASCII armor of an age v1 file: strict PEM around the binary file.

Layout (spec: C2SP age, https://age-encryption.org/v1, "ASCII armor")::

    (at most 1 KiB of whitespace)
    -----BEGIN AGE ENCRYPTED FILE-----        ARMOR_BEGIN
    <b64 line>                               canonical padded base64, COLUMNS columns
    ...
    <b64 last line>                          only the last may be shorter
    -----END AGE ENCRYPTED FILE-----          ARMOR_END
    (at most 1 KiB of whitespace)

Lines end in LF or CRLF. Decoding streams: `armor_reader` yields the binary file as it is read,
so a large armored file is never held whole. `casebook.crypto.age.decrypt` detects the armor.
"""

from __future__ import annotations

import binascii
import io
from typing import TYPE_CHECKING, BinaryIO

from casebook.crypto.age_header import BYTES_PER_LINE, COLUMNS, malformed

if TYPE_CHECKING:
    from _typeshed import WriteableBuffer

__all__ = [
    "ARMOR_BEGIN",
    "ARMOR_END",
    "ArmorReader",
    "armor_decode",
    "armor_encode",
    "armor_reader",
]

ARMOR_BEGIN = b"-----BEGIN AGE ENCRYPTED FILE-----"
ARMOR_END = b"-----END AGE ENCRYPTED FILE-----"
_ARMOR_WHITESPACE = 1024


class ArmorReader(io.RawIOBase):
    """Strict, streaming decoder of the armor, as age's reference reader decodes it."""

    def __init__(self, src: BinaryIO, first: bytes = b"") -> None:
        super().__init__()
        self._src = src
        self._first = first  # a byte the caller has already read
        self._pending = b""
        self._started = False
        self._done = False

    def readable(self) -> bool:
        return True

    def _line(self) -> bytes:
        limit = _ARMOR_WHITESPACE + 2
        data, self._first = self._first, b""
        if not data.endswith(b"\n"):
            data += self._src.readline(limit - len(data))
        if not data:
            raise malformed("armor: unexpected end of input")
        if not data.endswith(b"\n") and len(data) == limit:
            raise malformed("armor: line too long")
        return data.removesuffix(b"\n").removesuffix(b"\r")

    def _finish(self) -> bytes:
        rest = self._src.read(_ARMOR_WHITESPACE)
        if rest.strip() or len(rest) == _ARMOR_WHITESPACE:
            raise malformed("armor: data after the end line")
        self._done = True
        return b""

    def _next(self) -> bytes:
        skipped = 0
        while not self._started:
            line = self._line()
            if not line.strip():
                skipped += len(line) + 1
                if skipped > _ARMOR_WHITESPACE:
                    raise malformed("armor: too much leading whitespace")
                continue
            if line != ARMOR_BEGIN:
                raise malformed("armor: invalid first line")
            self._started = True
        line = self._line()
        if line == ARMOR_END:
            return self._finish()
        if not line or len(line) > COLUMNS:
            raise malformed("armor: empty or over-long line")
        try:
            data = binascii.a2b_base64(line, strict_mode=True)
        except binascii.Error as e:
            raise malformed("armor: invalid base64") from e
        if binascii.b2a_base64(data, newline=False) != line:
            raise malformed("armor: base64 is not canonical")
        if len(data) < BYTES_PER_LINE:
            if self._line() != ARMOR_END:
                raise malformed("armor: a short line must be the last")
            self._finish()
        return data

    def readinto(self, buffer: WriteableBuffer) -> int:
        view = memoryview(buffer).cast("B")
        filled = 0
        while filled < len(view):
            if not self._pending:
                if self._done:
                    break
                self._pending = self._next()
                continue
            n = min(len(view) - filled, len(self._pending))
            view[filled : filled + n] = self._pending[:n]
            self._pending = self._pending[n:]
            filled += n
        return filled


def armor_reader(inp: BinaryIO) -> BinaryIO:
    """A binary stream of the age file inside the armored `inp`, decoded as it is read."""
    return io.BufferedReader(ArmorReader(inp))


def armor_decode(text: bytes) -> bytes:
    """Decode an armored age file; raise `BundleRejected(MALFORMED)` if the armor is invalid."""
    return armor_reader(io.BytesIO(text)).read()


def armor_encode(data: bytes) -> bytes:
    """Armor a (small) binary age file, exactly as ``age -a`` does."""
    b64 = binascii.b2a_base64(data, newline=False)
    lines = [b64[i : i + COLUMNS] for i in range(0, len(b64), COLUMNS)]
    return b"\n".join([ARMOR_BEGIN, *lines, ARMOR_END]) + b"\n"
