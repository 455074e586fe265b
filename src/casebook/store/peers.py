"""Colleagues, local only: `peers (identity, name, x25519, cert_created, cert_sig, verified,
revoked, revoked_after, added_ms)`. Pet names and trust never leave the vault."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from casebook.domain.peers import Card
from casebook.domain.records import PeerRow

if TYPE_CHECKING:
    from casebook.store.store import Store

__all__ = ["Peers"]

_COLS = "identity, name, x25519, verified, revoked, revoked_after, added_ms"


def _peer(r: Sequence[Any]) -> PeerRow:
    return PeerRow(r[0], r[1], r[2], bool(r[3]), bool(r[4]), r[5], r[6])


class Peers:
    """The one writer of `peers`."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def add(self, card: Card, name: str, added_ms: int) -> None:
        """Add a colleague, unverified (inside a transaction)."""
        self._store.write(
            "INSERT INTO peers (identity, name, x25519, cert_created, cert_sig, added_ms)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (card.identity, name, card.x25519, card.created_ms, card.cert_sig, added_ms),
        )

    def all(self) -> list[PeerRow]:
        """Every peer, by name."""
        return [_peer(r) for r in self._store.query(f"SELECT {_COLS} FROM peers ORDER BY name")]

    def by_name(self, name: str) -> PeerRow | None:
        """The peer with this pet name."""
        rows = self._store.query(f"SELECT {_COLS} FROM peers WHERE name = ?", (name,))
        return _peer(rows[0]) if rows else None

    def by_key_prefix(self, hex_prefix: str) -> list[PeerRow]:
        """Peers whose identity key starts with these hex digits (at most two)."""
        rows = self._store.query(
            f"SELECT {_COLS} FROM peers WHERE hex(identity) LIKE ? LIMIT 2",
            (hex_prefix.upper() + "%",),
        )
        return [_peer(r) for r in rows]

    def by_identity(self, identity: bytes) -> PeerRow | None:
        """The peer with this identity key."""
        rows = self._store.query(f"SELECT {_COLS} FROM peers WHERE identity = ?", (identity,))
        return _peer(rows[0]) if rows else None

    def set_verified(self, identity: bytes, verified: bool) -> None:
        """Record (or undo) a comparison of safety numbers (inside a transaction)."""
        self._store.write(
            "UPDATE peers SET verified = ? WHERE identity = ?", (int(verified), identity)
        )

    def revoke(self, identity: bytes, after: int | None) -> None:
        """Trust nothing after bundle `after` (None: nothing at all) (inside a transaction)."""
        self._store.write(
            "UPDATE peers SET revoked = 1, revoked_after = ? WHERE identity = ?",
            (after, identity),
        )

    def revoked(self) -> list[tuple[bytes, int | None]]:
        """(identity, cut-off) of every revoked peer."""
        rows = self._store.query("SELECT identity, revoked_after FROM peers WHERE revoked = 1")
        return [(bytes(i), None if a is None else int(a)) for i, a in rows]

    def key_state(self, identity: bytes) -> tuple[bytes, int, bool] | None:
        """(X25519 key, its certificate's time, revoked) of a peer."""
        rows = self._store.query(
            "SELECT x25519, cert_created, revoked FROM peers WHERE identity = ?", (identity,)
        )
        return (bytes(rows[0][0]), int(rows[0][1]), bool(rows[0][2])) if rows else None

    def take_key(self, card: Card) -> None:
        """Replace a peer's X25519 key by the newer one of its card (inside a transaction)."""
        self._store.write(
            "UPDATE peers SET x25519 = ?, cert_created = ?, cert_sig = ? WHERE identity = ?",
            (card.x25519, card.created_ms, card.cert_sig, card.identity),
        )
