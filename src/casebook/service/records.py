"""Changing case data: every change a signed op (`Session.commit_writes`), validated first.

Values are checked against the model (`casebook.domain.model`) here, with the vocabularies of
this vault, so that a person gets "not in the vocabulary" rather than a refused op.
"""

from __future__ import annotations

import os
from typing import Any

from casebook.base.errors import InputRejected, NotFound
from casebook.domain import vocab
from casebook.domain.model import ENTITIES, EntitySpec, FieldType, validate_value
from casebook.domain.oplog import Hlc
from casebook.service.reading import Reading
from casebook.vault.session import Session, Write

__all__ = ["DECISIONS", "Records"]

# Records that are decisions, never edited or deleted: a change of mind is a new record
# (PROTECTION §3). Erasure still forgets their values.
DECISIONS = ("consent", "consent_override")


class Records:
    """Add and change records."""

    def __init__(self, session: Session, reading: Reading) -> None:
        self._session = session
        self._reading = reading

    def create(
        self,
        entity: str,
        parents: dict[str, bytes],
        fields: dict[str, Any],
        *,
        clear_draft: str | None = None,
    ) -> bytes:
        """Create a record with its first field values in one transaction; return its id.

        `clear_draft` names a draft that the same transaction forgets (the note editor's Enter:
        the segment and the emptied draft are one durable commit).
        """
        spec = ENTITIES[entity]
        entity_id = os.urandom(16)
        value = {p: parents[p].hex() for p in spec.parents}
        writes: list[Write] = [(entity, entity_id, "create", "", value)]
        for name, raw in fields.items():
            if raw is None or raw == "" or raw == []:
                continue
            writes.append((entity, entity_id, "set", name, self.validate(spec, name, raw)))
        if clear_draft is None:
            self._session.commit_writes(writes)
            return entity_id
        store = self._session.store
        with store.transaction():
            self._session.commit_in_transaction(writes)
            store.drafts.put(clear_draft, "", Hlc.to_ms(Hlc.wall()))
        return entity_id

    def validate(self, spec: EntitySpec, name: str, value: Any) -> Any:
        """`value` checked and normalised for field `name`, vocabulary codes resolved."""
        fspec = spec.spec(name)
        if fspec.vocab is None:
            return validate_value(fspec, value)
        terms = self.vocabulary(fspec.vocab)
        if fspec.type is FieldType.LINE:  # a term's code when the text names one, else the text
            if isinstance(value, str):
                value = vocab.resolve_in(terms, value) or value
            return validate_value(fspec, value)
        if fspec.type is FieldType.VOCAB and isinstance(value, str):
            value = vocab.resolve_in(terms, value) or value
        if fspec.type is FieldType.CODES and isinstance(value, list):
            value = [vocab.resolve_in(terms, v) or v if isinstance(v, str) else v for v in value]
        return validate_value(fspec, value, {t.code for t in terms})

    # -- vocabularies ---------------------------------------------------------------------

    def vocabulary(self, name: str) -> list[vocab.Term]:
        """A vocabulary: the shipped terms, then the user's own, in both languages."""
        if name not in vocab.shipped():
            raise InputRejected(f"no vocabulary {name!r}")
        own = self._session.store.records.records(ENTITIES["term"], "vocab", name)
        return [
            *vocab.shipped()[name],
            *(vocab.Term(r.get("code", ""), r.get("en", ""), r.get("ru", "")) for r in own),
        ]

    def add_term(self, vocabulary: str, code: str, en: str, ru: str = "") -> bytes:
        """Extend a vocabulary with the user's own term (for example a new legal article)."""
        code = code.strip().lower()
        if not code or not all(c.isalnum() or c == "_" for c in code) or len(code) > 64:
            raise InputRejected("a code is letters, digits and underscores")
        if code in {t.code for t in self.vocabulary(vocabulary)}:
            raise InputRejected("this code is already in the vocabulary")
        if not en.strip() and not ru.strip():
            raise InputRejected("a term needs a label")
        fields = {
            "vocab": vocabulary,
            "code": code,
            "en": en.strip() or ru.strip(),
            "ru": ru.strip() or en.strip(),
        }
        return self.create("term", {}, fields)

    # -- records --------------------------------------------------------------------------

    def add_case(
        self, title: str, summary: str = "", *, status: str = "open", **fields: Any
    ) -> bytes:
        """Open a new case; return its id."""
        if not title.strip():
            raise InputRejected("a case needs a title")
        return self.create(
            "case", {}, {"title": title.strip(), "summary": summary, "status": status, **fields}
        )

    def add_person(self, case_id: bytes, name: str, role: str, **fields: Any) -> bytes:
        """Add a person to a case in a role (victim, witness, …)."""
        self._reading.require("case", case_id)
        if not name.strip():
            raise InputRejected("a person needs a name")
        return self.create(
            "person", {"case": case_id}, {"name": name.strip(), "role": role, **fields}
        )

    def add_event(
        self,
        case_id: bytes,
        type: str,
        date: str,
        *,
        place: str = "",
        summary: str = "",
        **fields: Any,
    ) -> bytes:
        """Record an event: what happened (vocabulary type), when (fuzzy date), where."""
        self._reading.require("case", case_id)
        return self.create(
            "event",
            {"case": case_id},
            {"type": type, "date": date, "place": place, "summary": summary, **fields},
        )

    def add_interview(
        self, case_id: bytes, interviewee: bytes | None = None, **fields: Any
    ) -> bytes:
        """Start an interview, optionally with a person of the same case as interviewee."""
        self._reading.require("case", case_id)
        if interviewee is not None:
            person = self._reading.require("person", interviewee)
            if person.case_id != case_id:
                raise InputRejected("the interviewee belongs to another case")
        return self.create(
            "interview",
            {"case": case_id},
            {"interviewee": interviewee.hex() if interviewee else None, **fields},
        )

    def add_segment(
        self, interview_id: bytes, text: str, *, clear_draft: str | None = None
    ) -> bytes:
        """Append a timestamped note segment to an interview, durably.

        With `clear_draft`, the draft of that key is emptied in the same transaction.
        """
        interview = self._reading.require("interview", interview_id)
        if not text.strip():
            raise InputRejected("a note segment needs text")
        case_id = interview.case_id or b""
        return self.create(
            "segment",
            {"case": case_id, "interview": interview_id},
            {"text": text},
            clear_draft=clear_draft,
        )

    def edit_segment(self, segment_id: bytes, text: str) -> None:
        """Correct a note segment's text: a new op, so the history keeps the earlier text (until
        it is erased) and the segment keeps its time."""
        segment = self._reading.require("segment", segment_id)
        if not text.strip():
            raise InputRejected("a note segment needs text")
        if text != segment.get("text"):
            self.set_field(segment_id, "text", text)

    def link(self, a: bytes, b: bytes, role: str | None = None) -> bytes:
        """Link two records of the same case (a person to an event, a segment to a person)."""
        ra, rb = self._reading.get(a), self._reading.get(b)
        if ra.case_id is None or ra.case_id != rb.case_id:
            raise InputRejected("only records of the same case can be linked")
        return self.create("link", {"case": ra.case_id}, {"a": a.hex(), "b": b.hex(), "role": role})

    def set_field(self, entity_id: bytes, name: str, value: Any) -> None:
        """Change one field of a record."""
        rec = self._reading.get(entity_id)
        if rec.deleted:
            raise NotFound("this record was deleted")
        self._not_a_decision(rec.kind)
        spec = ENTITIES[rec.kind]
        self._session.commit_writes(
            [(rec.kind, entity_id, "set", name, self.validate(spec, name, value))]
        )

    def delete(self, entity_id: bytes, *, restore: bool = False) -> None:
        """Delete a record (or restore a deleted one). History keeps what it held."""
        rec = self._reading.get(entity_id)
        self._not_a_decision(rec.kind)
        self._session.commit_writes([(rec.kind, entity_id, "delete", "", not restore)])

    @staticmethod
    def _not_a_decision(kind: str) -> None:
        if kind in DECISIONS:
            raise InputRejected("a consent decision is not changed: record a new one")
