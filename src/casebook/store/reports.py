"""Reports written: which values each of the owner's report packages carried (PROTECTION §3: a
withdrawal lists every bundle *and report* that carried the person's identity).

    reports_out (report_id, case_id, purpose, recipients, written_ms)
                        one row per package written: the report purpose (echr, un, domestic,
                        asylum, public) and the colleagues it also went to (hex keys, JSON);
                        never the folder it was written to
    report_disclosures (op_id, report_id)
                        the ops whose values the report shows (as `sent_disclosures` for bundles)

Local, never sent: what the owner filed, where, is theirs to know.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from casebook.store.store import Store

__all__ = ["ReportLog", "ReportRow"]

_CHUNK = 500


@dataclass(frozen=True)
class ReportRow:
    """A report package the owner wrote."""

    report_id: bytes
    case_id: bytes
    purpose: str
    recipients: tuple[bytes, ...]
    written_ms: int


class ReportLog:
    """The one writer of `reports_out` and `report_disclosures`."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def record(
        self,
        report_id: bytes,
        case_id: bytes,
        purpose: str,
        recipients: Sequence[bytes],
        written_ms: int,
        op_ids: Iterable[bytes],
    ) -> None:
        """Record a package written and the values it carried (inside a transaction). The same
        report written again (another copy) keeps its first time."""
        keys = json.dumps(sorted(r.hex() for r in recipients))
        self._store.write(
            "INSERT OR IGNORE INTO reports_out VALUES (?, ?, ?, ?, ?)",
            (report_id, case_id, purpose, keys, written_ms),
        )
        for op_id in set(op_ids):
            self._store.write(
                "INSERT OR IGNORE INTO report_disclosures VALUES (?, ?)", (op_id, report_id)
            )

    def carrying(self, op_ids: Sequence[bytes]) -> list[ReportRow]:
        """Every report that carried any of these values, oldest first."""
        found: set[bytes] = set()
        ids = list(op_ids)
        for i in range(0, len(ids), _CHUNK):
            part = ids[i : i + _CHUNK]
            marks = ",".join("?" * len(part))
            rows = self._store.query(
                f"SELECT DISTINCT report_id FROM report_disclosures WHERE op_id IN ({marks})",
                part,
            )
            found |= {bytes(r[0]) for r in rows}
        out = []
        for report_id in found:
            rows = self._store.query(
                "SELECT case_id, purpose, recipients, written_ms FROM reports_out"
                " WHERE report_id = ?",
                (report_id,),
            )
            if rows:
                case_id, purpose, keys, written = rows[0]
                recipients = tuple(bytes.fromhex(k) for k in json.loads(keys))
                out.append(ReportRow(report_id, bytes(case_id), purpose, recipients, int(written)))
        return sorted(out, key=lambda r: (r.written_ms, r.report_id))
