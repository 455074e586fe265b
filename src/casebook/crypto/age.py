"""age v1 (age-encryption.org/v1) with X25519 recipients, on PyNaCl bindings and the stdlib.

(The payload's bulk ChaCha20-Poly1305 is OpenSSL's, in `casebook.crypto.chunks`.)

Layout of a file (spec: C2SP age, https://age-encryption.org/v1)::

    age-encryption.org/v1\\n                  header: intro, one stanza per recipient, MAC
    -> X25519 <b64 share>\\n                  (grammar, bounds and MAC: casebook.crypto.age_header)
    <b64 body>\\n
    ...
    --- <b64 MAC>\\n
    nonce                                    payload (casebook.crypto.age_payload): 16 random
    STREAM(HKDF(file key, nonce, "payload"))  bytes, then STREAM (casebook.crypto.stream)

    HKDF(k, s, i)  = HKDF-SHA256(ikm k, salt s, info i), 32 bytes
    X25519 stanza  : share = X25519(e, G) for a fresh scalar e; R the recipient;
                     wrap key = HKDF(X25519(e, R), share || R, "age-encryption.org/v1/X25519");
                     body = ChaCha20-Poly1305(wrap key, nonce 0, file key)      # 16 + 16 bytes

Reading is strict: the header as `age_header` reads it (canonical base64, LF only, every bound
checked before anything is buffered). A shared secret of all zeros (a low-order share) is
refused. An scrypt stanza must be alone; casebook has no passphrases, so it is refused. Other
stanza types (hybrid, plugins, grease) are skipped.

The ASCII armor (casebook.crypto.age_armor) is strict PEM; `decrypt` detects it. This module
holds the X25519 recipient type and the whole-file API, and re-exports the public names of
`age_header`, `age_payload` and `age_armor` that callers use.
"""

from __future__ import annotations

import hmac
import io
import secrets
from collections.abc import Callable, Sequence
from typing import BinaryIO

from nacl import bindings
from nacl.exceptions import CryptoError

from casebook.base.errors import (
    BundleRejected,
    Cancelled,
    InputRejected,
    RejectReason,
)
from casebook.crypto import stream
from casebook.crypto.age_armor import (
    ARMOR_BEGIN,
    ARMOR_END,
    ArmorReader,
    armor_decode,
    armor_encode,
    armor_reader,
)
from casebook.crypto.age_header import (
    BYTES_PER_LINE,
    COLUMNS,
    INTRO,
    MAC_SIZE,
    MAX_ARG_LEN,
    MAX_ARGS,
    MAX_BODY,
    MAX_HEADER,
    MAX_LINE,
    MAX_STANZAS,
    Header,
    Stanza,
    b64decode,
    b64encode,
    build_header,
    check_mac,
    hkdf,
    malformed,
    parse_header,
    read_header,
)
from casebook.crypto.age_payload import (
    FILE_KEY_SIZE,
    NONCE_SIZE,
    PayloadReader,
    iter_payload,
    open_payload,
    payload_key,
)

__all__ = [
    "ARMOR_BEGIN",
    "ARMOR_END",
    "BUCKETS",
    "BYTES_PER_LINE",
    "COLUMNS",
    "FILE_KEY_SIZE",
    "INTRO",
    "MAC_SIZE",
    "MAX_ARGS",
    "MAX_ARG_LEN",
    "MAX_BODY",
    "MAX_HEADER",
    "MAX_LINE",
    "MAX_STANZAS",
    "NONCE_SIZE",
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

X25519_TYPE = "X25519"
X25519_LABEL = b"age-encryption.org/v1/X25519"
KEY_SIZE = 32
BUCKETS = (4, 8, 16, 32, 64)
_ZERO_NONCE = bytes(12)


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
    wrap_key = hkdf(shared, share + recipient, X25519_LABEL)
    body = bindings.crypto_aead_chacha20poly1305_ietf_encrypt(file_key, None, _ZERO_NONCE, wrap_key)
    return Stanza(X25519_TYPE, (b64encode(share).decode(),), body)


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
        self.header = build_header(stanzas, file_key)
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


def _x25519_stanzas(header: Header) -> list[tuple[bytes, bytes]]:
    """The (share, body) of every X25519 stanza, checked as age checks them."""
    kinds = [s.type for s in header.stanzas]
    if "scrypt" in kinds:
        if len(kinds) != 1:
            raise malformed("an scrypt stanza must be alone in the header")
        raise BundleRejected(RejectReason.NOT_FOR_US, "passphrase-encrypted (scrypt) file")
    found = []
    for s in header.stanzas:
        if s.type != X25519_TYPE:
            continue
        if len(s.args) != 1:
            raise malformed("an X25519 stanza takes one argument")
        share = b64decode(s.args[0].encode())
        if len(share) != KEY_SIZE:
            raise malformed("an X25519 share is 32 bytes")
        if len(s.body) != FILE_KEY_SIZE + stream.TAG_SIZE:
            raise malformed("an X25519 stanza wraps a 16-byte file key")
        found.append((share, s.body))
    return found


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
                raise malformed("low-order X25519 share")
            wrap_key = hkdf(shared, share + ours, X25519_LABEL)
            try:
                file_key = bindings.crypto_aead_chacha20poly1305_ietf_decrypt(
                    body, None, _ZERO_NONCE, wrap_key
                )
            except CryptoError:
                continue  # a stanza for someone else
            check_mac(header, file_key)
            return file_key
    raise BundleRejected(RejectReason.NOT_FOR_US, "no identity matches a recipient stanza")


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
        inp = io.BufferedReader(ArmorReader(inp, first))
        first = b""
    header = parse_header(inp, max_header, first)
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
