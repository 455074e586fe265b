"""Reads for labelling and export by audience: what `casebook.domain.audience` needs of every
record in scope, and the names the leak scan looks for. Reads only.

A register in conflict counts with every live value: a person whose role is both witness and
source is labelled as a source, an interview whose interviewee is in conflict names both people,
and a name in conflict is looked for in every spelling.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from casebook.domain.audience import REF_TYPES, LabelFacts, labels_of
from casebook.domain.model import ENTITIES, FLOOR_FIELD, LABELS_FIELD, EntitySpec
from casebook.domain.sensitivity import Sensitivity
from casebook.store.schema import parent_column

if TYPE_CHECKING:
    from casebook.store.store import Store

__all__ = ["AudienceReads"]

_CHUNK = 500


def _ref_fields(spec: EntitySpec) -> list[str]:
    return [n for n, f in spec.fields.items() if f.type.value in REF_TYPES]


def _ids(value: Any) -> tuple[bytes, ...]:
    """The record ids a ref or refs value names."""
    items = value if isinstance(value, list) else [value]
    out = []
    for v in items:
        if isinstance(v, str) and len(v) == 32:
            try:
                out.append(bytes.fromhex(v))
            except ValueError:
                continue
    return tuple(out)


class AudienceReads:
    """Label facts of records, and withheld names, read from the materialised tables."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def _rows(
        self, spec: EntitySpec, cols: list[str], case_ids: Sequence[bytes] | None
    ) -> Iterator[Any]:
        table = spec.table
        if case_ids is None:
            yield from self._store.stream(f"SELECT {', '.join(cols)} FROM {table}")
            return
        key = "id" if spec.name == "case" else parent_column("case")
        ids = list(case_ids)
        for i in range(0, len(ids), _CHUNK):
            part = ids[i : i + _CHUNK]
            marks = ",".join("?" * len(part))
            yield from self._store.stream(
                f"SELECT {', '.join(cols)} FROM {table} WHERE {key} IN ({marks})", part
            )

    def _live_values(self, entity_id: bytes, reg: str) -> list[Any]:
        values = []
        for o in self._store.live_ops(entity_id, reg):
            state = self._store.value_state(o.op_id)
            if state.shown == "value":
                values.append(state.value)
        return values

    def _conflicted(self, fields: Sequence[str]) -> dict[tuple[bytes, str], list[Any]]:
        """(entity, field) → every live value, for the registers of `fields` in conflict."""
        marks = ",".join("?" * len(fields))
        rows = self._store.query(
            f"SELECT entity_id, reg_field FROM conflicts WHERE reg_field IN ({marks})", fields
        )
        return {(bytes(e), str(f)): self._live_values(bytes(e), str(f)) for e, f in rows}

    def facts(self, case_ids: Sequence[bytes] | None = None) -> dict[bytes, LabelFacts]:
        """Every labelled record (of `case_ids`, or all), with what labelling needs."""
        ref_names = sorted({n for s in ENTITIES.values() for n in _ref_fields(s)})
        conflicted = self._conflicted(["role", *ref_names])
        out: dict[bytes, LabelFacts] = {}
        for spec in ENTITIES.values():
            if LABELS_FIELD not in spec.fields:
                continue
            refs = _ref_fields(spec)
            extra = (["role"] if spec.name == "person" else []) + (
                [FLOOR_FIELD] if FLOOR_FIELD in spec.fields else []
            )
            cols = ["id", *(parent_column(p) for p in spec.parents), LABELS_FIELD, *extra, *refs]
            for row in self._rows(spec, cols, case_ids):
                out[bytes(row[0])] = self._fact(spec, row, extra, refs, conflicted)
        return out

    def _fact(
        self,
        spec: EntitySpec,
        row: Sequence[Any],
        extra: list[str],
        refs: list[str],
        conflicted: dict[tuple[bytes, str], list[Any]],
    ) -> LabelFacts:
        rid = bytes(row[0])
        n = len(spec.parents)
        parents = {p: bytes(row[1 + i]) for i, p in enumerate(spec.parents) if row[1 + i]}
        raw = row[1 + n]
        at = 2 + n
        named = dict(zip(extra, row[at : at + len(extra)], strict=True))
        ref_values = dict(zip(refs, row[at + len(extra) :], strict=True))
        roles: tuple[str, ...] = ()
        if spec.name == "person":
            live = conflicted.get((rid, "role"))
            roles = (
                tuple(str(r) for r in live)
                if live
                else ((str(named["role"]),) if named.get("role") else ())
            )
        floor = None
        if named.get(FLOOR_FIELD):
            floor = Sensitivity.from_json(json.loads(named[FLOOR_FIELD]))
        ref_ids: dict[str, tuple[bytes, ...]] = {}
        for name, value in ref_values.items():
            live = conflicted.get((rid, name))
            values = live if live else ([] if value is None else [_decode(value)])
            ids = tuple(i for v in values for i in _ids(v))
            if ids:
                ref_ids[name] = ids
        return LabelFacts(
            kind=spec.name,
            id=rid,
            case_id=rid if spec.name == "case" else parents.get("case"),
            parents=parents,
            labels=labels_of(json.loads(raw)) if raw else {},
            roles=roles,
            floor=floor,
            refs=ref_ids,
        )

    def names(self, person_ids: Sequence[bytes]) -> dict[bytes, list[str]]:
        """Person id → every name and alias it has here (all live values while in conflict)."""
        out: dict[bytes, list[str]] = {}
        conflicted = self._conflicted(["name", "aliases"])
        ids = list(person_ids)
        for i in range(0, len(ids), _CHUNK):
            part = ids[i : i + _CHUNK]
            marks = ",".join("?" * len(part))
            rows = self._store.query(
                f"SELECT id, name, aliases FROM persons WHERE id IN ({marks})", part
            )
            for pid, name, aliases in rows:
                pid = bytes(pid)
                texts = [name] if name else []
                texts += json.loads(aliases) if aliases else []
                for fld in ("name", "aliases"):
                    for v in conflicted.get((pid, fld), []):
                        texts += v if isinstance(v, list) else [v]
                if texts:
                    out[pid] = sorted({str(t) for t in texts})
        return out

    def roles(self, person_ids: Sequence[bytes]) -> dict[bytes, str]:
        """Person id → its role code as shown (the provisional winner)."""
        out: dict[bytes, str] = {}
        ids = list(person_ids)
        for i in range(0, len(ids), _CHUNK):
            part = ids[i : i + _CHUNK]
            marks = ",".join("?" * len(part))
            for pid, role in self._store.query(
                f"SELECT id, role FROM persons WHERE id IN ({marks})", part
            ):
                out[bytes(pid)] = str(role or "")
        return out


def _decode(value: Any) -> Any:
    """A column's value: list types are JSON text."""
    if isinstance(value, str) and value.startswith("["):
        return json.loads(value)
    return value
