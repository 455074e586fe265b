"""Reading the materialised tables: records, the case list, history, conflicts.

Everything here is a read. The entity tables, `conflicts` and the search index are written only
by `store/materialise.py`, from the op-log.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from casebook.domain.model import ENTITIES, LIST_TYPES, EntitySpec
from casebook.domain.oplog import Hlc
from casebook.domain.records import CaseRow, HistoryEntry, Pseudonym, Record
from casebook.store.schema import parent_column

if TYPE_CHECKING:
    from casebook.store.store import Store

__all__ = ["RecordReader"]

_LIST_TYPES = LIST_TYPES
_CHUNK = 500  # bound parameters per IN (...) list


def _ms(hlc: int | None) -> int:
    return Hlc.to_ms(hlc) if hlc else 0


class RecordReader:
    """Reads of records and the case list."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def ids_between(self, low: bytes, high: bytes, limit: int = 2) -> list[bytes]:
        """Record ids in [low, high] (for unique-prefix lookup)."""
        rows = self._store.query(
            "SELECT DISTINCT entity_id FROM ops WHERE entity_id BETWEEN ? AND ? LIMIT ?",
            (low, high, limit),
        )
        return [bytes(r[0]) for r in rows]

    def kind_of(self, entity_id: bytes) -> str | None:
        """The kind of record an id belongs to, or None."""
        rows = self._store.query("SELECT entity FROM ops WHERE entity_id = ? LIMIT 1", (entity_id,))
        return str(rows[0][0]) if rows else None

    def records(
        self,
        spec: EntitySpec,
        column: str,
        value: Any,
        *,
        include_deleted: bool = False,
        by_date: bool = False,
        limit: int = 100_000,
    ) -> list[Record]:
        """The records of one kind whose `column` (id, a parent column or a field) equals
        `value`, oldest first (or by their date field when `by_date`)."""
        allowed = {"id", *(parent_column(p) for p in spec.parents), *spec.fields}
        if column not in allowed:
            raise ValueError(f"{spec.name} cannot be looked up by {column}")
        cols = ["id", "created_hlc", "created_by", "updated_hlc", "deleted"]
        cols += [parent_column(p) for p in spec.parents]
        cols += list(spec.fixed) + list(spec.fields)
        cond = f"{column} = ? AND created_hlc IS NOT NULL"
        if not include_deleted:
            cond += " AND deleted = 0"
        order = "date_sort, created_hlc" if by_date and "date" in spec.fields else "created_hlc"
        rows = self._store.query(
            f"SELECT {', '.join(cols)} FROM {spec.table} WHERE {cond} ORDER BY {order} LIMIT ?",
            (value, limit),
        )
        ids = [r[0] for r in rows]
        conflicted = self._conflicted(ids)
        masked = self._masked(ids)
        recs = [self._record(spec, r, conflicted, masked) for r in rows]
        return self._with_pseudonyms(recs)

    def _with_pseudonyms(self, recs: list[Record]) -> list[Record]:
        """Records whose identity a sender withheld, with that sender's pseudonym."""
        withheld = [r.id for r in recs if "withheld" in r.masked.values()]
        if not withheld or not self._store.pseudonyms.any():
            return recs
        given = self._store.pseudonyms.of(withheld)
        out = []
        for r in recs:
            g = given.get(r.id)
            if g is not None and any(r.masked.get(f) == "withheld" for f in g.fields):
                r = replace(r, pseudonym=Pseudonym(g.en, g.ru, g.sender, g.fields))
            out.append(r)
        return out

    def deleted(
        self, spec: EntitySpec, case_id: bytes | None, *, limit: int = 10_000
    ) -> list[Record]:
        """Deleted records of one kind in a case (or, for cases, every deleted case), the most
        recently changed first."""
        cols = ["id", "created_hlc", "created_by", "updated_hlc", "deleted"]
        cols += [parent_column(p) for p in spec.parents]
        cols += list(spec.fixed) + list(spec.fields)
        cond = "deleted = 1 AND created_hlc IS NOT NULL"
        args: list[Any] = []
        if case_id is not None and "case" in spec.parents:
            cond += " AND case_id = ?"
            args.append(case_id)
        rows = self._store.query(
            f"SELECT {', '.join(cols)} FROM {spec.table} WHERE {cond} "
            "ORDER BY updated_hlc DESC LIMIT ?",
            (*args, limit),
        )
        ids = [r[0] for r in rows]
        conflicted = self._conflicted(ids)
        masked = self._masked(ids)
        return [self._record(spec, r, conflicted, masked) for r in rows]

    def _masked(self, ids: Sequence[bytes]) -> dict[bytes, dict[str, str]]:
        out: dict[bytes, dict[str, str]] = {}
        if not ids:
            return out
        if len(ids) <= _CHUNK:
            marks = ",".join("?" * len(ids))
            rows = self._store.query(
                f"SELECT entity_id, reg_field, why FROM masked WHERE entity_id IN ({marks})", ids
            )
        else:
            rows = self._store.query("SELECT entity_id, reg_field, why FROM masked")
        for eid, reg, why in rows:
            name = "" if reg == "_created" else reg
            out.setdefault(eid, {})[name] = why
        return out

    def _conflicted(self, ids: Sequence[bytes]) -> dict[bytes, set[str]]:
        out: dict[bytes, set[str]] = {}
        if not ids:
            return out
        if len(ids) <= _CHUNK:
            marks = ",".join("?" * len(ids))
            rows = self._store.query(
                f"SELECT entity_id, reg_field FROM conflicts WHERE entity_id IN ({marks})", ids
            )
        else:
            rows = self._store.query("SELECT entity_id, reg_field FROM conflicts")
        for eid, reg in rows:
            out.setdefault(eid, set()).add(reg)
        return out

    @staticmethod
    def _record(
        spec: EntitySpec,
        r: Sequence[Any],
        conflicted: dict[bytes, set[str]],
        masked: dict[bytes, dict[str, str]],
    ) -> Record:
        n_par = len(spec.parents)
        parents = {p: r[5 + i] for i, p in enumerate(spec.parents)}
        values: dict[str, Any] = {}
        for i, name in enumerate(spec.fixed):
            values[name] = r[5 + n_par + i]
        base = 5 + n_par + len(spec.fixed)
        for i, (name, fspec) in enumerate(spec.fields.items()):
            raw = r[base + i]
            if raw is not None and fspec.type in _LIST_TYPES:
                raw = json.loads(raw)
            values[name] = raw
        return Record(
            kind=spec.name,
            id=r[0],
            case_id=r[0] if spec.name == "case" else parents.get("case"),
            parents=parents,
            fields=values,
            created_ms=_ms(r[1]),
            created_by=r[2],
            updated_ms=_ms(r[3]),
            deleted=bool(r[4]),
            conflicts=frozenset(conflicted.get(r[0], ())),
            masked=masked.get(r[0], {}),
        )

    def list_cases(
        self, *, status: str | None, limit: int, before: tuple[int, bytes] | None
    ) -> list[CaseRow]:
        """Cases, most recently changed first, a page at a time (keyset paging by `before`)."""
        where = ["created_hlc IS NOT NULL", "deleted = 0"]
        args: list[Any] = []
        if status:
            where.append("status = ?")
            args.append(status)
        if before is not None:
            where.append("(updated_hlc, id) < (?, ?)")
            args += [before[0], before[1]]
        rows = self._store.query(
            "SELECT id, title, status, updated_hlc, "
            "EXISTS (SELECT 1 FROM conflicts c WHERE c.case_id = cases.id) "
            f"FROM cases WHERE {' AND '.join(where)} ORDER BY updated_hlc DESC, id DESC LIMIT ?",
            (*args, limit),
        )
        return [
            CaseRow(r[0], r[1] or "", r[2] or "", _ms(r[3]), bool(r[4]), (r[3], r[0])) for r in rows
        ]

    def count_cases(self, *, status: str | None) -> int:
        """How many live cases (with this status)."""
        sql = "SELECT count(*) FROM cases WHERE created_hlc IS NOT NULL AND deleted = 0"
        if status:
            rows = self._store.query(sql + " AND status = ?", (status,))
        else:
            rows = self._store.query(sql)
        return int(rows[0][0])

    def case_title(self, case_id: bytes) -> str:
        """A case's title ('' when it has none)."""
        rows = self._store.query("SELECT title FROM cases WHERE id = ?", (case_id,))
        return str(rows[0][0]) if rows and rows[0][0] else ""

    def history(self, entity_id: bytes, me: bytes, limit: int) -> list[HistoryEntry]:
        """The ops of a record (and, for a case, of its records), oldest first."""
        rows = self._store.query(
            "SELECT op_id, author, hlc, kind, entity, entity_id, field, encoded, reg_field,"
            " EXISTS (SELECT 1 FROM op_deps d WHERE d.dep_id = ops.op_id"
            "  AND d.entity_id = ops.entity_id AND d.reg_field = ops.reg_field) "
            "FROM ops WHERE entity_id = ? OR case_id = ? ORDER BY hlc, op_id LIMIT ?",
            (entity_id, entity_id, limit),
        )
        out = []
        for r in rows:
            state = self._store.value_state(r[0])
            out.append(self._entry(r, me, state.value, state.shown))
        return out

    def field_values(self, entity_id: bytes, field: str, limit: int = 1000) -> list[Any]:
        """Every value a record's field has held that is still readable here (not erased,
        hidden or withheld), oldest first."""
        rows = self._store.query(
            "SELECT op_id FROM ops WHERE entity_id = ? AND field = ? ORDER BY hlc, op_id LIMIT ?",
            (entity_id, field, limit),
        )
        out = []
        for (op_id,) in rows:
            state = self._store.value_state(op_id)
            if state.shown == "value" and state.value is not None:
                out.append(state.value)
        return out

    @staticmethod
    def _entry(r: Sequence[Any], me: bytes, value: Any, shown: str) -> HistoryEntry:
        return HistoryEntry(
            op_id=r[0],
            time_ms=_ms(r[2]),
            author=r[1],
            author_is_me=r[1] == me,
            kind=r[3],
            entity=r[4],
            entity_id=r[5],
            field=r[6],
            value=value,
            superseded=bool(r[9]),
            far_future=Hlc.is_far_future(r[2]),
            shown=shown,
        )

    def conflicted_registers(
        self, case_id: bytes | None = None
    ) -> list[tuple[bytes, str, str, bytes | None]]:
        """(entity id, register, entity kind, case id) of every register in conflict."""
        sql = "SELECT entity_id, reg_field, entity, case_id FROM conflicts"
        rows = (
            self._store.query(sql)
            if case_id is None
            else self._store.query(sql + " WHERE case_id = ?", (case_id,))
        )
        return [(bytes(e), str(r), str(k), bytes(c) if c else None) for e, r, k, c in rows]

    def count_conflicts(self, entity_ids: Sequence[bytes]) -> int:
        """How many registers of these records are in conflict."""
        ids = list(entity_ids)
        total = 0
        for i in range(0, len(ids), _CHUNK):
            part = ids[i : i + _CHUNK]
            marks = ",".join("?" * len(part))
            rows = self._store.query(
                f"SELECT count(*) FROM conflicts WHERE entity_id IN ({marks})", part
            )
            total += int(rows[0][0])
        return total

    def field_ops(self, entity_id: bytes, fields: Sequence[str]) -> list[bytes]:
        """Every op that wrote a value into these fields of a record, held here or not (a
        colleague may hold what was erased here since)."""
        marks = ",".join("?" * len(fields))
        rows = self._store.query(
            "SELECT op_id FROM ops WHERE entity_id = ? AND kind IN ('set', 'resolve')"
            f" AND reg_field IN ({marks}) ORDER BY hlc, op_id",
            (entity_id, *fields),
        )
        return [bytes(r[0]) for r in rows]

    def case_ids_of_kind(self, spec: EntitySpec) -> list[bytes]:
        """The cases that hold at least one record of this kind."""
        rows = self._store.query(
            f"SELECT DISTINCT case_id FROM {spec.table}"
            " WHERE created_hlc IS NOT NULL AND case_id IS NOT NULL"
        )
        return [bytes(r[0]) for r in rows]

    def persons_without_consent(self, entity_ids: Sequence[bytes]) -> list[bytes]:
        """Of these records, the live persons that no consent decision names as its subject
        (PROTECTION §3: they have "no consent", and the import summary says so)."""
        persons, consents = ENTITIES["person"].table, ENTITIES["consent"].table
        ids = list(entity_ids)
        out: list[bytes] = []
        for i in range(0, len(ids), _CHUNK):
            part = ids[i : i + _CHUNK]
            marks = ",".join("?" * len(part))
            rows = self._store.query(
                f"SELECT p.id FROM {persons} p WHERE p.id IN ({marks})"
                " AND p.created_hlc IS NOT NULL AND p.deleted = 0 AND NOT EXISTS"
                f" (SELECT 1 FROM {consents} c WHERE c.subject = lower(hex(p.id)))",
                part,
            )
            out += [bytes(r[0]) for r in rows]
        return sorted(out)
