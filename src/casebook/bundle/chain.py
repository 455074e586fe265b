"""The sender's side of trust over time: its bundle chain, its revocation, its key.

    seen            (sender, bundle_id) already imported with this manifest: a replay. The
                    sender's keys contradicting a manifest we hold is a `CompromiseAlert`:
                      bundle-fork  another manifest at a (sender, seq) we hold
                      id-reuse     the sender's id on another manifest at another seq
                      chain-fork   `prev` is not the hash of seq-1 we hold, or the `prev` of
                                   seq+1 we hold is not this manifest's hash
    trusted_heads   per revoked author, the highest op seq still trusted: the highest
                    `acks[author]` in its bundles up to the cut-off imported here (0 without a
                    cut-off or such a bundle); ops above it are skipped, whoever relays them
    take_new_key    a newer X25519 key from the sender's card goes into `peers`: certificate
                    valid under the stored identity key, later `created`, and a bundle later
                    in the sender's chain than every one imported before
    check_claims    what a signed manifest cannot truthfully say is refused (MALFORMED): a
                    bundle seq more than MAX_SEQ_GAP past the sender's highest imported here,
                    or acks for our own ops past the highest seq we wrote
    bounded_acks    every other ack is clamped to what this vault can know: the author's
                    highest op seq held here plus the ops in this bundle

Another sender's bundle with the same id is no concern of these: a co-recipient can copy an
id, not sign as the sender. Rules and reasons: docs/bundle-format.md §10, §10a and §10b.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from casebook.base.errors import AuthenticationFailed, BundleRejected, RejectReason
from casebook.bundle.alerts import CompromiseAlert
from casebook.bundle.manifest import Manifest, manifest_hash
from casebook.domain.peers import newer_key

if TYPE_CHECKING:
    from casebook.store.store import Store

__all__ = [
    "MAX_SEQ_GAP",
    "bounded_acks",
    "check_claims",
    "seen",
    "take_new_key",
    "trusted_heads",
]

# How far past the sender's highest bundle imported here the next may be numbered. A sender
# numbers every bundle it seals, to anyone, in one chain, so a gap is what it sealed to
# others meanwhile: a million is a hundred bundles a day for 27 years. A stolen key can
# jump no further, so the chain cannot be pushed to 2^62, where every later bundle of the
# real owner would seem old (no key rotation) and a cut-off would be hard to choose.
MAX_SEQ_GAP = 1_000_000


def seen(store: Store, m: Manifest) -> bool:
    """True for a replay; raise `CompromiseAlert` when the sender's keys signed a manifest that
    contradicts one we hold: same id, same seq, or not chaining with seq-1 or seq+1."""
    sender = m.sender.identity
    digest = manifest_hash(m.encoded)
    held = store.exchange.received(sender, m.bundle_id)
    if held is not None:
        seq = held.seq
        if held.manifest_hash == digest:
            return True
        if seq == m.seq:
            raise CompromiseAlert(
                "bundle-fork", sender, m.seq, sender, "two different bundles with one number"
            )
        # Ids are 16 random bytes: only keys driven by something other than casebook repeat one.
        raise CompromiseAlert(
            "id-reuse", sender, m.seq, sender, f"bundles {seq} and {m.seq} have one id"
        )
    for near in store.exchange.received_between(sender, m.seq - 1, m.seq + 1):
        seq, other, prev = near.seq, near.manifest_hash, near.prev
        if seq == m.seq:
            raise CompromiseAlert(
                "bundle-fork", sender, m.seq, sender, "two different bundles with one number"
            )
        if seq == m.seq - 1 and m.prev != other:
            raise CompromiseAlert(
                "chain-fork", sender, m.seq, sender, "the bundle does not follow the one before"
            )
        if seq == m.seq + 1 and prev != digest:
            raise CompromiseAlert(
                "chain-fork", sender, m.seq, sender, "the bundle after it does not follow it"
            )
    return False


def trusted_heads(store: Store, m: Manifest) -> dict[bytes, int]:
    """Per revoked author, the highest op seq still trusted (docs/bundle-format.md §10a).

    The anchor is what the author itself said before its cut-off: the highest `acks[author]`
    (its own ops it held) in any of its bundles up to the cut-off that this vault imported,
    this one included when it is one of them. No cut-off, or no such bundle: nothing.
    """
    heads: dict[bytes, int] = {}
    for author, after in store.peers.revoked():
        if after is None:
            heads[author] = 0
            continue
        head = store.exchange.sender_head(author, after)
        if m.sender.identity == author and m.seq <= after:
            head = max(head, m.acks.get(author, 0))
        heads[author] = int(head)
    return heads


def take_new_key(store: Store, m: Manifest) -> bool:
    """Take over the X25519 key of the sender's card when it is newer (docs §10a): its
    certificate verifies under the stored identity key and is later than the stored one, and
    this bundle is later in the sender's chain than every bundle of it imported before.
    Call it inside the import's transaction, before the bundle itself is recorded."""
    card = m.sender
    state = store.peers.key_state(card.identity)
    if state is None or state[2]:
        return False  # nothing more is sealed to a revoked peer
    last = store.exchange.last_received_seq(card.identity)
    try:
        newer = newer_key(card.identity, state[0], state[1], card)
    except AuthenticationFailed as e:
        raise BundleRejected(
            RejectReason.BAD_SIGNATURE, "the sender's card does not verify under their key"
        ) from e
    if not newer or m.seq <= last:
        return False
    store.peers.take_key(card)
    return True


def _held(store: Store, author: bytes) -> int:
    head = store.author_head(author)
    return int(head[0]) if head is not None else 0


def check_claims(store: Store, m: Manifest, me: bytes) -> None:
    """Refuse what a manifest signed by a real key cannot truthfully claim (docs/bundle-format.md
    §10b): a seq more than `MAX_SEQ_GAP` past the sender's highest bundle imported here, or
    acks for our own ops past the highest seq we wrote. `BundleRejected` MALFORMED."""
    last = store.exchange.last_received_seq(m.sender.identity)
    if m.seq > last + MAX_SEQ_GAP:
        raise BundleRejected(
            RejectReason.MALFORMED,
            f"bundle {m.seq} is more than {MAX_SEQ_GAP:,} past the sender's last here ({last})",
        )
    claimed = m.acks.get(me, 0)
    if m.sender.identity != me and claimed > _held(store, me):
        raise BundleRejected(
            RejectReason.MALFORMED,
            f"the sender claims to hold {claimed} of your changes; you made {_held(store, me)}",
        )


def bounded_acks(store: Store, m: Manifest) -> Manifest:
    """`m` with each ack clamped to the author's highest op seq held here plus the ops in this
    bundle (docs §10b). Call it inside the import's transaction, before any op is applied: the
    clamped acks are what the acks table and the revocation anchor (`sender_head`) keep."""
    acks = {a: min(k, _held(store, a) + m.ops.count) for a, k in m.acks.items()}
    return m if acks == dict(m.acks) else dataclasses.replace(m, acks=acks)
