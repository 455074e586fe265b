"""The consent ledger (PROTECTION §3): recording decisions, the gate, overrides, withdrawal.

    record(person, scopes, status, …)    one decision, replacing those it saw for its scopes
    record_at_interview(interview, granted, refused, …)
                                         the interview form's ticks: one decision per status
    withdraw(person, scopes)             a withdrawal, and who already holds the identity
    override(person, purpose, audience, reason)
                                         identity shared without consent, for an occasion
    identity_allowed(person, recipients, purpose) -> GateDecision
                                         the gate every bundle and report asks
    decisions / standing / conflicts / resolve

The rules are pure and live in `casebook.domain.consent`; this part reads a person's case's
decisions and overrides through the store, and writes new ones as signed ops. Decisions are
never edited or deleted (`Records` refuses): a change of mind is a new record.

A withdrawal cannot reach what has already left: it lists every colleague and bundle that
carried the person's identity (`sent_disclosures`) and offers erasure, which asks their
casebooks to forget it; and every report package that carried it (`store.reports`), which it
cannot recall at all: ask the court for anonymity instead (ECtHR: Rule 47 § 4 of the Rules of
Court).
"""

from __future__ import annotations

import datetime as _dt
import os
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from casebook.base.errors import InputRejected, NotFound
from casebook.domain import consent as rules
from casebook.domain.consent import (
    ConsentConflict,
    Decision,
    GateDecision,
    Override,
    Standing,
)
from casebook.domain.consent_gate import decide
from casebook.domain.custody import record_item
from casebook.domain.model import ENTITIES, FuzzyDate
from casebook.domain.records import Record
from casebook.domain.sensitivity import Category
from casebook.service.custody import Custody
from casebook.service.erasure import Erasure, Holder
from casebook.service.filed import COURT_NOTE, FiledReport, reports_carrying
from casebook.service.reading import Reading
from casebook.service.records import Records
from casebook.vault.session import Session, Write

__all__ = ["COURT_NOTE", "ConsentService", "GateDecision", "Withdrawal"]


# The person's fields that say who they are (the model's identity labels): what a withdrawal
# asks after, and what erasure is offered for.
IDENTITY_FIELDS = tuple(
    f.name
    for f in ENTITIES["person"].fields.values()
    if Category.IDENTITY in f.sensitivity.categories
)


@dataclass(frozen=True)
class Withdrawal:
    """A recorded withdrawal, and who already holds the person's identity."""

    decision: bytes
    person: bytes
    scopes: tuple[str, ...]
    holders: tuple[Holder, ...]  # colleagues, and the owner's bundles that carried it to them
    fields: tuple[str, ...]  # the person's identity fields that hold values: erasure's offer
    reports: tuple[FiledReport, ...] = ()  # the owner's reports that carried it: not recalled

    def to_json(self) -> dict[str, Any]:
        """For `--json`."""
        return {
            "decision": self.decision.hex(),
            "person": self.person.hex(),
            "scopes": list(self.scopes),
            "holders": [h.to_json() for h in self.holders],
            "erase_fields": list(self.fields),
            "reports": [r.to_json() for r in self.reports],
            "court": COURT_NOTE,
        }


class ConsentService:
    """Consent decisions, overrides, and the gate over them."""

    def __init__(
        self,
        session: Session,
        reading: Reading,
        records: Records,
        erasure: Erasure,
        custody: Custody | None = None,
        *,
        today: Callable[[], _dt.date] = _dt.date.today,
    ) -> None:
        self._session = session
        self._reading = reading
        self._records = records
        self._erasure = erasure
        self._custody = custody
        self._today = today  # the local calendar day: expiries are written in it

    # -- reading --------------------------------------------------------------------------

    def _case_records(self, kind: str, case_id: bytes | None) -> list[Record]:
        if case_id is None:
            return []
        return self._session.store.records.records(
            ENTITIES[kind], "case_id", case_id, include_deleted=True
        )

    def decisions_of_case(self, case_id: bytes | None) -> list[Decision]:
        """Every consent decision recorded in a case, deleted ones too (their `replaces` still
        count: deleting a withdrawal must not bring back what it replaced)."""
        return [Decision.from_record(r) for r in self._case_records("consent", case_id)]

    def overrides_of_case(self, case_id: bytes | None) -> list[Override]:
        """Every override recorded in a case."""
        return [Override.from_record(r) for r in self._case_records("consent_override", case_id)]

    def _person(self, person_id: bytes) -> Record:
        return self._reading.require("person", person_id)

    def decisions(
        self, person_id: bytes | None = None, *, case_id: bytes | None = None
    ) -> list[Decision]:
        """A person's decisions (or a case's), newest first, replaced ones included: history."""
        if person_id is not None:
            person = self._person(person_id)
            found = [d for d in self.decisions_of_case(person.case_id) if d.subject == person_id]
        else:
            found = self.decisions_of_case(case_id)
        return sorted(found, key=lambda d: (d.created_ms, d.id), reverse=True)

    def everything(self) -> list[Decision]:
        """Every decision in the vault, newest first."""
        found = [d for c in self._case_ids_with_decisions() for d in self.decisions_of_case(c)]
        return sorted(found, key=lambda d: (d.created_ms, d.id), reverse=True)

    def overrides(self, person_id: bytes) -> list[Override]:
        """A person's overrides, newest first."""
        person = self._person(person_id)
        found = [o for o in self.overrides_of_case(person.case_id) if o.subject == person_id]
        return sorted(found, key=lambda o: (o.created_ms, o.id), reverse=True)

    def standing(self, person_id: bytes) -> list[Standing]:
        """Where each scope stands for a person (granted, withdrawn, conflict, none, …)."""
        person = self._person(person_id)
        return rules.standing(self.decisions_of_case(person.case_id), person_id, self._today())

    def at_interview(self, interview_id: bytes) -> list[Decision]:
        """The decisions recorded at an interview, newest first: what its consent form shows."""
        interview = self._reading.require("interview", interview_id)
        found = [
            d for d in self.decisions_of_case(interview.case_id) if d.interview == interview_id
        ]
        return sorted(found, key=lambda d: (d.created_ms, d.id), reverse=True)

    def without_consent(self, case_ids: Iterable[bytes]) -> list[Record]:
        """The live persons of these cases that have no consent decision at all."""
        out = []
        for case_id in case_ids:
            subjects = {d.subject for d in self.decisions_of_case(case_id)}
            out += [p for p in self._reading.children(case_id, "person") if p.id not in subjects]
        return out

    # -- the gate -------------------------------------------------------------------------

    def identity_allowed(
        self, person_id: bytes, recipients: Sequence[bytes], purpose: str
    ) -> GateDecision:
        """May this person's identity go to `recipients` (identity keys) for `purpose`?

        Purposes and the scopes they need: `casebook.domain.consent.PURPOSE_SCOPES` ("bundle"
        for bundles to colleagues; court_domestic, international, asylum, publish_named and
        publish_anonymised for reports). The owner is never a recipient that needs consent.
        An id that names no person here gates as "no consent": fail closed.
        """
        recipients = [r for r in recipients if r != self._session.me]
        try:
            person = self._reading.get(person_id)
        except NotFound:
            person = None
        case_id = person.case_id if person is not None and person.kind == "person" else None
        return decide(
            self.decisions_of_case(case_id),
            self.overrides_of_case(case_id),
            person_id,
            recipients,
            purpose,
            self._today(),
            self.organisations(),
        )

    def organisations(self) -> Mapping[bytes, Collection[str]]:
        """Which organisations each colleague belongs to, as this vault knows it (`casebook
        peer org`, the Peers window; local, never sent). A colleague without one is in no
        `org:` audience: the gate stays closed for them."""
        return {peer: (name,) for peer, name in self._session.store.organisations.all().items()}

    # -- writing --------------------------------------------------------------------------

    def _ref_in_case(self, kind: str, entity_id: bytes | None, case_id: bytes | None) -> str | None:
        if entity_id is None:
            return None
        rec = self._reading.require(kind, entity_id)
        if rec.case_id != case_id:
            raise InputRejected(f"the {kind} belongs to another case")
        return entity_id.hex()

    @staticmethod
    def _scopes(scopes: Iterable[str]) -> list[str]:
        out = sorted(set(scopes))
        if not out:
            raise InputRejected("name at least one scope")
        unknown = [s for s in out if s not in rules.SCOPES]
        if unknown:
            raise InputRejected("unknown scope: " + ", ".join(unknown))
        return out

    @staticmethod
    def _audience(audience: Iterable[str]) -> list[str]:
        entries = sorted({rules.audience_entry(a) for a in audience})
        if not entries:
            raise InputRejected("name an audience: any, peer:KEY or org:NAME")
        return [rules.ANY] if rules.ANY in entries else entries

    def record(
        self,
        person_id: bytes,
        scopes: Iterable[str],
        status: str,
        *,
        audience: Iterable[str] = (rules.ANY,),
        given: str | None = None,
        expires: str | None = None,
        method: str | None = None,
        evidence: bytes | None = None,
        conditions: str | None = None,
        language: str | None = None,
        interpreter: str | None = None,
        interview: bytes | None = None,
    ) -> bytes:
        """Record one decision of a person about some scopes; return its id.

        It replaces every decision live for those scopes here (in the same transaction, so a
        decision written at once elsewhere stays concurrent with it, as it must). `given`
        defaults to today. The evidence is an attachment of the same case.
        """
        if status not in rules.STATUSES:
            raise InputRejected("the status is granted, refused or withdrawn")
        if method is not None and method not in rules.METHODS:
            raise InputRejected("the method is oral, written, recorded or representative")
        person = self._person(person_id)
        case_id = person.case_id
        fields: dict[str, Any] = {
            "subject": person_id.hex(),
            "scope": self._scopes(scopes),
            "audience": self._audience(audience),
            "status": status,
            "given": given or self._today().isoformat(),
            "expires": expires,
            "method": method,
            "evidence": self._ref_in_case("attachment", evidence, case_id),
            "conditions": conditions,
            "language": language,
            "interpreter": interpreter,
            "interview": self._ref_in_case("interview", interview, case_id),
        }
        if expires is not None:
            FuzzyDate.parse(expires)
        return self._write_decisions(case_id, [fields])[0]

    def _write_decisions(self, case_id: bytes | None, batch: list[dict[str, Any]]) -> list[bytes]:
        """Sign several decisions in one transaction, each replacing what is live for it."""
        if case_id is None:
            raise InputRejected("the person belongs to no case")
        spec = ENTITIES["consent"]
        store = self._session.store
        ids = []
        with store.transaction():
            known = self.decisions_of_case(case_id)
            writes: list[Write] = []
            for fields in batch:
                subject = bytes.fromhex(fields["subject"])
                replaces = rules.replaced_by_new(known, subject, fields["scope"])
                fields = fields | {"replaces": [r.hex() for r in replaces]}
                entity_id = os.urandom(16)
                writes += self._writes(spec.name, entity_id, case_id, fields)
                ids.append(entity_id)
            self._session.commit_in_transaction(writes)
        return ids

    def _writes(
        self, kind: str, entity_id: bytes, case_id: bytes, fields: Mapping[str, Any]
    ) -> list[Write]:
        spec = ENTITIES[kind]
        writes: list[Write] = [(kind, entity_id, "create", "", {"case": case_id.hex()})]
        for name, raw in fields.items():
            if raw is None or raw == "" or raw == []:
                continue
            writes.append((kind, entity_id, "set", name, self._records.validate(spec, name, raw)))
        return writes

    def record_form(
        self,
        person_id: bytes,
        granted: Iterable[str],
        refused: Iterable[str] = (),
        *,
        interview: bytes | None = None,
        audience: Iterable[str] = (rules.ANY,),
        method: str | None = None,
        given: str | None = None,
        expires: str | None = None,
        conditions: str | None = None,
        evidence: bytes | None = None,
    ) -> list[bytes]:
        """The consent form's ticks in one go: a grant of the ticked scopes and a refusal of
        those marked refused, both in one transaction. At an interview (`interview`), they are
        recorded with its language and interpreter."""
        granted, refused = set(granted), set(refused)
        if granted & refused:
            raise InputRejected("a scope cannot be granted and refused at once")
        if not granted and not refused:
            raise InputRejected("tick at least one scope")
        if method is not None and method not in rules.METHODS:
            raise InputRejected("the method is oral, written, recorded or representative")
        if expires is not None:
            FuzzyDate.parse(expires)
        person = self._person(person_id)
        case_id = person.case_id
        language = interpreter = None
        if interview is not None:
            at = self._reading.require("interview", interview)
            language, interpreter = at.get("language"), at.get("interpreter")
        common = {
            "subject": person_id.hex(),
            "given": given or self._today().isoformat(),
            "expires": expires,
            "method": method,
            "evidence": self._ref_in_case("attachment", evidence, case_id),
            "conditions": conditions,
            "language": language,
            "interpreter": interpreter,
            "interview": self._ref_in_case("interview", interview, case_id),
        }
        batch = []
        if granted:
            batch.append(
                common
                | {"scope": self._scopes(granted), "status": "granted"}
                | {"audience": self._audience(audience)}
            )
        if refused:
            batch.append(
                common | {"scope": self._scopes(refused), "status": "refused", "audience": ["any"]}
            )
        return self._write_decisions(case_id, batch)

    def record_at_interview(
        self,
        interview_id: bytes,
        granted: Iterable[str],
        refused: Iterable[str] = (),
        **kwargs: Any,
    ) -> list[bytes]:
        """`record_form` for the interviewee of an interview, given at that interview."""
        interview = self._reading.require("interview", interview_id)
        ref = interview.get("interviewee")
        if not ref:
            raise InputRejected("choose the interviewee first")
        return self.record_form(
            bytes.fromhex(ref), granted, refused, interview=interview_id, **kwargs
        )

    def withdraw(
        self, person_id: bytes, scopes: Iterable[str], *, method: str | None = None
    ) -> Withdrawal:
        """Record a withdrawal of these scopes, and list who already holds the identity."""
        scopes = self._scopes(scopes)
        decision = self.record(person_id, scopes, "withdrawn", method=method)
        return Withdrawal(
            decision,
            person_id,
            tuple(scopes),
            tuple(self.holders(person_id)),
            tuple(self.identity_fields(person_id)),
            tuple(self.reports(person_id)),
        )

    def holders(self, person_id: bytes) -> list[Holder]:
        """Every colleague who received the person's identity in the owner's bundles, with
        the bundles that carried it (the sent-disclosures ledger)."""
        ops = self._session.store.records.field_ops(person_id, IDENTITY_FIELDS)
        return self._erasure.holders(ops)

    def reports(self, person_id: bytes) -> list[FiledReport]:
        """Every report package written here that carried the person's identity (a report
        records the values it shows; `store.reports`). A filed report cannot be recalled."""
        ops = self._session.store.records.field_ops(person_id, IDENTITY_FIELDS)
        return reports_carrying(self._session, ops)

    def identity_fields(self, person_id: bytes) -> list[str]:
        """The person's identity fields that hold a value here (what erasure could forget)."""
        values = self._session.store.erasure.value_ops
        return [f for f in IDENTITY_FIELDS if values(person_id, [f])]

    def override(
        self,
        person_id: bytes,
        purpose: str,
        audience: Iterable[str],
        reason: str,
        *,
        expires: str | None = None,
    ) -> bytes:
        """Record an override: the identity may go for `purpose` to `audience` although no
        consent allows it, for `reason` (a code). It holds until `expires` (default: today).

        One transaction holds the signed `consent_override` record and, in the custody log, an
        `override` entry on the person's record item naming the op, the colleagues (when the
        audience names them), the purpose and the reason (PROTECTION §3 and §4).
        """
        if purpose not in rules.PURPOSE_SCOPES:
            raise InputRejected("unknown purpose: " + purpose)
        if reason not in rules.OVERRIDE_REASONS:
            raise InputRejected("the reason must be one of: " + ", ".join(rules.OVERRIDE_REASONS))
        person = self._person(person_id)
        if person.case_id is None:
            raise InputRejected("the person belongs to no case")
        fields = {
            "subject": person_id.hex(),
            "purpose": purpose,
            "audience": self._audience(audience),
            "reason": reason,
            "expires": expires or self._today().isoformat(),
        }
        entity_id = os.urandom(16)
        writes = self._writes("consent_override", entity_id, person.case_id, fields)
        store = self._session.store
        with store.transaction():
            ops = self._session.commit_in_transaction(writes)
            if self._custody is not None:
                detail: dict[str, Any] = {
                    "reason": reason,
                    "op": ops[0].op_id.hex(),
                    "record": person_id.hex(),
                    "scope": purpose,
                }
                keys = sorted(
                    {a.partition(":")[2] for a in fields["audience"] if a.startswith("peer:")}
                )
                if keys:
                    detail["to"] = keys
                self._custody.override_in_transaction(record_item(person_id), detail)
        return entity_id

    # -- conflicts ------------------------------------------------------------------------

    def conflicts(self, case_id: bytes | None = None) -> list[ConsentConflict]:
        """Every person and scope whose live decisions disagree (in one case, or in all)."""
        case_ids = [case_id] if case_id is not None else self._case_ids_with_decisions()
        out = []
        for cid in case_ids:
            out += rules.conflicts(self.decisions_of_case(cid))
        return out

    def _case_ids_with_decisions(self) -> list[bytes]:
        return self._session.store.records.case_ids_of_kind(ENTITIES["consent"])

    def resolve(self, person_id: bytes, scope: str, choice: bytes) -> bytes:
        """End a conflict by choosing one of its decisions: the choice is recorded again as a
        new decision that replaces every live one for that scope."""
        live = rules.live(self.decisions(person_id), person_id, scope)
        picked = next((d for d in live if d.id == choice), None)
        if picked is None or len(live) < 2:
            raise InputRejected("that decision is not one of the conflicting ones")
        if picked.status not in rules.STATUSES or not picked.whole:
            raise InputRejected("that decision is not held whole here: choose another")
        return self.record(
            person_id,
            [scope],
            picked.status,
            audience=picked.audience or (rules.ANY,),
            expires=picked.expires,
            method=picked.method,
            conditions=picked.conditions,
        )
