"""casebook.domain.fold and the Store: state is a pure function of the *set* of valid ops.

The histories are realistic: 2–4 authors with real Ed25519 identities, each with its own
seq/prev chain and its own view of the log (what it has received). An author's deps are the live
ops of the register in *its* view, so concurrent edits, deletes under edits, restores and
resolves all arise the way they would between real peers.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casebook.domain.fold import State, fold, winner_key
from casebook.domain.oplog import CREATED, DELETED, Op, SignedOp, sign_op
from casebook.store.store import Store
from factory import Author, apply_all, new_store

CASE = bytes.fromhex("0c" * 16)
PERSON = bytes.fromhex("0f" * 16)
FIELDS = {CASE: ("case", ("title", "summary", "status")), PERSON: ("person", ("name", "role"))}
VALUES = ("Дело А", "Дело Б", "case C", "задержание", "x")
VOCAB_VALUES = {"status": ("open", "court", "closed"), "role": ("victim", "witness")}

SETTINGS = settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@dataclass
class Peer:
    """An author and the ops it has seen."""

    author: Author
    seen: dict[bytes, SignedOp] = field(default_factory=dict)

    def state(self) -> State:
        return fold(self.seen.values())

    def max_hlc(self) -> int:
        return max((o.op.hlc for o in self.seen.values()), default=0)


@dataclass
class History:
    """Every op written, in the order they were written."""

    ops: list[SignedOp]
    peers: list[Peer]


def _write(peer: Peer, data: st.DataObject, *args: Any, deps: list[bytes]) -> SignedOp:
    # Clocks may tie across authors (the tie-break must not depend on arrival order).
    hlc = max(peer.max_hlc(), peer.author.hlc) + data.draw(st.integers(1, 2), label="tick")
    signed = peer.author.op(*args, deps=deps, hlc=hlc)
    peer.seen[signed.op_id] = signed
    return signed


def _live(state: State, entity_id: bytes, reg: str) -> list[bytes]:
    r = state.registers.get((entity_id, reg))
    return [o.op_id for o in r.live] if r else []


def _value(data: st.DataObject, fld: str) -> str:
    return data.draw(st.sampled_from(VOCAB_VALUES.get(fld, VALUES)), label="value")


def generate_history(data: st.DataObject) -> History:
    """Draw a realistic multi-author history."""
    n = data.draw(st.integers(2, 4), label="authors")
    peers = [Peer(Author()) for _ in range(n)]
    ops: list[SignedOp] = []
    creator = peers[0]
    ops.append(_write(creator, data, "case", CASE, "create", "", {}, deps=[]))
    ops.append(_write(creator, data, "person", PERSON, "create", "", {"case": CASE.hex()}, deps=[]))
    steps = data.draw(st.integers(1, 16), label="steps")
    for _ in range(steps):
        peer = data.draw(st.sampled_from(peers), label="peer")
        action = data.draw(
            st.sampled_from(["sync", "sync", "set", "set", "set", "delete", "resolve"]),
            label="action",
        )
        if action == "sync":
            source = data.draw(st.sampled_from(peers), label="from")
            peer.seen.update(source.seen)
            continue
        state = peer.state()
        entity_id = data.draw(st.sampled_from([CASE, PERSON]), label="entity")
        entity, fields = FIELDS[entity_id]
        if action == "set":
            fld = data.draw(st.sampled_from(fields), label="field")
            deps = _live(state, entity_id, fld)
            ops.append(
                _write(peer, data, entity, entity_id, "set", fld, _value(data, fld), deps=deps)
            )
        elif action == "delete":
            deps = _live(state, entity_id, DELETED)
            for fld in fields:
                deps += _live(state, entity_id, fld)
            current = state.registers.get((entity_id, DELETED))
            deleted = bool(current and current.winner.op.value is True)
            # Mostly delete; sometimes restore what this peer sees deleted.
            value = not deleted or data.draw(st.booleans(), label="delete-again")
            ops.append(_write(peer, data, entity, entity_id, "delete", "", value, deps=deps))
        else:
            # A peer resolving has usually just received the others' edits.
            for other in peers:
                peer.seen.update(other.seen)
            state = peer.state()
            conflicted = [
                reg
                for (eid, reg), r in sorted(state.registers.items())
                if eid == entity_id and not reg.startswith("_") and r.conflicted
            ]
            if not conflicted:
                continue
            fld = data.draw(st.sampled_from(conflicted), label="resolve-field")
            live = state.registers[(entity_id, fld)].live
            choice = data.draw(st.sampled_from([o.op.value for o in live]), label="choice")
            deps = [o.op_id for o in live]
            ops.append(_write(peer, data, entity, entity_id, "resolve", fld, choice, deps=deps))
    return History(ops, peers)


def _arrival(data: st.DataObject, ops: list[SignedOp], label: str) -> list[SignedOp]:
    order = list(data.draw(st.permutations(ops), label=label))
    dupes = data.draw(st.lists(st.sampled_from(ops), max_size=4), label=label + "-dupes")
    for d in dupes:
        order.insert(data.draw(st.integers(0, len(order)), label=label + "-at"), d)
    return order


def _materialised(store: Store) -> dict[str, Any]:
    """What the UI reads: rows, conflicts and the search index."""
    return {
        "cases": store.query(
            "SELECT id, title, summary, status, deleted, created_hlc, created_by FROM cases"
        ),
        "persons": store.query(
            "SELECT id, case_id, name, role, deleted, created_hlc FROM persons ORDER BY id"
        ),
        "conflicts": sorted(store.query("SELECT entity_id, reg_field, entity FROM conflicts")),
        "index": sorted(
            store.query(
                "SELECT s.entity_id, s.field, s.case_id, f.text FROM search_rows s "
                "JOIN fts f ON f.rowid = s.rowid"
                # Text fields; vocabulary fields are indexed by their labels (test_search.py).
                " WHERE s.field IN ('title', 'summary', 'name')"
            )
        ),
    }


def _expected_rows(state: State) -> dict[str, Any]:
    """The same view computed from the fold alone."""

    def winner(eid: bytes, reg: str) -> Any:
        r = state.registers.get((eid, reg))
        return r.winner.op.value if r else None

    deleted = {eid: winner(eid, DELETED) is True for eid in (CASE, PERSON)}
    created = {eid: state.registers[(eid, CREATED)].winner for eid in (CASE, PERSON)}
    # Multi-value registers, plus deletes that did not see a live edit (shown as "_deleted").
    conflicted = {(eid, reg) for (eid, reg), r in state.registers.items() if r.conflicted}
    conflicted |= {(eid, DELETED) for eid in state.delete_conflicts}
    conflicts = sorted((eid, reg, FIELDS[eid][0]) for eid, reg in conflicted)
    index = []
    for eid, fld in ((CASE, "title"), (CASE, "summary"), (PERSON, "name")):
        value = winner(eid, fld)
        if value and not deleted[eid]:
            index.append((eid, fld, CASE, value))
    return {
        "cases": [
            (
                CASE,
                winner(CASE, "title"),
                winner(CASE, "summary"),
                winner(CASE, "status"),
                int(deleted[CASE]),
                created[CASE].op.hlc,
                created[CASE].op.author,
            )
        ],
        "persons": [
            (
                PERSON,
                CASE,
                winner(PERSON, "name"),
                winner(PERSON, "role"),
                int(deleted[PERSON]),
                created[PERSON].op.hlc,
            )
        ],
        "conflicts": conflicts,
        "index": sorted(index),
    }


_counter = itertools.count()


def _fresh_store(tmp: Path) -> Store:
    return new_store(tmp / f"s{next(_counter)}.db")


@given(st.data())
@SETTINGS
def test_fold_is_a_function_of_the_set(data: st.DataObject) -> None:
    history = generate_history(data)
    reference = fold(history.ops).state_hash()
    for label in ("order-1", "order-2", "order-3"):
        assert fold(_arrival(data, history.ops, label)).state_hash() == reference
    assert fold(list(reversed(history.ops)) * 2).state_hash() == reference
    # Each peer's view is a subset: folding it is also order-independent.
    for peer in history.peers:
        view = list(peer.seen.values())
        assert fold(reversed(view)).state_hash() == fold(view).state_hash()


@pytest.mark.slow
@given(data=st.data())
@SETTINGS
def test_store_agrees_with_the_fold_in_any_order(
    data: st.DataObject, tmp_path_factory: pytest.TempPathFactory
) -> None:
    history = generate_history(data)
    state = fold(history.ops)
    expected = state.state_hash()
    tmp = tmp_path_factory.mktemp("fold")
    seen_rows = []
    for label in ("store-1", "store-2"):
        order = _arrival(data, history.ops, label)
        batch = data.draw(st.integers(0, 5), label=label + "-batch")
        store = _fresh_store(tmp)
        try:
            apply_all(store, order, batch=batch)
            assert store.state_hash() == expected
            rows = _materialised(store)
            assert rows == _expected_rows(state)
            seen_rows.append(rows)
            # Applying everything again changes nothing.
            with store.transaction():
                assert not any(store.apply(s) for s in history.ops)
            assert store.state_hash() == expected
        finally:
            store.close()
    assert seen_rows[0] == seen_rows[1]


def _concurrent_title_sets(
    data: st.DataObject,
) -> tuple[list[Author], SignedOp, list[SignedOp]]:
    n = data.draw(st.integers(2, 4), label="writers")
    authors = [Author() for _ in range(n)]
    create = authors[0].op("case", CASE, "create", "", {}, hlc=1 << 16)
    sets = []
    for a in authors:
        # Equal clocks are likely: the tie-break must be deterministic.
        hlc = data.draw(st.integers(2, 4), label="hlc") << 16
        value = data.draw(st.sampled_from(VALUES), label="value")
        sets.append(a.op("case", CASE, "set", "title", value, deps=[], hlc=hlc))
    return authors, create, sets


@pytest.mark.slow
@given(data=st.data())
@SETTINGS
def test_concurrent_sets_conflict_the_same_way_everywhere(
    data: st.DataObject, tmp_path_factory: pytest.TempPathFactory
) -> None:
    authors, create, sets = _concurrent_title_sets(data)
    ops = [create, *sets]
    # DESIGN §4: the provisional winner is the greatest (hlc, author, op_id).
    expected_winner = max(sets, key=lambda s: (s.op.hlc, s.op.author, s.op_id))
    tmp = tmp_path_factory.mktemp("conflict")

    state = fold(ops)
    reg = state.registers[(CASE, "title")]
    assert reg.conflicted
    assert {o.op_id for o in reg.live} == {s.op_id for s in sets}
    assert reg.winner.op_id == expected_winner.op_id
    for label in ("perm-1", "perm-2"):
        assert fold(_arrival(data, ops, label)).registers[(CASE, "title")].winner.op_id == (
            expected_winner.op_id
        )

    # A resolve that saw only some of the values leaves the rest in conflict…
    resolver = data.draw(st.sampled_from(authors), label="resolver")
    hlc = max(s.op.hlc for s in sets) + 1
    partial = resolver.op(
        "case", CASE, "resolve", "title", "частично", deps=[sets[0].op_id], hlc=hlc
    )
    assert fold([*ops, partial]).registers[(CASE, "title")].conflicted
    # …one that depends on every live value ends the conflict, whatever the order.
    final = resolver.op(
        "case",
        CASE,
        "resolve",
        "title",
        "решено",
        deps=[s.op_id for s in sets] + [partial.op_id],
        hlc=hlc + 1,
    )
    everything = [*ops, partial, final]
    resolved = fold(everything).registers[(CASE, "title")]
    assert not resolved.conflicted
    assert resolved.winner.op_id == final.op_id

    for label in ("replica-1", "replica-2"):
        store = _fresh_store(tmp)
        try:
            apply_all(store, _arrival(data, ops, label))
            assert store.live_ops(CASE, "title")[0].op_id == expected_winner.op_id
            assert store.query("SELECT title FROM cases")[0][0] == expected_winner.op.value
            assert store.query("SELECT reg_field FROM conflicts") == [("title",)]
            assert store.state_hash() == state.state_hash()
            apply_all(store, [final, partial])  # the resolve may arrive before what it saw
            assert store.query("SELECT count(*) FROM conflicts")[0][0] == 0
            assert store.query("SELECT title FROM cases")[0][0] == "решено"
            assert store.state_hash() == fold(everything).state_hash()
        finally:
            store.close()


def test_a_delete_concurrent_with_an_edit_is_surfaced(tmp_path: Path) -> None:
    alice, bob = Author(), Author()
    create = alice.op("case", CASE, "create", "", {})
    title = alice.op("case", CASE, "set", "title", "Дело", deps=[])
    # Bob edits what he saw; Alice deletes without having seen Bob's edit.
    edit = bob.op("case", CASE, "set", "title", "Дело (уточнено)", deps=[title.op_id])
    delete = alice.op("case", CASE, "delete", "", True, deps=[title.op_id])
    state = fold([create, title, edit, delete])
    assert state.delete_conflicts == {CASE}
    # A delete that saw the edit is not a conflict.
    informed = alice.op("case", CASE, "delete", "", True, deps=[delete.op_id, edit.op_id])
    assert fold([create, title, edit, delete, informed]).delete_conflicts == frozenset()
    # A restore is not a delete.
    restore = alice.op("case", CASE, "delete", "", False, deps=[delete.op_id])
    assert fold([create, title, edit, delete, restore]).delete_conflicts == frozenset()
    store = new_store(tmp_path / "s.db")
    apply_all(store, [delete, edit, title, create])
    assert store.state_hash() == state.state_hash()
    store.close()


# -- op v2: restore and redact (PROTECTION §1); the store applies v2 once it keeps disclosures --


def _v2(
    author: Author,
    entity: str,
    eid: bytes,
    kind: str,
    fld: str = "",
    value: Any = None,
    deps: Iterable[bytes] = (),
    **extra: Any,
) -> SignedOp:
    """The author's next op, signed as op v2 (the factory's Author signs v1)."""
    author.seq, author.hlc = author.seq + 1, author.hlc + 1
    head = (author.public, author.seq, author.prev, tuple(deps), author.hlc)
    signed = sign_op(Op(*head, entity, eid, kind, fld, value, **extra), author.identity, version=2)
    author.prev = signed.op_id
    return signed


def _erased(ops: Iterable[SignedOp]) -> list[SignedOp]:
    return [o.without_value() if o.op.version == 2 else o for o in ops]


def test_a_v2_restore_undoes_a_delete_by_its_kind() -> None:
    alice, bob = Author(), Author()
    create = _v2(alice, "case", CASE, "create", value={})
    title = _v2(alice, "case", CASE, "set", "title", "Дело")
    delete = _v2(alice, "case", CASE, "delete", deps=[title.op_id])
    restore = _v2(bob, "case", CASE, "restore", deps=[delete.op_id])
    ops = [create, title, delete, restore]
    state = fold(ops)
    assert state.registers[(CASE, DELETED)].winner.op_id == restore.op_id
    assert not state.registers[(CASE, DELETED)].winner.deletes
    # An edit the delete did not see is a conflict until the restore; a restore deletes nothing.
    edit = _v2(bob, "case", CASE, "set", "title", "Дело (уточнено)", deps=[title.op_id])
    assert fold([*ops, edit]).delete_conflicts == frozenset()
    assert fold([create, title, delete, edit]).delete_conflicts == {CASE}
    # v1 and v2 mix: a v1 delete restored by a v2 restore.
    old = alice.op("case", CASE, "delete", "", True, deps=[restore.op_id])
    again = _v2(bob, "case", CASE, "restore", deps=[old.op_id])
    assert not fold([*ops, old, again]).registers[(CASE, DELETED)].winner.deletes
    assert fold(_erased([*ops, old, again])).state_hash() == fold([*ops, old, again]).state_hash()


def test_a_field_redact_supersedes_like_a_set() -> None:
    alice, bob = Author(), Author()
    create = _v2(alice, "person", PERSON, "create", value={}, parents={"case": CASE})
    name = _v2(alice, "person", PERSON, "set", "name", "Иван Иванов")
    redact = _v2(
        alice,
        "person",
        PERSON,
        "redact",
        "name",
        deps=[name.op_id],
        targets=(name.op_id,),
        reason="consent_withdrawn",
    )
    state = fold([create, name, redact])
    reg = state.registers[(PERSON, "name")]
    assert [o.op_id for o in reg.live] == [redact.op_id]  # the field reads "erased"
    assert state.delete_conflicts == frozenset()  # a field redact deletes nothing
    # Bob renames without having seen the erasure: a conflict, shown as one.
    rename = _v2(bob, "person", PERSON, "set", "name", "И. Иванов", deps=[name.op_id])
    conflicted = fold([create, name, redact, rename]).registers[(PERSON, "name")]
    assert {o.op_id for o in conflicted.live} == {redact.op_id, rename.op_id}
    # A later set that saw both ends the erased state.
    later = _v2(
        alice, "person", PERSON, "set", "name", "Свидетель Б", deps=[redact.op_id, rename.op_id]
    )
    everything = [create, name, redact, rename, later]
    assert [o.op_id for o in fold(everything).registers[(PERSON, "name")].live] == [later.op_id]
    assert fold(_erased(everything)).state_hash() == fold(everything).state_hash()


def test_a_whole_record_redact_is_a_delete() -> None:
    alice, bob = Author(), Author()
    create = _v2(alice, "person", PERSON, "create", value={}, parents={"case": CASE})
    name = _v2(alice, "person", PERSON, "set", "name", "Иван Иванов")
    edit = _v2(bob, "person", PERSON, "set", "role", "witness")
    redact = _v2(
        alice,
        "person",
        PERSON,
        "redact",
        deps=[name.op_id],
        targets=(create.op_id, name.op_id),
        reason="safety",
    )
    state = fold([create, name, edit, redact])
    assert state.registers[(PERSON, DELETED)].winner.deletes
    assert state.delete_conflicts == {PERSON}  # Bob's edit was not seen: surfaced
    informed = _v2(
        alice,
        "person",
        PERSON,
        "redact",
        deps=[redact.op_id, name.op_id, edit.op_id],
        targets=(edit.op_id,),
        reason="safety",
    )
    ops = [create, name, edit, redact, informed]
    assert fold(ops).delete_conflicts == frozenset()
    assert fold(_erased(ops)).state_hash() == fold(ops).state_hash()
    # The skeleton keeps the parents, so the fold never needs the create's value.
    assert fold(_erased(ops)).registers[(PERSON, CREATED)].winner.op.parent_ids() == {"case": CASE}


def test_winner_order_is_hlc_then_author_then_op_id() -> None:
    assert winner_key(2, b"\x00", b"\x00") > winner_key(1, b"\xff", b"\xff")
    assert winner_key(1, b"\x02", b"\x00") > winner_key(1, b"\x01", b"\xff")
    assert winner_key(1, b"\x01", b"\x02") > winner_key(1, b"\x01", b"\x01")


def test_empty_state() -> None:
    assert fold([]).state_hash() == fold(()).state_hash()
    assert fold([]).registers == {}
