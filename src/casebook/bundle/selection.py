"""Which ops and attachments a bundle carries, read from one consistent snapshot of the vault.

    without a case filter   per author, every op whose seq is above the lowest ack among the
                            recipients (acks table: what each peer said it holds)
    with a case filter      every op of those cases, acknowledged or not: acks are per
                            author and seq, and cannot say "all of case X but not of case Y"
    version vector          per author, the highest n such that the vault holds ops 1..n
                            (a contiguous prefix: a case filter can leave gaps)

Both passes over the ops (hash, then write) run inside `snapshot`, one read transaction, so
they see the same rows while other connections write; memory stays flat (rows are streamed).
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from casebook.base import canonical
from casebook.base.errors import Cancelled, InputRejected, VaultCorrupt
from casebook.bundle.format import NAME_OPS, attachment_name
from casebook.bundle.manifest import MAX_ATTACHMENTS, Entry
from casebook.domain.records import PeerRow
from casebook.store import db

if TYPE_CHECKING:
    from casebook.store.store import Store

__all__ = [
    "AttachmentSource",
    "Queries",
    "cursor_rows",
    "first_pass",
    "op_lines",
    "op_queries",
    "snapshot",
    "version_vector",
]

Queries = list[tuple[str, tuple[Any, ...]]]
CancelCheck = Callable[[], bool]


@dataclass(frozen=True)
class AttachmentSource:
    """Where an attachment's bytes are in the vault: a blob file, or inline in the DB."""

    entry: Entry
    blob_name: str | None
    blob_key: bytes | None


def cursor_rows(store: Store, sql: str, args: Sequence[Any]) -> Iterator[Any]:
    """Stream the rows of a query without holding them all."""
    try:
        cur = store.con.execute(sql, args)
        while rows := cur.fetchmany(1000):
            yield from rows
    except db.DB_ERRORS as e:
        raise db.translate(e) from e


@contextlib.contextmanager
def snapshot(store: Store) -> Iterator[None]:
    """A read transaction: every query inside sees the same committed state (WAL)."""
    try:
        store.con.execute("BEGIN DEFERRED")
    except db.DB_ERRORS as e:
        raise db.translate(e) from e
    try:
        yield
    finally:
        with contextlib.suppress(*db.DB_ERRORS):
            store.con.execute("ROLLBACK")


def version_vector(store: Store) -> dict[bytes, int]:
    """Per author, the highest seq n such that this vault holds that author's ops 1..n."""
    firsts = dict(store.query("SELECT author, min(seq) FROM ops GROUP BY author"))
    ends = store.query(
        "SELECT author, min(seq) FROM ops o WHERE NOT EXISTS (SELECT 1 FROM ops p"
        " WHERE p.author = o.author AND p.seq = o.seq + 1) GROUP BY author"
    )
    return {bytes(a): int(end) for a, end in ends if firsts.get(a) == 1}


def op_queries(store: Store, peers: Sequence[PeerRow], case_ids: Sequence[bytes] | None) -> Queries:
    """The queries (sql, args) whose rows, in order, are the ops to send."""
    cols = "SELECT encoded, sig, kind FROM ops"
    if case_ids is not None:
        marks = ",".join("?" * len(case_ids))
        return [(f"{cols} WHERE case_id IN ({marks}) ORDER BY author, seq", tuple(case_ids))]
    acked: list[dict[bytes, int]] = [
        {
            bytes(a): s
            for a, s in store.query("SELECT author, seq FROM acks WHERE peer = ?", (p.identity,))
        }
        for p in peers
    ]
    out = []
    for (author,) in store.query("SELECT DISTINCT author FROM ops ORDER BY author"):
        floor = min((a.get(bytes(author), 0) for a in acked), default=0)
        out.append((f"{cols} WHERE author = ? AND seq > ? ORDER BY seq", (author, floor)))
    return out


def op_lines(store: Store, queries: Queries) -> Iterator[tuple[bytes, str, bytes]]:
    """(line, kind, encoded) for every op to send, in order."""
    for sql, args in queries:
        for encoded, sig, kind in cursor_rows(store, sql, args):
            enc = bytes(encoded)
            yield bytes(sig).hex().encode("ascii") + b" " + enc + b"\n", kind, enc


def first_pass(
    store: Store, queries: Queries, cancel: CancelCheck | None
) -> tuple[Entry, list[AttachmentSource]]:
    """Hash ops.jsonl and collect the attachments its attach ops name."""
    digest = hashlib.blake2b(digest_size=32)
    size = count = 0
    shas: set[bytes] = set()
    for line, kind, encoded in op_lines(store, queries):
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
        rows = store.query(
            "SELECT size, blob_name, blob_key FROM contents WHERE sha256 = ?", (sha,)
        )
        if not rows:
            raise VaultCorrupt("an attachment's content is missing from the vault")
        size_a, blob_name, blob_key = rows[0]
        entry = Entry(attachment_name(sha), int(size_a), sha)
        attachments.append(
            AttachmentSource(entry, blob_name, bytes(blob_key) if blob_key else None)
        )
    return Entry(NAME_OPS, size, digest.digest(), count), attachments
