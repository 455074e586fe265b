"""Half-typed text, kept inside the vault so that a lock or a crash loses nothing."""

from __future__ import annotations

from casebook.domain.oplog import Hlc
from casebook.vault.session import Session

__all__ = ["Drafts"]


class Drafts:
    """Drafts: local only, never in the op-log, never in a bundle."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def save(self, key: str, text: str) -> None:
        """Keep `text` under `key` durably ('' forgets the draft)."""
        store = self._session.store
        with store.transaction():
            store.drafts.put(key, text, Hlc.to_ms(Hlc.wall()))

    def load(self, key: str) -> str:
        """The saved draft for `key`, or ''."""
        return self._session.store.drafts.get(key)
