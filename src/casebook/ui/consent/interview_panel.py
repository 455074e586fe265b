"""Consent in the interview view: the decisions recorded at this interview, and the form.

Before the consent ledger an interview kept its consent as a list of ticked codes
(`interview.consent`). That field is now a view: what the ledger recorded at the interview.
Codes from before stay readable below it, marked as not used for sharing (the gate never reads
them: they say neither who may receive what nor until when).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from casebook.domain.consent import LEGACY_SCOPES, Decision
from casebook.domain.records import Record
from casebook.service import CaseService
from casebook.ui.consent.consent_form import ConsentFormDialog
from casebook.ui.consent.words import decision_text
from casebook.ui.env import Env
from casebook.ui.widgets import plain_label, set_name

__all__ = ["InterviewConsentPanel", "load_interview_consent"]


@dataclass(frozen=True)
class InterviewConsent:
    """The decisions recorded at an interview, read on the store thread."""

    interview_id: bytes
    decisions: tuple[Decision, ...]


def load_interview_consent(s: CaseService, interview_id: bytes) -> InterviewConsent:
    """Store-thread job: the decisions recorded at this interview, newest first."""
    return InterviewConsent(interview_id, tuple(s.consent.at_interview(interview_id)))


class InterviewConsentPanel(QGroupBox):
    """What the interviewee agreed to and refused at this interview; Record consent…."""

    changed = Signal()

    def __init__(self, env: Env, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Consent given at this interview"))
        self._env = env
        self.interview: Record | None = None
        self.loaded: InterviewConsent | None = None
        self.decisions = plain_label("", self, wrap=True, selectable=True)
        set_name(self.decisions, self.tr("Consent given at this interview"))
        self.legacy = plain_label("", self, wrap=True)
        self.legacy.setStyleSheet("color: #555555;")
        self.record_button = QPushButton(self.tr("Record &consent…"), self)
        set_name(
            self.record_button,
            self.tr("Record consent"),
            self.tr("Tick what the interviewee agrees to and refuses, in one go."),
        )
        row = QHBoxLayout()
        row.addWidget(self.decisions, 1)
        row.addWidget(self.record_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.legacy)
        self.record_button.clicked.connect(lambda: self.open_form())
        self.show_interview(None)

    def show_interview(self, interview: Record | None) -> None:
        """Show the consent recorded at an interview (or nothing)."""
        self.interview = interview
        self.loaded = None
        self._show_legacy(interview)
        has_person = interview is not None and bool(interview.get("interviewee"))
        self.record_button.setEnabled(has_person)
        self.record_button.setToolTip(
            "" if has_person or interview is None else self.tr("Choose the interviewee first.")
        )
        if interview is None:
            self.decisions.setText("")
            return
        interview_id = interview.id
        self._env.read(lambda s: load_interview_consent(s, interview_id), self._show, self)

    def _show(self, loaded: InterviewConsent) -> None:
        if self.interview is None or loaded.interview_id != self.interview.id:
            return
        self.loaded = loaded
        terms, language = self._env.vocabularies.current, self._env.language
        if not loaded.decisions:
            self.decisions.setText(self.tr("No consent recorded at this interview yet."))
            return
        lines = [
            f"{d.given or ''}  {decision_text(d, terms, language, self._env.peers)}"
            for d in loaded.decisions
        ]
        self.decisions.setText("\n".join(lines))

    def _show_legacy(self, interview: Record | None) -> None:
        codes = list(interview.get("consent") or ()) if interview is not None else []
        if not codes:
            self.legacy.setText("")
            self.legacy.hide()
            return
        terms, language = self._env.vocabularies.current, self._env.language
        words = []
        for code in codes:
            if code in LEGACY_SCOPES and LEGACY_SCOPES[code] is None:
                words.append(terms.label("consent_status", code, language))
            else:
                scope = LEGACY_SCOPES.get(code) or code
                words.append(terms.label("consent_scope", scope, language))
        self.legacy.setText(
            self.tr("Noted before the consent ledger, not used for sharing: %1").replace(
                "%1", "; ".join(words)
            )
        )
        self.legacy.show()

    def open_form(self) -> ConsentFormDialog | None:
        """The consent form for the interviewee, given at this interview."""
        interview = self.interview
        ref = interview.get("interviewee") if interview is not None else None
        if interview is None or not ref:
            return None
        dialog = ConsentFormDialog(self._env, bytes.fromhex(ref), self, interview_id=interview.id)
        dialog.recorded.connect(self._recorded)
        dialog.open()
        return dialog

    def _recorded(self) -> None:
        self.show_interview(self.interview)
        self.changed.emit()
