"""The age v1 header: its stanza grammar, its bounds, canonical base64 and the header MAC.

Layout of a header (spec: C2SP age, https://age-encryption.org/v1, "Header")::

    age-encryption.org/v1\\n                  INTRO
    -> <type> [<arg> ...]\\n                  a stanza's opening line: "->", the type, at most
                                             MAX_ARGS arguments of 1..MAX_ARG_LEN visible ASCII
    <b64 body>\\n                             the body in COLUMNS-column lines (BYTES_PER_LINE
    ...                                      bytes each); the last is short, possibly empty
    (more stanzas, at most MAX_STANZAS)
    --- <b64 MAC>\\n                          MAC = HMAC-SHA256(HKDF(file key, "", "header"),
                                             header through "---"), MAC_SIZE bytes

    b64            = standard base64 without padding, canonical
    HKDF(k, s, i)  = HKDF-SHA256(ikm k, salt s, info i), 32 bytes

Reading is strict: canonical base64 everywhere, LF only, and every bound is checked before
anything is buffered: MAX_HEADER for the whole header, MAX_LINE for a line, MAX_BODY for a
decoded stanza body. The stanza types themselves (X25519, scrypt, ...) are `casebook.crypto.age`'s.
"""

from __future__ import annotations

import binascii
import hmac
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import BinaryIO

from nacl.encoding import RawEncoder
from nacl.hash import blake2b

from casebook.base.errors import BundleRejected, RejectReason

__all__ = [
    "BYTES_PER_LINE",
    "COLUMNS",
    "INTRO",
    "MAC_SIZE",
    "MAX_ARGS",
    "MAX_ARG_LEN",
    "MAX_BODY",
    "MAX_HEADER",
    "MAX_LINE",
    "MAX_STANZAS",
    "Header",
    "Stanza",
    "b64decode",
    "b64encode",
    "build_header",
    "check_mac",
    "encode_stanza",
    "hkdf",
    "malformed",
    "parse_header",
    "read_header",
]

INTRO = b"age-encryption.org/v1\n"
MAC_SIZE = 32
COLUMNS = 64
BYTES_PER_LINE = COLUMNS // 4 * 3
MAX_HEADER = 64 * 1024  # default bound on the whole header, in bytes
MAX_STANZAS = 128
MAX_ARGS = 8  # arguments after the type
MAX_ARG_LEN = 2048  # a hybrid ML-KEM share is 1494 characters: refuse it as foreign, not huge
MAX_LINE = 4096
MAX_BODY = 4096
_MAC_LINE = 1 + 43 + 1  # " " || b64(MAC) || "\n", after "---"
_ARG_CHARS = bytes(range(33, 127))


@dataclass(frozen=True)
class Stanza:
    """One recipient stanza: its type, its arguments and its decoded body."""

    type: str
    args: tuple[str, ...]
    body: bytes


@dataclass(frozen=True)
class Header:
    """An age header as read or written: its stanzas, its MAC and its exact bytes.

    `raw` runs from the intro through the newline of the MAC line; `header_hash` is its
    BLAKE2b-256, which the sender signs inside the envelope.
    """

    stanzas: tuple[Stanza, ...]
    mac: bytes
    raw: bytes
    header_hash: bytes = field(init=False, repr=False)

    def __post_init__(self) -> None:
        digest = blake2b(self.raw, digest_size=32, encoder=RawEncoder)
        object.__setattr__(self, "header_hash", digest)


def malformed(detail: str) -> BundleRejected:
    """The error for a file that breaks the age grammar."""
    return BundleRejected(RejectReason.MALFORMED, detail)


def hkdf(ikm: bytes, salt: bytes, info: bytes) -> bytes:
    """HKDF-SHA256 (RFC 5869) for one 32-byte block; an empty salt equals HashLen zeros."""
    prk = hmac.digest(salt, ikm, "sha256")
    return hmac.digest(prk, info + b"\x01", "sha256")


def b64encode(data: bytes) -> bytes:
    """Standard base64 without padding."""
    return binascii.b2a_base64(data, newline=False).rstrip(b"=")


def b64decode(text: bytes) -> bytes:
    """Decode canonical unpadded base64, or raise MALFORMED."""
    try:
        data = binascii.a2b_base64(text + b"=" * (-len(text) % 4), strict_mode=True)
    except binascii.Error as e:
        raise malformed("invalid base64") from e
    if b64encode(data) != text:
        raise malformed("base64 is not canonical")
    return data


# Writing


def encode_stanza(s: Stanza) -> bytes:
    """The lines of one stanza, each ending in LF."""
    opening = b" ".join([b"->", s.type.encode(), *(a.encode() for a in s.args)])
    body = b64encode(s.body)
    lines = [body[i : i + COLUMNS] for i in range(0, len(body), COLUMNS)]
    if len(body) % COLUMNS == 0:
        lines.append(b"")  # the last body line must be short, so it may be empty
    return opening + b"\n" + b"\n".join(lines) + b"\n"


def _header_mac(file_key: bytes, mac_input: bytes) -> bytes:
    return hmac.digest(hkdf(file_key, b"", b"header"), mac_input, "sha256")


def build_header(stanzas: Sequence[Stanza], file_key: bytes) -> Header:
    """The header of `stanzas`, MACed with `file_key`."""
    mac_input = INTRO + b"".join(encode_stanza(s) for s in stanzas) + b"---"
    mac = _header_mac(file_key, mac_input)
    return Header(tuple(stanzas), mac, mac_input + b" " + b64encode(mac) + b"\n")


def check_mac(header: Header, file_key: bytes) -> None:
    """Raise TAMPERED unless `file_key` authenticates `header`."""
    mac = _header_mac(file_key, header.raw[:-_MAC_LINE])
    if not hmac.compare_digest(mac, header.mac):
        raise BundleRejected(RejectReason.TAMPERED, "bad header MAC")


# Reading


class _HeaderReader:
    """Reads one header line at a time, keeping the exact bytes and the size bound."""

    def __init__(self, inp: BinaryIO, max_header: int) -> None:
        self.inp = inp
        self.max_header = max_header
        self.raw = bytearray()

    def line(self, limit: int, too_long: RejectReason, what: str) -> bytes:
        room = self.max_header - len(self.raw)
        want = min(limit, room)
        data = self.inp.readline(want) if want > 0 else b""
        self.raw += data
        if data.endswith(b"\n"):
            return data[:-1]
        if want == room and len(data) == want:
            raise BundleRejected(RejectReason.TOO_LARGE, f"header over {self.max_header} bytes")
        if len(data) == want:
            raise BundleRejected(too_long, f"{what} is too long")
        raise BundleRejected(RejectReason.TRUNCATED, "the header is truncated")


def _check_intro(line: bytes) -> None:
    if line == INTRO:
        return
    if not line:
        raise BundleRejected(RejectReason.NOT_CASEBOOK, "empty file")
    if line.startswith(INTRO[:-1] + b"\r"):
        raise malformed("the header has CRLF line ends")
    if INTRO.startswith(line):
        raise BundleRejected(RejectReason.TRUNCATED, "the header is truncated")
    if line.startswith(b"age-encryption.org/"):
        raise BundleRejected(RejectReason.UNSUPPORTED_VERSION, "not age v1")
    raise BundleRejected(RejectReason.NOT_CASEBOOK, "not an age file")


def _parse_opening(line: bytes) -> tuple[str, tuple[str, ...]]:
    parts = line.split(b" ")
    if parts[0] != b"->" or len(parts) < 2:
        raise malformed("malformed stanza line")
    if len(parts) - 2 > MAX_ARGS:
        raise BundleRejected(RejectReason.TOO_LARGE, "too many stanza arguments")
    for arg in parts[1:]:
        if not arg or arg.translate(None, _ARG_CHARS):
            raise malformed("invalid stanza argument")
        if len(arg) > MAX_ARG_LEN:
            raise BundleRejected(RejectReason.TOO_LARGE, "stanza argument too long")
    return parts[1].decode(), tuple(a.decode() for a in parts[2:])


def parse_header(inp: BinaryIO, max_header: int, first: bytes = b"") -> Header:
    """`read_header`, for a caller that has already read `first` (at most the intro's bytes)."""
    reader = _HeaderReader(inp, max_header)
    intro = first + inp.readline(len(INTRO) - len(first))
    reader.raw += intro
    _check_intro(intro)
    stanzas: list[Stanza] = []
    while True:
        line = reader.line(MAX_LINE, RejectReason.TOO_LARGE, "a header line")
        if line.startswith(b"---"):
            parts = line.split(b" ")
            if len(parts) != 2 or parts[0] != b"---":
                raise malformed("malformed MAC line")
            mac = b64decode(parts[1])
            if len(mac) != MAC_SIZE:
                raise malformed("the MAC is not 32 bytes")
            return Header(tuple(stanzas), mac, bytes(reader.raw))
        if not line.startswith(b"->"):
            raise malformed("unexpected line in the header")
        if len(stanzas) == MAX_STANZAS:
            raise BundleRejected(RejectReason.TOO_LARGE, "too many stanzas")
        kind, args = _parse_opening(line)
        body = bytearray()
        while True:  # every body ends with a short line, possibly empty
            text = reader.line(COLUMNS + 1, RejectReason.MALFORMED, "a stanza body line")
            part = b64decode(text)
            body += part
            if len(body) > MAX_BODY:
                raise BundleRejected(RejectReason.TOO_LARGE, "stanza body too long")
            if len(part) < BYTES_PER_LINE:
                break
        stanzas.append(Stanza(kind, args, bytes(body)))


def read_header(inp: BinaryIO, *, max_header: int = MAX_HEADER) -> Header:
    """Parse the header of the (binary) age file `inp`, leaving `inp` at the payload nonce.

    Raises `BundleRejected`: NOT_CASEBOOK, UNSUPPORTED_VERSION, MALFORMED, TRUNCATED, or
    TOO_LARGE when a bound is passed. Nothing is verified yet: see
    `casebook.crypto.age.unwrap_file_key`.
    """
    return parse_header(inp, max_header)
