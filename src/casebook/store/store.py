"""The Store: the encrypted DB of one vault, and the only place that speaks SQL.

    Store                 connection, transactions, snapshots, meta, the op-log and its fold
      .keys               identity, enc_keys               (store/keys.py)
      .records            reads of the materialised tables (store/records.py)
      .contents           contents: attachment bytes        (store/contents.py)
      .peers              peers                             (store/peers.py)
      .exchange           bundles_out, bundles_in, acks     (store/exchange.py)
      .alerts             alerts                            (store/alerts.py)
      .drafts             drafts                            (store/drafts.py)
      .custody            custody: the custody log          (store/custody.py)
      .docket             reads for statistics and reports  (store/docket.py)
      .clearances         clearances                        (store/clearances.py)
      .organisations      peer_orgs                         (store/organisations.py)
      .reports            reports_out, report_disclosures   (store/reports.py)
      .pseudonyms         pseudonyms given and received     (store/pseudonyms.py)
      .overrides          seal_overrides                    (store/overrides.py)
      .audience           reads for labels and export by audience (store/audience.py)

Each table has one writer. `apply` (store/applying.py) is the fold of `casebook.domain.fold`
done incrementally: an op changes only its own register, whose live set is recomputed with one
indexed query and materialised by `store/materialise.py`, the one writer of the entity tables,
`conflicts` and the search index. One thread owns a Store (STYLE). Writes happen in explicit
transactions.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from casebook.base import canonical
from casebook.base.errors import (
    CasebookError,
    VaultBusy,
    VaultCorrupt,
    VaultReadOnly,
)
from casebook.crypto.keys import hash32
from casebook.domain.fold import winner_key
from casebook.domain.model import ENTITIES
from casebook.domain.oplog import DELETED, SignedOp
from casebook.store import applying, db
from casebook.store.alerts import Alerts
from casebook.store.audience import AudienceReads
from casebook.store.clearances import Clearances
from casebook.store.contents import Contents
from casebook.store.custody import CustodyLog
from casebook.store.docket import Docket
from casebook.store.drafts import Drafts
from casebook.store.erasure import Erasure, ValueState
from casebook.store.exchange import ExchangeLog
from casebook.store.keys import Keys
from casebook.store.materialise import Materialiser, deps_of_encoded
from casebook.store.organisations import Organisations
from casebook.store.overrides import SealOverrides
from casebook.store.peers import Peers
from casebook.store.pseudonyms import Pseudonyms
from casebook.store.records import RecordReader
from casebook.store.reports import ReportLog
from casebook.store.rows import OPROW_COLS, LiveOp, OpRow, complete_schema, migrate
from casebook.store.schema import FTS_TABLES, SCHEMA_VERSION, SEARCH_INDEX_VERSION, ddl
from casebook.store.search import Hit, build_match
from casebook.store.travel import Travel

__all__ = ["LiveOp", "OpRow", "Store"]


class Store:
    """The encrypted case store of one vault."""

    def __init__(
        self,
        con: db.Connection,
        *,
        folder: Path | None = None,
        not_applicable: tuple[str, ...] = (),
    ) -> None:
        self.con = con
        self.folder = folder  # the vault's folder: tells a full disk from a lost drive
        # Opened read-only (read-only media): every write is refused with `VaultReadOnly`.
        self.read_only = bool(con.execute("PRAGMA query_only").fetchone()[0])
        self.not_applicable = not_applicable  # pragmas the self-test could not apply
        self._max_hlc: int | None = None
        self.materialiser = Materialiser(self)  # the entity tables' one writer: store-internal
        self.keys = Keys(self)
        self.records = RecordReader(self)
        self.contents = Contents(self)
        self.peers = Peers(self)
        self.exchange = ExchangeLog(self)
        self.alerts = Alerts(self)
        self.drafts = Drafts(self)
        self.erasure = Erasure(self)
        self.custody = CustodyLog(self)
        self.travel = Travel(self)
        self.docket = Docket(self)
        self.clearances = Clearances(self)
        self.organisations = Organisations(self)
        self.reports = ReportLog(self)
        self.pseudonyms = Pseudonyms(self)
        self.overrides = SealOverrides(self)
        self.audience = AudienceReads(self)
        self._owner: bytes | None = None

    # -- lifecycle ------------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path, key: bytes, *, create: bool = False) -> Store:
        """Open the DB, create or check the schema, and run the self-test."""
        con = db.open_db(path, key, create=create)
        try:
            if create:
                con.executescript(ddl())
                con.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,))
            row = con.execute("SELECT v FROM meta WHERE k = 'schema'").fetchone()
            if row is not None and row[0] in (1, 2):
                row = (migrate(con, row[0]),)
            elif row is not None and row[0] == SCHEMA_VERSION and not create:
                complete_schema(con)
            if row is None or row[0] != SCHEMA_VERSION:
                raise VaultCorrupt("unknown schema version")
            if create:
                con.execute(
                    "INSERT OR REPLACE INTO meta VALUES ('search', ?)", (SEARCH_INDEX_VERSION,)
                )
            not_applicable = db.self_test(con, FTS_TABLES)
            store = cls(con, folder=path.parent, not_applicable=not_applicable)
            store.refresh_search_index()
        except db.DB_ERRORS as e:
            con.close()
            raise db.translate(e, folder=path.parent) from e
        except BaseException:
            con.close()
            raise
        return store

    def refresh_search_index(self) -> bool:
        """Bring the search index up to what this version indexes (version 1: vocabulary
        fields by their labels in both languages), once; True when it did. A vault on read-only
        media, or one another process is writing to, is left for the next open."""
        rows = self.query("SELECT v FROM meta WHERE k = 'search'")
        if (rows and int(rows[0][0]) >= SEARCH_INDEX_VERSION) or self.read_only:
            return False
        try:
            with self.transaction():
                self.materialiser.reindex_vocabulary_fields()
                self.write(
                    "INSERT OR REPLACE INTO meta VALUES ('search', ?)", (SEARCH_INDEX_VERSION,)
                )
        except (VaultBusy, VaultReadOnly):
            return False
        return True

    def close(self) -> None:
        """Close the connection; the Store is unusable afterwards."""
        if not self.read_only:
            with contextlib.suppress(*db.DB_ERRORS):
                self.con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.con.close()

    def _error(self, e: BaseException) -> CasebookError:
        return db.translate(e, folder=self.folder)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """All or nothing: commit on success, roll back on any exception.

        Raises `VaultReadOnly` at once on read-only media, `VaultBusy` when another process
        holds the write lock for longer than the busy timeout."""
        if self.read_only:
            raise VaultReadOnly("the vault is on read-only media")
        try:
            self.con.execute("BEGIN IMMEDIATE")
        except db.DB_ERRORS as e:
            raise self._error(e) from e
        self._max_hlc = None  # another connection may have written since
        # ... and may have sent cases travelling: our next seq must count their ops.
        self.travel.forget_cache()
        try:
            yield
        except db.DB_ERRORS as e:
            self._rollback()
            raise self._error(e) from e
        except BaseException:
            self._rollback()
            raise
        try:
            self.con.execute("COMMIT")
        except db.DB_ERRORS as e:
            self._rollback()
            raise self._error(e) from e

    def _rollback(self) -> None:
        self._max_hlc = None  # the cached clock may name an op that was rolled back
        self.erasure.forget_cache()
        self.travel.forget_cache()
        self.materialiser.forget_cache()
        with contextlib.suppress(*db.DB_ERRORS):
            self.con.execute("ROLLBACK")

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[None]:
        """A read transaction: every query inside sees the same committed state (WAL)."""
        try:
            self.con.execute("BEGIN DEFERRED")
        except db.DB_ERRORS as e:
            raise self._error(e) from e
        try:
            yield
        finally:
            with contextlib.suppress(*db.DB_ERRORS):
                self.con.execute("ROLLBACK")

    def query(self, sql: str, args: Sequence[Any] = ()) -> list[Any]:
        """Run a read query and return all rows, with errors translated (store/ only)."""
        try:
            rows: list[Any] = self.con.execute(sql, args).fetchall()
        except db.DB_ERRORS as e:
            raise self._error(e) from e
        return rows

    def stream(self, sql: str, args: Sequence[Any] = ()) -> Iterator[Any]:
        """Stream the rows of a read query without holding them all (store/ only)."""
        try:
            cur = self.con.execute(sql, args)
            while rows := cur.fetchmany(1000):
                yield from rows
        except db.DB_ERRORS as e:
            raise self._error(e) from e

    def write(self, sql: str, args: Sequence[Any] = ()) -> int:
        """Run one write statement inside the caller's transaction; the rows it changed."""
        try:
            return int(self.con.execute(sql, args).rowcount)
        except db.DB_ERRORS as e:
            raise self._error(e) from e

    def write_many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        """Run one write statement for many rows inside the caller's transaction."""
        try:
            self.con.executemany(sql, rows)
        except db.DB_ERRORS as e:
            raise self._error(e) from e

    def integrity_messages(self) -> list[str]:
        """What SQLCipher's page check and SQLite's integrity check report ([] when sound)."""
        problems: list[str] = []
        for pragma in ("cipher_integrity_check", "integrity_check"):
            try:
                for (msg,) in self.con.execute(f"PRAGMA {pragma}").fetchall():
                    if msg != "ok":
                        problems.append(str(msg))
            except Exception as e:  # noqa: BLE001 - report any storage failure, never crash
                problems.append(f"{pragma} failed: {type(e).__name__}")
        return problems

    # -- meta -----------------------------------------------------------------------------

    def get_meta(self, key: str, default: Any = None) -> Any:
        """A value from the meta table."""
        rows = self.query("SELECT v FROM meta WHERE k = ?", (key,))
        return rows[0][0] if rows else default

    def set_meta(self, key: str, value: Any) -> None:
        """Set a meta value (call inside a transaction)."""
        self.write("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    # -- ops ------------------------------------------------------------------------------

    def has_op(self, op_id: bytes) -> bool:
        """True when this op is already in the log."""
        return bool(self.query("SELECT 1 FROM ops WHERE op_id = ?", (op_id,)))

    def author_head(self, author: bytes) -> tuple[int, bytes] | None:
        """(seq, op_id) of the author's latest op, or None. Ops of cases that travelled
        (`travel_away`) count: the chain goes on after them, never over them."""
        rows = self.query(
            "SELECT seq, op_id FROM ops WHERE author = ? ORDER BY seq DESC LIMIT 1", (author,)
        )
        head = (rows[0][0], rows[0][1]) if rows else None
        away = self.travel.away_head(author)
        if away is not None and (head is None or away[0] > head[0]):
            return away
        return head

    def max_hlc(self) -> int:
        """The greatest clock value seen."""
        if self._max_hlc is None:
            self._max_hlc = int(self.get_meta("hlc", 0))
        return self._max_hlc

    def live_ops(self, entity_id: bytes, reg_field: str) -> list[LiveOp]:
        """The live ops of a register, provisional winner first."""
        rows = self.query(
            "SELECT o.op_id, o.hlc, o.author, o.kind FROM ops o "
            "WHERE o.entity_id = ? AND o.reg_field = ? AND NOT EXISTS ("
            "  SELECT 1 FROM op_deps d WHERE d.dep_id = o.op_id"
            "  AND d.entity_id = o.entity_id AND d.reg_field = o.reg_field)",
            (entity_id, reg_field),
        )
        live = [LiveOp(r[0], r[1], r[2], r[3]) for r in rows]
        live.sort(key=lambda o: winner_key(o.hlc, o.author, o.op_id), reverse=True)
        return live

    def live_ops_of_entity(self, entity_id: bytes) -> list[bytes]:
        """Every live op id of every field register of an entity (what a delete has seen)."""
        regs = self.query(
            "SELECT DISTINCT reg_field FROM ops WHERE entity_id = ? AND reg_field NOT LIKE '\\_%' "
            "ESCAPE '\\'",
            (entity_id,),
        )
        return [o.op_id for (reg,) in regs for o in self.live_ops(entity_id, reg)]

    def op_row(self, op_id: bytes) -> OpRow | None:
        """One stored op."""
        rows = self.query(f"SELECT {OPROW_COLS} FROM ops WHERE op_id = ?", (op_id,))
        return OpRow(*rows[0]) if rows else None

    def iter_ops(self, batch: int = 2000) -> Iterator[OpRow]:
        """Every op, by author and seq (for verify and export)."""
        last: tuple[bytes, int] = (b"", 0)
        while True:
            rows = self.query(
                f"SELECT {OPROW_COLS} FROM ops WHERE (author, seq) > (?, ?) "
                "ORDER BY author, seq LIMIT ?",
                (last[0], last[1], batch),
            )
            if not rows:
                return
            for r in rows:
                yield OpRow(*r)
            last = (rows[-1][1], rows[-1][2])

    def apply(self, s: SignedOp) -> bool:
        """Apply one verified op inside the current transaction (store/applying.py). False if
        it was already here. Raises `ForkDetected` when the author already has a different
        op at this seq."""
        return applying.apply_one(self, s)

    def apply_many(self, ops: Sequence[SignedOp]) -> list[bool]:
        """Apply verified ops in order inside the current transaction, sharing the work
        (store/applying.py); for each, False if it was already here. Raises `ForkDetected`
        with the index of the forked op."""
        return applying.apply_many(self, ops)

    def note_hlc(self, hlc: int) -> None:
        """Raise the greatest clock value seen to `hlc` (an op just stored)."""
        if hlc > self.max_hlc():
            self.set_meta("hlc", hlc)
            self._max_hlc = hlc

    def remove_ops(self, op_ids: Sequence[bytes]) -> None:
        """Take ops out of the log, with their dependency rows (travel: the cases left this
        vault; inside a transaction, after their values and records went)."""
        ids = list(op_ids)
        for i in range(0, len(ids), 500):
            part = ids[i : i + 500]
            marks = ",".join("?" * len(part))
            self.write(f"DELETE FROM op_deps WHERE op_id IN ({marks})", part)
            self.write(f"DELETE FROM op_deps WHERE dep_id IN ({marks})", part)
            self.write(f"DELETE FROM ops WHERE op_id IN ({marks})", part)
        self._max_hlc = None

    def forget_records(self, entity_ids: set[bytes]) -> None:
        """Drop records from every materialised table and the search index (travel)."""
        self.materialiser.forget(entity_ids)

    def rematerialise(self, registers: set[tuple[bytes, str]], new: SignedOp | None = None) -> None:
        """Recompute registers whose shown value changed (an erasure, a late disclosure)."""
        for entity_id, reg in sorted(registers):
            kind = self.records.kind_of(entity_id)
            if kind is not None:
                self.materialiser.recompute(ENTITIES[kind], entity_id, reg, new)

    def checkpoint(self) -> None:
        """Write the WAL back into the DB and truncate it, so freed pages leave the WAL file."""
        with contextlib.suppress(*db.DB_ERRORS):
            self.con.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def redact_reason(self, redact_id: bytes) -> str:
        """The reason code a `redact` op gives ('' when it is not one)."""
        row = self.op_row(redact_id)
        if row is None or row.kind != "redact":
            return ""
        return str(canonical.decode(row.encoded).get("reason", ""))

    def owner(self) -> bytes:
        """The identity key of this vault's owner (whose own erasures purge at once)."""
        if self._owner is None:
            try:
                self._owner = self.keys.load_identity().public
            except VaultCorrupt:
                self._owner = b""  # a bare store (tests, replicas being built): no owner
        return self._owner

    def husk(self, op_id: bytes) -> None:
        """Drop a v1 op's signed bytes after its value was erased; its header stays."""
        self.write("UPDATE ops SET encoded = x'', husk = 1 WHERE op_id = ? AND v = 1", (op_id,))

    def value_state(self, op_id: bytes, new: SignedOp | None = None) -> ValueState:
        """What this vault can show of an op's value (`new`: the op being applied)."""
        if new is not None and new.op_id == op_id:
            kind, v = new.op.kind, new.op.version
        else:
            rows = self.query("SELECT kind, v, husk, encoded FROM ops WHERE op_id = ?", (op_id,))
            if not rows:
                return ValueState("none")
            kind, v = str(rows[0][0]), int(rows[0][1])
            if v == 1 and rows[0][2]:
                return ValueState("erased")
        if kind not in ("create", "attach", "set", "resolve"):
            return ValueState("none")
        status = self.erasure.status(op_id)
        if new is not None and new.op_id == op_id and v == 2 and status is None:
            d = new.disclosure  # the op being applied: its disclosure is at hand
            return ValueState("value", d.value) if d is not None else ValueState("withheld")
        if status == "purged":
            return ValueState("erased")
        if status == "hidden":
            return ValueState("hidden")
        if v == 1:
            if new is not None and new.op_id == op_id:
                return ValueState("value", new.op.value)
            return ValueState("value", canonical.decode(bytes(rows[0][3]))["value"])
        held = self.erasure.disclosed(op_id)
        if held is None:
            return ValueState("erased" if status else "withheld")
        return ValueState("value", held[1])

    def deletes(self, op_id: bytes, new: SignedOp | None = None) -> bool:
        """True when this op of "_deleted" deletes its record."""
        if new is not None and new.op_id == op_id:
            return new.deletes
        row = self.op_row(op_id)
        return row is not None and row.deletes

    def unseen_edits(self, entity_id: bytes) -> list[bytes]:
        """Live edits of an entity that its live delete did not see."""
        deletes = self.live_ops(entity_id, DELETED)
        if not deletes:
            return []
        row = self.op_row(deletes[0].op_id)
        seen = set(deps_of_encoded(row.encoded)) if row is not None else set()
        return [o for o in self.live_ops_of_entity(entity_id) if o not in seen]

    # -- search and state -----------------------------------------------------------------

    def search(self, query: str, *, limit: int = 50) -> list[Hit]:
        """Full-text search; the newest matches first, never ranking every hit (DESIGN §7)."""
        match = build_match(query)
        if match is None:
            return []
        rows = self.query(
            "SELECT s.entity, s.entity_id, s.case_id, s.field,"
            " snippet(fts, 0, '\u27e6', '\u27e7', '…', 16) "
            "FROM fts JOIN search_rows s ON s.rowid = fts.rowid "
            "LEFT JOIN cases c ON c.id = s.case_id "
            "WHERE fts MATCH ? AND coalesce(c.deleted, 0) = 0 "
            "ORDER BY fts.rowid DESC LIMIT ?",
            (match, limit),
        )
        return [Hit(r[0], r[1], r[2], r[3], r[4]) for r in rows]

    # -- state ----------------------------------------------------------------------------

    def state_hash(self) -> bytes:
        """The same digest as `casebook.domain.fold.State.state_hash`, computed from the tables."""
        return self._state_hash(
            self.query("SELECT DISTINCT entity_id, reg_field FROM ops ORDER BY 1, 2")
        )

    def case_state_hash(self, case_id: bytes) -> bytes:
        """The state hash of one case alone: the same digest over the registers of its ops
        (equal wherever the same ops of that case are held; travel compares it)."""
        return self._state_hash(
            self.query(
                "SELECT DISTINCT entity_id, reg_field FROM ops WHERE case_id = ? ORDER BY 1, 2",
                (case_id,),
            )
        )

    def _state_hash(self, regs: list[Any]) -> bytes:
        parts = []
        deleted_conflicts = set()
        for entity_id, reg in regs:
            live = self.live_ops(entity_id, reg)
            parts.append(entity_id + reg.encode() + b"\x00" + b"".join(o.op_id for o in live))
            if reg == DELETED and live:
                row = self.op_row(live[0].op_id)
                if row is not None and row.deletes:
                    seen = set(deps_of_encoded(row.encoded))
                    if any(o not in seen for o in self.live_ops_of_entity(entity_id)):
                        deleted_conflicts.add(entity_id)
        parts.append(b"".join(sorted(deleted_conflicts)))
        return hash32(b"\x01".join(parts))
