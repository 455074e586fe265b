"""Reads across a case or the whole vault, for the docket statistics and the court report.

    statuses()             live cases by status
    event_counts()         live events of live cases by type and month of their earliest day
    article_counts()       legal articles: cases that cite each, and events under each
    deadlines()            every live case's deadlines, to pick the near ones
    case_ops(case_id)      how many ops a case holds, a digest of their ids, the newest time
    edits(case_id, ...)    the times a field of a case's records was set (segments' later edits)

Nothing here writes. A case's ops are the case's own and those of its records (`ops.case_id`).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from casebook.domain.oplog import Hlc

if TYPE_CHECKING:
    from casebook.store.store import Store

__all__ = ["CaseOps", "Docket"]

_LIVE_CASE = "c.created_hlc IS NOT NULL AND c.deleted = 0"


@dataclass(frozen=True)
class CaseOps:
    """What a case's op-log holds: a count, a digest of the sorted op ids, the newest time."""

    count: int
    digest: bytes
    newest_ms: int


class Docket:
    """Read-only queries for statistics and reports."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def statuses(self) -> dict[str, int]:
        """Status code → live cases ("" for a case without one)."""
        rows = self._store.query(
            f"SELECT coalesce(status, ''), count(*) FROM cases c WHERE {_LIVE_CASE} GROUP BY 1"
        )
        return {str(r[0]): int(r[1]) for r in rows}

    def event_counts(self) -> dict[tuple[str, str], int]:
        """(type, "YYYY-MM" or "YYYY" or "") → live events of live cases."""
        rows = self._store.query(
            "SELECT coalesce(e.type, ''), coalesce(substr(e.date_sort, 1, 7), ''), count(*) "
            "FROM events e JOIN cases c ON c.id = e.case_id "
            f"WHERE e.created_hlc IS NOT NULL AND e.deleted = 0 AND {_LIVE_CASE} GROUP BY 1, 2"
        )
        return {(str(r[0]), str(r[1])): int(r[2]) for r in rows}

    def article_counts(self) -> dict[str, tuple[int, int]]:
        """Legal article code → (live cases citing it, live events under it)."""
        cases: dict[str, int] = {}
        rows = self._store.query(
            f"SELECT legal_articles FROM cases c WHERE {_LIVE_CASE} AND legal_articles IS NOT NULL"
        )
        for (raw,) in rows:
            try:
                codes = json.loads(raw)
            except ValueError:
                continue
            for code in set(codes) if isinstance(codes, list) else ():
                if isinstance(code, str):
                    cases[code] = cases.get(code, 0) + 1
        events = self._store.query(
            "SELECT e.legal_article, count(*) FROM events e JOIN cases c ON c.id = e.case_id "
            f"WHERE e.created_hlc IS NOT NULL AND e.deleted = 0 AND {_LIVE_CASE} "
            "AND e.legal_article IS NOT NULL GROUP BY 1"
        )
        by_event = {str(r[0]): int(r[1]) for r in events}
        return {code: (cases.get(code, 0), by_event.get(code, 0)) for code in cases | by_event}

    def deadlines(self) -> list[tuple[bytes, str, list[dict[str, str]]]]:
        """(case id, title, deadlines) of every live case that has deadlines."""
        rows = self._store.query(
            f"SELECT id, coalesce(title, ''), deadlines FROM cases c WHERE {_LIVE_CASE} "
            "AND deadlines IS NOT NULL ORDER BY id"
        )
        out = []
        for cid, title, raw in rows:
            try:
                items = json.loads(raw)
            except ValueError:
                continue
            if isinstance(items, list):
                good = [d for d in items if isinstance(d, dict) and isinstance(d.get("date"), str)]
                out.append((bytes(cid), str(title), good))
        return out

    def case_ops(self, case_id: bytes) -> CaseOps:
        """The case's ops: their number, BLAKE2b-256 over their sorted ids, the newest time."""
        rows = self._store.query(
            "SELECT op_id, hlc FROM ops WHERE case_id = ? "
            "UNION SELECT op_id, hlc FROM ops WHERE entity_id = ? ORDER BY 1",
            (case_id, case_id),
        )
        digest = hashlib.blake2b(digest_size=32)
        newest = 0
        for op_id, hlc in rows:
            digest.update(bytes(op_id))
            newest = max(newest, int(hlc))
        return CaseOps(len(rows), digest.digest(), Hlc.to_ms(newest) if newest else 0)

    def edits(self, case_id: bytes, entity: str, field: str) -> dict[bytes, list[int]]:
        """Record id → the times (ms, oldest first) `field` was set or resolved, for the
        records of one kind in a case. The first is the value as first written."""
        rows = self._store.query(
            "SELECT entity_id, hlc FROM ops WHERE case_id = ? AND entity = ? AND field = ? "
            "AND kind IN ('set', 'resolve') ORDER BY hlc, op_id",
            (case_id, entity, field),
        )
        out: dict[bytes, list[int]] = {}
        for eid, hlc in rows:
            out.setdefault(bytes(eid), []).append(Hlc.to_ms(int(hlc)))
        return out
