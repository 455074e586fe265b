"""Opening a bundle into the vault: trust checks, then everything in one transaction, or nothing.

    inspect_bundle   open + trust checks only (the GUI's "who sealed it" step); no payload,
                     so its `already_imported` means only "this bundle's number was imported"
    import_bundle    open + trust checks; a bundle imported before is only read through
                     (`verify_rest`): intact, "already imported"; damaged, refused with
                     `already_imported=True`. Else in ONE transaction: every op (decoded and
                     verified from its own bytes, applied), every attachment (streamed into
                     the encrypted blob store: new blob files are removed on any failure),
                     the custody entries and the receiver's `receive` entries (`custody.py`),
                     the owner's `erase` entries for held files a colleague's erasure purges,
                     the padding, the end of the archive and of the age stream, bundles_in,
                     the sender's acks and a newer key from its card. Any failure rolls all
                     of it back.

Trust checks, in order (each a `BundleRejected` reason): the age header, our stanza
(NOT_FOR_US), the manifest signature (BAD_SIGNATURE), a known sender (UNKNOWN_SENDER), not
revoked at this bundle (REVOKED_SENDER: revoked with no cut-off, or seq > cut-off), the card's
certificate verifies under the peer's stored identity key (BAD_SIGNATURE), we are a signed
recipient and the signed header hash is this file's header (FORWARDED), the seq is at most
MAX_SEQ_GAP past the sender's last here and the acks claim no more of our ops than we wrote
(MALFORMED; docs/bundle-format.md §10b: other acks are clamped). Then the sender's bundle
chain, keyed by (sender, bundle_id): the same manifest again is a replay (a no-op that says
so); another manifest under the same id (`id-reuse`) or at the same seq (`bundle-fork`),
or one that does not chain with the sender's seq-1 or seq+1 manifest we hold (`chain-fork`),
is a `CompromiseAlert`, kept in the vault. Another sender's bundle with the same id is no
concern of this one: a co-recipient can copy an id, not sign as the sender.

Ops authored by a revoked peer past its cut-off are left out, whoever relays them; the rest of
the bundle is applied (docs/bundle-format.md §10a says why they are skipped, not refused).
"""

from __future__ import annotations

import contextlib
import hashlib
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from casebook.base.errors import (
    AuthenticationFailed,
    BundleRejected,
    ForkDetected,
    RejectReason,
)
from casebook.bundle.alerts import CompromiseAlert, record_alert
from casebook.bundle.chain import (
    bounded_acks,
    check_claims,
    seen,
    take_new_key,
    trusted_heads,
)
from casebook.bundle.custody import record_receipt, take_custody
from casebook.bundle.manifest import Manifest, manifest_hash
from casebook.bundle.oplines import checked_batches
from casebook.bundle.overlay import take_overlay
from casebook.bundle.reader import (
    Bundle,
    MemberReader,
    finish,
    iter_op_lines,
    open_bundle,
    verify_rest,
)
from casebook.bundle.results import ImportResult, Preview
from casebook.bundle.values import (
    Staging,
    accepted,
    stage_disclosures,
    with_value,
    with_value_held,
)
from casebook.domain.oplog import Hlc, SignedOp, decode_signed
from casebook.store.exchange import InBundle
from casebook.vault.custody import ErasureEntries

if TYPE_CHECKING:
    from casebook.store.store import Store
    from casebook.vault.session import Session

__all__ = ["ImportResult", "Preview", "import_bundle", "inspect_bundle"]

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]
_REPORT_EVERY = 4 * 1024 * 1024


@dataclass(frozen=True)
class _Trust:
    name: str | None
    verified: bool
    is_self: bool


def _open(
    session: Session, path: Path, cancel: CancelCheck | None, *, read_ahead: bool = False
) -> Bundle:
    return open_bundle(
        path, session.store.keys.x25519_secrets(), cancel=cancel, read_ahead=read_ahead
    )


def _trust(session: Session, b: Bundle) -> _Trust:
    m = b.manifest
    sender = m.sender.identity
    if sender == session.me:
        trust = _Trust(None, True, True)
    else:
        peer = session.store.peers.by_identity(sender)
        if peer is None:
            raise BundleRejected(
                RejectReason.UNKNOWN_SENDER, f"sealed by {m.sender.key_id}, who is not a peer"
            )
        if peer.revoked and (peer.revoked_after is None or m.seq > peer.revoked_after):
            raise BundleRejected(
                RejectReason.REVOKED_SENDER, f"{peer.name} is revoked (bundle {m.seq})"
            )
        try:  # the manifest checked the card against itself; check it against our record too
            m.sender.cert.verify(peer.identity)
        except AuthenticationFailed as e:
            raise BundleRejected(
                RejectReason.BAD_SIGNATURE, "the sender's card does not verify under their key"
            ) from e
        trust = _Trust(peer.name, peer.verified, False)
    if session.me not in {r.identity for r in m.recipients}:
        raise BundleRejected(RejectReason.FORWARDED, "you are not among the signed recipients")
    if m.age_header != b.header.header_hash:
        raise BundleRejected(RejectReason.FORWARDED, "re-encrypted after it was signed")
    check_claims(session.store, m, session.me)  # seq and acks within what can be true
    return trust


def _checked_seen(store: Store, m: Manifest) -> bool:
    try:
        return seen(store, m)
    except CompromiseAlert as alert:
        record_alert(store, alert, m)
        raise


def inspect_bundle(session: Session, path: Path) -> Preview:
    """Open a bundle far enough to say who sealed it and what it holds.

    Raises what `import_bundle` would raise before the payload (`BundleRejected`,
    `CompromiseAlert`, which is recorded). Verified means you compared safety numbers.
    `already_imported` says only that this signed manifest was imported: the copy may still
    be damaged.
    """
    # Not verified here: that reads the whole payload (gigabytes, with video), and this look
    # has no progress or cancel. The wizard lets `import_bundle` verify the copy instead.
    b = _open(session, path, None)
    try:
        trust = _trust(session, b)
        m = b.manifest
        return Preview(
            bundle_id=m.bundle_id,
            seq=m.seq,
            created_ms=m.created_ms,
            sender=m.sender,
            sender_name=trust.name,
            verified=trust.verified,
            is_self=trust.is_self,
            ops=m.ops.count,
            attachments=len(m.attachments),
            attachment_bytes=sum(a.size for a in m.attachments),
            recipients=len(m.recipients),
            volumes=m.volumes,
            file_size=b.file_size,
            cases=m.cases,
            already_imported=_checked_seen(session.store, m),
        )
    finally:
        b.close()


@dataclass
class _Tally:
    ops: int = 0
    ops_new: int = 0
    attachments_new: int = 0
    far_future: int = 0
    skipped: int = 0
    values: int = 0
    values_dropped: int = 0
    erasures: int = 0


def _late_values(session: Session, staging: Staging, tally: _Tally, sets: _Sets) -> None:
    """Disclosures for ops the vault already holds (sent before without their value); those
    for an op nobody here holds are dropped and counted."""
    store = session.store
    for op_id in staging.left():
        row = store.op_row(op_id)
        d = staging.take(op_id)
        if row is None or row.v != 2 or d is None:
            tally.values_dropped += 1
            continue
        signed = accepted(decode_signed(row.encoded, row.sig), d)
        if store.erasure.status(op_id) is not None or store.erasure.has_disclosure(op_id):
            tally.values_dropped += int(store.erasure.status(op_id) is not None)
            continue
        store.apply(signed)  # held already: this stores the value and shows it
        tally.values += 1
        if signed.op.kind == "attach":
            sha = bytes.fromhex(signed.op.value["sha256"])
            sets.named.add(sha)
            sets.needed.add(sha)
    staging.clear()


@dataclass
class _Sets:
    touched: set[bytes] = field(default_factory=set)  # entity ids of the ops read
    named: set[bytes] = field(default_factory=set)  # attachments named by an applied op
    dropped: set[bytes] = field(default_factory=set)  # ... by a skipped op
    needed: set[bytes] = field(default_factory=set)  # ... by a new op: must be in the vault


def _apply_ops(
    session: Session,
    b: Bundle,
    staging: Staging,
    tally: _Tally,
    sets: _Sets,
    heads: dict[bytes, int],
    erasures: ErasureEntries,
    progress: Progress | None,
) -> None:
    store = session.store
    # Closed on any way out, so that the checking threads end with the import.
    if staging.in_memory:  # paired on the checking threads, each value taken here in order
        batches = checked_batches(
            iter_op_lines(b),
            lambda s: with_value_held(staging, s),
            take=lambda s: staging.drop(s.op_id),
        )
    else:
        batches = checked_batches(iter_op_lines(b), lambda s: with_value(staging, s))
    with contextlib.closing(batches):
        for checked in batches:
            batch: list[SignedOp] = []
            for signed in checked:
                op = signed.op
                tally.ops += 1
                head = heads.get(op.author)
                if head is not None and op.seq > head:
                    # Signed by a revoked author past its cut-off: left out, whoever relays it.
                    tally.skipped += 1
                    if (sha := _attached(signed)) is not None:
                        sets.dropped.add(sha)
                    continue
                batch.append(signed)
            redacts = {
                s.op_id for s in batch if s.op.kind == "redact" and not store.has_op(s.op_id)
            }
            for s in batch:
                if s.op_id in redacts:
                    _note_erasure(session, s, erasures)
            try:
                applied = store.apply_many(batch)
            except ForkDetected as e:
                op = batch[e.index or 0].op
                sender = b.manifest.sender.identity
                raise CompromiseAlert(
                    "op-fork", op.author, op.seq, sender, "two ops with one number"
                ) from e
            for signed, new in zip(batch, applied, strict=True):
                _tally_op(store, signed, new, signed.op_id in redacts, tally, sets)
            if progress is not None:
                progress(b.position, b.file_size)


def _note_erasure(session: Session, signed: SignedOp, erasures: ErasureEntries) -> None:
    """A colleague's new whole-record erasure of an attachment: note its content before it is
    applied (the record and its content may be gone after), for the owner's `erase` entry."""
    op = signed.op
    if op.entity == "attachment" and op.field == "" and op.author != session.me:
        erasures.note(signed.op_id, op.author, op.reason or "other", op.entity_id)


def _attached(signed: SignedOp) -> bytes | None:
    """The SHA-256 an attach op names, when its value is known here."""
    op = signed.op
    if op.kind == "attach" and signed.value_known and op.value is not None:
        return bytes.fromhex(op.value["sha256"])
    return None


def _tally_op(
    store: Store, signed: SignedOp, new: bool, new_redact: bool, tally: _Tally, sets: _Sets
) -> None:
    """Count an applied op, and note the attachment it names."""
    tally.ops_new += int(new)
    tally.erasures += int(new_redact)
    sets.touched.add(signed.op.entity_id)
    # Decided once the op is applied: an erasure that came first is settled only then (its
    # author's purges; a colleague's hides, and hidden bytes are evidence: they are kept).
    purged = store.erasure.status(signed.op_id) == "purged"
    if signed.disclosure is not None:
        if purged:
            tally.values_dropped += 1  # erased here: the value is not kept
        else:
            tally.values += 1
    sha = _attached(signed)
    if sha is not None and purged:
        sets.dropped.add(sha)  # the bytes are checked, not kept
    elif sha is not None:
        sets.named.add(sha)
        if new:
            sets.needed.add(sha)
    if Hlc.is_far_future(signed.op.hlc):
        tally.far_future += 1


class _Reporting:
    """An attachment's reader that reports progress as its bytes stream by."""

    def __init__(self, member: MemberReader, b: Bundle, progress: Progress | None) -> None:
        self._member, self._b, self._progress = member, b, progress
        self._reported = b.position

    def read(self, n: int = -1, /) -> bytes:
        data = self._member.read(n)
        if self._progress is not None and self._b.position - self._reported >= _REPORT_EVERY:
            self._reported = self._b.position
            self._progress(self._reported, self._b.file_size)
        return data


def _hash_through(reader: _Reporting, sha256: bytes) -> None:
    digest = hashlib.sha256()
    while block := reader.read(1024 * 1024):
        digest.update(block)
    if digest.digest() != sha256:
        raise BundleRejected(RejectReason.TAMPERED, "an attachment differs from its hash")


def _take_attachments(
    session: Session,
    b: Bundle,
    tally: _Tally,
    sets: _Sets,
    staged: list[str],
    progress: Progress | None,
    cancel: CancelCheck | None,
) -> None:
    store = session.store
    for entry in b.manifest.attachments:
        # Kept only while a value held here names it: an erasure later in this very bundle
        # may have purged the attach op that named it.
        keep = entry.digest in sets.named and store.erasure.content_named(entry.digest)
        if not keep and entry.digest not in sets.named | sets.dropped:
            raise BundleRejected(RejectReason.MALFORMED, "an attachment that no op names")
        member = MemberReader(b, entry)
        reader = _Reporting(member, b, progress)
        if not keep or store.contents.has(entry.digest):
            _hash_through(reader, entry.digest)  # held already, or only skipped ops name it
        else:
            intake = session.blobs.intake(reader, entry.size, cancel=cancel)
            if intake.blob_name is not None:
                staged.append(intake.blob_name)
            if intake.sha256 != entry.digest or intake.size != entry.size:
                raise BundleRejected(RejectReason.TAMPERED, "an attachment differs from its hash")
            store.contents.put(intake)
            tally.attachments_new += 1
        member.finish()
        if progress is not None:
            progress(b.position, b.file_size)


def _verify_copy(b: Bundle, progress: Progress | None) -> None:
    """A copy of a bundle imported before: read it whole, apply and store nothing
    (`verify_rest`). Damaged, it is refused with `already_imported=True`: its contents came
    in intact before, and it says nothing about them."""
    try:
        verify_rest(b, progress)
    except BundleRejected as e:
        raise BundleRejected(e.reason, e.detail, already_imported=True) from e


def _record_bundle(store: Store, m: Manifest, ops: int, is_self: bool) -> bool:
    """Record the bundle, the sender's acks and a newer key; True when the key changed."""
    sender = m.sender.identity
    new_key = not is_self and take_new_key(store, m)
    store.exchange.record_in(
        InBundle(sender, m.bundle_id, m.seq, m.prev, manifest_hash(m.encoded)),
        m.acks.get(sender, 0),
        int(time.time() * 1000),
        ops,
        None if is_self else m.acks,
    )
    return new_key


def import_bundle(
    session: Session,
    path: Path,
    *,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> ImportResult:
    """Verify a bundle completely and apply it in one transaction; or change nothing.

    Raises `BundleRejected` (with its reason), `CompromiseAlert` (recorded in the vault),
    `Cancelled`, `NotEnoughSpace`, `DriveUnavailable`, `NotARegularFile`. A bundle already
    imported is read through first: intact, it returns `already_imported=True`; damaged, it is
    `BundleRejected` with `already_imported=True`. Either way nothing changes.
    """
    store = session.store
    b = _open(session, path, cancel, read_ahead=True)
    try:
        trust = _trust(session, b)
        m = b.manifest
        done = ImportResult(
            m.bundle_id, m.seq, m.sender.identity, trust.name, trust.verified, trust.is_self, True
        )
        if _checked_seen(store, m):
            _verify_copy(b, progress)
            return done
        tally = _Tally()
        sets = _Sets()
        staged: list[str] = []
        try:
            with store.transaction():
                if seen(store, m):  # imported by another process meanwhile
                    _verify_copy(b, progress)
                    return done
                m = bounded_acks(store, m)  # acks as far as this vault can know, before ops
                heads = trusted_heads(store, m)
                staging = stage_disclosures(session, b)
                custody = take_custody(session, b)
                erasures = ErasureEntries(session)
                _apply_ops(session, b, staging, tally, sets, heads, erasures, progress)
                _late_values(session, staging, tally, sets)
                erasures.write()  # the owner's `erase` entries for held files purged now
                if not trust.is_self:  # the sender's pseudonyms for what it withheld
                    take_overlay(store, m.sender.identity, m.seq, staging.overlay)
                _take_attachments(session, b, tally, sets, staged, progress, cancel)
                finish(b)
                for sha in sets.needed:
                    if store.erasure.content_named(sha) and not store.contents.has(sha):
                        raise BundleRejected(
                            RejectReason.MALFORMED, "an attachment's content is missing"
                        )
                record_receipt(session, m, custody)
                conflicts = store.records.count_conflicts(list(sets.touched))
                no_consent = store.records.persons_without_consent(list(sets.touched))
                new_key = _record_bundle(store, m, tally.ops, trust.is_self)
        except CompromiseAlert as alert:
            for name in staged:
                session.blobs.remove(name)
            # The transaction has rolled back; the alert is kept in a transaction of its own.
            record_alert(store, alert, m)
            raise
        except BaseException:
            for name in staged:
                session.blobs.remove(name)
            raise
    finally:
        b.close()
    session.hlc.observe(store.max_hlc())
    if tally.erasures:
        # Erasures purge at once: the blob files no value names go, and the WAL's copies.
        session.blobs.sweep(store.contents.blob_names)  # read under the blobs' lock
        store.checkpoint()
    if progress is not None:
        progress(b.file_size, b.file_size)
    return ImportResult(
        m.bundle_id,
        m.seq,
        m.sender.identity,
        trust.name,
        trust.verified,
        trust.is_self,
        False,
        ops=tally.ops,
        ops_new=tally.ops_new,
        attachments=len(m.attachments),
        attachments_new=tally.attachments_new,
        conflicts=conflicts,
        far_future=tally.far_future,
        skipped_revoked=tally.skipped,
        custody_revoked=custody.revoked,
        new_key=new_key,
        values=tally.values,
        values_dropped=tally.values_dropped,
        erasures=tally.erasures,
        erasures_pending=len(store.erasure.redactions(pending_only=True)),
        without_consent=tuple(no_consent),
    )
