"""Effective labels, and what one audience may see of the records (PROTECTION §2). Pure.

    record label(r)   = labels[""] ⊔ role floor (a person in the source role) ⊔ case floor
                        ⊔ restricted+identity (an attachment a consent names as evidence)
    field label(r, f) = default(kind, f) ⊔ labels[f] ⊔ record label(r)

`labels` and a case's `floor` are replicated registers whose concurrent values are *joined*
(`join_labels`, `join_floors`): while two colleagues' labels wait, the most restrictive holds,
so no export can lower a label by racing another. A person's role counts with every live value
(a role in conflict between witness and source is a source until resolved).

An audience is a `Clearance` (the meet of a bundle's recipients'). For it:

    left out     a record whose record label it does not permit ("label"), a record whose
                 parent is left out ("parent": the segments of an interview, everything of a
                 case), and a record that names one left out in a reference ("reference": a
                 link to a source, an interview with them). Found to a fixpoint.
    withheld     a value of a record that goes, whose field label it does not permit
                 ("label"), or that carries `identity` of a person whose consent gate said no
                 ("consent:<code>"). The op travels, signed, without its disclosure.
    whole        everything else.

Whose identity a value carries: a person's own fields, and a reference field labelled identity
(an interview's interviewee) names the person it refers to. A consent's evidence file says who
its subject is: it goes only where that person's identity may (left out with a person left
out, and, when the gate is asked, with one the gate says no to: "consent:<code>"); a consent
whose evidence stays home still goes, without its `evidence` value.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple, Protocol

from casebook.base.errors import InputRejected
from casebook.domain.model import ENTITIES, FLOOR_FIELD, LABELS_FIELD, default_sensitivity
from casebook.domain.oplog import CREATED, DELETED
from casebook.domain.sensitivity import (
    PUBLIC,
    Category,
    Clearance,
    Level,
    Sensitivity,
    join_all,
    role_floor,
)

__all__ = [
    "AudiencePlan",
    "ConsentGate",
    "DenyAll",
    "GateDecision",
    "LabelFacts",
    "check_labels",
    "effective_field_label",
    "effective_record_label",
    "evidence_of",
    "join_floors",
    "join_labels",
    "labels_of",
    "plan_for",
]

REF_TYPES = ("ref", "refs")  # field types whose values name other records
# The least label of a consent's evidence (PROTECTION §3), whatever the attachment's own.
EVIDENCE_FLOOR = Sensitivity(Level.RESTRICTED, frozenset({Category.IDENTITY}))
# A reference that does not take its record along when the record it names stays home: a
# consent whose evidence file stays home still travels (its `evidence` field, labelled
# restricted+identity, stays home with the file), so a colleague's casebook gates by it.
_DETACHABLE_REFS = frozenset({("consent", "evidence")})


def labels_of(value: Any) -> dict[str, Sensitivity]:
    """A `labels` value (as stored: target → wire label) as labels; None reads as none."""
    if not isinstance(value, dict):
        return {}
    return {t: Sensitivity.from_json(v) for t, v in value.items()}


def join_labels(values: Iterable[Any]) -> dict[str, Any] | None:
    """The join of several `labels` values, target by target (None when there are none)."""
    out: dict[str, Sensitivity] = {}
    seen = False
    for value in values:
        if value is None:
            continue
        seen = True
        for target, label in labels_of(value).items():
            out[target] = out[target].join(label) if target in out else label
    return {t: lab.to_json() for t, lab in out.items()} if seen else None


def join_floors(values: Iterable[Any]) -> dict[str, Any] | None:
    """The join of several `floor` values (None when there are none)."""
    labels = [Sensitivity.from_json(v) for v in values if v is not None]
    return join_all(labels).to_json() if labels else None


def check_labels(entity: str, value: dict[str, Any]) -> None:
    """Refuse a `labels` value that names a field `entity` does not have (or a label field)."""
    spec = ENTITIES[entity]
    for target in value:
        if target and (target not in spec.fields or target in (LABELS_FIELD, FLOOR_FIELD)):
            raise InputRejected(f"{entity} has no field {target!r} to label")


def effective_record_label(
    kind: str,
    labels: Mapping[str, Sensitivity],
    roles: Iterable[str] = (),
    floor: Sensitivity | None = None,
    *,
    evidence: bool = False,
) -> Sensitivity:
    """The label of a whole record: its own, its roles' floors (persons), its case's floor,
    and for an attachment that a consent names as its evidence, at least restricted+identity
    (PROTECTION §3: a signed form or a recording says who the person is)."""
    label = labels.get("", PUBLIC)
    if kind == "person":
        label = join_all((label, *(role_floor(r) for r in roles)))
    if evidence and kind == "attachment":
        label = label.join(EVIDENCE_FLOOR)
    return label.join(floor) if floor is not None else label


def evidence_of(facts: Mapping[bytes, LabelFacts]) -> dict[bytes, frozenset[bytes]]:
    """Attachment id → the persons whose consent names it as evidence (every consent record
    in `facts`, deleted or replaced ones too: the file says who they are all the same)."""
    out: dict[bytes, set[bytes]] = {}
    for f in facts.values():
        if f.kind != "consent":
            continue
        subjects = f.refs.get("subject", ())
        for attachment in f.refs.get("evidence", ()):
            out.setdefault(attachment, set()).update(subjects)
    return {a: frozenset(p) for a, p in out.items()}


def effective_field_label(
    kind: str, name: str, labels: Mapping[str, Sensitivity], record: Sensitivity
) -> Sensitivity:
    """The label of one field's values: the model's default, raised by its own label and by
    its record's."""
    if name in (CREATED, DELETED):
        return record  # a record's creation and deletion go with the record
    base = default_sensitivity(kind, name) if name in ENTITIES[kind].fields else PUBLIC
    own = labels.get(name)
    return base.join(own).join(record) if own is not None else base.join(record)


@dataclass(frozen=True)
class LabelFacts:
    """What labelling needs to know of one record (read from the materialised tables)."""

    kind: str
    id: bytes
    case_id: bytes | None
    parents: Mapping[str, bytes]
    labels: Mapping[str, Sensitivity] = field(default_factory=dict)
    roles: tuple[str, ...] = ()  # a person's live roles (several while in conflict)
    floor: Sensitivity | None = None  # a case's floor
    refs: Mapping[str, tuple[bytes, ...]] = field(default_factory=dict)  # field → ids named


# A consent gate, as the planner sees it: person id → (allowed, reason code).
IdentityGate = Callable[[bytes], tuple[bool, str]]


class GateDecision(NamedTuple):
    """The consent gate's answer for one person and one bundle's recipients."""

    allowed: bool
    reason_code: str


class ConsentGate(Protocol):
    """What the export asks of the consent ledger."""

    def identity_allowed(
        self, person_id: bytes, recipients: Sequence[bytes], purpose: str
    ) -> GateDecision:
        """May this person's identity go to every one of `recipients` for `purpose`?"""
        ...


class DenyAll:
    """The gate until the consent ledger answers: nobody's identity travels."""

    def identity_allowed(
        self, person_id: bytes, recipients: Sequence[bytes], purpose: str
    ) -> GateDecision:
        """Always no, with the reason `no_consent`."""
        return GateDecision(False, "no_consent")


@dataclass
class AudiencePlan:
    """What one audience gets of the records in `facts`: see the module's docstring."""

    clearance: Clearance
    facts: Mapping[bytes, LabelFacts]
    omitted: dict[bytes, str] = field(default_factory=dict)  # id → label|parent|reference|consent:…
    denied: dict[bytes, str] = field(default_factory=dict)  # person id → consent reason code
    _record_labels: dict[bytes, Sensitivity] = field(default_factory=dict, repr=False)
    _field_labels: dict[tuple[bytes, str], Sensitivity] = field(default_factory=dict, repr=False)
    _evidence: dict[bytes, frozenset[bytes]] | None = field(default=None, repr=False)

    @property
    def evidence(self) -> dict[bytes, frozenset[bytes]]:
        """Attachment id → the persons whose consent names it as evidence."""
        if self._evidence is None:
            self._evidence = evidence_of(self.facts)
        return self._evidence

    def record_label(self, entity_id: bytes) -> Sensitivity:
        """The effective label of a whole record (public for one not in `facts`)."""
        label = self._record_labels.get(entity_id)
        if label is None:
            f = self.facts.get(entity_id)
            if f is None:
                return PUBLIC
            floor = None
            case = self.facts.get(f.case_id) if f.case_id is not None else None
            if case is not None:
                floor = case.floor
            evidence = f.kind == "attachment" and entity_id in self.evidence
            label = effective_record_label(f.kind, f.labels, f.roles, floor, evidence=evidence)
            self._record_labels[entity_id] = label
        return label

    def field_label(
        self, kind: str, entity_id: bytes, name: str, case_id: bytes | None = None
    ) -> Sensitivity:
        """The effective label of one field of a record (`case_id`: for records not in
        `facts`, whose case floor still counts)."""
        f = self.facts.get(entity_id)
        if f is None:
            case = self.facts.get(case_id) if case_id is not None else None
            record = case.floor if case is not None and case.floor is not None else PUBLIC
            return effective_field_label(kind, name, {}, record)
        key = (entity_id, name)
        label = self._field_labels.get(key)
        if label is None:  # the facts do not change while the plan is made: kept per field
            label = effective_field_label(kind, name, f.labels, self.record_label(entity_id))
            self._field_labels[key] = label
        return label

    def identity_of(self, kind: str, entity_id: bytes, name: str) -> bytes | None:
        """The person whose identity a value of this field carries (None: nobody's)."""
        if kind == "person":
            return entity_id
        f = self.facts.get(entity_id)
        refs = f.refs.get(name, ()) if f is not None else ()
        persons = [r for r in refs if (p := self.facts.get(r)) is not None and p.kind == "person"]
        return persons[0] if len(persons) == 1 else None

    def withholds(
        self, kind: str, entity_id: bytes, name: str, case_id: bytes | None = None
    ) -> str | None:
        """Why a value of this register stays home ("label", "consent:<code>"), or None."""
        if entity_id in self.omitted:
            return self.omitted[entity_id]
        label = self.field_label(kind, entity_id, name, case_id)
        if not self.clearance.permits(label):
            return "label"
        if Category.IDENTITY in label.categories:
            person = self.identity_of(kind, entity_id, name)
            if person is not None and person in self.denied:
                return f"consent:{self.denied[person]}"
        return None


def _children(facts: Mapping[bytes, LabelFacts]) -> dict[bytes, list[bytes]]:
    """Record id → the records that name it as a parent or in a reference."""
    out: dict[bytes, list[bytes]] = {}
    for f in facts.values():
        for parent in f.parents.values():
            out.setdefault(parent, []).append(f.id)
        for name, ids in f.refs.items():
            if (f.kind, name) in _DETACHABLE_REFS:
                continue
            for ref in ids:
                out.setdefault(ref, []).append(f.id)
    return out


def _spread(plan: AudiencePlan, queue: list[bytes], dependants: dict[bytes, list[bytes]]) -> None:
    """A left-out record takes its children and whoever names it along (to a fixpoint)."""
    while queue:
        rid = queue.pop()
        for child in dependants.get(rid, ()):
            if child in plan.omitted:
                continue
            f = plan.facts[child]
            plan.omitted[child] = "parent" if rid in f.parents.values() else "reference"
            queue.append(child)


def plan_for(
    clearance: Clearance,
    facts: Mapping[bytes, LabelFacts],
    gate: IdentityGate | None = None,
) -> AudiencePlan:
    """What `clearance` gets of `facts`; `gate` is asked about every person that goes whose
    identity the labels alone would let through (None: nobody is asked, everyone allowed)."""
    plan = AudiencePlan(clearance, facts)
    queue = []
    for rid in facts:
        if not clearance.permits(plan.record_label(rid)):
            plan.omitted[rid] = "label"
            queue.append(rid)
    dependants = _children(facts)
    _spread(plan, queue, dependants)
    if gate is not None and Category.IDENTITY in clearance.allowed:
        # Without the category, every identity value is withheld by its label: nobody to ask.
        for rid, f in facts.items():
            if f.kind == "person" and rid not in plan.omitted:
                allowed, reason = gate(rid)
                if not allowed:
                    plan.denied[rid] = reason or "no_consent"
    # A consent's evidence says who the person is: it goes only where their identity may, so
    # it stays home with a person left out, and (when the gate is asked) with one whose
    # identity the gate keeps home, or whose consent names nobody known here (fail closed).
    for rid, subjects in plan.evidence.items():
        if rid not in facts or rid in plan.omitted:
            continue
        if any(p in plan.omitted for p in subjects):
            plan.omitted[rid] = "parent"
        elif gate is not None and Category.IDENTITY in clearance.allowed:
            known = [p for p in subjects if p in facts]
            denied = sorted(plan.denied[p] for p in known if p in plan.denied)
            if denied or not known:
                plan.omitted[rid] = f"consent:{denied[0] if denied else 'no_consent'}"
        if rid in plan.omitted:
            queue.append(rid)
    _spread(plan, queue, dependants)
    return plan
