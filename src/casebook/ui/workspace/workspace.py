"""The workspace of an unlocked vault: the case list beside the open case.

It also knows where the person is (`Place`), so that unlocking after a lock returns there. The
place is kept in memory only; nothing about it reaches the disk.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QSplitter, QStackedWidget, QVBoxLayout, QWidget

from casebook.domain.records import Record, SearchHit
from casebook.ui.env import Env
from casebook.ui.models.base import RowTableModel
from casebook.ui.models.deleted import DeletedRow
from casebook.ui.unsaved import Unsaved
from casebook.ui.widgets import plain_label
from casebook.ui.workspace.case_list import CaseListPanel
from casebook.ui.workspace.case_view import CaseView, Tab, tab_for_kind
from casebook.ui.workspace.deleted_dialog import DeletedDialog
from casebook.ui.workspace.deleting import delete_record
from casebook.ui.workspace.quick_add import QuickAddDialog, line_edit
from casebook.ui.workspace.record_form import RecordForm

__all__ = ["Place", "Workspace"]


@dataclass(frozen=True)
class Place:
    """Where the person was: the open case, the tab in front, the record selected there."""

    case_id: bytes | None = None
    tab: Tab = Tab.OVERVIEW
    record_id: bytes | None = None


class Workspace(QWidget):
    """Case list on the left, case tabs on the right."""

    case_opened = Signal(bytes)

    def __init__(self, env: Env, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._env = env
        self.cases = CaseListPanel(env, self)
        self.case_view = CaseView(env, self)
        self.placeholder = plain_label(
            self.tr("Choose a case on the left, or create one with “New case”."), self, wrap=True
        )
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setContentsMargins(24, 24, 24, 24)
        self.right = QStackedWidget(self)
        self.right.addWidget(self.placeholder)
        self.right.addWidget(self.case_view)
        self.split = QSplitter(Qt.Orientation.Horizontal, self)
        self.split.addWidget(self.cases)
        self.split.addWidget(self.right)
        self.split.setStretchFactor(0, 2)
        self.split.setStretchFactor(1, 5)
        self.split.setSizes([430, 850])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.split)
        self.cases.case_chosen.connect(self.open_case)
        self.cases.new_case_requested.connect(self.new_case)
        self.case_view.case_changed.connect(self.cases.update_case)
        self.cases.counted.connect(self.on_cases_counted)
        self.case_view.overview.delete_button.clicked.connect(self.delete_case)
        self.case_view.history.deleted_button.clicked.connect(self.open_deleted)

    def start(self) -> None:
        """Load the case list."""
        self.cases.load()

    def on_cases_counted(self, total: int, all_statuses: bool) -> None:
        """With no case at all, the right side welcomes: the first steps, the demo vault and how
        to start working with a colleague."""
        if not all_statuses:
            return
        if total:
            self.placeholder.setText(
                self.tr("Choose a case on the left, or create one with “New case”.")
            )
            return
        self.placeholder.setText(
            self.tr(
                "Welcome to casebook. This vault has no cases yet.\n\n"
                "First steps: press New case… (Ctrl+N) and type the title. In the case, add the "
                "people, the events (what happened and when), interviews with notes typed live, "
                "and files such as scans and photos. Everything is saved, encrypted, as you "
                "type.\n\n"
                "To look around first, make a vault of fictional cases: run "
                "“casebook demo --vault ~/casebook-demo” in a terminal, then open that folder "
                "with Vault → Open another vault… (after locking).\n\n"
                "To work with a colleague: Exchange → Peers… → Save my card…, give them the file "
                "and add theirs with Add from card file…; compare the safety numbers in person "
                "or on a call; then send cases with Exchange → Export bundle… on a USB drive."
            )
        )

    # -- opening --------------------------------------------------------------------------

    def open_case(self, case_id: bytes) -> None:
        """Show a case (unless it is already shown)."""
        if self.case_view.case_id == case_id:
            return
        self.case_view.load(case_id)
        self.right.setCurrentWidget(self.case_view)
        self.cases.select(case_id)
        self.case_opened.emit(case_id)

    def open_record(self, case_id: bytes, kind: str, record_id: bytes) -> None:
        """Show a record: its case, the right tab, the record selected."""
        self.open_case(case_id)
        tab = tab_for_kind(kind)
        self.case_view.show_tab(tab)
        if kind == "segment":
            # Segments show inside their interview: select that interview.
            self._env.read(
                lambda s: s.reading.get(record_id),
                lambda rec: self._open_segment(rec),
                self,
            )
        elif tab != Tab.OVERVIEW:
            self.case_view.select_record(tab, record_id)

    def _open_segment(self, segment: Record) -> None:
        interview_id = segment.parents.get("interview")
        if interview_id is not None:
            self.case_view.select_record(Tab.INTERVIEWS, interview_id)

    def open_hit(self, hit: SearchHit) -> None:
        """Open what a search hit points at."""
        if hit.case_id is not None:
            self.open_record(hit.case_id, hit.kind, hit.id)

    # -- new case -------------------------------------------------------------------------

    def new_case(self) -> None:
        """Ask for a title; everything else is typed into the Overview."""
        title = line_edit()
        dialog = QuickAddDialog(
            self,
            self.tr("New case"),
            [(self.tr("&Title:"), title)],
            self.tr("Create"),
            self.tr("Cancel"),
            lambda: None if title.text().strip() else self.tr("A case needs a title."),
        )

        def add() -> None:
            text = title.text().strip()
            self._env.write(lambda s: s.records.add_case(text), self._on_case_added, self)

        dialog.accepted.connect(add)
        dialog.open()

    def _on_case_added(self, case_id: bytes) -> None:
        self.cases.case_added(case_id)
        self.open_case(case_id)
        self.case_view.show_tab(Tab.OVERVIEW)
        self.case_view.overview.form.editors["summary"].setFocus()

    # -- deleting and restoring ----------------------------------------------------------

    def delete_case(self) -> None:
        """Ask, then delete the open case (Deleted items… brings it back)."""
        case_id = self.case_view.case_id
        if case_id is None:
            return
        self.flush()
        record = self.case_view.overview.form.record
        title = str(record.get("title", "")) if record is not None else ""
        delete_record(
            self._env,
            self,
            case_id,
            self.tr("Delete case"),
            self.tr(
                "Delete the case «%1»? It leaves the case list with its people, events, "
                "interviews and files; the history keeps everything recorded."
            ).replace("%1", title),
            self._on_case_deleted,
        )

    def _on_case_deleted(self) -> None:
        self.case_view.case_id = None
        self.right.setCurrentWidget(self.placeholder)
        self.cases.load()

    def open_deleted(self) -> DeletedDialog:
        """Cases → Deleted items…: what was deleted in the open case, and deleted cases."""
        self.flush()
        case_id = self.case_view.case_id
        record = self.case_view.overview.form.record if case_id is not None else None
        title = str(record.get("title", "")) if record is not None else ""
        dialog = DeletedDialog(self._env, case_id, title, self)
        dialog.restored.connect(self.on_deleted_restored)
        dialog.open()
        return dialog

    def on_deleted_restored(self, row: DeletedRow) -> None:
        """Something came back: a case opens; a record shows again where it was."""
        if row.kind == "case":
            self.cases.case_added(row.id)
            self.case_view.case_id = None
            self.open_case(row.id)
        else:
            self.reload()

    # -- place, flush, teardown -----------------------------------------------------------

    def place(self) -> Place:
        """Where the person is now."""
        if self.case_view.case_id is None:
            return Place()
        return Place(
            self.case_view.case_id,
            self.case_view.current_tab,
            self.case_view.selected_record(),
        )

    def restore(self, place: Place | None) -> None:
        """Return to a place remembered at lock."""
        if place is None or place.case_id is None:
            return
        self.open_case(place.case_id)
        self.case_view.show_tab(place.tab)
        if place.record_id is not None:
            self.case_view.select_record(place.tab, place.record_id)
        if place.tab == Tab.INTERVIEWS:
            self.case_view.interviews.focus_notes()

    def reload(self) -> None:
        """Read everything again (changes arrived in a bundle), staying where the person is."""
        self.flush()
        place = self.place()
        self.cases.load()
        if place.case_id is not None:
            self.case_view.case_id = None  # so that open_case loads it afresh
            self.restore(place)

    def flush(self) -> None:
        """Send everything still being typed."""
        self.case_view.flush()

    def unsaved_inputs(self) -> list[Unsaved]:
        """What was typed and cannot be saved: in the forms now, and kept from earlier ones."""
        entries = {(e.record_id, e.field): e for e in self._env.unsaved.entries()}
        for form in self.findChildren(RecordForm):
            entries.update(((e.record_id, e.field), e) for e in form.unsaved_inputs())
        return list(entries.values())

    def shutdown(self) -> None:
        """Drop every model's rows now (on lock); the widgets themselves go a moment later."""
        self.cases.shutdown()
        # A lock must close the connection now, not after a 1 GiB intake: stop it (nothing
        # half-taken stays; the person adds the file again after unlocking).
        self.case_view.attachments.on_cancel_button_clicked()
        for model in self.findChildren(RowTableModel):
            model.clear()
        for tab in self.findChildren(QWidget):
            forget = getattr(tab, "forget_case_text", None)
            if callable(forget):
                forget()
        self.hide()
