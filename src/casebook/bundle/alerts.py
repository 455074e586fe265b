"""Compromise alerts: signed proof that someone's keys misbehaved (DESIGN §4, §6).

    bundle-fork   two different manifests from one sender with the same bundle seq
    chain-fork    a manifest whose `prev` is not the hash of the sender's manifest seq-1 that
                  this vault imported, or which the sender's manifest seq+1 here does not name
    id-reuse      two different manifests from one sender with the same bundle id
    op-fork       an op whose (author, seq) the vault already holds with another op id
    custody-fork  a custody entry that forks its author's log or its item's chain (same seq,
                  same prev, or same item_prev for one item), or one "of ours" we never wrote

An honest casebook never does any of these (it records a bundle's seq before the file gets
its name, draws every bundle id at random, and records an op's seq inside the transaction that
applies it), so each one is a compromise. The bundle that shows it is refused whole; the alert
is kept in the vault's `alerts` table, in a transaction of its own *after* the import's
transaction rolled back, so that the UI can show it until the user acknowledges it (and
revokes the peer with a cut-off before the fork).

    alerts(id, kind, party, seq, sender, created_ms, details, acknowledged)
      party    whose keys signed both: the bundle's sender, or the op's author
      seq      the bundle seq (bundle-fork, chain-fork, id-reuse), the op seq (op-fork) or
               the custody entry's seq (custody-fork)
      sender   who sealed the bundle that showed it
      details  canonical JSON: {"detail": text, and, when known, "bundle_id", "bundle_seq",
               "manifest_hash"} of the refused bundle

One alert per (kind, party, seq): seeing the same evidence again keeps the first sighting, its
time and whether it was acknowledged.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from casebook.base.errors import CompromiseAlert
from casebook.bundle.manifest import Manifest, manifest_hash
from casebook.domain.records import AlertRecord

if TYPE_CHECKING:
    from casebook.store.store import Store
    from casebook.vault.session import Session

__all__ = [
    "KINDS",
    "AlertRecord",
    "CompromiseAlert",
    "acknowledge_alert",
    "compromise_alerts",
    "record_alert",
]

KINDS = ("bundle-fork", "chain-fork", "id-reuse", "op-fork", "custody-fork")


def record_alert(store: Store, alert: CompromiseAlert, bundle: Manifest | None = None) -> None:
    """Keep the alert in its own transaction (idempotent: the first sighting is kept).

    Call it outside any open transaction: after the import's transaction has rolled back.
    """
    details: dict[str, Any] = {"detail": alert.detail}
    if bundle is not None:
        details |= {
            "bundle_id": bundle.bundle_id.hex(),
            "bundle_seq": bundle.seq,
            "manifest_hash": manifest_hash(bundle.encoded).hex(),
        }
    with store.transaction():
        store.alerts.add(
            alert.kind, alert.party, alert.seq, alert.sender, int(time.time() * 1000), details
        )


def compromise_alerts(session: Session, *, unacknowledged: bool = False) -> list[AlertRecord]:
    """Every compromise alert kept in the vault (or only those not yet acknowledged), oldest
    first."""
    return session.store.alerts.list(unacknowledged=unacknowledged)


def acknowledge_alert(session: Session, alert_id: int) -> AlertRecord:
    """Mark one alert as seen by the user; it stays in the vault. `InputRejected` if no alert
    has this id."""
    store = session.store
    with store.transaction():
        return store.alerts.acknowledge(alert_id)
