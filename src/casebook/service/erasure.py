"""Erasure (PROTECTION §1): forget a value here, and ask every colleague's casebook to forget it.

    preview(record, field)   what would be erased, and who already holds it: every colleague and
                             bundle that carried one of its disclosures (`sent_disclosures`)
    erase(record, field, reason)
                             one signed `redact` op per 4,096 values, naming every op that ever
                             held a value of the field (or of the whole record); here they are
                             purged at once: disclosure rows, husks, the search index, drafts that
                             repeat the value, blob files no record names any more, the WAL
    erasures(pending)        every erasure known here; a colleague's erasure of someone else's
                             value is only hidden until the owner confirms it
    confirm(redact)          purge what a colleague's erasure hides

Casebook cannot prove that a colleague's copy is gone. A colleague's later bundle that
acknowledges the `redact` shows as "received the erasure request", never "erased".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from casebook.base.errors import InputRejected, NotFound
from casebook.domain.model import ENTITIES
from casebook.domain.oplog import MAX_TARGETS, REDACT_REASONS, Hlc, SignedOp
from casebook.domain.records import Record
from casebook.service.filed import FiledReport, reports_carrying
from casebook.service.reading import Reading
from casebook.vault.custody import CustodyWriter, ErasureEntries
from casebook.vault.session import Session

__all__ = ["REASONS", "Erasure", "ErasureInfo", "ErasurePreview", "Holder"]

REASONS = REDACT_REASONS  # consent_withdrawn, safety, mistake, court_order, other


@dataclass(frozen=True)
class Holder:
    """A colleague who received some of the values in the owner's bundles."""

    identity: bytes
    name: str | None  # None: not (or no longer) a peer here
    bundles: tuple[int, ...]  # the owner's bundle numbers that carried them
    last_sent_ms: int

    def to_json(self) -> dict[str, object]:
        """For `--json`."""
        return {
            "identity": self.identity.hex(),
            "name": self.name,
            "bundles": list(self.bundles),
            "last_sent": self.last_sent_ms,
        }


@dataclass(frozen=True)
class ErasurePreview:
    """What an erasure would forget, and who already holds a copy."""

    record: Record
    field: str  # "" for the whole record
    values: int  # ops whose values would be dropped
    holders: tuple[Holder, ...]
    parts: tuple[Record, ...] = ()  # records erased with it (a case's, an interview's notes)
    reports: tuple[FiledReport, ...] = ()  # the owner's reports that carried it: not recalled

    def to_json(self) -> dict[str, object]:
        """For `--json`."""
        return {
            "id": self.record.id.hex(),
            "kind": self.record.kind,
            "field": self.field,
            "values": self.values,
            "holders": [h.to_json() for h in self.holders],
            "parts": [{"kind": r.kind, "id": r.id.hex()} for r in self.parts],
            "reports": [r.to_json() for r in self.reports],
        }


@dataclass(frozen=True)
class ErasureInfo:
    """One erasure (a `redact` op) and what it did here."""

    redact_id: bytes
    author: bytes
    author_is_me: bool
    entity: str
    entity_id: bytes
    case_id: bytes | None
    field: str
    reason: str
    time_ms: int
    purged: int
    hidden: int  # values hidden here, waiting for the owner's confirmation
    awaiting: int  # named values not (yet) in this vault
    received_by: tuple[bytes, ...] = ()  # peers who acknowledged the request

    @property
    def pending(self) -> bool:
        """True when the owner must confirm a colleague's erasure here."""
        return self.hidden > 0

    def to_json(self) -> dict[str, object]:
        """For `--json`."""
        return {
            "id": self.redact_id.hex(),
            "author": self.author.hex(),
            "me": self.author_is_me,
            "kind": self.entity,
            "record": self.entity_id.hex(),
            "case_id": self.case_id.hex() if self.case_id else None,
            "field": self.field,
            "reason": self.reason,
            "time": self.time_ms,
            "purged": self.purged,
            "hidden": self.hidden,
            "awaiting": self.awaiting,
            "pending": self.pending,
            "received_by": [p.hex() for p in self.received_by],
        }


def _item(rec: Record) -> bytes | None:
    """An attachment record's item (its SHA-256), when its details are held."""
    sha = rec.get("sha256") if rec.kind == "attachment" else None
    return bytes.fromhex(sha) if isinstance(sha, str) and len(sha) == 64 else None


class Erasure:
    """Erasing values, and honouring colleagues' erasures."""

    def __init__(self, session: Session, reading: Reading) -> None:
        self._session = session
        self._reading = reading

    def _targets(self, rec: Record, field: str) -> list[bytes]:
        spec = ENTITIES[rec.kind]
        if field and field not in spec.fields:
            raise InputRejected(f"{rec.kind} has no field {field!r}")
        regs = [field] if field else None
        return self._session.store.erasure.value_ops(rec.id, regs)

    def _parts(self, rec: Record, field: str) -> list[Record]:
        """The records a whole-record erasure takes with it: those whose parent it is (an
        interview's notes; a case's people, events, interviews, notes, attachments and links),
        deleted ones included, for their values stay in history."""
        if field:
            return []
        records = self._session.store.records
        column = "case_id" if rec.kind == "case" else f"{rec.kind}_id"
        out = []
        for spec in ENTITIES.values():
            if rec.kind in spec.parents:
                out += records.records(spec, column, rec.id, include_deleted=True)
        return out

    def preview(self, record_id: bytes, field: str = "") -> ErasurePreview:
        """What `erase` would drop, and every colleague and bundle that already carried it."""
        rec = self._reading.get(record_id)
        parts = self._parts(rec, field)
        targets = self._targets(rec, field)
        for part in parts:
            targets += self._targets(part, "")
        filed = tuple(reports_carrying(self._session, targets))
        holders = tuple(self.holders(targets))
        return ErasurePreview(rec, field, len(targets), holders, tuple(parts), filed)

    def holders(self, op_ids: Sequence[bytes]) -> list[Holder]:
        """Every colleague who received any of these values in the owner's bundles."""
        store = self._session.store
        sent = store.exchange.bundles_carrying(op_ids)
        by_peer: dict[bytes, tuple[list[int], int]] = {}
        for seq, created_ms, recipients in sent:
            for identity in recipients:
                if identity == self._session.me:
                    continue
                seqs, last = by_peer.get(identity, ([], 0))
                seqs.append(seq)
                by_peer[identity] = (seqs, max(last, created_ms))
        out = []
        for identity, (seqs, last) in by_peer.items():
            peer = store.peers.by_identity(identity)
            out.append(Holder(identity, peer.name if peer else None, tuple(sorted(seqs)), last))
        return sorted(out, key=lambda h: (h.name or "", h.identity))

    def erase(self, record_id: bytes, field: str = "", *, reason: str) -> ErasureInfo:
        """Erase one field ("" for the whole record, with its parts: an interview's notes, a
        case's records): sign the requests, forget here at once, all in one transaction.

        Raises `InputRejected` for an unknown reason code or when nothing is held to erase.
        """
        if reason not in REASONS:
            raise InputRejected("the reason must be one of: " + ", ".join(REASONS))
        rec = self._reading.get(record_id)
        targets = self._targets(rec, field)
        if not targets and field:
            raise InputRejected("this field holds no value here")
        parts = self._parts(rec, field)
        store = self._session.store
        erased_text = self._texts(targets)
        with store.transaction():
            custody = CustodyWriter(self._session)
            files = {r.id: i for r in [*parts, rec] if not field and (i := _item(r))}
            for item in files.values():
                custody.ensure_root(item)  # while its record still says when it came
            # The record's parts first (an interview's notes), then the record: one commit.
            for part in parts:
                part_targets = self._targets(part, "")
                erased_text += self._texts(part_targets)
                done = self._redact(part, "", part_targets, reason)
                self._custody(custody, files, part, done[-1], reason, self._session.me)
            redacts = self._redact(rec, field, targets, reason)
            self._custody(custody, files, rec, redacts[-1], reason, self._session.me)
            store.custody.put_own(custody.entries, custody.head)
            store.drafts.forget_containing(erased_text)
        self._after_purge()
        return self.info(redacts[-1].op_id)

    def _redact(self, rec: Record, field: str, targets: list[bytes], reason: str) -> list[SignedOp]:
        """Sign the redacts of one record's field (or whole record), inside a transaction."""
        store = self._session.store
        if not targets:
            # No value left to forget: the record still goes, and a redact names at least
            # one op, so it names the record's creation (whose value is only its parents).
            targets = store.erasure.creation_ops(rec.id)
        chunks = [targets[i : i + MAX_TARGETS] for i in range(0, len(targets), MAX_TARGETS)]
        return [
            self._session.redact_in_transaction(rec.kind, rec.id, field, chunk, reason)
            for chunk in chunks
        ]

    @staticmethod
    def _custody(
        custody: CustodyWriter,
        files: dict[bytes, bytes],
        rec: Record,
        redact: SignedOp,
        reason: str,
        me: bytes,
    ) -> None:
        """An erased attachment's custody entry (its hash stays in the log: docs/custody.md)."""
        item = files.get(rec.id)
        if item is not None:
            detail = {
                "record": rec.id.hex(),
                "op": redact.op_id.hex(),
                "reason": reason,
                "by": me.hex(),
            }
            custody.add(item, "erase", detail)

    def _texts(self, op_ids: Sequence[bytes]) -> list[str]:
        """The plain texts of values about to be erased (for drafts that repeat them)."""
        out: list[str] = []
        for op_id in op_ids:
            state = self._session.store.value_state(op_id)
            if isinstance(state.value, str) and len(state.value.strip()) >= 3:
                out.append(state.value.strip())
            elif isinstance(state.value, list):
                out += [v for v in state.value if isinstance(v, str) and len(v.strip()) >= 3]
        return out

    def _after_purge(self) -> None:
        """Forget on disk: blob files no record names, and the WAL's copies of freed pages."""
        session = self._session
        session.blobs.sweep(session.store.contents.blob_names)  # read under the blobs' lock
        session.store.checkpoint()

    def erasures(self, *, pending: bool = False) -> list[ErasureInfo]:
        """Every erasure known here, newest first (or only those waiting for confirmation)."""
        rows = self._session.store.erasure.redactions(pending_only=pending)
        infos = [self.info(r.redact_id) for r in rows]
        return sorted(infos, key=lambda i: (i.time_ms, i.redact_id), reverse=True)

    def info(self, redact_id: bytes) -> ErasureInfo:
        """One erasure by the id of its `redact` op."""
        store = self._session.store
        row = store.op_row(redact_id)
        if row is None or row.kind != "redact":
            raise NotFound("no erasure has this id")
        counts = {"purged": 0, "hidden": 0, "awaiting": 0}
        for _target, status in store.erasure.targets_of(redact_id):
            if status in counts:
                counts[status] += 1
        reason = store.redact_reason(redact_id)
        received: tuple[bytes, ...] = ()
        if row.author == self._session.me:
            received = tuple(store.exchange.acknowledged_by(row.author, row.seq))
        return ErasureInfo(
            redact_id,
            row.author,
            row.author == self._session.me,
            row.entity,
            row.entity_id,
            row.case_id,
            row.field,
            reason,
            Hlc.to_ms(row.hlc),
            counts["purged"],
            counts["hidden"],
            counts["awaiting"],
            received,
        )

    def confirm(self, redact_id: bytes) -> ErasureInfo:
        """Purge what a colleague's erasure hides here (the owner's decision)."""
        info = self.info(redact_id)
        if not info.pending:
            raise InputRejected("this erasure has nothing waiting for confirmation")
        store = self._session.store
        with store.transaction():
            custody = ErasureEntries(self._session)
            if info.entity == "attachment" and not info.field:
                custody.note(redact_id, info.author, info.reason, info.entity_id)
            touched = store.erasure.confirm(redact_id)
            store.rematerialise(touched)
            custody.write()  # the owner's `erase` entry, if this vault held the file
        self._after_purge()
        return self.info(redact_id)
