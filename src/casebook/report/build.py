"""The court report's core: a canonical, signed `report.json` for one case and one audience.

    report.json = canonical JSON (no trailing newline) of
        {"format": "casebook-report", "v": 1, "id": hex32,
         "audience": {purpose, recipients (keys), rules, clearance},
         "as_of": {ops, ops_digest, newest}, "signer": {identity, key_id, fingerprint},
         "withheld": {persons, persons_left_out, left_out, values, mentions},
         "case": {...}, "persons": [...], "chronology": [...], "interviews": [...],
         "conflicts": [...], "annexes": [...], "custody": {...}}
    id          = BLAKE2b-256(canonical(the same object without "id"))
    report.json.sig = Ed25519(vault identity, b"casebook/v1/report\\x00" || report.json)

Nothing in it depends on the machine or the language: the same vault state, purpose and
audience give the same bytes, and Ed25519 signs deterministically, so the same signature (a
consent that expires overnight changes the state of what may go: then the report changes too).
What each audience sees is decided in `casebook.report.gather` (labels, consent, pseudonyms).
The renderer (`casebook.ui.report_pdf`) turns it into the PDF in the language the caller chooses.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from casebook import __version__
from casebook.base import canonical
from casebook.crypto.keys import verify_signature
from casebook.domain.oplog import DELETED
from casebook.domain.peers import fingerprint
from casebook.domain.records import ConflictInfo, Record
from casebook.report.annex import MAX_COUNTED, Annex, extension, page_count
from casebook.report.audience import Audience
from casebook.report.custody import custody_annex
from casebook.report.gather import Gatherer, ref_key
from casebook.service import CaseService

__all__ = ["FORMAT", "SIG_LABEL", "BuiltReport", "build_report", "short_id", "verify_report"]

FORMAT = "casebook-report"
SIG_LABEL = b"casebook/v1/report\x00"

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


def short_id(report_id: bytes) -> str:
    """The id shown on every page: 16 hex digits in groups of four."""
    h = report_id.hex()[:16]
    return "-".join(h[i : i + 4] for i in range(0, 16, 4))


@dataclass(frozen=True)
class BuiltReport:
    """report.json, its signature, and the annexes the package copies."""

    doc: dict[str, Any]
    data: bytes
    report_id: bytes
    signature: bytes
    signer: bytes
    annexes: tuple[Annex, ...]
    # Persons whose identity goes only by a consent override: (person id, the override's
    # reason code); writing the package records each in the custody log (PROTECTION §3).
    overrides: tuple[tuple[bytes, str], ...] = ()
    # The pseudonym audience, and the letters given in it for the first time (person, case,
    # letter): writing the package keeps them, so the next report names people the same.
    pseudonym_audience: bytes = b""
    new_letters: tuple[tuple[bytes, bytes, int], ...] = ()
    # The case, and the ops whose values the report shows: writing the package records them
    # (`store.reports`), so that a withdrawal and an erasure name this report among the holders.
    case_id: bytes = b""
    carried: tuple[bytes, ...] = ()

    @property
    def short_id(self) -> str:
        """The id printed on every page."""
        return short_id(self.report_id)

    @property
    def sha256(self) -> str:
        """SHA-256 of report.json, hex (printed in the PDF, listed in SHA256SUMS)."""
        return hashlib.sha256(self.data).hexdigest()


def verify_report(data: bytes, signature: bytes, identity: bytes) -> None:
    """Raise `AuthenticationFailed` unless `identity` signed report.json `data`."""
    verify_signature(identity, SIG_LABEL + data, signature)


def _case(g: Gatherer) -> dict[str, Any]:
    fields = ("title", "status", "jurisdiction", "court", "summary", "legal_articles")
    return {"ref": "case"} | g.values(g.case, (*fields, "deadlines", "tags"))


def _chronology(g: Gatherer) -> list[dict[str, Any]]:
    out = []
    for i, ev in enumerate(g.events, 1):
        g.names[ev.id] = f"E{i}"
    fields = ("type", "date", "place", "summary", "detention_type", "legal_article")
    for ev in g.events:
        doc = {"ref": g.names[ev.id]} | g.values(ev, fields)
        doc["persons"] = [x for x in g.linked(ev.id) if x["ref"].startswith("P")]
        out.append(doc)
    return out


def _interviews(g: Gatherer, cancel: CancelCheck | None) -> list[dict[str, Any]]:
    edits = g.svc.store.docket.edits(g.case_id, "segment", "text")
    out: list[dict[str, Any]] = []
    fields = ("interviewee", "interviewer", "interpreter", "language", "place", "consent")
    for iv in g.interviews:
        ref = f"I{len(out) + 1}"
        g.names[iv.id] = ref
        doc = {"ref": ref} | g.values(iv, (*fields, "consent_note"))
        segments = []
        kept = [s for s in g.svc.reading.segments(iv.id) if s.id not in g.plan.omitted]
        for n, seg in enumerate(kept, 1):
            g.check(cancel)
            g.names[seg.id] = f"{ref}.{n}"
            times = edits.get(seg.id, [])
            s = {"ref": f"{ref}.{n}", "time": seg.created_ms} | g.values(seg, ("text",))
            s["by"] = seg.created_by.hex()[:16] if seg.created_by else None
            s["edited"] = times[1:]  # later edits: after the text as first written
            s["links"] = g.linked(seg.id)
            segments.append(s)
        doc["segments"] = segments
        out.append(doc)
    return out


def _conflicts(g: Gatherer) -> list[dict[str, Any]]:
    out = []
    records = {r.id: r for r in (g.case, *g.persons, *g.events, *g.interviews, *g.attachments)}

    def order(c: ConflictInfo) -> tuple[int, tuple[int, int, str], str]:
        ref = "case" if c.entity_id == g.case_id else g.names.get(c.entity_id, "~")
        return (0 if ref == "case" else 1, ref_key(ref), c.field)

    for c in sorted(g.conflicts, key=order):
        ref = "case" if c.entity_id == g.case_id else g.names.get(c.entity_id)
        rec = records.get(c.entity_id)
        if ref is None or rec is None:
            continue  # a record the report leaves out, a note, or a link
        out.append({"record": ref, "field": c.field, "values": _values_of(g, c, rec)})
    return out


def _values_of(g: Gatherer, c: ConflictInfo, rec: Record) -> list[dict[str, Any]]:
    values = []
    for v in c.values:
        field = v.field or c.field
        entry: dict[str, Any] = {"by": v.author.hex()[:16], "time": v.time_ms}
        entry["provisional"] = v.provisional
        if field != c.field:
            entry["field"] = field
        if c.field == DELETED and field == DELETED:
            entry["value"] = {"deleted": bool(v.value)}
        elif v.shown != "value":
            entry["value"], entry["absent"] = None, v.shown
        elif g.withholds(rec, field) is not None:
            entry["value"], entry["absent"] = None, "withheld"
        else:
            entry["value"] = g.shown(c.entity, field, v.value)
            g.carried_ops.add(v.op_id)
        values.append(entry)
    return values


def _annexes(g: Gatherer, progress: Progress | None, cancel: CancelCheck | None) -> list[Annex]:
    live = [a for a in g.attachments if len(str(a.get("sha256", ""))) == 64]
    width = max(2, len(str(len(live))))
    out = []
    for n, att in enumerate(live, 1):
        g.check(cancel)
        media = str(att.get("media_type", "")) or "application/octet-stream"
        size = int(att.get("size", 0) or 0)
        data = None
        if media == "application/pdf" and size <= MAX_COUNTED:
            data = b"".join(g.svc.attachments.iter_bytes(att.id, cancel=cancel))
        sha = bytes.fromhex(str(att.get("sha256")))
        ext = extension(str(att.get("name", "")), media)
        out.append(Annex(n, att.id, sha, ext, size, media, page_count(media, data), width))
        g.names[att.id] = f"A{n}"
        if progress is not None:
            progress(n, len(live))
    return out


def _annex_docs(g: Gatherer, annexes: list[Annex]) -> list[dict[str, Any]]:
    by_id = {a.id: a for a in g.attachments}
    docs, page = [], 1
    for a in annexes:
        att = by_id[a.attachment_id]
        # A file name often names someone: it goes where its record may, never to the public.
        hidden = g.audience.purpose == "public" or g.withholds(att, "name") is not None
        doc = {
            "ref": f"A{a.n}",
            "n": a.n,
            "file": f"attachments/{a.file_name}",
            "sha256": a.sha256.hex(),
            "size": a.size,
            "media_type": a.media_type,
            "added": att.created_ms,
            "name": None if hidden else g.shown("attachment", "name", att.get("name")),
            "pages": a.pages,
            "from": page if a.pages else None,
            "to": page + a.pages - 1 if a.pages else None,
        } | g.values(att, ("caption",))
        page += a.pages or 0
        docs.append(doc)
    return docs


def build_report(
    svc: CaseService,
    case_id: bytes,
    audience: Audience,
    *,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> BuiltReport:
    """report.json for `case_id` and `audience`, signed with the vault's identity.

    Reads only: nothing is recorded (writing the package records the custody entries and
    keeps the pseudonym letters given). `progress(done, total)` counts annexes; `cancel()`
    stops with `Cancelled`. `InputRejected` when the case's own labels keep it from the
    audience.
    """
    g = Gatherer(svc, case_id, audience)
    annexes = _annexes(g, progress, cancel)
    ops = svc.store.docket.case_ops(case_id)
    identity = svc.session.identity
    doc: dict[str, Any] = {
        "format": FORMAT,
        "v": 1,
        "generator": f"casebook {__version__}",
        "audience": audience.to_json() | {"clearance": g.plan.clearance.to_json()},
        "as_of": {"ops": ops.count, "ops_digest": ops.digest.hex(), "newest": ops.newest_ms},
        "signer": {
            "identity": identity.public.hex(),
            "key_id": identity.public.hex()[:16],
            "fingerprint": fingerprint(identity.public),
        },
        "case": _case(g),
        "persons": g.persons_section(),
        "chronology": _chronology(g),
    }
    doc["interviews"] = _interviews(g, cancel)
    doc["annexes"] = _annex_docs(g, annexes)
    doc["conflicts"] = _conflicts(g)
    doc["custody"] = custody_annex(svc, annexes)
    pseudonymised = sum(1 for p in doc["persons"] if p["pseudonym"])
    doc["withheld"] = {
        "persons": pseudonymised,
        "persons_left_out": g.left_out.get("person", 0),
        "left_out": dict(sorted(g.left_out.items())),
        "values": g.withheld_values,
        "mentions": g.scrub.hits,
    }
    body = canonical.encode(doc)
    report_id = hashlib.blake2b(body, digest_size=32).digest()
    doc["id"] = report_id.hex()
    data = canonical.encode(doc)
    signature = identity.sign(SIG_LABEL + data)
    return BuiltReport(
        doc,
        data,
        report_id,
        signature,
        identity.public,
        tuple(annexes),
        tuple(g.overrides),
        g.pseudonym_audience,
        tuple(g.new_letters),
        case_id,
        g.carried_op_ids(),
    )
