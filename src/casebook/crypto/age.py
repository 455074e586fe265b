"""age v1 (age-encryption.org/v1) with X25519 recipients, on PyNaCl bindings and the stdlib.

Layout of a file (spec: C2SP age, https://age-encryption.org/v1)::

    age-encryption.org/v1\\n                  intro
    -> X25519 <b64 share>\\n                  one stanza per recipient: "->", type, arguments,
    <b64 body>\\n                             then the body in 64-column lines, the last one short
    ...                                      (possibly empty)
    --- <b64 MAC>\\n                          MAC = HMAC-SHA256(HKDF(file key, "", "header"),
                                             header through "---")
    nonce                                    16 random bytes
    STREAM(HKDF(file key, nonce, "payload"))  casebook.crypto.stream, 64 KiB chunks

    b64            = standard base64 without padding, canonical
    HKDF(k, s, i)  = HKDF-SHA256(ikm k, salt s, info i), 32 bytes
    X25519 stanza  : share = X25519(e, G) for a fresh scalar e; R the recipient;
                     wrap key = HKDF(X25519(e, R), share || R, "age-encryption.org/v1/X25519");
                     body = ChaCha20-Poly1305(wrap key, nonce 0, file key)      # 16 + 16 bytes

Reading is strict: canonical base64 everywhere, LF only, every bound checked before anything is
buffered (MAX_HEADER, MAX_STANZAS, MAX_ARGS, MAX_ARG_LEN, MAX_LINE, MAX_BODY). A shared
secret of all zeros (a low-order share) is refused. An scrypt stanza must be alone; casebook
has no passphrases, so it is refused. Other stanza types (hybrid, plugins, grease) are skipped.

The ASCII armor is strict PEM: ``-----BEGIN AGE ENCRYPTED FILE-----``, canonical padded base64
in 64-column lines (only the last may be shorter), ``-----END AGE ENCRYPTED FILE-----``, LF or
CRLF, and at most 1 KiB of whitespace before and after. `decrypt` detects it.
"""

from __future__ import annotations

import binascii
import hmac
import io
import secrets
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, BinaryIO

from nacl import bindings
from nacl.encoding import RawEncoder
from nacl.exceptions import CryptoError
from nacl.hash import blake2b

from casebook.base.errors import (
    AuthenticationFailed,
    BundleRejected,
    Cancelled,
    InputRejected,
    RejectReason,
)
from casebook.crypto import stream

if TYPE_CHECKING:
    from _typeshed import WriteableBuffer

__all__ = [
    "ARMOR_BEGIN",
    "ARMOR_END",
    "BUCKETS",
    "INTRO",
    "MAX_ARGS",
    "MAX_ARG_LEN",
    "MAX_BODY",
    "MAX_HEADER",
    "MAX_LINE",
    "MAX_STANZAS",
    "Encryptor",
    "Header",
    "PayloadReader",
    "Stanza",
    "armor_decode",
    "armor_encode",
    "armor_reader",
    "decrypt",
    "encrypt",
    "generate_identity",
    "iter_payload",
    "open_payload",
    "payload_key",
    "public_key",
    "read_header",
    "unwrap_file_key",
]

INTRO = b"age-encryption.org/v1\n"
X25519_TYPE = "X25519"
X25519_LABEL = b"age-encryption.org/v1/X25519"
KEY_SIZE = 32
FILE_KEY_SIZE = 16
NONCE_SIZE = 16
MAC_SIZE = 32
COLUMNS = 64
BYTES_PER_LINE = COLUMNS // 4 * 3
BUCKETS = (4, 8, 16, 32, 64)
MAX_HEADER = 64 * 1024  # default bound on the whole header, in bytes
MAX_STANZAS = 128
MAX_ARGS = 8  # arguments after the type
MAX_ARG_LEN = 2048  # a hybrid ML-KEM share is 1494 characters: refuse it as foreign, not huge
MAX_LINE = 4096
MAX_BODY = 4096
ARMOR_BEGIN = b"-----BEGIN AGE ENCRYPTED FILE-----"
ARMOR_END = b"-----END AGE ENCRYPTED FILE-----"
_ARMOR_WHITESPACE = 1024
_MAC_LINE = 1 + 43 + 1  # " " || b64(MAC) || "\n", after "---"
_ZERO_NONCE = bytes(12)
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


def _malformed(detail: str) -> BundleRejected:
    return BundleRejected(RejectReason.MALFORMED, detail)


def _hkdf(ikm: bytes, salt: bytes, info: bytes) -> bytes:
    # HKDF-SHA256 (RFC 5869) for one 32-byte block; an empty salt equals HashLen zeros.
    prk = hmac.digest(salt, ikm, "sha256")
    return hmac.digest(prk, info + b"\x01", "sha256")


def _b64encode(data: bytes) -> bytes:
    return binascii.b2a_base64(data, newline=False).rstrip(b"=")


def _b64decode(text: bytes) -> bytes:
    """Decode canonical unpadded base64, or raise MALFORMED."""
    try:
        data = binascii.a2b_base64(text + b"=" * (-len(text) % 4), strict_mode=True)
    except binascii.Error as e:
        raise _malformed("invalid base64") from e
    if _b64encode(data) != text:
        raise _malformed("base64 is not canonical")
    return data


def _x25519(scalar: bytes, point: bytes) -> bytes | None:
    """X25519(scalar, point), or None when the result is all zeros (a low-order point)."""
    try:
        shared = bindings.crypto_scalarmult(scalar, point)
    except CryptoError:  # libsodium refuses an all-zero result itself
        return None
    return None if hmac.compare_digest(shared, bytes(KEY_SIZE)) else shared


def generate_identity() -> bytes:
    """A fresh X25519 identity (secret scalar); format it with `bech32.format_identity`."""
    return secrets.token_bytes(KEY_SIZE)


def public_key(identity: bytes) -> bytes:
    """The X25519 public key (recipient) of an identity."""
    if len(identity) != KEY_SIZE:
        raise InputRejected("an X25519 identity is 32 bytes")
    return bindings.crypto_scalarmult_base(identity)


def _wrap_x25519(recipient: bytes, file_key: bytes) -> Stanza:
    ephemeral = secrets.token_bytes(KEY_SIZE)
    share = bindings.crypto_scalarmult_base(ephemeral)
    shared = _x25519(ephemeral, recipient)
    if shared is None:
        raise InputRejected("the recipient is a low-order X25519 point")
    wrap_key = _hkdf(shared, share + recipient, X25519_LABEL)
    body = bindings.crypto_aead_chacha20poly1305_ietf_encrypt(file_key, None, _ZERO_NONCE, wrap_key)
    return Stanza(X25519_TYPE, (_b64encode(share).decode(),), body)


def _encode_stanza(s: Stanza) -> bytes:
    opening = b" ".join([b"->", s.type.encode(), *(a.encode() for a in s.args)])
    body = _b64encode(s.body)
    lines = [body[i : i + COLUMNS] for i in range(0, len(body), COLUMNS)]
    if len(body) % COLUMNS == 0:
        lines.append(b"")  # the last body line must be short, so it may be empty
    return opening + b"\n" + b"\n".join(lines) + b"\n"


def _header_mac(file_key: bytes, mac_input: bytes) -> bytes:
    return hmac.digest(_hkdf(file_key, b"", b"header"), mac_input, "sha256")


def _build_header(stanzas: Sequence[Stanza], file_key: bytes) -> Header:
    mac_input = INTRO + b"".join(_encode_stanza(s) for s in stanzas) + b"---"
    mac = _header_mac(file_key, mac_input)
    return Header(tuple(stanzas), mac, mac_input + b" " + _b64encode(mac) + b"\n")


class Encryptor:
    """A two-phase age writer: the header exists before any payload is written.

    The caller can hash (and sign) `header` first, then call `begin(out)` and write the
    payload through the returned `stream.StreamWriter`, closing it exactly once. `file_key` is
    kept so that the writer of a file can read it back and verify it (`iter_payload`); it must
    not outlive that check. With `pad_to_bucket`, throwaway stanzas to fresh keys bring the count
    to the next of `BUCKETS` and the stanzas are shuffled, so the header hides how many
    recipients are real.
    """

    def __init__(self, recipients: Sequence[bytes], *, pad_to_bucket: bool = False) -> None:
        count = len(recipients)
        limit = BUCKETS[-1] if pad_to_bucket else MAX_STANZAS
        if not 0 < count <= limit:
            raise InputRejected(f"an age file needs 1 to {limit} recipients, not {count}")
        if any(len(r) != KEY_SIZE for r in recipients):
            raise InputRejected("an X25519 recipient is 32 bytes")
        file_key = secrets.token_bytes(FILE_KEY_SIZE)
        stanzas = [_wrap_x25519(bytes(r), file_key) for r in recipients]
        if pad_to_bucket:
            target = next(b for b in BUCKETS if b >= count)
            # Fresh key pairs whose secrets are dropped at once, wrapping an unrelated random
            # key: nobody can tell these stanzas from real ones, nor open them.
            for _ in range(target - count):
                throwaway, _secret = bindings.crypto_box_keypair()
                stanzas.append(_wrap_x25519(throwaway, secrets.token_bytes(FILE_KEY_SIZE)))
            secrets.SystemRandom().shuffle(stanzas)
        self.file_key = file_key
        self.header = _build_header(stanzas, file_key)
        self._begun = False

    def begin(self, out: BinaryIO, *, background: bool = False) -> stream.StreamWriter:
        """Write the header and the payload nonce to `out`; return the payload's writer.

        With `background`, the payload is sealed and written in a worker thread (see
        `stream.StreamWriter`): `close()` or `abort()` it on every path.
        """
        if self._begun:
            raise InputRejected("an Encryptor writes one file")
        self._begun = True
        nonce = secrets.token_bytes(NONCE_SIZE)
        out.write(self.header.raw)
        out.write(nonce)
        return stream.StreamWriter(payload_key(self.file_key, nonce), out, background=background)


def payload_key(file_key: bytes, nonce: bytes) -> bytes:
    """The STREAM key of a payload: HKDF-SHA256(file key, salt nonce, "payload")."""
    return _hkdf(file_key, nonce, b"payload")


def encrypt(
    recipients: Sequence[bytes],
    inp: BinaryIO,
    out: BinaryIO,
    *,
    pad_to_bucket: bool = False,
    progress: Callable[[int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> Header:
    """Encrypt `inp` to `out` for the X25519 public keys `recipients`; return the header.

    `pad_to_bucket` is as for `Encryptor`. `progress` receives the plaintext bytes read so far;
    `cancel` returning True raises `Cancelled` (the output is then incomplete and will not
    decrypt).
    """
    encryptor = Encryptor(recipients, pad_to_bucket=pad_to_bucket)
    block = bytearray(stream.BATCH * stream.CHUNK_SIZE)
    total = 0
    # Sealing and writing run in a worker, one batch behind the reads (stream.StreamWriter).
    with encryptor.begin(out, background=True) as writer, memoryview(block) as view:
        while True:
            if cancel is not None and cancel():
                raise Cancelled()
            n = _read_into(inp, view)
            if not n:
                break
            writer.write(view[:n])
            total += n
            if progress is not None:
                progress(total)
        writer.close()
    return encryptor.header


def _read_into(inp: BinaryIO, view: memoryview) -> int:
    """Fill `view` from `inp` as far as it goes; 0 only at the end."""
    readinto = getattr(inp, "readinto", None)
    if readinto is not None:
        return int(readinto(view) or 0)
    data = inp.read(len(view))
    view[: len(data)] = data
    return len(data)


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
        raise _malformed("the header has CRLF line ends")
    if INTRO.startswith(line):
        raise BundleRejected(RejectReason.TRUNCATED, "the header is truncated")
    if line.startswith(b"age-encryption.org/"):
        raise BundleRejected(RejectReason.UNSUPPORTED_VERSION, "not age v1")
    raise BundleRejected(RejectReason.NOT_CASEBOOK, "not an age file")


def _parse_opening(line: bytes) -> tuple[str, tuple[str, ...]]:
    parts = line.split(b" ")
    if parts[0] != b"->" or len(parts) < 2:
        raise _malformed("malformed stanza line")
    if len(parts) - 2 > MAX_ARGS:
        raise BundleRejected(RejectReason.TOO_LARGE, "too many stanza arguments")
    for arg in parts[1:]:
        if not arg or arg.translate(None, _ARG_CHARS):
            raise _malformed("invalid stanza argument")
        if len(arg) > MAX_ARG_LEN:
            raise BundleRejected(RejectReason.TOO_LARGE, "stanza argument too long")
    return parts[1].decode(), tuple(a.decode() for a in parts[2:])


def _read_header(inp: BinaryIO, max_header: int, first: bytes = b"") -> Header:
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
                raise _malformed("malformed MAC line")
            mac = _b64decode(parts[1])
            if len(mac) != MAC_SIZE:
                raise _malformed("the MAC is not 32 bytes")
            return Header(tuple(stanzas), mac, bytes(reader.raw))
        if not line.startswith(b"->"):
            raise _malformed("unexpected line in the header")
        if len(stanzas) == MAX_STANZAS:
            raise BundleRejected(RejectReason.TOO_LARGE, "too many stanzas")
        kind, args = _parse_opening(line)
        body = bytearray()
        while True:  # every body ends with a short line, possibly empty
            text = reader.line(COLUMNS + 1, RejectReason.MALFORMED, "a stanza body line")
            part = _b64decode(text)
            body += part
            if len(body) > MAX_BODY:
                raise BundleRejected(RejectReason.TOO_LARGE, "stanza body too long")
            if len(part) < BYTES_PER_LINE:
                break
        stanzas.append(Stanza(kind, args, bytes(body)))


def read_header(inp: BinaryIO, *, max_header: int = MAX_HEADER) -> Header:
    """Parse the header of the (binary) age file `inp`, leaving `inp` at the payload nonce.

    Raises `BundleRejected`: NOT_CASEBOOK, UNSUPPORTED_VERSION, MALFORMED, TRUNCATED, or
    TOO_LARGE when a bound is passed. Nothing is verified yet: see `unwrap_file_key`.
    """
    return _read_header(inp, max_header)


def _x25519_stanzas(header: Header) -> list[tuple[bytes, bytes]]:
    """The (share, body) of every X25519 stanza, checked as age checks them."""
    kinds = [s.type for s in header.stanzas]
    if "scrypt" in kinds:
        if len(kinds) != 1:
            raise _malformed("an scrypt stanza must be alone in the header")
        raise BundleRejected(RejectReason.NOT_FOR_US, "passphrase-encrypted (scrypt) file")
    found = []
    for s in header.stanzas:
        if s.type != X25519_TYPE:
            continue
        if len(s.args) != 1:
            raise _malformed("an X25519 stanza takes one argument")
        share = _b64decode(s.args[0].encode())
        if len(share) != KEY_SIZE:
            raise _malformed("an X25519 share is 32 bytes")
        if len(s.body) != FILE_KEY_SIZE + stream.TAG_SIZE:
            raise _malformed("an X25519 stanza wraps a 16-byte file key")
        found.append((share, s.body))
    return found


def _check_mac(header: Header, file_key: bytes) -> None:
    mac = _header_mac(file_key, header.raw[:-_MAC_LINE])
    if not hmac.compare_digest(mac, header.mac):
        raise BundleRejected(RejectReason.TAMPERED, "bad header MAC")


def unwrap_file_key(header: Header, identities: Sequence[bytes]) -> bytes:
    """Find the file key with one of the X25519 `identities`, and verify the header MAC.

    Raises `BundleRejected`: NOT_FOR_US when no identity opens a stanza, MALFORMED for a broken
    or low-order X25519 stanza (or scrypt mixed with others), TAMPERED for a bad MAC.
    """
    if any(len(i) != KEY_SIZE for i in identities):
        raise InputRejected("an X25519 identity is 32 bytes")
    found = _x25519_stanzas(header)
    for identity in identities:
        ours = bindings.crypto_scalarmult_base(bytes(identity))
        for share, body in found:
            shared = _x25519(bytes(identity), share)
            if shared is None:
                raise _malformed("low-order X25519 share")
            wrap_key = _hkdf(shared, share + ours, X25519_LABEL)
            try:
                file_key = bindings.crypto_aead_chacha20poly1305_ietf_decrypt(
                    body, None, _ZERO_NONCE, wrap_key
                )
            except CryptoError:
                continue  # a stanza for someone else
            _check_mac(header, file_key)
            return file_key
    raise BundleRejected(RejectReason.NOT_FOR_US, "no identity matches a recipient stanza")


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
    _check_mac(header, file_key)
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


class _ArmorReader(io.RawIOBase):
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
            raise _malformed("armor: unexpected end of input")
        if not data.endswith(b"\n") and len(data) == limit:
            raise _malformed("armor: line too long")
        return data.removesuffix(b"\n").removesuffix(b"\r")

    def _finish(self) -> bytes:
        rest = self._src.read(_ARMOR_WHITESPACE)
        if rest.strip() or len(rest) == _ARMOR_WHITESPACE:
            raise _malformed("armor: data after the end line")
        self._done = True
        return b""

    def _next(self) -> bytes:
        skipped = 0
        while not self._started:
            line = self._line()
            if not line.strip():
                skipped += len(line) + 1
                if skipped > _ARMOR_WHITESPACE:
                    raise _malformed("armor: too much leading whitespace")
                continue
            if line != ARMOR_BEGIN:
                raise _malformed("armor: invalid first line")
            self._started = True
        line = self._line()
        if line == ARMOR_END:
            return self._finish()
        if not line or len(line) > COLUMNS:
            raise _malformed("armor: empty or over-long line")
        try:
            data = binascii.a2b_base64(line, strict_mode=True)
        except binascii.Error as e:
            raise _malformed("armor: invalid base64") from e
        if binascii.b2a_base64(data, newline=False) != line:
            raise _malformed("armor: base64 is not canonical")
        if len(data) < BYTES_PER_LINE:
            if self._line() != ARMOR_END:
                raise _malformed("armor: a short line must be the last")
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
    return io.BufferedReader(_ArmorReader(inp))


def armor_decode(text: bytes) -> bytes:
    """Decode an armored age file; raise `BundleRejected(MALFORMED)` if the armor is invalid."""
    return armor_reader(io.BytesIO(text)).read()


def armor_encode(data: bytes) -> bytes:
    """Armor a (small) binary age file, exactly as ``age -a`` does."""
    b64 = binascii.b2a_base64(data, newline=False)
    lines = [b64[i : i + COLUMNS] for i in range(0, len(b64), COLUMNS)]
    return b"\n".join([ARMOR_BEGIN, *lines, ARMOR_END]) + b"\n"


def decrypt(
    identities: Sequence[bytes],
    inp: BinaryIO,
    out: BinaryIO,
    *,
    max_header: int = MAX_HEADER,
    progress: Callable[[int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> Header:
    """Decrypt the age file `inp` (binary or armored) to `out`; return its header.

    On any error `out` holds unauthenticated plaintext and must be discarded.
    """
    first = inp.read(1)
    if first == b"-" or (first and first.isspace()):
        inp = io.BufferedReader(_ArmorReader(inp, first))
        first = b""
    header = _read_header(inp, max_header, first)
    file_key = unwrap_file_key(header, identities)
    total = 0
    # Reading and opening run in a worker, a few batches ahead of the writes.
    with open_payload(header, file_key, inp, ahead=True, cancel=cancel) as payload:
        for block in payload.blocks():
            out.write(block)
            total += len(block)
            if progress is not None:
                progress(total)
    return header
