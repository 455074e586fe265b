"""Bundles sealed past the leak scan, and why: a local record until the custody log holds it.

    seal_overrides (bundle_id, bundle_seq, created_ms, reason, hits, persons)

`reason` is a code (`casebook.domain.leakscan` hits overridden with one of
`casebook.bundle.audience.LEAK_REASONS`), never free text; `persons` the hex ids of the people
whose names were found, comma-separated.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from casebook.store.store import Store

__all__ = ["SealOverride", "SealOverrides"]


@dataclass(frozen=True)
class SealOverride:
    """One bundle sealed although the leak scan found withheld names in it."""

    bundle_id: bytes
    bundle_seq: int
    created_ms: int
    reason: str
    hits: int
    persons: tuple[bytes, ...]

    def to_json(self) -> dict[str, Any]:
        """For `--json`."""
        return {
            "bundle_id": self.bundle_id.hex(),
            "bundle_seq": self.bundle_seq,
            "created": self.created_ms,
            "reason": self.reason,
            "hits": self.hits,
            "persons": [p.hex() for p in self.persons],
        }


class SealOverrides:
    """The one writer of `seal_overrides`."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def record(self, o: SealOverride) -> None:
        """Record an override (inside the export's recording transaction)."""
        self._store.write(
            "INSERT INTO seal_overrides (bundle_id, bundle_seq, created_ms, reason, hits,"
            " persons) VALUES (?, ?, ?, ?, ?, ?)",
            (
                o.bundle_id,
                o.bundle_seq,
                o.created_ms,
                o.reason,
                o.hits,
                ",".join(p.hex() for p in o.persons),
            ),
        )

    def all(self) -> list[SealOverride]:
        """Every override, oldest first."""
        rows = self._store.query(
            "SELECT bundle_id, bundle_seq, created_ms, reason, hits, persons FROM seal_overrides"
            " ORDER BY id"
        )
        return [_row(r) for r in rows]


def _row(r: Sequence[Any]) -> SealOverride:
    persons = tuple(bytes.fromhex(p) for p in str(r[5]).split(",") if p)
    return SealOverride(bytes(r[0]), int(r[1]), int(r[2]), str(r[3]), int(r[4]), persons)
