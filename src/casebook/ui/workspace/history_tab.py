"""The History tab: who changed what and when, from the op-log, with conflicts marked and a
way to resolve each one side by side."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casebook.domain.records import ConflictInfo
from casebook.ui.env import Env
from casebook.ui.labels import conflict_label, kind_label
from casebook.ui.models.history import CaseHistory, HistoryColumn, HistoryModel, load_history
from casebook.ui.tables import make_table
from casebook.ui.widgets import plain_label, set_name
from casebook.ui.workspace.conflict_dialog import ConflictDialog

__all__ = ["HistoryTab"]


class HistoryTab(QWidget):
    """Open conflicts on top, every change below, newest first."""

    resolved = Signal()

    def __init__(self, env: Env, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._env = env
        self._case_id: bytes | None = None
        self._history: CaseHistory | None = None
        self.model = HistoryModel(env.language, self)
        self.model.use_vocabularies(env.vocabularies)
        self.model.use_peers(env.peers, env.me)
        self.table = make_table(self.model, self.tr("Changes to this case"), self)
        # Up to thousands of rows: fixed widths, not measured contents.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(HistoryColumn.VALUE, QHeaderView.ResizeMode.Stretch)
        metrics = self.fontMetrics()
        for column, width in (
            (HistoryColumn.TIME, metrics.horizontalAdvance("2024-12-31 23:59:59") + 16),
            (HistoryColumn.AUTHOR, 100),
            (HistoryColumn.RECORD, 200),
            (HistoryColumn.FIELD, 140),
            (HistoryColumn.NOTE, 120),
        ):
            self.table.setColumnWidth(column, width)
        self.conflict_title = plain_label("", self, wrap=True)
        self.conflict_title.setStyleSheet("color: #b00020; font-weight: bold;")
        self.conflicts = QListWidget(self)
        self.conflicts.setMaximumHeight(110)
        set_name(self.conflicts, self.tr("Conflicting edits"))
        self.resolve_button = QPushButton(self.tr("&Compare and resolve…"), self)
        row = QHBoxLayout()
        row.addWidget(self.conflicts, 1)
        row.addWidget(self.resolve_button, 0, Qt.AlignmentFlag.AlignTop)
        self.conflict_box = QWidget(self)
        box = QVBoxLayout(self.conflict_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.conflict_title)
        box.addLayout(row)
        self.deleted_button = QPushButton(self.tr("&Deleted items…"), self)
        set_name(
            self.deleted_button,
            self.tr("Deleted items"),
            self.tr("What was deleted in this case, and deleted cases, to restore."),
        )
        # While nothing has happened since the case was opened: what this tab will hold.
        self.empty = plain_label("", self, wrap=True)
        self.empty.setObjectName("emptyState")
        self.empty.hide()
        self._case_title = ""
        top = QHBoxLayout()
        top.addWidget(self.empty, 1)
        top.addWidget(self.deleted_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.conflict_box)
        layout.addWidget(self.table, 1)
        self.conflict_box.hide()
        self.resolve_button.clicked.connect(self.on_resolve_button_clicked)
        self.conflicts.itemActivated.connect(self.on_resolve_button_clicked)

    def load(self, case_id: bytes) -> None:
        """Read a case's history."""
        self._case_id = case_id
        language = self._env.language
        self._env.read(lambda s: load_history(s, case_id, language), self._show, self)

    def reload(self) -> None:
        """Read it again (it grows with every change)."""
        if self._case_id is not None:
            self.load(self._case_id)

    def forget_case_text(self) -> None:
        """At a lock: the case's title goes too (a callback may keep this tab a while)."""
        self._case_title = ""

    def set_case_title(self, title: str) -> None:
        """The open case's title, for the words shown while nothing has changed."""
        self._case_title = title
        self._show_empty()

    def _show_empty(self) -> None:
        rows = self._history.rows if self._history is not None else ()
        # Opening a case writes its first values at once: nothing after that is "empty".
        times = [r.time_ms for r in rows]
        quiet = all(r.entity == "case" for r in rows) and (
            not times or max(times) - min(times) < 2_000
        )
        self.empty.setVisible(quiet)
        self.empty.setText(
            self.tr(
                "Nothing has changed in «%1» since it was opened. Every change will be listed "
                "here, newest first: what changed, who made it (you or a colleague, by their "
                "key) and when. Nothing here can be edited; erasing a value shows here as "
                "“erased”, and edits that conflict between colleagues are listed above, to "
                "compare and resolve."
            ).replace("%1", self._case_title)
            if quiet
            else ""
        )

    def _show(self, history: CaseHistory) -> None:
        self._history = history
        self.model.set_history(history)
        self._show_empty()
        self.conflicts.clear()
        for conflict in history.conflicts:
            name = history.labels.get(conflict.entity_id, "")
            what = kind_label(conflict.entity) + (f" «{name}»" if name else "")
            text = self.tr("%1 — %2: %n versions", "", len(conflict.values))
            item = QListWidgetItem(text.replace("%1", what).replace("%2", self._about(conflict)))
            self.conflicts.addItem(item)
        n = len(history.conflicts)
        self.conflict_box.setVisible(n > 0)
        self.conflict_title.setText(
            self.tr("%n field(s) have conflicting edits from different devices or people.", "", n)
        )
        if n:
            self.conflicts.setCurrentRow(0)

    def _about(self, conflict: ConflictInfo) -> str:
        """What a conflict is about: a field, or the use consent decisions disagree on."""
        terms = self._env.vocabularies.current
        return conflict_label(conflict.entity, conflict.field, self._env.language, terms)

    def _conflict(self) -> ConflictInfo | None:
        row = self.conflicts.currentRow()
        if self._history is None or not 0 <= row < len(self._history.conflicts):
            return None
        return self._history.conflicts[row]

    def on_resolve_button_clicked(self, *_args: object) -> None:
        """Show the versions side by side."""
        conflict = self._conflict()
        if conflict is None or self._history is None:
            return
        dialog = ConflictDialog(self._env, conflict, self._history.labels, self)
        dialog.resolved.connect(self.on_dialog_resolved)
        dialog.open()

    def on_dialog_resolved(self) -> None:
        """A version was chosen: the history and the case change."""
        self.reload()
        self.resolved.emit()

    def flush(self) -> None:
        """Nothing is typed here."""
