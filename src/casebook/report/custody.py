"""The custody part of a report (docs/custody.md): the annex in report.json, the entries that
writing the package records, and custody.jsonl with keys.json.

    custody_annex(svc, annexes)     each annex's chain as the vault holds it before the report
                                    (section 7): entries, custodians by key, cross-witness lines
    record_package(svc, built, exported)
                                    per annex, in one transaction: `export_plain` (the copy's
                                    SHA-256 read back from the drive) and `report` (report id,
                                    purpose, annex number); and which values the report
                                    carried (`store.reports`: purpose, recipients, time, ops)
    custody_files(svc, built)       custody.jsonl and keys.json, every chain ending with them

Custodians are named by key: C1 is the signer of the report, the others follow in the order
they first appear. Pet names stay in the vault: a colleague's name in a court file can put
them at risk.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from casebook.base.errors import NotEnoughSpace
from casebook.base.reserve import release_reserve
from casebook.domain.custody import record_item
from casebook.domain.oplog import Hlc
from casebook.domain.peers import fingerprint
from casebook.report.annex import Annex
from casebook.report.audience import CONSENT_PURPOSE
from casebook.service import CaseService
from casebook.vault.custody import CustodyWriter

if TYPE_CHECKING:
    from casebook.report.build import BuiltReport

__all__ = ["custody_annex", "custody_files", "record_package"]


def custody_annex(svc: CaseService, annexes: Sequence[Annex]) -> dict[str, Any]:
    """The custody section of report.json: chains read, nothing recorded."""
    numbers: dict[bytes, list[int]] = {}
    for a in annexes:
        numbers.setdefault(a.sha256, []).append(a.n)
    me = svc.session.me
    refs: dict[bytes, str] = {me: "C1"}
    items, cross = [], []
    for item in sorted(numbers):
        chain = svc.custody.chain(item)
        entries = []
        for e in chain.entries:
            who = e.custodian.identity
            refs.setdefault(who, f"C{len(refs) + 1}")
            entries.append(
                {
                    "id": e.entry_id.hex(),
                    "by": refs[who],
                    "seq": e.seq,
                    "event": e.event,
                    "time": e.time_ms,
                    "late": e.late,
                    "ok": e.status == "ok",
                    "revoked": e.status == "revoked",
                }
            )
            sender = e.detail.get("from") if e.event == "receive" else None
            if isinstance(sender, str) and len(sender) == 64:
                refs.setdefault(bytes.fromhex(sender), f"C{len(refs) + 1}")
                cross.append(
                    {
                        "sha256": item.hex(),
                        "receiver": refs[who],
                        "sender": refs[bytes.fromhex(sender)],
                        "entry": e.entry_id.hex(),
                        "head": str(e.detail.get("sender_head", "")),
                    }
                )
        items.append(
            {
                "sha256": item.hex(),
                "annexes": numbers[item],
                "ok": chain.ok,
                "problems": len(chain.problems),
                "revoked": len(chain.revoked),
                "entries": entries,
            }
        )
    custodians = [
        {
            "ref": ref,
            "identity": key.hex(),
            "key_id": key.hex()[:16],
            "fingerprint": fingerprint(key),
            "signer": key == me,
        }
        for key, ref in sorted(refs.items(), key=lambda kv: int(kv[1][1:]))
    ]
    return {"custodians": custodians, "items": items, "cross": cross}


def record_package(
    svc: CaseService, built: BuiltReport, exported: Mapping[int, tuple[bytes, int]]
) -> None:
    """Record, per annex, the copy written (`export_plain`: the SHA-256 and size read back)
    and its place in the report (`report`), and per person whose identity goes only by a
    consent override, an `override` entry (PROTECTION §3: on the transfer itself), all in one
    transaction. On read-only media nothing can be recorded."""
    purpose = built.doc["audience"]["purpose"]
    recipients = sorted(built.doc["audience"]["recipients"])

    def write() -> None:
        store = svc.store
        with store.transaction():
            writer = CustodyWriter(svc.session)
            for a in built.annexes:
                written, size = exported[a.n]
                copy = {"record": a.attachment_id.hex(), "written": written.hex(), "size": size}
                writer.add(a.sha256, "export_plain", copy)
                detail = {"report": built.report_id.hex(), "purpose": purpose, "annex": a.n}
                writer.add(a.sha256, "report", detail)
            for person_id, reason in built.overrides:
                why: dict[str, Any] = {"reason": reason, "record": person_id.hex()}
                why["scope"] = CONSENT_PURPOSE[purpose]
                if recipients:
                    why["to"] = recipients
                writer.add(record_item(person_id), "override", why)
            store.custody.put_own(writer.entries, writer.head)
            # The letters given to people for the first time stay theirs in this audience.
            store.pseudonyms.give(built.pseudonym_audience, built.new_letters)
            # Which values went in it (no path): a withdrawal and an erasure name the report.
            if built.carried:
                store.reports.record(
                    built.report_id,
                    built.case_id,
                    purpose,
                    [bytes.fromhex(r) for r in recipients],
                    Hlc.to_ms(Hlc.wall()),
                    built.carried,
                )

    if svc.session.read_only or not (
        built.annexes or built.overrides or built.new_letters or built.carried
    ):
        return
    try:
        write()
    except NotEnoughSpace:
        # The vault's drive is full: its reserve is kept for an export's record.
        if not release_reserve(svc.paths.root):
            raise
        write()


def custody_files(svc: CaseService, built: BuiltReport) -> tuple[bytes, bytes]:
    """custody.jsonl (every annex's chain, root first, items ascending) and keys.json."""
    package = svc.custody.package([a.sha256 for a in built.annexes])
    return package.jsonl, package.keys_json
