"""Rows the store returns about ops, and the migrations of its schema.

LiveOp   a live op of a register (what the fold keeps)
OpRow    an op as stored: header columns, its signed bytes (empty for a husk), its version
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from casebook.base import canonical
from casebook.store import db
from casebook.store.schema import MIGRATE_1_TO_2, MIGRATE_2_TO_3, SCHEMA_VERSION, ddl

__all__ = ["OPROW_COLS", "LiveOp", "OpRow", "migrate"]


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


def _run(con: db.Connection, statements: list[str], version: int) -> None:
    con.execute("BEGIN IMMEDIATE")
    try:
        for statement in statements:
            if statement.strip():
                con.execute(statement)
        con.execute("UPDATE meta SET v = ? WHERE k = 'schema'", (version,))
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


_TABLE = re.compile(r"CREATE (?:VIRTUAL )?TABLE IF NOT EXISTS (\w+)")


def complete_schema(con: db.Connection) -> bool:
    """Give a vault already at the current schema the tables the schema has gained since the
    build that wrote it (a build made while schema 3 was being written; `ddl()` is idempotent).
    One read when nothing is missing; nothing on a read-only connection. True when it wrote."""
    have = {str(r[0]) for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if set(_TABLE.findall(ddl())) <= have:
        return False
    if con.execute("PRAGMA query_only").fetchone()[0]:
        return False
    _run(con, ddl().split(";"), SCHEMA_VERSION)
    return True


def migrate(con: db.Connection, version: int) -> int:
    """Bring a vault of schema `version` to the current one, one step per transaction.

    1 → 2 (op v2, erasure): new tables, and two columns on `ops`; old rows are v1, not husks.
    2 → 3 (protection and field work): new columns, then the whole idempotent ddl().
    Returns the version reached."""
    if version == 1:
        _run(con, MIGRATE_1_TO_2.split(";"), 2)
        version = 2
    if version == 2:
        _run(con, [*MIGRATE_2_TO_3, *ddl().split(";")], 3)
        version = 3
    return version


OPROW_COLS = (
    "op_id, author, seq, prev, hlc, entity, entity_id, kind, field, case_id, encoded, sig, v, husk"
)
