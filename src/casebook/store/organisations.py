"""Organisations: per colleague, the organisation this vault knows them to belong to
(PROTECTION §3, a consent's `org:NAME` audience). Local, never replicated: like a clearance it
is the owner's knowledge of a person, and it never leaves this vault, in a bundle or a card.

    peer_orgs (peer, name)    name: as typed (one line); compared without case

A colleague without a row belongs to no organisation here: an `org:` audience leaves them out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from casebook.store.store import Store

__all__ = ["Organisations"]


class Organisations:
    """The one writer of `peer_orgs`."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def get(self, peer: bytes) -> str | None:
        """The colleague's organisation (None: none recorded)."""
        rows = self._store.query("SELECT name FROM peer_orgs WHERE peer = ?", (peer,))
        return str(rows[0][0]) if rows else None

    def all(self) -> dict[bytes, str]:
        """Every colleague's organisation, by identity key."""
        return {bytes(p): str(n) for p, n in self._store.query("SELECT peer, name FROM peer_orgs")}

    def put(self, peer: bytes, name: str) -> None:
        """Record a colleague's organisation (inside a transaction)."""
        self._store.write("INSERT OR REPLACE INTO peer_orgs VALUES (?, ?)", (peer, name))

    def forget(self, peer: bytes) -> None:
        """The colleague belongs to no organisation here (inside a transaction)."""
        self._store.write("DELETE FROM peer_orgs WHERE peer = ?", (peer,))
