"""The Overview tab: title, summary, status, jurisdiction, court, deadlines, tags, articles."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget

from casebook.domain.model import form_fields
from casebook.domain.records import Record
from casebook.ui.env import Env
from casebook.ui.sensitivity.label_dialog import LabelDialog
from casebook.ui.translation import format_time
from casebook.ui.widgets import plain_label, set_name
from casebook.ui.workspace.record_form import RecordForm

__all__ = ["OverviewTab"]

FIELDS = form_fields("case")  # the model says which fields, in what order


class OverviewTab(QWidget):
    """The case record itself, saved as it is typed."""

    case_changed = Signal(bytes, str, object)  # case id, field, value
    title_shown = Signal(str)  # the case's title, as read or as typed

    def __init__(self, env: Env, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._env = env
        self._case_id: bytes | None = None
        self.form = RecordForm(env, FIELDS, self, language=env.language)
        self.meta = plain_label("", self)
        self.meta.setObjectName("caseMeta")
        self.delete_button = QPushButton(self.tr("&Delete case…"), self)
        set_name(
            self.delete_button,
            self.tr("Delete case"),
            self.tr("Takes the case off the list; Cases → Deleted items… brings it back."),
        )
        self.label_button = QPushButton(self.tr("Sensitivity and &floor…"), self)
        set_name(
            self.label_button,
            self.tr("Sensitivity and floor of the case"),
            self.tr(
                "The case's own sensitivity, its fields', and the floor of every record in it: "
                "what colleagues may receive."
            ),
        )
        self.label_button.setEnabled(False)
        self.label_button.clicked.connect(lambda: self.open_labels())
        bottom = QHBoxLayout()
        bottom.addWidget(self.meta, 1)
        bottom.addWidget(self.label_button)
        bottom.addWidget(self.delete_button)
        inner = QWidget(self)
        layout = QVBoxLayout(inner)
        layout.addWidget(self.form)
        layout.addLayout(bottom)
        layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.form.field_saved.connect(self.on_form_field_saved)

    def load(self, case_id: bytes) -> None:
        """Show a case."""
        self._case_id = case_id
        self._env.read(lambda s: s.reading.get(case_id), self._show, self)

    def reload(self) -> None:
        """Read the case again (after a conflict was resolved)."""
        if self._case_id is not None and not self.form.pending:
            self.load(self._case_id)

    def _show(self, record: Record) -> None:
        if record.id != self._case_id:
            return
        self.form.set_record(record)
        self.label_button.setEnabled(True)
        self.title_shown.emit(str(record.get("title", "")))
        self.meta.setText(
            self.tr("Opened %1 · last change %2")
            .replace("%1", format_time(record.created_ms))
            .replace("%2", format_time(record.updated_ms))
        )

    def on_form_field_saved(self, name: str, value: object) -> None:
        """Tell the case list about a new title or status."""
        if self._case_id is not None and name in ("title", "status"):
            self.case_changed.emit(self._case_id, name, value)
        if name == "title" and isinstance(value, str):
            self.title_shown.emit(value)

    def open_labels(self) -> LabelDialog | None:
        """The case's sensitivity and floor (docs/labels.md)."""
        if self._case_id is None:
            return None
        self.form.flush()
        dialog = LabelDialog(self._env, self._case_id, self)
        dialog.open()
        return dialog

    def flush(self) -> None:
        """Send what is still being typed."""
        self.form.flush()

    def focus_first(self) -> None:
        """Put the cursor in the title."""
        self.form.editors["title"].setFocus()
