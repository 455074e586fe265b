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
from casebook.ui.widgets import plain_label
from casebook.ui.workspace.case_list import CaseListPanel
from casebook.ui.workspace.case_view import CaseView, Tab, tab_for_kind
from casebook.ui.workspace.quick_add import QuickAddDialog, line_edit

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

    def start(self) -> None:
        """Load the case list."""
        self.cases.load()

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

    def shutdown(self) -> None:
        """Drop every model's rows now (on lock); the widgets themselves go a moment later."""
        self.cases.shutdown()
        # A lock must close the connection now, not after a 1 GiB intake: stop it (nothing
        # half-taken stays; the person adds the file again after unlocking).
        self.case_view.attachments.on_cancel_button_clicked()
        for model in self.findChildren(RowTableModel):
            model.clear()
        self.hide()
