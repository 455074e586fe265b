"""A person's consents, beside their details in the People tab: where each use stands, every
decision (newest first, the replaced ones dimmed), the overrides recorded, and the buttons to
record, withdraw or override."""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from casebook.ui.consent.consent_form import ConsentFormDialog
from casebook.ui.consent.override_dialog import OverrideDialog
from casebook.ui.consent.withdraw_dialog import WithdrawDialog
from casebook.ui.consent.words import override_text, standing_lines
from casebook.ui.env import Env
from casebook.ui.models.consents import ConsentsModel, PersonConsent, load_consent
from casebook.ui.tables import make_table
from casebook.ui.widgets import ErrorBanner, plain_label, set_name

__all__ = ["PersonConsentPanel"]


class PersonConsentPanel(QGroupBox):
    """Consent of the selected person."""

    changed = Signal()  # a decision was recorded: other views may read again
    erased = Signal()  # an identity field was erased from the withdrawal

    def __init__(self, env: Env, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Consent"))
        self._env = env
        self.person_id: bytes | None = None
        self.loaded: PersonConsent | None = None
        self.summary = plain_label("", self, wrap=True)
        set_name(self.summary, self.tr("Where consent stands"))
        self.conflict = ErrorBanner(self)
        self.model = ConsentsModel(env.language, env.peers, self)
        self.model.use_vocabularies(env.vocabularies)
        self.table = make_table(self.model, self.tr("Consent decisions"), self, stretch=2)
        self.table.setMinimumHeight(90)
        self.record_button = QPushButton(self.tr("Record &consent…"), self)
        self.withdraw_button = QPushButton(self.tr("&Withdraw consent…"), self)
        set_name(
            self.withdraw_button,
            self.tr("Withdraw consent"),
            self.tr("Records the withdrawal and shows who already has the name."),
        )
        self.override_button = QPushButton(self.tr("Overri&de…"), self)
        set_name(
            self.override_button,
            self.tr("Override consent"),
            self.tr("Lets the name go without consent, for a reason from a list; recorded."),
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.withdraw_button)
        buttons.addStretch(1)
        # A row of its own: the panel is no wider than before on a 1024-pixel screen.
        rare = QHBoxLayout()
        rare.addWidget(self.override_button)
        rare.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.conflict)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addLayout(rare)
        self.record_button.clicked.connect(lambda: self.open_form())
        self.withdraw_button.clicked.connect(lambda: self.open_withdraw())
        self.override_button.clicked.connect(lambda: self.open_override())
        self.load(None)

    def load(self, person_id: bytes | None) -> None:
        """Show the consents of a person (or nothing)."""
        self.person_id = person_id
        self.record_button.setEnabled(person_id is not None)
        self.override_button.setEnabled(person_id is not None)
        self.withdraw_button.setEnabled(False)
        if person_id is None:
            self.loaded = None
            self.model.clear()
            self.summary.setText("")
            self.conflict.clear_message()
            return
        self._env.read(lambda s: load_consent(s, person_id), self._show, self)

    def reload(self) -> None:
        """Read the selected person's consents again."""
        self.load(self.person_id)

    def _show(self, loaded: PersonConsent) -> None:
        if loaded.person_id != self.person_id:
            return  # another person was selected meanwhile
        self.loaded = loaded
        self.model.set_rows(loaded.rows)
        terms, language = self._env.vocabularies.current, self._env.language
        lines = standing_lines(loaded.standing, terms, language, self._env.peers)
        today = _dt.date.today()
        lines += [
            override_text(o, terms, language, self._env.peers, today) for o in loaded.overrides
        ]
        if lines:
            self.summary.setText("\n".join(lines))
        else:
            self.summary.setText(
                self.tr("No consent recorded: nothing that names this person may leave this vault.")
            )
        if any(s.state == "conflict" for s in loaded.standing):
            self.conflict.show_error(
                self.tr(
                    "A withdrawal and an agreement were recorded in different places at the "
                    "same time: it counts as withdrawn until you choose, in the History tab."
                )
            )
        else:
            self.conflict.clear_message()
        withdrawable = {"granted", "conflict", "expired"}
        self.withdraw_button.setEnabled(any(s.state in withdrawable for s in loaded.standing))

    def open_form(self) -> ConsentFormDialog | None:
        """The consent form for the selected person."""
        if self.person_id is None:
            return None
        dialog = ConsentFormDialog(self._env, self.person_id, self)
        dialog.recorded.connect(self._changed)
        dialog.open()
        return dialog

    def open_withdraw(self) -> WithdrawDialog | None:
        """The withdrawal dialog for the selected person."""
        if self.person_id is None:
            return None
        dialog = WithdrawDialog(self._env, self.person_id, self)
        dialog.withdrawn.connect(self._changed)
        dialog.erased.connect(self.erased)
        dialog.open()
        return dialog

    def open_override(self) -> OverrideDialog | None:
        """The override dialog for the selected person."""
        if self.person_id is None:
            return None
        dialog = OverrideDialog(self._env, self.person_id, self)
        dialog.recorded.connect(lambda _id: self._changed())
        dialog.open()
        return dialog

    def _changed(self) -> None:
        self.reload()
        self.changed.emit()
