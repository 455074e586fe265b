"""Live interview notes: type, press Enter, and the text becomes a timestamped segment.

Built for typing during an interview, under stress:
- Enter appends the segment (durably, on the store thread, in the same transaction that
  empties the draft) and adds its row without reloading; Shift+Enter starts a new line.
- What is typed but not yet entered is a *draft*, kept in the vault (`save_draft`) a moment
  after each pause and again before any lock, so a lock or a crash loses nothing.
- If appending fails, the text comes back into the editor: it is never dropped.
- "Edit note…" corrects the selected segment (`EditNoteDialog`: the history keeps the earlier
  text); "Delete note" deletes it after a question (Deleted items… restores it).
- "Erase note…" erases the selected segment's text (`EraseDialog`); its row stays, with its
  time, and reads "erased".
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casebook.domain.labels import labels_by_id, term_labels
from casebook.domain.mentions import to_display, to_tokens
from casebook.service import CaseService
from casebook.ui.env import Env
from casebook.ui.erasure.erase_dialog import EraseDialog
from casebook.ui.models.segments import SegmentColumn, SegmentRow, SegmentsModel, load_segments
from casebook.ui.sensitivity.label_dialog import LabelDialog
from casebook.ui.tables import make_table, select_id, selected_id
from casebook.ui.widgets import Debouncer, plain_label, set_name
from casebook.ui.workspace.deleting import delete_record
from casebook.ui.workspace.edit_note_dialog import EditNoteDialog
from casebook.ui.workspace.link_dialog import LinkDialog
from casebook.ui.workspace.mentions import MentionCompleter

__all__ = ["NoteEditor", "NotePanel", "draft_key"]

DRAFT_PAUSE_MS = 300


def people_of(service: CaseService, case_id: bytes, language: str) -> dict[bytes, str]:
    """Store-thread job: the persons of a case as named here (a colleague's pseudonym for a
    name they withheld), for @-mentions."""
    persons = service.reading.children(case_id, "person")
    named = labels_by_id(persons, term_labels(language, service.records.vocabulary), language)
    return {p: n for p, n in named.items() if n}


def draft_key(interview_id: bytes) -> str:
    """The key of an interview's draft segment in the vault."""
    return f"segment:{interview_id.hex()}"


class NoteEditor(QPlainTextEdit):
    """A text field where Enter sends the text and Shift+Enter breaks the line."""

    segment_entered = Signal(str)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter sends; everything else edits."""
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            event.accept()
            if self.toPlainText().strip():
                self.segment_entered.emit(self.toPlainText())
            return
        super().keyPressEvent(event)


class NotePanel(QWidget):
    """The segments of one interview and the editor that appends to them."""

    erased = Signal()  # a note's text was erased: other views must read again

    def __init__(self, env: Env, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._env = env
        self._case_id: bytes | None = None
        self._interview_id: bytes | None = None
        self._saved_draft = ""
        self._loading = False
        self._people: dict[bytes, str] = {}  # the case's persons as named here, for mentions
        self.model = SegmentsModel(self)
        self.segments = make_table(
            self.model, self.tr("Notes of this interview"), self, stretch=SegmentColumn.TEXT
        )
        self.segments.setWordWrap(True)
        header = self.segments.horizontalHeader()
        header.setSectionResizeMode(SegmentColumn.TIME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SegmentColumn.LINKS, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(SegmentColumn.LINKS, 200)
        self.segments.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.segments.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.editor = NoteEditor(self)
        self.editor.setTabChangesFocus(True)
        self.editor.setMaximumHeight(110)
        self.editor.setPlaceholderText(
            self.tr("Type a note and press Enter… (@ names a person of the case)")
        )
        self.mentions = MentionCompleter(self.editor)
        set_name(
            self.editor,
            self.tr("New note"),
            self.tr("Enter adds the note with the time; Shift+Enter starts a new line."),
        )
        editor_label = QLabel(self.tr("&New note:"), self)
        editor_label.setBuddy(self.editor)
        self.hint = plain_label(
            self.tr(
                "Enter adds the note with the current time · Shift+Enter starts a new line · "
                "unsent text is kept in the vault as a draft"
            ),
            self,
            wrap=True,
        )
        self.hint.setStyleSheet("color: palette(mid);")
        self.link_button = QPushButton(self.tr("&Link note to people and events…"), self)
        self.link_button.setEnabled(False)
        self.erase_button = QPushButton(self.tr("&Erase note…"), self)
        set_name(
            self.erase_button,
            self.tr("Erase note"),
            self.tr("Deletes the selected note's text for good, and asks colleagues to."),
        )
        self.erase_button.setEnabled(False)
        self.edit_button = QPushButton(self.tr("Ed&it note…"), self)
        set_name(
            self.edit_button,
            self.tr("Edit note"),
            self.tr("Corrects the selected note; the history keeps the earlier text."),
        )
        self.delete_button = QPushButton(self.tr("Delete note"), self)
        # No mnemonic: the interview's own Sensitivity… button beside it has one.
        self.label_button = QPushButton(self.tr("Sensitivity…"), self)
        set_name(
            self.label_button,
            self.tr("Sensitivity of the note"),
            self.tr("Raise the selected note's sensitivity: what colleagues may receive of it."),
        )
        for button in (self.edit_button, self.delete_button, self.label_button):
            button.setEnabled(False)
        # Two short rows of buttons under the notes, so the panel fits a laptop in Russian too.
        note_row = QHBoxLayout()
        for button in (self.edit_button, self.delete_button, self.erase_button, self.label_button):
            note_row.addWidget(button)
        note_row.addStretch(1)
        link_row = QHBoxLayout()
        link_row.addWidget(self.link_button)
        link_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.segments, 1)
        layout.addLayout(note_row)
        layout.addLayout(link_row)
        layout.addWidget(editor_label)
        layout.addWidget(self.editor)
        layout.addWidget(self.hint)
        self._draft = Debouncer(self._save_draft, DRAFT_PAUSE_MS, self)
        self.editor.textChanged.connect(self.on_editor_text_changed)
        self.editor.segment_entered.connect(self.on_editor_segment_entered)
        self.link_button.clicked.connect(self.on_link_button_clicked)
        self.erase_button.clicked.connect(self.on_erase_button_clicked)
        self.edit_button.clicked.connect(self.on_edit_button_clicked)
        self.delete_button.clicked.connect(self.on_delete_button_clicked)
        self.label_button.clicked.connect(self.on_label_button_clicked)
        self.segments.selectionModel().selectionChanged.connect(self.on_segments_selection_changed)
        self.setEnabled(False)

    # -- loading --------------------------------------------------------------------------

    @property
    def interview_id(self) -> bytes | None:
        """The interview shown."""
        return self._interview_id

    def load(self, case_id: bytes, interview_id: bytes | None) -> None:
        """Show an interview's notes and its draft (after saving the previous draft)."""
        self.flush()
        self._case_id, self._interview_id = case_id, interview_id
        self._set_editor("")
        self.model.clear()
        self.setEnabled(False)
        if interview_id is None:
            return
        language = self._env.language

        def job(
            s: CaseService,
        ) -> tuple[tuple[SegmentRow, ...], str, dict[bytes, str]]:
            rows = load_segments(s, case_id, interview_id, language)
            people = people_of(s, case_id, language)
            return rows, s.drafts.load(draft_key(interview_id)), people

        self._env.read(job, lambda result: self._show(interview_id, *result), self)

    def _show(
        self,
        interview_id: bytes,
        rows: tuple[SegmentRow, ...],
        draft: str,
        people: dict[bytes, str],
    ) -> None:
        if interview_id != self._interview_id:
            return
        self._people = people
        self.mentions.set_names(people.values())
        self.model.set_rows(rows)
        self.segments.scrollToBottom()
        if not self.editor.toPlainText():
            draft = to_display(draft, people)
            self._set_editor(draft)
            self._saved_draft = draft
        self.setEnabled(True)

    def reload(self, *, select: bytes | None = None) -> None:
        """Read the segments again (links changed, or a segment was added)."""
        case_id, interview_id = self._case_id, self._interview_id
        if case_id is None or interview_id is None:
            return
        keep = select or selected_id(self.segments)
        language = self._env.language

        def show(rows: tuple[SegmentRow, ...]) -> None:
            if interview_id != self._interview_id:
                return
            self.model.set_rows(rows)
            if not select_id(self.segments, keep):
                self.segments.scrollToBottom()

        self._env.read(lambda s: load_segments(s, case_id, interview_id, language), show, self)

    def _set_editor(self, text: str) -> None:
        self._loading = True
        self.editor.setPlainText(text)
        self.editor.moveCursor(QTextCursor.MoveOperation.End)
        self._loading = False

    # -- drafts and segments --------------------------------------------------------------

    def on_editor_text_changed(self) -> None:
        """Keep the draft a moment after typing pauses."""
        if not self._loading and self._interview_id is not None:
            self._draft.poke()

    def _save_draft(self) -> None:
        interview_id = self._interview_id
        text = self.editor.toPlainText()
        if interview_id is None or text == self._saved_draft:
            return
        self._saved_draft = text
        key = draft_key(interview_id)
        self._env.write(lambda s: s.drafts.save(key, text), None, None)

    def on_editor_segment_entered(self, text: str) -> None:
        """Append the segment; on failure the text returns to the editor."""
        interview_id = self._interview_id
        if interview_id is None:
            return
        self._draft.cancel()
        self._set_editor("")
        self._saved_draft = ""
        key = draft_key(interview_id)
        shown, text = text, to_tokens(text, self._people)  # "@Name" is stored as a mention

        def job(s: CaseService) -> SegmentRow:
            # One durable commit: the segment and the emptied draft in one transaction.
            segment_id = s.records.add_segment(interview_id, text, clear_draft=key)
            written = s.reading.get(segment_id).created_ms
            return SegmentRow(segment_id, written, text, (), "", shown if shown != text else "")

        def failed(error: BaseException) -> None:
            self._env.report_error(error)
            if interview_id == self._interview_id:
                rest = self.editor.toPlainText()
                self._set_editor(shown + ("\n" + rest if rest else ""))
                self._draft.poke()

        def appended(row: SegmentRow) -> None:
            if interview_id == self._interview_id:
                self.model.append(row)  # no reload: the new row is all that changed
                self.segments.scrollToBottom()

        self._env.write(job, appended, self, failed)

    def flush(self) -> None:
        """Save the draft now if typing has not paused yet."""
        self._draft.flush()

    # -- links ----------------------------------------------------------------------------

    def on_segments_selection_changed(self, *_args: object) -> None:
        """Linking and erasing need a selected segment."""
        chosen = selected_id(self.segments) is not None
        for button in (
            self.link_button,
            self.erase_button,
            self.edit_button,
            self.delete_button,
            self.label_button,
        ):
            button.setEnabled(chosen)

    def on_label_button_clicked(self) -> LabelDialog | None:
        """The selected note's sensitivity (docs/labels.md)."""
        segment_id = selected_id(self.segments)
        if segment_id is None:
            return None
        dialog = LabelDialog(self._env, segment_id, self)
        dialog.open()
        return dialog

    def on_erase_button_clicked(self) -> EraseDialog | None:
        """Erase the selected note's text; its row stays and says "erased"."""
        segment_id = selected_id(self.segments)
        if segment_id is None:
            return None
        dialog = EraseDialog(self._env, segment_id, "text", self)

        def erased(_info: object) -> None:
            self.reload(select=segment_id)
            self.erased.emit()

        dialog.erased.connect(erased)
        dialog.open()
        return dialog

    def _chosen(self) -> SegmentRow | None:
        segment_id = selected_id(self.segments)
        i = self.model.find(segment_id) if segment_id else -1
        return self.model.rows[i] if i >= 0 else None

    def on_edit_button_clicked(self) -> EditNoteDialog | None:
        """Correct the selected note's text (a new change; the history keeps the old text)."""
        row = self._chosen()
        if row is None:
            return None
        dialog = EditNoteDialog(
            self._env, row.id, row.text, row.written_ms, self, people=self._people
        )
        dialog.saved.connect(lambda segment_id: self.reload(select=segment_id))
        dialog.open()
        return dialog

    def on_delete_button_clicked(self) -> None:
        """Delete the selected note after a question (Deleted items… brings it back)."""
        row = self._chosen()
        if row is None:
            return
        delete_record(
            self._env,
            self,
            row.id,
            self.tr("Delete note"),
            self.tr("Delete this note from the interview? The history keeps what was written."),
            lambda: self.reload(),
        )

    def on_link_button_clicked(self) -> None:
        """Choose the persons and events the selected segment is about."""
        segment_id = selected_id(self.segments)
        i = self.model.find(segment_id) if segment_id else -1
        if self._case_id is None or i < 0:
            return
        dialog = LinkDialog(self._env, self._case_id, self.model.rows[i], self)
        dialog.links_changed.connect(lambda: self.reload(select=segment_id))
        # Writes run in order, so a reload asked for at closing sees every tick.
        dialog.finished.connect(lambda _result: self.reload(select=segment_id))
        dialog.open()
