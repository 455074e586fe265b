"""What the People, Events and Interviews tabs share: a table of a case's records on the left,
the selected record's form on the right, and the rules that keep the two in step.

- `load(case_id)` reads the records on the store thread; `reload()` reads them again and keeps
  the selection (or the record a search or an unlock asked for, see `select`).
- Selecting a row shows its record in the form; the form saves each field as it is typed.
- Deleting asks first (`deleting.delete_record`), and says how to restore.
- Erasing (the selected record, or one field from the form) goes through `EraseDialog`; then
  the tab reads its records again and `erased` tells the case view to reload the others.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from casebook.domain.records import Record
from casebook.service import CaseService
from casebook.ui.env import Env
from casebook.ui.erasure.erase_dialog import EraseDialog
from casebook.ui.models.base import RowTableModel
from casebook.ui.sensitivity.label_dialog import LabelDialog
from casebook.ui.tables import first_row_selected, make_table, select_id, selected_id
from casebook.ui.widgets import plain_label
from casebook.ui.workspace.deleting import delete_record
from casebook.ui.workspace.record_form import RecordForm

__all__ = ["RecordTab"]


class _Row(Protocol):
    @property
    def id(self) -> bytes: ...

    @property
    def record(self) -> Record: ...


RowT = TypeVar("RowT", bound=_Row)


class RecordTab(QWidget, Generic[RowT]):
    """A case's records of one kind, listed and edited in place. Subclasses say how to read
    them (`fetch`), what to do with a read (`take`), and what else follows the selection
    (`show_row`)."""

    erased = Signal()  # a record or field was erased: every view must read again

    def __init__(
        self,
        env: Env,
        model: RowTableModel[RowT],
        form: RecordForm,
        parent: QWidget | None,
        *,
        stretch: int,
    ) -> None:
        super().__init__(parent)
        self._env = env
        self._case_id: bytes | None = None
        self._want: bytes | None = None
        self.model = model
        model.setParent(self)
        # Subclasses give the table its translated accessible name once `self.tr` works.
        self.table = make_table(model, "", self, stretch=stretch)
        # Shown instead of the table while the case has none of these records: what they are
        # and how to add one (subclasses word it in `empty_text`).
        self.empty = plain_label("", self, wrap=True)
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty.setContentsMargins(8, 8, 8, 8)
        self.empty.hide()
        self._case_title = ""
        self.form = form
        form.setParent(self)
        self.table.selectionModel().selectionChanged.connect(self.on_table_selection_changed)
        form.field_erased.connect(lambda _name: self.after_erasure())
        # Literal call: lupdate extracts nothing through a variable.
        self.label_button = QPushButton(
            QCoreApplication.translate("RecordTab", "Sensiti&vity…"), self
        )
        self.label_button.setToolTip(
            QCoreApplication.translate(
                "RecordTab",
                "Raise the sensitivity of this record or of its fields: what colleagues may "
                "receive of it.",
            )
        )
        self.label_button.setEnabled(False)
        self.label_button.clicked.connect(lambda: self.open_labels())

    # -- subclasses -----------------------------------------------------------------------

    def fetch(self, service: CaseService, case_id: bytes) -> Any:
        """Read what the tab shows (runs on the store thread)."""
        raise NotImplementedError

    def take(self, loaded: Any) -> Iterable[RowT]:
        """Keep what a read brought besides the rows; return the rows."""
        rows: Iterable[RowT] = loaded
        return rows

    def case_changed(self, case_id: bytes) -> None:
        """Another case is about to be shown."""
        self.form.set_record(None)

    def empty_text(self, case_title: str) -> str:
        """What the tab holds and how to add the first one, for the case called `case_title`."""
        return ""

    def forget_case_text(self) -> None:
        """At a lock: the case's title goes too (a callback may keep this tab a while)."""
        self._case_title = ""

    def set_case_title(self, title: str) -> None:
        """The open case's title, for the empty state's words."""
        self._case_title = title
        self._show_empty()

    def _show_empty(self) -> None:
        nothing = self._case_id is not None and self.model.rowCount() == 0
        self.empty.setText(self.empty_text(self._case_title) if nothing else "")
        self.empty.setVisible(nothing)
        self.table.setVisible(not nothing)

    def show_row(self, row: RowT | None) -> None:
        """Show `row` (or nothing) beside the table."""
        if row is None:
            self.form.set_record(None)
        elif self.form.record is None or self.form.record.id != row.id:
            self.form.set_record(row.record)

    # -- loading and selection ------------------------------------------------------------

    def load(self, case_id: bytes) -> None:
        """Show the records of a case."""
        if case_id != self._case_id:
            self.case_changed(case_id)
        self._case_id = case_id
        self._env.read(lambda s: self.fetch(s, case_id), self._show, self)

    def reload(self) -> None:
        """Read the records again, keeping the selection."""
        if self._case_id is not None:
            self.form.flush()
            self._want = self._want or selected_id(self.table)
            self.load(self._case_id)

    def _show(self, loaded: Any) -> None:
        rows = self.take(loaded)
        want = self._want or selected_id(self.table)
        self._want = None
        self.model.set_rows(rows)
        self._show_empty()
        if not select_id(self.table, want):
            first_row_selected(self.table)
        self.on_table_selection_changed()

    def select(self, record_id: bytes) -> None:
        """Select a record (from search, or when returning after a lock)."""
        if not select_id(self.table, record_id):
            self._want = record_id

    def selected(self) -> bytes | None:
        """The selected record's id."""
        return selected_id(self.table)

    def current(self) -> RowT | None:
        """The selected row, or None."""
        record_id = selected_id(self.table)
        i = self.model.find(record_id) if record_id else -1
        return self.model.rows[i] if i >= 0 else None

    def on_table_selection_changed(self, *_args: object) -> None:
        """Show the selected record."""
        row = self.current()
        self.label_button.setEnabled(row is not None)
        self.show_row(row)

    def open_labels(self) -> LabelDialog | None:
        """The selected record's sensitivity: its own label, its fields' (docs/labels.md)."""
        record_id = selected_id(self.table)
        if record_id is None:
            return None
        self.form.flush()
        dialog = LabelDialog(self._env, record_id, self)
        dialog.open()
        return dialog

    def flush(self) -> None:
        """Send what is still being typed."""
        self.form.flush()

    # -- building blocks ------------------------------------------------------------------

    def list_and_details(self, buttons: list[QPushButton], details: list[QWidget]) -> None:
        """Lay out the buttons over the table on the left and `details` on the right."""
        left = QWidget(self)
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addLayout(row)
        lv.addWidget(self.table)
        lv.addWidget(self.empty, 1)
        right = QWidget(self)
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        for widget in details:
            rv.addWidget(widget)
        rv.addStretch(1)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([480, 360])
        QVBoxLayout(self).addWidget(split)

    def open_erase(self, parent: QWidget | None = None) -> EraseDialog | None:
        """Ask about erasing the selected record, whole (what goes, why, who has a copy)."""
        record_id = selected_id(self.table)
        if record_id is None:
            return None
        self.form.flush()
        dialog = EraseDialog(self._env, record_id, "", parent or self)
        dialog.erased.connect(lambda _info: self.after_erasure())
        dialog.open()
        return dialog

    def after_erasure(self) -> None:
        """Read everything again: the form too, which now shows what is erased."""
        self.form.set_record(None)
        self.reload()
        self.erased.emit()

    def confirm_delete(self, title: str, question: str, done: Callable[[], None]) -> None:
        """Ask, then delete the selected record (the history keeps it) and call `done`."""
        record_id = selected_id(self.table)
        if record_id is None:
            return
        self.form.flush()
        delete_record(self._env, self, record_id, title, question, done)
