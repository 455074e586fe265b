"""Rows the store returns about ops, and the migrations of its schema.

LiveOp   a live op of a register (what the fold keeps)
OpRow    an op as stored: header columns, its signed bytes (empty for a husk), its version
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from casebook.base import canonical
from casebook.store import db
from casebook.store.schema import MIGRATE_1_TO_2

__all__ = ["OPROW_COLS", "LiveOp", "OpRow", "migrate_1_to_2"]


@dataclass(frozen=True)
class LiveOp:
    """A live op of a register."""

    op_id: bytes
    hlc: int
    author: bytes
    kind: str = ""


@dataclass(frozen=True)
class OpRow:
    """An op as stored, for history and verification."""

    op_id: bytes
    author: bytes
    seq: int
    prev: bytes | None
    hlc: int
    entity: str
    entity_id: bytes
    kind: str
    field: str
    case_id: bytes | None
    encoded: bytes
    sig: bytes
    v: int = 1
    husk: bool = False

    def value(self) -> Any:
        """A v1 op's value, decoded from its signed bytes (None for v2 ops and husks: their
        values are read through `Store.value_state`)."""
        if self.v != 1 or self.husk:
            return None
        return canonical.decode(self.encoded)["value"]

    @property
    def deletes(self) -> bool:
        """True for an op of "_deleted" that deletes (v1: its value; v2: its kind)."""
        if self.v == 1:
            return self.kind == "delete" and self.value() is True
        return self.kind == "delete" or (self.kind == "redact" and self.field == "")


def migrate_1_to_2(con: db.Connection) -> None:
    """Schema 1 (op v1 only) to 2 (op v2, erasure): new tables and columns, in one transaction."""
    con.execute("BEGIN IMMEDIATE")
    try:
        for statement in MIGRATE_1_TO_2.split(";"):
            if statement.strip():
                con.execute(statement)
        con.execute("UPDATE meta SET v = 2 WHERE k = 'schema'")
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


OPROW_COLS = (
    "op_id, author, seq, prev, hlc, entity, entity_id, kind, field, case_id, encoded, sig, v, husk"
)
