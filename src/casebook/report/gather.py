"""Gathering one case for one audience: the sections of report.json, before it is signed.

Every value is asked of the labels' plan (`AudiencePlan.withholds`): None shows it; a person's
identity withheld becomes their pseudonym; anything else withheld is absent, with why. Records
the plan leaves out are not in the report at all (they are counted). Records are named by the
report's own references: P1 a person, E1 an event in chronological order, I1 an interview, I1.3
its third note, A1 an annex.
"""

from __future__ import annotations

from typing import Any

from casebook.base.errors import Cancelled, InputRejected
from casebook.crypto.keys import subkey
from casebook.domain.audience import AudiencePlan, plan_for
from casebook.domain.model import ENTITIES
from casebook.domain.pseudonyms import LetterPool, audience_key, pseudonym_text, wanted_letter
from casebook.domain.records import Record
from casebook.report.audience import CONSENT_PURPOSE, Audience, Scrubber
from casebook.report.values import display
from casebook.service import CaseService

__all__ = ["PSEUDONYM_LABEL", "Gatherer"]

PSEUDONYM_LABEL = b"casebook/v1/pseudonyms"  # the vault's pseudonym secret, as bundles use it
_IDENTITY = ("name", "aliases")
_VALUE_KINDS = ("set", "resolve")  # the op kinds that carry a value


def by_time(records: list[Record]) -> list[Record]:
    """Oldest first, by creation, then id."""
    return sorted(records, key=lambda r: (r.created_ms, r.id))


class Gatherer:
    """One case for one audience: the plan, the people, and every value as it may go."""

    def __init__(self, svc: CaseService, case_id: bytes, audience: Audience) -> None:
        self.svc = svc
        self.audience = audience
        self.case_id = case_id
        read = svc.reading
        self.case = read.require("case", case_id)
        store = svc.store
        self.gate_answers: dict[bytes, tuple[bool, str, str]] = {}
        self.plan: AudiencePlan = plan_for(
            audience.clearance(store), store.audience.facts([case_id]), self._gate
        )
        if case_id in self.plan.omitted:
            raise InputRejected("the case's labels keep it from this audience")
        keep = self._kept
        self.persons = keep(by_time(read.children(case_id, "person")))
        self.events = keep(read.children(case_id, "event"))  # by date, then creation
        self.interviews = keep(by_time(read.children(case_id, "interview")))
        self.attachments = keep(by_time(read.children(case_id, "attachment")))
        self.links = keep(read.children(case_id, "link"))
        self.conflicts = svc.conflicts.list(case_id=case_id)
        self._vocab: dict[str, dict[str, tuple[str, str]]] = {}
        self.refs: dict[str, dict[str, Any]] = {}  # record id hex → {"p": ref} or {"w": 1}
        self.names: dict[bytes, str] = {}  # record id → the report's reference
        self.left_out: dict[str, int] = {}
        for rid in self.plan.omitted:
            kind = self.plan.facts[rid].kind
            if kind not in ("link", "term"):
                self.left_out[kind] = self.left_out.get(kind, 0) + 1
        self.withheld_values = 0
        self.new_letters: list[tuple[bytes, bytes, int]] = []
        self.overrides: list[tuple[bytes, str]] = []
        # The registers whose values the report shows, and values shown by op (conflicts):
        # writing the package records them, so a withdrawal or an erasure can name the report.
        self.carried: set[tuple[bytes, str]] = set()
        self.carried_ops: set[bytes] = set()
        self.person_docs = self._people()

    # -- the plan ---------------------------------------------------------------------------

    def _gate(self, person: bytes) -> tuple[bool, str]:
        purpose = CONSENT_PURPOSE[self.audience.purpose]
        d = self.svc.consent.identity_allowed(person, self.audience.recipients, purpose)
        reason = str(d.detail.get("override_reason", "")) if d.reason_code == "override" else ""
        self.gate_answers[person] = (bool(d.allowed), str(d.reason_code), reason)
        return bool(d.allowed), str(d.reason_code)

    def _kept(self, records: list[Record]) -> list[Record]:
        return [r for r in records if r.id not in self.plan.omitted]

    def withholds(self, rec: Record, name: str) -> str | None:
        """Why this value stays home, or None."""
        return self.plan.withholds(rec.kind, rec.id, name, self.case_id)

    # -- values -----------------------------------------------------------------------------

    def vocab(self, name: str, code: str) -> dict[str, str]:
        """A code with its labels in both languages (the vault's own terms too)."""
        if name not in self._vocab:
            terms = self.svc.records.vocabulary(name) if name else []
            self._vocab[name] = {t.code: (t.en, t.ru) for t in terms}
        en, ru = self._vocab[name].get(code, (code, code))
        return {"code": code, "en": en, "ru": ru}

    def shown(self, kind: str, field: str, value: Any) -> Any:
        """A value as the report holds it."""
        return display(kind, field, value, self.vocab, self.scrub, self.refs)

    def values(self, rec: Record, fields: tuple[str, ...]) -> dict[str, Any]:
        """The chosen fields of `rec` as the audience may see them; `absent` says why the
        others are missing (withheld, conflict, erased, hidden, not_shared)."""
        out: dict[str, Any] = {}
        absent: dict[str, str] = {}
        for name in fields:
            value = rec.get(name)
            why = self.withholds(rec, name)
            if why is not None and name != "interviewee":
                if value is not None:
                    absent[name] = "withheld"
                    self.withheld_values += 1
                out[name] = None
                continue
            if name in rec.conflicts:
                absent[name] = "conflict"  # every value is in "conflicts", never one alone
                out[name] = None
            elif name in rec.masked:
                absent[name] = {"withheld": "not_shared"}.get(rec.masked[name], rec.masked[name])
                out[name] = None
            else:
                out[name] = self.shown(rec.kind, name, value)
                if value is not None:
                    self.carried.add((rec.id, name))
        if absent:
            out["absent"] = dict(sorted(absent.items()))
        return out

    # -- people -----------------------------------------------------------------------------

    def _people(self) -> list[dict[str, Any]]:
        """References and pseudonyms for the persons, and the scrubber for their names."""
        store = self.svc.store
        secret = subkey(self.svc.session.identity.signing_seed, PSEUDONYM_LABEL)
        audience = audience_key(secret, self.audience.pseudonym_keys)
        self.pseudonym_audience = audience
        given = store.pseudonyms.letters(audience)
        pool = LetterPool(n for person, (case, n) in given.items() if case == self.case_id)
        withheld_names: dict[bytes, list[str]] = {}
        docs: list[dict[str, Any]] = []
        pseudonymised = [p for p in self.persons if self.withholds(p, "name") is not None]
        letters: dict[bytes, int] = {}
        for p in sorted(pseudonymised, key=lambda p: (wanted_letter(secret, audience, p.id), p.id)):
            if p.id in given and given[p.id][0] == self.case_id:
                letters[p.id] = given[p.id][1]
            else:
                letters[p.id] = pool.take(wanted_letter(secret, audience, p.id))
                self.new_letters.append((p.id, self.case_id, letters[p.id]))
        for person in self.persons:
            ref = f"P{len(docs) + 1}"
            self.refs[person.id.hex()] = {"p": ref}
            self.names[person.id] = ref
            role = str(person.get("role", ""))
            label = self.vocab("role", role) if role else {"en": "", "ru": ""}
            allowed, reason, override = self.gate_answers.get(person.id, (False, "label", ""))
            doc: dict[str, Any] = {"ref": ref, "role": label if role else None}
            doc["consent"] = reason
            if person.id in letters:
                n = letters[person.id]
                doc["pseudonym"] = {
                    "en": pseudonym_text(label["en"], n, "en"),
                    "ru": pseudonym_text(label["ru"], n, "ru"),
                }
                doc["withheld_by"] = self.withholds(person, "name")
                withheld_names[person.id] = _names(person)
            else:
                doc["pseudonym"] = None
                if allowed and reason == "override":
                    self.overrides.append((person.id, override or "override"))
            docs.append(doc)
        # Left out whole (a source) or deleted: their names are withheld from the text too.
        every = store.records.records(
            ENTITIES["person"], "case_id", self.case_id, include_deleted=True
        )
        for p in every:
            if p.deleted or p.id in self.plan.omitted:
                self.refs[p.id.hex()] = {"w": 1}
                withheld_names[p.id] = _names(p)
        self.scrub = Scrubber(
            withheld_names, {bytes.fromhex(k): v for k, v in self.refs.items() if len(k) == 32}
        )
        return docs

    def persons_section(self) -> list[dict[str, Any]]:
        """Each person with what may go of them: a pseudonymised one's notes stay home too."""
        out = []
        for person, doc in zip(self.persons, self.person_docs, strict=True):
            named = doc["pseudonym"] is None
            fields = ("name", "aliases", "sensitivity", "notes") if named else ("sensitivity",)
            values = self.values(person, fields)
            absent = dict(values.pop("absent", {}))
            if not named:
                for name in (*_IDENTITY, "notes"):
                    if person.get(name) is not None:
                        absent[name] = "withheld"
            if absent:
                values["absent"] = dict(sorted(absent.items()))
            out.append(doc | values)
        return out

    def linked(self, record_id: bytes) -> list[dict[str, Any]]:
        """The people and events linked to a record, as references with the link's role."""
        out: list[dict[str, Any]] = []
        for link in self.links:
            a, b = link.get("a"), link.get("b")
            other = b if a == record_id.hex() else a if b == record_id.hex() else None
            if not isinstance(other, str) or len(other) != 32:
                continue
            name = self.names.get(bytes.fromhex(other))
            if name is None:
                continue
            if self.withholds(link, "role") is None and link.get("role"):
                role: dict[str, str] | None = self.vocab("role", str(link.get("role")))
            else:
                role = None
            out.append({"ref": name, "role": role})
        out.sort(key=lambda x: ref_key(str(x["ref"])))
        return out

    def carried_op_ids(self) -> tuple[bytes, ...]:
        """The ops whose values the report shows: the live ops of every register shown."""
        store = self.svc.store
        ops = set(self.carried_ops)
        for entity_id, name in self.carried:
            ops |= {o.op_id for o in store.live_ops(entity_id, name) if o.kind in _VALUE_KINDS}
        return tuple(sorted(ops))

    def check(self, cancel: Any) -> None:
        """Stop with `Cancelled` when asked to."""
        if cancel is not None and cancel():
            raise Cancelled()


def _names(person: Record) -> list[str]:
    return [str(person.get("name", "")), *map(str, person.get("aliases", []) or [])]


def ref_key(ref: str) -> tuple[int, int, str]:
    """People, then events, then notes and annexes; P2 before P10."""
    head = ref[1:].split(".")[0]
    return "PEIA".find(ref[:1]) % 5, int(head) if head.isdigit() else 0, ref
