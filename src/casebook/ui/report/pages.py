"""The Report wizard's first three pages: who it is for, a preview, and where it goes.

AudiencePage     purpose, report language, colleagues it also goes to
PreviewPage      report.json built on the store thread, the PDF rendered on the pool,
                 shown from memory (QPdfDocument over a QBuffer, QPdfView); cancel
DestinationPage  a new or empty folder, and the plain-export warning, ticked
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from casebook.domain.records import PeerRow
from casebook.ui.peer_book import peer_label
from casebook.ui.translation import QT_TRANSLATE_NOOP
from casebook.ui.widgets import ErrorBanner, file_dialog, plain_label, set_name

__all__ = ["PURPOSES", "AudiencePage", "DestinationPage", "PreviewPage"]

PURPOSES: tuple[tuple[str, str], ...] = (
    (
        "echr",
        QT_TRANSLATE_NOOP("ReportWizard", "Application to the European Court of Human Rights"),
    ),
    ("un", QT_TRANSLATE_NOOP("ReportWizard", "Communication to a UN treaty body")),
    ("domestic", QT_TRANSLATE_NOOP("ReportWizard", "Filing in a domestic court")),
    ("asylum", QT_TRANSLATE_NOOP("ReportWizard", "Asylum file")),
    ("public", QT_TRANSLATE_NOOP("ReportWizard", "Publication")),
)


class AudiencePage(QWizardPage):
    """Purpose, language, colleagues."""

    def __init__(self, peers: list[PeerRow], language: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Who the report is for"))
        self.setSubTitle(self.tr("Its purpose, its language, and who else receives it."))
        rules = plain_label(
            self.tr(
                "A person's name goes into the report only where their recorded consent covers "
                "its purpose and every recipient; otherwise a pseudonym stands in for it and "
                "other identifying details are left out. Sources are left out entirely. For a "
                "publication, the case's text stays out too."
            ),
            self,
            wrap=True,
        )
        self.purpose = QComboBox(self)
        for code, text in PURPOSES:
            self.purpose.addItem(QCoreApplication.translate("ReportWizard", text), code)
        set_name(self.purpose, self.tr("Purpose of the report"))
        self.language = QComboBox(self)
        self.language.addItem(self.tr("Russian"), "ru")
        self.language.addItem(self.tr("English"), "en")
        self.language.setCurrentIndex(0 if language == "ru" else 1)
        set_name(self.language, self.tr("Language of the report"))
        self.colleagues = QListWidget(self)
        set_name(self.colleagues, self.tr("Colleagues it also goes to"))
        for peer in peers:
            if peer.revoked:
                continue
            item = QListWidgetItem(peer_label(peer), self.colleagues)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, peer.identity)
        self.colleagues.setMaximumHeight(120)
        form = QFormLayout()
        form.addRow(self.tr("&Purpose:"), self.purpose)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("Also &for colleagues:"), self.colleagues)
        note = plain_label(
            self.tr(
                "Colleagues are named in the report by their keys, never by name. Leave them "
                "all unticked for a report that goes only to the court or body."
            ),
            self,
            wrap=True,
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(rules)
        layout.addStretch(1)
        if not self.colleagues.count():
            self.colleagues.hide()
            label = form.labelForField(self.colleagues)
            if label is not None:
                label.hide()
            note.hide()

    def chosen(self) -> tuple[bytes, ...]:
        """The identity keys of the ticked colleagues."""
        out = []
        for i in range(self.colleagues.count()):
            item = self.colleagues.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(bytes(item.data(Qt.ItemDataRole.UserRole)))
        return tuple(out)


class PreviewPage(QWizardPage):
    """The rendered pages, before anything is written."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(self.tr("The report as it will be written. Nothing has left the vault."))
        self.status = plain_label("", self, wrap=True)
        self.progress = QProgressBar(self)
        set_name(self.progress, self.tr("Progress of the preview"))
        self.cancel_button = QPushButton(self.tr("&Stop"), self)
        set_name(self.cancel_button, self.tr("Stop the preview"))
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        self.error = ErrorBanner(self)
        self.body = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addLayout(self.body, 1)
        self.view: QWidget | None = None
        self.document: Any = None
        self._buffer: QBuffer | None = None
        self.ready = False

    def begin(self, text: str) -> None:
        """Working: a busy bar and Stop."""
        self.ready = False
        self.status.setText(text)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self.error.clear_message()
        self.completeChanged.emit()

    def on_progress(self, done: int, total: int) -> None:
        """Pages rendered so far."""
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def failed(self, message: str, *, notice: bool = False) -> None:
        """No preview: say why."""
        self.progress.hide()
        self.cancel_button.hide()
        self.status.setText("")
        if notice:
            self.error.show_notice(message)
        else:
            self.error.show_error(message)

    def show_pdf(self, data: bytes, summary: str) -> bool:
        """Show the PDF from memory; False when QtPdf cannot."""
        self.progress.hide()
        self.cancel_button.hide()
        self.status.setText(summary)
        try:
            from PySide6.QtPdf import QPdfDocument
            from PySide6.QtPdfWidgets import QPdfView
        except ImportError:
            self.ready = True
            self.completeChanged.emit()
            return False
        if self.view is not None:
            self.body.removeWidget(self.view)
            self.view.deleteLater()
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        view = QPdfView(self)
        view.setDocument(self.document)
        view.setPageMode(QPdfView.PageMode.MultiPage)
        view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        set_name(view, self.tr("The report's pages"))
        self.body.addWidget(view)
        view.show()
        self.view = view
        self.ready = True
        self.completeChanged.emit()
        return True

    def isComplete(self) -> bool:
        """Go on once the preview is there."""
        return self.ready


class DestinationPage(QWizardPage):
    """A new or empty folder, and the plain-export warning."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Where to write it"))
        self.setSubTitle(
            self.tr(
                "The report is written as a plain folder a court can check without casebook: "
                "the PDF, its signed data, the annexes, their chain of custody and how to "
                "verify them."
            )
        )
        self.folder = QLineEdit(self)
        self.folder.setPlaceholderText(self.tr("No folder chosen"))
        set_name(self.folder, self.tr("Folder to write into"))
        self.choose_button = QPushButton(self.tr("C&hoose…"), self)
        set_name(self.choose_button, self.tr("Choose the folder to write into"))
        self.name = QLineEdit(self)
        set_name(self.name, self.tr("Name of the report's folder"))
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.choose_button)
        self.warning = plain_label(
            self.tr(
                "The report folder is NOT encrypted. The report and every annex in it can be "
                "read by anyone with access to where you put it. Hand it over on a drive you "
                "control, and delete your copy securely when done."
            ),
            self,
            wrap=True,
        )
        self.warning.setObjectName("reportWarning")
        font = self.warning.font()
        font.setBold(True)
        self.warning.setFont(font)
        self.understood = QCheckBox(self.tr("I &understand: write it unencrypted"), self)
        set_name(self.understood, self.tr("I understand: write it unencrypted"))
        self.problem = ErrorBanner(self)
        form = QFormLayout()
        folder_label = QLabel(self.tr("&Folder:"), self)  # its buddy, or the "&" shows
        folder_label.setBuddy(self.folder)
        form.addRow(folder_label, row)
        form.addRow(self.tr("Folder na&me:"), self.name)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.warning)
        layout.addWidget(self.understood)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        self.choose_button.clicked.connect(self.on_choose_button_clicked)
        for edit in (self.folder, self.name):
            edit.textChanged.connect(lambda _: self._update())
        self.understood.toggled.connect(lambda _: self._update())
        self._update()

    def on_choose_button_clicked(self) -> None:
        """Ask for the folder."""
        dialog = file_dialog(
            self, self.tr("Choose the folder to write into"), QFileDialog.FileMode.Directory
        )
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.fileSelected.connect(self.folder.setText)
        dialog.open()

    def out(self) -> Path:
        """The report's folder."""
        return Path(self.folder.text().strip()) / self.name.text().strip()

    def _problem(self) -> str | None:
        folder, name = self.folder.text().strip(), self.name.text().strip()
        if not folder or not name:
            return ""
        if not Path(folder).is_dir():
            return self.tr("This folder does not exist. Is the drive connected?")
        if "/" in name or "\\" in name or name in (".", ".."):
            return self.tr("Give the report's folder a plain name, without slashes.")
        out = self.out()
        if out.exists() and (not out.is_dir() or any(out.iterdir())):
            return self.tr("There is already something called this here. Choose another name.")
        if not self.understood.isChecked():
            return ""
        return None

    def _update(self) -> None:
        problem = self._problem()
        if problem:
            self.problem.show_error(problem)
        else:
            self.problem.clear_message()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        """A place that can take the report, and the warning understood."""
        return self._problem() is None
