"""Withdraw a person's consent: which uses, then who already holds their identity.

    open ──► store thread: the person's name and where each scope stands
         ──► the uses the person agreed to, ticked (a withdrawal of them all is the default)
    Withdraw ──► store thread: consent.withdraw ──► a signed decision replacing those it saw
             ──► every colleague and bundle that carried the name (the sent-disclosures
                 ledger) · "Erase the name…" for each identity field that holds a value ·
                 every report written here that carried it · that a court filing cannot be
                 recalled (ECtHR: Rule 47 § 4)

Withdrawing is not erasing: the name stays in this vault, and colleagues keep what they hold,
until an erasure asks their casebooks to forget it. The dialog offers it and says so.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from casebook.domain.consent import Standing
from casebook.domain.labels import record_label
from casebook.service import CaseService
from casebook.service.consent import Withdrawal
from casebook.service.erasure import Holder
from casebook.ui.consent.words import state_text
from casebook.ui.env import Env
from casebook.ui.erasure.erase_dialog import EraseDialog
from casebook.ui.erasure.reasons import long_date
from casebook.ui.errors import message_for
from casebook.ui.labels import field_label
from casebook.ui.report.filed import court_text, filed_lines
from casebook.ui.widgets import ErrorBanner, heading, plain_label, set_name

__all__ = ["WithdrawDialog"]


@dataclass(frozen=True)
class _Loaded:
    person: str
    standing: tuple[Standing, ...]


def _load(s: CaseService, person_id: bytes) -> _Loaded:
    person = s.reading.require("person", person_id)
    return _Loaded(record_label(person), tuple(s.consent.standing(person_id)))


class WithdrawDialog(QDialog):
    """Tick the uses to withdraw; then who holds the identity, and erasure."""

    withdrawn = Signal()
    erased = Signal()

    def __init__(self, env: Env, person_id: bytes, parent: QWidget) -> None:
        super().__init__(parent)
        self._env = env
        self._person_id = person_id
        self.loaded: _Loaded | None = None
        self.result_: Withdrawal | None = None
        self.setWindowTitle(self.tr("Withdraw consent"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.title = heading(self.tr("Withdraw consent"), self, scale=1.2)
        self.error = ErrorBanner(self)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._choose_page())
        self.pages.addWidget(self._done_page())

        buttons = QDialogButtonBox(self)
        self.withdraw_button = buttons.addButton(
            self.tr("&Withdraw"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.close_button = buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.withdraw_button.setAutoDefault(False)
        self.close_button.setDefault(True)  # Enter never withdraws
        self.withdraw_button.setEnabled(False)
        self.withdraw_button.clicked.connect(self.on_withdraw_button_clicked)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(700)
        env.read(
            lambda s: _load(s, person_id),
            self._show,
            self,
            lambda e: self.error.show_error(message_for(e)),
        )

    # -- choosing -------------------------------------------------------------------------

    def _choose_page(self) -> QWidget:
        page = QWidget(self)
        self.intro = plain_label("", page, wrap=True)
        self.uses_box = QGroupBox(self.tr("Uses the person withdraws"), page)
        self.uses_layout = QVBoxLayout(self.uses_box)
        self.ticks: dict[str, QCheckBox] = {}
        self.nothing = plain_label(
            self.tr("The person has agreed to nothing that could be withdrawn."), page, wrap=True
        )
        self.nothing.hide()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addWidget(self.uses_box)
        layout.addWidget(self.nothing)
        layout.addStretch(1)
        return page

    def _show(self, loaded: _Loaded) -> None:
        self.loaded = loaded
        self.intro.setText(
            self.tr(
                "%1 withdraws consent. The decision is recorded and signed; earlier decisions "
                "stay in the history. From now on nothing that names them goes out for these "
                "uses."
            ).replace("%1", loaded.person)
        )
        terms, language = self._env.vocabularies.current, self._env.language
        for s in loaded.standing:
            if s.state not in ("granted", "conflict", "expired"):
                continue
            label = terms.label("consent_scope", s.scope, language)
            tick = QCheckBox(f"{label} ({state_text(s.state)})", self.uses_box)
            tick.setChecked(s.state in ("granted", "conflict"))
            set_name(tick, label)
            tick.toggled.connect(self._update_button)
            self.uses_layout.addWidget(tick)
            self.ticks[s.scope] = tick
        self.uses_box.setVisible(bool(self.ticks))
        self.nothing.setVisible(not self.ticks)
        self._update_button()
        self.adjustSize()

    def _update_button(self, *_args: object) -> None:
        self.withdraw_button.setEnabled(any(t.isChecked() for t in self.ticks.values()))

    def on_withdraw_button_clicked(self) -> None:
        """Record the withdrawal on the store thread; then show who holds the identity."""
        scopes = [code for code, tick in self.ticks.items() if tick.isChecked()]
        if not scopes:
            return
        person = self._person_id
        self.withdraw_button.setEnabled(False)
        self.error.clear_message()

        def failed(error: BaseException) -> None:
            self._update_button()
            self.error.show_error(message_for(error))

        self._env.write(
            lambda s: s.consent.withdraw(person, scopes), self._on_withdrawn, self, failed
        )

    # -- done: who holds it ---------------------------------------------------------------

    def _done_page(self) -> QWidget:
        page = QWidget(self)
        self.done_text = plain_label("", page, wrap=True)
        holders_box = QGroupBox(self.tr("Who already has the name"), page)
        self.holders = plain_label("", holders_box, wrap=True, selectable=True)
        set_name(self.holders, self.tr("Who already has the name"))
        self.erase_buttons: list[QPushButton] = []
        self.erase_row = QHBoxLayout()
        box_layout = QVBoxLayout(holders_box)
        box_layout.addWidget(self.holders)
        box_layout.addLayout(self.erase_row)
        # The reports written here that carried the name: filed, so beyond any recall.
        self.reports = plain_label("", page, wrap=True, selectable=True)
        set_name(self.reports, self.tr("Reports that carried the name"))
        self.reports.hide()
        self.court = plain_label(court_text(), page, wrap=True)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.done_text)
        layout.addWidget(holders_box)
        layout.addWidget(self.reports)
        layout.addWidget(self.court)
        layout.addStretch(1)
        return page

    def _on_withdrawn(self, result: Withdrawal) -> None:
        self.result_ = result
        self.withdrawn.emit()
        terms, language = self._env.vocabularies.current, self._env.language
        uses = "; ".join(terms.label("consent_scope", s, language) for s in result.scopes)
        self.done_text.setText(self.tr("Withdrawn: %1.").replace("%1", uses))
        self.holders.setText(self._holders_text(result.holders))
        filed = filed_lines(result.reports)
        self.reports.setText("\n".join(filed))
        self.reports.setVisible(bool(filed))
        for name in result.fields:
            label = field_label(f"person.{name}")
            button = QPushButton(self.tr("Erase “%1”…").replace("%1", label), self)
            set_name(
                button,
                self.tr("Erase “%1”").replace("%1", label),
                self.tr("Forget it here and ask every colleague's casebook to forget it."),
            )
            button.clicked.connect(lambda _c=False, f=name: self.open_erase(f))
            self.erase_row.addWidget(button)
            self.erase_buttons.append(button)
        self.erase_row.addStretch(1)
        self.withdraw_button.hide()
        self.close_button.setText(self.tr("Close"))
        self.pages.setCurrentIndex(1)
        self.adjustSize()

    def _holders_text(self, holders: tuple[Holder, ...]) -> str:
        if not holders:
            return self.tr(
                "No colleague received the name from you in a bundle. Copies on USB sticks, in "
                "printouts and in reports stay with whoever has them."
            )
        lines = [self.tr("These colleagues already received the name from you:")]
        for h in holders:
            who = h.name or self.tr("someone no longer among your colleagues (key %1)").replace(
                "%1", h.identity.hex()[:16]
            )
            numbers = ", ".join(QLocale().toString(n) for n in h.bundles)
            lines.append(
                "• "
                + self.tr("%1: %n bundle(s) (no. %2), the last sealed on %3", "", len(h.bundles))
                .replace("%1", who)
                .replace("%2", numbers)
                .replace("%3", long_date(h.last_sent_ms))
            )
        lines.append(
            self.tr(
                "They keep their copies until their casebook honours an erasure request, which "
                "casebook cannot prove. To ask, erase the name here:"
            )
        )
        return "\n".join(lines)

    def open_erase(self, field: str) -> EraseDialog:
        """The Erase dialog for one identity field, with the reason "consent withdrawn"."""
        dialog = EraseDialog(self._env, self._person_id, field, self)
        dialog.reason.setCurrentIndex(dialog.reason.findData("consent_withdrawn"))
        dialog.erased.connect(lambda _info: self.erased.emit())
        dialog.open()
        return dialog
