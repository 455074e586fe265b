"""What the Export and Import wizards share: a last page that runs one long job.

JobWizard.run(job, page) ──► client.call_long ── progress ──► page's bar
                         ◄── result or error ──► page.done; the wizard's `finished_job`
Cancel (the page's button, Escape, the window's close button, a lock) stops the job first;
the wizard closes only once the job has ended.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from casebook.base.errors import Cancelled
from casebook.service import CaseService
from casebook.ui.tasks import CancelToken
from casebook.ui.widgets import ErrorBanner, plain_label, set_name
from casebook.ui.worker import JobControl

__all__ = ["JobPage", "JobWizard"]


class JobPage(QWizardPage):
    """Status, a progress bar with its Cancel button, then a summary or an error."""

    def __init__(
        self, parent: QWidget, *, progress_name: str, cancel_text: str, summary_name: str
    ) -> None:
        super().__init__(parent)
        self.status = plain_label("", self, wrap=True)
        self.progress = QProgressBar(self)
        set_name(self.progress, progress_name)
        self.cancel_button = QPushButton(cancel_text, self)
        set_name(self.cancel_button, cancel_text.replace("&", ""))
        self.summary = plain_label("", self, wrap=True, selectable=True)
        set_name(self.summary, summary_name)
        self.error = ErrorBanner(self)
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.done = False

    def begin(self, status: str) -> None:
        """The job starts: a busy bar until the first progress."""
        self.done = False
        self.status.setText(status)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self.summary.hide()
        self.error.clear_message()

    def on_progress(self, done: int, total: int) -> None:
        """`done` of `total` units."""
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def end(self) -> None:
        """The job ended, either way."""
        self.progress.hide()
        self.cancel_button.hide()
        self.done = True
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        """Finish only once the job ended."""
        return self.done


class JobWizard(QWizard):
    """A window-modal wizard whose last page runs a long job on the store thread."""

    def __init__(self, parent: QWidget, *, commit_text: str) -> None:
        super().__init__(parent)
        self._token: CancelToken | None = None
        self._page: JobPage | None = None
        self._close_when_done = False
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        buttons = {
            QWizard.WizardButton.NextButton: QCoreApplication.translate("JobWizard", "&Next >"),
            QWizard.WizardButton.BackButton: QCoreApplication.translate("JobWizard", "< &Back"),
            QWizard.WizardButton.CancelButton: QCoreApplication.translate("JobWizard", "Cancel"),
            QWizard.WizardButton.FinishButton: QCoreApplication.translate("JobWizard", "&Finish"),
        }
        for which, text in buttons.items():
            self.setButtonText(which, text)
        self.setButtonText(QWizard.WizardButton.CommitButton, commit_text)

    @property
    def working(self) -> bool:
        """True while the job runs."""
        return self._token is not None

    def run(
        self,
        client: Any,
        page: JobPage,
        status: str,
        job: Callable[[CaseService, JobControl], Any],
        on_result: Callable[[Any], None],
    ) -> None:
        """Run `job` on the store thread, reporting on `page`; `on_result(result or error)`."""
        self._page = page
        page.begin(status)

        def done(result: Any) -> None:
            self._token = None
            page.end()
            on_result(result)
            if self._close_when_done and shiboken6.isValid(self):
                super(JobWizard, self).reject()

        self._token = client.call_long(job, done, self, page.on_progress)

    def cancel_job(self) -> None:
        """Stop the job; whatever it was doing is undone by the core."""
        if self._token is not None and self._page is not None:
            self._token.cancel()
            self._page.cancel_button.setEnabled(False)
            self._page.status.setText(QCoreApplication.translate("JobWizard", "Cancelling…"))

    @staticmethod
    def cancelled(error: BaseException) -> bool:
        """True when the job ended because it was cancelled."""
        return isinstance(error, Cancelled)

    def reject(self) -> None:
        """Cancel, Escape or the close button: while the job runs, stop it first."""
        if self.working:
            self._close_when_done = True
            self.cancel_job()
            return
        super().reject()
