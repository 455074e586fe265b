"""The casebook envelope, v1 and v2: a strict ustar archive inside the age payload.

Layout of the plaintext of a bundle's age payload (prose spec: docs/bundle-format.md)::

    offset 0   ustar header  casebook/manifest.json         canonical JSON, ≤ MAX_MANIFEST
               data, zero-padded to 512
               ustar header  casebook/manifest.sig          64 bytes: Ed25519 (see manifest.py)
               data, zero-padded to 512
          v2:  ustar header  casebook/disclosures.jsonl     canonical {"n","op","v"} per line
               data, zero-padded to 512
          v2:  ustar header  casebook/overlay.jsonl         canonical JSON per line (pseudonyms)
               data, zero-padded to 512
     custody:  ustar header  casebook/custody.jsonl         canonical {"entry","id","sig"} per line
               data, zero-padded to 512
               ustar header  casebook/ops.jsonl             "<sig hex> <canonical op>\\n" per op
               data, zero-padded to 512
               ustar header  casebook/attachments/<sha256>  raw bytes, one member per attachment,
               data, zero-padded to 512                     names ascending
               ...
               ustar header  casebook/padding               zeros (PADMÉ, see padme.py)
               data
               two zero blocks                              end of archive, then nothing

Every header is exactly what `member_header(name, size)` writes, so a reader regenerates it
and compares the 512 bytes: POSIX ustar ("ustar\\0" "00"), type '0', mode 0644, uid, gid and
mtime 0, empty user, group, link name and prefix, the name in the name field. Sizes below
8 GiB are 11 octal digits and a NUL; larger sizes use GNU base-256 (0x80, then 11 bytes
big-endian), which GNU tar, bsdtar and Python's tarfile read. No pax or GNU long-name records,
no directories: `tar -x` creates casebook/ and casebook/attachments/ itself.

Reading is bounded: a header's size is checked against the bound the caller gives (the signed
manifest's, or MAX_MANIFEST and SIG_SIZE before it is known) before any data is read.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Protocol

from casebook.base import canonical
from casebook.base.errors import BundleRejected, RejectReason

__all__ = [
    "ATTACHMENT_PREFIX",
    "BLOCK",
    "END",
    "MAX_MANIFEST",
    "NAME_CUSTODY",
    "NAME_DISCLOSURES",
    "NAME_MANIFEST",
    "NAME_OVERLAY",
    "NAME_OPS",
    "NAME_PADDING",
    "NAME_SIG",
    "OCTAL_LIMIT",
    "SIG_SIZE",
    "Bytes",
    "ChunkReader",
    "Readable",
    "TarWriter",
    "archive_size",
    "attachment_name",
    "block_pad",
    "member_data",
    "member_header",
    "read_end",
    "read_exact",
    "read_member_header",
]

BLOCK = 512
END = bytes(2 * BLOCK)
NAME_MANIFEST = "casebook/manifest.json"
NAME_SIG = "casebook/manifest.sig"
NAME_OPS = "casebook/ops.jsonl"
NAME_DISCLOSURES = "casebook/disclosures.jsonl"  # v2: the values of the ops, apart from them
NAME_OVERLAY = "casebook/overlay.jsonl"  # v2: the sender's pseudonyms (empty until labels)
NAME_CUSTODY = "casebook/custody.jsonl"  # v2 with custody: the items' custody entries
NAME_PADDING = "casebook/padding"
ATTACHMENT_PREFIX = "casebook/attachments/"
MAX_MANIFEST = canonical.MAX_SIZE
SIG_SIZE = 64
OCTAL_LIMIT = 8**11  # 8 GiB: the largest size 11 octal digits hold, plus one
MAX_MEMBER = 2**63 - 1
_ZERO_BLOCK = bytes(BLOCK)
_PIECE = 64 * 1024

Bytes = bytes | bytearray | memoryview


class Readable(Protocol):
    """A binary source: `read(n)` returns up to n bytes, b"" only at the end."""

    def read(self, n: int = -1, /) -> bytes:
        """Up to `n` bytes."""
        ...


def attachment_name(sha256: bytes) -> str:
    """The member name of an attachment: its SHA-256 in lower-case hex."""
    return ATTACHMENT_PREFIX + sha256.hex()


def block_pad(size: int) -> int:
    """How many zero bytes follow `size` bytes of member data."""
    return -size % BLOCK


def archive_size(sizes: Iterable[int]) -> int:
    """The size of an archive whose members hold `sizes` bytes, end blocks included."""
    return sum(BLOCK + s + block_pad(s) for s in sizes) + len(END)


def _size_field(size: int) -> bytes:
    if not 0 <= size <= MAX_MEMBER:
        raise ValueError("member size out of range")
    if size < OCTAL_LIMIT:
        return b"%011o\x00" % size
    return b"\x80" + size.to_bytes(11, "big")  # GNU base-256


def member_header(name: str, size: int) -> bytes:
    """The one ustar header block that v1 writes for a member."""
    raw_name = name.encode("ascii")
    if not 0 < len(raw_name) < 100:
        raise ValueError("member name must be 1 to 99 ASCII bytes")
    block = bytearray(BLOCK)
    block[0 : len(raw_name)] = raw_name
    block[100:108] = b"0000644\x00"
    block[108:116] = b"0000000\x00"
    block[116:124] = b"0000000\x00"
    block[124:136] = _size_field(size)
    block[136:148] = b"00000000000\x00"
    block[148:156] = b" " * 8  # the checksum counts its own field as spaces
    block[156:157] = b"0"
    block[257:263] = b"ustar\x00"
    block[263:265] = b"00"
    block[148:156] = b"%06o\x00 " % sum(block)
    return bytes(block)


def _malformed(detail: str) -> BundleRejected:
    return BundleRejected(RejectReason.MALFORMED, detail)


def _parse_size(field: bytes) -> int:
    if field[0] == 0x80:
        return int.from_bytes(field[1:], "big")
    digits = field[:11]
    if field[11] != 0 or not digits.isdigit() or b"8" in digits or b"9" in digits:
        raise _malformed("a tar size field is not 11 octal digits")
    return int(digits, 8)


def read_exact(src: Readable, size: int, what: str) -> bytes:
    """Exactly `size` bytes from `src`, or TRUNCATED."""
    data = src.read(size)
    if len(data) != size:
        raise BundleRejected(RejectReason.TRUNCATED, f"{what} is cut short")
    return data


def read_member_header(
    src: Readable,
    accept: Callable[[str], bool],
    max_size: int,
    *,
    wrong_name: RejectReason = RejectReason.MALFORMED,
    short: RejectReason = RejectReason.TRUNCATED,
) -> tuple[str, int]:
    """Read one header block; return (name, size) once `accept(name)` and the bound hold.

    A missing or short block raises `short`; a name that `accept` refuses raises `wrong_name`;
    a size above `max_size` raises TOO_LARGE before anything else is read; any byte that
    `member_header` would not have written raises MALFORMED.
    """
    block = src.read(BLOCK)
    if len(block) != BLOCK:
        raise BundleRejected(short, "the archive is cut short")
    end = block.find(b"\x00", 0, 100)
    raw_name = block[: end if end >= 0 else 100]
    try:
        name = raw_name.decode("ascii")
    except UnicodeDecodeError:
        name = ""
    if not name or not accept(name):
        raise BundleRejected(wrong_name, "unexpected archive member")
    size = _parse_size(block[124:136])
    if size > max_size:
        raise BundleRejected(RejectReason.TOO_LARGE, f"{name} is larger than its bound")
    if block != member_header(name, size):
        raise _malformed("a tar header is not in the v1 form")
    return name, size


def member_data(src: Readable, size: int, piece: int = _PIECE) -> Iterator[bytes]:
    """Yield a member's `size` bytes in pieces, then consume and check its zero padding."""
    left = size
    while left:
        data = src.read(min(piece, left))
        if not data:
            raise BundleRejected(RejectReason.TRUNCATED, "an archive member is cut short")
        left -= len(data)
        yield data
    pad = block_pad(size)
    if pad and read_exact(src, pad, "member padding") != _ZERO_BLOCK[:pad]:
        raise _malformed("member padding is not zero")


def read_end(src: Readable) -> None:
    """Consume the two zero blocks that end the archive, and require the end of input."""
    if read_exact(src, len(END), "the end of the archive") != END:
        raise _malformed("the archive does not end with two zero blocks")
    if src.read(1):
        raise BundleRejected(RejectReason.TAMPERED, "data after the end of the archive")


class ChunkReader:
    """`read(n)` over an iterator of byte chunks: exactly n bytes unless the chunks run out."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._buf = b""
        self._pos = 0
        self.consumed = 0

    def read(self, n: int = -1, /) -> bytes:
        """Up to `n` bytes (all that is left if n < 0); short only at the end."""
        if n < 0:
            n = 1 << 62
        parts: list[bytes] = []
        want = n
        while want:
            if self._pos == len(self._buf):
                nxt = next(self._chunks, None)
                if nxt is None:
                    break
                self._buf, self._pos = nxt, 0
                continue
            take = min(want, len(self._buf) - self._pos)
            if self._pos == 0 and take == len(self._buf):
                parts.append(self._buf)  # the whole chunk: no copy
            else:
                parts.append(self._buf[self._pos : self._pos + take])
            self._pos += take
            want -= take
        out = parts[0] if len(parts) == 1 else b"".join(parts)
        self.consumed += len(out)
        return out


class TarWriter:
    """Writes v1 members to `sink` (a `write(bytes)` callable), checking every declared size."""

    def __init__(self, sink: Callable[[Bytes], object]) -> None:
        self._sink = sink
        self._left = 0
        self._pad = 0
        self._open = False
        self.written = 0

    def _emit(self, data: Bytes) -> None:
        self._sink(data)
        self.written += len(data)

    def begin(self, name: str, size: int) -> None:
        """Start a member of exactly `size` bytes."""
        if self._open:
            raise ValueError("the previous member is not finished")
        self._emit(member_header(name, size))
        self._left, self._pad, self._open = size, block_pad(size), True

    def write(self, data: Bytes) -> None:
        """Member data; never more than declared."""
        if len(data) > self._left:
            raise ValueError("more data than the member declared")
        self._left -= len(data)
        self._emit(data)

    def end(self) -> None:
        """Finish the member: it must be complete; write its zero padding."""
        if not self._open or self._left:
            raise ValueError("the member is not complete")
        if self._pad:
            self._emit(_ZERO_BLOCK[: self._pad])
        self._open = False

    def member(self, name: str, data: bytes) -> None:
        """A whole small member at once."""
        self.begin(name, len(data))
        self.write(data)
        self.end()

    def zeros(self, name: str, size: int) -> None:
        """A member of `size` zero bytes (the padding)."""
        self.begin(name, size)
        zero = bytes(min(size, _PIECE))
        left = size
        while left:
            n = min(left, len(zero))
            self.write(zero if n == len(zero) else zero[:n])
            left -= n
        self.end()

    def finish(self) -> None:
        """Write the end-of-archive blocks."""
        if self._open:
            raise ValueError("the last member is not finished")
        self._emit(END)
