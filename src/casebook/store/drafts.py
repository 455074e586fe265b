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

    def forget_containing(self, texts: list[str]) -> int:
        """Forget every draft that repeats one of `texts` (an erased value); inside a
        transaction. Returns how many were forgotten."""
        if not texts:
            return 0
        gone = 0
        for key, text in self._store.query("SELECT k, text FROM drafts"):
            if any(t in str(text) for t in texts):
                self._store.write("DELETE FROM drafts WHERE k = ?", (key,))
                gone += 1
        return gone

    def forget_naming(self, record_ids: set[bytes]) -> int:
        """Forget every draft whose key names one of these records (travel: their cases left
        the vault); inside a transaction. Returns how many were forgotten."""
        names = {r.hex() for r in record_ids}
        gone = 0
        for (key,) in self._store.query("SELECT k FROM drafts"):
            if any(name in str(key) for name in names):
                self._store.write("DELETE FROM drafts WHERE k = ?", (key,))
                gone += 1
        return gone

    def get(self, key: str) -> str:
        """The saved draft for `key`, or ''."""
        rows = self._store.query("SELECT text FROM drafts WHERE k = ?", (key,))
        return str(rows[0][0]) if rows else ""
