"""Deleted records and how to bring them back: what a person corrects a mistake with.

A delete is an op on the record's "_deleted" register (`Records.delete`); the record, its
values and its history stay in the vault, so a restore is one more op. A deadline is not a
record but an item of its case's `deadlines` list: a removed one is found in the earlier values
of that list (while they are readable here, that is, not erased) and restored by writing the
list again with it.

    deleted(case_id)        the case's deleted people, events, interviews, notes and files
    deleted_cases()         every deleted case
    removed_deadlines(id)   deadlines the case once had and has no more
    restore(id)             undo a delete
    restore_deadline(id, d) put a removed deadline back
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from casebook.base.errors import InputRejected
from casebook.domain.labels import VocabLabel, code_as_label, labels_by_id, record_label
from casebook.domain.model import ENTITIES
from casebook.domain.records import Record
from casebook.service.reading import Reading
from casebook.service.records import Records
from casebook.vault.session import Session

__all__ = ["DELETABLE", "DeletedItem", "Trash"]

# The kinds of a case's records that a person deletes and restores, in the order listed.
DELETABLE = ("person", "event", "interview", "segment", "attachment")


@dataclass(frozen=True)
class DeletedItem:
    """A deleted record, named as the tables name it, and where it belonged."""

    record: Record
    label: str  # the record's own label ("" when its naming value is erased)
    within: str  # a note's interview, named by its interviewee ("" otherwise)

    @property
    def id(self) -> bytes:
        """The record's id."""
        return self.record.id

    @property
    def kind(self) -> str:
        """case, person, event, interview, segment or attachment."""
        return self.record.kind

    @property
    def deleted_ms(self) -> int:
        """When it last changed: its deletion, unless a colleague edited it after."""
        return self.record.updated_ms

    def to_json(self) -> dict[str, Any]:
        """For `--json`."""
        return {
            "kind": self.kind,
            "id": self.id.hex(),
            "case_id": self.record.case_id.hex() if self.record.case_id else None,
            "label": self.label,
            "within": self.within,
            "deleted": self.deleted_ms,
        }


class Trash:
    """Deleted records and removed deadlines; restoring them."""

    def __init__(self, session: Session, reading: Reading, records: Records) -> None:
        self._session = session
        self._reading = reading
        self._records = records

    def deleted(
        self, case_id: bytes, vocab_label: VocabLabel = code_as_label, *, limit: int = 5_000
    ) -> list[DeletedItem]:
        """The deleted records of a case, most recent first, named with `vocab_label`."""
        store = self._session.store.records
        found: list[Record] = []
        for kind in DELETABLE:
            found += store.deleted(ENTITIES[kind], case_id, limit=limit)
        people = self._reading.children(case_id, "person")
        people += [r for r in found if r.kind == "person"]
        names = labels_by_id(people, vocab_label)
        interviews = {r.id: r for r in self._reading.children(case_id, "interview")}
        interviews.update({r.id: r for r in found if r.kind == "interview"})
        out = []
        for rec in sorted(found, key=lambda r: -r.updated_ms)[:limit]:
            within = ""
            if rec.kind == "segment":
                interview = interviews.get(rec.parents.get("interview", b""))
                if interview is not None:
                    within = record_label(interview, vocab_label, names=names)
            out.append(DeletedItem(rec, record_label(rec, vocab_label, names=names), within))
        return out

    def deleted_cases(self, *, limit: int = 5_000) -> list[DeletedItem]:
        """Every deleted case, most recent first."""
        recs = self._session.store.records.deleted(ENTITIES["case"], None, limit=limit)
        return [DeletedItem(r, record_label(r), "") for r in recs]

    def restore(self, entity_id: bytes) -> Record:
        """Bring a deleted record back (its values and history were kept); returns it."""
        rec = self._reading.get(entity_id)
        if rec.kind not in ("case", *DELETABLE):
            raise InputRejected("this kind of record is not restored on its own")
        if rec.deleted:
            self._records.delete(entity_id, restore=True)
        return self._reading.get(entity_id)

    def removed_deadlines(self, case_id: bytes) -> list[dict[str, str]]:
        """Deadlines the case had once and has no more (the most recently removed first)."""
        case = self._reading.require("case", case_id)
        now = {_key(d) for d in case.get("deadlines", [])}
        seen: dict[tuple[str, str], dict[str, str]] = {}
        for value in self._session.store.records.field_values(case_id, "deadlines"):
            for d in value if isinstance(value, list) else []:
                if isinstance(d, dict) and _key(d) not in now:
                    seen.pop(_key(d), None)
                    seen[_key(d)] = {"date": str(d.get("date", "")), "what": str(d.get("what", ""))}
        return list(reversed(seen.values()))

    def restore_deadline(self, case_id: bytes, deadline: dict[str, str]) -> None:
        """Put a removed deadline back in the case's list."""
        case = self._reading.require("case", case_id)
        current = list(case.get("deadlines", []))
        if _key(deadline) not in {_key(d) for d in current}:
            self._records.set_field(case_id, "deadlines", [*current, dict(deadline)])


def _key(d: dict[str, Any]) -> tuple[str, str]:
    return (str(d.get("date", "")), str(d.get("what", "")))
