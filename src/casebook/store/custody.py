"""The custody log, kept in the encrypted vault (PROTECTION §4, docs/custody.md):

    custody (rowid, entry_id, author, seq, prev, item, item_prev, time_ms, event, encoded, sig)

Append-only: this module inserts rows and never changes or deletes one (a whole-vault deep
erase copies the table as it is). Entries of every author live here: the owner's own log, a
chain without gaps, and colleagues' entries that came with the items they sealed (their logs
with gaps: only the entries of the items carried). Rows are stored in the order they were
accepted, which is an order of every item's chain: an entry is taken only after the one its
`item_prev` names (or as a root).

A fork is two entries of one author with the same seq, the same prev, or the same item_prev
for the same item: `put` raises `ForkDetected`, the importer turns it into a compromise alert.

Also written here: `custody_heads`, each imported manifest's `custody_head` (what the sender
said its log held), and `custody_untrusted`, the entries of a revoked author past its custody
cut-off that were taken in after the revocation (docs/custody.md, "Revoked colleagues").
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from casebook.base import canonical
from casebook.base.errors import ForkDetected, VaultBusy, VaultCorrupt
from casebook.domain.custody import SignedEntry

if TYPE_CHECKING:
    from casebook.store.store import Store

__all__ = ["AttachmentOrigin", "CustodyLog", "CustodyRow"]

_COLS = "entry_id, author, seq, prev, item, item_prev, time_ms, event, encoded, sig"


def _b(v: Any) -> bytes | None:
    return bytes(v) if v is not None else None


@dataclass(frozen=True)
class CustodyRow:
    """An entry as stored (verified when it was taken in; `casebook custody verify` and the
    chain view verify it again from `encoded` and `sig`)."""

    entry_id: bytes
    author: bytes
    seq: int
    prev: bytes | None
    item: bytes
    item_prev: bytes | None
    time_ms: int
    event: str
    encoded: bytes
    sig: bytes

    def detail(self) -> dict[str, Any]:
        """The entry's detail (ids, hashes and codes only)."""
        doc = canonical.decode(self.encoded)
        detail = doc.get("detail") if isinstance(doc, dict) else None
        return detail if isinstance(detail, dict) else {}

    def line(self) -> bytes:
        """Its line of custody.jsonl."""
        doc = {
            "entry": canonical.decode(self.encoded),
            "id": self.entry_id.hex(),
            "sig": self.sig.hex(),
        }
        return canonical.encode(doc) + b"\n"


@dataclass(frozen=True)
class AttachmentOrigin:
    """The first attachment record here that names some content (for a late first entry)."""

    record_id: bytes
    created_ms: int
    author: bytes | None
    size: int


def _row(r: Sequence[Any]) -> CustodyRow:
    return CustodyRow(
        bytes(r[0]),
        bytes(r[1]),
        int(r[2]),
        _b(r[3]),
        bytes(r[4]),
        _b(r[5]),
        int(r[6]),
        str(r[7]),
        bytes(r[8]),
        bytes(r[9]),
    )


class CustodyLog:
    """The one writer of `custody`."""

    def __init__(self, store: Store) -> None:
        self._store = store

    # -- reads ----------------------------------------------------------------------------

    def head(self, author: bytes) -> tuple[int, bytes] | None:
        """(seq, entry id) of the author's latest entry held here, or None."""
        rows = self._store.query(
            "SELECT seq, entry_id FROM custody WHERE author = ? ORDER BY seq DESC LIMIT 1",
            (author,),
        )
        return (int(rows[0][0]), bytes(rows[0][1])) if rows else None

    def item_head(self, item: bytes, author: bytes | None = None) -> CustodyRow | None:
        """The latest entry held for an item (of one author, when given)."""
        where, args = "item = ?", [item]
        if author is not None:
            where += " AND author = ?"
            args.append(author)
        rows = self._store.query(
            f"SELECT {_COLS} FROM custody WHERE {where} ORDER BY rowid DESC LIMIT 1", args
        )
        return _row(rows[0]) if rows else None

    def get(self, entry_id: bytes) -> CustodyRow | None:
        """One entry by its id."""
        rows = self._store.query(f"SELECT {_COLS} FROM custody WHERE entry_id = ?", (entry_id,))
        return _row(rows[0]) if rows else None

    def has(self, entry_id: bytes) -> bool:
        """True when the entry is held here."""
        return bool(self._store.query("SELECT 1 FROM custody WHERE entry_id = ?", (entry_id,)))

    def of_item(self, item: bytes) -> list[CustodyRow]:
        """Every entry held for an item, in the order they were taken in."""
        rows = self._store.query(
            f"SELECT {_COLS} FROM custody WHERE item = ? ORDER BY rowid", (item,)
        )
        return [_row(r) for r in rows]

    def items(self) -> list[bytes]:
        """Every item with at least one entry, ascending."""
        return [
            bytes(r[0]) for r in self._store.query("SELECT DISTINCT item FROM custody ORDER BY 1")
        ]

    def find_items(self, prefix: str) -> list[bytes]:
        """Items whose SHA-256 starts with these hex digits: those with entries, and the
        contents attachment records name (at most two, enough to tell one from several)."""
        low = bytes.fromhex(prefix.ljust(64, "0"))
        high = bytes.fromhex(prefix.ljust(64, "f"))
        found = {
            bytes(r[0])
            for r in self._store.query(
                "SELECT DISTINCT item FROM custody WHERE item BETWEEN ? AND ? LIMIT 2", (low, high)
            )
        }
        rows = self._store.query(
            "SELECT DISTINCT sha256 FROM attachments WHERE sha256 BETWEEN ? AND ? LIMIT 2",
            (prefix.ljust(64, "0"), prefix.ljust(64, "f")),
        )
        found |= {bytes.fromhex(str(r[0])) for r in rows}
        return sorted(found)

    def stream_item(self, item: bytes) -> Iterator[CustodyRow]:
        """`of_item` without holding them all (for sealing)."""
        for r in self._store.stream(
            f"SELECT {_COLS} FROM custody WHERE item = ? ORDER BY rowid", (item,)
        ):
            yield _row(r)

    def iter_all(self) -> Iterator[CustodyRow]:
        """Every entry, by author and seq (for verification)."""
        for r in self._store.stream(f"SELECT {_COLS} FROM custody ORDER BY author, seq"):
            yield _row(r)

    def count(self) -> int:
        """How many entries are held."""
        return int(self._store.query("SELECT count(*) FROM custody")[0][0])

    def attachment_origin(self, sha256: bytes) -> AttachmentOrigin | None:
        """The earliest attachment record here that names this content."""
        rows = self._store.query(
            "SELECT id, created_hlc, created_by, size FROM attachments WHERE sha256 = ?"
            " ORDER BY created_hlc, id LIMIT 1",
            (sha256.hex(),),
        )
        if not rows:
            return None
        r = rows[0]
        return AttachmentOrigin(
            bytes(r[0]), int(r[1] or 0) >> 16, _b(r[2]), int(r[3]) if r[3] is not None else 0
        )

    def record_origin(self, record_id: bytes, size: int) -> AttachmentOrigin | None:
        """When and by whom an attachment record was made (for a late first entry when its
        content is about to go: its fixed fields may already read nothing)."""
        rows = self._store.query(
            "SELECT created_hlc, created_by FROM attachments WHERE id = ?", (record_id,)
        )
        if not rows:
            return None
        return AttachmentOrigin(record_id, int(rows[0][0] or 0) >> 16, _b(rows[0][1]), size)

    def untrusted(self, entry_ids: Sequence[bytes] | None = None) -> set[bytes]:
        """Which of these entries (or all, when None) are marked as signed by a revoked key
        after its cut-off."""
        if entry_ids is None:
            rows = self._store.query("SELECT entry_id FROM custody_untrusted")
            return {bytes(r[0]) for r in rows}
        out: set[bytes] = set()
        ids = list(entry_ids)
        for i in range(0, len(ids), 500):
            part = ids[i : i + 500]
            marks = ",".join("?" * len(part))
            rows = self._store.query(
                f"SELECT entry_id FROM custody_untrusted WHERE entry_id IN ({marks})", part
            )
            out |= {bytes(r[0]) for r in rows}
        return out

    def announced(self, author: bytes, up_to: int) -> int:
        """The highest seq of the author's custody entries that its own bundles numbered up
        to `up_to`, imported here, named as their `custody_head` (0: none held)."""
        rows = self._store.query(
            "SELECT coalesce(max(c.seq), 0) FROM custody_heads h"
            " JOIN custody c ON c.entry_id = h.head AND c.author = h.sender"
            " WHERE h.sender = ? AND h.bundle_seq <= ?",
            (author, up_to),
        )
        return int(rows[0][0])

    # -- writes ---------------------------------------------------------------------------

    def _fork(self, s: SignedEntry) -> str | None:
        """Why `s` forks an entry held here (None when it does not)."""
        e = s.entry
        rows = self._store.query(
            "SELECT entry_id FROM custody WHERE author = ? AND seq = ? AND entry_id != ?",
            (e.author, e.seq, s.entry_id),
        )
        if rows:
            return "two custody entries with one number"
        if e.prev is not None and self._store.query(
            "SELECT 1 FROM custody WHERE author = ? AND prev = ? AND entry_id != ?",
            (e.author, e.prev, s.entry_id),
        ):
            return "two custody entries after the same entry"
        if self._store.query(
            "SELECT 1 FROM custody WHERE author = ? AND item = ? AND item_prev IS ?"
            " AND entry_id != ?",
            (e.author, e.item, e.item_prev, s.entry_id),
        ):
            return "two custody entries after the same entry of an item"
        return None

    def put(self, s: SignedEntry) -> bool:
        """Keep a verified entry (inside a transaction); False when it is held already.

        Raises `ForkDetected` when it forks the author's log or the item's chain."""
        if self.has(s.entry_id):
            return False
        why = self._fork(s)
        if why is not None:
            raise ForkDetected(why)
        e = s.entry
        self._store.write(
            f"INSERT INTO custody ({_COLS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                s.entry_id,
                e.author,
                e.seq,
                e.prev,
                e.item,
                e.item_prev,
                e.time_ms,
                e.event,
                s.encoded,
                s.sig,
            ),
        )
        return True

    def note_head(self, sender: bytes, bundle_seq: int, head: bytes) -> None:
        """Keep an imported manifest's `custody_head` (inside the import's transaction)."""
        self._store.write(
            "INSERT OR IGNORE INTO custody_heads VALUES (?, ?, ?)", (sender, bundle_seq, head)
        )

    def mark_untrusted(self, entry_ids: Sequence[bytes]) -> None:
        """Mark entries as signed by a revoked key after its cut-off (inside a transaction)."""
        self._store.write_many(
            "INSERT OR IGNORE INTO custody_untrusted VALUES (?)", [(e,) for e in entry_ids]
        )

    def put_own(self, entries: Sequence[SignedEntry], head: tuple[int, bytes] | None) -> None:
        """Keep the owner's entries signed against `head` (inside a transaction).

        `VaultBusy` when another casebook process appended meanwhile: these entries would fork
        the owner's own log, so the caller gives up and nothing is kept."""
        if not entries:
            return
        if self.head(entries[0].entry.author) != head:
            raise VaultBusy("the custody log changed meanwhile: do it again")
        for s in entries:
            if not self.put(s):
                raise VaultCorrupt("a new custody entry was already held")
