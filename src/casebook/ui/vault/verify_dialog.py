"""Vault → Check vault integrity…: `CaseService.verify` as a long job on the store thread.

    open ──► client.call_long(verify + names of damaged attachments) ── progress ──► bar
         ◄── VerifyReport ──► verdict, counts, details (plain text, read-only)

Every page of the database (SQLCipher's HMACs), every op (hash, signature, chain) and every
attachment's content is read and checked; nothing is changed. The job runs to its end: it has
no cancel, and closing the dialog only stops listening. The core's findings are technical
English lines; the known kinds are retold here in the interface language, the rest are shown
as they are. Never a traceback: a failure of the check itself maps through the error table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from casebook.domain.records import VerifyReport
from casebook.service import CaseService
from casebook.ui.env import Env
from casebook.ui.errors import message_for
from casebook.ui.widgets import ErrorBanner, heading, plain_label, set_name
from casebook.ui.worker import JobControl

__all__ = ["VerifyDialog", "VerifyOutcome", "run_verify"]

_ATTACHMENT = re.compile(r"attachment ([0-9a-f]+): (blob is damaged or missing|content is damaged)")
_CHAIN = re.compile(r"op ([0-9a-f]+): chain broken at seq (\d+) of author ([0-9a-f]+)")
_OP = re.compile(r"op ([0-9a-f]+): .*")
_MAX_CASES_SEARCHED = 5000  # naming damaged attachments reads each case's attachment list


@dataclass(frozen=True)
class VerifyOutcome:
    """The core's report, and where each damaged attachment is: digest prefix → (name, case)."""

    report: VerifyReport
    places: dict[str, list[tuple[str, str]]] = field(default_factory=dict)


def run_verify(service: CaseService, control: JobControl) -> VerifyOutcome:
    """Store-thread job: check the vault, then name the attachments that failed."""
    report = service.integrity.verify(progress=control.progress)
    prefixes = {m.group(1) for m in map(_ATTACHMENT.fullmatch, report.blob_errors) if m}
    places: dict[str, list[tuple[str, str]]] = {}
    before: tuple[int, bytes] | None = None
    searched = 0
    while prefixes and searched < _MAX_CASES_SEARCHED:
        page = service.reading.list_cases(limit=200, before=before)
        if not page:
            break
        for case in page:
            for rec in service.reading.children(case.id, "attachment"):
                prefix = str(rec.get("sha256", ""))[:16]
                if prefix in prefixes:
                    places.setdefault(prefix, []).append((str(rec.get("name", "")), case.title))
        searched += len(page)
        before = page[-1].cursor
    return VerifyOutcome(report, places)


def _fill(template: str, *values: str) -> str:
    """`template` with %1, %2, … replaced at once (a value may itself contain "%2")."""
    return re.sub(r"%(\d)", lambda m: values[int(m.group(1)) - 1], template)


class VerifyDialog(QDialog):
    """Runs the integrity check as soon as it opens and shows what it found."""

    def __init__(self, env: Env, parent: QWidget) -> None:
        super().__init__(parent)
        self._env = env
        self._running = False
        self.outcome: VerifyOutcome | None = None
        self.setWindowTitle(self.tr("Check vault integrity"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        title = heading(self.tr("Check vault integrity"), self, scale=1.15)
        intro = plain_label(
            self.tr(
                "Every page of the encrypted database, every recorded change (its signature "
                "and its place in its author's history) and every attachment is read and "
                "checked. Nothing is changed. A large vault takes a while."
            ),
            self,
            wrap=True,
        )
        self.progress = QProgressBar(self)
        set_name(self.progress, self.tr("Progress of the check"))
        self.status = plain_label("", self, wrap=True)
        self.status.hide()
        self.verdict = heading("", self, scale=1.1)
        self.summary = plain_label("", self, wrap=True, selectable=True)
        self.summary.setObjectName("verifySummary")
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setTabChangesFocus(True)
        self.details.setMinimumHeight(150)
        set_name(self.details, self.tr("Details of the check"))
        self.details_label = QLabel(self.tr("&Details:"), self)
        self.details_label.setBuddy(self.details)
        self.error = ErrorBanner(self)
        buttons = QDialogButtonBox(self)
        self.again_button = buttons.addButton(
            self.tr("Check &again"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.close_button = buttons.addButton(
            self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole
        )
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.verdict)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addWidget(self.details_label)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.setMinimumSize(640, 480)
        self.again_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self.reject)
        self.start()

    @property
    def running(self) -> bool:
        """True while the check runs."""
        return self._running

    def start(self) -> None:
        """Run the check on the store thread (behind anything already asked of it)."""
        if self._running:
            return
        self._running = True
        self.outcome = None
        self.progress.setRange(0, 0)  # the pages and the history report no progress
        self.progress.show()
        self.status.show()
        self.status.setText(self.tr("Checking the database and the history of changes…"))
        for w in (self.verdict, self.summary, self.details_label, self.details):
            w.hide()
        self.error.clear_message()
        self.again_button.setEnabled(False)
        self._env.client.call_long(run_verify, self._on_checked, self, self.on_check_progressed)

    def on_check_progressed(self, done: int, total: int) -> None:
        """Attachments are being checked: `done` of `total`."""
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        locale = QLocale()
        self.status.setText(
            self.tr("Checking attachments: %1 of %2…")
            .replace("%1", locale.toString(done))
            .replace("%2", locale.toString(total))
        )

    def _on_checked(self, result: VerifyOutcome | BaseException) -> None:
        self._running = False
        self.again_button.setEnabled(True)
        self.progress.hide()
        self.status.hide()
        if isinstance(result, BaseException):
            self.error.show_error(message_for(result))
            return
        self.outcome = result
        report = result.report
        if report.ok:
            self.verdict.setText(self.tr("The vault is sound: every check passed."))
            self.verdict.setStyleSheet("color: #2e7d32;")
        else:
            self.verdict.setText(self.tr("The vault is damaged: some checks failed."))
            self.verdict.setStyleSheet("color: #b00020;")
        self.verdict.setAccessibleName(self.verdict.text())
        self.summary.setText("\n".join(self._summary_lines(report)))
        self.details.setPlainText("\n".join(self._detail_lines(result)))
        for w in (self.verdict, self.summary, self.details_label, self.details):
            w.show()
        self.close_button.setFocus()

    # -- what it found --------------------------------------------------------------------

    def _summary_lines(self, report: VerifyReport) -> list[str]:
        n = QLocale().toString
        pages = (
            self.tr("Database pages: all sound.")
            if not report.page_errors
            else self.tr("Database pages: %1 damaged.").replace("%1", n(len(report.page_errors)))
        )
        lines = [
            pages,
            self.tr("Recorded changes: %1 checked, %2 failed.")
            .replace("%1", n(report.ops_checked))
            .replace("%2", n(len(report.op_errors))),
            self.tr("Attachments: %1 checked, %2 failed.")
            .replace("%1", n(report.blobs_checked))
            .replace("%2", n(len(report.blob_errors))),
        ]
        if not report.ok:
            lines.append("")
            lines.append(
                self.tr(
                    "Nothing was changed. Do not delete this vault: restore what is damaged "
                    "from a bundle or a backup, and keep these details for whoever helps you."
                )
            )
        return lines

    def _detail_lines(self, outcome: VerifyOutcome) -> list[str]:
        report = outcome.report
        if report.ok:
            return [
                self.tr("No problems found."),
                self.tr("Authors whose changes were checked: %1.").replace(
                    "%1", QLocale().toString(report.authors)
                ),
            ]
        lines = [self.tr("Database page: %1").replace("%1", e) for e in report.page_errors]
        lines += [self._op_line(e) for e in report.op_errors]
        lines += [self._attachment_line(e, outcome.places) for e in report.blob_errors]
        return lines

    def _op_line(self, error: str) -> str:
        chain = _CHAIN.fullmatch(error)
        if chain is not None:
            return (
                self.tr("Change %1: the history of author %2 is broken at change number %3.")
                .replace("%1", chain.group(1)[:16])
                .replace("%2", chain.group(3))
                .replace("%3", chain.group(2))
            )
        op = _OP.fullmatch(error)
        if op is not None:
            return self.tr("Change %1: its signature or content does not check out.").replace(
                "%1", op.group(1)[:16]
            )
        return error

    def _attachment_line(self, error: str, places: dict[str, list[tuple[str, str]]]) -> str:
        found = _ATTACHMENT.fullmatch(error)
        if found is None:
            return error
        prefix = found.group(1)
        where = places.get(prefix)
        if where:
            what = "; ".join(
                _fill(self.tr("“%1” in the case “%2”"), name, case) for name, case in where
            )
        else:
            what = self.tr("attachment %1, not found in any case").replace("%1", prefix)
        if found.group(2) == "content is damaged":
            return self.tr("Damaged content: %1.").replace("%1", what)
        return self.tr("Encrypted file damaged or missing: %1.").replace("%1", what)
