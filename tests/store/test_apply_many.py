"""`Store.apply_many` (an import's batches, with records created whole taking the fresh path)
leaves exactly what `Store.apply` op by op leaves: rows, conflicts, masks, values, the search
index, the op rows and the state hash, on random histories of v1 and v2 ops from several
authors (creates, concurrent sets, deletes, restores, resolutions, erasures by the author and
by others, values withheld), in any order, with duplicates, in batches of any size."""

from __future__ import annotations

import itertools
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casebook.base.errors import ForkDetected
from casebook.crypto.keys import Identity
from casebook.domain.fold import fold
from casebook.domain.model import ENTITIES
from casebook.domain.oplog import CREATED, DELETED, Op, SignedOp, sign_op
from casebook.store.store import Store
from factory import new_store

CASES = [bytes([0xC0 + i]) * 16 for i in range(2)]
RECORDS = {
    **{c: ("case", None) for c in CASES},
    bytes([0xA1]) * 16: ("person", 0),
    bytes([0xA2]) * 16: ("person", 0),
    bytes([0xA3]) * 16: ("person", 1),
    bytes([0xB1]) * 16: ("event", 1),
}
_LABELS = (
    {"": {"categories": [], "level": "restricted"}},
    {"name": {"categories": ["health"], "level": "confidential"}},
)
FIELDS = {
    "case": {
        "title": ("Дело Иванова", "Дело Петровой", "case C"),
        "status": ("open", "closed"),
        "floor": (
            {"categories": ["sogi"], "level": "confidential"},
            {"categories": [], "level": "public"},
        ),
    },
    "person": {
        "name": ("Иванов", "Петрова", "x"),
        "role": ("victim", "witness"),
        "labels": _LABELS,
    },
    "event": {"place": ("ОВД Басманный", "Казань"), "date": ("2024-03-05", "~2024-03")},
}

SETTINGS = settings(
    max_examples=int(os.environ.get("CASEBOOK_EXAMPLES", "40")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@dataclass
class Writer:
    identity: Identity = field(default_factory=lambda: Identity.generate(0))
    seq: int = 0
    prev: bytes | None = None
    hlc: int = 1 << 16
    seen: dict[bytes, SignedOp] = field(default_factory=dict)

    def live(self, eid: bytes, reg: str) -> list[SignedOp]:
        r = fold(self.seen.values()).registers.get((eid, reg))
        return list(r.live) if r else []

    def sign(
        self, entity: str, eid: bytes, kind: str, fld: str, value: Any, **extra: Any
    ) -> SignedOp:
        reg = CREATED if kind == "create" else DELETED if kind in ("delete", "restore") else fld
        if kind == "redact" and not fld:
            reg = DELETED
        deps = [o.op_id for o in self.live(eid, reg)]
        if reg == DELETED:
            state = fold(self.seen.values())
            deps += [
                o.op_id
                for (e, r), reg_ in state.registers.items()
                if e == eid and not r.startswith("_")
                for o in reg_.live
            ]
        self.seq += 1
        self.hlc = max([self.hlc, *(o.op.hlc for o in self.seen.values())]) + 1
        version = extra.pop("version", 2)
        op = Op(
            author=self.identity.public,
            seq=self.seq,
            prev=self.prev,
            deps=tuple(sorted(set(deps))),
            hlc=self.hlc,
            entity=entity,
            entity_id=eid,
            kind=kind,
            field=fld,
            value=value,
            **extra,
        )
        signed = sign_op(op, self.identity, version=version)
        self.prev = signed.op_id
        self.seen[signed.op_id] = signed
        return signed


def _history(data: st.DataObject) -> list[SignedOp]:
    writers = [Writer() for _ in range(data.draw(st.integers(2, 3), label="writers"))]
    first = writers[0]
    ops: list[SignedOp] = [first.sign("case", CASES[0], "create", "", {})]
    for _ in range(data.draw(st.integers(4, 30), label="steps")):
        w = data.draw(st.sampled_from(writers), label="writer")
        eid = data.draw(st.sampled_from(sorted(RECORDS)), label="record")
        entity, case_at = RECORDS[eid]
        created = bool(w.live(eid, CREATED))
        action = data.draw(
            st.sampled_from(
                ["sync", "create", "set", "set", "set", "delete", "restore", "resolve", "redact"]
            ),
            label="action",
        )
        version = 1 if data.draw(st.integers(0, 5), label="v1") == 0 else 2
        if action == "sync":
            other = data.draw(st.sampled_from(writers), label="from")
            w.seen.update(other.seen)
            continue
        if action == "create" or not created:
            value: dict[str, Any] = {}
            if case_at is not None:
                value["case"] = CASES[case_at].hex()
            ops.append(w.sign(entity, eid, "create", "", value, version=version))
            continue
        if action in ("set", "resolve"):
            fld = data.draw(st.sampled_from(sorted(FIELDS[entity])), label="field")
            live = w.live(eid, fld)
            if action == "resolve" and len(live) > 1 and all(o.op.value for o in live):
                value = data.draw(st.sampled_from([o.op.value for o in live]), label="choice")
                ops.append(w.sign(entity, eid, "resolve", fld, value, version=version))
            else:
                value = data.draw(st.sampled_from(FIELDS[entity][fld]), label="value")
                ops.append(w.sign(entity, eid, "set", fld, value, version=version))
        elif action in ("delete", "restore"):
            if version == 1:
                ops.append(w.sign(entity, eid, "delete", "", action == "delete", version=1))
            else:
                ops.append(w.sign(entity, eid, action, "", None))
        else:
            fld = data.draw(st.sampled_from(["", *sorted(FIELDS[entity])]), label="redact-field")
            reg = fld or CREATED
            targets = sorted(o.op_id for o in w.live(eid, reg) if o.op.value is not None)
            if not targets:
                continue
            ops.append(
                w.sign(entity, eid, "redact", fld, None, targets=tuple(targets), reason="safety")
            )
    return ops


def _arrival(data: st.DataObject, ops: list[SignedOp], label: str) -> list[SignedOp]:
    order = list(data.draw(st.permutations(ops), label=label))
    for d in data.draw(st.lists(st.sampled_from(ops), max_size=3), label=label + "-dupes"):
        order.insert(data.draw(st.integers(0, len(order)), label=label + "-at"), d)
    # Some values are withheld (sent to an audience without them): the skeleton alone.
    ids = sorted(s.op_id for s in ops)
    withheld = data.draw(st.sets(st.sampled_from(ids), max_size=3), label=label + "-withheld")
    return [s.without_value() if s.op_id in withheld and s.op.version == 2 else s for s in order]


def dump(store: Store) -> dict[str, Any]:
    """Everything an op can change, in an order that does not depend on rowids."""
    out: dict[str, Any] = {"state": store.state_hash(), "hlc": store.max_hlc()}
    for spec in ENTITIES.values():
        out[spec.table] = store.query(f"SELECT * FROM {spec.table} ORDER BY id")
    out["conflicts"] = sorted(store.query("SELECT * FROM conflicts"))
    out["masked"] = sorted(store.query("SELECT * FROM masked"))
    out["ops"] = sorted(
        store.query("SELECT op_id, case_id, reg_field, husk, length(encoded) FROM ops")
    )
    out["op_deps"] = sorted(store.query("SELECT * FROM op_deps"))
    out["values"] = sorted(
        store.query(
            "SELECT o.op_id, d.nonce, d.value FROM disclosures d JOIN ops o ON o.rowid = d.op_rowid"
        )
    )
    out["redactions"] = sorted(store.query("SELECT * FROM redactions"))
    out["index"] = sorted(
        store.query(
            "SELECT s.entity_id, s.field, s.entity, s.case_id, f.text FROM search_rows s"
            " JOIN fts f ON f.rowid = s.rowid"
        )
    )
    return out


_counter = itertools.count()


def _store(tmp: Path) -> Store:
    return new_store(tmp / f"s{next(_counter)}.db")


def _one_by_one(store: Store, order: list[SignedOp], batch: int) -> None:
    for i in range(0, len(order), batch):
        with store.transaction():
            for s in order[i : i + batch]:
                store.apply(s)


def _many(store: Store, order: list[SignedOp], batch: int) -> list[bool]:
    out: list[bool] = []
    for i in range(0, len(order), batch):
        with store.transaction():
            out += store.apply_many(order[i : i + batch])
    return out


@pytest.mark.slow
@given(data=st.data())
@SETTINGS
def test_apply_many_leaves_what_apply_leaves(
    data: st.DataObject, tmp_path_factory: pytest.TempPathFactory
) -> None:
    ops = _history(data)
    order = _arrival(data, ops, "order")
    batch = data.draw(st.integers(1, len(order) + 1), label="batch")
    tmp = tmp_path_factory.mktemp("many")
    a, b = _store(tmp), _store(tmp)
    try:
        _one_by_one(a, order, batch)
        news = _many(b, order, batch)
        assert dump(b) == dump(a)
        # One True per op held now, whatever the duplicates.
        assert sum(news) == len({s.op_id for s in order})
        # Applying it all again changes nothing, on either path.
        with b.transaction():
            assert not any(b.apply_many(order))
        assert dump(b) == dump(a)
    finally:
        a.close()
        b.close()


def test_records_created_whole_take_the_fresh_path_and_read_back(tmp_path: Path) -> None:
    w = Writer()
    case = CASES[0]
    ops = [w.sign("case", case, "create", "", {})]
    people = [os.urandom(16) for _ in range(50)]
    for i, pid in enumerate(people):
        ops.append(w.sign("person", pid, "create", "", {"case": case.hex()}))
        ops.append(w.sign("person", pid, "set", "name", f"Свидетель {i}"))
    a, b = _store(tmp_path), _store(tmp_path)
    try:
        _one_by_one(a, ops, len(ops))
        with b.transaction():
            assert all(b.apply_many(ops))
        assert dump(b) == dump(a)
        assert [h.entity for h in b.search("Свидетель")] == ["person"] * 50
    finally:
        a.close()
        b.close()


def test_records_with_withheld_values_take_the_fresh_path_masked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bundle to a colleague without clearance or consent for the names: the sets come as
    skeletons, and the records still go the fresh way, masked as withheld as `apply` masks."""
    w, other = Writer(), Writer()
    case = CASES[0]
    ops = [w.sign("case", case, "create", "", {})]
    for i in range(40):
        pid = os.urandom(16)
        ops.append(w.sign("person", pid, "create", "", {"case": case.hex()}))
        name = w.sign("person", pid, "set", "name", f"Свидетель {i}")
        ops.append(name.without_value() if i % 2 else name)
        ops.append(w.sign("person", pid, "set", "role", "witness"))
        if i % 4 == 1:  # a concurrent name from a colleague: a conflict, either one withheld
            other.seen.update(w.seen)
            other.seen.pop(name.op_id)
            rival = other.sign("person", pid, "set", "name", f"Иванов {i}")
            ops.append(rival.without_value() if i % 8 == 1 else rival)
    a, b = _store(tmp_path), _store(tmp_path)
    one_by_one = 0
    real_apply = b.apply

    def counted(s: SignedOp) -> bool:
        nonlocal one_by_one
        one_by_one += 1
        return real_apply(s)

    monkeypatch.setattr(b, "apply", counted)
    try:
        _one_by_one(a, ops, len(ops))
        with b.transaction():
            assert all(b.apply_many(ops))
        assert one_by_one == 0  # every record was fresh
        assert dump(b) == dump(a)
        assert len(b.query("SELECT 1 FROM masked WHERE why = 'withheld'")) >= 10
    finally:
        a.close()
        b.close()


def test_a_fork_inside_a_batch_names_the_forked_op(tmp_path: Path) -> None:
    w = Writer()
    first = w.sign("case", CASES[0], "create", "", {})
    w.seq, w.prev = 0, None
    forked = w.sign("case", CASES[1], "create", "", {})
    store = _store(tmp_path)
    try:
        with pytest.raises(ForkDetected) as caught, store.transaction():
            store.apply_many([first, forked])
        assert caught.value.index == 1
        assert not store.has_op(first.op_id)  # the transaction rolled back
        with store.transaction():
            store.apply_many([first])
        with pytest.raises(ForkDetected) as caught, store.transaction():
            store.apply_many([forked])
        assert caught.value.index == 0
    finally:
        store.close()


def test_ops_held_up_to_the_head_and_new_ones_above_it_in_one_batch(tmp_path: Path) -> None:
    """Only ops at or below their author's stored head are looked up: the one at the head is
    held, those above it are new."""
    w = Writer()
    ops = [w.sign("case", CASES[0], "create", "", {})]
    ops += [w.sign("case", CASES[0], "set", "title", f"дело {i}") for i in range(5)]
    store = _store(tmp_path)
    try:
        with store.transaction():
            assert all(store.apply_many(ops[:3]))
        with store.transaction():
            assert store.apply_many(ops[1:]) == [False, False, True, True, True]
        assert all(store.has_op(s.op_id) for s in ops)
    finally:
        store.close()
