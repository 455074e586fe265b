"""The People tab: the persons of a case and their roles, each edited in place."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QWidget

from casebook.domain.model import form_fields
from casebook.service import CaseService
from casebook.ui.consent.person_panel import PersonConsentPanel
from casebook.ui.env import Env
from casebook.ui.models.people import PeopleModel, PersonRow, load_people
from casebook.ui.widgets import set_name
from casebook.ui.workspace.quick_add import QuickAddDialog, combo, line_edit
from casebook.ui.workspace.record_form import RecordForm
from casebook.ui.workspace.record_tab import RecordTab

__all__ = ["PeopleTab"]

FIELDS = form_fields("person")  # the model says which fields, in what order


class PeopleTab(RecordTab[PersonRow]):
    """Persons on the left, the selected person's details on the right."""

    people_changed = Signal()
    consent_changed = Signal()

    def __init__(self, env: Env, parent: QWidget | None = None) -> None:
        model = PeopleModel(env.language)
        model.use_vocabularies(env.vocabularies)
        form = RecordForm(env, FIELDS, None, language=env.language)
        super().__init__(env, model, form, parent, stretch=0)
        set_name(self.table, self.tr("People in this case"))
        self.add_button = QPushButton(self.tr("&Add person…"), self)
        self.delete_button = QPushButton(self.tr("Delete person"), self)
        self.erase_button = QPushButton(self.tr("E&rase person…"), self)
        set_name(
            self.erase_button,
            self.tr("Erase person"),
            self.tr("Deletes every value of this person for good, and asks colleagues to."),
        )
        self.consent = PersonConsentPanel(env, self)
        self.list_and_details(
            [self.add_button, self.delete_button, self.erase_button, self.label_button],
            [self.form, self.consent],
        )
        self.add_button.clicked.connect(self.on_add_button_clicked)
        self.delete_button.clicked.connect(self.on_delete_button_clicked)
        self.erase_button.clicked.connect(lambda: self.open_erase())
        self.form.field_saved.connect(self.on_form_field_saved)
        self.consent.changed.connect(self.consent_changed)
        self.consent.erased.connect(self.after_erasure)
        self.delete_button.setEnabled(False)
        self.erase_button.setEnabled(False)

    def fetch(self, service: CaseService, case_id: bytes) -> tuple[PersonRow, ...]:
        """The persons of the case."""
        return load_people(service, case_id)

    def empty_text(self, case_title: str) -> str:
        """No one in the case yet: who belongs here, and how to add them."""
        return self.tr(
            "No people in «%1» yet.\n\nAdd everyone the case is about: victims, witnesses, "
            "relatives, lawyers, officials and sources. Press Add person…, type the name and "
            "choose the role; aliases, sensitivity and notes go in the form beside the list. "
            "Names are the most sensitive data here: they are labelled restricted, and only "
            "colleagues you clear for them receive them."
        ).replace("%1", case_title)

    def show_row(self, row: PersonRow | None) -> None:
        """Show the selected person's details."""
        super().show_row(row)
        self.delete_button.setEnabled(row is not None)
        self.erase_button.setEnabled(row is not None)
        self.consent.load(row.id if row is not None else None)  # it may have changed elsewhere

    def on_form_field_saved(self, _name: str, _value: object) -> None:
        """Refresh the table line of the person just edited."""
        self._changed()

    def _changed(self) -> None:
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
            self._env.write(
                lambda s: s.records.add_person(case_id, text, code), self._on_added, self
            )

        dialog.accepted.connect(add)
        dialog.open()

    def _on_added(self, person_id: bytes) -> None:
        self._want = person_id
        self._changed()
        self.form.editors["name"].setFocus()

    def on_delete_button_clicked(self) -> None:
        """Delete the selected person after a confirmation (history keeps the record)."""
        self.confirm_delete(
            self.tr("Delete person"),
            self.tr("Delete this person from the case? The history keeps what was recorded."),
            self._deleted,
        )

    def _deleted(self) -> None:
        self.form.set_record(None)
        self._changed()
