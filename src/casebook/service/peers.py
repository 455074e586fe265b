"""Colleagues: the owner's card, adding and naming peers, verification, revocation, what passed
between you, and the owner's own encryption key (rotate it, forget the old ones).

    rotate_key()        a new X25519 key, certified by the identity key; peers learn it from the
                        card inside the owner's next bundles (bundle/chain.py `take_new_key`)
    forget_old_keys()   destroy every older X25519 secret: bundles sealed to them, wherever
                        they lie (USB sticks, mail), no longer open for this vault
    holds(peer)         "what does X hold from me?": the owner's bundles sealed to that peer
    organisation(peer) / set_organisation(peer, name) / organisations()
                        the organisation a colleague belongs to (local, never sent): who a
                        consent's `org:NAME` audience includes
"""

from __future__ import annotations

import builtins
from dataclasses import dataclass

from casebook.base.errors import InputRejected, UnknownPeer
from casebook.domain.oplog import Hlc
from casebook.domain.peers import Card, card_of, parse_card, safety_number
from casebook.domain.records import Exchange, PeerRow
from casebook.vault.session import Session

__all__ = ["ORG_NAME_MAX", "Held", "Peers"]

_HEX = "0123456789abcdef"
ORG_NAME_MAX = 190  # what a consent's `org:NAME` audience entry holds


@dataclass(frozen=True)
class Held:
    """One of the owner's bundles sealed to a peer: the peer holds what it carried."""

    bundle: int  # the owner's bundle number
    sealed_ms: int
    disclosures: int  # values it carried (op v2 disclosures); 0 for bundles before v2

    def to_json(self) -> dict[str, object]:
        """For `--json`."""
        return {"bundle": self.bundle, "sealed": self.sealed_ms, "disclosures": self.disclosures}


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

    # -- organisations (local) ------------------------------------------------------------

    def organisation(self, peer: PeerRow | bytes) -> str | None:
        """The organisation this vault knows the colleague to belong to (None: none)."""
        identity = peer.identity if isinstance(peer, PeerRow) else peer
        return self._session.store.organisations.get(identity)

    def organisations(self) -> dict[bytes, str]:
        """Every colleague's organisation, by identity key (those without one are absent)."""
        return self._session.store.organisations.all()

    def organisation_names(self) -> builtins.list[str]:
        """The organisations known here, once each (without regard to case), sorted."""
        names: dict[str, str] = {}
        for name in self.organisations().values():
            names.setdefault(name.casefold(), name)
        return sorted(names.values(), key=str.casefold)

    def set_organisation(self, peer: PeerRow, name: str | None) -> None:
        """Record the colleague's organisation, or (None or blank) that they belong to none.

        Local, like a clearance: it never leaves this vault. A name already known here in
        another case of letters is written as known, so that one organisation has one name.
        """
        text = (name or "").strip()
        if len(text) > ORG_NAME_MAX or not text.isprintable():
            raise InputRejected("an organisation's name is one line of at most 190 characters")
        for known in self.organisation_names():
            if known.casefold() == text.casefold():
                text = known
        store = self._session.store
        with store.transaction():
            if text:
                store.organisations.put(peer.identity, text)
            else:
                store.organisations.forget(peer.identity)

    def exchanges(self) -> dict[bytes, Exchange]:
        """What passed with each peer, by identity key (peers with none are absent).

        The highest bundle number received is the natural cut-off when revoking a peer:
        "trust what they sent up to here, nothing after".
        """
        return self._session.store.exchange.exchanges()

    def holds(self, peer: PeerRow) -> builtins.list[Held]:  # `list` is a method here
        """What `peer` holds from this vault: every owner's bundle sealed to it, oldest first.

        This is what was *sent*; casebook cannot know what the peer kept, passed on or erased.
        """
        sent = self._session.store.exchange.sent_to(peer.identity)
        return [Held(seq, sealed, carried) for seq, sealed, carried in sent]

    # -- the owner's encryption key ---------------------------------------------------------

    def rotate_key(self) -> Card:
        """Give this vault a new X25519 key certified by its identity key; return the new card.

        The older secrets are kept, so bundles already sealed to them still open here, until
        `forget_old_keys`. Peers take the new key from the card in the owner's next bundle;
        until then they keep sealing to the old one.
        """
        session = self._session
        old = session.identity
        # Peers take a card's key only when its certificate is newer than the one they hold.
        now = max(Hlc.to_ms(Hlc.wall()), old.cert.created_ms + 1)
        new = old.rotate_encryption_key(now)
        store = session.store
        with store.transaction():
            store.keys.rotate(new)
        session.reload_identity()
        return self.my_card()

    def forget_old_keys(self) -> int:
        """Destroy every X25519 secret but the current one; return how many were forgotten.

        A bundle sealed to a forgotten key is refused from then on (NOT_FOR_US), wherever a
        copy of it lies. Rotate first, and wait until peers have imported a bundle with the new
        card, or their next bundles will not open here either.
        """
        store = self._session.store
        with store.transaction():
            forgotten = store.keys.forget_old()
        store.checkpoint()  # the WAL still holds the deleted rows' pages until checkpointed
        return forgotten
