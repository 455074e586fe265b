"""The Interviews tab: the list of interviews, the selected one's details (interviewee,
interviewer, interpreter, language, place), the consent given at it (ui/consent) and its live
notes."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from casebook.domain.labels import record_label
from casebook.domain.model import form_fields
from casebook.domain.records import Record
from casebook.service import CaseService
from casebook.ui.consent.interview_panel import InterviewConsentPanel
from casebook.ui.env import Env
from casebook.ui.models.interviews import (
    InterviewColumn,
    InterviewRow,
    InterviewsModel,
    load_interviews,
)
from casebook.ui.widgets import set_name
from casebook.ui.workspace.note_panel import NotePanel
from casebook.ui.workspace.record_form import RecordForm
from casebook.ui.workspace.record_tab import RecordTab

__all__ = ["InterviewsTab"]

# The interviewee, a reference, is offered as a choice among the case's persons (see `take`).
FIELDS = form_fields("interview")  # the model says which fields, in what order

Loaded = tuple[tuple[InterviewRow, ...], list[Record]]


class InterviewsTab(RecordTab[InterviewRow]):
    """Interviews on the left; details and notes of the selected one on the right."""

    consent_changed = Signal()  # consent was recorded at an interview

    def __init__(self, env: Env, parent: QWidget | None = None) -> None:
        # The interviewer is chosen among the person and their colleagues, or typed.
        form = RecordForm(env, FIELDS, None, language=env.language, open_choices=("interviewer",))
        super().__init__(env, InterviewsModel(), form, parent, stretch=InterviewColumn.INTERVIEWEE)
        set_name(self.table, self.tr("Interviews of this case"))
        self.new_button = QPushButton(self.tr("&New interview"), self)
        self.erase_button = QPushButton(self.tr("E&rase interview…"), self)
        set_name(
            self.erase_button,
            self.tr("Erase interview"),
            self.tr("Deletes every detail of this interview for good, and asks colleagues to."),
        )
        self.erase_button.setEnabled(False)
        self.delete_button = QPushButton(self.tr("Delete interview"), self)
        self.delete_button.setEnabled(False)
        self.details_button = QPushButton(self.tr("Hide &details"), self)
        self.details_button.setCheckable(True)
        self.notes = NotePanel(env, self)

        left = QWidget(self)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        more = QHBoxLayout()
        more.addWidget(self.delete_button)
        more.addWidget(self.erase_button)
        more.addWidget(self.label_button)
        more.addStretch(1)
        lv.addLayout(buttons)
        lv.addLayout(more)
        lv.addWidget(self.table)
        lv.addWidget(self.empty, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.form)
        # The consent given at the interview stays in sight under the fields, whatever scrolls.
        self.consent = InterviewConsentPanel(env, self)
        self.details = QWidget(self)
        details_layout = QVBoxLayout(self.details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.addWidget(scroll, 1)
        details_layout.addWidget(self.consent)
        right_split = QSplitter(Qt.Orientation.Vertical, self)
        right_split.addWidget(self.details)
        right_split.addWidget(self.notes)
        right_split.setStretchFactor(0, 2)
        right_split.setStretchFactor(1, 3)
        right = QWidget(self)
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(self.details_button)
        rv.addLayout(top)
        rv.addWidget(right_split)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setSizes([300, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(split)

        self.new_button.clicked.connect(self.on_new_button_clicked)
        self.erase_button.clicked.connect(lambda: self.open_erase())
        self.delete_button.clicked.connect(self.on_delete_button_clicked)
        self.notes.erased.connect(self.erased)
        self.details_button.toggled.connect(self.on_details_button_toggled)
        self.form.field_saved.connect(self.on_form_field_saved)
        env.peers.changed.connect(self.on_peers_changed)
        self.on_peers_changed()
        self.consent.changed.connect(self.consent_changed)

    def fetch(self, service: CaseService, case_id: bytes) -> Loaded:
        """The interviews of the case, and its persons (the possible interviewees)."""
        return load_interviews(service, case_id), service.reading.children(case_id, "person")

    def take(self, loaded: Loaded) -> tuple[InterviewRow, ...]:
        """Offer the persons as interviewees; the interviews are the rows."""
        rows, people = loaded
        self.form.set_refs("interviewee", [(p.id.hex(), record_label(p)) for p in people])
        return rows

    def empty_text(self, case_title: str) -> str:
        """No interviews yet: what one holds, and how to start one."""
        return self.tr(
            "No interviews in «%1» yet.\n\nPress New interview when a conversation starts: "
            "type notes as you listen and press Enter after each, and every note keeps the "
            "time it was written. Who was interviewed, by whom, in which language and with "
            "what consent go in the details above the notes."
        ).replace("%1", case_title)

    def on_peers_changed(self) -> None:
        """Offer the person ("You") and every colleague as the interviewer."""
        self.form.set_choices("interviewer", self._env.peers.colleague_choices(self._env.me))

    def case_changed(self, case_id: bytes) -> None:
        """Clear the form and the notes before another case's interviews arrive."""
        super().case_changed(case_id)
        self.notes.load(case_id, None)

    def show_row(self, row: InterviewRow | None) -> None:
        """Show the selected interview's details and notes."""
        super().show_row(row)
        self.erase_button.setEnabled(row is not None)
        self.consent.show_interview(row.record if row is not None else None)
        self.delete_button.setEnabled(row is not None)
        if self._case_id is not None and self.notes.interview_id != (row.id if row else None):
            self.notes.load(self._case_id, row.id if row else None)

    def on_form_field_saved(self, name: str, _value: object) -> None:
        """The interviewee shows in the list."""
        if name == "interviewee":
            self.reload()

    def on_details_button_toggled(self, hidden: bool) -> None:
        """Give the notes the whole height while typing."""
        self.details.setVisible(not hidden)
        self.details_button.setText(
            self.tr("Show &details") if hidden else self.tr("Hide &details")
        )

    def on_new_button_clicked(self) -> None:
        """Start an interview now; its details can be filled in while it runs."""
        case_id = self._case_id
        if case_id is None:
            return

        def added(interview_id: bytes) -> None:
            self._want = interview_id
            self.reload()
            self.form.editors["interviewee"].setFocus()

        self._env.write(lambda s: s.records.add_interview(case_id), added, self)

    def load(self, case_id: bytes) -> None:
        """Read the interviews, and again the shown interview's notes (one may be back)."""
        super().load(case_id)
        self.notes.reload()

    def on_delete_button_clicked(self) -> None:
        """Delete the selected interview (its notes go with it) after a question."""
        self.confirm_delete(
            self.tr("Delete interview"),
            self.tr(
                "Delete this interview and its notes from the case? The history keeps what "
                "was recorded."
            ),
            self.reload,
        )

    def focus_notes(self) -> None:
        """Put the cursor in the note editor."""
        self.notes.editor.setFocus()

    def flush(self) -> None:
        """Send what is still being typed, including the draft note."""
        super().flush()
        self.notes.flush()
