"""Applying verified ops to the log and its fold: one op (`apply_one`, which is `Store.apply`),
or a batch at once, with the work shared (`apply_many`, an import's path, docs/storage.md
"Import").

    apply_one(op)    the op's row, deps and value; its register recomputed (materialise.py),
                     erasures it settles or brings rematerialised, the clocks raised

    apply_many(ops) ─┬─ held already, forks       the authors' heads, one query each per batch;
                     │                             only ops at or below a head are looked up
                     ├─ fresh records              records the batch creates whole: their rows,
                     │                             ops, deps, values and index in a few
                     │                             statements for the batch (materialise.py)
                     └─ everything else            `Store.apply`, one op at a time, in order

A record is *fresh* when no row of it is stored yet, the batch holds its one create and all its
other ops, and none of them is a delete, a restore, an erasure, a resolution, a create whose value
is not disclosed, or an op that a stored erasure names (a set whose value was withheld is fresh: its
register is masked as withheld); nor has it more than one op of a joined register (labels, a
case's floor: their live values are joined, not won). For such a record the fold is computed in
memory from the batch, and gives what `Store.apply` op by op would give: tests compare the two paths
on random op sets (tests/store/test_apply_many.py). Fresh records are applied before the batch's
other ops; nothing else reads a fresh record's rows, so the order between them does not show.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from casebook.base.errors import ForkDetected
from casebook.domain.fold import winner_key
from casebook.domain.model import ENTITIES, JOINED_FIELDS, EntitySpec
from casebook.domain.oplog import CREATED, SignedOp

if TYPE_CHECKING:
    from casebook.store.store import Store

__all__ = ["FreshRecord", "apply_fresh", "apply_many", "apply_one"]

_CHUNK = 500  # ids per IN (...) list
_FRESH_KINDS = frozenset({"create", "attach", "set"})


@dataclass
class FreshRecord:
    """A record the batch creates whole: its ops in batch order, and what the fold makes of
    them (filled in by `_fold`)."""

    spec: EntitySpec
    entity_id: bytes
    ops: list[SignedOp] = field(default_factory=list)
    winners: dict[str, SignedOp] = field(default_factory=dict)  # register → provisional winner
    conflicted: list[str] = field(default_factory=list)  # registers with more than one live op
    case_id: bytes | None = None
    parents: dict[str, bytes] = field(default_factory=dict)


def _in_chunks(store: Store, sql: str, ids: Sequence[bytes]) -> set[bytes]:
    """The first column of `sql` (with one `{marks}` IN list) over `ids`, as a set."""
    out: set[bytes] = set()
    for i in range(0, len(ids), _CHUNK):
        part = ids[i : i + _CHUNK]
        marks = ",".join("?" * len(part))
        out.update(bytes(r[0]) for r in store.query(sql.format(marks=marks), part))
    return out


def _heads(store: Store, ops: Sequence[SignedOp]) -> dict[bytes, int]:
    """Each author's latest stored seq (0 when none), one query per author of the batch."""
    heads: dict[bytes, int] = {}
    for s in ops:
        if s.op.author not in heads:
            found = store.author_head(s.op.author)
            heads[s.op.author] = found[0] if found is not None else 0
    return heads


def _fork_free(
    store: Store, ops: Sequence[SignedOp], held: set[bytes], heads: dict[bytes, int]
) -> int:
    """How many ops from the start are free of forks: the index of the first op whose author
    already has a different op at its seq (stored, or earlier in the batch), else len(ops)."""
    taken: dict[tuple[bytes, int], bytes] = {}
    for i, s in enumerate(ops):
        key = (s.op.author, s.op.seq)
        if key in taken:
            if taken[key] != s.op_id:
                return i
            continue
        taken[key] = s.op_id
        if s.op_id in held:
            continue
        if s.op.seq <= heads[s.op.author] and store.query(
            "SELECT 1 FROM ops WHERE author = ? AND seq = ?", (s.op.author, s.op.seq)
        ):
            return i
    return len(ops)


def _withheld_set(s: SignedOp) -> bool:
    """A v2 set whose value was withheld from this vault (a label or the consent gate kept it
    home): the record shows the register masked as withheld, as `Store.apply` would."""
    return s.op.kind == "set" and s.vc is not None and s.op.field not in JOINED_FIELDS


def _fresh_records(
    store: Store, ops: Sequence[SignedOp], held: set[bytes]
) -> dict[bytes, FreshRecord]:
    """The records of the batch that can take the fresh path, by entity id."""
    groups: dict[bytes, FreshRecord] = {}
    spoiled: set[bytes] = set()
    seen: set[bytes] = set()
    for s in ops:
        op = s.op
        eid = op.entity_id
        if eid in spoiled:
            continue
        if (
            s.op_id in held
            or s.op_id in seen
            or op.kind not in _FRESH_KINDS
            or not (s.value_known or _withheld_set(s))
            or (eid in groups and groups[eid].spec.name != op.entity)
        ):
            spoiled.add(eid)
            continue
        seen.add(s.op_id)
        group = groups.get(eid)
        if group is None:
            group = groups[eid] = FreshRecord(ENTITIES[op.entity], eid)
        group.ops.append(s)
    for eid in spoiled:
        groups.pop(eid, None)
    for eid, g in list(groups.items()):
        if sum(1 for s in g.ops if s.register[1] == CREATED) != 1:
            del groups[eid]
        elif sum(1 for s in g.ops if s.register[1] in JOINED_FIELDS) > 1:
            del groups[eid]  # labels: live values are joined, which `Store.apply` does
    # Stored rows (a placeholder counts: a child op came first) and stored erasures spoil too.
    by_table: dict[str, list[bytes]] = defaultdict(list)
    for eid, g in groups.items():
        by_table[g.spec.table].append(eid)
    for table, ids in by_table.items():
        for eid in _in_chunks(store, f"SELECT id FROM {table} WHERE id IN ({{marks}})", ids):
            groups.pop(eid, None)
    if store.erasure.any_redactions():
        op_ids = [s.op_id for g in groups.values() for s in g.ops]
        named = _in_chunks(
            store, "SELECT target_id FROM redactions WHERE target_id IN ({marks})", op_ids
        )
        for eid, g in list(groups.items()):
            if any(s.op_id in named for s in g.ops):
                del groups[eid]
    return groups


def _fold(g: FreshRecord) -> None:
    """The fold of a fresh record's ops, in memory: each register's live ops are those no
    other op of the register depends on; the greatest `winner_key` wins."""
    regs: dict[str, list[SignedOp]] = defaultdict(list)
    for s in g.ops:
        regs[s.register[1]].append(s)
    for reg, members in regs.items():
        superseded = {d for s in members for d in s.op.deps}
        live = [s for s in members if s.op_id not in superseded]
        if not live:  # pragma: no cover - a cycle-free set has a newest op
            live = members
        g.winners[reg] = max(live, key=lambda s: winner_key(s.op.hlc, s.op.author, s.op_id))
        if len(live) > 1:
            g.conflicted.append(reg)
    create = next(s for s in g.ops if s.register[1] == CREATED)
    g.parents = create.op.parent_ids()
    if g.spec.name == "case":
        g.case_id = g.entity_id
    elif "case" in g.spec.parents:
        g.case_id = g.parents.get("case")


def apply_one(store: Store, s: SignedOp) -> bool:
    """Apply one verified op inside the current transaction. False if it was already here.

    Raises `ForkDetected` when the author already has a different op at this seq.
    """
    op = s.op
    same = store.query(
        "SELECT op_id FROM ops WHERE op_id = ? OR (author = ? AND seq = ?)",
        (s.op_id, op.author, op.seq),
    )
    if any(r[0] == s.op_id for r in same):
        # Held already; its disclosure may be new here (sent later, or to a wider audience).
        if s.disclosure is not None and store.erasure.put(s):
            store.rematerialise({s.register}, s)
        return False
    if same:
        raise ForkDetected(f"author {op.author.hex()[:16]} forked at seq {op.seq}")
    spec = ENTITIES[op.entity]
    entity_id, reg = s.register
    case_id = store.materialiser.case_of(spec, op.entity_id, op.parent_ids())
    # A v1 op whose erasure arrived first is kept as a husk: its value never lands here.
    husk = op.version == 1 and store.erasure.status(s.op_id) == "purged"
    cur = store.con.execute(
        "INSERT INTO ops (op_id, author, seq, prev, hlc, entity, entity_id, kind, field,"
        " reg_field, case_id, encoded, sig, v, husk) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
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
            b"" if husk else s.encoded,
            s.sig,
            op.version,
            int(husk),
        ),
    )
    store.con.executemany(
        "INSERT OR IGNORE INTO op_deps VALUES (?, ?, ?, ?)",
        [(d, entity_id, reg, s.op_id) for d in op.deps],
    )
    store.con.execute(f"INSERT OR IGNORE INTO {spec.table} (id) VALUES (?)", (entity_id,))
    store.travel.returned([s.op_id])  # one of ours that travelled is back
    store.erasure.put(s, cur.lastrowid)
    touched = store.erasure.settle(s.op_id, store.owner())
    if op.kind == "redact":
        touched |= store.erasure.note_redact(s, store.owner())
    store.materialiser.recompute(spec, entity_id, reg, s)
    store.rematerialise(touched - {(entity_id, reg)}, s)
    store.con.execute(
        f"UPDATE {spec.table} SET updated_hlc = max(updated_hlc, ?) WHERE id = ?",
        (op.hlc, entity_id),
    )
    if case_id is not None and spec.name != "case":
        store.con.execute("INSERT OR IGNORE INTO cases (id) VALUES (?)", (case_id,))
        # The record's newest op, not only this one: ops of it that came before its
        # create did not know their case yet.
        store.con.execute(
            f"UPDATE cases SET updated_hlc = max(updated_hlc, (SELECT updated_hlc FROM"
            f" {spec.table} WHERE id = ?)) WHERE id = ?",
            (entity_id, case_id),
        )
    store.note_hlc(op.hlc)
    return True


def apply_fresh(store: Store, records: list[FreshRecord]) -> None:
    """Store the ops of records a batch creates whole, and materialise them."""
    next_rowid = int(store.query("SELECT coalesce(max(rowid), 0) FROM ops")[0][0]) + 1
    rows: list[tuple[Any, ...]] = []
    deps: list[tuple[bytes, bytes, str, bytes]] = []
    values: list[tuple[int, bytes, bytes]] = []
    cases: dict[bytes, int] = {}
    for g in records:
        for s in g.ops:
            op, reg = s.op, s.register[1]
            rows.append(
                (next_rowid, s.op_id, op.author, op.seq, op.prev, op.hlc, op.entity)
                + (op.entity_id, op.kind, op.field, reg, g.case_id, s.encoded, s.sig)
                + (op.version, 0)
            )
            deps += [(d, g.entity_id, reg, s.op_id) for d in op.deps]
            if s.disclosure is not None:
                values.append((next_rowid, s.disclosure.nonce, s.disclosure.value_bytes()))
            next_rowid += 1
        if g.case_id is not None and g.spec.name != "case":
            top = max(s.op.hlc for s in g.ops)
            cases[g.case_id] = max(cases.get(g.case_id, top), top)
    store.write_many(
        "INSERT INTO ops (rowid, op_id, author, seq, prev, hlc, entity, entity_id, kind,"
        " field, reg_field, case_id, encoded, sig, v, husk)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        rows,
    )
    store.write_many("INSERT OR IGNORE INTO op_deps VALUES (?, ?, ?, ?)", deps)
    store.travel.returned([r[1] for r in rows])
    store.erasure.put_many(values)
    store.materialiser.fresh(records)
    store.write_many("INSERT OR IGNORE INTO cases (id) VALUES (?)", [(c,) for c in cases])
    store.write_many(
        "UPDATE cases SET updated_hlc = max(updated_hlc, ?) WHERE id = ?",
        [(hlc, c) for c, hlc in cases.items()],
    )
    store.note_hlc(max(s.op.hlc for g in records for s in g.ops))


def apply_many(store: Store, ops: Sequence[SignedOp]) -> list[bool]:
    """Apply verified ops in order inside the current transaction; for each, False if it was
    already here. Raises `ForkDetected` (with `.index`, the op's place in `ops`) when an
    author already has a different op at an op's seq; the ops before it are applied."""
    if not ops:
        return []
    # An op's id hashes its author and seq, so an op above its author's stored head cannot
    # be stored already: only the others are looked up (none, for a colleague's new ops).
    heads = _heads(store, ops)
    held = _in_chunks(
        store,
        "SELECT op_id FROM ops WHERE op_id IN ({marks})",
        [s.op_id for s in ops if s.op.seq <= heads[s.op.author]],
    )
    usable = _fork_free(store, ops, held, heads)
    batch = ops[:usable]
    fresh = _fresh_records(store, batch, held)
    fresh_ids: set[bytes] = set()
    for g in fresh.values():
        _fold(g)
        fresh_ids.update(s.op_id for s in g.ops)
    results: dict[bytes, bool] = {}
    if fresh:
        apply_fresh(store, list(fresh.values()))
        results = dict.fromkeys(fresh_ids, True)
    out: list[bool] = []
    for s in batch:
        if s.op_id in fresh_ids:
            out.append(results.pop(s.op_id, False))  # a second copy of one op: held already
        else:
            out.append(store.apply(s))
    if usable < len(ops):
        s = ops[usable]
        raise ForkDetected(f"author {s.op.author.hex()[:16]} forked at seq {s.op.seq}", usable)
    return out
