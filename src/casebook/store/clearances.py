"""Clearances: per colleague, how far they may see (PROTECTION §2). Local, never replicated:
a clearance is a judgement about a person, and it never leaves this vault.

    clearances (peer, level, allowed)    allowed: the category codes, comma-separated, sorted

A colleague without a row has `DEFAULT_CLEARANCE` (confidential, without identity, sogi or
source): a new colleague starts there.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from casebook.base.errors import VaultCorrupt
from casebook.domain.sensitivity import DEFAULT_CLEARANCE, Clearance, Sensitivity

if TYPE_CHECKING:
    from casebook.store.store import Store

__all__ = ["Clearances"]


class Clearances:
    """The one writer of `clearances`."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def get(self, peer: bytes) -> Clearance:
        """The colleague's clearance (the default when none was set)."""
        rows = self._store.query("SELECT level, allowed FROM clearances WHERE peer = ?", (peer,))
        return _clearance(rows[0]) if rows else DEFAULT_CLEARANCE

    def many(self, peers: Sequence[bytes]) -> dict[bytes, Clearance]:
        """Each colleague's clearance."""
        return {p: self.get(p) for p in peers}

    def put(self, peer: bytes, clearance: Clearance) -> None:
        """Set a colleague's clearance (inside a transaction)."""
        doc = clearance.to_json()
        self._store.write(
            "INSERT OR REPLACE INTO clearances VALUES (?, ?, ?)",
            (peer, doc["level"], ",".join(doc["allowed"])),
        )

    def forget(self, peer: bytes) -> None:
        """Drop a colleague's clearance: they are back at the default (inside a transaction)."""
        self._store.write("DELETE FROM clearances WHERE peer = ?", (peer,))


def _clearance(row: Sequence[str]) -> Clearance:
    level, allowed = row
    try:
        parsed = Sensitivity.parse(level, [c for c in allowed.split(",") if c])
    except Exception as e:  # noqa: BLE001 - a row no writer here could have made
        raise VaultCorrupt("a clearance row is damaged") from e
    return Clearance(parsed.level, parsed.categories)
