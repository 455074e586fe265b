"""Values and their erasure (PROTECTION §1): disclosures, redactions, husks.

    disclosures   op_id → (nonce, canonical value): the value of a v2 op, kept apart from the
                  signed skeleton so that it can be dropped without changing any id
    redactions    (target, redact) → status, one row per op a `redact` names:
                    awaiting  the target has not arrived yet: its disclosure will never be kept
                    purged    dropped here (a v1 target becomes a husk: its bytes are dropped)
                    hidden    someone else erased it: not shown, not searched, not sent, and
                              dropped when the user confirms (a stolen key must not wipe evidence)
                    ignored   the target is not of the redact's record or field: no effect

Who may erase: the target's own author, or the owner of this vault, purges at once; anyone else
hides until the owner confirms. The effective status of a target is the strongest of its rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from casebook.base import canonical
from casebook.domain.oplog import DELETED, SignedOp

if TYPE_CHECKING:
    from casebook.store.store import Store

__all__ = ["Erasure", "RedactionRow", "ValueState"]

_STRENGTH = {"purged": 3, "hidden": 2, "awaiting": 1, "ignored": 0}


@dataclass(frozen=True)
class ValueState:
    """What this vault can show of one op's value: `shown` is "value", "erased", "hidden" or
    "withheld" (a v2 value never disclosed here), or "none" for kinds without a value."""

    shown: str
    value: Any = None


@dataclass(frozen=True)
class RedactionRow:
    """One redact op and what it did here."""

    redact_id: bytes
    redactor: bytes
    entity_id: bytes
    reg_field: str
    targets: int
    purged: int
    hidden: int
    awaiting: int


class Erasure:
    """The one writer of `disclosures` and `redactions`."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._any: bool | None = None  # are there redactions at all? (most vaults: none)

    def _has_any(self) -> bool:
        if self._any is None:
            self._any = bool(self._store.query("SELECT 1 FROM redactions LIMIT 1"))
        return self._any

    def any_redactions(self) -> bool:
        """True when any erasure is known here (most vaults: none, and reads skip the check)."""
        return self._has_any()

    def forget_cache(self) -> None:
        """Drop cached facts (after a rollback)."""
        self._any = None

    # -- disclosures ----------------------------------------------------------------------

    def put(self, signed: SignedOp, rowid: int | None = None) -> bool:
        """Keep the op's disclosure unless the vault holds it or its value was purged (`rowid`:
        the op's row, when the caller has just inserted it)."""
        d = signed.disclosure
        if d is None or self.status(signed.op_id) == "purged":
            return False
        if rowid is None:
            changed = self._store.write(
                "INSERT OR IGNORE INTO disclosures SELECT rowid, ?, ? FROM ops WHERE op_id = ?",
                (d.nonce, d.value_bytes(), signed.op_id),
            )
        else:
            changed = self._store.write(
                "INSERT OR IGNORE INTO disclosures VALUES (?, ?, ?)",
                (rowid, d.nonce, d.value_bytes()),
            )
        return changed == 1

    def forget_ops(self, op_ids: Sequence[bytes]) -> None:
        """Drop every value and erasure row of these ops, locally and without a trace (travel:
        their cases left the vault; call before the ops themselves go)."""
        ids = list(op_ids)
        for i in range(0, len(ids), 500):
            part = ids[i : i + 500]
            marks = ",".join("?" * len(part))
            self._store.write(
                f"DELETE FROM disclosures WHERE op_rowid IN (SELECT rowid FROM ops"
                f" WHERE op_id IN ({marks}))",
                part,
            )
            self._store.write(f"DELETE FROM redactions WHERE target_id IN ({marks})", part)
            self._store.write(f"DELETE FROM redactions WHERE redact_id IN ({marks})", part)
        self._any = None

    def put_many(self, rows: Sequence[tuple[int, bytes, bytes]]) -> None:
        """Keep the disclosures of ops just inserted, as (op rowid, nonce, canonical value),
        none of which an erasure names (store/applying.py checks)."""
        self._store.write_many("INSERT OR IGNORE INTO disclosures VALUES (?, ?, ?)", rows)

    def disclosed(self, op_id: bytes) -> tuple[bytes, Any] | None:
        """(nonce, value) of a v2 op, when this vault holds it."""
        rows = self._store.query(
            "SELECT d.nonce, d.value FROM disclosures d JOIN ops o ON o.rowid = d.op_rowid"
            " WHERE o.op_id = ?",
            (op_id,),
        )
        if not rows:
            return None
        return bytes(rows[0][0]), canonical.decode(bytes(rows[0][1]))

    def has_disclosure(self, op_id: bytes) -> bool:
        """True when this vault holds the op's disclosure."""
        return bool(
            self._store.query(
                "SELECT 1 FROM disclosures d JOIN ops o ON o.rowid = d.op_rowid WHERE o.op_id = ?",
                (op_id,),
            )
        )

    # -- an import's disclosures, read before its ops ---------------------------------------

    def stage(self, op_id: bytes, nonce: bytes, value: bytes) -> bool:
        """Hold a bundle's disclosure until its op is read (inside the import's transaction).
        False when the bundle carries two for one op."""
        if self._store.query("SELECT 1 FROM staged_disclosures WHERE op_id = ?", (op_id,)):
            return False
        self._store.write("INSERT INTO staged_disclosures VALUES (?, ?, ?)", (op_id, nonce, value))
        return True

    def take_staged(self, op_id: bytes) -> tuple[bytes, bytes] | None:
        """(nonce, canonical value) staged for this op, removed from the staging table."""
        rows = self._store.query(
            "SELECT nonce, value FROM staged_disclosures WHERE op_id = ?", (op_id,)
        )
        if not rows:
            return None
        self._store.write("DELETE FROM staged_disclosures WHERE op_id = ?", (op_id,))
        return bytes(rows[0][0]), bytes(rows[0][1])

    def staged_left(self) -> list[bytes]:
        """The op ids of staged disclosures whose op the bundle did not carry."""
        return [bytes(r[0]) for r in self._store.query("SELECT op_id FROM staged_disclosures")]

    def clear_staged(self) -> None:
        """Empty the staging table (the end of an import)."""
        self._store.write("DELETE FROM staged_disclosures")

    # -- redactions -----------------------------------------------------------------------

    def status(self, op_id: bytes) -> str | None:
        """The strongest redaction status of an op ("purged", "hidden", "awaiting"), or None."""
        if not self._has_any():
            return None
        rows = self._store.query("SELECT status FROM redactions WHERE target_id = ?", (op_id,))
        best = max((str(r[0]) for r in rows), key=_STRENGTH.__getitem__, default=None)
        return None if best in (None, "ignored") else best

    def note_redact(self, redact: SignedOp, owner: bytes) -> set[tuple[bytes, str]]:
        """Record a redact's targets; settle those already here. Returns the registers whose
        shown value changed."""
        entity_id, reg = redact.register
        reg_field = "" if reg == DELETED else reg
        self._store.write_many(
            "INSERT OR IGNORE INTO redactions VALUES (?, ?, ?, ?, ?, 'awaiting')",
            [(t, redact.op_id, redact.op.author, entity_id, reg_field) for t in redact.op.targets],
        )
        self._any = True
        touched: set[tuple[bytes, str]] = set()
        for target in redact.op.targets:
            touched |= self.settle(target, owner)
        return touched

    def settle(self, target_id: bytes, owner: bytes) -> set[tuple[bytes, str]]:
        """Decide every awaiting redaction of an op that is now here; apply the strongest."""
        if not self._has_any():
            return set()
        rows = self._store.query(
            "SELECT redact_id, redactor, entity_id, reg_field FROM redactions"
            " WHERE target_id = ? AND status = 'awaiting'",
            (target_id,),
        )
        if not rows:
            return set()
        target = self._store.query(
            "SELECT author, entity_id, reg_field FROM ops WHERE op_id = ?", (target_id,)
        )
        if not target:
            return set()
        author, t_entity, t_reg = bytes(target[0][0]), bytes(target[0][1]), str(target[0][2])
        for redact_id, redactor, entity_id, reg_field in rows:
            if bytes(entity_id) != t_entity or (reg_field and reg_field != t_reg):
                status = "ignored"  # a redact erases only its own record or field
            elif bytes(redactor) in (author, owner):
                status = "purged"
            else:
                status = "hidden"
            self._store.write(
                "UPDATE redactions SET status = ? WHERE target_id = ? AND redact_id = ?",
                (status, target_id, redact_id),
            )
        if self.status(target_id) == "purged":
            self.purge(target_id)
        return {(t_entity, t_reg)}

    def purge(self, op_id: bytes) -> None:
        """Drop an op's value here: its disclosure row, or a v1 op's bytes (a husk). An
        attachment's content (and, through `sweep`, its blob file and key) goes too once no
        value held here names it."""
        sha = self._sha_of(op_id)
        self._store.write(
            "DELETE FROM disclosures WHERE op_rowid = (SELECT rowid FROM ops WHERE op_id = ?)",
            (op_id,),
        )
        self._store.husk(op_id)
        if sha is not None and not self.content_named(sha):
            self._store.contents.drop(sha)

    def _held_value(self, op_id: bytes) -> Any:
        """The value this vault holds for an op (None when none is held)."""
        rows = self._store.query("SELECT v, husk, encoded FROM ops WHERE op_id = ?", (op_id,))
        if not rows or rows[0][1]:
            return None
        if rows[0][0] == 1:
            return canonical.decode(bytes(rows[0][2])).get("value")
        held = self.disclosed(op_id)
        return held[1] if held is not None else None

    def _sha_of(self, op_id: bytes) -> bytes | None:
        value = self._held_value(op_id)
        sha = value.get("sha256") if isinstance(value, dict) else None
        return bytes.fromhex(sha) if isinstance(sha, str) else None

    def attached(self, record_id: bytes) -> tuple[bytes, int] | None:
        """(SHA-256, size) that an attachment record's attach op names, while its value is
        held here (also while a colleague's erasure hides it; None once purged)."""
        for op_id in self.creation_ops(record_id):
            value = self._held_value(op_id)
            sha = value.get("sha256") if isinstance(value, dict) else None
            if isinstance(sha, str) and len(sha) == 64:
                size = value.get("size") if isinstance(value, dict) else None
                return bytes.fromhex(sha), size if type(size) is int and size >= 0 else 0
        return None

    def purged_by(self, redact_id: bytes) -> bool:
        """True when this redact has purged at least one of its targets here."""
        return any(status == "purged" for _t, status in self.targets_of(redact_id))

    def content_named(self, sha256: bytes) -> bool:
        """True when an attach op whose value is still held here names this content (asked
        about contents that a held value named: with no erasure in the vault, it still does)."""
        if not self._has_any():
            return True
        rows = self._store.query("SELECT op_id FROM ops WHERE kind = 'attach' AND husk = 0")
        return any(
            self.status(bytes(r[0])) != "purged" and self._sha_of(bytes(r[0])) == sha256
            for r in rows
        )

    def held_contents(self) -> set[bytes]:
        """The SHA-256 of every content that an attach op whose value is held here names (one
        pass over the attach ops, each value decoded: for the rare check of orphans)."""
        rows = self._store.query("SELECT op_id FROM ops WHERE kind = 'attach' AND husk = 0")
        held: set[bytes] = set()
        for (raw,) in rows:
            op_id = bytes(raw)
            if self.status(op_id) != "purged" and (sha := self._sha_of(op_id)) is not None:
                held.add(sha)
        return held

    def confirm(self, redact_id: bytes) -> set[tuple[bytes, str]]:
        """The owner confirms a colleague's erasure: every target it hides is purged."""
        rows = self._store.query(
            "SELECT r.target_id, o.entity_id, o.reg_field FROM redactions r"
            " JOIN ops o ON o.op_id = r.target_id"
            " WHERE r.redact_id = ? AND r.status = 'hidden'",
            (redact_id,),
        )
        self._store.write(
            "UPDATE redactions SET status = 'purged' WHERE redact_id = ? AND status = 'hidden'",
            (redact_id,),
        )
        for target_id, _e, _r in rows:
            self.purge(bytes(target_id))
        return {(bytes(e), str(r)) for _t, e, r in rows}

    def redactions(self, *, pending_only: bool = False) -> list[RedactionRow]:
        """Every redact known here with counts per status (or only those with hidden targets)."""
        rows = self._store.query(
            "SELECT redact_id, redactor, entity_id, reg_field, count(*),"
            " sum(status = 'purged'), sum(status = 'hidden'), sum(status = 'awaiting')"
            " FROM redactions GROUP BY redact_id"
        )
        out = [
            RedactionRow(bytes(r[0]), bytes(r[1]), bytes(r[2]), str(r[3]), r[4], r[5], r[6], r[7])
            for r in rows
        ]
        return [r for r in out if r.hidden] if pending_only else out

    def hides(self, redact_id: bytes) -> bool:
        """True while this redact hides values that wait for the owner's confirmation."""
        rows = self._store.query(
            "SELECT 1 FROM redactions WHERE redact_id = ? AND status = 'hidden' LIMIT 1",
            (redact_id,),
        )
        return bool(rows)

    def targets_of(self, redact_id: bytes) -> list[tuple[bytes, str]]:
        """(target op id, status) of one redact."""
        rows = self._store.query(
            "SELECT target_id, status FROM redactions WHERE redact_id = ?", (redact_id,)
        )
        return [(bytes(t), str(s)) for t, s in rows]

    def creation_ops(self, entity_id: bytes) -> list[bytes]:
        """The create or attach ops of a record."""
        rows = self._store.query(
            "SELECT op_id FROM ops WHERE entity_id = ? AND reg_field = '_created'", (entity_id,)
        )
        return [bytes(r[0]) for r in rows]

    def value_ops(self, entity_id: bytes, reg_fields: Sequence[str] | None) -> list[bytes]:
        """The ops of a record (or of some of its registers) that carry a value held here:
        what an erasure must name as targets."""
        rows = self._store.query(
            "SELECT o.op_id, o.reg_field, o.v, o.husk, o.kind FROM ops o"
            " WHERE o.entity_id = ? ORDER BY o.hlc, o.op_id",
            (entity_id,),
        )
        out = []
        for op_id, reg, v, husk, kind in rows:
            if reg_fields is not None and reg not in reg_fields:
                continue
            if kind not in ("attach", "set", "resolve") or husk:  # a create holds only parents
                continue
            if v == 2 and not self.has_disclosure(bytes(op_id)):
                continue
            out.append(bytes(op_id))
        return out
