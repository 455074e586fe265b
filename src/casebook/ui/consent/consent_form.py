"""The consent form: a person's decisions about the common scopes, ticked in one go.

    open ──► store thread: the person's name, where each scope stands, the case's attachments
         ──► per scope "Agrees" / "Refuses" ticks (none: not asked) · who may receive it ·
             how it was given · until when · evidence · conditions
    Record ──► store thread: consent.record_form ──► one signed decision for the agreed
               scopes and one for the refused ones, each replacing what it saw ──► `recorded`

Opened from the interview view (the decisions are then "given at this interview", with the
interview's language and interpreter) and from a person's consents. The `international` scope
says under its ticks that the ECtHR and UN bodies file publicly unless anonymity is granted.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from casebook.base.errors import InputRejected
from casebook.domain import vocab
from casebook.domain.consent import SCOPES, Standing
from casebook.domain.labels import record_label
from casebook.domain.model import FuzzyDate
from casebook.service import CaseService
from casebook.ui.consent.words import STATES, state_text
from casebook.ui.env import Env
from casebook.ui.errors import message_for
from casebook.ui.widgets import ErrorBanner, heading, plain_label, set_name

__all__ = ["ConsentFormDialog", "FormData", "load_form"]


@dataclass(frozen=True)
class FormData:
    """What the form shows besides its ticks, read on the store thread."""

    person: str  # the person's one-line name
    standing: tuple[Standing, ...]
    attachments: tuple[tuple[bytes, str], ...]  # (id, name) of the case's files: evidence
    organisations: tuple[str, ...] = ()  # the colleagues' organisations known here


def load_form(s: CaseService, person_id: bytes) -> FormData:
    """Store-thread job: the person, where each scope stands, the case's files."""
    person = s.reading.require("person", person_id)
    files = s.reading.children(person.case_id, "attachment") if person.case_id else []
    return FormData(
        record_label(person),
        tuple(s.consent.standing(person_id)),
        tuple((f.id, str(f.get("name") or "")) for f in files),
        tuple(s.peers.organisation_names()),
    )


class ConsentFormDialog(QDialog):
    """Ticks for the scopes, who may receive it, how and until when; Record or Cancel."""

    recorded = Signal()

    def __init__(
        self,
        env: Env,
        person_id: bytes,
        parent: QWidget,
        *,
        interview_id: bytes | None = None,
    ) -> None:
        super().__init__(parent)
        self._env = env
        self._person_id = person_id
        self._interview_id = interview_id
        self.data: FormData | None = None
        self.setWindowTitle(self.tr("Consent"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.title = heading(self.tr("Record consent"), self, scale=1.2)
        self.intro = plain_label("", self, wrap=True)
        self.error = ErrorBanner(self)

        columns = QHBoxLayout()
        columns.addWidget(self._scopes_box(), 3)
        right = QVBoxLayout()
        right.addWidget(self._audience_box())
        right.addWidget(self._details_box(), 1)
        columns.addLayout(right, 2)

        buttons = QDialogButtonBox(self)
        self.record_button = buttons.addButton(
            self.tr("&Record"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.record_button.setEnabled(False)
        self.record_button.clicked.connect(self.on_record_button_clicked)
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addLayout(columns, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

        env.read(
            lambda s: load_form(s, person_id),
            self._show,
            self,
            lambda e: self.error.show_error(message_for(e)),
        )

    # -- the parts ------------------------------------------------------------------------

    def _scopes_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("What the person agrees to"), self)
        grid = QGridLayout(box)
        grid.setColumnStretch(0, 1)
        names: list[QLabel] = []
        grid.addWidget(plain_label(self.tr("Agrees"), box), 0, 1)
        grid.addWidget(plain_label(self.tr("Refuses"), box), 0, 2)
        grid.addWidget(plain_label(self.tr("Now"), box), 0, 3)
        terms = self._env.vocabularies.current
        language = self._env.language
        self.agrees: dict[str, QCheckBox] = {}
        self.refuses: dict[str, QCheckBox] = {}
        self.now: dict[str, QLabel] = {}
        # The "Now" column holds any state's words without cutting them off.
        metrics = box.fontMetrics()
        widest = max(metrics.horizontalAdvance(state_text(s)) for s in STATES) + 8
        row = 1
        for code in SCOPES:
            label = terms.label("consent_scope", code, language)
            name = plain_label(label, box)
            names.append(name)
            yes, no = QCheckBox(box), QCheckBox(box)
            set_name(yes, self.tr("%1: agrees").replace("%1", label))
            set_name(no, self.tr("%1: refuses").replace("%1", label))
            # One or the other, or neither (not asked): never both.
            yes.toggled.connect(lambda on, other=no: on and other.setChecked(False))
            no.toggled.connect(lambda on, other=yes: on and other.setChecked(False))
            yes.toggled.connect(self._update_button)
            no.toggled.connect(self._update_button)
            now = plain_label("", box)
            now.setStyleSheet("color: #555555;")
            now.setMinimumWidth(widest)
            grid.addWidget(name, row, 0)
            grid.addWidget(yes, row, 1, Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(no, row, 2, Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(now, row, 3)
            self.agrees[code], self.refuses[code], self.now[code] = yes, no, now
            row += 1
            note = self._note(code)
            if note:
                hint = plain_label(note, box, wrap=True)
                hint.setStyleSheet("color: #8a4b00;")
                set_name(hint, note)
                grid.addWidget(hint, row, 0, 1, 4)
                self.international_note = hint
                row += 1
        # Every use's name on one line, whole, in either language.
        grid.setColumnMinimumWidth(0, max(n.sizeHint().width() for n in names) + 24)
        return box

    def _note(self, code: str) -> str:
        return vocab.note("consent_scope", code, self._env.language)

    def _audience_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Who may receive it"), self)
        self.to_anyone = QRadioButton(self.tr("&Anyone you work with"), box)
        self.to_peers = QRadioButton(self.tr("Only &these colleagues:"), box)
        self.to_org = QRadioButton(self.tr("An &organisation:"), box)
        self.to_anyone.setChecked(True)
        self.peers = QListWidget(box)
        self.peers.setMaximumHeight(90)
        set_name(self.peers, self.tr("Colleagues who may receive it"))
        for peer in self._env.peers.peers:
            if peer.revoked:
                continue
            item = QListWidgetItem(peer.name, self.peers)
            item.setData(Qt.ItemDataRole.UserRole, peer.identity.hex())
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        # The organisations recorded for colleagues (Peers → Organisation…), or a new name.
        self.org = QComboBox(box)
        self.org.setEditable(True)
        self.org.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        set_name(
            self.org,
            self.tr("Organisation"),
            self.tr(
                "It includes the colleagues you recorded as its members (Peers, Organisation…)."
            ),
        )
        self.peers.setEnabled(False)
        self.org.setEnabled(False)
        self.to_peers.toggled.connect(self.peers.setEnabled)
        self.to_org.toggled.connect(self.org.setEnabled)
        layout = QVBoxLayout(box)
        layout.addWidget(self.to_anyone)
        layout.addWidget(self.to_peers)
        layout.addWidget(self.peers)
        layout.addWidget(self.to_org)
        layout.addWidget(self.org)
        return box

    def _details_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("How"), self)
        terms = self._env.vocabularies.current
        self.method = QComboBox(box)
        self.method.addItem("—", None)
        for code, label in terms.choices("consent_method", self._env.language):
            self.method.addItem(label, code)
        self.expires = QLineEdit(box)
        self.expires.setPlaceholderText(self.tr("no end date"))
        self.evidence = QComboBox(box)
        self.evidence.addItem("—", None)
        self.conditions = QPlainTextEdit(box)
        self.conditions.setTabChangesFocus(True)
        self.conditions.setMinimumHeight(50)
        self.conditions.setPlaceholderText(self.tr("for example: not my address"))
        set_name(self.method, self.tr("How it was given"))
        set_name(self.expires, self.tr("Valid until"), self.tr("It holds through this day."))
        set_name(self.evidence, self.tr("Evidence"), self.tr("A signed form or a recording."))
        set_name(self.conditions, self.tr("Conditions"))
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&How given:"), self.method)
        form.addRow(self.tr("&Valid until:"), self.expires)
        form.addRow(self.tr("E&vidence:"), self.evidence)
        form.addRow(self.tr("&Conditions:"), self.conditions)
        return box

    # -- loading --------------------------------------------------------------------------

    def _show(self, data: FormData) -> None:
        self.data = data
        if self._interview_id is not None:
            intro = self.tr("Consent of %1, given at this interview.")
        else:
            intro = self.tr("Consent of %1.")
        self.intro.setText(
            intro.replace("%1", data.person)
            + " "
            + self.tr(
                "Tick what the person agrees to and what they refuse; leave the rest blank. "
                "Each decision replaces the earlier one for that use."
            )
        )
        for s in data.standing:
            label = self.now.get(s.scope)
            if label is not None:
                label.setText(state_text(s.state))
        for file_id, name in data.attachments:
            self.evidence.addItem(name, file_id.hex())
        self.org.addItems(list(data.organisations))
        self.org.setEditText("")
        self._update_button()
        self.adjustSize()

    def _update_button(self, *_args: object) -> None:
        ticked = any(c.isChecked() for c in (*self.agrees.values(), *self.refuses.values()))
        self.record_button.setEnabled(self.data is not None and ticked)

    # -- recording ------------------------------------------------------------------------

    def audience(self) -> list[str]:
        """The audience entries the form says."""
        if self.to_peers.isChecked():
            out = []
            for i in range(self.peers.count()):
                item = self.peers.item(i)
                if item.checkState() == Qt.CheckState.Checked:
                    out.append(f"peer:{item.data(Qt.ItemDataRole.UserRole)}")
            return out
        if self.to_org.isChecked():
            return [f"org:{self.org.currentText().strip()}"]
        return ["any"]

    def _problem(self) -> str | None:
        if self.to_peers.isChecked() and not self.audience():
            return self.tr("Tick the colleagues who may receive it.")
        if self.to_org.isChecked() and not self.org.currentText().strip():
            return self.tr("Type the organisation's name.")
        text = self.expires.text().strip()
        if text:
            try:
                FuzzyDate.parse(text)
            except InputRejected:
                return self.tr("Write the date as 2027-03-05 (or 2027-03, 2027).")
        return None

    def on_record_button_clicked(self) -> None:
        """Record the ticked decisions on the store thread; close when done."""
        problem = self._problem()
        if problem:
            self.error.show_error(problem)
            return
        self.error.clear_message()
        granted = [c for c, box in self.agrees.items() if box.isChecked()]
        refused = [c for c, box in self.refuses.items() if box.isChecked()]
        audience = self.audience()
        method = self.method.currentData()
        expires = self.expires.text().strip() or None
        chosen = self.evidence.currentData()
        evidence = bytes.fromhex(chosen) if chosen else None
        conditions = self.conditions.toPlainText().strip() or None
        person, interview = self._person_id, self._interview_id
        self.record_button.setEnabled(False)

        def job(s: CaseService) -> list[bytes]:
            return s.consent.record_form(
                person,
                granted,
                refused,
                interview=interview,
                audience=audience,
                method=method,
                expires=expires,
                evidence=evidence,
                conditions=conditions,
            )

        def failed(error: BaseException) -> None:
            self._update_button()
            self.error.show_error(message_for(error))

        self._env.write(job, self._on_recorded, self, failed)

    def _on_recorded(self, _ids: list[bytes]) -> None:
        self.recorded.emit()
        self.accept()
