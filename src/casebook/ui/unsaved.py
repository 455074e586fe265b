"""What was typed but could not be saved (a date casebook cannot read), so it is never lost.

    a form shows another record ──► its unreadable input goes into the session's book
    showing that record again   ──► the input comes back into its field, with the reason
    lock, quit, new language    ──► the book is kept inside the vault as one draft
    unlock                      ──► the draft is read into the new session's book, and the
                                    window says what was not saved and where it waits

The book holds case text, so it lives in the session's `Env` and goes at lock; the draft is
inside the encrypted vault (`drafts`, local only, never in a bundle), like a half-typed note.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

__all__ = ["UNSAVED_DRAFT", "Unsaved", "UnsavedBook", "unsaved_text"]

UNSAVED_DRAFT = "unsaved-input"  # the draft key


@dataclass(frozen=True)
class Unsaved:
    """One field's input that could not be saved."""

    record_id: bytes
    field: str
    text: str  # as typed; for deadlines, the rows as JSON [[date, what], …]
    where: str = ""  # the record, as the window names it after unlocking

    def to_json(self) -> dict[str, str]:
        """For the draft."""
        return {
            "record": self.record_id.hex(),
            "field": self.field,
            "text": self.text,
            "where": self.where,
        }

    @classmethod
    def from_json(cls, doc: dict[str, str]) -> Unsaved:
        """From the draft."""
        return cls(bytes.fromhex(doc["record"]), doc["field"], doc["text"], doc.get("where", ""))


class UnsavedBook:
    """The session's unsaved inputs, by record and field (the latest one wins)."""

    def __init__(self) -> None:
        self._entries: dict[tuple[bytes, str], Unsaved] = {}

    def put(self, entry: Unsaved) -> None:
        """Keep an input until its record is shown again."""
        self._entries[(entry.record_id, entry.field)] = entry

    def take(self, record_id: bytes, field: str) -> Unsaved | None:
        """The input kept for a field (and forget it: the form holds it now)."""
        return self._entries.pop((record_id, field), None)

    def entries(self) -> list[Unsaved]:
        """Everything kept."""
        return list(self._entries.values())

    def clear(self) -> None:
        """Forget everything (at lock, once it is in the vault)."""
        self._entries.clear()

    def to_text(self) -> str:
        """The draft's text ('' when nothing is kept, which forgets the draft)."""
        if not self._entries:
            return ""
        return json.dumps([e.to_json() for e in self._entries.values()], ensure_ascii=False)

    def load(self, text: str) -> None:
        """Add what a draft kept (a damaged draft adds nothing)."""
        try:
            docs = json.loads(text) if text else []
            entries = [Unsaved.from_json(d) for d in docs]
        except (ValueError, KeyError, TypeError, AttributeError):
            return
        for entry in entries:
            self._entries.setdefault((entry.record_id, entry.field), entry)


def unsaved_text(entry: Unsaved) -> str:
    """What was typed, in one line (a deadline's rows as "date — what; …")."""
    if entry.text.startswith("["):
        try:
            rows = json.loads(entry.text)
            return "; ".join(f"{d} — {w}" if w else str(d) for d, w in rows)
        except (ValueError, TypeError):
            pass
    return entry.text
