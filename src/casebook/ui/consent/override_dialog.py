"""Override…: let a person's identity go without their consent, for one purpose, for a reason
(PROTECTION §3; docs/consent.md, "Overrides").

    open ──► store thread: the person's name, where their consent stands
         ──► a warning of what an override does · the reason (a code of the vocabulary
             `override_reason`, never free text: it travels) · the purpose · who may receive
             it (anyone you work with, or ticked colleagues) · until when (default: today)
    Record override ──► store thread: consent.override ──► one signed `consent_override`
                        record and an `override` entry in the custody log, in one transaction

Opened from a person's consents (People tab), and from the export wizard's preview for a person
who goes under a pseudonym for lack of consent, with that bundle's purpose and recipients
chosen. *Record override* is never the default button, and stays off until a reason is chosen.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from casebook.base.errors import DateNotUnderstood
from casebook.domain.consent import OVERRIDE_REASONS, PURPOSE_SCOPES, Standing
from casebook.domain.labels import record_label
from casebook.service import CaseService
from casebook.ui.consent.words import standing_lines
from casebook.ui.env import Env
from casebook.ui.errors import message_for
from casebook.ui.widgets import ErrorBanner, heading, plain_label, set_name
from casebook.ui.workspace.date_field import DateLine, date_problem

__all__ = ["OverrideDialog"]

# Purposes an override can be for: anonymised publication carries no identity to override.
PURPOSES = tuple(p for p, scopes in PURPOSE_SCOPES.items() if scopes)


@dataclass(frozen=True)
class _Loaded:
    person: str
    standing: tuple[Standing, ...]


def _load(s: CaseService, person_id: bytes) -> _Loaded:
    person = s.reading.require("person", person_id)
    return _Loaded(record_label(person), tuple(s.consent.standing(person_id)))


class OverrideDialog(QDialog):
    """The reason, the purpose, the recipients and the end of an override; Record or Cancel."""

    recorded = Signal(bytes)  # the override's id

    def __init__(
        self,
        env: Env,
        person_id: bytes,
        parent: QWidget,
        *,
        purpose: str | None = None,
        recipients: Sequence[bytes] = (),
    ) -> None:
        super().__init__(parent)
        self._env = env
        self._person_id = person_id
        self.loaded: _Loaded | None = None
        self.recorded_id: bytes | None = None
        self.setWindowTitle(self.tr("Override consent"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.title = heading(self.tr("Share a name without consent"), self, scale=1.2)
        self.intro = plain_label("", self, wrap=True)
        self.warning = plain_label(
            self.tr(
                "An override lets this person's name and aliases go, for the purpose below "
                "and to the recipients below, although they have not agreed to it, or have "
                "refused or withdrawn their consent. It holds until the end of the day you "
                "give. It is signed with your key and travels with the case; the custody log "
                "records it with its reason, and colleagues see it. Record one only when the "
                "reason truly applies: once a name has gone, it cannot be recalled."
            ),
            self,
            wrap=True,
        )
        self.warning.setStyleSheet("color: #8a1c00; font-weight: bold;")
        set_name(self.warning, self.tr("What an override does"))
        self.now = plain_label("", self, wrap=True)
        self.now.setStyleSheet("color: #555555;")
        set_name(self.now, self.tr("Where consent stands"))

        terms, language = env.vocabularies.current, env.language
        self.reason = QComboBox(self)
        for code in OVERRIDE_REASONS:
            self.reason.addItem(terms.label("override_reason", code, language), code)
        self.reason.setCurrentIndex(-1)  # a reason is chosen, never assumed
        self.reason.setPlaceholderText(self.tr("Choose a reason"))
        set_name(
            self.reason,
            self.tr("Reason"),
            self.tr("A code from the list, never free text: it travels with the case."),
        )
        self.purpose = QComboBox(self)
        for code, label in terms.choices("consent_purpose", language):
            if code in PURPOSES:
                self.purpose.addItem(label, code)
        if purpose is not None and self.purpose.findData(purpose) >= 0:
            self.purpose.setCurrentIndex(self.purpose.findData(purpose))
        set_name(self.purpose, self.tr("Purpose"), self.tr("What the name may go out for."))
        self.expires = DateLine(language, self)
        self.expires.setPlaceholderText(self.tr("today only"))
        set_name(
            self.expires,
            self.tr("Valid until"),
            self.tr("It holds through this day; empty: today only."),
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Reason:"), self.reason)
        form.addRow(self.tr("&Purpose:"), self.purpose)
        until = QLabel(self.tr("&Valid until:"), self)
        until.setBuddy(self.expires)
        form.addRow(until, self.expires.with_note(self))

        self.error = ErrorBanner(self)
        buttons = QDialogButtonBox(self)
        self.record_button = buttons.addButton(
            self.tr("Record &override"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.cancel_button = buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.record_button.setAutoDefault(False)
        self.cancel_button.setDefault(True)  # Enter never overrides
        self.record_button.setEnabled(False)
        self.record_button.clicked.connect(self.on_record_button_clicked)
        self.cancel_button.clicked.connect(self.reject)
        self.reason.currentIndexChanged.connect(self._update_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addWidget(self.warning)
        layout.addWidget(self.now)
        layout.addLayout(form)
        layout.addWidget(self._audience_box(recipients))
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(640)
        env.read(
            lambda s: _load(s, person_id),
            self._show,
            self,
            lambda e: self.error.show_error(message_for(e)),
        )

    def _audience_box(self, recipients: Sequence[bytes]) -> QGroupBox:
        box = QGroupBox(self.tr("Who may receive it"), self)
        self.to_anyone = QRadioButton(self.tr("&Anyone you work with"), box)
        self.to_peers = QRadioButton(self.tr("Only &these colleagues:"), box)
        self.peers = QListWidget(box)
        self.peers.setMaximumHeight(90)
        set_name(self.peers, self.tr("Colleagues who may receive it"))
        chosen = {r.hex() for r in recipients}
        for peer in self._env.peers.peers:
            if peer.revoked:
                continue
            item = QListWidgetItem(peer.name, self.peers)
            item.setData(Qt.ItemDataRole.UserRole, peer.identity.hex())
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = peer.identity.hex() in chosen
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self.to_peers.toggled.connect(self.peers.setEnabled)
        (self.to_peers if chosen else self.to_anyone).setChecked(True)
        self.peers.setEnabled(bool(chosen))
        layout = QVBoxLayout(box)
        layout.addWidget(self.to_anyone)
        layout.addWidget(self.to_peers)
        layout.addWidget(self.peers)
        return box

    def _show(self, loaded: _Loaded) -> None:
        self.loaded = loaded
        self.intro.setText(
            self.tr("An override for %1, recorded instead of their consent.").replace(
                "%1", loaded.person
            )
        )
        terms, language = self._env.vocabularies.current, self._env.language
        lines = standing_lines(loaded.standing, terms, language, self._env.peers)
        self.now.setText(
            self.tr("Consent now:") + "\n" + "\n".join(lines)
            if lines
            else self.tr("Consent now: none recorded.")
        )
        self._update_button()
        self.adjustSize()

    def _update_button(self, *_args: object) -> None:
        self.record_button.setEnabled(self.loaded is not None and self.reason.currentIndex() >= 0)

    # -- recording ------------------------------------------------------------------------

    def audience(self) -> list[str]:
        """The audience entries the dialog says."""
        if self.to_peers.isChecked():
            out = []
            for i in range(self.peers.count()):
                item = self.peers.item(i)
                if item.checkState() == Qt.CheckState.Checked:
                    out.append(f"peer:{item.data(Qt.ItemDataRole.UserRole)}")
            return out
        return ["any"]

    def _expires(self) -> str | None:
        """The stored end date, or None (today only); `DateNotUnderstood` when unreadable."""
        return self.expires.stored()

    def on_record_button_clicked(self) -> None:
        """Record the override on the store thread; close when done."""
        reason, purpose = self.reason.currentData(), self.purpose.currentData()
        if reason is None:
            self.error.show_error(self.tr("Choose a reason."))
            return
        audience = self.audience()
        if not audience:
            self.error.show_error(self.tr("Tick the colleagues who may receive it."))
            return
        try:
            expires = self._expires()
        except DateNotUnderstood as e:
            self.error.show_error(date_problem(e, self.expires.text()))
            return
        self.error.clear_message()
        person = self._person_id
        self.record_button.setEnabled(False)

        def job(s: CaseService) -> bytes:
            return s.consent.override(person, purpose, audience, reason, expires=expires)

        def failed(error: BaseException) -> None:
            self._update_button()
            self.error.show_error(message_for(error))

        self._env.write(job, self._on_recorded, self, failed)

    def _on_recorded(self, override_id: bytes) -> None:
        self.recorded_id = override_id
        self.recorded.emit(override_id)
        self.accept()
