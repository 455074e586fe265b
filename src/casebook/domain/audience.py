"""Effective labels, and what one audience may see of the records (PROTECTION §2). Pure.

    record label(r)   = labels[""] ⊔ role floor (a person in the source role) ⊔ case floor
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
(an interview's interviewee) names the person it refers to.
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
    "join_floors",
    "join_labels",
    "labels_of",
    "plan_for",
]

REF_TYPES = ("ref", "refs")  # field types whose values name other records


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
) -> Sensitivity:
    """The label of a whole record: its own, its roles' floors (persons), its case's floor."""
    label = labels.get("", PUBLIC)
    if kind == "person":
        label = join_all((label, *(role_floor(r) for r in roles)))
    return label.join(floor) if floor is not None else label


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
    omitted: dict[bytes, str] = field(default_factory=dict)  # id → label|parent|reference
    denied: dict[bytes, str] = field(default_factory=dict)  # person id → consent reason code
    _record_labels: dict[bytes, Sensitivity] = field(default_factory=dict, repr=False)

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
            label = effective_record_label(f.kind, f.labels, f.roles, floor)
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
        return effective_field_label(kind, name, f.labels, self.record_label(entity_id))

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
        for ids in f.refs.values():
            for ref in ids:
                out.setdefault(ref, []).append(f.id)
    return out


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
    while queue:  # a left-out record takes its children and whoever names it along
        rid = queue.pop()
        for child in dependants.get(rid, ()):
            if child in plan.omitted:
                continue
            f = facts[child]
            plan.omitted[child] = "parent" if rid in f.parents.values() else "reference"
            queue.append(child)
    if gate is not None and Category.IDENTITY in clearance.allowed:
        # Without the category, every identity value is withheld by its label: nobody to ask.
        for rid, f in facts.items():
            if f.kind == "person" and rid not in plan.omitted:
                allowed, reason = gate(rid)
                if not allowed:
                    plan.denied[rid] = reason or "no_consent"
    return plan
