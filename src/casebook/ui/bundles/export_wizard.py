"""Exchange → Export bundle…: cases, recipients, destination, what each gets, then sealing.

    Cases       everything the recipients do not have yet (the default), or only chosen cases
    Recipients  colleagues with their trust marks and clearances; revoked ones cannot be
                chosen; an unverified one needs an explicit tick ("seal anyway"); yourself, so
                you can open it later
    Destination a folder (the USB drive): the file gets a neutral random name; volumes
    Preview     what each bundle carries, one per group of colleagues with the same clearance:
                what goes whole, what stays home and why, who goes under a pseudonym, and the
                leak scan's hits, fixed or sealed past with a reason (`export_audience`)
    Sealing     export_bundle per group on the store thread: progress bar and Cancel; then
                what was sealed

Cancel while sealing stops the job; `export_bundle` leaves no file under a final name. The
wizard closes only once the job has ended. The first four pages live beside this module
(`export_cases`, `export_recipients`, `export_destination`, `export_audience`); this one holds
the sealing.
"""

from __future__ import annotations

from enum import IntEnum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QWidget

from casebook.bundle import ExportResult, export_bundle
from casebook.bundle.audience import Audience, ExportPlan
from casebook.service import CaseService
from casebook.service.labels import gate_of
from casebook.ui.bundles.export_audience import AudiencePage
from casebook.ui.bundles.export_cases import CasesPage, load_all_cases
from casebook.ui.bundles.export_destination import DestinationPage
from casebook.ui.bundles.export_recipients import RecipientsPage
from casebook.ui.bundles.job_wizard import JobPage, JobWizard
from casebook.ui.env import Env
from casebook.ui.errors import message_for
from casebook.ui.peer_book import peer_label
from casebook.ui.translation import format_size
from casebook.ui.worker import JobControl

__all__ = ["ExportWizard", "load_all_cases"]


class Page(IntEnum):
    """The wizard's pages, in order."""

    CASES = 0
    RECIPIENTS = 1
    DESTINATION = 2
    AUDIENCE = 3
    SEAL = 4


class SealPage(JobPage):
    """Sealing, with progress and cancel; then what was sealed."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(
            parent,
            progress_name=QCoreApplication.translate("SealPage", "Progress of sealing"),
            cancel_text=QCoreApplication.translate("SealPage", "&Cancel sealing"),
            summary_name=QCoreApplication.translate("SealPage", "What was sealed"),
        )
        self.setTitle(self.tr("Sealing"))
        self.summary.setObjectName("exportSummary")


class ExportWizard(JobWizard):
    """Seal bundles for colleagues: one per group that may see the same."""

    def __init__(self, env: Env, parent: QWidget, *, current_case: bytes | None = None) -> None:
        super().__init__(parent, commit_text=QCoreApplication.translate("ExportWizard", "&Seal"))
        self._env = env
        self.result_: ExportResult | None = None  # the first bundle sealed
        self.results_: list[ExportResult] = []
        self.setWindowTitle(self.tr("Export bundle"))
        self.cases_page = CasesPage(env, current_case, self)
        self.recipients_page = RecipientsPage(env, self)
        self.destination_page = DestinationPage(self)
        self.audience_page = AudiencePage(
            env, self, self.recipients_page.chosen, self.cases_page.case_ids
        )
        self.audience_page.setCommitPage(True)
        self.seal_page = SealPage(self)
        self.setPage(Page.CASES, self.cases_page)
        self.setPage(Page.RECIPIENTS, self.recipients_page)
        self.setPage(Page.DESTINATION, self.destination_page)
        self.setPage(Page.AUDIENCE, self.audience_page)
        self.setPage(Page.SEAL, self.seal_page)
        self.seal_page.cancel_button.clicked.connect(self.cancel_job)
        self.currentIdChanged.connect(self.on_current_id_changed)
        self.resize(760, 560)

    def on_current_id_changed(self, page: int) -> None:
        """Entering the last page starts sealing."""
        if page == Page.SEAL and not self.working and not self.seal_page.done:
            self.start()

    def start(self) -> None:
        """Seal each group's bundle on the store thread, one after the other."""
        plans: list[ExportPlan] = list(self.audience_page.groups())
        groups = [list(p.recipients) for p in plans] or [self.recipients_page.chosen()]
        confirmed = bool(self.recipients_page.unverified())
        include_self = self.recipients_page.me.isChecked()
        cases = self.cases_page.case_ids()
        folder = Path(self.destination_page.folder.text().strip())
        volume = self.destination_page.volume_size()
        how = self.audience_page.audience()

        def job(s: CaseService, c: JobControl) -> list[ExportResult]:
            audience = Audience(how.purpose, gate_of(s), how.leak_override)
            out = []
            for peers in groups:
                out.append(
                    export_bundle(
                        s.session,
                        peers,
                        out_path=folder,
                        case_ids=cases,
                        volume_size=volume,
                        include_self=include_self,
                        confirm_unverified=confirmed,
                        audience=audience,
                        progress=c.progress,
                        cancel=c.cancelled,
                    )
                )
            return out

        self.run(
            self._env.client,
            self.seal_page,
            self.tr("Sealing: reading, encrypting and checking what was written…"),
            job,
            self._on_sealed,
        )

    def _on_sealed(self, result: list[ExportResult] | BaseException) -> None:
        page = self.seal_page
        if isinstance(result, BaseException):
            page.setTitle(self.tr("Not sealed"))
            page.status.setText("")
            if self.cancelled(result):
                page.error.show_notice(self.tr("Cancelled. No bundle was written."))
            else:
                page.error.show_error(message_for(result))
            return
        self.results_ = result
        self.result_ = result[0] if result else None
        page.setTitle(self.tr("Sealed"))
        page.status.setText(
            self.tr("%n bundle(s) written, read back and checked.", "", len(result))
        )
        page.summary.setText("\n\n".join(self._summary(r) for r in result))
        page.summary.show()

    def _summary(self, r: ExportResult) -> str:
        n = QLocale().toString
        names = [peer_label(p) for p in r.recipients]
        if r.sealed_to_self:
            names.append(self.tr("you"))
        lines = [
            self.tr("Bundle no. %1, for: %2.")
            .replace("%1", n(r.seq))
            .replace("%2", ", ".join(names)),
            self.tr("Changes: %1. Attachments: %2 (%3).")
            .replace("%1", n(r.ops))
            .replace("%2", n(r.attachments))
            .replace("%3", format_size(r.attachment_bytes)),
            self.tr("Size on the drive: %1.").replace("%1", format_size(r.file_size)),
        ]
        if r.left_out or r.withheld or r.pseudonymised:
            lines.append(
                self.tr(
                    "Kept home: %1 record(s) whole and the values of %2 field(s); %3 under "
                    "pseudonyms."
                )
                .replace("%1", n(r.left_out))
                .replace("%2", n(r.withheld))
                .replace("%3", n(r.pseudonymised))
            )
        if r.leak_override:
            lines.append(self.tr("Sealed past the leak scan; the reason is recorded."))
        if len(r.paths) > 1:
            lines.append(self.tr("In %1 parts: copy all of them.").replace("%1", n(len(r.paths))))
        lines += [str(p) for p in r.paths]
        if r.ops == 0 and not r.attachments:
            lines.append(self.tr("Your recipients already had everything: the bundle is empty."))
        return "\n".join(lines)
