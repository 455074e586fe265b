"""Compromise alerts: proof that someone's keys signed two histories (DESIGN §4, §6).

    bundle-fork   two different manifests from one sender with the same bundle seq
    chain-fork    a manifest whose `prev` is not the hash of the sender's manifest seq-1
                  that this vault imported
    op-fork       an op whose (author, seq) the vault already holds with another op id

An honest casebook never does any of these (it records a bundle's seq before the file gets
its name, and an op's seq inside the transaction that applies it), so each one is a
compromise. The bundle that shows it is refused whole; the alert is kept in the vault's meta
table, under ``alert/<kind>/<party hex>/<seq>``, as canonical JSON, so that the UI can show
it until the user acts (revoke the peer with a cut-off before the fork).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from casebook import canonical
from casebook.errors import CompromiseAlert

if TYPE_CHECKING:
    from casebook.service import CaseService
    from casebook.store.store import Store

__all__ = ["KINDS", "AlertRecord", "CompromiseAlert", "compromise_alerts", "record_alert"]

KINDS = ("bundle-fork", "chain-fork", "op-fork")
_PREFIX = "alert/"


@dataclass(frozen=True)
class AlertRecord:
    """A compromise alert as kept in the vault."""

    kind: str
    party: bytes
    seq: int
    sender: bytes
    detected_ms: int
    detail: str

    def to_json(self) -> dict[str, Any]:
        """For `--json` and the UI."""
        return {
            "kind": self.kind,
            "party": self.party.hex(),
            "seq": self.seq,
            "sender": self.sender.hex(),
            "detected": self.detected_ms,
            "detail": self.detail,
        }


def record_alert(store: Store, alert: CompromiseAlert) -> None:
    """Keep the alert (idempotent: the first sighting's time is kept)."""
    key = f"{_PREFIX}{alert.kind}/{alert.party.hex()}/{alert.seq}"
    with store.transaction():
        if store.query("SELECT 1 FROM meta WHERE k = ?", (key,)):
            return
        value = {
            "kind": alert.kind,
            "party": alert.party.hex(),
            "seq": alert.seq,
            "sender": alert.sender.hex(),
            "detected": int(time.time() * 1000),
            "detail": alert.detail,
        }
        store.set_meta(key, canonical.encode(value).decode("utf-8"))


def compromise_alerts(service: CaseService) -> list[AlertRecord]:
    """Every compromise alert kept in the vault, oldest first."""
    rows = service.store.query("SELECT v FROM meta WHERE k LIKE 'alert/%'")
    out = []
    for (text,) in rows:
        doc = canonical.decode(str(text).encode("utf-8"))
        out.append(
            AlertRecord(
                doc["kind"],
                bytes.fromhex(doc["party"]),
                doc["seq"],
                bytes.fromhex(doc["sender"]),
                doc["detected"],
                doc["detail"],
            )
        )
    return sorted(out, key=lambda a: a.detected_ms)
