"""The Peers window's table: each colleague, their trust mark, and what passed between you."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QLocale, Qt

from casebook.domain.records import Exchange, PeerRow
from casebook.domain.sensitivity import DEFAULT_CLEARANCE, Clearance
from casebook.service import CaseService
from casebook.ui.models.base import RowTableModel
from casebook.ui.peer_book import mark_for
from casebook.ui.sensitivity.texts import clearance_text, level_text
from casebook.ui.translation import format_date

__all__ = ["PeerColumn", "PeerEntry", "PeersModel", "load_peers"]


@dataclass(frozen=True)
class PeerEntry:
    """A peer and the bundles exchanged with them."""

    peer: PeerRow
    exchange: Exchange
    clearance: Clearance = DEFAULT_CLEARANCE  # how far they may see (local)
    organisation: str | None = None  # the organisation they belong to (local)

    @property
    def id(self) -> bytes:
        """Rows are keyed by identity key."""
        return self.peer.identity


def load_peers(service: CaseService) -> list[PeerEntry]:
    """Store-thread job: every peer, by name, with its exchange."""
    ledger = service.peers.exchanges()
    orgs = service.peers.organisations()
    return [
        PeerEntry(
            p,
            ledger.get(p.identity, Exchange()),
            service.labels.clearance(p),
            orgs.get(p.identity),
        )
        for p in service.peers.list()
    ]


class PeerColumn(IntEnum):
    """Columns of the Peers table."""

    NAME = 0
    TRUST = 1
    KEY = 2
    CLEARANCE = 3
    ORGANISATION = 4
    RECEIVED = 5
    SENT = 6


class PeersModel(RowTableModel[PeerEntry]):
    """Colleagues, by name."""

    columns = PeerColumn

    def display(self, row: PeerEntry, column: IntEnum) -> str:
        """Name, mark, key id, last bundle received and sent."""
        p, x = row.peer, row.exchange
        if column == PeerColumn.NAME:
            return p.name
        if column == PeerColumn.TRUST:
            text = mark_for(p.status).short
            if p.revoked and p.revoked_after is not None:
                text += " " + self.tr("after no. %1").replace(
                    "%1", QLocale().toString(p.revoked_after)
                )
            return text
        if column == PeerColumn.KEY:
            return p.key_id
        if column == PeerColumn.CLEARANCE:
            return level_text(row.clearance.level)
        if column == PeerColumn.ORGANISATION:
            return row.organisation or "—"
        if column == PeerColumn.RECEIVED:
            if x.last_received_seq is None:
                return self.tr("none")
            return (
                self.tr("no. %1, %2")
                .replace("%1", QLocale().toString(x.last_received_seq))
                .replace("%2", format_date(x.last_received_ms or 0))
            )
        if column == PeerColumn.SENT:
            return format_date(x.last_sent_ms) if x.last_sent_ms else self.tr("none")
        return ""

    def header(self, column: IntEnum) -> str:
        """Column titles."""
        return {
            PeerColumn.NAME: self.tr("Name"),
            PeerColumn.TRUST: self.tr("Trust"),
            PeerColumn.KEY: self.tr("Key id"),
            PeerColumn.CLEARANCE: self.tr("May see"),
            PeerColumn.ORGANISATION: self.tr("Organisation"),
            PeerColumn.RECEIVED: self.tr("Last received"),
            PeerColumn.SENT: self.tr("Last sent"),
        }[PeerColumn(column)]

    def other_role(self, row: PeerEntry, column: IntEnum, role: int) -> Any:
        """The trust column in its colour; the mark explained in a tooltip; key ids monospace."""
        mark = mark_for(row.peer.status)
        if column == PeerColumn.TRUST and role == Qt.ItemDataRole.ForegroundRole:
            return mark.colour
        if role == Qt.ItemDataRole.ToolTipRole and column in (PeerColumn.NAME, PeerColumn.TRUST):
            return mark.explanation
        if role == Qt.ItemDataRole.ToolTipRole and column == PeerColumn.CLEARANCE:
            return clearance_text(row.clearance)
        return None
