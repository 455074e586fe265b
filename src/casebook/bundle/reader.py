"""The bundle reader (v1, v2): age file → envelope members, strictly in order, every length
bounded.

    open_bundle     volumes → age header → our stanza → payload → manifest.json (≤ 4 MiB)
                    → manifest.sig (64 bytes) → signature → layout (volume count and sizes,
                    the exact file size the manifest implies, PADMÉ)
    iter_disclosure_lines   v2: disclosures.jsonl, then overlay.jsonl (before the ops)
    iter_custody_lines      v2 with custody: custody.jsonl (after the overlay, before the ops)
    iter_op_lines   ops.jsonl, one line at a time (each ≤ MAX_OP_LINE), hash and count
                    checked against the manifest when the member ends
    attachment      one attachment member as a bounded reader
    finish          padding (all zero), the end blocks, and the end of the age payload
    verify_rest     everything after the manifest, checked and dropped (a copy of a bundle
                    imported before): hashes, sizes, padding, final chunk, exact length

No policy here (who the sender is, whether we trust them): that is `importer.py`. Nothing is
written anywhere. Every failure is `BundleRejected` with a reason, or `Cancelled`.
"""

from __future__ import annotations

import hashlib
import io
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, cast

from casebook.base.canonical import MAX_SIZE as MAX_OP_SIZE
from casebook.base.errors import BundleRejected, RejectReason
from casebook.base.fsutil import os_error
from casebook.bundle.format import (
    MAX_MANIFEST,
    NAME_MANIFEST,
    NAME_PADDING,
    NAME_SIG,
    SIG_SIZE,
    Readable,
    archive_size,
    block_pad,
    member_data,
    read_end,
    read_exact,
    read_member_header,
)
from casebook.bundle.manifest import Entry, Manifest, parse_manifest, verify_manifest
from casebook.bundle.padme import is_padded_size
from casebook.bundle.volumes import VolumeReader, find_volumes
from casebook.crypto import age, stream
from casebook.domain import custody

__all__ = [
    "MAX_OP_LINE",
    "Bundle",
    "MemberReader",
    "iter_custody_lines",
    "iter_disclosure_lines",
    "iter_lines",
    "iter_op_lines",
    "open_bundle",
    "verify_rest",
]

MAX_OP_LINE = 128 + 1 + MAX_OP_SIZE  # "<sig hex> <op>", without the newline
MAX_CUSTODY_LINE = custody.MAX_LINE
MAX_OVERLAY = 16 * 1024 * 1024  # overlay.jsonl is held in memory: one short line per person
_ZEROS = bytes(64 * 1024)
_REPORT_EVERY = 4 * 1024 * 1024


@dataclass
class Bundle:
    """An opened bundle: its header, its authenticated manifest, and the payload stream."""

    paths: list[Path]
    sizes: list[int]
    header: age.Header
    manifest: Manifest
    sig: bytes
    payload: age.PayloadReader
    _fh: io.BufferedReader[VolumeReader]
    _raw: VolumeReader

    @property
    def file_size(self) -> int:
        """The size of the age file, all volumes together."""
        return sum(self.sizes)

    @property
    def position(self) -> int:
        """How many bytes of the age file have been read."""
        return self._raw.position

    def close(self) -> None:
        """Stop the payload's worker, if any, then close the volumes."""
        try:
            self.payload.close()
        finally:
            self._fh.close()


def _reject(reason: RejectReason, detail: str) -> BundleRejected:
    return BundleRejected(reason, detail)


def _expect(src: Readable, entry_name: str, size: int) -> None:
    """The next member must be `entry_name` with exactly `size` bytes (TOO_LARGE if more)."""
    _, found = read_member_header(src, lambda n: n == entry_name, size)
    if found != size:
        raise _reject(RejectReason.TAMPERED, f"{entry_name} differs from the signed size")


def _check_layout(b: Bundle) -> None:
    m = b.manifest
    if m.volumes > len(b.paths):
        raise _reject(RejectReason.MISSING_VOLUME, f"{m.volumes - len(b.paths)} volume(s) missing")
    if m.volumes < len(b.paths):
        raise _reject(RejectReason.MALFORMED, "more volumes than the manifest names")
    sizes = m.member_sizes(len(m.encoded))
    payload = archive_size(sizes)
    unpadded = payload - m.padding
    if not is_padded_size(payload) or m.padding > unpadded // 3 + 8192:
        raise _reject(RejectReason.MALFORMED, "the padding is not the v1 padding")
    expected = len(b.header.raw) + age.NONCE_SIZE + stream.ciphertext_size(payload)
    if b.file_size < expected:
        raise _reject(RejectReason.TRUNCATED, "the bundle is shorter than its manifest says")
    if b.file_size > expected:
        raise _reject(RejectReason.TAMPERED, "the bundle is longer than its manifest says")
    if m.volume_size is not None and (
        any(s != m.volume_size for s in b.sizes[:-1]) or b.sizes[-1] > m.volume_size
    ):
        raise _reject(RejectReason.MALFORMED, "the volumes do not have their signed sizes")


def open_bundle(
    path: Path,
    identities: Sequence[bytes],
    *,
    cancel: Callable[[], bool] | None = None,
    read_ahead: bool = False,
) -> Bundle:
    """Open the bundle at `path` (or its volumes) and authenticate its manifest.

    The manifest's signature is checked against the sender key *it names*; whether that
    sender is trusted is the caller's question. The returned bundle is positioned at
    ops.jsonl; close it when done. `read_ahead` reads and decrypts the payload ahead in a
    worker thread (for a whole import, not for a look at the manifest).
    """
    paths = find_volumes(path)
    try:
        sizes = [os.stat(p).st_size for p in paths]
    except OSError as e:
        raise os_error(e) from e
    raw = VolumeReader(paths)
    fh = io.BufferedReader(raw, buffer_size=256 * 1024)
    payload: age.PayloadReader | None = None
    try:
        header = age.read_header(fh)
        file_key = age.unwrap_file_key(header, identities)
        # Ahead, the drive and the payload's decryption work while the caller verifies and
        # stores what was already decrypted.
        payload = age.open_payload(
            header, file_key, cast(BinaryIO, fh), ahead=read_ahead, cancel=cancel
        )
        _, size = read_member_header(
            payload,
            lambda n: n == NAME_MANIFEST,
            MAX_MANIFEST,
            wrong_name=RejectReason.NOT_CASEBOOK,
            short=RejectReason.NOT_CASEBOOK,
        )
        encoded = b"".join(member_data(payload, size))
        manifest = parse_manifest(encoded)
        _, sig_size = read_member_header(payload, lambda n: n == NAME_SIG, SIG_SIZE)
        if sig_size != SIG_SIZE:
            raise _reject(RejectReason.MALFORMED, "the signature is not 64 bytes")
        sig = b"".join(member_data(payload, SIG_SIZE))
        verify_manifest(encoded, sig, manifest.sender.identity)
        bundle = Bundle(paths, sizes, header, manifest, sig, payload, fh, raw)
        _check_layout(bundle)
    except BundleRejected as e:
        _close(payload, fh)
        if e.reason is RejectReason.TRUNCATED and len(paths) > 1 and len(set(sizes)) == 1:
            # It ends exactly at the end of a full volume: the next one is not here.
            raise _reject(RejectReason.MISSING_VOLUME, "a volume of this bundle is missing") from e
        raise
    except BaseException:
        _close(payload, fh)
        raise
    return bundle


def _close(payload: age.PayloadReader | None, fh: io.BufferedReader[VolumeReader]) -> None:
    try:
        if payload is not None:
            payload.close()  # joins the worker before its input goes away
    finally:
        fh.close()


def iter_op_lines(b: Bundle) -> Iterator[bytes]:
    """Yield every line of ops.jsonl (without its newline); see `iter_lines`."""
    yield from iter_lines(b, b.manifest.ops, MAX_OP_LINE, "ops.jsonl")


def iter_disclosure_lines(b: Bundle, overlay: list[bytes] | None = None) -> Iterator[bytes]:
    """Yield every line of disclosures.jsonl, then read overlay.jsonl whole (v2 only), its
    lines appended to `overlay` when given (they are checked after the member's hash)."""
    m = b.manifest
    if m.disclosures is None or m.overlay is None:
        return
    yield from iter_disclosure_values(b)
    if overlay is not None and m.overlay.size > MAX_OVERLAY:
        raise _reject(RejectReason.TOO_LARGE, "overlay.jsonl is over its bound")
    for line in iter_lines(b, m.overlay, MAX_OP_LINE, "overlay.jsonl"):
        if overlay is not None:
            overlay.append(line)


def iter_disclosure_values(b: Bundle) -> Iterator[bytes]:
    """Yield every line of disclosures.jsonl (v2 only)."""
    m = b.manifest
    if m.disclosures is not None:
        yield from iter_lines(b, m.disclosures, MAX_OP_LINE, "disclosures.jsonl")


def iter_custody_lines(b: Bundle) -> Iterator[bytes]:
    """Yield every line of custody.jsonl (nothing when the manifest carries no custody)."""
    if b.manifest.custody is not None:
        yield from iter_lines(b, b.manifest.custody, MAX_CUSTODY_LINE, "custody.jsonl")


def iter_lines(b: Bundle, entry: Entry, max_line: int, what: str) -> Iterator[bytes]:
    """Yield every line of a JSON-lines member (without its newline).

    When the member ends, its BLAKE2b-256 and line count must be the signed ones (TAMPERED,
    MALFORMED); a line longer than `max_line` is TOO_LARGE before it is buffered.
    """
    _expect(b.payload, entry.name, entry.size)
    digest = hashlib.blake2b(digest_size=32)
    carry = b""
    count = 0
    for piece in member_data(b.payload, entry.size):
        digest.update(piece)
        data = carry + piece if carry else piece
        start = 0
        while True:
            nl = data.find(b"\n", start)
            if nl < 0:
                break
            if nl - start > max_line:
                raise _reject(RejectReason.TOO_LARGE, f"a line of {what} is over its bound")
            count += 1
            yield data[start:nl]
            start = nl + 1
        carry = data[start:]
        if len(carry) > max_line:
            raise _reject(RejectReason.TOO_LARGE, f"a line of {what} is over its bound")
    if digest.digest() != entry.digest:
        raise _reject(RejectReason.TAMPERED, f"{what} differs from the signed hash")
    if carry or count != entry.count:
        raise _reject(RejectReason.MALFORMED, f"{what} does not hold the signed number of lines")


class MemberReader:
    """The data of one attachment member, and nothing past it."""

    def __init__(self, b: Bundle, entry: Entry) -> None:
        _expect(b.payload, entry.name, entry.size)
        self._src = b.payload
        self._left = entry.size
        self._pad = block_pad(entry.size)

    def read(self, n: int = -1, /) -> bytes:
        """Up to `n` bytes of the member (exactly n unless it ends)."""
        want = self._left if n < 0 else min(n, self._left)
        if not want:
            return b""
        data = self._src.read(want)
        if len(data) != want:
            raise _reject(RejectReason.TRUNCATED, "an attachment is cut short")
        self._left -= want
        return data

    def finish(self) -> None:
        """Require the member to be read whole; consume its zero padding."""
        if self._left:
            raise _reject(RejectReason.MALFORMED, "an attachment was not read whole")
        if self._pad and read_exact(self._src, self._pad, "member padding") != _ZEROS[: self._pad]:
            raise _reject(RejectReason.MALFORMED, "member padding is not zero")


def finish(b: Bundle) -> None:
    """The padding (zeros), the end of the archive, and the end of the age payload."""
    _expect(b.payload, NAME_PADDING, b.manifest.padding)
    for piece in member_data(b.payload, b.manifest.padding):
        if piece != _ZEROS[: len(piece)]:
            raise _reject(RejectReason.TAMPERED, "the padding is not zero")
    read_end(b.payload)  # also drives the age stream to its last chunk and its end


def verify_rest(b: Bundle, progress: Callable[[int, int], None] | None = None) -> None:
    """Read the bundle from ops.jsonl (or disclosures.jsonl) to its end and keep nothing.

    Each member is checked against its signed hash, size and line count, attachments against
    their SHA-256 (hashed through, never written), then `finish`: the same checks an import
    makes of the bytes, in flat memory. `progress(done, total)` in bytes of the age file.
    """
    for _line in iter_disclosure_lines(b):
        pass
    for _line in iter_custody_lines(b):
        pass
    for n, _line in enumerate(iter_op_lines(b), 1):
        if progress is not None and n % 1000 == 0:
            progress(b.position, b.file_size)
    reported = b.position
    for entry in b.manifest.attachments:
        member = MemberReader(b, entry)
        digest = hashlib.sha256()
        while block := member.read(1024 * 1024):
            digest.update(block)
            if progress is not None and b.position - reported >= _REPORT_EVERY:
                reported = b.position
                progress(reported, b.file_size)
        if digest.digest() != entry.digest:
            raise _reject(RejectReason.TAMPERED, "an attachment differs from its hash")
        member.finish()
    finish(b)
    if progress is not None:
        progress(b.file_size, b.file_size)
