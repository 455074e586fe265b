"""One case in tabs: Overview, People, Events, Interviews, Attachments, History."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from casebook.ui.env import Env
from casebook.ui.widgets import set_name
from casebook.ui.workspace.attachments_tab import AttachmentsTab
from casebook.ui.workspace.events_tab import EventsTab
from casebook.ui.workspace.history_tab import HistoryTab
from casebook.ui.workspace.interviews_tab import InterviewsTab
from casebook.ui.workspace.overview_tab import OverviewTab
from casebook.ui.workspace.people_tab import PeopleTab

__all__ = ["CaseView", "Tab", "tab_for_kind"]

TabWidget = OverviewTab | PeopleTab | EventsTab | InterviewsTab | AttachmentsTab | HistoryTab


class Tab(IntEnum):
    """The tabs, in order."""

    OVERVIEW = 0
    PEOPLE = 1
    EVENTS = 2
    INTERVIEWS = 3
    ATTACHMENTS = 4
    HISTORY = 5


def tab_for_kind(kind: str) -> Tab:
    """Which tab shows a record of this kind."""
    return {
        "person": Tab.PEOPLE,
        "event": Tab.EVENTS,
        "interview": Tab.INTERVIEWS,
        "segment": Tab.INTERVIEWS,
        "attachment": Tab.ATTACHMENTS,
    }.get(kind, Tab.OVERVIEW)


class CaseView(QWidget):
    """The tabs of one case. Tabs whose data depends on others reload when shown."""

    case_changed = Signal(bytes, str, object)  # case id, field, value

    def __init__(self, env: Env, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._env = env
        self.case_id: bytes | None = None
        self.overview = OverviewTab(env, self)
        self.people = PeopleTab(env, self)
        self.events = EventsTab(env, self)
        self.interviews = InterviewsTab(env, self)
        self.attachments = AttachmentsTab(env, self)
        self.history = HistoryTab(env, self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        set_name(self.tabs, self.tr("Case"))
        self.tabs.addTab(self.overview, self.tr("&Overview"))
        self.tabs.addTab(self.people, self.tr("&People"))
        self.tabs.addTab(self.events, self.tr("E&vents"))
        self.tabs.addTab(self.interviews, self.tr("&Interviews"))
        self.tabs.addTab(self.attachments, self.tr("A&ttachments"))
        self.tabs.addTab(self.history, self.tr("Hi&story"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self._stale: set[Tab] = set()
        self.overview.case_changed.connect(self.case_changed)
        self.overview.title_shown.connect(self.on_overview_title_shown)
        self.people.people_changed.connect(self.on_people_people_changed)
        self.events.events_changed.connect(lambda: self._mark(Tab.INTERVIEWS, Tab.HISTORY))
        self.history.resolved.connect(self.on_history_resolved)
        self.people.consent_changed.connect(lambda: self._mark(Tab.INTERVIEWS, Tab.HISTORY))
        self.interviews.consent_changed.connect(lambda: self._mark(Tab.PEOPLE, Tab.HISTORY))
        for tab in (self.people, self.events, self.interviews, self.attachments):
            tab.erased.connect(self.on_record_erased)
        self.overview.form.field_erased.connect(self.on_overview_field_erased)
        self.tabs.currentChanged.connect(self.on_tabs_current_changed)

    def load(self, case_id: bytes) -> None:
        """Show a case (every tab reads its part)."""
        self.flush()
        self.case_id = case_id
        self._stale.clear()
        for tab in (self.overview, self.people, self.events, self.interviews, self.attachments):
            tab.load(case_id)
        self.history.load(case_id)

    def on_overview_title_shown(self, title: str) -> None:
        """The tabs' empty states name the case."""
        for tab in (self.people, self.events, self.interviews, self.history):
            tab.set_case_title(title)

    def _mark(self, *tabs: Tab) -> None:
        self._stale.update(tabs)
        self._stale.add(Tab.HISTORY)
        self.on_tabs_current_changed(self.tabs.currentIndex())

    def on_people_people_changed(self) -> None:
        """Names show in events, interviews and note links."""
        self._mark(Tab.EVENTS, Tab.INTERVIEWS)

    def on_history_resolved(self) -> None:
        """A conflict was resolved: every tab may show another value now."""
        self._mark(Tab.OVERVIEW, Tab.PEOPLE, Tab.EVENTS, Tab.INTERVIEWS)

    def on_record_erased(self) -> None:
        """Something was erased: every tab reads again, and shows it as erased."""
        self._mark(Tab.OVERVIEW, Tab.PEOPLE, Tab.EVENTS, Tab.INTERVIEWS, Tab.ATTACHMENTS)

    def on_overview_field_erased(self, name: str) -> None:
        """A field of the case itself was erased: the case list shows it too."""
        if self.case_id is not None and name in ("title", "status"):
            self.case_changed.emit(self.case_id, name, None)
        self.on_record_erased()

    def on_tabs_current_changed(self, index: int) -> None:
        """Reload a tab whose data changed elsewhere, as it comes into view."""
        if index < 0 or self.case_id is None:
            return
        tab = Tab(index)
        if tab == Tab.HISTORY:
            self._stale.discard(tab)
            self.history.reload()  # every edit elsewhere adds to it
            return
        if tab in self._stale:
            self._stale.discard(tab)
            self.tab_widget(tab).reload()

    def tab_widget(self, tab: Tab) -> TabWidget:
        """The widget of a tab."""
        return (
            self.overview,
            self.people,
            self.events,
            self.interviews,
            self.attachments,
            self.history,
        )[tab]

    def show_tab(self, tab: Tab) -> None:
        """Bring a tab to the front."""
        self.tabs.setCurrentIndex(int(tab))

    @property
    def current_tab(self) -> Tab:
        """The tab in front."""
        return Tab(max(self.tabs.currentIndex(), 0))

    def selected_record(self) -> bytes | None:
        """The record selected in the front tab, if it lists records."""
        tab = self.tab_widget(self.current_tab)
        selected = getattr(tab, "selected", None)
        return selected() if callable(selected) else None

    def select_record(self, tab: Tab, record_id: bytes) -> None:
        """Select a record in a tab (now, or as soon as the tab has loaded)."""
        target = self.tab_widget(tab)
        select = getattr(target, "select", None)
        if callable(select):
            select(record_id)

    def flush(self) -> None:
        """Send everything still being typed, in every tab."""
        for tab in Tab:
            self.tab_widget(tab).flush()
