"""An import's ops checked on two worker threads and handed on in line order (bundle/oplines.py):
the order of the lines, the first failure in line order, a second copy of an op, and no worker
left behind."""

from __future__ import annotations

import os
import threading
import time

import pytest

from casebook.base.errors import BundleRejected, RejectReason
from casebook.bundle import oplines
from casebook.bundle.oplines import BATCH, checked_batches
from casebook.bundle.values import accepted
from casebook.crypto.keys import Identity
from casebook.domain.disclosure import Disclosure
from casebook.domain.oplog import Op, SignedOp, sign_op

ME = Identity.generate(int(time.time() * 1000))


def chain(count: int) -> list[SignedOp]:
    """`count` ops of the owner's chain: events created and given a summary (v2, values)."""
    out: list[SignedOp] = []
    seq, prev, case = 0, None, os.urandom(16)
    while len(out) < count:
        eid = os.urandom(16)
        for kind, fld, value in (
            ("create", "", {"case": case.hex()}),
            ("set", "summary", f"задержание {seq}"),
        ):
            seq += 1
            op = Op(ME.public, seq, prev, (), (1 << 20) + seq, "event", eid, kind, fld, value)
            out.append(sign_op(op, ME, version=2))
            prev = out[-1].op_id
    return out[:count]


def line(s: SignedOp) -> bytes:
    return s.sig.hex().encode("ascii") + b" " + s.encoded


class Held:
    """Values held in memory, looked at on the workers and taken here, in line order."""

    def __init__(self, ops: list[SignedOp]) -> None:
        self.values = {s.op_id: s.disclosure for s in ops if s.disclosure is not None}
        self.taken: list[bytes] = []
        self.lookers: set[str] = set()

    def look(self, s: SignedOp) -> SignedOp:
        self.lookers.add(threading.current_thread().name)
        d = self.values.get(s.op_id) if s.vc is not None else None
        return s if d is None else accepted(s, d)

    def take(self, s: SignedOp) -> bool:
        assert threading.current_thread() is threading.main_thread()
        self.taken.append(s.op_id)
        return self.values.pop(s.op_id, None) is not None


def run(lines: list[bytes], held: Held, out: list[SignedOp] | None = None) -> list[SignedOp]:
    """Every op handed on, into `out` as they come (what came before a failure stays there)."""
    out = [] if out is None else out
    for batch in checked_batches(lines, held.look, take=held.take):
        out += batch
    return out


def verifiers() -> list[str]:
    return [t.name for t in threading.enumerate() if t.name.startswith("casebook-verify")]


def test_ops_come_out_in_line_order_with_their_values_from_both_workers() -> None:
    ops = chain(5 * BATCH + 17)  # more batches than workers, the last one short
    held = Held(ops)
    out = run([line(s) for s in ops], held)
    assert [s.op_id for s in out] == [s.op_id for s in ops]
    assert all(s.value_known for s in out)
    assert [s.op.value for s in out] == [s.op.value for s in ops]
    assert held.taken == [s.op_id for s in ops if s.disclosure is not None]  # in line order
    assert not held.values
    assert oplines.WORKERS == 2
    assert len(held.lookers) == 2
    assert all(n.startswith("casebook-verify") for n in held.lookers)
    assert not verifiers()


def test_a_second_copy_of_an_op_comes_without_the_value_the_first_took() -> None:
    ops = chain(3 * BATCH)
    again = ops[10]
    lines = [line(s) for s in ops] + [line(again)]  # the copy in the last batch
    out = run(lines, Held(ops))
    assert out[10].value_known
    assert out[10].op.value == again.op.value
    assert out[-1].op_id == again.op_id
    assert not out[-1].value_known
    assert out[-1].op.value is None
    assert out[-1].disclosure is None


@pytest.mark.parametrize(
    ("first", "reason"),
    [("malformed", RejectReason.MALFORMED), ("signature", RejectReason.BAD_SIGNATURE)],
)
def test_the_first_failure_in_line_order_wins_across_batches(
    first: str, reason: RejectReason
) -> None:
    ops = chain(4 * BATCH)
    lines = [line(s) for s in ops]
    at = BATCH + 5  # in the second batch; a later batch fails the other way
    later = 3 * BATCH + 1
    bad_sig = bytes(64).hex().encode("ascii") + b" "
    if first == "malformed":
        lines[at] = b"{not an op line}"
        lines[later] = bad_sig + ops[later].encoded
    else:
        lines[at] = bad_sig + ops[at].encoded
        lines[later] = b"{not an op line}"
    got: list[SignedOp] = []
    with pytest.raises(BundleRejected) as e:
        run(lines, Held(ops), got)
    assert e.value.reason is reason
    assert [s.op_id for s in got] == [s.op_id for s in ops[:at]]  # up to the failure, no more
    assert not verifiers()


def test_a_value_that_does_not_open_its_op_is_tampering_and_stops_there() -> None:
    ops = chain(2 * BATCH)
    held = Held(ops)
    victim = ops[BATCH + 3]
    assert victim.disclosure is not None
    held.values[victim.op_id] = Disclosure(victim.op_id, victim.disclosure.nonce, "подмена")
    got: list[SignedOp] = []
    with pytest.raises(BundleRejected) as e:
        run([line(s) for s in ops], held, got)
    assert e.value.reason is RejectReason.TAMPERED
    assert [s.op_id for s in got] == [s.op_id for s in ops[: BATCH + 3]]


def test_a_reader_that_stops_early_leaves_no_worker() -> None:
    ops = chain(6 * BATCH)
    held = Held(ops)
    batches = checked_batches([line(s) for s in ops], held.look, take=held.take)
    next(batches)
    batches.close()
    assert not verifiers()


def test_without_take_the_values_are_paired_here_in_line_order() -> None:
    ops = chain(3 * BATCH + 2)
    values = {s.op_id: s.disclosure for s in ops if s.disclosure is not None}
    pairers: set[str] = set()

    def pair(s: SignedOp) -> SignedOp:
        pairers.add(threading.current_thread().name)
        d = values.pop(s.op_id, None)
        return s if d is None else accepted(s, d)

    out = [s for batch in checked_batches([line(s) for s in ops], pair) for s in batch]
    assert [s.op_id for s in out] == [s.op_id for s in ops]
    assert all(s.value_known for s in out)
    assert pairers == {threading.main_thread().name}
