"""The export wizard's first page: everything new, or only chosen cases.

Choosing cases reads every case's title once, on the store thread, when the person first picks
"Only these cases"; the current case starts ticked.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QLineEdit, QRadioButton, QVBoxLayout, QWidget, QWizardPage

from casebook.domain.records import CaseRow
from casebook.service import CaseService
from casebook.ui.bundles.check_list import CheckList, check_view
from casebook.ui.env import Env
from casebook.ui.widgets import plain_label, set_name

__all__ = ["CasesPage", "load_all_cases"]

_MAX_CASES = 200_000


def load_all_cases(service: CaseService) -> list[CaseRow]:
    """Store-thread job: every case (title and id), newest first."""
    out: list[CaseRow] = []
    before: tuple[int, bytes] | None = None
    while len(out) < _MAX_CASES:
        page = service.reading.list_cases(limit=2000, before=before)
        if not page:
            break
        out.extend(page)
        before = page[-1].cursor
    return out


class CasesPage(QWizardPage):
    """Everything new, or chosen cases."""

    def __init__(self, env: Env, current_case: bytes | None, parent: QWidget) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("What to seal"))
        self.setSubTitle(
            self.tr(
                "A bundle normally carries every change your recipients do not have yet. "
                "Choose cases only to hand over part of your work."
            )
        )
        self.everything = QRadioButton(self.tr("&Everything the recipients do not have yet"), self)
        self.chosen = QRadioButton(self.tr("&Only these cases (all of their history):"), self)
        self.everything.setChecked(True)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter by title"))
        self.filter.setClearButtonEnabled(True)
        set_name(self.filter, self.tr("Filter cases by title"))
        self.cases = CheckList(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.cases)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.list = check_view(self.proxy, self.tr("Cases"), self)
        self.count = plain_label("", self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.everything)
        layout.addWidget(self.chosen)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.count)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.chosen.toggled.connect(self._update)
        self.cases.dataChanged.connect(lambda *_: self._update())
        self._env = env
        self._current = current_case
        self._loading = False
        self._update()

    def _load_cases(self) -> None:
        """Read every case's title, once, when the person first asks to choose cases."""
        if not self._loading:
            self._loading = True
            self._env.read(load_all_cases, self._on_cases, self)

    def _on_cases(self, rows: list[CaseRow]) -> None:
        self.cases.set_items([(r.id, r.title, "") for r in rows])
        if self._current is not None:
            self.cases.set_checked(self._current, True)
        self._update()

    def _update(self, *_args: object) -> None:
        on = self.chosen.isChecked()
        if on:
            self._load_cases()
        self.filter.setEnabled(on)
        self.list.setEnabled(on)
        self.count.setText(
            self.tr("%1 of %2 cases chosen")
            .replace("%1", QLocale().toString(len(self.cases.checked)))
            .replace("%2", QLocale().toString(len(self.cases.items)))
        )
        self.count.setVisible(on)
        self.completeChanged.emit()

    def case_ids(self) -> list[bytes] | None:
        """The chosen cases, or None for everything new."""
        if not self.chosen.isChecked():
            return None
        return [k for k, _, _ in self.cases.items if k in self.cases.checked]

    def isComplete(self) -> bool:
        """Everything, or at least one case."""
        return not self.chosen.isChecked() or bool(self.cases.checked)
