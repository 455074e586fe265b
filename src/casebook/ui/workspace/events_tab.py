"""The Events tab: what happened (a vocabulary type), when (a fuzzy date), where, and who
took part. Participants are links between the event and persons of the case."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from casebook.domain.labels import record_label
from casebook.domain.model import form_fields
from casebook.domain.records import Record
from casebook.service import CaseService
from casebook.ui.env import Env
from casebook.ui.models.events import EventColumn, EventRow, EventsModel, load_events
from casebook.ui.widgets import set_name
from casebook.ui.workspace.date_field import DateLine, date_hint
from casebook.ui.workspace.quick_add import QuickAddDialog, combo
from casebook.ui.workspace.record_form import RecordForm
from casebook.ui.workspace.record_tab import RecordTab

__all__ = ["EventsTab"]

FIELDS = form_fields("event")  # the model says which fields, in what order


Loaded = tuple[tuple[EventRow, ...], list[Record]]


class EventsTab(RecordTab[EventRow]):
    """Events by date on the left; the selected event and its participants on the right."""

    events_changed = Signal()

    def __init__(self, env: Env, parent: QWidget | None = None) -> None:
        model = EventsModel(env.language)
        model.use_vocabularies(env.vocabularies)
        form = RecordForm(env, FIELDS, None, language=env.language)
        super().__init__(env, model, form, parent, stretch=EventColumn.PEOPLE)
        self._people: list[Record] = []
        self._filling = False
        set_name(self.table, self.tr("Events of this case"))
        header = self.table.horizontalHeader()
        for column, width in ((EventColumn.TYPE, 130), (EventColumn.PLACE, 90)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, width)
        self.add_button = QPushButton(self.tr("&Add event…"), self)
        self.delete_button = QPushButton(self.tr("Delete event"), self)
        self.erase_button = QPushButton(self.tr("E&rase event…"), self)
        set_name(
            self.erase_button,
            self.tr("Erase event"),
            self.tr("Deletes every value of this event for good, and asks colleagues to."),
        )
        self.participants = QListWidget(self)
        self.participants.setMaximumHeight(140)
        set_name(self.participants, self.tr("Who took part"))
        participants_label = QLabel(self.tr("&Who took part:"), self)
        participants_label.setBuddy(self.participants)
        self.list_and_details(
            [self.add_button, self.delete_button, self.erase_button, self.label_button],
            [self.form, participants_label, self.participants],
        )
        self.add_button.clicked.connect(self.on_add_button_clicked)
        self.delete_button.clicked.connect(self.on_delete_button_clicked)
        self.erase_button.clicked.connect(lambda: self.open_erase())
        self.form.field_saved.connect(self.on_form_field_saved)
        self.participants.itemChanged.connect(self.on_participants_item_changed)
        self.delete_button.setEnabled(False)
        self.erase_button.setEnabled(False)

    def fetch(self, service: CaseService, case_id: bytes) -> Loaded:
        """The events of the case, and its persons (the possible participants)."""
        return load_events(service, case_id), service.reading.children(case_id, "person")

    def take(self, loaded: Loaded) -> tuple[EventRow, ...]:
        """Keep the persons; the events are the rows."""
        rows, self._people = loaded
        return rows

    def empty_text(self, case_title: str) -> str:
        """No events yet: what an event is, and how to add one."""
        return self.tr(
            "No events in «%1» yet.\n\nAn event is what happened: a search, a detention, an "
            "interrogation, a court hearing, an assault. Press Add event…, choose what happened "
            "and type when, exactly (2024-03-05) or as it is remembered (~2024-03-05, 2024-03, "
            "2024-03-01/2024-03-10); then add the place, a summary and who took part."
        ).replace("%1", case_title)

    def show_row(self, row: EventRow | None) -> None:
        """Show the selected event and its participants."""
        super().show_row(row)
        self.delete_button.setEnabled(row is not None)
        self.erase_button.setEnabled(row is not None)
        self._fill_participants(row)

    def _fill_participants(self, row: EventRow | None) -> None:
        self._filling = True
        self.participants.clear()
        taking_part = {person_id for _, person_id, _ in row.participants} if row else set()
        for person in self._people:
            item = QListWidgetItem(record_label(person), self.participants)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if person.id in taking_part else Qt.CheckState.Unchecked
            )
        self.participants.setEnabled(row is not None)
        self._filling = False

    def on_participants_item_changed(self, item: QListWidgetItem) -> None:
        """Link or unlink a person; the link carries the person's role in the case."""
        row = self.current()
        if self._filling or row is None:
            return
        person_id = bytes(item.data(Qt.ItemDataRole.UserRole))
        event_id = row.id
        if item.checkState() == Qt.CheckState.Checked:
            role = next((str(p.get("role", "")) for p in self._people if p.id == person_id), "")
            self._env.write(
                lambda s: s.records.link(event_id, person_id, role or None),
                lambda _: self._changed(),
                self,
            )
        else:
            links = [link for link, pid, _ in row.participants if pid == person_id]

            def unlink(s: CaseService) -> None:
                for link in links:
                    s.records.delete(link)

            self._env.write(unlink, lambda _: self._changed(), self)

    def on_form_field_saved(self, _name: str, _value: object) -> None:
        """Refresh the table line of the event just edited."""
        self._changed()

    def _changed(self) -> None:
        self.reload()
        self.events_changed.emit()

    # -- adding and deleting --------------------------------------------------------------

    def on_add_button_clicked(self) -> None:
        """Ask for what happened and when; the rest goes into the form."""
        case_id = self._case_id
        if case_id is None:
            return
        kind = combo(
            self._env.vocabularies.current.choices("event_type", self._env.language), "detention"
        )
        date = DateLine(self._env.language)

        def check() -> str | None:
            problem = date.problem() or ("" if date.text().strip() else date_hint())
            if problem:
                date.show_problem(problem)
            return problem or None

        dialog = QuickAddDialog(
            self,
            self.tr("Add an event"),
            [(self.tr("&What happened:"), kind), (self.tr("Wh&en:"), date)],
            self.tr("Add"),
            self.tr("Cancel"),
            check,
        )

        def add() -> None:
            code, when = str(kind.currentData()), str(date.stored())
            self._env.write(
                lambda s: s.records.add_event(case_id, code, when), self._on_added, self
            )

        dialog.accepted.connect(add)
        dialog.open()

    def _on_added(self, event_id: bytes) -> None:
        self._want = event_id
        self._changed()
        self.form.editors["place"].setFocus()

    def on_delete_button_clicked(self) -> None:
        """Delete the selected event after a confirmation."""
        self.confirm_delete(
            self.tr("Delete event"),
            self.tr("Delete this event from the case? The history keeps what was recorded."),
            self._changed,
        )
