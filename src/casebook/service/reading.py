"""Reading an unlocked vault: records by id, the case list, children, search, history."""

from __future__ import annotations

from casebook.base.errors import InputRejected, NotFound
from casebook.domain.model import ENTITIES
from casebook.domain.records import CaseRow, HistoryEntry, Record, SearchHit
from casebook.vault.session import Session

__all__ = ["Reading"]

_HEX = "0123456789abcdef"


class Reading:
    """Reads; nothing here changes the vault."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def resolve_id(self, text: str) -> bytes:
        """A record id from its hex form or a unique prefix of 8 or more hex digits."""
        t = text.strip().lower()
        if len(t) == 32:
            try:
                return bytes.fromhex(t)
            except ValueError:
                pass
        if not 8 <= len(t) <= 32 or any(c not in _HEX for c in t):
            raise NotFound("not a record id")
        low = bytes.fromhex(t.ljust(32, "0"))
        high = bytes.fromhex(t.ljust(32, "f"))
        ids = self._session.store.records.ids_between(low, high)
        if len(ids) != 1:
            raise NotFound("no record, or several, start with this id")
        return ids[0]

    def kind_of(self, entity_id: bytes) -> str:
        """Which kind of record an id belongs to."""
        kind = self._session.store.records.kind_of(entity_id)
        if kind is None:
            raise NotFound("no record with this id")
        return kind

    def get(self, entity_id: bytes) -> Record:
        """One record, deleted or not."""
        spec = ENTITIES[self.kind_of(entity_id)]
        recs = self._session.store.records.records(spec, "id", entity_id, include_deleted=True)
        if not recs:
            raise NotFound("no record with this id")
        return recs[0]

    def require(self, kind: str, entity_id: bytes) -> Record:
        """The live record of this kind, or `NotFound`."""
        rec = self.get(entity_id)
        if rec.kind != kind or rec.deleted:
            raise NotFound(f"no {kind} with this id")
        return rec

    def list_cases(
        self,
        *,
        status: str | None = None,
        limit: int = 200,
        before: tuple[int, bytes] | None = None,
    ) -> list[CaseRow]:
        """Cases, most recently changed first, a page at a time (keyset paging by `before`)."""
        return self._session.store.records.list_cases(status=status, limit=limit, before=before)

    def count_cases(self, *, status: str | None = None) -> int:
        """How many cases (for the status bar)."""
        return self._session.store.records.count_cases(status=status)

    def children(self, case_id: bytes, kind: str) -> list[Record]:
        """A case's persons, events, interviews, attachments or links."""
        spec = ENTITIES[kind]
        if "case" not in spec.parents:
            raise InputRejected("not a child kind")
        return self._session.store.records.records(
            spec, "case_id", case_id, by_date=kind == "event"
        )

    def segments(self, interview_id: bytes) -> list[Record]:
        """An interview's note segments, in the order they were written."""
        return self._session.store.records.records(
            ENTITIES["segment"], "interview_id", interview_id
        )

    def search(self, query: str, *, limit: int = 50) -> list[SearchHit]:
        """Full-text search over every text field of every record."""
        store = self._session.store
        titles: dict[bytes, str] = {}
        out = []
        for h in store.search(query, limit=limit):
            if h.case_id is not None and h.case_id not in titles:
                titles[h.case_id] = store.records.case_title(h.case_id)
            title = titles.get(h.case_id, "") if h.case_id else ""
            out.append(SearchHit(h.case_id, h.entity, h.entity_id, h.field, h.snippet, title))
        return out

    def history(self, entity_id: bytes, *, limit: int = 10_000) -> list[HistoryEntry]:
        """Who changed what and when: the record's ops, and for a case its records' ops."""
        rows = self._session.store.records.history(entity_id, self._session.me, limit)
        if not rows:
            self.kind_of(entity_id)  # raises NotFound
        return rows
