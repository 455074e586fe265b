"""Signing the owner's custody entries (docs/custody.md): the one place that numbers and links
them, for the service (intake, view, export, ...) and for sealing and opening bundles.

    writer = CustodyWriter(session)        reads the owner's head once
    writer.add(item, event, detail)         the next entry: seq + 1, prev = the last one,
                                            item_prev = the owner's last entry for the item
                                            (or the `after` given: a sender's entry, for a
                                            receipt); a late first entry is added before it
                                            when the item's history here began before the log
    store.custody.put_own(writer.entries, writer.head)

`append` does it all inside a transaction the caller holds. Sealing signs its entries in the
export's read snapshot and keeps them with `put_own` only when the bundle is recorded, checking
that the head has not moved (another process appending meanwhile would otherwise fork the log).
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from casebook.base.errors import CasebookError, InputRejected
from casebook.domain.custody import Entry, SignedEntry, can_start, sign_entry

if TYPE_CHECKING:
    from casebook.store.custody import AttachmentOrigin
    from casebook.vault.session import Session

__all__ = ["CustodyWriter", "ErasureEntries", "append", "now_ms"]

_AUTO = object()


def now_ms() -> int:
    """The author's clock, in milliseconds (never proof of time: docs/custody.md)."""
    return int(time.time() * 1000)


class CustodyWriter:
    """The owner's next entries, signed in order against the log's head read once."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._store = session.store
        self.head = self._store.custody.head(session.me)
        self._seq = self.head[0] if self.head is not None else 0
        self._prev: bytes | None = self.head[1] if self.head is not None else None
        self._item_heads: dict[bytes, bytes] = {}
        self.entries: list[SignedEntry] = []

    def item_head(self, item: bytes) -> bytes | None:
        """The owner's last entry for the item, the entries signed here included."""
        if item in self._item_heads:
            return self._item_heads[item]
        row = self._store.custody.item_head(item, self._session.me)
        return row.entry_id if row is not None else None

    def add(
        self,
        item: bytes,
        event: str,
        detail: Mapping[str, Any],
        *,
        after: Any = _AUTO,
        time_ms: int | None = None,
    ) -> SignedEntry:
        """Sign the owner's next entry for `item`.

        `after` sets `item_prev` for an item the owner has no entry for yet (a receipt
        continues the sender's chain); otherwise the owner's last entry for the item is it.
        An event that cannot start a chain, on an item the owner has no entry for, gets a late
        first entry before it (`late_root`)."""
        prev_item = self.item_head(item)
        if prev_item is None and after is not _AUTO:
            prev_item = after
        if prev_item is None and not can_start(event, detail):
            prev_item = self.late_root(item).entry_id
        entry = Entry(
            author=self._session.me,
            seq=self._seq + 1,
            prev=self._prev,
            item=item,
            item_prev=prev_item,
            time_ms=now_ms() if time_ms is None else time_ms,
            event=event,
            detail=dict(detail),
        )
        signed = sign_entry(entry, self._session.identity)
        self._seq, self._prev = entry.seq, signed.entry_id
        self._item_heads[item] = signed.entry_id
        self.entries.append(signed)
        return signed

    def ensure_root(self, item: bytes, origin: AttachmentOrigin | None = None) -> None:
        """Give the item a first entry now if the owner has none (before its record goes;
        `origin`: the record's, read before it went)."""
        if self.item_head(item) is None:
            self.late_root(item, origin)

    def late_root(self, item: bytes, origin: AttachmentOrigin | None = None) -> SignedEntry:
        """A late first entry for content taken in before the custody log existed: the
        attachment record that named it first (or `origin`) says when, and whether it came
        from a colleague. `InputRejected` when no attachment here holds the content."""
        if origin is None:
            origin = self._store.custody.attachment_origin(item)
        if origin is None:
            raise InputRejected("no attachment here holds this content")
        detail: dict[str, Any]
        if origin.author is not None and origin.author != self._session.me:
            detail = {"event": "receive", "when": origin.created_ms, "from": origin.author.hex()}
        else:
            detail = {
                "event": "intake",
                "when": origin.created_ms,
                "record": origin.record_id.hex(),
                "size": origin.size,
            }
        return self.add(item, "note_late", detail, after=None)


def append(session: Session, item: bytes, event: str, detail: Mapping[str, Any]) -> SignedEntry:
    """Sign and keep one entry of the owner's (and a late first one if needed), inside the
    transaction the caller holds."""
    writer = CustodyWriter(session)
    signed = writer.add(item, event, detail)
    session.store.custody.put_own(writer.entries, writer.head)
    return signed


class ErasureEntries:
    """The owner's `erase` entries for attachments whose content this vault held and that
    someone else's erasure purges here: a colleague's own erasure arriving in a bundle, or a
    colleague's erasure the owner confirms (docs/custody.md). Inside the caller's transaction:

        entries = ErasureEntries(session)
        entries.note(redact)          before the redact is applied or confirmed: the record's
                                      content, its origin (the record may be gone after)
        ... apply / confirm ...
        entries.write()               an `erase` entry for each noted redact that purged here

    Bookkeeping never fails the erasure: an entry that cannot be made is left out.
    """

    def __init__(self, session: Session) -> None:
        self._session = session
        self._noted: list[tuple[bytes, AttachmentOrigin, dict[str, Any]]] = []

    def note(self, redact_id: bytes, by: bytes, reason: str, record_id: bytes) -> None:
        """Note a whole-record erasure of an attachment record, before it takes effect."""
        store = self._session.store
        try:
            held = store.erasure.attached(record_id)
            if held is None or not store.contents.has(held[0]):
                return  # its content was never held here, or is gone already
            origin = store.custody.record_origin(record_id, held[1])
        except CasebookError:
            return
        if origin is None:
            return
        detail = {"record": record_id.hex(), "op": redact_id.hex(), "reason": reason}
        self._noted.append((held[0], origin, detail | {"by": by.hex()}))

    def write(self) -> int:
        """Sign and keep the entries of the noted erasures that purged here; how many."""
        if not self._noted:
            return 0
        store = self._session.store
        noted, self._noted = self._noted, []
        try:
            writer = CustodyWriter(self._session)
            for item, origin, detail in noted:
                if not store.erasure.purged_by(bytes.fromhex(detail["op"])):
                    continue  # hidden until the owner confirms, or aimed elsewhere
                writer.ensure_root(item, origin)
                writer.add(item, "erase", detail)
            store.custody.put_own(writer.entries, writer.head)
            return sum(1 for s in writer.entries if s.entry.event == "erase")
        except CasebookError:
            return 0
