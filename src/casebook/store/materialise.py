"""The fold, materialised: one register's live set recomputed, its winner written to the tables.

    apply(op) ──► ops, op_deps ──► recompute(register)
                                     ├─ conflicts         more than one live op
                                     ├─ <entity>s         the winner's value, parents, deleted
                                     └─ search_rows, fts  the searchable text of the winner

This module is the only writer of `conflicts`, the entity tables and the search index. It is
called by `Store.apply` inside the caller's transaction.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from casebook.base import canonical
from casebook.base.errors import InputRejected, VaultCorrupt
from casebook.domain import vocab
from casebook.domain.audience import join_floors, join_labels
from casebook.domain.model import (
    ENTITIES,
    FLOOR_FIELD,
    JOINED_FIELDS,
    LIST_TYPES,
    EntitySpec,
    FieldType,
    FuzzyDate,
    searchable_text,
)
from casebook.domain.oplog import CREATED, DELETED, SignedOp
from casebook.store.schema import parent_column

if TYPE_CHECKING:
    from casebook.store.applying import FreshRecord
    from casebook.store.store import Store

__all__ = ["Materialiser", "deps_of_encoded"]

_LIST_TYPES = LIST_TYPES


def deps_of_encoded(encoded: bytes) -> list[bytes]:
    """The deps of a stored op, from its encoding."""
    return [bytes.fromhex(d) for d in canonical.decode(encoded)["deps"]]


def column_value(spec: EntitySpec, field: str, value: Any) -> Any:
    """A field's value as its column holds it (lists as canonical JSON text)."""
    if value is None:
        return None
    if spec.fields[field].type in _LIST_TYPES:
        return canonical.encode(value).decode("utf-8")
    return value


class Materialiser:
    """Writes the fold's current state of one register into the readable tables."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._any_masked: bool | None = None  # are there masked rows? (None: not known yet)

    def case_of(
        self, spec: EntitySpec, entity_id: bytes, parents: dict[str, bytes] | None = None
    ) -> bytes | None:
        """The case an op belongs to (None for records outside cases, or not yet known);
        `parents` are those a create or attach op fixes."""
        if spec.name == "case":
            return entity_id
        if "case" not in spec.parents:
            return None
        if parents:
            return parents.get("case")
        rows = self._store.query(f"SELECT case_id FROM {spec.table} WHERE id = ?", (entity_id,))
        return rows[0][0] if rows else None

    def _parents_of(self, op_id: bytes, new: SignedOp | None) -> dict[str, bytes] | None:
        """The parent ids a create/attach op fixes (None for a husk: its bytes are gone)."""
        if new is not None and op_id == new.op_id:
            return new.op.parent_ids()
        row = self._store.op_row(op_id)
        if row is None:  # pragma: no cover - live ops are always stored
            raise VaultCorrupt("live op missing")
        if row.husk:
            return None
        doc = canonical.decode(row.encoded)
        refs = doc["value"] if row.v == 1 else doc["parents"]
        return {p: bytes.fromhex(refs[p]) for p in ENTITIES[row.entity].parents}

    def forget_cache(self) -> None:
        """Drop cached facts (after a rollback)."""
        self._any_masked = None

    def forget(self, entity_ids: set[bytes]) -> None:
        """Drop records from every entity table, `conflicts`, `masked` and the search index
        (travel: their cases left the vault). FTS5's secure-delete zeroes their words."""
        ids = sorted(entity_ids)
        for i in range(0, len(ids), 500):
            part = ids[i : i + 500]
            marks = ",".join("?" * len(part))
            self._store.write(
                f"DELETE FROM fts WHERE rowid IN (SELECT rowid FROM search_rows"
                f" WHERE entity_id IN ({marks}))",
                part,
            )
            self._store.write(f"DELETE FROM search_rows WHERE entity_id IN ({marks})", part)
            self._store.write(f"DELETE FROM conflicts WHERE entity_id IN ({marks})", part)
            self._store.write(f"DELETE FROM masked WHERE entity_id IN ({marks})", part)
            for spec in ENTITIES.values():
                self._store.write(f"DELETE FROM {spec.table} WHERE id IN ({marks})", part)
        self._any_masked = None

    def _mask(self, entity_id: bytes, reg: str, why: str | None) -> None:
        """Mark a register whose live value is not shown (erased, hidden, withheld), or clear."""
        con = self._store.con
        if why is None:
            if self._any_masked is None:
                self._any_masked = bool(self._store.query("SELECT 1 FROM masked LIMIT 1"))
            if self._any_masked:  # most vaults mask nothing: skip a write per op
                con.execute(
                    "DELETE FROM masked WHERE entity_id = ? AND reg_field = ?", (entity_id, reg)
                )
        else:
            self._any_masked = True
            con.execute("INSERT OR REPLACE INTO masked VALUES (?, ?, ?)", (entity_id, reg, why))

    def _deps_of(self, op_id: bytes, new: SignedOp | None) -> tuple[bytes, ...]:
        if new is not None and op_id == new.op_id:
            return new.op.deps
        row = self._store.op_row(op_id)
        return tuple(deps_of_encoded(row.encoded)) if row is not None else ()

    def recompute(self, spec: EntitySpec, entity_id: bytes, reg: str, new: SignedOp | None) -> None:
        """Recompute one register after `new` arrived, and materialise its winner."""
        store, con = self._store, self._store.con
        live = store.live_ops(entity_id, reg)
        table = spec.table
        if reg == DELETED:
            pass  # _check_delete_conflict owns the (entity, "_deleted") row
        elif len(live) > 1 and reg not in JOINED_FIELDS:  # labels join: never a conflict
            case_id = self.case_of(spec, entity_id)
            con.execute(
                "INSERT OR REPLACE INTO conflicts VALUES (?, ?, ?, ?)",
                (entity_id, reg, spec.name, case_id),
            )
        else:
            con.execute(
                "DELETE FROM conflicts WHERE entity_id = ? AND reg_field = ?", (entity_id, reg)
            )
        self._check_delete_conflict(spec, entity_id, new)
        if not live:  # pragma: no cover - the newest op of a cycle-free set is live
            return
        winner = live[0]
        if reg == CREATED:
            sets = ["created_hlc = ?", "created_by = ?"]
            args: list[Any] = [winner.hlc, winner.author]
            parents = self._parents_of(winner.op_id, new)
            for parent in spec.parents if parents is not None else ():
                sets.append(f"{parent_column(parent)} = ?")
                args.append(parents[parent] if parents else None)
            state = store.value_state(winner.op_id, new)
            fixed = state.value if state.shown == "value" and spec.fixed else None
            for name in spec.fixed:
                sets.append(f"{name} = ?")
                args.append(fixed[name] if isinstance(fixed, dict) else None)
            why = state.shown if spec.fixed and state.shown != "value" else None
            self._mask(entity_id, reg, why)
            con.execute(f"UPDATE {table} SET {', '.join(sets)} WHERE id = ?", (*args, entity_id))
            if "case" in spec.parents and parents:
                case_id = parents["case"]
                for t in ("ops", "conflicts"):
                    con.execute(
                        f"UPDATE {t} SET case_id = ? WHERE entity_id = ? AND case_id IS NULL",
                        (case_id, entity_id),
                    )
            self.reindex(spec, entity_id)
        elif reg == DELETED:
            deleted = store.deletes(winner.op_id, new)
            con.execute(f"UPDATE {table} SET deleted = ? WHERE id = ?", (int(deleted), entity_id))
            self.reindex(spec, entity_id)
            if spec.name == "term":
                self.term_changed(entity_id)
        else:
            fspec = spec.fields.get(reg)
            if fspec is None:  # pragma: no cover - oplog validation refuses unknown fields
                raise InputRejected("unknown field")
            if reg in JOINED_FIELDS:
                value, why = self._joined(reg, live, new), None
            else:
                value, why = self._shown(live, new)
            self._mask(entity_id, reg, why)
            sets = [f"{reg} = ?"]
            args = [column_value(spec, reg, value)]
            if fspec.type is FieldType.DATE:
                sets.append(f"{reg}_sort = ?")
                args.append(FuzzyDate(value).sort_key if value else None)
            con.execute(f"UPDATE {table} SET {', '.join(sets)} WHERE id = ?", (*args, entity_id))
            if fspec.searchable:
                self.index_field(spec, entity_id, reg, value)
            if spec.name == "term":  # records of its code are found by its labels
                self.term_changed(entity_id)

    def _shown(self, live: list[Any], new: SignedOp | None) -> tuple[Any, str | None]:
        """A field's shown value and why it is masked. A live erasure hides every concurrent
        value too: a colleague may have typed the secret again (PROTECTION §1)."""
        store = self._store
        redacts = [o.op_id for o in live if o.kind == "redact"]
        if redacts:
            # A colleague's erasure that waits for the owner's confirmation reads "hidden".
            pending = any(store.erasure.hides(r) for r in redacts)
            return None, "hidden" if pending else "erased"
        state = store.value_state(live[0].op_id, new)
        if state.shown == "value":
            return state.value, None
        return None, state.shown

    def _joined(self, reg: str, live: list[Any], new: SignedOp | None) -> Any:
        """A label register's shown value: the join of every live value (PROTECTION §2: the
        most restrictive holds while colleagues' labels are concurrent). An erased or withheld
        label adds nothing."""
        values = []
        for o in live:
            state = self._store.value_state(o.op_id, new)
            if state.shown == "value":
                values.append(state.value)
        return join_floors(values) if reg == FLOOR_FIELD else join_labels(values)

    def _check_delete_conflict(
        self, spec: EntitySpec, entity_id: bytes, new: SignedOp | None
    ) -> None:
        """Mark (entity, "_deleted") conflicted when deletes disagree, or a live delete did not
        see a live edit of the entity (a delete concurrent with an edit: DESIGN §4)."""
        store = self._store
        deletes = store.live_ops(entity_id, DELETED)
        conflicted = len(deletes) > 1
        if len(deletes) == 1 and store.deletes(deletes[0].op_id, new):
            seen = set(self._deps_of(deletes[0].op_id, new))
            conflicted = any(o not in seen for o in store.live_ops_of_entity(entity_id))
        if conflicted:
            store.con.execute(
                "INSERT OR REPLACE INTO conflicts VALUES (?, ?, ?, ?)",
                (entity_id, DELETED, spec.name, self.case_of(spec, entity_id)),
            )
        else:
            store.con.execute(
                "DELETE FROM conflicts WHERE entity_id = ? AND reg_field = ?", (entity_id, DELETED)
            )

    # -- records a batch creates whole (store/applying.py) ----------------------------------

    def fresh(self, records: list[FreshRecord]) -> None:
        """Write the rows, conflicts and index of records a batch creates whole, from their
        fold computed in memory: what `recompute` op by op would leave, in a few statements."""
        store = self._store
        by_spec: dict[str, list[FreshRecord]] = {}
        for g in records:
            by_spec.setdefault(g.spec.name, []).append(g)
        conflicts: list[tuple[bytes, str, str, bytes | None]] = []
        index: list[tuple[int, bytes, str, str, bytes | None, str]] = []
        masked: list[tuple[bytes, str, str]] = []
        for name, group in by_spec.items():
            spec = ENTITIES[name]
            cols = ["id", *(parent_column(p) for p in spec.parents)]
            cols += ["created_hlc", "created_by", "updated_hlc", *spec.fixed]
            for f in spec.fields.values():
                cols.append(f.name)
                if f.type is FieldType.DATE:
                    cols.append(f"{f.name}_sort")
            rows = []
            for g in group:
                create = g.winners[CREATED]
                fixed = create.op.value if spec.fixed else None
                row: list[Any] = [g.entity_id, *(g.parents.get(p) for p in spec.parents)]
                row += [create.op.hlc, create.op.author, max(s.op.hlc for s in g.ops)]
                row += [fixed.get(n) if isinstance(fixed, dict) else None for n in spec.fixed]
                values: dict[str, Any] = dict(fixed) if isinstance(fixed, dict) else {}
                for f in spec.fields.values():
                    winner = g.winners.get(f.name)
                    value = winner.op.value if winner is not None else None
                    if winner is not None and not winner.value_known:
                        masked.append((g.entity_id, f.name, "withheld"))
                        value = None
                    values[f.name] = value
                    row.append(column_value(spec, f.name, value))
                    if f.type is FieldType.DATE:
                        row.append(FuzzyDate(value).sort_key if value else None)
                rows.append(row)
                conflicts += [(g.entity_id, reg, name, g.case_id) for reg in g.conflicted]
                case_ref = g.entity_id if name == "case" else g.case_id
                at = {reg: g.ops.index(w) for reg, w in g.winners.items()}
                for field, fspec in spec.searchable().items():
                    text = searchable_text(fspec, values.get(field), self.term_labels)
                    if text:
                        place = at.get(field, at[CREATED])
                        index.append((place, g.entity_id, field, name, case_ref, text))
            marks = ",".join("?" * len(cols))
            store.con.executemany(
                f"INSERT INTO {spec.table} ({', '.join(cols)}) VALUES ({marks})", rows
            )
        store.con.executemany("INSERT OR REPLACE INTO conflicts VALUES (?, ?, ?, ?)", conflicts)
        if masked:
            self._any_masked = True
            store.con.executemany("INSERT OR REPLACE INTO masked VALUES (?, ?, ?)", masked)
        if index:
            base = int(store.query("SELECT coalesce(max(rowid), 0) FROM search_rows")[0][0])
            index.sort(key=lambda r: r[0])
            ids = range(base + 1, base + 1 + len(index))
            store.con.executemany(
                "INSERT INTO search_rows (rowid, entity_id, field, entity, case_id)"
                " VALUES (?, ?, ?, ?, ?)",
                [(i, *r[1:5]) for i, r in zip(ids, index, strict=True)],
            )
            store.con.executemany(
                "INSERT INTO fts (rowid, text) VALUES (?, ?)",
                [(i, r[5]) for i, r in zip(ids, index, strict=True)],
            )

    # -- search index ---------------------------------------------------------------------

    def index_field(self, spec: EntitySpec, entity_id: bytes, field: str, value: Any) -> None:
        """Put one field's searchable text into the FTS index (or take it out)."""
        store, con = self._store, self._store.con
        if spec.name == "case":
            case_col = "id"
        elif "case" in spec.parents:
            case_col = "case_id"
        else:
            case_col = "NULL"
        row = store.query(
            f"SELECT deleted, {case_col} FROM {spec.table} WHERE id = ?", (entity_id,)
        )
        deleted, case_id = row[0] if row else (1, None)
        text = "" if deleted else searchable_text(spec.searchable()[field], value, self.term_labels)
        existing = store.query(
            "SELECT rowid FROM search_rows WHERE entity_id = ? AND field = ?", (entity_id, field)
        )
        if existing:
            rowid = existing[0][0]
            con.execute("DELETE FROM fts WHERE rowid = ?", (rowid,))
            if not text:
                con.execute("DELETE FROM search_rows WHERE rowid = ?", (rowid,))
                return
            con.execute("UPDATE search_rows SET case_id = ? WHERE rowid = ?", (case_id, rowid))
        elif not text:
            return
        else:
            cur = con.execute(
                "INSERT INTO search_rows (entity_id, field, entity, case_id) VALUES (?, ?, ?, ?)",
                (entity_id, field, spec.name, case_id),
            )
            rowid = cur.lastrowid
        con.execute("INSERT INTO fts (rowid, text) VALUES (?, ?)", (rowid, text))

    def reindex(self, spec: EntitySpec, entity_id: bytes) -> None:
        """Index (or drop from the index) every searchable field of an entity."""
        for name, fspec in spec.searchable().items():
            row = self._store.query(f"SELECT {name} FROM {spec.table} WHERE id = ?", (entity_id,))
            raw = row[0][0] if row else None
            if raw is not None and fspec.type in _LIST_TYPES:
                raw = json.loads(raw)
            self.index_field(spec, entity_id, name, raw)

    def term_labels(self, vocabulary: str, code: str) -> list[str]:
        """A vocabulary code's labels in both languages: the shipped term's, then the vault's
        own terms' (a person's own term, or their relabelling of a shipped one)."""
        out = [
            w for t in vocab.shipped().get(vocabulary, ()) if t.code == code for w in (t.en, t.ru)
        ]
        rows = self._store.query(
            "SELECT en, ru FROM terms WHERE vocab = ? AND code = ? AND deleted = 0",
            (vocabulary, code),
        )
        return out + [str(w) for row in rows for w in row if w]

    def term_changed(self, term_id: bytes) -> None:
        """A term's labels changed: index again every record that uses its code."""
        rows = self._store.query("SELECT vocab, code FROM terms WHERE id = ?", (term_id,))
        if not rows or not rows[0][0] or not rows[0][1]:
            return
        vocabulary, code = str(rows[0][0]), str(rows[0][1])
        for spec in ENTITIES.values():
            for name, fspec in spec.searchable().items():
                if fspec.vocab != vocabulary:
                    continue
                if fspec.type is FieldType.CODES:  # a JSON list: a rough match, then exact
                    pattern: tuple[str, Any] = (f"{name} LIKE ?", f'%"{code}"%')
                else:
                    pattern = (f"{name} = ?", code)
                found = self._store.query(
                    f"SELECT id, {name} FROM {spec.table} WHERE {pattern[0]}", (pattern[1],)
                )
                for entity_id, raw in found:
                    value = json.loads(raw) if fspec.type is FieldType.CODES else raw
                    self.index_field(spec, bytes(entity_id), name, value)

    def reindex_vocabulary_fields(self) -> int:
        """Index again every field found by its vocabulary labels (after an upgrade that
        began to index them); returns how many records were read."""
        count = 0
        for spec in ENTITIES.values():
            names = [n for n, f in spec.searchable().items() if f.vocab]
            if not names:
                continue
            rows = self._store.query(f"SELECT id, {', '.join(names)} FROM {spec.table}")
            for entity_id, *raws in rows:
                count += 1
                for name, raw in zip(names, raws, strict=True):
                    fspec = spec.fields[name]
                    value = (
                        json.loads(raw) if raw is not None and fspec.type in _LIST_TYPES else raw
                    )
                    self.index_field(spec, bytes(entity_id), name, value)
        return count
