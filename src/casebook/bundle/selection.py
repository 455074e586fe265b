"""Which ops and attachments a bundle carries, read from one consistent snapshot of the vault.

    without a case filter   per author, every op whose seq is above the lowest ack among the
                            recipients (acks table: what each peer said it holds)
    with a case filter      every op of those cases, acknowledged or not: acks are per
                            author and seq, and cannot say "all of case X but not of case Y"
    version vector          per author, the highest n such that the vault holds ops 1..n
                            (a contiguous prefix: a case filter can leave gaps)

The selection itself (`OpSelection`) is made by `store.exchange`. Both passes over the ops
(hash, then write) run inside `Store.snapshot()`, one read transaction, so they see the same rows
while other connections write; memory stays flat (rows are streamed).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from casebook.base import canonical
from casebook.base.errors import Cancelled, InputRejected, VaultCorrupt
from casebook.bundle.format import NAME_OPS, attachment_name
from casebook.bundle.manifest import MAX_ATTACHMENTS, Entry
from casebook.store.exchange import OpSelection

if TYPE_CHECKING:
    from casebook.store.store import Store

__all__ = ["AttachmentSource", "OpSelection", "first_pass", "op_lines"]

CancelCheck = Callable[[], bool]


@dataclass(frozen=True)
class AttachmentSource:
    """Where an attachment's bytes are in the vault: a blob file, or inline in the DB."""

    entry: Entry
    blob_name: str | None
    blob_key: bytes | None


def op_lines(store: Store, selection: OpSelection) -> Iterator[tuple[bytes, str, bytes]]:
    """(line, kind, encoded) for every op to send, in order."""
    for encoded, sig, kind in store.exchange.selected_ops(selection):
        yield sig.hex().encode("ascii") + b" " + encoded + b"\n", kind, encoded


def first_pass(
    store: Store, selection: OpSelection, cancel: CancelCheck | None
) -> tuple[Entry, list[AttachmentSource]]:
    """Hash ops.jsonl and collect the attachments its attach ops name."""
    digest = hashlib.blake2b(digest_size=32)
    size = count = 0
    shas: set[bytes] = set()
    for line, kind, encoded in op_lines(store, selection):
        digest.update(line)
        size += len(line)
        count += 1
        if kind == "attach":
            shas.add(bytes.fromhex(canonical.decode(encoded)["value"]["sha256"]))
        if cancel is not None and count % 4096 == 0 and cancel():
            raise Cancelled()
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
    return Entry(NAME_OPS, size, digest.digest(), count), attachments
