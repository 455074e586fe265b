"""Concurrent values: listing them with every author and time, and ending them by choice.

The provisional winner is the same on every replica (`casebook.domain.fold.winner_key`); the
person's choice is a `resolve` op that depends on every live value, so it supersedes them all
everywhere. A delete that did not see an edit is shown beside that edit.
"""

from __future__ import annotations

from typing import Any

from casebook.base.errors import InputRejected
from casebook.domain.model import ENTITIES
from casebook.domain.oplog import DELETED, Hlc
from casebook.domain.records import ConflictInfo, ConflictValue, Record
from casebook.service.reading import Reading
from casebook.service.records import Records
from casebook.vault.session import Session

__all__ = ["Conflicts"]


def _ms(hlc: int | None) -> int:
    return Hlc.to_ms(hlc) if hlc else 0


class Conflicts:
    """Conflicted fields and their resolution."""

    def __init__(self, session: Session, reading: Reading, records: Records) -> None:
        self._session = session
        self._reading = reading
        self._records = records

    def list(self, *, case_id: bytes | None = None) -> list[ConflictInfo]:
        """Every field with concurrent values, with the provisional winner marked."""
        store = self._session.store
        out = []
        for entity_id, reg, entity, cid in store.records.conflicted_registers(case_id):
            values = []
            for i, live in enumerate(store.live_ops(entity_id, reg)):
                row = store.op_row(live.op_id)
                values.append(
                    ConflictValue(
                        live.op_id,
                        row.value() if row else None,
                        live.author,
                        _ms(live.hlc),
                        provisional=i == 0,
                    )
                )
            if reg == DELETED:
                # A delete that did not see these edits: show them beside it.
                for op_id in store.unseen_edits(entity_id):
                    row = store.op_row(op_id)
                    if row is not None:
                        values.append(
                            ConflictValue(
                                op_id, row.value(), row.author, _ms(row.hlc), False, row.field
                            )
                        )
            out.append(ConflictInfo(entity, entity_id, cid, reg, tuple(values)))
        return out

    def resolve(
        self, entity_id: bytes, field: str, choice: bytes | None = None, value: Any = None
    ) -> None:
        """End a conflict: keep the value of op `choice`, or a new `value`.

        The resolve op depends on every live value, so it supersedes them all everywhere.
        """
        rec = self._reading.get(entity_id)
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
            row = store.op_row(choice)
            value = row.value() if row else None
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
