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

Another sender's bundle with the same id is no concern of these: a co-recipient can copy an
id, not sign as the sender. Rules and reasons: docs/bundle-format.md §10 and §10a.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from casebook.base.errors import AuthenticationFailed, BundleRejected, RejectReason
from casebook.bundle.alerts import CompromiseAlert
from casebook.bundle.manifest import Manifest, manifest_hash
from casebook.domain.peers import newer_key

if TYPE_CHECKING:
    from casebook.store.store import Store

__all__ = ["seen", "take_new_key", "trusted_heads"]


def seen(store: Store, m: Manifest) -> bool:
    """True for a replay; raise `CompromiseAlert` when the sender's keys signed a manifest that
    contradicts one we hold: same id, same seq, or not chaining with seq-1 or seq+1."""
    sender = m.sender.identity
    digest = manifest_hash(m.encoded)
    rows = store.query(
        "SELECT seq, manifest_hash FROM bundles_in WHERE sender = ? AND bundle_id = ?",
        (sender, m.bundle_id),
    )
    if rows:
        seq, other = rows[0]
        if bytes(other) == digest:
            return True
        if seq == m.seq:
            raise CompromiseAlert(
                "bundle-fork", sender, m.seq, sender, "two different bundles with one number"
            )
        # Ids are 16 random bytes: only keys driven by something other than casebook repeat one.
        raise CompromiseAlert(
            "id-reuse", sender, m.seq, sender, f"bundles {seq} and {m.seq} have one id"
        )
    rows = store.query(
        "SELECT seq, manifest_hash, prev FROM bundles_in WHERE sender = ? AND seq BETWEEN ? AND ?",
        (sender, m.seq - 1, m.seq + 1),
    )
    for seq, other, prev in rows:
        if seq == m.seq:
            raise CompromiseAlert(
                "bundle-fork", sender, m.seq, sender, "two different bundles with one number"
            )
        if seq == m.seq - 1 and m.prev != bytes(other):
            raise CompromiseAlert(
                "chain-fork", sender, m.seq, sender, "the bundle does not follow the one before"
            )
        if seq == m.seq + 1 and (prev is None or bytes(prev) != digest):
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
    for identity, after in store.query(
        "SELECT identity, revoked_after FROM peers WHERE revoked = 1"
    ):
        author = bytes(identity)
        if after is None:
            heads[author] = 0
            continue
        (head,) = store.query(
            "SELECT coalesce(max(sender_head), 0) FROM bundles_in WHERE sender = ? AND seq <= ?",
            (author, after),
        )[0]
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
    rows = store.query(
        "SELECT x25519, cert_created, revoked FROM peers WHERE identity = ?", (card.identity,)
    )
    if not rows or rows[0][2]:
        return False  # nothing more is sealed to a revoked peer
    (last,) = store.query(
        "SELECT coalesce(max(seq), 0) FROM bundles_in WHERE sender = ?", (card.identity,)
    )[0]
    try:
        newer = newer_key(card.identity, bytes(rows[0][0]), int(rows[0][1]), card)
    except AuthenticationFailed as e:
        raise BundleRejected(
            RejectReason.BAD_SIGNATURE, "the sender's card does not verify under their key"
        ) from e
    if not newer or m.seq <= last:
        return False
    store.con.execute(
        "UPDATE peers SET x25519 = ?, cert_created = ?, cert_sig = ? WHERE identity = ?",
        (card.x25519, card.created_ms, card.cert_sig, card.identity),
    )
    return True
