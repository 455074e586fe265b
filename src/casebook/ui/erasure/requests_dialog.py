"""Exchange → Erasure requests…: every erasure known here, and the colleagues' ones to confirm.

    open ──► job: load_erasures ──► table, newest first; waiting requests first in colour
    Confirm erasure ──► job: erasure.confirm(redact) ──► `changed` (the workspace reloads, the
                        banner forgets the request) ──► reload

A colleague's erasure of a value someone else wrote only hides it here (PROTECTION §1): a stolen
key must not be able to wipe the team's evidence. The owner confirms, and only then is the value
deleted from this laptop for good. For the owner's own erasures the window says which colleagues
*received the request*; whether their copy is gone, casebook cannot know.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casebook.ui.env import Env
from casebook.ui.erasure.reasons import reason_label
from casebook.ui.errors import message_for
from casebook.ui.models.erasures import ErasureColumn, ErasureRow, ErasuresModel, load_erasures
from casebook.ui.tables import make_table, select_id, selected_id
from casebook.ui.widgets import ErrorBanner, heading, plain_label, set_name

__all__ = ["ErasureRequestsDialog"]


class ErasureRequestsDialog(QDialog):
    """Erasures: the owner's, and colleagues' requests waiting for confirmation."""

    changed = Signal()  # a request was confirmed: views and the banner must read again

    def __init__(self, env: Env, parent: QWidget) -> None:
        super().__init__(parent)
        self._env = env
        self.setWindowTitle(self.tr("Erasure requests"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        intro = plain_label(
            self.tr(
                "Values erased here, by you or at a colleague's request. When a colleague asks "
                "to erase a value that someone else wrote, casebook hides it at once and waits "
                "for you: confirm the erasure to delete it from this laptop for good."
            ),
            self,
            wrap=True,
        )
        self.model = ErasuresModel(env.peers, env.me, self)
        self.table = make_table(self.model, self.tr("Erasures"), self, stretch=ErasureColumn.STATE)
        # Names, labels and states can be long: fixed widths, the state gets the rest, and a
        # row grows to show its text whole (a few dozen rows at most).
        header = self.table.horizontalHeader()
        for column, width in (
            (ErasureColumn.WHO, 180),
            (ErasureColumn.WHAT, 240),
            (ErasureColumn.REASON, 170),
        ):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, width)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.empty = plain_label(self.tr("Nothing has been erased in this vault."), self)
        self.detail = plain_label("", self, wrap=True, selectable=True)
        set_name(self.detail, self.tr("About the chosen erasure"))
        self.confirm_button = QPushButton(self.tr("&Confirm erasure"), self)
        set_name(
            self.confirm_button,
            self.tr("Confirm erasure"),
            self.tr("Deletes the hidden value from this laptop for good."),
        )
        self.confirm_button.setAutoDefault(False)
        self.error = ErrorBanner(self)
        row = QHBoxLayout()
        row.addWidget(self.confirm_button)
        row.addStretch(1)
        buttons = QDialogButtonBox(self)
        close = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Erasure requests"), self, scale=1.2))
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.detail)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(1060, 520)
        self.confirm_button.clicked.connect(self.on_confirm_button_clicked)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_chosen())
        env.peers.changed.connect(self._show_chosen)
        self.loaded = False
        self.reload()

    def reload(self) -> None:
        """Read every erasure again; requests waiting for you come first."""
        keep = selected_id(self.table)
        language = self._env.language

        def loaded(rows: tuple[ErasureRow, ...]) -> None:
            self.loaded = True
            ordered = sorted(rows, key=lambda r: (not r.info.pending, -r.info.time_ms))
            self.model.set_rows(ordered)
            self.table.setVisible(bool(rows))
            self.empty.setVisible(not rows)
            if rows and not select_id(self.table, keep):
                self.table.selectRow(0)
            self._show_chosen()

        self._env.read(lambda s: load_erasures(s, language), loaded, self)

    def chosen(self) -> ErasureRow | None:
        """The selected erasure."""
        key = selected_id(self.table)
        row = self.model.find(key) if key else -1
        return self.model.rows[row] if row >= 0 else None

    def _show_chosen(self) -> None:
        row = self.chosen()
        self.confirm_button.setVisible(row is not None and row.info.pending)
        self.confirm_button.setEnabled(row is not None and row.info.pending)
        if row is None:
            self.detail.hide()
            return
        self.detail.setText("\n".join(self._explain(row)))
        self.detail.show()

    def _explain(self, row: ErasureRow) -> list[str]:
        info = row.info
        lines = [
            self.tr("%1 asked to erase: %2.")
            .replace("%1", self.model.who(row))
            .replace("%2", self.model.what(row)),
            self.tr("Reason: %1.").replace("%1", reason_label(info.reason)),
        ]
        if row.case_title:
            lines.append(self.tr("Case: %1").replace("%1", row.case_title))
        if info.pending:
            lines.append(
                self.tr(
                    "%n value(s) are hidden here already: not shown, not searched, not sent to "
                    "anyone. Confirming deletes them from this laptop for good; it cannot be "
                    "undone. Until then they stay hidden, in case the request did not really "
                    "come from your colleague.",
                    "",
                    info.hidden,
                )
            )
        elif info.author_is_me:
            if info.received_by:
                names = ", ".join(
                    self._env.peers.author_label(p, self._env.me) for p in info.received_by
                )
                lines.append(
                    self.tr(
                        "Received the erasure request: %1. Casebook cannot prove that their "
                        "copies are gone."
                    ).replace("%1", names)
                )
            else:
                lines.append(
                    self.tr(
                        "No colleague has received the erasure request yet. It goes out with "
                        "your next bundle to each of them."
                    )
                )
        if info.purged:
            lines.append(self.tr("Deleted from this vault: %n value(s).", "", info.purged))
        if info.awaiting:
            lines.append(
                self.tr(
                    "Not received here yet: %n value(s). If they arrive, they will not be kept.",
                    "",
                    info.awaiting,
                )
            )
        return lines

    def on_confirm_button_clicked(self) -> None:
        """Delete what the chosen colleague's erasure hides, for good."""
        row = self.chosen()
        if row is None or not row.info.pending:
            return
        redact_id = row.info.redact_id
        self.confirm_button.setEnabled(False)
        self.error.clear_message()

        def done(_: object) -> None:
            self.changed.emit()
            self.reload()

        def failed(error: BaseException) -> None:
            self.error.show_error(message_for(error))
            self._show_chosen()

        self._env.write(lambda s: s.erasure.confirm(redact_id), done, self, failed)
