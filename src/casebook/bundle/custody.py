"""What a bundle carries of the custody log (docs/custody.md; docs/bundle-format.md §17).

plan_seal      in the export's read snapshot: the owner's `seal` entry for each attachment
               carried (after a late first entry where one is needed), signed against the
               head read there; custody.jsonl is, per attachment ascending by SHA-256,
               every entry held for it in the order it was taken in, then the new ones;
               the manifest's `custody_head` is the owner's newest entry. `keep` stores the
               new entries when the bundle is recorded (`VaultBusy` if another process
               appended meanwhile: their numbers would fork the owner's log).
take_custody   in the import's transaction, before the ops: every line verified (its id,
               its signature, its detail), about an attachment the bundle carries, and
               chained (`item_prev` null at a root, else an entry held here or earlier in
               the file); then kept. Each attachment's last line must be the sender's
               `seal` naming this bundle, and `custody_head` the sender's newest entry in
               the file. A fork is a `custody-fork` compromise alert. The manifest's
               `custody_head` is kept; a revoked author's new entries past its custody
               cut-off are kept and marked untrusted.
record_receipt the receiver's `receive` entry for each attachment it now holds, continuing
               the sender's chain and naming the sender's `custody_head`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from casebook.base.errors import (
    AuthenticationFailed,
    BundleRejected,
    CompromiseAlert,
    ForkDetected,
    InputRejected,
    RejectReason,
)
from casebook.bundle.format import NAME_CUSTODY
from casebook.bundle.manifest import Entry, Manifest
from casebook.bundle.reader import Bundle, iter_custody_lines
from casebook.domain.custody import SignedEntry, can_start, parse_line
from casebook.vault.custody import CustodyWriter

if TYPE_CHECKING:
    from casebook.store.store import Store
    from casebook.vault.session import Session

__all__ = ["CustodyIntake", "SealPlan", "plan_seal", "record_receipt", "take_custody"]


@dataclass
class SealPlan:
    """A bundle's custody: the new seal entries, custody.jsonl's entry, the sender's head."""

    items: list[bytes]
    entries: list[SignedEntry]
    before: tuple[int, bytes] | None  # the owner's head the entries were signed against
    head: bytes | None  # the manifest's custody_head
    entry: Entry = field(default_factory=lambda: Entry(NAME_CUSTODY, 0, b"", 0))

    def lines(self, store: Store) -> Iterator[bytes]:
        """custody.jsonl, line by line (the same bytes on every pass inside one snapshot)."""
        new: dict[bytes, list[SignedEntry]] = {}
        for s in self.entries:
            new.setdefault(s.entry.item, []).append(s)
        for item in self.items:
            for row in store.custody.stream_item(item):
                yield row.line()
            for s in new.get(item, ()):
                yield s.line()

    def keep(self, store: Store) -> None:
        """Store the new entries (inside the transaction that records the bundle)."""
        store.custody.put_own(self.entries, self.before)


def plan_seal(
    session: Session, items: Sequence[bytes], bundle_id: bytes, seq: int, to: Sequence[bytes]
) -> SealPlan:
    """Sign the seal entries of a bundle's attachments and measure custody.jsonl (call it
    inside the export's snapshot)."""
    writer = CustodyWriter(session)
    detail = {"bundle": bundle_id.hex(), "seq": seq, "to": sorted({k.hex() for k in to})}
    for item in items:
        writer.add(item, "seal", detail)
    head = writer.entries[-1].entry_id if writer.entries else None
    if head is None and writer.head is not None:
        head = writer.head[1]
    plan = SealPlan(sorted(items), writer.entries, writer.head, head)
    digest = hashlib.blake2b(digest_size=32)
    size = count = 0
    for line in plan.lines(session.store):
        digest.update(line)
        size += len(line)
        count += 1
    plan.entry = Entry(NAME_CUSTODY, size, digest.digest(), count)
    return plan


@dataclass
class CustodyIntake:
    """What an import read from custody.jsonl: per item, its last line."""

    last: dict[bytes, SignedEntry] = field(default_factory=dict)
    new: int = 0
    revoked: int = 0  # new entries signed by a revoked key after its cut-off: kept, untrusted


def _malformed(detail: str) -> BundleRejected:
    return BundleRejected(RejectReason.MALFORMED, detail)


def _parse(line: bytes) -> SignedEntry:
    try:
        return parse_line(line)
    except AuthenticationFailed as e:
        raise BundleRejected(
            RejectReason.BAD_SIGNATURE, "a custody entry's signature is bad"
        ) from e
    except InputRejected as e:
        raise _malformed(f"a custody entry is invalid ({e})") from e


def _follows(store: Store, s: SignedEntry) -> bool:
    e = s.entry
    if e.item_prev is None:
        return can_start(e.event, e.detail)
    return store.custody.has(e.item_prev)


def take_custody(session: Session, b: Bundle) -> CustodyIntake:
    """Verify and keep the custody entries of a bundle (inside the import's transaction).

    `BundleRejected` (BAD_SIGNATURE, MALFORMED, or what reading the member finds),
    `CompromiseAlert` (`custody-fork`) when an entry forks an author's log or an item's chain,
    or claims to be this vault's own and is not held here."""
    m = b.manifest
    out = CustodyIntake()
    if m.custody is None:
        return out
    store = session.store
    carried = {a.digest for a in m.attachments}
    sender = m.sender.identity
    if m.custody_head is not None:
        store.custody.note_head(sender, m.seq, m.custody_head)
    revoked = dict(store.peers.revoked())
    taken: list[SignedEntry] = []  # new entries of revoked authors
    newest: SignedEntry | None = None
    error: BundleRejected | None = None
    for line in iter_custody_lines(b):
        if error is not None:
            continue  # read on: a hash mismatch is reported as tampering
        try:
            s = _parse(line)
            if s.entry.item not in carried:
                raise _malformed("a custody entry about an attachment the bundle does not carry")
            if not _follows(store, s):
                raise _malformed("a custody entry does not follow its item's chain")
        except BundleRejected as e:
            error = e
            continue
        kept = _keep(session, s, m)
        out.new += int(kept)
        if kept and s.entry.author in revoked:
            taken.append(s)
        out.last[s.entry.item] = s
        if s.entry.author == sender and (newest is None or s.entry.seq > newest.entry.seq):
            newest = s
    if error is not None:
        raise error
    for a in m.attachments:
        last = out.last.get(a.digest)
        if (
            last is None
            or last.entry.author != sender
            or last.entry.event != "seal"
            or last.entry.detail.get("bundle") != m.bundle_id.hex()
        ):
            raise _malformed("an attachment's custody does not end with its sender's seal")
    if newest is not None and m.custody_head != newest.entry_id:
        raise _malformed("the manifest's custody head is not the sender's newest entry")
    out.revoked = _mark_revoked(store, taken, revoked)
    return out


def _mark_revoked(
    store: Store, taken: Sequence[SignedEntry], revoked: dict[bytes, int | None]
) -> int:
    """Mark the new entries of revoked authors past their custody cut-off (docs/custody.md,
    "Revoked colleagues"): the highest entry that the author's own bundles up to the cut-off
    announced as their `custody_head` (this one included), as `trusted_heads` does for ops.
    Kept, so that a chain a trusted colleague continues from them still holds together."""
    bounds: dict[bytes, int] = {}
    marked: list[bytes] = []
    for s in taken:
        author = s.entry.author
        if author not in bounds:
            after = revoked[author]
            bounds[author] = 0 if after is None else store.custody.announced(author, after)
        if s.entry.seq > bounds[author]:
            marked.append(s.entry_id)
    store.custody.mark_untrusted(marked)
    return len(marked)


def _keep(session: Session, s: SignedEntry, m: Manifest) -> bool:
    store = session.store
    e = s.entry
    sender = m.sender.identity
    if e.author == session.me and not store.custody.has(s.entry_id):
        raise CompromiseAlert(
            "custody-fork", e.author, e.seq, sender, "a custody entry of yours that you never wrote"
        )
    try:
        return store.custody.put(s)
    except ForkDetected as err:
        raise CompromiseAlert("custody-fork", e.author, e.seq, sender, str(err)) from err


def record_receipt(session: Session, m: Manifest, intake: CustodyIntake) -> int:
    """The owner's `receive` entry for each attachment of the bundle now held here (inside the
    import's transaction); how many were written. A bundle from oneself records none."""
    store = session.store
    if m.sender.identity == session.me:
        return 0
    writer = CustodyWriter(session)
    head = m.custody_head.hex() if m.custody_head is not None else None
    for a in m.attachments:
        if not store.contents.has(a.digest):
            continue  # erased here, or only named by skipped ops: not received
        last = intake.last.get(a.digest)
        detail = {
            "bundle": m.bundle_id.hex(),
            "from": m.sender.identity.hex(),
            "sender_head": head,
            "sender_entry": last.entry_id.hex() if last is not None else None,
        }
        writer.add(a.digest, "receive", detail, after=last.entry_id if last is not None else None)
    store.custody.put_own(writer.entries, writer.head)
    return len(writer.entries)
