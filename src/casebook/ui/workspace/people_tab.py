"""The People tab: the persons of a case and their roles, each edited in place."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from casebook.ui.env import Env
from casebook.ui.models.people import PeopleModel, PersonRow, load_people
from casebook.ui.widgets import message_box
from casebook.ui.workspace.quick_add import QuickAddDialog, combo, line_edit
from casebook.ui.workspace.record_form import FieldKind, FormField, RecordForm
from casebook.ui.workspace.tables import first_row_selected, make_table, select_id, selected_id

__all__ = ["PeopleTab"]

FIELDS = (
    FormField("name", FieldKind.LINE, required=True),
    FormField("role", FieldKind.VOCAB, "role", required=True),
    FormField("aliases", FieldKind.TAGS),
    FormField("sensitivity", FieldKind.VOCAB, "sensitivity"),
    FormField("notes", FieldKind.TEXT),
)


class PeopleTab(QWidget):
    """Persons on the left, the selected person's details on the right."""

    people_changed = Signal()

    def __init__(self, env: Env, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._env = env
        self._case_id: bytes | None = None
        self._want: bytes | None = None
        self.model = PeopleModel(env.language, self)
        self.model.use_vocabularies(env.vocabularies)
        self.table = make_table(self.model, self.tr("People in this case"), self, stretch=0)
        self.add_button = QPushButton(self.tr("&Add person…"), self)
        self.delete_button = QPushButton(self.tr("Delete person"), self)
        self.form = RecordForm(env, FIELDS, self, language=env.language)

        left = QWidget(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addLayout(buttons)
        lv.addWidget(self.table)
        right = QWidget(self)
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self.form)
        rv.addStretch(1)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([480, 360])
        layout = QVBoxLayout(self)
        layout.addWidget(split)

        self.add_button.clicked.connect(self.on_add_button_clicked)
        self.delete_button.clicked.connect(self.on_delete_button_clicked)
        self.table.selectionModel().selectionChanged.connect(self.on_table_selection_changed)
        self.form.field_saved.connect(self.on_form_field_saved)
        self.delete_button.setEnabled(False)

    # -- loading --------------------------------------------------------------------------

    def load(self, case_id: bytes) -> None:
        """Show the persons of a case."""
        if case_id != self._case_id:
            self.form.set_record(None)
        self._case_id = case_id
        self._env.read(lambda s: load_people(s, case_id), self._show, self)

    def reload(self) -> None:
        """Read the persons again."""
        if self._case_id is not None:
            self.form.flush()
            self._want = self._want or selected_id(self.table)
            self.load(self._case_id)

    def _show(self, rows: tuple[PersonRow, ...]) -> None:
        want = self._want or selected_id(self.table)
        self._want = None
        self.model.set_rows(rows)
        if not select_id(self.table, want):
            first_row_selected(self.table)
        self.on_table_selection_changed()

    def select(self, record_id: bytes) -> None:
        """Select a person (from search, or when returning after a lock)."""
        if not select_id(self.table, record_id):
            self._want = record_id

    def selected(self) -> bytes | None:
        """The selected person's id."""
        return selected_id(self.table)

    def on_table_selection_changed(self, *_args: object) -> None:
        """Show the selected person's details."""
        person_id = selected_id(self.table)
        i = self.model.find(person_id) if person_id else -1
        row = self.model.rows[i] if i >= 0 else None
        if row is None:
            self.form.set_record(None)
        elif self.form.record is None or self.form.record.id != row.id:
            self.form.set_record(row.record)
        self.delete_button.setEnabled(row is not None)

    def on_form_field_saved(self, _name: str, _value: object) -> None:
        """Refresh the table line of the person just edited."""
        self.reload()
        self.people_changed.emit()

    # -- adding and deleting --------------------------------------------------------------

    def on_add_button_clicked(self) -> None:
        """Ask for a name and a role; the rest goes into the form."""
        case_id = self._case_id
        if case_id is None:
            return
        name = line_edit()
        role = combo(self._env.vocabularies.current.choices("role", self._env.language), "witness")
        dialog = QuickAddDialog(
            self,
            self.tr("Add a person"),
            [(self.tr("&Name:"), name), (self.tr("&Role:"), role)],
            self.tr("Add"),
            self.tr("Cancel"),
            lambda: None if name.text().strip() else self.tr("A person needs a name."),
        )

        def add() -> None:
            text, code = name.text().strip(), str(role.currentData())
            self._env.write(lambda s: s.add_person(case_id, text, code), self._on_added, self)

        dialog.accepted.connect(add)
        dialog.open()

    def _on_added(self, person_id: bytes) -> None:
        self._want = person_id
        self.reload()
        self.people_changed.emit()
        self.form.editors["name"].setFocus()

    def on_delete_button_clicked(self) -> None:
        """Delete the selected person after a confirmation (history keeps the record)."""
        person_id = selected_id(self.table)
        if person_id is None:
            return
        box, (yes, _) = message_box(
            self,
            QMessageBox.Icon.Question,
            self.tr("Delete person"),
            self.tr("Delete this person from the case? The history keeps what was recorded."),
            [
                (self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole),
                (self.tr("Keep"), QMessageBox.ButtonRole.RejectRole),
            ],
        )

        def chosen() -> None:
            if box.clickedButton() is yes:
                self._env.write(lambda s: s.delete(person_id), lambda _: self._deleted(), self)

        box.finished.connect(chosen)
        box.open()

    def _deleted(self) -> None:
        self.form.set_record(None)
        self.reload()
        self.people_changed.emit()

    def flush(self) -> None:
        """Send what is still being typed."""
        self.form.flush()
