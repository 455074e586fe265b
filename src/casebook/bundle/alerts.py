"""Compromise alerts: signed proof that someone's keys misbehaved (DESIGN §4, §6).

    bundle-fork   two different manifests from one sender with the same bundle seq
    chain-fork    a manifest whose `prev` is not the hash of the sender's manifest seq-1 that
                  this vault imported, or which the sender's manifest seq+1 here does not name
    id-reuse      two different manifests from one sender with the same bundle id
    op-fork       an op whose (author, seq) the vault already holds with another op id

An honest casebook never does any of these (it records a bundle's seq before the file gets
its name, draws every bundle id at random, and records an op's seq inside the transaction that
applies it), so each one is a compromise. The bundle that shows it is refused whole; the alert
is kept in the vault's `alerts` table, in a transaction of its own *after* the import's
transaction rolled back, so that the UI can show it until the user acknowledges it (and
revokes the peer with a cut-off before the fork).

    alerts(id, kind, party, seq, sender, created_ms, details, acknowledged)
      party    whose keys signed both: the bundle's sender, or the op's author
      seq      the bundle seq (bundle-fork, chain-fork, id-reuse) or the op seq (op-fork)
      sender   who sealed the bundle that showed it
      details  canonical JSON: {"detail": text, and, when known, "bundle_id", "bundle_seq",
               "manifest_hash"} of the refused bundle

One alert per (kind, party, seq): seeing the same evidence again keeps the first sighting, its
time and whether it was acknowledged.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from casebook.base import canonical
from casebook.base.errors import CompromiseAlert, InputRejected
from casebook.bundle.manifest import Manifest, manifest_hash

if TYPE_CHECKING:
    from casebook.service import CaseService
    from casebook.store.store import Store

__all__ = [
    "KINDS",
    "AlertRecord",
    "CompromiseAlert",
    "acknowledge_alert",
    "compromise_alerts",
    "record_alert",
]

KINDS = ("bundle-fork", "chain-fork", "id-reuse", "op-fork")
_COLS = "id, kind, party, seq, sender, created_ms, details, acknowledged"


@dataclass(frozen=True)
class AlertRecord:
    """A compromise alert as kept in the vault."""

    id: int
    kind: str
    party: bytes
    seq: int
    sender: bytes
    created_ms: int
    details: Mapping[str, Any] = field(default_factory=dict)
    acknowledged: bool = False

    @property
    def detail(self) -> str:
        """The one-line explanation (English, for logs and the CLI)."""
        return str(self.details.get("detail", ""))

    def to_json(self) -> dict[str, Any]:
        """For `--json` and the UI."""
        return {
            "id": self.id,
            "kind": self.kind,
            "party": self.party.hex(),
            "seq": self.seq,
            "sender": self.sender.hex(),
            "created": self.created_ms,
            "details": dict(self.details),
            "acknowledged": self.acknowledged,
        }


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
        store.con.execute(
            "INSERT INTO alerts (kind, party, seq, sender, created_ms, details)"
            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (kind, party, seq) DO NOTHING",
            (
                alert.kind,
                alert.party,
                alert.seq,
                alert.sender,
                int(time.time() * 1000),
                canonical.encode(details).decode("utf-8"),
            ),
        )


def _row(r: Any) -> AlertRecord:
    details = canonical.decode(str(r[6]).encode("utf-8"))
    return AlertRecord(
        int(r[0]),
        str(r[1]),
        bytes(r[2]),
        int(r[3]),
        bytes(r[4]),
        int(r[5]),
        details if isinstance(details, dict) else {},
        bool(r[7]),
    )


def compromise_alerts(service: CaseService, *, unacknowledged: bool = False) -> list[AlertRecord]:
    """Every compromise alert kept in the vault (or only those not yet acknowledged), oldest
    first."""
    where = " WHERE acknowledged = 0" if unacknowledged else ""
    rows = service.store.query(f"SELECT {_COLS} FROM alerts{where} ORDER BY created_ms, id")
    return [_row(r) for r in rows]


def acknowledge_alert(service: CaseService, alert_id: int) -> AlertRecord:
    """Mark one alert as seen by the user; it stays in the vault. `InputRejected` if no alert
    has this id."""
    store = service.store
    with store.transaction():
        cur = store.con.execute("UPDATE alerts SET acknowledged = 1 WHERE id = ?", (alert_id,))
        if cur.rowcount != 1:
            raise InputRejected("no compromise alert has this id")
    return _row(store.query(f"SELECT {_COLS} FROM alerts WHERE id = ?", (alert_id,))[0])
