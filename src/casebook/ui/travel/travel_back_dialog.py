"""Exchange → Travel back…: import a travel bundle and check that every case came back whole
(bundle.travel.travel_back, a long job on the store thread), then say what is where."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casebook.bundle.travel import CameBack, travel_back
from casebook.service import CaseService
from casebook.ui.env import Env
from casebook.ui.errors import message_for
from casebook.ui.tasks import CancelToken
from casebook.ui.widgets import ErrorBanner, file_dialog, heading, plain_label
from casebook.ui.worker import JobControl

__all__ = ["TravelBackDialog"]


class TravelBackDialog(QDialog):
    """Choose the travel bundle, bring the cases back, say whether each came back whole."""

    cases_back = Signal()

    def __init__(self, env: Env, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("travelBackDialog")
        self._env = env
        self._token: CancelToken | None = None
        self.setWindowTitle(self.tr("Travel back"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        title = heading(self.tr("Travel back: bring the cases home"), self, scale=1.15)
        what = plain_label(
            self.tr(
                "Choose the bundle you made with Travel out… (on the separate drive, or the "
                "copy your colleague kept). Its cases come back into this vault, and each is "
                "checked: every change it left with must be here again."
            ),
            self,
            wrap=True,
        )
        self.choose_button = QPushButton(self.tr("&Choose the bundle…"), self)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Progress of travel back"))
        self.progress.hide()
        self.result_text = plain_label("", self, wrap=True)
        self.error = ErrorBanner(self)
        buttons = QDialogButtonBox(self)
        self.close_button = buttons.addButton(
            self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.close_button.clicked.connect(self.reject)
        self.choose_button.clicked.connect(self.on_choose_button_clicked)
        layout = QVBoxLayout(self)
        for widget in (title, what, self.choose_button, self.progress):
            layout.addWidget(widget)
        layout.addWidget(self.result_text)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(620)

    def on_choose_button_clicked(self) -> None:
        """Choose the bundle file (remembered by nobody)."""
        dialog = file_dialog(
            self, self.tr("Choose the travel bundle"), QFileDialog.FileMode.ExistingFile
        )
        dialog.fileSelected.connect(lambda path: self.bring_back(Path(path)))
        dialog.open()

    def bring_back(self, path: Path) -> None:
        """Import `path` and check every case, on the store thread."""
        if self._token is not None:
            return
        self.error.clear_message()
        self.result_text.setText("")
        self.progress.show()
        self.choose_button.setEnabled(False)

        def job(s: CaseService, c: JobControl) -> CameBack:
            return travel_back(s.session, path, progress=c.progress, cancel=c.cancelled)

        dialog = self

        def finished(result: CameBack | BaseException) -> None:
            if shiboken6.isValid(dialog):
                dialog._on_done(result)

        def progress(done: int, total: int) -> None:
            if shiboken6.isValid(dialog):
                dialog.progress.setRange(0, max(total, 1))
                dialog.progress.setValue(done)

        self._token = self._env.client.call_long(job, finished, None, progress)

    def _on_done(self, result: CameBack | BaseException) -> None:
        self._token = None
        self.progress.hide()
        self.choose_button.setEnabled(True)
        if isinstance(result, BaseException):
            self.error.show_error(message_for(result))
            self.adjustSize()
            return
        whole = sum(1 for c in result.cases if c.whole)
        lines = [
            self.tr(
                "%n case(s) came back whole: every change they left with is here again.", "", whole
            )
        ]
        broken = len(result.cases) - whole
        if broken or result.missing:
            lines.append(
                self.tr(
                    "%n case(s) did not come back whole; check the vault (Vault → Check vault "
                    "integrity…) and keep the bundle.",
                    "",
                    max(broken, 1),
                )
            )
        newer = sum(c.newer for c in result.cases)
        if newer:
            lines.append(self.tr("They also hold %n newer change(s) from colleagues.", "", newer))
        lines.append(
            self.tr(
                "This laptop holds the cases again. The bundle still holds them too: erase the "
                "drive, or keep it somewhere safe."
            )
        )
        self.result_text.setText("\n\n".join(lines))
        self.adjustSize()
        self.cases_back.emit()

    def reject(self) -> None:
        """Close, or stop the job first."""
        if self._token is not None:
            self._token.cancel()
            return
        super().reject()
