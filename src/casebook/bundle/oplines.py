"""An import's ops: read here, parsed and their signatures checked a batch at a time on a
worker thread, paired with their values and handed on here, in order.

    lines ─► batch ─► worker: parse each op, check the signatures (libsodium, and SQLite on
                      this thread, release the GIL: the two cores share the work), and pair
                      each op with its value when the values are held in memory
          ◄─ checked batch ─ pair each op with its value here when they are staged in the
                             vault (its connection is this thread's) ─► the caller applies
                             it while the next is checked

No op is handed on before its signature is checked. The first failure in line order wins (a
malformed line, a bad signature, a value that does not open its commitment), and is raised
only after every line was read, so that a damaged entry is reported as tampering by the
reader first, as when each op was checked on its own line.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Generator, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field

from casebook.base.errors import (
    AuthenticationFailed,
    BundleRejected,
    InputRejected,
    RejectReason,
)
from casebook.crypto.keys import first_bad_signature
from casebook.domain.oplog import SignedOp, parse_signed

__all__ = ["BATCH", "checked_batches", "decode_line"]

BATCH = 1024  # ops per batch: the store applies one while the worker checks the next
_HEX = b"0123456789abcdef"


def decode_line(line: bytes) -> tuple[SignedOp, bytes]:
    """An op line, `<sig hex> <op>`: the op (not yet checked) and the message it signs."""
    if len(line) < 130 or line[128:129] != b" " or line[:128].strip(_HEX):
        raise BundleRejected(RejectReason.MALFORMED, "an op line is not '<sig hex> <op>'")
    try:
        return parse_signed(line[129:], bytes.fromhex(line[:128].decode("ascii")))
    except AuthenticationFailed as e:
        raise BundleRejected(RejectReason.BAD_SIGNATURE, "an op's signature is bad") from e
    except InputRejected as e:
        raise BundleRejected(RejectReason.MALFORMED, f"an op is invalid ({e})") from e


@dataclass
class _Checked:
    """A batch as the worker leaves it: the ops up to the first failure, and that failure."""

    ops: list[SignedOp] = field(default_factory=list)
    error: BundleRejected | None = None
    paired: bool = False  # the ops carry their values already


def _check(
    lines: list[bytes], with_value: Callable[[SignedOp], SignedOp] | None = None
) -> _Checked:
    """On the worker: parse the lines in order up to the first malformed one, then check the
    signatures of those parsed; the ops before the first bad one are handed on (paired with
    their values here too, when `with_value` is given)."""
    out = _Checked()
    checks: list[tuple[bytes, bytes, bytes]] = []
    for line in lines:
        try:
            signed, message = decode_line(line)
        except BundleRejected as e:
            out.error = e
            break
        out.ops.append(signed)
        checks.append((signed.op.author, message, signed.sig))
    bad = first_bad_signature(checks)
    if bad is not None:
        del out.ops[bad:]
        out.error = BundleRejected(RejectReason.BAD_SIGNATURE, "an op's signature is bad")
    if with_value is not None:
        for i, signed in enumerate(out.ops):
            try:
                out.ops[i] = with_value(signed)
            except BundleRejected as e:
                del out.ops[i:]
                out.error = e
                break
        out.paired = True
    return out


def checked_batches(
    lines: Iterable[bytes],
    with_value: Callable[[SignedOp], SignedOp],
    *,
    pair_on_worker: bool = False,
) -> Generator[list[SignedOp], None, None]:
    """The ops of `lines` in batches of checked ops, in order; `with_value` pairs an op with its
    disclosure (raising `BundleRejected` when it does not open the commitment). It runs on the
    worker when `pair_on_worker` (it must then touch nothing of this thread's: the vault's
    connection), as a v1 op's value is parsed there with its op."""
    on_worker = with_value if pair_on_worker else None
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="casebook-verify")
    pending: deque[Future[_Checked]] = deque()
    failed: BundleRejected | None = None  # the first failure in line order, once known

    def settle(future: Future[_Checked]) -> list[SignedOp]:
        nonlocal failed
        checked = future.result()
        if checked.paired:
            failed = checked.error
            return checked.ops
        ops: list[SignedOp] = []
        for signed in checked.ops:
            try:
                ops.append(with_value(signed))
            except BundleRejected as e:
                failed = e
                return ops
        failed = checked.error
        return ops

    try:
        raw: list[bytes] = []
        for line in lines:
            if failed is not None:
                continue  # read on: the reader checks the entry's hash at its end
            raw.append(line)
            if len(raw) < BATCH:
                continue
            pending.append(pool.submit(_check, raw, on_worker))
            raw = []
            # One batch stays with the worker while this thread applies the one before.
            while failed is None and pending and (len(pending) > 1 or pending[0].done()):
                if ops := settle(pending.popleft()):
                    yield ops
        if raw and failed is None:
            pending.append(pool.submit(_check, raw, on_worker))
        while failed is None and pending:
            if ops := settle(pending.popleft()):
                yield ops
        if failed is not None:
            raise failed
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
