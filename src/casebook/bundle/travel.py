"""Travel mode (DESIGN §1: "seal the cases to a trusted peer, then remove them ... before a
border"; docs/travel.md).

    out   1. seal     the chosen cases into one bundle (the export's case filter), sealed to
                      yourself always, and to the colleagues chosen (one who stays behind, or a
                      drive you carry apart)
          2. check    read the bundle back with this vault's keys, as an import would: every
                      signature, every value against its commitment, every attachment's hash,
                      the padding; every op, value and file these cases hold here must be in it
          3. forget   the cases leave this vault, locally and in one transaction: their ops and
                      values, their records, search index, conflicts, drafts, attachment files;
                      nothing is signed, so no colleague is ever asked to erase anything
          (4.)        deep erase, run by the caller (it needs the passphrase and makes a new
                      recovery code), so that old blocks of the drive belong to a dead key
    back  the bundle imported (it was sealed to you), then every case checked: the ops the
          bundle carries for it are in the vault again, so its state hash is what it was

Forgetting is not erasing. An erasure (`service/erasure.py`) signs a `redact` op that travels
in every later bundle and asks each colleague's casebook to forget the values too; travel must
never do that: colleagues keep their copies, and the cases come back. So nothing here is an op.
Our own ops of the cases leave a trace of one kind only, `travel_away` (author, seq, op id, prev:
no value, no record, no time), because our signed chain must stay whole: the next op we sign
takes the next number, `verify` follows the chain across them, and a colleague who holds them
never sees two ops with one number. They are dropped again when the ops come back.

A note of what to import on return (the bundle's id and file name, the cases' ids and state
hashes; never a title) is kept in the vault only when asked for: it tells whoever unlocks the
vault that cases went away.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from casebook.base.errors import BundleRejected, InputRejected, NotFound, RejectReason
from casebook.bundle.audience import Audience
from casebook.bundle.export import export_bundle
from casebook.bundle.importer import import_bundle
from casebook.bundle.oplines import checked_batches
from casebook.bundle.reader import (
    MemberReader,
    finish,
    iter_custody_lines,
    iter_disclosure_lines,
    iter_op_lines,
    open_bundle,
)
from casebook.bundle.results import ExportResult, ImportResult
from casebook.bundle.values import accepted
from casebook.domain.disclosure import Disclosure
from casebook.domain.oplog import SignedOp
from casebook.domain.records import PeerRow
from casebook.vault.session import Session

__all__ = [
    "CameBack",
    "CaseAway",
    "CaseBack",
    "TravelCheckFailed",
    "TravelledOut",
    "case_states",
    "check_bundle",
    "forget_cases",
    "travel_back",
    "travel_out",
]

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


class TravelCheckFailed(InputRejected):
    """The travel bundle does not hold all of the cases: nothing was forgotten. Seal again."""


@dataclass(frozen=True)
class CaseAway:
    """A case as it leaves: its id, how many ops it has here, its state hash."""

    case_id: bytes
    ops: int
    state_hash: bytes

    def to_json(self) -> dict[str, object]:
        """For `--json` and the note."""
        return {"id": self.case_id.hex(), "ops": self.ops, "state_hash": self.state_hash.hex()}


@dataclass(frozen=True)
class TravelledOut:
    """What `travel_out` did: the bundle, the cases as they left, what was forgotten here."""

    bundle: ExportResult
    cases: tuple[CaseAway, ...]
    ops_forgotten: int
    records_forgotten: int
    noted: bool

    def to_json(self) -> dict[str, object]:
        """For `--json`."""
        return {
            "bundle": self.bundle.to_json(),
            "cases": [c.to_json() for c in self.cases],
            "ops_forgotten": self.ops_forgotten,
            "records_forgotten": self.records_forgotten,
            "note_left": self.noted,
        }


@dataclass(frozen=True)
class CaseBack:
    """A case as it came back: its state hash now, whether every op the bundle carried for it
    is here and nothing else (`whole`), newer ops from colleagues, and the note's verdict."""

    case_id: bytes
    ops: int
    state_hash: bytes
    whole: bool
    newer: int  # ops here the bundle did not carry (a colleague's, imported meanwhile)
    as_noted: bool | None  # the state hash the note kept, matched (None: no note)

    def to_json(self) -> dict[str, object]:
        """For `--json`."""
        return {
            "id": self.case_id.hex(),
            "ops": self.ops,
            "state_hash": self.state_hash.hex(),
            "whole": self.whole,
            "newer": self.newer,
            "as_noted": self.as_noted,
        }


@dataclass(frozen=True)
class CameBack:
    """What `travel_back` did."""

    imported: ImportResult
    cases: tuple[CaseBack, ...]
    missing: int  # ops the bundle carried that are not in the vault (refused): should be 0

    @property
    def all_whole(self) -> bool:
        """True when every case came back with every op it left with."""
        return self.missing == 0 and bool(self.cases) and all(c.whole for c in self.cases)

    def to_json(self) -> dict[str, object]:
        """For `--json`."""
        return {
            "imported": self.imported.to_json(),
            "cases": [c.to_json() for c in self.cases],
            "missing": self.missing,
            "all_whole": self.all_whole,
        }


@dataclass(frozen=True)
class _Content:
    ops: frozenset[bytes]
    values: frozenset[bytes]
    attachments: frozenset[bytes]
    cases: tuple[bytes, ...]
    bundle_id: bytes


def case_states(session: Session, case_ids: Sequence[bytes]) -> list[CaseAway]:
    """Each case's op count and state hash here (`NotFound` for an id that is no case)."""
    store = session.store
    out = []
    for case_id in case_ids:
        if store.records.kind_of(case_id) != "case":
            raise NotFound("not a case")
        ops = store.travel.case_ops([case_id])
        out.append(CaseAway(case_id, len(ops), store.case_state_hash(case_id)))
    return out


def _read(session: Session, path: Path, cancel: CancelCheck | None) -> _Content:
    """Every byte of a bundle checked as an import checks it, nothing kept but ids."""
    b = open_bundle(path, session.store.keys.x25519_secrets(), cancel=cancel)
    try:
        values: dict[bytes, Disclosure] = {}
        for line in iter_disclosure_lines(b):
            try:
                d = Disclosure.from_line(line)
            except InputRejected as e:
                raise BundleRejected(RejectReason.MALFORMED, "a disclosure is invalid") from e
            values[d.op_id] = d
        for _line in iter_custody_lines(b):
            pass
        disclosed: set[bytes] = set()

        def with_value(signed: SignedOp) -> SignedOp:
            d = values.pop(signed.op_id, None)
            if d is None or signed.vc is None:
                return signed
            disclosed.add(signed.op_id)
            return accepted(signed, d)  # TAMPERED unless it opens the commitment

        ops: set[bytes] = set()
        for batch in checked_batches(iter_op_lines(b), with_value):
            ops.update(s.op_id for s in batch)
        shas = set()
        for entry in b.manifest.attachments:
            member = MemberReader(b, entry)
            digest = hashlib.sha256()
            while block := member.read(1 << 20):
                digest.update(block)
            if digest.digest() != entry.digest:
                raise BundleRejected(RejectReason.TAMPERED, "an attachment differs from its hash")
            member.finish()
            shas.add(entry.digest)
        finish(b)
        m = b.manifest
        return _Content(
            frozenset(ops),
            frozenset(disclosed),
            frozenset(shas),
            tuple(m.cases or ()),
            m.bundle_id,
        )
    finally:
        b.close()


def check_bundle(
    session: Session, path: Path, case_ids: Sequence[bytes], cancel: CancelCheck | None = None
) -> None:
    """Read the travel bundle back with this vault's keys and check that it holds every op,
    value and attachment these cases hold here. Raises `TravelCheckFailed` (or the reader's
    `BundleRejected`) otherwise."""
    content = _read(session, path, cancel)
    store = session.store
    wanted = store.travel.case_ops(case_ids)
    ops = {r.op_id for r in wanted if not r.husk}  # an erased v1 op's husk never travels
    values = store.travel.held_values(list(ops))
    shas = store.travel.held_contents(list(ops))
    if not ops <= content.ops:
        raise TravelCheckFailed(f"{len(ops - content.ops)} changes are missing from the bundle")
    if not values <= content.values:
        raise TravelCheckFailed(f"{len(values - content.values)} values are missing from it")
    if not shas <= content.attachments:
        raise TravelCheckFailed(f"{len(shas - content.attachments)} files are missing from it")
    if sorted(set(case_ids)) != sorted(content.cases):
        raise TravelCheckFailed("the bundle names other cases")


def forget_cases(
    session: Session, case_ids: Sequence[bytes], *, note: dict[str, object] | None = None
) -> tuple[int, int]:
    """Remove the cases from this vault, locally, in one transaction (see the module); keep
    `note` if given. Returns (ops forgotten, records forgotten)."""
    store = session.store
    with store.transaction():
        rows = store.travel.case_ops(case_ids)
        op_ids = [r.op_id for r in rows]
        records = store.travel.case_records(case_ids) | {r.entity_id for r in rows}
        shas = store.travel.held_contents(op_ids)
        store.travel.note_away(
            [(r.author, r.seq, r.op_id, r.prev) for r in rows if r.author == session.me]
        )
        store.erasure.forget_ops(op_ids)
        store.forget_records(records)
        store.remove_ops(op_ids)
        store.drafts.forget_naming(records)
        held = store.erasure.held_contents()
        for sha in shas - held:
            store.contents.drop(sha)
        if note is not None:
            store.travel.put_note(note)
    # Forget on disk: the blob files no record names, the WAL's copies of the freed pages.
    session.blobs.sweep(store.contents.blob_names)
    store.checkpoint()
    return len(op_ids), len(records)


def travel_out(
    session: Session,
    case_ids: Sequence[bytes],
    recipients: Sequence[PeerRow],
    out_path: Path,
    *,
    leave_note: bool = False,
    confirm_unverified: bool = False,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> TravelledOut:
    """Seal the cases (to yourself and `recipients`), check the bundle, forget the cases here.

    Raises what `export_bundle` raises, `TravelCheckFailed` (nothing forgotten), `NotFound`
    for an id that is no case here, `InputRejected` for no case at all.
    """
    cases = sorted(set(case_ids))
    if not cases:
        raise InputRejected("choose at least one case to travel with")
    before = case_states(session, cases)
    sealed = export_bundle(
        session,
        recipients,
        out_path=out_path,
        case_ids=cases,
        include_self=True,
        confirm_unverified=confirm_unverified,
        # The cases travel whole (they come back from this bundle): colleagues it is sealed
        # to must be cleared for everything (docs/labels.md, "Travel").
        audience=Audience(whole=True),
        progress=progress,
        cancel=cancel,
    )
    check_bundle(session, sealed.paths[0], cases, cancel)
    note = None
    if leave_note:
        note = {
            "bundle_id": sealed.bundle_id.hex(),
            "file": sealed.paths[0].name,
            "created": int(time.time() * 1000),
            "cases": [c.to_json() for c in before],
            "recipients": [p.identity.hex() for p in sealed.recipients],
        }
    ops, records = forget_cases(session, cases, note=note)
    return TravelledOut(sealed, tuple(before), ops, records, note is not None)


def travel_back(
    session: Session,
    path: Path,
    *,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> CameBack:
    """Import a travel bundle and check every case it names came back whole."""
    content = _read(session, path, cancel)
    if not content.cases:
        raise InputRejected("this bundle names no cases: it was not sealed for travel")
    imported = import_bundle(session, path, progress=progress, cancel=cancel)
    store = session.store
    note = store.travel.note_for(content.bundle_id)
    noted = store.travel.noted_states(note) if note is not None else {}
    where = store.travel.cases_of_ops(list(content.ops))  # op id → its case here
    missing = len(content.ops - where.keys())
    back = []
    for case_id in content.cases:
        here = {r.op_id for r in store.travel.case_ops([case_id])}
        carried = {o for o, c in where.items() if c == case_id}
        state = store.case_state_hash(case_id)
        as_noted = noted[case_id] == state if case_id in noted else None
        back.append(
            CaseBack(
                case_id,
                len(here),
                state,
                whole=carried <= here and not missing,
                newer=len(here - carried),
                as_noted=as_noted,
            )
        )
    result = CameBack(imported, tuple(back), missing)
    if note is not None and result.all_whole:
        with store.transaction():
            store.travel.drop_note(content.bundle_id)
    return result
