"""Colleagues: the owner's card, adding and naming peers, verification, revocation, and what
passed between you."""

from __future__ import annotations

from casebook.base.errors import InputRejected, UnknownPeer
from casebook.domain.oplog import Hlc
from casebook.domain.peers import Card, card_of, parse_card, safety_number
from casebook.domain.records import Exchange, PeerRow
from casebook.vault.session import Session

__all__ = ["Peers"]

_HEX = "0123456789abcdef"


class Peers:
    """The owner's identity as others see it, and the colleagues this vault knows."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def my_card(self) -> Card:
        """The owner's public identity card."""
        return card_of(self._session.identity)

    def export_secret(self) -> str:
        """The owner's age secret key (AGE-SECRET-KEY-1…), for an organisation's recovery."""
        from casebook.crypto.bech32 import format_identity

        return format_identity(self._session.identity.x25519_secret)

    def add(self, card_bytes: bytes, name: str) -> PeerRow:
        """Add a colleague from their card under a name of your choosing; unverified."""
        card = parse_card(card_bytes)
        name = name.strip()
        if not name or len(name) > 200 or "\n" in name:
            raise InputRejected("a peer needs a one-line name")
        if card.identity == self._session.me:
            raise InputRejected("this is your own card")
        store = self._session.store
        if store.peers.by_identity(card.identity) is not None:
            raise InputRejected("this colleague is already a peer")
        if store.peers.by_name(name) is not None:
            raise InputRejected("another peer has this name")
        with store.transaction():
            store.peers.add(card, name, Hlc.to_ms(Hlc.wall()))
        return self.find(card.identity.hex())

    def list(self) -> list[PeerRow]:
        """Every peer, by name."""
        return self._session.store.peers.all()

    def find(self, text: str) -> PeerRow:
        """A peer by name, or by a key id prefix of 8 or more hex digits."""
        t = text.strip()
        peers = self._session.store.peers
        found = peers.by_name(t)
        rows = [found] if found is not None else []
        if not rows and len(t) >= 8 and all(c in _HEX for c in t.lower()):
            rows = peers.by_key_prefix(t)
        if len(rows) != 1:
            raise UnknownPeer("no single peer has this name or key id")
        return rows[0]

    def by_identity(self, identity: bytes) -> PeerRow | None:
        """The peer with this identity key, if any."""
        return self._session.store.peers.by_identity(identity)

    def safety_number(self, peer: PeerRow) -> str:
        """The 60-digit number both of you see; compare it in person or on a call."""
        return safety_number(self._session.me, peer.identity)

    def mark_verified(self, peer: PeerRow, verified: bool = True) -> None:
        """Record that you compared safety numbers with this peer."""
        store = self._session.store
        with store.transaction():
            store.peers.set_verified(peer.identity, verified)

    def revoke(self, peer: PeerRow, after: int | None = None) -> None:
        """Trust nothing from this peer after its bundle number `after` (None: nothing at all).

        The cut-off is on the peer's own bundle chain, never a date: a thief can backdate.
        It holds for the peer's ops relayed by others too: those past the last op the peer
        itself declared in its bundles up to `after` are skipped on import
        (docs/bundle-format.md §10a). Nothing more is sealed to a revoked peer.
        """
        if after is not None and after < 0:
            raise InputRejected("the cut-off is a bundle number, 0 or more")
        store = self._session.store
        with store.transaction():
            store.peers.revoke(peer.identity, after)

    def exchanges(self) -> dict[bytes, Exchange]:
        """What passed with each peer, by identity key (peers with none are absent).

        The highest bundle number received is the natural cut-off when revoking a peer:
        "trust what they sent up to here, nothing after".
        """
        return self._session.store.exchange.exchanges()
