"""What has passed between this vault and each peer: for the Peers window and revocation.

    received  bundles imported from the peer: how many, the highest bundle number, when
    sent      bundles sealed with the peer among the recipients: how many, when last

The highest bundle number received is the natural cut-off when revoking a peer: "trust what
they sent up to here, nothing after".
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from casebook.service import CaseService

__all__ = ["Exchange", "exchanges"]


@dataclass(frozen=True)
class Exchange:
    """Bundles exchanged with one peer."""

    received: int = 0
    last_received_seq: int | None = None
    last_received_ms: int | None = None
    sent: int = 0
    last_sent_ms: int | None = None


def exchanges(service: CaseService) -> dict[bytes, Exchange]:
    """Every peer's exchange, by identity key (peers with none are absent)."""
    store = service.store
    received = {
        bytes(sender): (count, top, last)
        for sender, count, top, last in store.query(
            "SELECT sender, count(*), max(seq), max(imported_ms) FROM bundles_in GROUP BY sender"
        )
    }
    sent: dict[bytes, tuple[int, int]] = {}
    for created_ms, recipients in store.query("SELECT created_ms, recipients FROM bundles_out"):
        for hex_id in json.loads(recipients):
            identity = bytes.fromhex(hex_id)
            count, last = sent.get(identity, (0, 0))
            sent[identity] = (count + 1, max(last, int(created_ms)))
    out: dict[bytes, Exchange] = {}
    for identity in received.keys() | sent.keys():
        r_count, r_top, r_last = received.get(identity, (0, None, None))
        s_count, s_last = sent.get(identity, (0, None))
        out[identity] = Exchange(r_count, r_top, r_last, s_count, s_last)
    return out
