"""Reports that carried a value: the owner's report packages, as `store.reports` records them.

    reports_carrying(session, op_ids) -> [FiledReport]

A withdrawal (PROTECTION §3) and an erasure's preview (§1) list them beside the colleagues and
bundles. Unlike a bundle, a report cannot be asked to forget anything: once filed with a court
or a treaty body it is theirs. `COURT_NOTE` says so, and points to the court's anonymity
request (ECtHR: Rule 47 § 4 of the Rules of Court).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from casebook.vault.session import Session

__all__ = ["COURT_NOTE", "FiledReport", "reports_carrying"]

# What neither a withdrawal nor an erasure can undo, said every time a report is listed.
COURT_NOTE = (
    "A withdrawal cannot recall what was already filed with a court or an international body. "
    "Ask the court to anonymise the person instead (at the ECtHR: Rule 47 § 4 of the Rules of "
    "Court)."
)


@dataclass(frozen=True)
class FiledReport:
    """One of the owner's report packages that carried some of the values."""

    report_id: bytes
    purpose: str  # echr, un, domestic, asylum, public
    recipients: tuple[bytes, ...]  # the colleagues it also went to
    names: tuple[str | None, ...]  # their names here (None: no longer a peer)
    written_ms: int

    @property
    def short_id(self) -> str:
        """The id printed on every page of the report (16 hex digits in fours)."""
        h = self.report_id.hex()[:16]
        return "-".join(h[i : i + 4] for i in range(0, 16, 4))

    def to_json(self) -> dict[str, Any]:
        """For `--json`."""
        return {
            "report": self.report_id.hex(),
            "short_id": self.short_id,
            "purpose": self.purpose,
            "recipients": [r.hex() for r in self.recipients],
            "names": list(self.names),
            "written": self.written_ms,
        }


def reports_carrying(session: Session, op_ids: Sequence[bytes]) -> list[FiledReport]:
    """Every report package written here that carried any of these values, oldest first."""
    store = session.store
    out = []
    for row in store.reports.carrying(op_ids):
        names = []
        for key in row.recipients:
            peer = store.peers.by_identity(key)
            names.append(peer.name if peer is not None else None)
        out.append(
            FiledReport(row.report_id, row.purpose, row.recipients, tuple(names), row.written_ms)
        )
    return out
