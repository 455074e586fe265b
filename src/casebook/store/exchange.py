"""What passed between this vault and its peers, and which ops go into a bundle.

    bundles_out   the owner's own bundle chain: seq, id, manifest hash, recipients
    bundles_in    every bundle imported, keyed by (sender, bundle_id), with its seq and prev
    acks          per peer and author, the highest seq the peer said it holds

The export's op selection lives here too: it streams the `ops` rows to send, so that a bundle
of any size is sealed in flat memory.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NamedTuple

from casebook.base.errors import CasebookError
from casebook.domain.records import Exchange

if TYPE_CHECKING:
    from casebook.store.store import Store

__all__ = ["ExchangeLog", "InBundle", "OpHead", "OpSelection", "ValueHead"]

_OP_COLS = "SELECT encoded, sig, kind FROM ops"
# With what an audience plan needs to decide each op (casebook.bundle.audience).
_OP_COLS_PLAN = "SELECT encoded, sig, kind, entity, entity_id, reg_field, case_id, v FROM ops"
_HUSKS_STAY = " AND husk = 0"  # an erased v1 op never travels
# A disclosure travels unless an erasure names its op (purged, hidden or awaiting here).
_DISCLOSED = (
    "SELECT o.op_id, d.nonce, d.value, o.kind FROM ops o JOIN disclosures d ON d.op_rowid = o.rowid"
)
_DISCLOSED_PLAN = (
    "SELECT o.op_id, d.nonce, d.value, o.kind, o.entity, o.entity_id, o.reg_field, o.case_id"
    " FROM ops o JOIN disclosures d ON d.op_rowid = o.rowid"
)
_NOT_ERASED = (
    " AND NOT EXISTS (SELECT 1 FROM redactions r WHERE r.target_id = o.op_id"
    " AND r.status IN ('purged', 'hidden', 'awaiting'))"
)


@dataclass(frozen=True)
class OpSelection:
    """Which ops a bundle carries: every op of `case_ids`, or per author those above a floor."""

    case_ids: tuple[bytes, ...] | None
    floors: tuple[tuple[bytes, int], ...] = ()


class OpHead(NamedTuple):
    """A selected op, with its register and case."""

    encoded: bytes
    sig: bytes
    kind: str
    entity: str
    entity_id: bytes
    reg_field: str
    case_id: bytes | None
    v: int


class ValueHead(NamedTuple):
    """A selected disclosure, with its op's register and case."""

    op_id: bytes
    nonce: bytes
    value: bytes  # canonical JSON
    kind: str
    entity: str
    entity_id: bytes
    reg_field: str
    case_id: bytes | None


@dataclass(frozen=True)
class InBundle:
    """A bundle imported, as `bundles_in` keeps it."""

    sender: bytes
    bundle_id: bytes
    seq: int
    prev: bytes | None
    manifest_hash: bytes


class ExchangeLog:
    """The one writer of `bundles_out`, `bundles_in` and `acks`."""

    def __init__(self, store: Store) -> None:
        self._store = store

    # -- bundles sent ---------------------------------------------------------------------

    def last_out(self) -> tuple[int, bytes] | None:
        """(seq, manifest hash) of the owner's latest bundle."""
        rows = self._store.query(
            "SELECT seq, manifest_hash FROM bundles_out ORDER BY seq DESC LIMIT 1"
        )
        return (int(rows[0][0]), bytes(rows[0][1])) if rows else None

    def record_out(
        self,
        seq: int,
        bundle_id: bytes,
        manifest_hash: bytes,
        created_ms: int,
        recipients: Sequence[bytes],
    ) -> None:
        """Record a sealed bundle (inside a transaction); refuse a seq another export took."""
        last = self.last_out()
        if (last[0] if last else 0) != seq - 1:
            raise CasebookError("another export ran at the same time: export again")
        self._store.write(
            "INSERT INTO bundles_out VALUES (?, ?, ?, ?, ?)",
            (seq, bundle_id, manifest_hash, created_ms, json.dumps([r.hex() for r in recipients])),
        )

    # -- bundles received -----------------------------------------------------------------

    def received(self, sender: bytes, bundle_id: bytes) -> InBundle | None:
        """The bundle of this sender with this id, if imported."""
        rows = self._store.query(
            "SELECT seq, prev, manifest_hash FROM bundles_in WHERE sender = ? AND bundle_id = ?",
            (sender, bundle_id),
        )
        return _in(sender, bundle_id, rows[0]) if rows else None

    def received_between(self, sender: bytes, low: int, high: int) -> list[InBundle]:
        """The sender's bundles imported with seq in [low, high]."""
        rows = self._store.query(
            "SELECT seq, prev, manifest_hash, bundle_id FROM bundles_in"
            " WHERE sender = ? AND seq BETWEEN ? AND ?",
            (sender, low, high),
        )
        return [_in(sender, bytes(r[3]), r) for r in rows]

    def last_received_seq(self, sender: bytes) -> int:
        """The highest bundle seq imported from `sender` (0: none)."""
        (last,) = self._store.query(
            "SELECT coalesce(max(seq), 0) FROM bundles_in WHERE sender = ?", (sender,)
        )[0]
        return int(last)

    def sender_head(self, sender: bytes, up_to: int) -> int:
        """The highest own-op seq the sender declared in its bundles up to `up_to`."""
        (head,) = self._store.query(
            "SELECT coalesce(max(sender_head), 0) FROM bundles_in WHERE sender = ? AND seq <= ?",
            (sender, up_to),
        )[0]
        return int(head)

    def record_in(
        self,
        bundle: InBundle,
        sender_head: int,
        imported_ms: int,
        ops: int,
        acks: Mapping[bytes, int] | None,
    ) -> None:
        """Record an imported bundle and merge the sender's acks (inside a transaction)."""
        self._store.write(
            "INSERT INTO bundles_in (sender, bundle_id, seq, prev, manifest_hash, sender_head,"
            " imported_ms, ops) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                bundle.sender,
                bundle.bundle_id,
                bundle.seq,
                bundle.prev,
                bundle.manifest_hash,
                sender_head,
                imported_ms,
                ops,
            ),
        )
        if acks:
            self._store.write_many(
                "INSERT INTO acks (peer, author, seq) VALUES (?, ?, ?) "
                "ON CONFLICT (peer, author) DO UPDATE SET seq = max(seq, excluded.seq)",
                [(bundle.sender, author, seq) for author, seq in acks.items()],
            )

    def exchanges(self) -> dict[bytes, Exchange]:
        """Per peer identity: bundles received and sent (peers with none are absent)."""
        received = {
            bytes(sender): (count, top, last)
            for sender, count, top, last in self._store.query(
                "SELECT sender, count(*), max(seq), max(imported_ms) FROM bundles_in"
                " GROUP BY sender"
            )
        }
        sent: dict[bytes, tuple[int, int]] = {}
        for created_ms, recipients in self._store.query(
            "SELECT created_ms, recipients FROM bundles_out"
        ):
            for hex_id in json.loads(recipients):
                identity = bytes.fromhex(hex_id)
                count, last = sent.get(identity, (0, 0))
                sent[identity] = (count + 1, max(last, int(created_ms)))
        out: dict[bytes, Exchange] = {}
        for identity in received.keys() | sent.keys():
            r_count, r_top, r_last = received.get(identity, (0, None, None))
            s_count, s_last = sent.get(identity, (0, None))
            out[identity] = Exchange(r_count, r_top, r_last, s_count, s_last)
        return out

    def record_sent(self, seq: int, op_ids: Sequence[bytes]) -> None:
        """Record which disclosures went out in the owner's bundle `seq` (inside a
        transaction): the ledger behind "what does X hold from me?". In key order: the rows
        then fill the table's B-tree leaf by leaf instead of landing on random pages."""
        self._store.write_many(
            "INSERT OR IGNORE INTO sent_disclosures VALUES (?, ?)",
            [(seq, o) for o in sorted(op_ids)],
        )

    def bundles_carrying(self, op_ids: Sequence[bytes]) -> list[tuple[int, int, list[bytes]]]:
        """(bundle seq, sealed ms, recipients) of every owner's bundle that carried any of
        these disclosures."""
        seqs: set[int] = set()
        ids = list(op_ids)
        for i in range(0, len(ids), 500):
            part = ids[i : i + 500]
            marks = ",".join("?" * len(part))
            rows = self._store.query(
                f"SELECT DISTINCT bundle_seq FROM sent_disclosures WHERE op_id IN ({marks})", part
            )
            seqs |= {int(r[0]) for r in rows}
        out = []
        for seq in sorted(seqs):
            rows = self._store.query(
                "SELECT created_ms, recipients FROM bundles_out WHERE seq = ?", (seq,)
            )
            if rows:
                peers = [bytes.fromhex(h) for h in json.loads(rows[0][1])]
                out.append((seq, int(rows[0][0]), peers))
        return out

    def sent_to(self, identity: bytes) -> list[tuple[int, int, int]]:
        """(bundle seq, sealed ms, disclosures carried) of every owner's bundle sealed to a
        peer: what that peer holds from this vault."""
        rows = self._store.query(
            "SELECT b.seq, b.created_ms, b.recipients,"
            " (SELECT count(*) FROM sent_disclosures s WHERE s.bundle_seq = b.seq)"
            " FROM bundles_out b ORDER BY b.seq"
        )
        key = identity.hex()
        return [(int(r[0]), int(r[1]), int(r[3])) for r in rows if key in json.loads(r[2])]

    def acknowledged_by(self, author: bytes, seq: int) -> list[bytes]:
        """The peers that said they hold `author`'s ops up to `seq` or beyond."""
        rows = self._store.query(
            "SELECT peer FROM acks WHERE author = ? AND seq >= ?", (author, seq)
        )
        return [bytes(r[0]) for r in rows]

    # -- what to send ---------------------------------------------------------------------

    def version_vector(self) -> dict[bytes, int]:
        """Per author, the highest seq n such that this vault holds that author's ops 1..n."""
        q = self._store.query
        firsts = dict(q("SELECT author, min(seq) FROM ops GROUP BY author"))
        ends = q(
            "SELECT author, min(seq) FROM ops o WHERE NOT EXISTS (SELECT 1 FROM ops p"
            " WHERE p.author = o.author AND p.seq = o.seq + 1) GROUP BY author"
        )
        return {bytes(a): int(end) for a, end in ends if firsts.get(a) == 1}

    def selection(self, peers: Sequence[bytes], case_ids: Sequence[bytes] | None) -> OpSelection:
        """The ops to send to `peers`: every op of `case_ids`, or, without a case filter, per
        author every op above what the least informed recipient acknowledged."""
        if case_ids is not None:
            return OpSelection(tuple(case_ids))
        acked = [
            {
                bytes(a): int(s)
                for a, s in self._store.query("SELECT author, seq FROM acks WHERE peer = ?", (p,))
            }
            for p in peers
        ]
        floors = []
        for (author,) in self._store.query("SELECT DISTINCT author FROM ops ORDER BY author"):
            a = bytes(author)
            floors.append((a, min((k.get(a, 0) for k in acked), default=0)))
        return OpSelection(None, tuple(floors))

    def selected_ops(self, selection: OpSelection) -> Iterator[tuple[bytes, bytes, str]]:
        """(encoded, sig, kind) of every selected op, in order, streamed; husks stay home."""
        for enc, sig, kind in self._selected(selection, _OP_COLS, _HUSKS_STAY, "author, seq"):
            yield bytes(enc), bytes(sig), str(kind)

    def selected_disclosures(
        self, selection: OpSelection
    ) -> Iterator[tuple[bytes, bytes, bytes, str]]:
        """(op id, nonce, canonical value, kind) of the disclosures that go with the selected
        ops, in the same order, streamed: none for an op an erasure names."""
        cond = _NOT_ERASED if self._store.erasure.any_redactions() else ""
        for op_id, nonce, value, kind in self._selected(
            selection, _DISCLOSED, cond, "o.author, o.seq"
        ):
            yield bytes(op_id), bytes(nonce), bytes(value), str(kind)

    def selected_ops_planned(self, selection: OpSelection) -> Iterator[OpHead]:
        """`selected_ops` with each op's register and case, for an audience plan to decide."""
        for row in self._selected(selection, _OP_COLS_PLAN, _HUSKS_STAY, "author, seq"):
            enc, sig, kind, entity, entity_id, reg, case_id, v = row
            yield OpHead(
                bytes(enc),
                bytes(sig),
                str(kind),
                str(entity),
                bytes(entity_id),
                str(reg),
                bytes(case_id) if case_id is not None else None,
                int(v),
            )

    def selected_disclosures_planned(self, selection: OpSelection) -> Iterator[ValueHead]:
        """`selected_disclosures` with each op's register and case."""
        cond = _NOT_ERASED if self._store.erasure.any_redactions() else ""
        for row in self._selected(selection, _DISCLOSED_PLAN, cond, "o.author, o.seq"):
            op_id, nonce, value, kind, entity, entity_id, reg, case_id = row
            yield ValueHead(
                bytes(op_id),
                bytes(nonce),
                bytes(value),
                str(kind),
                str(entity),
                bytes(entity_id),
                str(reg),
                bytes(case_id) if case_id is not None else None,
            )

    def _selected(self, selection: OpSelection, head: str, cond: str, order: str) -> Iterator[Any]:
        """Rows of `head` for the selected ops (`cond` appended to the filter)."""
        if selection.case_ids is not None:
            marks = ",".join("?" * len(selection.case_ids))
            sql = f"{head} WHERE case_id IN ({marks}){cond} ORDER BY {order}"
            yield from self._store.stream(sql, selection.case_ids)
            return
        for author, floor in selection.floors:
            sql = f"{head} WHERE author = ? AND seq > ?{cond} ORDER BY {order}"
            yield from self._store.stream(sql, (author, floor))


def _in(sender: bytes, bundle_id: bytes, r: Sequence[Any]) -> InBundle:
    seq, prev, digest = r[0], r[1], r[2]
    return InBundle(
        sender,
        bundle_id,
        int(seq),
        bytes(prev) if prev is not None else None,
        bytes(digest),
    )
