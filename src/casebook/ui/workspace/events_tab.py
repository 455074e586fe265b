"""The Events tab: what happened (a vocabulary type), when (a fuzzy date), where, and who
took part. Participants are links between the event and persons of the case."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from casebook.errors import InputRejected
from casebook.model import FuzzyDate
from casebook.records import Record
from casebook.service import CaseService
from casebook.ui.env import Env
from casebook.ui.models.events import EventColumn, EventRow, EventsModel, load_events
from casebook.ui.widgets import message_box, set_name
from casebook.ui.workspace.quick_add import QuickAddDialog, combo, line_edit
from casebook.ui.workspace.record_form import FieldKind, FormField, RecordForm, date_hint
from casebook.ui.workspace.tables import first_row_selected, make_table, select_id, selected_id

__all__ = ["EventsTab"]

FIELDS = (
    FormField("type", FieldKind.VOCAB, "event_type", required=True),
    FormField("date", FieldKind.DATE, required=True),
    FormField("place", FieldKind.LINE),
    FormField("summary", FieldKind.TEXT),
    FormField("detention_type", FieldKind.VOCAB, "detention_type"),
    FormField("legal_article", FieldKind.VOCAB, "legal_article"),
)


def _load(service: CaseService, case_id: bytes) -> tuple[tuple[EventRow, ...], list[Record]]:
    return load_events(service, case_id), service.children(case_id, "person")


class EventsTab(QWidget):
    """Events by date on the left; the selected event and its participants on the right."""

    events_changed = Signal()

    def __init__(self, env: Env, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._env = env
        self._case_id: bytes | None = None
        self._want: bytes | None = None
        self._people: list[Record] = []
        self._filling = False
        self.model = EventsModel(env.language, self)
        self.model.use_vocabularies(env.vocabularies)
        self.table = make_table(
            self.model, self.tr("Events of this case"), self, stretch=EventColumn.PEOPLE
        )
        header = self.table.horizontalHeader()
        for column, width in ((EventColumn.TYPE, 130), (EventColumn.PLACE, 90)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, width)
        self.add_button = QPushButton(self.tr("&Add event…"), self)
        self.delete_button = QPushButton(self.tr("Delete event"), self)
        self.form = RecordForm(env, FIELDS, self, language=env.language)
        self.participants = QListWidget(self)
        self.participants.setMaximumHeight(140)
        set_name(self.participants, self.tr("Who took part"))
        participants_label = QLabel(self.tr("&Who took part:"), self)
        participants_label.setBuddy(self.participants)

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
        rv.addWidget(participants_label)
        rv.addWidget(self.participants)
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
        self.participants.itemChanged.connect(self.on_participants_item_changed)
        self.delete_button.setEnabled(False)

    # -- loading --------------------------------------------------------------------------

    def load(self, case_id: bytes) -> None:
        """Show the events of a case."""
        if case_id != self._case_id:
            self.form.set_record(None)
        self._case_id = case_id
        self._env.read(lambda s: _load(s, case_id), self._show, self)

    def reload(self) -> None:
        """Read the events again."""
        if self._case_id is not None:
            self.form.flush()
            self._want = self._want or selected_id(self.table)
            self.load(self._case_id)

    def _show(self, loaded: tuple[tuple[EventRow, ...], list[Record]]) -> None:
        rows, self._people = loaded
        want = self._want or selected_id(self.table)
        self._want = None
        self.model.set_rows(rows)
        if not select_id(self.table, want):
            first_row_selected(self.table)
        self.on_table_selection_changed()

    def select(self, record_id: bytes) -> None:
        """Select an event (from search, or when returning after a lock)."""
        if not select_id(self.table, record_id):
            self._want = record_id

    def selected(self) -> bytes | None:
        """The selected event's id."""
        return selected_id(self.table)

    def _current(self) -> EventRow | None:
        event_id = selected_id(self.table)
        i = self.model.find(event_id) if event_id else -1
        return self.model.rows[i] if i >= 0 else None

    def on_table_selection_changed(self, *_args: object) -> None:
        """Show the selected event and its participants."""
        row = self._current()
        if row is None:
            self.form.set_record(None)
        elif self.form.record is None or self.form.record.id != row.id:
            self.form.set_record(row.record)
        self.delete_button.setEnabled(row is not None)
        self._fill_participants(row)

    def _fill_participants(self, row: EventRow | None) -> None:
        self._filling = True
        self.participants.clear()
        taking_part = {person_id for _, person_id, _ in row.participants} if row else set()
        for person in self._people:
            item = QListWidgetItem(str(person.get("name", "")), self.participants)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if person.id in taking_part else Qt.CheckState.Unchecked
            )
        self.participants.setEnabled(row is not None)
        self._filling = False

    def on_participants_item_changed(self, item: QListWidgetItem) -> None:
        """Link or unlink a person; the link carries the person's role in the case."""
        row = self._current()
        if self._filling or row is None:
            return
        person_id = bytes(item.data(Qt.ItemDataRole.UserRole))
        event_id = row.id
        if item.checkState() == Qt.CheckState.Checked:
            role = next((str(p.get("role", "")) for p in self._people if p.id == person_id), "")
            self._env.write(
                lambda s: s.link(event_id, person_id, role or None),
                lambda _: self._changed(),
                self,
            )
        else:
            links = [link for link, pid, _ in row.participants if pid == person_id]

            def unlink(s: CaseService) -> None:
                for link in links:
                    s.delete(link)

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
        date = line_edit()
        date.setPlaceholderText("2024-03-05 · 2024-03 · ~2024-03-05 · 2024-03-01/2024-03-10")
        date.setToolTip(date_hint())

        def check() -> str | None:
            try:
                FuzzyDate.parse(date.text())
            except InputRejected:
                return date_hint()
            return None

        dialog = QuickAddDialog(
            self,
            self.tr("Add an event"),
            [(self.tr("&What happened:"), kind), (self.tr("Wh&en:"), date)],
            self.tr("Add"),
            self.tr("Cancel"),
            check,
        )

        def add() -> None:
            code, when = str(kind.currentData()), FuzzyDate.parse(date.text()).text
            self._env.write(lambda s: s.add_event(case_id, code, when), self._on_added, self)

        dialog.accepted.connect(add)
        dialog.open()

    def _on_added(self, event_id: bytes) -> None:
        self._want = event_id
        self._changed()
        self.form.editors["place"].setFocus()

    def on_delete_button_clicked(self) -> None:
        """Delete the selected event after a confirmation."""
        event_id = selected_id(self.table)
        if event_id is None:
            return
        box, (yes, _) = message_box(
            self,
            QMessageBox.Icon.Question,
            self.tr("Delete event"),
            self.tr("Delete this event from the case? The history keeps what was recorded."),
            [
                (self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole),
                (self.tr("Keep"), QMessageBox.ButtonRole.RejectRole),
            ],
        )

        def chosen() -> None:
            if box.clickedButton() is yes:
                self._env.write(lambda s: s.delete(event_id), lambda _: self._changed(), self)

        box.finished.connect(chosen)
        box.open()

    def flush(self) -> None:
        """Send what is still being typed."""
        self.form.flush()
