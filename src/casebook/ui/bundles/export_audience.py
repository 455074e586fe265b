"""The export wizard's preview page: what each bundle will carry, and why (docs/labels.md §8).

    Purpose [Sharing with colleagues ▾]
    2 bundles: these colleagues may see different things, so each group gets its own.
    ▾ Bundle 1 of 2: for Lev (Restricted, every category)
        Goes whole: 1 case, 2 people, 1 event
        Under pseudonyms (1): Иван Иванов → Victim B: no consent to share their identity
    ▾ Bundle 2 of 2: for Jana (Confidential; not: identity, …)
        Left out whole (1): person Пётр Сидоров: its label is above their clearance
        Values kept home (1): Event · Summary: its label is above their clearance
        Names found in texts (1): «Ивановым» (a form of Иванов) in Case · Summary: …
    [Share this name without consent…]  (a person under a pseudonym for lack of consent chosen)
    [Withhold the texts with names]   Seal anyway because [choose a reason ▾]

The plans are made on the store thread (`preview_groups`); sealing makes them again inside its
own snapshot, so what is sealed never differs from the vault. A name found in a text must be
fixed (withhold that text: its label is raised to restricted, identity) or sealed past with a
reason code, which is recorded.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from casebook.bundle.audience import (
    DEFAULT_PURPOSE,
    LEAK_REASONS,
    Audience,
    ExportPlan,
    preview_groups,
)
from casebook.domain.records import PeerRow
from casebook.domain.sensitivity import Category, restricted
from casebook.service import CaseService
from casebook.service.labels import gate_of
from casebook.ui.consent.override_dialog import OverrideDialog
from casebook.ui.env import Env
from casebook.ui.errors import message_for
from casebook.ui.labels import field_label, kind_label
from casebook.ui.sensitivity.texts import clearance_text, reason_text, why_text
from casebook.ui.widgets import ErrorBanner, plain_label, set_name

__all__ = ["AudiencePage", "plan_lines"]


def _n(value: int) -> str:
    return QLocale().toString(value)


def _recipients(plan: ExportPlan) -> str:
    names = ", ".join(p.name for p in plan.recipients) or QCoreApplication.translate(
        "AudiencePage", "only you"
    )
    return f"{names} ({clearance_text(plan.clearance)})"


def _pseudonym_heading(plan: ExportPlan) -> str:
    return QCoreApplication.translate("AudiencePage", "Under pseudonyms (%1)").replace(
        "%1", _n(len(plan.pseudonyms))
    )


def _pseudonymised(plan: ExportPlan) -> list[str | None]:
    """Per line of the pseudonyms section: the person's id (hex) when it is for lack of
    consent (an override could let the name go), else None."""
    return [
        p.person.hex() if p.why.startswith("consent:") else None for p in plan.pseudonyms.values()
    ]


def plan_lines(plan: ExportPlan, language: str) -> list[tuple[str, list[str]]]:
    """A plan as (heading, lines) sections, in the current language: what goes whole, what
    stays home and why, the pseudonyms, the values withheld, the names found in texts."""
    out: list[tuple[str, list[str]]] = []
    kinds = [f"{kind_label(k)}: {_n(n)}" for k, n in sorted(plan.whole.items())]
    rows = [", ".join(kinds[i : i + 4]) for i in range(0, len(kinds), 4)]
    total = sum(plan.whole.values())
    out.append(
        (
            QCoreApplication.translate("AudiencePage", "Goes whole (%1)").replace("%1", _n(total)),
            rows,
        )
    )
    if plan.left_out:
        out.append(
            (
                QCoreApplication.translate("AudiencePage", "Left out whole (%1)").replace(
                    "%1", _n(len(plan.left_out))
                ),
                [
                    f"{kind_label(x.kind)} {x.name or x.id.hex()[:8]}: {why_text(x.why)}"
                    for x in plan.left_out
                ],
            )
        )
    if plan.pseudonyms:
        out.append(
            (
                _pseudonym_heading(plan),
                [
                    f"{p.name} → {p.ru if language == 'ru' else p.en}: {why_text(p.why)}"
                    for p in plan.pseudonyms.values()
                ],
            )
        )
    if plan.withheld:
        out.append(
            (
                QCoreApplication.translate("AudiencePage", "Values kept home (%1)").replace(
                    "%1", _n(len(plan.withheld))
                ),
                [
                    f"{kind_label(w.kind)} · {field_label(f'{w.kind}.{w.field}')}: "
                    f"{why_text(w.why)}"
                    for w in plan.withheld
                ],
            )
        )
    if plan.leaks:
        out.append(
            (
                QCoreApplication.translate(
                    "AudiencePage", "Names found in texts that would travel (%1)"
                ).replace("%1", _n(len(plan.leaks))),
                [
                    QCoreApplication.translate("AudiencePage", "«%1» (a form of %2) in %3 · %4: %5")
                    .replace("%1", leak.hit.found)
                    .replace("%2", leak.hit.name)
                    .replace("%3", kind_label(leak.kind))
                    .replace("%4", field_label(f"{leak.kind}.{leak.field}"))
                    .replace("%5", leak.hit.context)
                    for leak in plan.leaks
                ],
            )
        )
    return out


class AudiencePage(QWizardPage):
    """Each bundle's preview, the purpose, and the leak scan's hits."""

    def __init__(
        self,
        env: Env,
        parent: QWidget,
        recipients: Callable[[], list[PeerRow]],
        cases: Callable[[], list[bytes] | None],
    ) -> None:
        super().__init__(parent)
        self._env = env
        self._recipients = recipients
        self._cases = cases
        self.plans: list[ExportPlan] | None = None
        self.setTitle(self.tr("What each colleague gets"))
        self.setSubTitle(
            self.tr(
                "A bundle carries only what every one of its recipients may see. What is above "
                "it stays home; people whose names stay home go under pseudonyms."
            )
        )
        self.purpose = QComboBox(self)
        set_name(self.purpose, self.tr("Purpose of the sharing"))
        for code, label in env.vocabularies.current.choices("consent_purpose", env.language):
            self.purpose.addItem(label, code)
        i = self.purpose.findData(DEFAULT_PURPOSE)
        self.purpose.setCurrentIndex(max(i, 0))
        self.summary = plain_label("", self, wrap=True)
        self.summary.setObjectName("audienceSummary")
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)  # long lines wrap instead of being cut off
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.header().setStretchLastSection(True)
        set_name(self.tree, self.tr("What each bundle carries"))
        self.leak_note = plain_label(
            self.tr(
                "Names that stay home are written in texts that would travel. Withhold those "
                "texts (their label goes up to restricted, identity), write mentions with @ "
                "instead of names, or seal anyway and say why: the reason is recorded."
            ),
            self,
            wrap=True,
        )
        self.leak_note.setStyleSheet("color: #8a2a00;")
        self.withhold_button = QPushButton(self.tr("&Withhold the texts with names"), self)
        self.reason = QComboBox(self)
        set_name(self.reason, self.tr("Seal anyway because"))
        self.reason.addItem(self.tr("Choose a reason…"), None)
        for code in LEAK_REASONS:
            self.reason.addItem(reason_text(code), code)
        self.error = ErrorBanner(self)
        # A person under a pseudonym for lack of consent: an override, with this purpose and
        # these recipients chosen (ui/consent/override_dialog.py). Shown only when one is.
        self.override_button = QPushButton(self.tr("Share this name without consent…"), self)
        set_name(
            self.override_button,
            self.tr("Share this name without consent"),
            self.tr("Choose a person under a pseudonym for lack of consent first."),
        )
        self.override_button.setEnabled(False)
        self.override_button.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Purpose:"), self.purpose)
        leak_row = QHBoxLayout()
        leak_row.addWidget(self.withhold_button)
        leak_row.addStretch(1)
        reason_form = QFormLayout()
        reason_form.addRow(self.tr("Seal anyway &because:"), self.reason)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        override_row = QHBoxLayout()
        override_row.addWidget(self.override_button)
        override_row.addStretch(1)
        layout.addLayout(override_row)
        layout.addWidget(self.leak_note)
        layout.addLayout(leak_row)
        layout.addLayout(reason_form)
        layout.addWidget(self.error)
        self.purpose.activated.connect(lambda _i: self.refresh())
        self.reason.currentIndexChanged.connect(lambda _i: self.completeChanged.emit())
        self.withhold_button.clicked.connect(self.on_withhold_button_clicked)
        self.override_button.clicked.connect(lambda: self.open_override())
        self.tree.currentItemChanged.connect(lambda *_: self._update_override())
        self._show_leak_controls(False)

    # -- planning -------------------------------------------------------------------------

    def audience(self) -> Audience:
        """How sealing decides: the purpose and the reason chosen (the gate is the vault's)."""
        return Audience(
            str(self.purpose.currentData() or DEFAULT_PURPOSE), leak_override=self.leak_reason()
        )

    def leak_reason(self) -> str | None:
        """The reason chosen for sealing past the leak scan, if any."""
        code = self.reason.currentData()
        return str(code) if code else None

    def initializePage(self) -> None:
        """Plan the bundles each time the page is entered."""
        self.refresh()

    def refresh(self) -> None:
        """Plan again (on the store thread): recipients, cases and purpose as chosen now."""
        peers, cases = self._recipients(), self._cases()
        purpose = str(self.purpose.currentData() or DEFAULT_PURPOSE)
        self.plans = None
        self.tree.clear()
        self.summary.setText(self.tr("Working out what each colleague may see…"))
        self.error.clear_message()
        self._show_leak_controls(False)
        self.completeChanged.emit()

        def job(s: CaseService) -> list[ExportPlan]:
            return preview_groups(s.session, peers, cases, Audience(purpose, gate_of(s)))

        self._env.read(job, self._show, self, self._failed)

    def _failed(self, error: BaseException) -> None:
        self.summary.setText("")
        self.error.show_error(message_for(error))

    def _show(self, plans: list[ExportPlan]) -> None:
        self.plans = plans
        count = len(plans)
        if count > 1:
            self.summary.setText(
                self.tr(
                    "%n bundles: these colleagues may see different things, so each group gets "
                    "its own bundle.",
                    "",
                    count,
                )
            )
        else:
            self.summary.setText(self.tr("One bundle for all of them."))
        self.tree.clear()
        for i, plan in enumerate(plans, 1):
            top = QTreeWidgetItem(self.tree)
            top.setText(
                0,
                self.tr("Bundle %1 of %2: for %3")
                .replace("%1", _n(i))
                .replace("%2", _n(count))
                .replace("%3", _recipients(plan)),
            )
            for heading, lines in plan_lines(plan, self._env.language):
                section = QTreeWidgetItem(top)
                section.setText(0, heading)
                people = _pseudonymised(plan) if heading == _pseudonym_heading(plan) else []
                for n, line in enumerate(lines):
                    item = QTreeWidgetItem(section)
                    item.setText(0, line)
                    if n < len(people) and people[n] is not None:
                        item.setData(0, Qt.ItemDataRole.UserRole, (people[n], i - 1))
            top.setExpanded(True)
            for j in range(top.childCount()):
                child = top.child(j)
                if child is not None:
                    child.setExpanded(True)
        self._show_leak_controls(self.has_leaks())
        self.override_button.setVisible(
            any(p is not None for plan in plans for p in _pseudonymised(plan))
        )
        self._update_override()
        self.completeChanged.emit()

    # -- an override for a person without consent -----------------------------------------

    def chosen_override(self) -> tuple[bytes, ExportPlan] | None:
        """The person chosen in the tree who goes under a pseudonym for lack of consent, and
        their bundle's plan."""
        item = self.tree.currentItem()
        data = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        if not data or self.plans is None:
            return None
        person_hex, index = data
        return bytes.fromhex(person_hex), self.plans[index]

    def _update_override(self) -> None:
        self.override_button.setEnabled(self.chosen_override() is not None)

    def open_override(self) -> OverrideDialog | None:
        """The override dialog for the chosen person, this purpose and these recipients; the
        bundles are planned again once it is recorded."""
        chosen = self.chosen_override()
        if chosen is None:
            return None
        person, plan = chosen
        dialog = OverrideDialog(
            self._env,
            person,
            self,
            purpose=str(self.purpose.currentData() or DEFAULT_PURPOSE),
            recipients=[p.identity for p in plan.recipients],
        )
        dialog.recorded.connect(lambda _id: self.refresh())
        dialog.open()
        return dialog

    def has_leaks(self) -> bool:
        """True when a bundle's texts hold a withheld name."""
        return any(p.leaks for p in self.plans or ())

    def _show_leak_controls(self, shown: bool) -> None:
        for w in (self.leak_note, self.withhold_button, self.reason):
            w.setVisible(shown)
        if not shown:
            self.reason.setCurrentIndex(0)

    def on_withhold_button_clicked(self) -> None:
        """Raise the label of every text that holds a withheld name, then plan again."""
        targets: dict[tuple[bytes, str], str] = {}
        for plan in self.plans or ():
            for leak in plan.leaks:
                # An attachment's file name is no field: the whole attachment is withheld.
                field = "" if leak.kind == "attachment" and leak.field == "name" else leak.field
                targets[(leak.id, field)] = leak.kind
        label = restricted(Category.IDENTITY)

        def job(s: CaseService) -> None:
            for record_id, field in sorted(targets):
                s.labels.label(record_id, field or None, label)

        self.withhold_button.setEnabled(False)

        def done(_: None) -> None:
            self.withhold_button.setEnabled(True)
            self.refresh()

        def failed(error: BaseException) -> None:
            self.withhold_button.setEnabled(True)
            self._failed(error)

        self._env.write(job, done, self, failed)

    def isComplete(self) -> bool:
        """Planned; names found in texts fixed or a reason chosen."""
        if self.plans is None:
            return False
        return not self.has_leaks() or self.leak_reason() is not None

    def groups(self) -> Sequence[ExportPlan]:
        """The plans shown: one per bundle to seal."""
        return self.plans or ()
