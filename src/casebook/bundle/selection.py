"""Which ops and attachments a bundle carries, read from one consistent snapshot of the vault.

    without a case filter   per author, every op whose seq is above the lowest ack among the
                            recipients (acks table: what each peer said it holds)
    with a case filter      every op of those cases, acknowledged or not: acks are per
                            author and seq, and cannot say "all of case X but not of case Y"
    version vector          per author, the highest n such that the vault holds ops 1..n
                            (a contiguous prefix: a case filter can leave gaps)

An audience plan (`casebook.bundle.audience.ExportPlan`) narrows it: the ops of a record left
out stay home (the receiver sees a gap in the author's chain, as with a case filter), a value it
withholds goes as its signed skeleton without the disclosure, and a v1 op whose value it
withholds stays home whole (its value is inside its signed bytes).

The selection itself (`OpSelection`) is made by `store.exchange`. Both passes over the ops
(hash, then write) run inside `Store.snapshot()`, one read transaction, so they see the same rows
while other connections write; memory stays flat (rows are streamed).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from casebook.base import canonical
from casebook.base.errors import Cancelled, InputRejected, VaultCorrupt
from casebook.bundle.format import NAME_DISCLOSURES, NAME_OPS, NAME_OVERLAY, attachment_name
from casebook.bundle.manifest import MAX_ATTACHMENTS, Entry
from casebook.store.exchange import OpSelection

if TYPE_CHECKING:
    from casebook.bundle.audience import ExportPlan
    from casebook.store.store import Store

__all__ = [
    "AttachmentSource",
    "Content",
    "OpSelection",
    "disclosure_lines",
    "first_pass",
    "lines_entry",
    "op_lines",
]

CancelCheck = Callable[[], bool]


@dataclass(frozen=True)
class AttachmentSource:
    """Where an attachment's bytes are in the vault: a blob file, or inline in the DB."""

    entry: Entry
    blob_name: str | None
    blob_key: bytes | None


def op_lines(
    store: Store, selection: OpSelection, plan: ExportPlan | None = None
) -> Iterator[tuple[bytes, str, bytes]]:
    """(line, kind, encoded) for every op to send, in order."""
    if plan is None or plan.plan is None:
        for encoded, sig, kind in store.exchange.selected_ops(selection):
            yield sig.hex().encode("ascii") + b" " + encoded + b"\n", kind, encoded
        return
    for o in store.exchange.selected_ops_planned(selection):
        if plan.omits(o.entity_id):
            continue
        if o.v == 1 and plan.withholds(o.entity, o.entity_id, o.reg_field, o.case_id):
            continue
        yield o.sig.hex().encode("ascii") + b" " + o.encoded + b"\n", o.kind, o.encoded


def disclosure_lines(
    store: Store, selection: OpSelection, plan: ExportPlan | None = None
) -> Iterator[tuple[bytes, bytes, str, bytes]]:
    """(line, op id, kind, canonical value) for every disclosure to send, in order.

    The line is the canonical JSON {"n": nonce, "op": op id, "v": value}: the stored value is
    canonical already, and the keys are written in their sorted order.
    """
    if plan is None or plan.plan is None:
        rows: Iterator[tuple[bytes, bytes, bytes, str]] = store.exchange.selected_disclosures(
            selection
        )
    else:
        rows = (
            (v.op_id, v.nonce, v.value, v.kind)
            for v in store.exchange.selected_disclosures_planned(selection)
            if not plan.withholds(v.entity, v.entity_id, v.reg_field, v.case_id)
        )
    for op_id, nonce, value, kind in rows:
        head = b'{"n":"' + nonce.hex().encode() + b'","op":"' + op_id.hex().encode() + b'","v":'
        yield head + value + b"}\n", op_id, kind, value


# Lines the first pass keeps for the second (writing the payload), so that a bundle of usual
# size reads its ops and values from the vault once; past this, the second pass reads them
# again, and memory stays flat whatever the bundle's size.
HOLD_BYTES = 32 * 1024 * 1024
_LINE_COST = 48  # what Python adds to each line held (the bytes object and its slot)


@dataclass(frozen=True)
class Content:
    """What a bundle carries, from the first pass: its members' entries, the disclosures it
    sends (for the ledger), and where its attachments are; and the lines of ops.jsonl and
    disclosures.jsonl when they fit in HOLD_BYTES (None: read them again)."""

    ops: Entry
    disclosures: Entry
    overlay: Entry
    attachments: tuple[AttachmentSource, ...]
    disclosed: tuple[bytes, ...]
    op_lines: tuple[bytes, ...] | None = None
    disclosure_lines: tuple[bytes, ...] | None = None


class _Held:
    """Lines kept up to a budget shared by both members; a member that does not fit whole is
    not kept at all."""

    def __init__(self) -> None:
        self.left = HOLD_BYTES

    def keep(self, lines: list[bytes] | None, line: bytes) -> list[bytes] | None:
        if lines is None:
            return None
        self.left -= len(line) + _LINE_COST
        if self.left < 0:
            return None
        lines.append(line)
        return lines


def _sha_of_v1(encoded: bytes) -> bytes | None:
    doc = canonical.decode(encoded)
    return bytes.fromhex(doc["value"]["sha256"]) if doc.get("v") == 1 else None


def lines_entry(name: str, lines: Sequence[bytes]) -> Entry:
    """The entry of a JSON-lines member held in memory (overlay.jsonl)."""
    digest = hashlib.blake2b(digest_size=32)
    for line in lines:
        digest.update(line)
    return Entry(name, sum(len(line) for line in lines), digest.digest(), len(lines))


def first_pass(
    store: Store,
    selection: OpSelection,
    cancel: CancelCheck | None,
    plan: ExportPlan | None = None,
    overlay: Sequence[bytes] = (),
) -> Content:
    """Hash ops.jsonl and disclosures.jsonl, and collect the attachments whose attach op
    travels with its value: an attachment whose value is erased or withheld stays home."""
    shas: set[bytes] = set()
    # The values first: they are what v2 adds, and smaller than the ops, so that a bundle
    # whose lines do not all fit in memory still reads its values once.
    held = _Held()
    digest = hashlib.blake2b(digest_size=32)
    size = count = 0
    disclosed = []
    held_values: list[bytes] | None = []
    for line, op_id, kind, value in disclosure_lines(store, selection, plan):
        digest.update(line)
        size += len(line)
        count += 1
        held_values = held.keep(held_values, line)
        disclosed.append(op_id)
        if kind == "attach":
            shas.add(bytes.fromhex(canonical.decode(value)["sha256"]))
        if cancel is not None and count % 4096 == 0 and cancel():
            raise Cancelled()
    disclosures = Entry(NAME_DISCLOSURES, size, digest.digest(), count)
    digest = hashlib.blake2b(digest_size=32)
    size = count = 0
    held_ops: list[bytes] | None = []
    for line, kind, encoded in op_lines(store, selection, plan):
        digest.update(line)
        size += len(line)
        count += 1
        held_ops = held.keep(held_ops, line)
        if kind == "attach" and (sha := _sha_of_v1(encoded)) is not None:
            shas.add(sha)
        if cancel is not None and count % 4096 == 0 and cancel():
            raise Cancelled()
    ops = Entry(NAME_OPS, size, digest.digest(), count)
    overlay_entry = lines_entry(NAME_OVERLAY, overlay)
    if len(shas) > MAX_ATTACHMENTS:
        raise InputRejected(
            f"more than {MAX_ATTACHMENTS} attachments: seal the cases in several bundles"
        )
    attachments = []
    for sha in sorted(shas):
        located = store.contents.locate(sha)
        if located is None:
            raise VaultCorrupt("an attachment's content is missing from the vault")
        entry = Entry(attachment_name(sha), located.size, sha)
        attachments.append(AttachmentSource(entry, located.blob_name, located.blob_key))
    return Content(
        ops,
        disclosures,
        overlay_entry,
        tuple(attachments),
        tuple(disclosed),
        tuple(held_ops) if held_ops is not None else None,
        tuple(held_values) if held_values is not None else None,
    )
