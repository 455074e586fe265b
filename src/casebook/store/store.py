"""The Store: applies signed ops to the encrypted DB and answers the UI's queries.

One thread owns a Store (STYLE). Writes happen in explicit transactions; `apply` is the fold of
`casebook.domain.fold` done incrementally: an op changes only its own register, whose live set is
recomputed with one indexed query (see `_recompute`).
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from casebook.base import canonical
from casebook.base.errors import ForkDetected, InputRejected, VaultCorrupt
from casebook.crypto.keys import EncryptionCert, Identity, hash32
from casebook.domain.fold import winner_key
from casebook.domain.model import ENTITIES, EntitySpec, FieldType, FuzzyDate, searchable_text
from casebook.domain.oplog import CREATED, DELETED, SignedOp
from casebook.store import db
from casebook.store.schema import FTS_TABLES, SCHEMA_VERSION, ddl, parent_column
from casebook.store.search import Hit, build_match

__all__ = ["LiveOp", "OpRow", "Store"]


@dataclass(frozen=True)
class LiveOp:
    """A live op of a register."""

    op_id: bytes
    hlc: int
    author: bytes


@dataclass(frozen=True)
class OpRow:
    """An op as stored, for history and verification."""

    op_id: bytes
    author: bytes
    seq: int
    prev: bytes | None
    hlc: int
    entity: str
    entity_id: bytes
    kind: str
    field: str
    case_id: bytes | None
    encoded: bytes
    sig: bytes

    def value(self) -> Any:
        """The op's value, decoded from its canonical encoding."""
        return canonical.decode(self.encoded)["value"]


def _column_value(spec: EntitySpec, field: str, value: Any) -> Any:
    ftype = spec.fields[field].type
    if value is None:
        return None
    if ftype in (FieldType.TAGS, FieldType.CODES, FieldType.DEADLINES):
        return canonical.encode(value).decode("utf-8")
    return value


class Store:
    """The encrypted case store of one vault."""

    def __init__(self, con: db.Connection) -> None:
        self.con = con
        self._max_hlc: int | None = None

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
            if row is None or row[0] != SCHEMA_VERSION:
                raise VaultCorrupt("unknown schema version")
            db.self_test(con, FTS_TABLES)
        except db.DB_ERRORS as e:
            con.close()
            raise db.translate(e) from e
        except BaseException:
            con.close()
            raise
        return cls(con)

    def close(self) -> None:
        """Close the connection; the Store is unusable afterwards."""
        with contextlib.suppress(*db.DB_ERRORS):
            self.con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.con.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """All or nothing: commit on success, roll back on any exception."""
        try:
            self.con.execute("BEGIN IMMEDIATE")
        except db.DB_ERRORS as e:
            raise db.translate(e) from e
        self._max_hlc = None  # another connection may have written since
        try:
            yield
        except db.DB_ERRORS as e:
            self._rollback()
            raise db.translate(e) from e
        except BaseException:
            self._rollback()
            raise
        try:
            self.con.execute("COMMIT")
        except db.DB_ERRORS as e:
            self._rollback()
            raise db.translate(e) from e

    def _rollback(self) -> None:
        self._max_hlc = None  # the cached clock may name an op that was rolled back
        with contextlib.suppress(*db.DB_ERRORS):
            self.con.execute("ROLLBACK")

    def query(self, sql: str, args: Sequence[Any] = ()) -> list[Any]:
        """Run a read query and return all rows, with errors translated."""
        try:
            rows: list[Any] = self.con.execute(sql, args).fetchall()
        except db.DB_ERRORS as e:
            raise db.translate(e) from e
        return rows

    # -- meta and identity ----------------------------------------------------------------

    def get_meta(self, key: str, default: Any = None) -> Any:
        """A value from the meta table."""
        rows = self.query("SELECT v FROM meta WHERE k = ?", (key,))
        return rows[0][0] if rows else default

    def set_meta(self, key: str, value: Any) -> None:
        """Set a meta value (call inside a transaction)."""
        self.con.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    def save_identity(self, identity: Identity) -> None:
        """Store the owner's identity and current encryption key (inside a transaction)."""
        self.con.execute(
            "INSERT INTO identity (id, signing_seed, created_ms) VALUES (1, ?, ?)",
            (identity.signing_seed, identity.cert.created_ms),
        )
        self.con.execute("UPDATE enc_keys SET current = 0")
        self.con.execute(
            "INSERT INTO enc_keys VALUES (?, ?, ?, ?, 1)",
            (
                identity.cert.x25519_public,
                identity.x25519_secret,
                identity.cert.created_ms,
                identity.cert.signature,
            ),
        )

    def load_identity(self) -> Identity:
        """The owner's identity with its current encryption key."""
        rows = self.query(
            "SELECT i.signing_seed, k.x25519_secret, k.x25519_public, k.created_ms, k.cert_sig "
            "FROM identity i, enc_keys k WHERE k.current = 1"
        )
        if not rows:
            raise VaultCorrupt("identity missing")
        seed, x_secret, x_public, created, sig = rows[0]
        identity = Identity(seed, x_secret, EncryptionCert(x_public, created, sig))
        identity.cert.verify(identity.public)
        return identity

    # -- ops ------------------------------------------------------------------------------

    def has_op(self, op_id: bytes) -> bool:
        """True when this op is already in the log."""
        return bool(self.query("SELECT 1 FROM ops WHERE op_id = ?", (op_id,)))

    def author_head(self, author: bytes) -> tuple[int, bytes] | None:
        """(seq, op_id) of the author's latest op, or None."""
        rows = self.query(
            "SELECT seq, op_id FROM ops WHERE author = ? ORDER BY seq DESC LIMIT 1", (author,)
        )
        return (rows[0][0], rows[0][1]) if rows else None

    def max_hlc(self) -> int:
        """The greatest clock value seen."""
        if self._max_hlc is None:
            self._max_hlc = int(self.get_meta("hlc", 0))
        return self._max_hlc

    def live_ops(self, entity_id: bytes, reg_field: str) -> list[LiveOp]:
        """The live ops of a register, provisional winner first."""
        rows = self.query(
            "SELECT o.op_id, o.hlc, o.author FROM ops o "
            "WHERE o.entity_id = ? AND o.reg_field = ? AND NOT EXISTS ("
            "  SELECT 1 FROM op_deps d WHERE d.dep_id = o.op_id"
            "  AND d.entity_id = o.entity_id AND d.reg_field = o.reg_field)",
            (entity_id, reg_field),
        )
        live = [LiveOp(r[0], r[1], r[2]) for r in rows]
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
        rows = self.query(f"SELECT {_OPROW_COLS} FROM ops WHERE op_id = ?", (op_id,))
        return OpRow(*rows[0]) if rows else None

    def iter_ops(self, batch: int = 2000) -> Iterator[OpRow]:
        """Every op, by author and seq (for verify and export)."""
        last: tuple[bytes, int] = (b"", 0)
        while True:
            rows = self.query(
                f"SELECT {_OPROW_COLS} FROM ops WHERE (author, seq) > (?, ?) "
                "ORDER BY author, seq LIMIT ?",
                (last[0], last[1], batch),
            )
            if not rows:
                return
            for r in rows:
                yield OpRow(*r)
            last = (rows[-1][1], rows[-1][2])

    def apply(self, s: SignedOp) -> bool:
        """Apply one verified op inside the current transaction. False if it was already here.

        Raises `ForkDetected` when the author already has a different op at this seq.
        """
        op = s.op
        same = self.query(
            "SELECT op_id FROM ops WHERE op_id = ? OR (author = ? AND seq = ?)",
            (s.op_id, op.author, op.seq),
        )
        if any(r[0] == s.op_id for r in same):
            return False
        if same:
            raise ForkDetected(f"author {op.author.hex()[:16]} forked at seq {op.seq}")
        spec = ENTITIES[op.entity]
        entity_id, reg = s.register
        case_id = self._case_of(spec, op.entity_id, op.kind, op.value)
        self.con.execute(
            "INSERT INTO ops (op_id, author, seq, prev, hlc, entity, entity_id, kind, field,"
            " reg_field, case_id, encoded, sig) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                s.op_id,
                op.author,
                op.seq,
                op.prev,
                op.hlc,
                op.entity,
                op.entity_id,
                op.kind,
                op.field,
                reg,
                case_id,
                s.encoded,
                s.sig,
            ),
        )
        self.con.executemany(
            "INSERT OR IGNORE INTO op_deps VALUES (?, ?, ?, ?)",
            [(d, entity_id, reg, s.op_id) for d in op.deps],
        )
        self.con.execute(f"INSERT OR IGNORE INTO {spec.table} (id) VALUES (?)", (entity_id,))
        self._recompute(spec, entity_id, reg, s)
        self.con.execute(
            f"UPDATE {spec.table} SET updated_hlc = max(updated_hlc, ?) WHERE id = ?",
            (op.hlc, entity_id),
        )
        if case_id is not None and spec.name != "case":
            self.con.execute("INSERT OR IGNORE INTO cases (id) VALUES (?)", (case_id,))
            self.con.execute(
                "UPDATE cases SET updated_hlc = max(updated_hlc, ?) WHERE id = ?",
                (op.hlc, case_id),
            )
        if op.hlc > self.max_hlc():
            self.set_meta("hlc", op.hlc)
            self._max_hlc = op.hlc
        return True

    def _case_of(self, spec: EntitySpec, entity_id: bytes, kind: str, value: Any) -> bytes | None:
        if spec.name == "case":
            return entity_id
        if "case" not in spec.parents:
            return None
        if kind in ("create", "attach"):
            return bytes.fromhex(value["case"])
        rows = self.query(f"SELECT case_id FROM {spec.table} WHERE id = ?", (entity_id,))
        return rows[0][0] if rows else None

    def _value_of(self, op_id: bytes, new: SignedOp) -> Any:
        if op_id == new.op_id:
            return new.op.value
        row = self.op_row(op_id)
        if row is None:  # pragma: no cover - live ops are always stored
            raise VaultCorrupt("live op missing")
        return row.value()

    def _recompute(self, spec: EntitySpec, entity_id: bytes, reg: str, new: SignedOp) -> None:
        """Recompute one register after `new` arrived, and materialise its winner."""
        live = self.live_ops(entity_id, reg)
        table = spec.table
        if reg == DELETED:
            pass  # _check_delete_conflict owns the (entity, "_deleted") row
        elif len(live) > 1:
            case_id = self._case_of(spec, entity_id, "set", None)
            self.con.execute(
                "INSERT OR REPLACE INTO conflicts VALUES (?, ?, ?, ?)",
                (entity_id, reg, spec.name, case_id),
            )
        else:
            self.con.execute(
                "DELETE FROM conflicts WHERE entity_id = ? AND reg_field = ?", (entity_id, reg)
            )
        self._check_delete_conflict(spec, entity_id, new)
        if not live:  # pragma: no cover - the newest op of a cycle-free set is live
            return
        winner = live[0]
        value = self._value_of(winner.op_id, new)
        if reg == CREATED:
            sets = ["created_hlc = ?", "created_by = ?"]
            args: list[Any] = [winner.hlc, winner.author]
            for parent in spec.parents:
                sets.append(f"{parent_column(parent)} = ?")
                args.append(bytes.fromhex(value[parent]))
            for name in spec.fixed:
                sets.append(f"{name} = ?")
                args.append(value[name])
            self.con.execute(
                f"UPDATE {table} SET {', '.join(sets)} WHERE id = ?", (*args, entity_id)
            )
            if "case" in spec.parents:
                case_id = bytes.fromhex(value["case"])
                for t in ("ops", "conflicts"):
                    self.con.execute(
                        f"UPDATE {t} SET case_id = ? WHERE entity_id = ? AND case_id IS NULL",
                        (case_id, entity_id),
                    )
            self._reindex(spec, entity_id)
        elif reg == DELETED:
            self.con.execute(
                f"UPDATE {table} SET deleted = ? WHERE id = ?", (1 if value else 0, entity_id)
            )
            self._reindex(spec, entity_id)
        else:
            fspec = spec.fields.get(reg)
            if fspec is None:  # pragma: no cover - oplog validation refuses unknown fields
                raise InputRejected("unknown field")
            sets = [f"{reg} = ?"]
            args = [_column_value(spec, reg, value)]
            if fspec.type is FieldType.DATE:
                sets.append(f"{reg}_sort = ?")
                args.append(FuzzyDate(value).sort_key if value else None)
            self.con.execute(
                f"UPDATE {table} SET {', '.join(sets)} WHERE id = ?", (*args, entity_id)
            )
            if fspec.searchable:
                self._index_field(spec, entity_id, reg, value)

    def _check_delete_conflict(self, spec: EntitySpec, entity_id: bytes, new: SignedOp) -> None:
        """Mark (entity, "_deleted") conflicted when deletes disagree, or a live delete did not
        see a live edit of the entity (a delete concurrent with an edit: DESIGN §4)."""
        deletes = self.live_ops(entity_id, DELETED)
        conflicted = len(deletes) > 1
        if len(deletes) == 1 and self._value_of(deletes[0].op_id, new) is True:
            seen = set(self._deps_of(deletes[0].op_id, new))
            conflicted = any(o not in seen for o in self.live_ops_of_entity(entity_id))
        if conflicted:
            self.con.execute(
                "INSERT OR REPLACE INTO conflicts VALUES (?, ?, ?, ?)",
                (entity_id, DELETED, spec.name, self._case_of(spec, entity_id, "set", None)),
            )
        else:
            self.con.execute(
                "DELETE FROM conflicts WHERE entity_id = ? AND reg_field = ?", (entity_id, DELETED)
            )

    def _deps_of(self, op_id: bytes, new: SignedOp) -> tuple[bytes, ...]:
        if op_id == new.op_id:
            return new.op.deps
        row = self.op_row(op_id)
        return tuple(_deps_of(row)) if row is not None else ()

    def unseen_edits(self, entity_id: bytes) -> list[bytes]:
        """Live edits of an entity that its live delete did not see."""
        deletes = self.live_ops(entity_id, DELETED)
        if not deletes:
            return []
        row = self.op_row(deletes[0].op_id)
        seen = set(_deps_of(row)) if row is not None else set()
        return [o for o in self.live_ops_of_entity(entity_id) if o not in seen]

    # -- search index ---------------------------------------------------------------------

    def _index_field(self, spec: EntitySpec, entity_id: bytes, field: str, value: Any) -> None:
        if spec.name == "case":
            case_col = "id"
        elif "case" in spec.parents:
            case_col = "case_id"
        else:
            case_col = "NULL"
        row = self.query(f"SELECT deleted, {case_col} FROM {spec.table} WHERE id = ?", (entity_id,))
        deleted, case_id = row[0] if row else (1, None)
        text = "" if deleted else searchable_text(spec.searchable()[field], value)
        existing = self.query(
            "SELECT rowid FROM search_rows WHERE entity_id = ? AND field = ?", (entity_id, field)
        )
        if existing:
            rowid = existing[0][0]
            self.con.execute("DELETE FROM fts WHERE rowid = ?", (rowid,))
            if not text:
                self.con.execute("DELETE FROM search_rows WHERE rowid = ?", (rowid,))
                return
            self.con.execute("UPDATE search_rows SET case_id = ? WHERE rowid = ?", (case_id, rowid))
        elif not text:
            return
        else:
            cur = self.con.execute(
                "INSERT INTO search_rows (entity_id, field, entity, case_id) VALUES (?, ?, ?, ?)",
                (entity_id, field, spec.name, case_id),
            )
            rowid = cur.lastrowid
        self.con.execute("INSERT INTO fts (rowid, text) VALUES (?, ?)", (rowid, text))

    def _reindex(self, spec: EntitySpec, entity_id: bytes) -> None:
        """Index (or drop from the index) every searchable field of an entity."""
        for name, fspec in spec.searchable().items():
            row = self.query(f"SELECT {name} FROM {spec.table} WHERE id = ?", (entity_id,))
            raw = row[0][0] if row else None
            if raw is not None and fspec.type in (FieldType.TAGS, FieldType.DEADLINES):
                raw = json.loads(raw)
            self._index_field(spec, entity_id, name, raw)

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
        regs = self.query("SELECT DISTINCT entity_id, reg_field FROM ops ORDER BY 1, 2")
        parts = []
        deleted_conflicts = set()
        for entity_id, reg in regs:
            live = self.live_ops(entity_id, reg)
            parts.append(entity_id + reg.encode() + b"\x00" + b"".join(o.op_id for o in live))
            if reg == DELETED and live:
                row = self.op_row(live[0].op_id)
                if row is not None and row.value() is True:
                    seen = set(_deps_of(row))
                    if any(o not in seen for o in self.live_ops_of_entity(entity_id)):
                        deleted_conflicts.add(entity_id)
        parts.append(b"".join(sorted(deleted_conflicts)))
        return hash32(b"\x01".join(parts))


def _deps_of(row: OpRow) -> list[bytes]:
    return [bytes.fromhex(d) for d in canonical.decode(row.encoded)["deps"]]


_OPROW_COLS = "op_id, author, seq, prev, hlc, entity, entity_id, kind, field, case_id, encoded, sig"
