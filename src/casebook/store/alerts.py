"""Compromise alerts kept in the vault: `alerts (id, kind, party, seq, sender, created_ms,
details, acknowledged)`, unique per (kind, party, seq): the first sighting is kept."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from casebook.base import canonical
from casebook.base.errors import InputRejected
from casebook.domain.records import AlertRecord

if TYPE_CHECKING:
    from casebook.store.store import Store

__all__ = ["Alerts"]

_COLS = "id, kind, party, seq, sender, created_ms, details, acknowledged"


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


class Alerts:
    """The one writer of `alerts`."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def add(
        self, kind: str, party: bytes, seq: int, sender: bytes, created_ms: int, details: Any
    ) -> None:
        """Keep an alert (inside a transaction); a second sighting changes nothing."""
        self._store.write(
            "INSERT INTO alerts (kind, party, seq, sender, created_ms, details)"
            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (kind, party, seq) DO NOTHING",
            (kind, party, seq, sender, created_ms, canonical.encode(details).decode("utf-8")),
        )

    def list(self, *, unacknowledged: bool = False) -> list[AlertRecord]:
        """Every alert (or only those not yet acknowledged), oldest first."""
        where = " WHERE acknowledged = 0" if unacknowledged else ""
        rows = self._store.query(f"SELECT {_COLS} FROM alerts{where} ORDER BY created_ms, id")
        return [_row(r) for r in rows]

    def acknowledge(self, alert_id: int) -> AlertRecord:
        """Mark one alert as seen (inside a transaction); `InputRejected` if there is none."""
        if self._store.write("UPDATE alerts SET acknowledged = 1 WHERE id = ?", (alert_id,)) != 1:
            raise InputRejected("no compromise alert has this id")
        return _row(self._store.query(f"SELECT {_COLS} FROM alerts WHERE id = ?", (alert_id,))[0])
