"""Full-text search: turning what a person typed into a safe FTS5 query.

A query string is data, never FTS5 syntax. Each word becomes a quoted phrase (inner quotes
doubled); NUL, control characters and lone surrogates are dropped; words of three or more letters
match as prefixes, which stands in for Russian morphology: "задержан" finds "задержание". Words
are ANDed.
Results come newest first with a LIMIT, so a common word never ranks 30k hits (DESIGN §7).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["MARK_CLOSE", "MARK_OPEN", "Hit", "build_match"]

MARK_OPEN, MARK_CLOSE = "\u27e6", "\u27e7"
MAX_WORDS = 16
_CONTROL = re.compile(r"[\x00-\x1f\x7f\ud800-\udfff]")  # controls and lone surrogates


@dataclass(frozen=True)
class Hit:
    """One search hit. The snippet marks matches with ⟦ ⟧ and is plain text."""

    entity: str
    entity_id: bytes
    case_id: bytes | None
    field: str
    snippet: str


def build_match(query: str) -> str | None:
    """An FTS5 MATCH expression for `query`, or None when it has no searchable word."""
    words = []
    for raw in _CONTROL.sub(" ", query).split():
        if not any(ch.isalnum() for ch in raw):
            continue
        phrase = '"' + raw.replace('"', '""') + '"'
        alnum = sum(ch.isalnum() for ch in raw)
        words.append(phrase + "*" if alnum >= 3 else phrase)
        if len(words) == MAX_WORDS:
            break
    return " AND ".join(words) if words else None
