"""Half-typed text, local only, never in the op-log: `drafts (k, text, updated_ms)`."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from casebook.store.store import Store

__all__ = ["Drafts"]


class Drafts:
    """The one writer of `drafts`."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def put(self, key: str, text: str, updated_ms: int) -> None:
        """Keep `text` under `key`, or forget the draft when `text` is empty (in a
        transaction)."""
        if text:
            self._store.write(
                "INSERT OR REPLACE INTO drafts VALUES (?, ?, ?)", (key, text, updated_ms)
            )
        else:
            self._store.write("DELETE FROM drafts WHERE k = ?", (key,))

    def get(self, key: str) -> str:
        """The saved draft for `key`, or ''."""
        rows = self._store.query("SELECT text FROM drafts WHERE k = ?", (key,))
        return str(rows[0][0]) if rows else ""
