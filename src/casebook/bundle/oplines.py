"""An import's ops: read here, parsed and their signatures checked a batch at a time on worker
threads, paired with their values and handed on here, in order.

    lines ─► batches ─► workers (two, one per core): parse each op, check the signatures
                        (libsodium and SQLite release the GIL, so the store's work on this
                        thread and the checks share both cores; while this thread waits for
                        a batch, both workers run), and pair each op with its value when the
                        values are held in memory (a look-up that takes nothing)
          ◄─ checked batches, in line order ─ here, in order: each paired value is taken (a
                        second op with the same id gets none), or each op is paired now when
                        the values are staged in the vault (its connection is this thread's)
                        ─► the caller applies the batch while the workers check the next ones

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

BATCH = 1024  # ops per batch: the store applies one while the workers check the next ones
WORKERS = 2  # checking threads; each holds at most one batch (docs/storage.md, "Import")
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
    """On a worker: parse the lines in order up to the first malformed one, then check the
    signatures of those parsed; the ops before the first bad one are handed on (paired with
    their values here too, when `with_value` is given). Parsing the whole batch before the
    checks keeps this thread's GIL hand-overs to two per batch: a thread that gives the GIL
    up often waits for it each time (up to Python's switch interval)."""
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
    take: Callable[[SignedOp], bool] | None = None,
) -> Generator[list[SignedOp], None, None]:
    """The ops of `lines` in batches of checked ops, in order; `with_value` pairs an op with its
    disclosure (raising `BundleRejected` when it does not open the commitment).

    Without `take`, `with_value` runs here, in line order, and may take the value it pairs.
    With `take`, `with_value` runs on the workers, batches in any order, and must only look
    (touching nothing of this thread's: the vault's connection); `take` then runs here, in
    line order, for each op paired with a value, and says whether the value was still held:
    when it was not (an op whose id came before), the op is handed on without it, as the
    first of the two took it."""
    on_worker = with_value if take is not None else None
    pool = ThreadPoolExecutor(max_workers=WORKERS, thread_name_prefix="casebook-verify")
    pending: deque[Future[_Checked]] = deque()
    failed: BundleRejected | None = None  # the first failure in line order, once known

    def settle(future: Future[_Checked]) -> list[SignedOp]:
        nonlocal failed
        checked = future.result()
        if checked.paired and take is not None:
            for i, signed in enumerate(checked.ops):
                if signed.disclosure is not None and not take(signed):
                    checked.ops[i] = signed.without_value()
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
            # A batch stays with each worker while this thread applies the one before.
            while failed is None and pending and (len(pending) > WORKERS or pending[0].done()):
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
