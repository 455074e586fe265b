"""The court report's core: a canonical, signed `report.json` for one case and one audience.

    report.json = canonical JSON (no trailing newline) of
        {"format": "casebook-report", "v": 1, "id": hex32,
         "audience": {purpose, recipients (keys), rules}, "as_of": {ops, ops_digest, newest},
         "signer": {identity, key_id}, "withheld": {persons, …},
         "case": {...}, "persons": [...], "chronology": [...], "interviews": [...],
         "conflicts": [...], "annexes": [...], "custody": {...}}
    id          = BLAKE2b-256(canonical(the same object without "id"))
    report.json.sig = Ed25519(vault identity, b"casebook/v1/report\\x00" || report.json)

Nothing in it depends on the clock, the machine or the language: the same vault state, purpose
and audience give the same bytes, and Ed25519 signs deterministically, so the same signature.
Records are named by the report's own references (P1 a person, E1 an event in chronological
order, I1 an interview, I1.3 its third note, A1 an annex), never by their names. The renderer
(`casebook.ui.report_pdf`) turns it into the PDF in the language the caller chooses.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from casebook import __version__
from casebook.base import canonical
from casebook.base.errors import Cancelled
from casebook.crypto.keys import verify_signature
from casebook.domain.model import ENTITIES
from casebook.domain.oplog import DELETED
from casebook.domain.peers import fingerprint
from casebook.domain.records import ConflictInfo, Record
from casebook.report.annex import MAX_COUNTED, Annex, extension, page_count
from casebook.report.audience import (
    CONSENT_PURPOSE,
    PSEUDONYM,
    SHOW,
    Audience,
    Scrubber,
    pseudonym_letters,
)
from casebook.report.custody import custody_annex
from casebook.report.values import display
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


def _by_time(records: list[Record]) -> list[Record]:
    return sorted(records, key=lambda r: (r.created_ms, r.id))


class _Builder:
    """Gathers one case for one audience; `doc()` returns report.json's object."""

    def __init__(self, svc: CaseService, case_id: bytes, audience: Audience) -> None:
        self.svc = svc
        self.audience = audience
        self.case = svc.reading.require("case", case_id)
        self.case_id = case_id
        read = svc.reading
        self.persons = _by_time(read.children(case_id, "person"))
        self.events = read.children(case_id, "event")  # by date, then creation
        self.interviews = _by_time(read.children(case_id, "interview"))
        self.attachments = _by_time(read.children(case_id, "attachment"))
        self.links = read.children(case_id, "link")
        self.conflicts = svc.conflicts.list(case_id=case_id)
        self._conflict = {(c.entity_id, c.field): c for c in self.conflicts}
        self._vocab: dict[str, dict[str, tuple[str, str]]] = {}
        self.refs: dict[str, dict[str, Any]] = {}  # record id hex → {"p": ref} or {"w": 1}
        self.names: dict[bytes, str] = {}  # record id → the report's reference
        self.withheld = {"persons": 0, "persons_left_out": 0, "interviews_left_out": 0}
        self.allowed: set[bytes] = set()  # persons whose identity the consent gate lets go
        self.overrides: list[tuple[bytes, str]] = []
        self.omitted_values = 0
        self._plan_persons()

    # -- vocabularies and values ------------------------------------------------------------

    def vocab(self, name: str, code: str) -> dict[str, str]:
        if name not in self._vocab:
            terms = self.svc.records.vocabulary(name) if name else []
            self._vocab[name] = {t.code: (t.en, t.ru) for t in terms}
        en, ru = self._vocab[name].get(code, (code, code))
        return {"code": code, "en": en, "ru": ru}

    def decide(self, rec_kind: str, rec_id: bytes, name: str, role: str | None = None) -> str:
        """The audience's decision, with identity let through for a person the consent gate
        allowed."""
        decision = self.audience.decide(rec_kind, name, role)
        if decision == PSEUDONYM and rec_kind == "person" and rec_id in self.allowed:
            return SHOW
        return decision

    def values(
        self, rec: Record, fields: tuple[str, ...], role: str | None = None
    ) -> dict[str, Any]:
        """The chosen fields of `rec` as the audience may see them; `absent` says why the
        others are missing (withheld, conflict, erased, hidden, not_shared)."""
        out: dict[str, Any] = {}
        absent: dict[str, str] = {}
        for name in fields:
            value = rec.get(name)
            decision = self.decide(rec.kind, rec.id, name, role)
            if decision != SHOW and name not in ("interviewee",):
                if value is not None:
                    absent[name] = "withheld"
                    self.omitted_values += 1
                out[name] = None
                continue
            if name in rec.conflicts:
                absent[name] = "conflict"  # every value is in "conflicts", never one alone
                out[name] = None
                continue
            if name in rec.masked:
                absent[name] = {"withheld": "not_shared"}.get(rec.masked[name], rec.masked[name])
                out[name] = None
                continue
            out[name] = display(rec.kind, name, value, self.vocab, self.scrub, self.refs)
        if absent:
            out["absent"] = dict(sorted(absent.items()))
        return out

    # -- persons ----------------------------------------------------------------------------

    def _left_out(self, person: Record) -> bool:
        if self.audience.leaves_out(person):
            return True
        # A role in conflict counts with every value: a witness-or-source is a source.
        info = self._conflict.get((person.id, "role"))
        roles = [v.value for v in info.values if isinstance(v.value, str)] if info else []
        return any(self.audience.leaves_out(_with_role(person, r)) for r in roles)

    def _plan_persons(self) -> None:
        names: list[tuple[dict[str, Any], list[str]]] = []
        letters: dict[str, int] = {}
        self.person_docs: list[dict[str, Any]] = []
        for person in self.persons:
            texts = [str(person.get("name", "")), *map(str, person.get("aliases", []))]
            if self._left_out(person):
                self.refs[person.id.hex()] = {"w": 1}
                self.withheld["persons_left_out"] += 1
                names.append(({"w": 1}, texts))
                continue
            ref = f"P{len(self.person_docs) + 1}"
            self.refs[person.id.hex()] = {"p": ref}
            self.names[person.id] = ref
            role = str(person.get("role", ""))
            doc: dict[str, Any] = {"ref": ref, "role": self.vocab("role", role) if role else None}
            gate = self.svc.consent.identity_allowed(
                person.id, self.audience.recipients, CONSENT_PURPOSE[self.audience.purpose]
            )
            doc["consent"] = gate.reason_code
            if gate.allowed:
                self.allowed.add(person.id)
            if gate.allowed and gate.reason_code == "override":
                self.overrides.append(
                    (person.id, str(gate.detail.get("override_reason", "override")))
                )
            if self.decide("person", person.id, "name", role) == SHOW:
                doc["pseudonym"] = None
            else:
                n = letters.get(role, 0)
                letters[role] = n + 1
                ru, en = pseudonym_letters(n)
                label = self.vocab("role", role) if role else {"en": "Person", "ru": "Лицо"}
                doc["pseudonym"] = {"en": f"{label['en']} {en}", "ru": f"{label['ru']} {ru}"}
                self.withheld["persons"] += 1
                names.append(({"p": ref}, texts))
            self.person_docs.append(doc)
        # A person deleted from the case may still be named in its text: withheld too.
        spec = ENTITIES["person"]
        every = self.svc.store.records.records(spec, "case_id", self.case_id, include_deleted=True)
        for gone in (p for p in every if p.deleted):
            names.append(
                ({"w": 1}, [str(gone.get("name", "")), *map(str, gone.get("aliases", []))])
            )
        self.scrub = Scrubber(names)

    def persons_section(self) -> list[dict[str, Any]]:
        out = []
        by_ref = {self.names[p.id]: p for p in self.persons if p.id in self.names}
        for doc in self.person_docs:
            person = by_ref[doc["ref"]]
            role = str(person.get("role", ""))
            named = doc["pseudonym"] is None
            fields = ("name", "aliases", "sensitivity", "notes") if named else ("sensitivity",)
            values = self.values(person, fields, role)
            absent = dict(values.pop("absent", {}))
            if not named:
                for name in ("name", "aliases", "notes"):
                    if person.get(name) is not None:
                        absent[name] = "withheld"
            if absent:
                values["absent"] = dict(sorted(absent.items()))
            out.append(doc | values)
        return out

    # -- links ------------------------------------------------------------------------------

    def linked(self, record_id: bytes) -> list[dict[str, Any]]:
        """The people and events linked to a record, as references with the link's role."""
        out: list[dict[str, Any]] = []
        hidden = 0
        for link in self.links:
            a, b = link.get("a"), link.get("b")
            other = b if a == record_id.hex() else a if b == record_id.hex() else None
            if not isinstance(other, str):
                continue
            ref = self.refs.get(other)
            if ref is not None and "w" in ref:
                hidden += 1
                continue
            name = self.names.get(bytes.fromhex(other)) if len(other) == 32 else None
            if name is None:
                continue
            role = link.get("role")
            out.append({"ref": name, "role": self.vocab("role", role) if role else None})
        out.sort(key=lambda x: _ref_key(str(x["ref"])))
        if hidden:
            out.append({"ref": None, "withheld": hidden})
        return out

    # -- sections ---------------------------------------------------------------------------

    def case_section(self) -> dict[str, Any]:
        fields = ("title", "status", "jurisdiction", "court", "summary", "legal_articles")
        return {"ref": "case"} | self.values(self.case, (*fields, "deadlines", "tags"))

    def chronology(self) -> list[dict[str, Any]]:
        out = []
        for i, ev in enumerate(self.events, 1):
            self.names[ev.id] = f"E{i}"
        fields = ("type", "date", "place", "summary", "detention_type", "legal_article")
        for ev in self.events:
            doc = {"ref": self.names[ev.id]} | self.values(ev, fields)
            linked = self.linked(ev.id)
            doc["persons"] = [x for x in linked if x["ref"] is None or x["ref"].startswith("P")]
            out.append(doc)
        return out

    def interviews_section(self, cancel: CancelCheck | None) -> list[dict[str, Any]]:
        edits = self.svc.store.docket.edits(self.case_id, "segment", "text")
        out: list[dict[str, Any]] = []
        fields = ("interviewee", "interviewer", "interpreter", "language", "place", "consent")
        for iv in self.interviews:
            who = iv.get("interviewee")
            if isinstance(who, str) and "w" in self.refs.get(who, {}):
                self.withheld["interviews_left_out"] += 1
                continue
            ref = f"I{len(out) + 1}"
            self.names[iv.id] = ref
            doc = {"ref": ref} | self.values(iv, (*fields, "consent_note"))
            segments = []
            for n, seg in enumerate(self.svc.reading.segments(iv.id), 1):
                if cancel is not None and cancel():
                    raise Cancelled()
                self.names[seg.id] = f"{ref}.{n}"
                times = edits.get(seg.id, [])
                s = {"ref": f"{ref}.{n}", "time": seg.created_ms} | self.values(seg, ("text",))
                s["by"] = seg.created_by.hex()[:16] if seg.created_by else None
                s["edited"] = times[1:]  # later edits: after the text as first written
                s["links"] = self.linked(seg.id)
                segments.append(s)
            doc["segments"] = segments
            out.append(doc)
        return out

    def conflicts_section(self) -> list[dict[str, Any]]:
        out = []
        kinds = {p.id: p for p in self.persons}
        for c in sorted(self.conflicts, key=lambda c: (self._order(c.entity_id), c.field)):
            ref = "case" if c.entity_id == self.case_id else self.names.get(c.entity_id)
            if ref is None:
                continue  # a record the report leaves out, or a link
            person = kinds.get(c.entity_id)
            role = str(person.get("role", "")) if person is not None else None
            out.append({"record": ref, "field": c.field, "values": self._values_of(c, role)})
        return out

    def _order(self, entity_id: bytes) -> tuple[int, str]:
        ref = "case" if entity_id == self.case_id else self.names.get(entity_id, "~")
        return (0 if ref == "case" else 1, ref)

    def _values_of(self, c: ConflictInfo, role: str | None) -> list[dict[str, Any]]:
        values = []
        for v in c.values:
            field = v.field or c.field
            entry: dict[str, Any] = {
                "by": v.author.hex()[:16],
                "time": v.time_ms,
                "provisional": v.provisional,
            }
            if field != c.field:
                entry["field"] = field
            if c.field == DELETED and field == DELETED:
                entry["value"] = {"deleted": bool(v.value)}
            elif v.shown != "value":
                entry["value"], entry["absent"] = None, v.shown
            elif self.decide(c.entity, c.entity_id, field, role) != SHOW:
                entry["value"], entry["absent"] = None, "withheld"
            else:
                entry["value"] = display(
                    c.entity, field, v.value, self.vocab, self.scrub, self.refs
                )
            values.append(entry)
        return values

    def annexes(self, progress: Progress | None, cancel: CancelCheck | None) -> list[Annex]:
        live = [a for a in self.attachments if len(str(a.get("sha256", ""))) == 64]
        width = max(2, len(str(len(live))))
        out = []
        for n, att in enumerate(live, 1):
            if cancel is not None and cancel():
                raise Cancelled()
            media = str(att.get("media_type", "")) or "application/octet-stream"
            size = int(att.get("size", 0) or 0)
            data = None
            if media == "application/pdf" and size <= MAX_COUNTED:
                data = b"".join(self.svc.attachments.iter_bytes(att.id, cancel=cancel))
            out.append(
                Annex(
                    n,
                    att.id,
                    bytes.fromhex(str(att.get("sha256"))),
                    extension(str(att.get("name", "")), media),
                    size,
                    media,
                    page_count(media, data),
                    width,
                )
            )
            self.names[att.id] = f"A{n}"
            if progress is not None:
                progress(n, len(live))
        return out

    def annex_docs(self, annexes: list[Annex]) -> list[dict[str, Any]]:
        by_id = {a.id: a for a in self.attachments}
        docs, page = [], 1
        for a in annexes:
            att = by_id[a.attachment_id]
            public = self.audience.purpose == "public"
            name = None if public else display("attachment", "name", att.get("name"), *self._d)
            doc = {
                "ref": f"A{a.n}",
                "n": a.n,
                "file": f"attachments/{a.file_name}",
                "sha256": a.sha256.hex(),
                "size": a.size,
                "media_type": a.media_type,
                "added": att.created_ms,
                "name": name,
                "pages": a.pages,
                "from": page if a.pages else None,
                "to": page + a.pages - 1 if a.pages else None,
            } | self.values(att, ("caption",))
            page += a.pages or 0
            docs.append(doc)
        return docs

    @property
    def _d(self) -> tuple[Any, ...]:
        return (self.vocab, self.scrub, self.refs)


def _ref_key(ref: str) -> tuple[int, int, str]:
    """People, then events, then notes and annexes; P2 before P10."""
    head = ref[1:].split(".")[0]
    return "PEIA".find(ref[:1]) % 5, int(head) if head.isdigit() else 0, ref


def _with_role(person: Record, role: str) -> Record:
    return Record(
        person.kind,
        person.id,
        person.case_id,
        person.parents,
        {**person.fields, "role": role},
        person.created_ms,
        person.created_by,
        person.updated_ms,
        person.deleted,
    )


def build_report(
    svc: CaseService,
    case_id: bytes,
    audience: Audience,
    *,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> BuiltReport:
    """report.json for `case_id` and `audience`, signed with the vault's identity.

    Reads only: nothing is recorded (writing the package records the custody entries).
    `progress(done, total)` counts annexes; `cancel()` stops with `Cancelled`.
    """
    b = _Builder(svc, case_id, audience)
    annexes = b.annexes(progress, cancel)
    ops = svc.store.docket.case_ops(case_id)
    identity = svc.session.identity
    doc: dict[str, Any] = {
        "format": FORMAT,
        "v": 1,
        "generator": f"casebook {__version__}",
        "audience": audience.to_json(),
        "as_of": {"ops": ops.count, "ops_digest": ops.digest.hex(), "newest": ops.newest_ms},
        "signer": {
            "identity": identity.public.hex(),
            "key_id": identity.public.hex()[:16],
            "fingerprint": fingerprint(identity.public),
        },
        "case": b.case_section(),
        "persons": b.persons_section(),
        "chronology": b.chronology(),
    }
    doc["interviews"] = b.interviews_section(cancel)
    doc["annexes"] = b.annex_docs(annexes)
    doc["conflicts"] = b.conflicts_section()
    doc["custody"] = custody_annex(svc, annexes)
    doc["withheld"] = b.withheld | {
        "values": b.omitted_values,
        "mentions": b.scrub.hits,
    }
    body = canonical.encode(doc)
    report_id = hashlib.blake2b(body, digest_size=32).digest()
    doc["id"] = report_id.hex()
    data = canonical.encode(doc)
    signature = identity.sign(SIG_LABEL + data)
    return BuiltReport(
        doc, data, report_id, signature, identity.public, tuple(annexes), tuple(b.overrides)
    )
