"""The erasure requests window's table: every erasure known here, newest first.

Who asked, what (the record and the field), why (a reason code), when, and where it stands:
the owner's own erasures list the colleagues who *received the request* (never "erased": casebook
cannot prove a colleague's copy is gone); a colleague's erasure of someone else's value waits,
hidden, for the owner to confirm it.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor

from casebook.base.errors import NotFound
from casebook.domain.labels import VocabLabel, labels_by_id, record_label, term_labels
from casebook.domain.records import Record
from casebook.service import CaseService
from casebook.service.erasure import ErasureInfo
from casebook.ui.erasure.reasons import reason_label
from casebook.ui.labels import field_label, kind_label
from casebook.ui.models.base import RowTableModel
from casebook.ui.peer_book import PeerBook
from casebook.ui.translation import format_time

__all__ = [
    "ErasureColumn",
    "ErasureRow",
    "ErasuresModel",
    "count_pending",
    "load_erasures",
    "name_of",
]


@dataclass(frozen=True)
class ErasureRow:
    """One erasure and the names it is shown with."""

    info: ErasureInfo
    label: str  # the record's one-line name ("" when nothing names it any more)
    case_title: str

    @property
    def id(self) -> bytes:
        """Rows are keyed by the id of the `redact` op."""
        return self.info.redact_id


def name_of(service: CaseService, rec: Record, vocab: VocabLabel) -> str:
    """A record's one-line name; a person whose name is erased is told by role and aliases."""
    names = None
    if rec.kind == "interview" and rec.case_id is not None:
        names = labels_by_id(service.reading.children(rec.case_id, "person"))
    label = record_label(rec, vocab, names=names)
    if label or rec.kind != "person":
        return label
    role = str(rec.get("role", ""))
    parts = [vocab("role", role) if role else "", ", ".join(rec.get("aliases", ()))]
    return " · ".join(p for p in parts if p)


def count_pending(service: CaseService) -> int:
    """Store-thread job: how many colleagues' erasures wait for the owner's confirmation."""
    return len(service.erasure.erasures(pending=True))


def load_erasures(service: CaseService, language: str) -> tuple[ErasureRow, ...]:
    """Store-thread job: every erasure, with its record's and case's names where still known."""
    vocab = term_labels(language, service.records.vocabulary)
    rows = []
    titles: dict[bytes, str] = {}
    for info in service.erasure.erasures():
        label = ""
        with contextlib.suppress(NotFound):  # a record erased whole before it arrived here
            label = name_of(service, service.reading.get(info.entity_id), vocab)
        case_id = info.case_id
        if case_id is not None and case_id not in titles:
            try:
                titles[case_id] = str(service.reading.get(case_id).get("title", ""))
            except NotFound:
                titles[case_id] = ""
        rows.append(ErasureRow(info, label, titles.get(case_id, "") if case_id else ""))
    return tuple(rows)


class ErasureColumn(IntEnum):
    """Columns of the erasures table."""

    WHEN = 0
    WHO = 1
    WHAT = 2
    REASON = 3
    STATE = 4


class ErasuresModel(RowTableModel[ErasureRow]):
    """Erasures, newest first."""

    columns = ErasureColumn

    def __init__(self, peers: PeerBook, me: bytes, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._peers = peers
        self._me = me

    def who(self, row: ErasureRow) -> str:
        """ "You", or the colleague who asked, with their mark."""
        if row.info.author_is_me:
            return self.tr("You")
        return self._peers.author_label(row.info.author, self._me)

    def what(self, row: ErasureRow) -> str:
        """The record and the field: "Person «…», Name" or "Person «…», the whole record"."""
        info = row.info
        what = kind_label(info.entity) + (f" «{row.label}»" if row.label else "")
        if info.field:
            return f"{what}, {field_label(f'{info.entity}.{info.field}')}"
        return self.tr("%1, the whole record").replace("%1", what)

    def state(self, row: ErasureRow) -> str:
        """Where the erasure stands here (and, for the owner's, who received the request)."""
        info = row.info
        if info.pending:
            return self.tr("hidden here, waiting for your confirmation")
        if info.author_is_me:
            if not info.received_by:
                return self.tr("erased here; request not received yet")
            names = ", ".join(self._peers.author_label(p, self._me) for p in info.received_by)
            return self.tr("erased here; request received by: %1").replace("%1", names)
        if info.purged:
            return self.tr("erased here")
        if info.awaiting:
            return self.tr("not received here; it will never be kept")
        return self.tr("nothing of it is held here")

    def display(self, row: ErasureRow, column: IntEnum) -> str:
        """When, who, what, why, and where it stands."""
        if column == ErasureColumn.WHEN:
            return format_time(row.info.time_ms)
        if column == ErasureColumn.WHO:
            return self.who(row)
        if column == ErasureColumn.WHAT:
            return self.what(row)
        if column == ErasureColumn.REASON:
            return reason_label(row.info.reason)
        return self.state(row)

    def header(self, column: IntEnum) -> str:
        """Column titles."""
        return {
            ErasureColumn.WHEN: self.tr("When"),
            ErasureColumn.WHO: self.tr("Who asked"),
            ErasureColumn.WHAT: self.tr("What"),
            ErasureColumn.REASON: self.tr("Reason"),
            ErasureColumn.STATE: self.tr("State"),
        }[ErasureColumn(column)]

    def other_role(self, row: ErasureRow, column: IntEnum, role: int) -> Any:
        """Requests waiting for the owner stand out."""
        if role == Qt.ItemDataRole.ForegroundRole and row.info.pending:
            return QColor("#8a4b00")
        return None
