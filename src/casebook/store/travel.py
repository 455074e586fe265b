"""Travel mode's tables, and the reads it needs (bundle/travel.py; docs/travel.md).

travel_away   our own ops of cases that travelled: (author, seq, op id, prev) only, so that
              our signed chain stays whole while they are away (the next op takes the next
              number; `verify` follows the chain across them); a row goes when its op comes
              back (`returned`, from `Store.apply`)
travel_notes  a note of what to import on return, kept only when the person asks: the
              bundle's id and file name, the cases' ids and state hashes, the recipients;
              never a title or any other text of a case
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from casebook.domain.model import ENTITIES

if TYPE_CHECKING:
    from casebook.store.store import Store

__all__ = ["CaseOp", "Travel"]


@dataclass(frozen=True)
class CaseOp:
    """One op of a case, as travel needs it."""

    op_id: bytes
    author: bytes
    seq: int
    prev: bytes | None
    entity_id: bytes
    husk: bool


def _chunks(items: Sequence[bytes], size: int = 500) -> Iterable[Sequence[bytes]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


class Travel:
    """The one writer of `travel_away` and `travel_notes`."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._any_away: bool | None = None  # most vaults never travel: skip the lookups

    def _has_away(self) -> bool:
        if self._any_away is None:
            self._any_away = bool(self._store.query("SELECT 1 FROM travel_away LIMIT 1"))
        return self._any_away

    def forget_cache(self) -> None:
        """Drop cached facts (after a rollback)."""
        self._any_away = None

    # -- reads of the cases ---------------------------------------------------------------

    def case_ops(self, case_ids: Sequence[bytes]) -> list[CaseOp]:
        """Every op of these cases held here (any author), by author and seq."""
        out: list[CaseOp] = []
        for part in _chunks(list(case_ids)):
            marks = ",".join("?" * len(part))
            rows = self._store.query(
                "SELECT op_id, author, seq, prev, entity_id, husk FROM ops"
                f" WHERE case_id IN ({marks}) ORDER BY author, seq",
                part,
            )
            out += [
                CaseOp(
                    bytes(r[0]),
                    bytes(r[1]),
                    int(r[2]),
                    bytes(r[3]) if r[3] is not None else None,
                    bytes(r[4]),
                    bool(r[5]),
                )
                for r in rows
            ]
        return out

    def case_records(self, case_ids: Sequence[bytes]) -> set[bytes]:
        """The ids of the cases and of every record in them, deleted ones included."""
        found = set(case_ids)
        for spec in ENTITIES.values():
            if "case" not in spec.parents:
                continue
            for part in _chunks(list(case_ids)):
                marks = ",".join("?" * len(part))
                rows = self._store.query(
                    f"SELECT id FROM {spec.table} WHERE case_id IN ({marks})", part
                )
                found |= {bytes(r[0]) for r in rows}
        return found

    def held_values(self, op_ids: Sequence[bytes]) -> set[bytes]:
        """The v2 ops among `op_ids` whose value this vault holds (and no erasure names)."""
        erasure = self._store.erasure
        return {o for o in op_ids if erasure.has_disclosure(o) and erasure.status(o) is None}

    def held_contents(self, op_ids: Sequence[bytes]) -> set[bytes]:
        """The SHA-256 of every attachment whose value, among `op_ids`, is held here."""
        shas = set()
        for op_id in op_ids:
            row = self._store.op_row(op_id)
            if row is None or row.kind != "attach":
                continue
            state = self._store.value_state(op_id)
            value: Any = state.value
            if state.shown == "value" and isinstance(value, dict) and "sha256" in value:
                shas.add(bytes.fromhex(str(value["sha256"])))
        return shas

    def cases_of_ops(self, op_ids: Sequence[bytes]) -> dict[bytes, bytes | None]:
        """op id → its case, for the ops among `op_ids` held here."""
        out: dict[bytes, bytes | None] = {}
        for part in _chunks(list(op_ids)):
            marks = ",".join("?" * len(part))
            for op_id, case_id in self._store.query(
                f"SELECT op_id, case_id FROM ops WHERE op_id IN ({marks})", part
            ):
                out[bytes(op_id)] = bytes(case_id) if case_id is not None else None
        return out

    # -- our chain while cases are away -----------------------------------------------------

    def note_away(self, rows: Sequence[tuple[bytes, int, bytes, bytes | None]]) -> None:
        """Keep (author, seq, op id, prev) of our own ops that leave (inside a transaction)."""
        if rows:
            self._store.write_many("INSERT OR IGNORE INTO travel_away VALUES (?, ?, ?, ?)", rows)
            self._any_away = True

    def returned(self, op_ids: Sequence[bytes]) -> None:
        """Ops are back in the log: they are no longer away (inside the apply's transaction)."""
        if self._has_away():
            self._store.write_many(
                "DELETE FROM travel_away WHERE op_id = ?", [(o,) for o in op_ids]
            )

    def away_head(self, author: bytes) -> tuple[int, bytes] | None:
        """(seq, op id) of the author's highest op that is away, or None."""
        if not self._has_away():
            return None
        rows = self._store.query(
            "SELECT seq, op_id FROM travel_away WHERE author = ? ORDER BY seq DESC LIMIT 1",
            (author,),
        )
        return (int(rows[0][0]), bytes(rows[0][1])) if rows else None

    def away_of(self, author: bytes) -> dict[int, tuple[bytes, bytes | None]]:
        """seq → (op id, prev) of the author's ops that are away."""
        if not self._has_away():
            return {}
        rows = self._store.query(
            "SELECT seq, op_id, prev FROM travel_away WHERE author = ?", (author,)
        )
        return {int(r[0]): (bytes(r[1]), bytes(r[2]) if r[2] is not None else None) for r in rows}

    def away_count(self) -> int:
        """How many of our ops are away."""
        if not self._has_away():
            return 0
        return int(self._store.query("SELECT count(*) FROM travel_away")[0][0])

    # -- notes ----------------------------------------------------------------------------

    def put_note(self, note: dict[str, Any]) -> None:
        """Keep a note of what to import on return (inside a transaction)."""
        self._store.write(
            "INSERT OR REPLACE INTO travel_notes VALUES (?, ?)",
            (bytes.fromhex(str(note["bundle_id"])), json.dumps(note, sort_keys=True)),
        )

    def notes(self) -> list[dict[str, Any]]:
        """Every note kept, oldest first."""
        rows = self._store.query("SELECT note FROM travel_notes")
        notes = [json.loads(str(r[0])) for r in rows]
        return sorted(notes, key=lambda n: int(n.get("created", 0)))

    def note_for(self, bundle_id: bytes) -> dict[str, Any] | None:
        """The note about this bundle, if one was kept."""
        rows = self._store.query("SELECT note FROM travel_notes WHERE bundle_id = ?", (bundle_id,))
        return json.loads(str(rows[0][0])) if rows else None

    @staticmethod
    def noted_states(note: dict[str, Any]) -> dict[bytes, bytes]:
        """case id → the state hash a note kept."""
        out = {}
        for case in note.get("cases", []):
            out[bytes.fromhex(str(case["id"]))] = bytes.fromhex(str(case["state_hash"]))
        return out

    def drop_note(self, bundle_id: bytes) -> None:
        """Forget a note (the cases are back; inside a transaction)."""
        self._store.write("DELETE FROM travel_notes WHERE bundle_id = ?", (bundle_id,))
