"""Sealing a bundle: choose the ops, sign the manifest, write, read back, rename.

    1. recipients   peers chosen by the user (revoked ones refused, unverified ones only when
                    confirmed), plus the sender itself unless `include_self=False`
    2. snapshot     one read transaction, so both passes over the DB see the same ops:
                    pass 1 hashes ops.jsonl and disclosures.jsonl (memory stays flat) and
                    collects the attachments whose values travel; an erased value, a husk or
                    a value an erasure hides never does
    3. header       `age.Encryptor` makes the age header first; the manifest signs its hash
    4. layout       padding and volume count are solved together (the manifest holds both)
    5. write        hidden temp files in the target folder (first, those a killed export left
                    there are removed: `partials.py`), 64 KiB chunks, straight to the drive
                    (O_DIRECT), fsync per volume; a pipeline over two cores: a worker
                    decrypts each blob ahead, this thread builds the archive, workers seal
                    and write behind it
    6. read back    after the last fsync, the temp files are read from the drive (not the
                    page cache) and every chunk's tag is checked with the file key kept from
                    step 3, a worker reading while this thread checks (`readback.py`)
    7. record       bundles_out gets (seq, id, manifest hash), sent_disclosures the ops
                    whose values it carried, and the custody log the seal entries that
                    custody.jsonl carries (`custody.py`), in their own transaction, *then*
                    the temp files are renamed: a crash in between leaves an unused seq, never
                    two different manifests under one seq

Content: without a case filter, every op whose seq is above what some recipient has
acknowledged for its author (the acks table); with one, every op of those cases (acks cannot
express "all of case X but not of case Y", so nothing is skipped).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import secrets
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, cast

from casebook.base.errors import (
    Cancelled,
    CasebookError,
    InputRejected,
    NotEnoughSpace,
    UnverifiedRecipients,
    VaultCorrupt,
)
from casebook.base.reserve import release_reserve
from casebook.bundle.audience import (
    Audience,
    ExportPlan,
    check_override,
    keep,
    overlay_entries,
    plan_export,
)
from casebook.bundle.custody import SealPlan, plan_seal
from casebook.bundle.format import (
    MAX_MANIFEST,
    NAME_MANIFEST,
    NAME_PADDING,
    NAME_SIG,
    Bytes,
    TarWriter,
    archive_size,
)
from casebook.bundle.manifest import (
    MAX_RECIPIENTS,
    Entry,
    Manifest,
    Recipient,
    manifest_hash,
    sign_manifest,
)
from casebook.bundle.overlay import encode_line
from casebook.bundle.padme import padded_size
from casebook.bundle.partials import clear_partials
from casebook.bundle.readback import read_back
from casebook.bundle.results import ExportResult
from casebook.bundle.selection import (
    AttachmentSource,
    Content,
    OpSelection,
    disclosure_lines,
    first_pass,
    op_lines,
)
from casebook.bundle.volumes import (
    FAT32_VOLUME,
    MAX_VOLUMES,
    VolumeWriter,
    volume_paths,
    volume_size_for,
)
from casebook.crypto import age, stream
from casebook.domain.peers import card_of
from casebook.domain.records import PeerRow

if TYPE_CHECKING:
    from casebook.store.store import Store
    from casebook.vault.session import Session

__all__ = ["ExportResult", "UnverifiedRecipients", "export_bundle"]

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]
_CHUNK = stream.CHUNK_SIZE
_REPORT_EVERY = 1024 * 1024


def _check_recipients(
    session: Session,
    recipients: Sequence[PeerRow],
    confirm_unverified: bool,
    include_self: bool,
) -> list[PeerRow]:
    peers: dict[bytes, PeerRow] = {}
    for p in recipients:
        if p.identity == session.me:
            raise InputRejected("you are not a peer of yourself: bundles include you by default")
        current = session.store.peers.by_identity(p.identity)
        if current is None:
            raise InputRejected("a chosen colleague is no longer a peer")
        if current.revoked:
            raise InputRejected(f"{current.key_id} is revoked: nothing more is sealed to them")
        peers[current.identity] = current
    if not peers and not include_self:
        raise InputRejected("a bundle needs at least one recipient")
    if len(peers) + int(include_self) > MAX_RECIPIENTS:
        raise InputRejected(f"a bundle has at most {MAX_RECIPIENTS} recipients")
    unverified = [p for p in peers.values() if not p.verified]
    if unverified and not confirm_unverified:
        raise UnverifiedRecipients(
            tuple(p.key_id for p in unverified), tuple(p.name for p in unverified)
        )
    return sorted(peers.values(), key=lambda p: p.identity)


def _target(out_path: Path) -> Path:
    if out_path.is_dir():
        # Neutral: nothing about the cases, the people, or casebook.
        return out_path / f"{secrets.token_hex(8)}.age"
    if not out_path.parent.is_dir():
        raise InputRejected("the target folder does not exist")
    return out_path


def _layout(base: Manifest, header_size: int, volume_size: int | None) -> tuple[Manifest, int, int]:
    """Solve padding and volume count together: (manifest, payload size, file size)."""
    padding, volumes, floor = 0, 1, 0
    seen: set[tuple[int, int]] = set()
    for _ in range(64):
        manifest = _replace(base, padding=padding, volumes=volumes, volume_size=volume_size)
        size = len(manifest.encode())
        if size > MAX_MANIFEST:
            raise InputRejected("the manifest is too large: seal the cases in several bundles")
        unpadded = archive_size(manifest.member_sizes(size)) - padding
        total = padded_size(max(unpadded, floor))
        file_size = header_size + age.NONCE_SIZE + stream.ciphertext_size(total)
        count = (
            1 if volume_size is None or file_size <= volume_size else -(-file_size // volume_size)
        )
        state = (total - unpadded, count)
        if state == (padding, volumes):
            return manifest, total, file_size
        if state in seen:  # the padding's digits tip the manifest over a block: grow
            floor = total + 1
        seen.add(state)
        padding, volumes = state
    raise CasebookError("could not lay out the bundle")


def _replace(m: Manifest, *, padding: int, volumes: int, volume_size: int | None) -> Manifest:
    return replace(
        m, padding=padding, volumes=volumes, volume_size=volume_size if volumes > 1 else None
    )


class _Feed:
    """The payload writer's input: it counts, reports progress and checks for cancel."""

    def __init__(
        self,
        writer: stream.StreamWriter,
        progress: Progress | None,
        total: int,
        cancel: CancelCheck | None,
    ) -> None:
        self._writer = writer
        self._progress = progress
        self._total = total
        self._cancel = cancel
        self.done = 0
        self._checked = 0
        self._reported = 0

    def write(self, data: Bytes) -> None:
        if self.done - self._checked >= _CHUNK:
            self._checked = self.done
            if self._cancel is not None and self._cancel():
                raise Cancelled()
        self._writer.write(data)
        self.done += len(data)
        if self._progress is not None and self.done - self._reported >= _REPORT_EVERY:
            self._reported = self.done
            self._progress(self.done, self._total)


@contextlib.contextmanager
def _attachment_blocks(
    session: Session, att: AttachmentSource, cancel: CancelCheck | None
) -> Iterator[Iterator[Bytes]]:
    """The attachment's plaintext, a block at a time (a blob is decrypted ahead, in a worker)."""
    if att.blob_name is None:
        located = session.store.contents.locate(att.entry.digest)
        if located is None or located.data is None:
            raise VaultCorrupt("an attachment's content is missing from the vault")
        yield iter([located.data])
        return
    if att.blob_key is None:
        raise VaultCorrupt("an attachment's key is missing")
    with session.blobs.reader(att.blob_name, att.blob_key, cancel=cancel) as blocks:
        yield blocks


def _write_lines(tar: TarWriter, entry: Entry, lines: Iterator[bytes]) -> None:
    """One JSON-lines member, checked against its entry from the first pass."""
    digest = hashlib.blake2b(digest_size=32)
    tar.begin(entry.name, entry.size)
    count = 0
    for line in lines:
        digest.update(line)
        tar.write(line)
        count += 1
    tar.end()
    if digest.digest() != entry.digest or count != entry.count:
        raise VaultCorrupt("the ops changed while sealing")  # the snapshot forbids this


def _write_payload(
    session: Session,
    tar: TarWriter,
    manifest: Manifest,
    sig: bytes,
    selection: OpSelection,
    content: Content,
    custody: SealPlan,
    cancel: CancelCheck | None,
    audience: tuple[ExportPlan, Sequence[bytes]],
) -> None:
    store = session.store
    plan, overlay = audience
    tar.member(NAME_MANIFEST, manifest.encoded)
    tar.member(NAME_SIG, sig)
    if manifest.disclosures is not None and manifest.overlay is not None:
        # v2: the values first, so that an import holds them before it applies the ops.
        lines: Iterator[bytes] = (
            iter(content.disclosure_lines)
            if content.disclosure_lines is not None
            else (line for line, _op, _kind, _value in disclosure_lines(store, selection, plan))
        )
        _write_lines(tar, manifest.disclosures, lines)
        _write_lines(tar, manifest.overlay, iter(overlay))
    if manifest.custody is not None:
        _write_lines(tar, manifest.custody, custody.lines(store))
    ops = (
        iter(content.op_lines)
        if content.op_lines is not None
        else (line for line, _k, _e in op_lines(store, selection, plan))
    )
    _write_lines(tar, manifest.ops, ops)
    for att in content.attachments:
        tar.begin(att.entry.name, att.entry.size)
        written = 0
        with _attachment_blocks(session, att, cancel) as blocks:
            for block in blocks:
                written += len(block)
                if written > att.entry.size:
                    raise VaultCorrupt("an attachment is longer than recorded")
                tar.write(block)
        if written != att.entry.size:
            raise VaultCorrupt("an attachment is shorter than recorded")
        tar.end()
    tar.zeros(NAME_PADDING, manifest.padding)
    tar.finish()


def _seal(
    session: Session,
    encryptor: age.Encryptor,
    writer: VolumeWriter,
    content: tuple[
        Manifest,
        bytes,
        OpSelection,
        Content,
        SealPlan,
        tuple[ExportPlan, list[bytes]],
    ],
    payload_size: int,
    progress: Progress | None,
    cancel: CancelCheck | None,
) -> int:
    """Write the header and the payload; return the payload's size as written.

    The caller's thread builds the archive (and a worker decrypts each blob ahead of it);
    the payload writer's worker seals and writes: a pipeline over two cores.
    """
    manifest, sig, selection, content_of, custody, audience = content
    with encryptor.begin(cast(BinaryIO, writer), background=True) as payload:
        tar = TarWriter(_Feed(payload, progress, 2 * payload_size, cancel).write)
        _write_payload(
            session, tar, manifest, sig, selection, content_of, custody, cancel, audience
        )
        payload.close()
    return tar.written


def _record(
    store: Store,
    seq: int,
    manifest: Manifest,
    peers: Sequence[PeerRow],
    me: bytes | None,
    disclosed: Sequence[bytes],
    custody: SealPlan,
    audience: tuple[Session, ExportPlan, str | None],
) -> None:
    """bundles_out, the ledger of the disclosures it carried and the seal entries, in one
    transaction, with what its audience plan leaves behind (pseudonym letters, a leak scan
    override)."""
    with store.transaction():
        custody.keep(store)
        ids = sorted(p.identity for p in peers) + ([me] if me else [])
        store.exchange.record_out(
            seq, manifest.bundle_id, manifest_hash(manifest.encoded), manifest.created_ms, ids
        )
        store.exchange.record_sent(seq, disclosed)
        session, plan, reason = audience
        # Last in the transaction: a leak override's custody entries follow the log's head.
        keep(session, plan, manifest.bundle_id, seq, manifest.created_ms, reason)


def export_bundle(
    session: Session,
    recipients: Sequence[PeerRow],
    *,
    out_path: Path,
    case_ids: Sequence[bytes] | None = None,
    volume_size: int | None = None,
    include_self: bool = True,
    confirm_unverified: bool = False,
    audience: Audience | None = None,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> ExportResult:
    """Seal a bundle for `recipients` at `out_path` (a new file, or a folder: a random name).

    It carries what every recipient may see (`casebook.bundle.audience`: their clearances
    met, the consent gate of `audience`, which denies by default). Raises
    `UnverifiedRecipients` unless every peer is verified or `confirm_unverified`; `LeaksFound`
    when withheld names are in texts that would travel and `audience.leak_override` is None;
    `InputRejected` for revoked peers or a bad target; `Cancelled`, `NotEnoughSpace`,
    `DriveUnavailable`. On any failure no file is left under a final name.
    """
    audience = audience if audience is not None else Audience()
    peers = _check_recipients(session, recipients, confirm_unverified, include_self)
    store = session.store
    target = _target(out_path)
    clear_partials(target.parent)  # what an export killed earlier left in this folder
    if volume_size is None:
        volume_size = volume_size_for(target.parent)
    elif volume_size_for(target.parent) is not None:
        volume_size = min(volume_size, FAT32_VOLUME)
    keys = [p.x25519 for p in peers]
    members = [Recipient(p.identity, p.x25519) for p in peers]
    if include_self:
        keys.append(session.identity.cert.x25519_public)
        members.append(Recipient(session.me, session.identity.cert.x25519_public))
    members.sort(key=lambda r: r.identity)
    case_list = sorted(set(case_ids)) if case_ids else None
    writer: VolumeWriter | None = None
    try:
        with store.snapshot():
            last = store.exchange.last_out()
            seq = last[0] + 1 if last else 1
            prev = last[1] if last else None
            selection = store.exchange.selection([p.identity for p in peers], case_list)
            plan = plan_export(session, peers, selection, case_list, audience)
            check_override(plan, audience.leak_override)
            overlay = [encode_line(e, session.identity) for e in overlay_entries(plan)]
            content_of = first_pass(store, selection, cancel, plan, overlay)
            ops, attachments = content_of.ops, content_of.attachments
            encryptor = age.Encryptor(keys, pad_to_bucket=True)
            bundle_id = os.urandom(16)
            custody = plan_seal(
                session,
                [a.entry.digest for a in attachments],
                bundle_id,
                seq,
                [r.identity for r in members],
            )
            base = Manifest(
                bundle_id=bundle_id,
                sender=card_of(session.identity),
                recipients=tuple(members),
                seq=seq,
                prev=prev,
                created_ms=int(time.time() * 1000),
                acks=store.exchange.version_vector(),
                cases=tuple(case_list) if case_list else None,
                ops=ops,
                attachments=tuple(a.entry for a in attachments),
                padding=0,
                volumes=1,
                volume_size=None,
                age_header=encryptor.header.header_hash,
                disclosures=content_of.disclosures,
                overlay=content_of.overlay,
                custody=custody.entry,
                custody_head=custody.head,
            )
            laid, payload_size, file_size = _layout(base, len(encryptor.header.raw), volume_size)
            if laid.volumes > MAX_VOLUMES:
                raise InputRejected("too many volumes: choose a larger volume size")
            manifest = replace(laid, encoded=laid.encode())
            finals = volume_paths(target, manifest.volumes)
            if any(p.exists() for p in finals):
                raise InputRejected("the destination exists; choose a new file name")
            writer = VolumeWriter(finals, manifest.volume_size)
            sig = sign_manifest(manifest.encoded, session.identity)
            content = (manifest, sig, selection, content_of, custody, (plan, overlay))
            written = _seal(session, encryptor, writer, content, payload_size, progress, cancel)
            writer.close()
            if written != payload_size or writer.written != file_size:
                raise CasebookError("the bundle does not have its planned size")
        sizes = (payload_size, file_size)
        read_back(writer.temps, encryptor.header, encryptor.file_key, sizes, progress, cancel)
        me = session.me if include_self else None
        kept = (session, plan, audience.leak_override)
        try:
            _record(store, seq, manifest, peers, me, content_of.disclosed, custody, kept)
        except NotEnoughSpace:
            # The vault's drive is full: give back the room kept for exactly this, and retry.
            if not release_reserve(session.paths.root):
                raise
            _record(store, seq, manifest, peers, me, content_of.disclosed, custody, kept)
        writer.commit()
    except BaseException:
        if writer is not None:
            writer.discard()
        raise
    if progress is not None:
        progress(2 * payload_size, 2 * payload_size)
    return ExportResult(
        paths=tuple(finals),
        bundle_id=manifest.bundle_id,
        seq=seq,
        ops=ops.count,
        attachments=len(attachments),
        attachment_bytes=sum(a.entry.size for a in attachments),
        payload_size=payload_size,
        file_size=file_size,
        recipients=tuple(peers),
        sealed_to_self=include_self,
        left_out=len(plan.left_out),
        withheld=len(plan.withheld),
        pseudonymised=len(plan.pseudonyms),
        leak_override=audience.leak_override if plan.leaks else None,
    )
