"""Cases → Case report…: purpose and audience, a preview, a folder, then writing.

    Audience     purpose (echr, un, domestic, asylum, public), the report's language, colleagues
    Preview      build_report on the store thread (reads only), render_pdf on the task pool
                 (off both the UI and the store thread), the pages shown from memory; Stop
    Destination  a new or empty folder; the plain-export warning must be ticked
    Writing      write_package on the store thread: progress, Cancel; what was written

Nothing leaves the vault before the last page: the preview lives in memory. Cancel while
writing removes the half-built folder (the core's `write_package`); the wizard closes only
once the job has ended.
"""

from __future__ import annotations

from enum import IntEnum
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from casebook.report import Audience, BuiltReport, build_report
from casebook.report.package import PackageResult, write_package
from casebook.service import CaseService
from casebook.ui.bundles.job_wizard import JobPage, JobWizard
from casebook.ui.env import Env
from casebook.ui.errors import message_for
from casebook.ui.report.pages import AudiencePage, DestinationPage, PreviewPage
from casebook.ui.report_pdf import register_fonts, render_pdf
from casebook.ui.tasks import CancelToken, ProgressRelay
from casebook.ui.worker import JobControl

__all__ = ["ReportWizard"]


class Page(IntEnum):
    """The wizard's pages, in order."""

    AUDIENCE = 0
    PREVIEW = 1
    DESTINATION = 2
    WRITE = 3


class WritePage(JobPage):
    """Writing, with progress and cancel; then what was written."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(
            parent,
            progress_name=QCoreApplication.translate("ReportWizard", "Progress of writing"),
            cancel_text=QCoreApplication.translate("ReportWizard", "&Cancel writing"),
            summary_name=QCoreApplication.translate("ReportWizard", "What was written"),
        )
        self.setTitle(QCoreApplication.translate("ReportWizard", "Writing"))
        self.summary.setObjectName("reportSummary")


class ReportWizard(JobWizard):
    """Write one case's court report and its verification package."""

    def __init__(self, env: Env, case_id: bytes, parent: QWidget) -> None:
        super().__init__(parent, commit_text=QCoreApplication.translate("ReportWizard", "&Write"))
        register_fonts()  # on the UI thread, before any rendering
        self._env = env
        self.case_id = case_id
        self.built: BuiltReport | None = None
        self.pdf: bytes | None = None
        self.result_: PackageResult | None = None
        self._preview_token: CancelToken | None = None
        self._build_token: CancelToken | None = None
        self._built_for: tuple[str, tuple[bytes, ...], str] | None = None
        self.setWindowTitle(self.tr("Case report"))
        self.audience_page = AudiencePage(env.peers.peers, env.language, self)
        self.preview_page = PreviewPage(self)
        self.destination_page = DestinationPage(self)
        self.destination_page.setCommitPage(True)
        self.write_page = WritePage(self)
        self.setPage(Page.AUDIENCE, self.audience_page)
        self.setPage(Page.PREVIEW, self.preview_page)
        self.setPage(Page.DESTINATION, self.destination_page)
        self.setPage(Page.WRITE, self.write_page)
        self.preview_page.cancel_button.clicked.connect(self.stop_preview)
        self.write_page.cancel_button.clicked.connect(self.cancel_job)
        self.currentIdChanged.connect(self.on_current_id_changed)
        self._relay = ProgressRelay(self.preview_page)
        self._relay.progressed.connect(self.preview_page.on_progress)
        self.resize(820, 660)

    # -- pages ------------------------------------------------------------------------------

    def choice(self) -> tuple[str, tuple[bytes, ...], str]:
        """(purpose, colleagues, language) as chosen on the first page."""
        page = self.audience_page
        return str(page.purpose.currentData()), page.chosen(), str(page.language.currentData())

    def on_current_id_changed(self, page: int) -> None:
        """The preview builds on entry (again if the choice changed); the last page writes."""
        if page == Page.PREVIEW and self._built_for != self.choice():
            self.start_preview()
        elif page == Page.DESTINATION and self.built is not None:
            if not self.destination_page.name.text():
                self.destination_page.name.setText(f"report-{self.built.short_id}")
        elif page == Page.WRITE and not self.working and not self.write_page.done:
            self.start_writing()

    # -- the preview ------------------------------------------------------------------------

    def start_preview(self) -> None:
        """Build report.json on the store thread, then render it on the pool."""
        purpose, colleagues, lang = self.choice()
        self._built_for = (purpose, colleagues, lang)
        self.built, self.pdf = None, None
        page = self.preview_page
        page.begin(self.tr("Reading the case…"))
        case_id = self.case_id

        def job(s: CaseService, c: JobControl) -> BuiltReport:
            return build_report(
                s,
                case_id,
                Audience(purpose, colleagues),
                progress=c.progress,
                cancel=c.cancelled,
            )

        self._build_token = self._env.client.call_long(job, self._on_built, self, page.on_progress)

    def _on_built(self, result: BuiltReport | BaseException) -> None:
        self._build_token = None
        page = self.preview_page
        if isinstance(result, BaseException):
            self._preview_failed(result)
            return
        self.built = result
        lang = self.choice()[2]
        page.begin(self.tr("Laying out the pages…"))
        relay = self._relay

        def render(token: CancelToken) -> bytes:
            return render_pdf(result.data, lang, progress=relay.report, cancel=token.is_cancelled)

        self._preview_token = self._env.runner.run_task(render, self._on_rendered, self)

    def _on_rendered(self, result: bytes | BaseException) -> None:
        self._preview_token = None
        if isinstance(result, BaseException):
            self._preview_failed(result)
            return
        self.pdf = result
        built = self.built
        if built is None:  # pragma: no cover - rendering starts only after building
            return
        held = built.doc["withheld"]
        n = int(held.get("persons", 0)) + int(held.get("persons_left_out", 0))
        lines = [
            self.tr("Report %1, %2 annexes.")
            .replace("%1", built.short_id)
            .replace("%2", str(len(built.annexes))),
        ]
        if n:
            lines.append(self.tr("Data of %n person(s) withheld: see the cover page.", "", n))
        self.preview_page.show_pdf(result, " ".join(lines))

    def _preview_failed(self, error: BaseException) -> None:
        if self.cancelled(error):
            self.preview_page.failed(
                self.tr("Stopped. Go back and on again to retry."), notice=True
            )
        else:
            self.preview_page.failed(message_for(error))
        self._built_for = None

    def stop_preview(self) -> None:
        """Stop building or rendering the preview."""
        for token in (self._build_token, self._preview_token):
            if token is not None:
                token.cancel()
        self.preview_page.cancel_button.setEnabled(False)

    # -- writing ----------------------------------------------------------------------------

    def start_writing(self) -> None:
        """Write the package on the store thread."""
        built, pdf = self.built, self.pdf
        if built is None or pdf is None:  # pragma: no cover - the preview page gates this
            return
        out = self.destination_page.out()

        def job(s: CaseService, c: JobControl) -> PackageResult:
            return write_package(s, built, out, pdf, progress=c.progress, cancel=c.cancelled)

        self.run(
            self._env.client,
            self.write_page,
            self.tr("Writing the report, its annexes and their checksums…"),
            job,
            self._on_written,
        )

    def _on_written(self, result: PackageResult | BaseException) -> None:
        page = self.write_page
        if isinstance(result, BaseException):
            page.setTitle(self.tr("Not written"))
            page.status.setText("")
            if self.cancelled(result):
                page.error.show_notice(self.tr("Cancelled. Nothing was written."))
            else:
                page.error.show_error(message_for(result))
            return
        self.result_ = result
        page.setTitle(self.tr("Written"))
        page.status.setText(self.tr("The report folder was written whole."))
        page.summary.setText(self._summary(result))
        page.summary.show()

    def _summary(self, r: PackageResult) -> str:
        return "\n".join(
            [
                str(Path(r.folder)),
                self.tr("Report %1: %2 files, %3 annexes.")
                .replace("%1", r.report_id)
                .replace("%2", str(len(r.files)))
                .replace("%3", str(r.annexes)),
                self.tr(
                    "VERIFY.txt in the folder says how a court checks it without casebook. "
                    "Remember: the folder is not encrypted."
                ),
            ]
        )

    def reject(self) -> None:
        """Cancel or Escape: a running preview stops too."""
        self.stop_preview()
        super().reject()
