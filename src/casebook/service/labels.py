"""Sensitivity labels and clearances (PROTECTION §2): raise a record's or a field's label, set a
case's floor, and say how far each colleague may see.

    label(record, field, label)   the record's `labels` register, one target changed ("" for
                                  the record itself); None takes that target's own label away
    set_floor(case, label)        the case's `floor` register (None: no floor)
    labels_of(record)             its effective labels: the record's, and every field's default,
                                  own and effective label
    clearance(peer)               local, never replicated; a new colleague has the default
    set_clearance(peer, c)

A label never goes below the model's default: an own label only raises it. Both registers are
ordinary signed ops; concurrent values are joined (`casebook.domain.audience`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, cast

from casebook.base.errors import InputRejected, NotFound
from casebook.domain.audience import (
    ConsentGate,
    DenyAll,
    check_labels,
    effective_field_label,
    effective_record_label,
    evidence_of,
    labels_of,
)
from casebook.domain.model import ENTITIES, FLOOR_FIELD, LABELS_FIELD
from casebook.domain.records import PeerRow
from casebook.domain.sensitivity import DEFAULT_CLEARANCE, Clearance, Sensitivity
from casebook.service.reading import Reading
from casebook.vault.session import Session, Write

__all__ = ["FieldLabel", "Labels", "RecordLabels", "gate_of"]

_KEEP = object()  # `set_labels` leaves the floor as it is


@dataclass(frozen=True)
class FieldLabel:
    """One field's labels: the model's default, the record's own for it, and the effective."""

    name: str
    default: Sensitivity
    own: Sensitivity | None
    effective: Sensitivity

    def to_json(self) -> dict[str, Any]:
        """For `--json`."""
        return {
            "field": self.name,
            "default": self.default.to_json(),
            "own": self.own.to_json() if self.own is not None else None,
            "effective": self.effective.to_json(),
        }


@dataclass(frozen=True)
class RecordLabels:
    """A record's labels: its own, its case's floor, the effective one, and its fields'."""

    kind: str
    id: bytes
    own: Sensitivity | None
    floor: Sensitivity | None  # the case's floor (for a case: its own floor)
    effective: Sensitivity
    fields: tuple[FieldLabel, ...]

    def to_json(self) -> dict[str, Any]:
        """For `--json`."""
        return {
            "kind": self.kind,
            "id": self.id.hex(),
            "own": self.own.to_json() if self.own is not None else None,
            "floor": self.floor.to_json() if self.floor is not None else None,
            "effective": self.effective.to_json(),
            "fields": [f.to_json() for f in self.fields],
        }


class Labels:
    """Labels on records, floors on cases, and colleagues' clearances."""

    def __init__(self, session: Session, reading: Reading) -> None:
        self._session = session
        self._reading = reading

    # -- labels ---------------------------------------------------------------------------

    def label(self, entity_id: bytes, field: str | None, label: Sensitivity | None) -> None:
        """Give a record (`field` None or "") or one of its fields its own label; None takes
        it away. The label is a signed op of the record's `labels` register."""
        rec = self._reading.get(entity_id)
        spec = ENTITIES[rec.kind]
        if LABELS_FIELD not in spec.fields:
            raise InputRejected(f"a {rec.kind} has no label")
        target = field or ""
        check_labels(rec.kind, {target: None})
        current = {t: lab.to_json() for t, lab in labels_of(rec.fields.get(LABELS_FIELD)).items()}
        if label is None:
            current.pop(target, None)
        else:
            current[target] = label.to_json()
        self._session.commit_writes([(rec.kind, entity_id, "set", LABELS_FIELD, current or None)])

    def set_labels(
        self,
        entity_id: bytes,
        own: Mapping[str, Sensitivity | None],
        floor: Sensitivity | None | object = _KEEP,
    ) -> None:
        """Set a record's own labels at once ("" the record, else fields; None: no own label),
        and for a case its floor (unless `floor` is left out), in one transaction."""
        rec = self._reading.get(entity_id)
        spec = ENTITIES[rec.kind]
        if LABELS_FIELD not in spec.fields:
            raise InputRejected(f"a {rec.kind} has no label")
        check_labels(rec.kind, dict.fromkeys(own))
        value = {t: lab.to_json() for t, lab in own.items() if lab is not None}
        writes: list[Write] = []
        current = rec.fields.get(LABELS_FIELD) or None
        if (value or None) != current:
            writes.append((rec.kind, entity_id, "set", LABELS_FIELD, value or None))
        if floor is not _KEEP:
            if rec.kind != "case":
                raise InputRejected("only a case has a floor")
            new = floor.to_json() if isinstance(floor, Sensitivity) else None
            if new != rec.fields.get(FLOOR_FIELD):
                writes.append(("case", entity_id, "set", FLOOR_FIELD, new))
        if writes:
            self._session.commit_writes(writes)

    def set_floor(self, case_id: bytes, floor: Sensitivity | None) -> None:
        """Set (or take away, with None) a case's floor: the least label of its every record."""
        self._reading.require("case", case_id)
        value = floor.to_json() if floor is not None else None
        self._session.commit_writes([("case", case_id, "set", FLOOR_FIELD, value)])

    def labels_of(self, entity_id: bytes) -> RecordLabels:
        """A record's labels, effective and own, and each field's."""
        rec = self._reading.get(entity_id)
        spec = ENTITIES[rec.kind]
        own = labels_of(rec.fields.get(LABELS_FIELD))
        floor = None
        if rec.case_id is not None:
            case = rec if rec.kind == "case" else self._reading.get(rec.case_id)
            raw = case.fields.get(FLOOR_FIELD)
            floor = Sensitivity.from_json(raw) if raw else None
        roles = [str(rec.get("role"))] if rec.kind == "person" and rec.get("role") else []
        evidence = False
        if rec.kind == "attachment" and rec.case_id is not None:
            facts = self._session.store.audience.facts([rec.case_id])
            evidence = entity_id in evidence_of(facts)
        record = effective_record_label(rec.kind, own, roles, floor, evidence=evidence)
        fields = tuple(
            FieldLabel(
                name,
                fspec.sensitivity,
                own.get(name),
                effective_field_label(rec.kind, name, own, record),
            )
            for name, fspec in spec.fields.items()
            if name not in (LABELS_FIELD, FLOOR_FIELD)
        )
        return RecordLabels(rec.kind, rec.id, own.get(""), floor, record, fields)

    # -- clearances -----------------------------------------------------------------------

    def clearance(self, peer: PeerRow | bytes) -> Clearance:
        """How far a colleague may see (the default for one never set)."""
        identity = peer.identity if isinstance(peer, PeerRow) else peer
        return self._session.store.clearances.get(identity)

    def set_clearance(self, peer: PeerRow | bytes, clearance: Clearance | None) -> None:
        """Set a colleague's clearance, or (None) put them back at the default."""
        identity = peer.identity if isinstance(peer, PeerRow) else peer
        store = self._session.store
        if store.peers.by_identity(identity) is None:
            raise NotFound("no colleague with this key")
        with store.transaction():
            if clearance is None or clearance == DEFAULT_CLEARANCE:
                store.clearances.forget(identity)
            else:
                store.clearances.put(identity, clearance)


def gate_of(service: Any) -> ConsentGate:
    """The consent gate of a vault's service: its consent ledger (`service.consent`) once the
    vault has one, else `DenyAll` (no identity travels: fail closed)."""
    consent = getattr(service, "consent", None)
    if consent is not None and callable(getattr(consent, "identity_allowed", None)):
        return cast(ConsentGate, consent)
    return DenyAll()
