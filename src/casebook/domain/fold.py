"""The fold: case state as a pure function of the *set* of valid ops (DESIGN §4).

For each register (entity_id, field), an op is *superseded* when another op of the same register
lists it in `deps`. The live ops are the rest:

    live(r) = { o ∈ ops(r) : ∄ o' ∈ ops(r) with o.op_id ∈ o'.deps }

One live op is the value. Several are a conflict: all are kept, and the provisional winner is the
greatest (hlc, author, op_id), so every replica shows the same value until a `resolve` op, which
lists all of them in `deps`, supersedes them. Because the rule looks only at which ops are
present, importing twice or in any order gives the same state; the store (`casebook.store`)
applies the same rule incrementally and the property tests check the two agree.

A delete that did not see a live edit of the same entity (the edit is not in the delete's deps)
is surfaced as a delete/edit conflict. A whole-record `redact` is a delete; a field `redact` is a
value like any other ("erased"), so a `set` concurrent with it is a conflict.

The fold never reads a v2 op's value: whether a "_deleted" op deletes is its kind (`delete`,
`restore`, `redact`), so dropping a disclosure (erasure) leaves the state and its hash unchanged.
For v1 it is the signed boolean, and the state of a v1 op set is what it always was.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from casebook.crypto.keys import hash32
from casebook.domain.oplog import DELETED, SignedOp

__all__ = ["Register", "State", "fold", "winner_key"]


def winner_key(hlc: int, author: bytes, op_id: bytes) -> tuple[int, bytes, bytes]:
    """The total order that picks the provisional winner among live ops."""
    return (hlc, author, op_id)


@dataclass(frozen=True)
class Register:
    """The live ops of one register, winner first."""

    live: tuple[SignedOp, ...]

    @property
    def winner(self) -> SignedOp:
        """The provisional value."""
        return self.live[0]

    @property
    def conflicted(self) -> bool:
        """More than one live value."""
        return len(self.live) > 1


@dataclass(frozen=True)
class State:
    """Every register's live ops, and the entities deleted under a concurrent edit."""

    registers: dict[tuple[bytes, str], Register]
    delete_conflicts: frozenset[bytes]

    def state_hash(self) -> bytes:
        """A digest of the state: equal on every replica holding the same set of ops."""
        parts = []
        for (entity_id, fld), reg in sorted(self.registers.items()):
            ids = b"".join(o.op_id for o in reg.live)
            parts.append(entity_id + fld.encode() + b"\x00" + ids)
        parts.append(b"".join(sorted(self.delete_conflicts)))
        return hash32(b"\x01".join(parts))


def fold(ops: Iterable[SignedOp]) -> State:
    """Compute the state of a set of ops (duplicates are ignored)."""
    unique = {o.op_id: o for o in ops}
    by_register: dict[tuple[bytes, str], list[SignedOp]] = defaultdict(list)
    superseded: set[tuple[bytes, str, bytes]] = set()
    for o in unique.values():
        reg = o.register
        by_register[reg].append(o)
        for d in o.op.deps:
            superseded.add((reg[0], reg[1], d))
    registers = {}
    for reg, members in by_register.items():
        live = [o for o in members if (reg[0], reg[1], o.op_id) not in superseded]
        live.sort(key=lambda o: winner_key(o.op.hlc, o.op.author, o.op_id), reverse=True)
        registers[reg] = Register(tuple(live))
    delete_conflicts = set()
    for (entity_id, fld), deleted in registers.items():
        if fld != DELETED or not deleted.winner.deletes:
            continue
        seen = set(deleted.winner.op.deps)
        for (eid2, fld2), other in registers.items():
            edited = eid2 == entity_id and not fld2.startswith("_")
            if edited and any(o.op_id not in seen for o in other.live):
                delete_conflicts.add(entity_id)
    return State(registers, frozenset(delete_conflicts))
