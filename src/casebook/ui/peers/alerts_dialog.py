"""Exchange → Compromise alerts…: signed proof that a colleague's keys misbehaved.

    open ──► job: compromise_alerts(service.session) ──► table (newest first), unseen ones in red
    Mark as seen ──► job: acknowledge_alert(id) ──► reload; the alert stays in the vault

An alert is raised by an import that was refused because someone's keys signed two different
histories. What to do is always the same, so the dialog says it: revoke that colleague with a
cut-off before the fork (Revoke… opens right here), and ask them in person what happened.
After unlock, the main window says how many alerts are unseen.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QLocale, QObject, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casebook.bundle.alerts import AlertRecord, acknowledge_alert, compromise_alerts
from casebook.domain.records import Exchange
from casebook.service import CaseService
from casebook.ui.env import Env
from casebook.ui.errors import message_for
from casebook.ui.models.base import RowTableModel
from casebook.ui.peers.revoke_dialog import RevokeDialog
from casebook.ui.tables import make_table, selected_id
from casebook.ui.translation import QT_TRANSLATE_NOOP, format_time
from casebook.ui.widgets import ErrorBanner, heading, plain_label, set_name

__all__ = ["AlertsDialog", "AlertsModel", "count_unseen"]

KIND_TEXT = {
    "bundle-fork": QT_TRANSLATE_NOOP("AlertsModel", "two different bundles with one number"),
    "chain-fork": QT_TRANSLATE_NOOP("AlertsModel", "two different histories of bundles"),
    "id-reuse": QT_TRANSLATE_NOOP("AlertsModel", "one bundle id on two different bundles"),
    "op-fork": QT_TRANSLATE_NOOP("AlertsModel", "two different changes with one number"),
    "custody-fork": QT_TRANSLATE_NOOP(
        "AlertsModel", "two different custody records with one number"
    ),
}
_NOT_BUNDLE_NUMBERS = ("op-fork", "custody-fork")  # their seq is not a bundle number


def count_unseen(service: CaseService) -> int:
    """Store-thread job: how many alerts the person has not marked as seen."""
    return len(compromise_alerts(service.session, unacknowledged=True))


class AlertColumn(IntEnum):
    """Columns of the alerts table."""

    WHEN = 0
    WHOSE = 1
    WHAT = 2
    SEEN = 3


class AlertsModel(RowTableModel[AlertRecord]):
    """Alerts, newest first."""

    columns = AlertColumn

    def __init__(self, env: Env, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._env = env

    def row_id(self, row: AlertRecord) -> bytes:
        """Rows are keyed by the alert's number."""
        return str(row.id).encode()

    def display(self, row: AlertRecord, column: IntEnum) -> str:
        """When, whose keys, what they signed, and whether it was seen."""
        if column == AlertColumn.WHEN:
            return format_time(row.created_ms)
        if column == AlertColumn.WHOSE:
            return self._env.peers.author_label(row.party, self._env.me)
        if column == AlertColumn.WHAT:
            text = KIND_TEXT.get(row.kind)
            what = self.tr(text) if text else row.kind
            return (
                self.tr("%1 (no. %2)")
                .replace("%1", what)
                .replace("%2", QLocale().toString(row.seq))
            )
        if column == AlertColumn.SEEN:
            return self.tr("seen") if row.acknowledged else self.tr("NEW")
        return ""

    def header(self, column: IntEnum) -> str:
        """Column titles."""
        return {
            AlertColumn.WHEN: self.tr("Found"),
            AlertColumn.WHOSE: self.tr("Whose keys"),
            AlertColumn.WHAT: self.tr("What they signed"),
            AlertColumn.SEEN: self.tr("State"),
        }[AlertColumn(column)]

    def other_role(self, row: AlertRecord, column: IntEnum, role: int) -> Any:
        """Unseen alerts in red."""
        if role == Qt.ItemDataRole.ForegroundRole and not row.acknowledged:
            return QColor("#b00020")
        return None


class AlertsDialog(QDialog):
    """Every compromise alert, and what to do about one."""

    changed = Signal()

    def __init__(self, env: Env, parent: QWidget) -> None:
        super().__init__(parent)
        self._env = env
        self._exchanges: dict[bytes, Exchange] = {}
        self.setWindowTitle(self.tr("Compromise alerts"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        intro = plain_label(
            self.tr(
                "An alert means a colleague's keys signed two different histories: someone else "
                "may hold their keys. The bundle that showed it was refused. Revoke that "
                "colleague with a cut-off before the number shown, and ask them in person what "
                "happened."
            ),
            self,
            wrap=True,
        )
        self.model = AlertsModel(env, self)
        self.table = make_table(self.model, self.tr("Compromise alerts"), self)
        self.empty = plain_label(self.tr("No compromise alerts."), self)
        self.detail = plain_label("", self, wrap=True, selectable=True)
        set_name(self.detail, self.tr("About the chosen alert"))
        self.seen_button = QPushButton(self.tr("&Mark as seen"), self)
        self.revoke_button = QPushButton(self.tr("&Revoke this colleague…"), self)
        for b in (self.seen_button, self.revoke_button):
            set_name(b, b.text().replace("&", "").rstrip("…"))
        self.error = ErrorBanner(self)
        row = QHBoxLayout()
        row.addWidget(self.seen_button)
        row.addWidget(self.revoke_button)
        row.addStretch(1)
        buttons = QDialogButtonBox(self)
        close = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Compromise alerts"), self, scale=1.2))
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.detail)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(820, 460)
        self.seen_button.clicked.connect(self.on_seen_button_clicked)
        self.revoke_button.clicked.connect(self.on_revoke_button_clicked)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_chosen())
        env.peers.changed.connect(self._show_chosen)
        self.reload()

    def reload(self) -> None:
        """Read the alerts (and what was exchanged with each peer, for the cut-off)."""

        def loaded(result: tuple[list[AlertRecord], dict[bytes, Exchange]]) -> None:
            alerts, self._exchanges = result
            self.model.set_rows(sorted(alerts, key=lambda a: -a.created_ms))
            self.table.setVisible(bool(alerts))
            self.empty.setVisible(not alerts)
            if alerts and not self.table.selectionModel().hasSelection():
                self.table.selectRow(0)
            self._show_chosen()

        self._env.read(lambda s: (compromise_alerts(s.session), s.peers.exchanges()), loaded, self)

    def chosen(self) -> AlertRecord | None:
        """The selected alert."""
        key = selected_id(self.table)
        row = self.model.find(key) if key else -1
        return self.model.rows[row] if row >= 0 else None

    def _show_chosen(self) -> None:
        alert = self.chosen()
        peer = self._env.peers.get(alert.party) if alert is not None else None
        self.seen_button.setEnabled(alert is not None and not alert.acknowledged)
        self.revoke_button.setEnabled(peer is not None and not peer.revoked)
        if alert is None:
            self.detail.hide()
            return
        who = self._env.peers.author_label(alert.party, self._env.me)
        lines = [
            self.tr("Whose keys: %1 (key %2).")
            .replace("%1", who)
            .replace("%2", alert.party.hex()[:16]),
            self.tr("Found in a bundle sealed by: %1.").replace(
                "%1", self._env.peers.author_label(alert.sender, self._env.me)
            ),
        ]
        if peer is not None and not peer.revoked and alert.kind not in _NOT_BUNDLE_NUMBERS:
            lines.append(
                self.tr("Revoke them, keeping their bundles up to no. %1 at most.").replace(
                    "%1", QLocale().toString(max(0, alert.seq - 1))
                )
            )
        self.detail.setText("\n".join(lines))
        self.detail.show()

    def on_seen_button_clicked(self) -> None:
        """Mark the chosen alert as seen (it stays in the vault)."""
        alert = self.chosen()
        if alert is None:
            return
        alert_id = alert.id

        def done(_: AlertRecord) -> None:
            self.changed.emit()
            self.reload()

        self._env.write(
            lambda s: acknowledge_alert(s.session, alert_id),
            done,
            self,
            lambda e: self.error.show_error(message_for(e)),
        )

    def on_revoke_button_clicked(self) -> None:
        """Revoke the colleague whose keys signed both."""
        alert = self.chosen()
        peer = self._env.peers.get(alert.party) if alert is not None else None
        if alert is None or peer is None or peer.revoked:
            return
        exchange = self._exchanges.get(peer.identity, Exchange())
        dialog = RevokeDialog(self._env, peer, exchange, self)
        if alert.kind not in _NOT_BUNDLE_NUMBERS:  # keep only what came before the fork
            if alert.seq > 1:
                dialog.up_to.setChecked(True)
                dialog.cutoff.setValue(alert.seq - 1)
            else:
                dialog.nothing.setChecked(True)
        dialog.open()
