"""The Custody panel's table: an attachment's chain of custody, root first, each entry checked.

Rows are the core's `ChainEntry` values (ids, hashes, codes; no text), read on the store
thread by `service.custody.chain`.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor

from casebook.service import CaseService
from casebook.service.custody import ChainEntry, CustodyChain
from casebook.ui.custody.texts import describe, status_label
from casebook.ui.models.base import RowTableModel
from casebook.ui.peer_book import PeerBook
from casebook.ui.translation import format_time

__all__ = ["CustodyColumn", "CustodyModel", "load_chain"]


def load_chain(service: CaseService, item: bytes) -> CustodyChain:
    """Store-thread job: the item's chain, each entry verified again."""
    return service.custody.chain(item)


class CustodyColumn(IntEnum):
    """Columns of the custody table."""

    NUMBER = 0
    WHEN = 1
    WHO = 2
    WHAT = 3
    CHECK = 4


class CustodyModel(RowTableModel[ChainEntry]):
    """One item's chain of custody."""

    columns = CustodyColumn

    def __init__(self, peers: PeerBook, me: bytes, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._peers = peers
        self._me = me
        self.item = b""

    def who(self, identity: bytes) -> str:
        """ "You", a colleague with their mark, or a key nobody here added."""
        return self._peers.author_label(identity, self._me)

    def row_id(self, row: ChainEntry) -> bytes:
        """Rows are keyed by entry id."""
        return row.entry_id

    def display(self, row: ChainEntry, column: IntEnum) -> str:
        """No., when (the custodian's clock), who, what happened, whether it verifies."""
        if column == CustodyColumn.NUMBER:
            return str(self.find(row.entry_id) + 1)
        if column == CustodyColumn.WHEN:
            return format_time(row.time_ms)
        if column == CustodyColumn.WHO:
            return self.who(row.custodian.identity)
        if column == CustodyColumn.WHAT:
            return describe(row.event, row.detail, row.item, self.who)
        return status_label(row.status)

    def header(self, column: IntEnum) -> str:
        """Column titles."""
        return {
            CustodyColumn.NUMBER: self.tr("No."),
            CustodyColumn.WHEN: self.tr("When (their clock)"),
            CustodyColumn.WHO: self.tr("Who"),
            CustodyColumn.WHAT: self.tr("What happened"),
            CustodyColumn.CHECK: self.tr("Check"),
        }[CustodyColumn(column)]

    def other_role(self, row: ChainEntry, column: IntEnum, role: int) -> Any:
        """An entry that does not verify stands out; a late one is in italics."""
        if role == Qt.ItemDataRole.ForegroundRole and row.status != "ok":
            return QColor("#a40000")
        if role == Qt.ItemDataRole.ToolTipRole and column == CustodyColumn.NUMBER:
            return row.entry_id.hex()
        return None
