"""Concurrent values: listing them with every author and time, and ending them by choice.

The provisional winner is the same on every replica (`casebook.domain.fold.winner_key`); the
person's choice is a `resolve` op that depends on every live value, so it supersedes them all
everywhere. A delete that did not see an edit is shown beside that edit.

Consent decisions that disagree (a grant and a withdrawal or refusal that did not see each
other, PROTECTION §3) are listed here too, as entity "consent", the person's id and the scope
as field, one value per decision (its status); choosing one records it again as a decision
that replaces them all (`ConsentService.resolve`).
"""

from __future__ import annotations

import builtins
from typing import Any

from casebook.base.errors import InputRejected
from casebook.domain.consent import SCOPES
from casebook.domain.model import ENTITIES
from casebook.domain.oplog import DELETED, Hlc
from casebook.domain.records import ConflictInfo, ConflictValue, Record
from casebook.service.consent import ConsentService
from casebook.service.reading import Reading
from casebook.service.records import Records
from casebook.vault.session import Session

__all__ = ["Conflicts"]


def _ms(hlc: int | None) -> int:
    return Hlc.to_ms(hlc) if hlc else 0


class Conflicts:
    """Conflicted fields and their resolution."""

    def __init__(
        self,
        session: Session,
        reading: Reading,
        records: Records,
        consent: ConsentService | None = None,
    ) -> None:
        self._session = session
        self._reading = reading
        self._records = records
        self._consent = consent

    def list(self, *, case_id: bytes | None = None) -> list[ConflictInfo]:
        """Every field with concurrent values, with the provisional winner marked."""
        store = self._session.store
        out = []
        for entity_id, reg, entity, cid in store.records.conflicted_registers(case_id):
            values = []
            for i, live in enumerate(store.live_ops(entity_id, reg)):
                value, shown = self._value(live.op_id, reg)
                values.append(
                    ConflictValue(
                        live.op_id,
                        value,
                        live.author,
                        _ms(live.hlc),
                        provisional=i == 0,
                        shown=shown,
                    )
                )
            if reg == DELETED:
                # A delete that did not see these edits: show them beside it.
                for op_id in store.unseen_edits(entity_id):
                    row = store.op_row(op_id)
                    if row is not None:
                        value, shown = self._value(op_id, row.field)
                        values.append(
                            ConflictValue(
                                op_id, value, row.author, _ms(row.hlc), False, row.field, shown
                            )
                        )
            out.append(ConflictInfo(entity, entity_id, cid, reg, tuple(values)))
        return out + self._consent_conflicts(case_id)

    def _consent_conflicts(self, case_id: bytes | None) -> builtins.list[ConflictInfo]:
        """Disagreeing consent decisions, one conflict per person and scope."""
        if self._consent is None:
            return []
        out = []
        for c in self._consent.conflicts(case_id):
            values = tuple(
                ConflictValue(d.id, d.status, d.author or b"", d.created_ms, provisional=False)
                for d in c.decisions
            )
            out.append(ConflictInfo("consent", c.subject, c.case_id, c.scope, values))
        return out

    def _value(self, op_id: bytes, reg: str) -> tuple[Any, str]:
        """An op's value as a conflict shows it, and whether it is shown (a delete: True or
        False). A value concurrent with an erasure is hidden: it may hold the secret again."""
        store = self._session.store
        if reg == DELETED:
            return store.deletes(op_id), "value"
        state = store.value_state(op_id)
        if state.shown == "none":
            return None, "erased"  # the erasure itself
        live = store.live_ops(*self._register(op_id))
        if any(o.kind == "redact" for o in live):
            return None, "hidden"
        return state.value, state.shown

    def _register(self, op_id: bytes) -> tuple[bytes, str]:
        row = self._session.store.op_row(op_id)
        if row is None:  # pragma: no cover - conflicting ops are stored
            raise InputRejected("no such op")
        reg = "_created" if row.kind in ("create", "attach") else row.field
        return row.entity_id, reg or DELETED

    def resolve(
        self, entity_id: bytes, field: str, choice: bytes | None = None, value: Any = None
    ) -> None:
        """End a conflict: keep the value of op `choice`, or a new `value`.

        The resolve op depends on every live value, so it supersedes them all everywhere.
        """
        rec = self._reading.get(entity_id)
        if rec.kind == "person" and self._consent is not None and field in SCOPES:
            if choice is None:
                raise InputRejected("choose one of the conflicting decisions")
            self._consent.resolve(entity_id, field, choice)
            return
        if field == DELETED:
            self._resolve_delete(rec, choice, value)
            return
        store = self._session.store
        live = store.live_ops(entity_id, field)
        if len(live) < 2:
            raise InputRejected("this field has no conflict")
        if choice is not None:
            if choice not in {o.op_id for o in live}:
                raise InputRejected("that value is not one of the conflicting ones")
            value, shown = self._value(choice, field)
            if shown != "value":
                raise InputRejected("that value is not held here: choose another or type one")
        else:
            value = self._records.validate(ENTITIES[rec.kind], field, value)
        self._session.commit_writes([(rec.kind, entity_id, "resolve", field, value)])

    def _resolve_delete(self, rec: Record, choice: bytes | None, value: Any) -> None:
        """End a delete/edit conflict: stay deleted (True) or restore (False).

        Choosing an edit restores the record; the new delete op has seen every live op, so it
        supersedes the disagreement on every replica.
        """
        found = [c for c in self.list(case_id=rec.case_id) if c.entity_id == rec.id]
        if not any(c.field == DELETED for c in found):
            raise InputRejected("this record has no delete conflict")
        if choice is not None:
            options = {v.op_id: v for c in found if c.field == DELETED for v in c.values}
            if choice not in options:
                raise InputRejected("that value is not one of the conflicting ones")
            picked = options[choice]
            value = picked.value if picked.field == "" else False
        if not isinstance(value, bool):
            raise InputRejected("choose to keep the record deleted or to restore it")
        self._session.commit_writes([(rec.kind, rec.id, "delete", "", value)])
