"""Cases → Statistics…: the docket at a glance.

    chart        events by month (QtCharts, or painted by hand without it)
    tabs         cases by status · events by type · legal articles · deadlines in 30 days

One job on the store thread (`CaseService.stats.docket`), then plain rows in four models.
*Refresh* reads again. Labels in the interface language; dates as people say them.
"""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from casebook.domain.dates import format_fuzzy
from casebook.service.stats import Docket
from casebook.ui.env import Env
from casebook.ui.models.stats import ArticlesModel, CountsModel, DeadlinesModel
from casebook.ui.stats.chart import bar_chart
from casebook.ui.tables import make_table
from casebook.ui.widgets import plain_label, set_name

__all__ = ["StatsDialog"]


class StatsDialog(QDialog):
    """The docket's figures, with a chart."""

    def __init__(self, env: Env, parent: QWidget, *, qtcharts: bool = True) -> None:
        super().__init__(parent)
        self._env = env
        self._qtcharts = qtcharts
        self.docket: Docket | None = None
        lang = env.language
        self.setWindowTitle(self.tr("Statistics"))
        self.summary = plain_label("", self, wrap=True)
        self.summary.setObjectName("statsSummary")
        self.chart_box = QVBoxLayout()
        self.chart: QWidget | None = None
        self.statuses = CountsModel(lang, self.tr("Status"), self)
        self.types = CountsModel(lang, self.tr("Event type"), self)
        self.articles = ArticlesModel(lang, self)
        self.deadlines = DeadlinesModel(lambda d: format_fuzzy(d, _lang(lang)), self)
        self.tabs = QTabWidget(self)
        set_name(self.tabs, self.tr("Statistics"))
        self.status_table = make_table(self.statuses, self.tr("Cases by status"), self, stretch=0)
        self.type_table = make_table(self.types, self.tr("Events by type"), self, stretch=0)
        self.article_table = make_table(self.articles, self.tr("Legal articles"), self, stretch=0)
        self.deadline_table = make_table(
            self.deadlines, self.tr("Deadlines in the next 30 days"), self, stretch=2
        )
        self.tabs.addTab(self.status_table, self.tr("Cases by &status"))
        self.tabs.addTab(self.type_table, self.tr("&Events by type"))
        self.tabs.addTab(self.article_table, self.tr("&Legal articles"))
        self.tabs.addTab(self.deadline_table, self.tr("&Deadlines (30 days)"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Close"))
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        set_name(self.refresh_button, self.tr("Read the figures again"))
        buttons.addButton(self.refresh_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.refresh_button.clicked.connect(self.load)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(self.chart_box, 3)
        layout.addWidget(self.tabs, 2)
        layout.addWidget(buttons)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.resize(900, 640)
        self.load()

    def load(self) -> None:
        """Read the figures on the store thread."""
        self.refresh_button.setEnabled(False)
        today = _dt.date.today()
        self._env.read(lambda s: s.stats.docket(today), self.show_docket, self)

    def show_docket(self, docket: Docket) -> None:
        """Fill the tables and draw the chart."""
        self.docket = docket
        self.refresh_button.setEnabled(True)
        self.statuses.set_rows(docket.statuses)
        self.types.set_rows(docket.event_types)
        self.articles.set_rows(docket.articles)
        self.deadlines.set_rows(docket.deadlines)
        cases = sum(c.count for c in docket.statuses)
        events = sum(c.count for c in docket.event_types)
        self.summary.setText(
            self.tr("Cases: %1. Events: %2. Deadlines in the next 30 days: %3.")
            .replace("%1", str(cases))
            .replace("%2", str(events))
            .replace("%3", str(len(docket.deadlines)))
        )
        if self.chart is not None:
            self.chart_box.removeWidget(self.chart)
            self.chart.deleteLater()
        bars = [(c.month or self.tr("no date"), c.count) for c in docket.event_months]
        self.chart = bar_chart(self.tr("Events by month"), bars, self, qtcharts=self._qtcharts)
        self.chart_box.addWidget(self.chart)
        self.chart.show()  # a child added to a window already shown stays hidden until told


def _lang(language: str) -> str:
    return "ru" if language == "ru" else "en"
