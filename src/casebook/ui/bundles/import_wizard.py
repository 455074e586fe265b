"""Exchange → Import bundle…: the file, who sealed it, what it holds, then applying it.

    File     choose the bundle (or any of its parts)
    Sender   inspect_bundle on the store thread: who sealed it and whether you verified them
             (Compare safety numbers… right there), or why it is refused: nothing is changed
    Summary  what it holds; Import commits. A bundle whose number was imported before is
             not called "already imported" here: only its header was read, and the copy may
             be damaged. Import then reads it through and says which (nothing is applied)
    Apply    import_bundle on the store thread: progress and Cancel; then what came, and the
             conflicts to resolve in History

Nothing is applied before the last page: inspecting only reads the header and the signed
manifest. `import_bundle` verifies everything again before it writes anything.
"""

from __future__ import annotations

from enum import IntEnum
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from casebook.bundle import ImportResult, Preview, import_bundle, inspect_bundle
from casebook.service import CaseService
from casebook.ui.bundles.job_wizard import JobPage, JobWizard
from casebook.ui.bundles.refusals import refusal_message
from casebook.ui.env import Env
from casebook.ui.peer_book import mark_for
from casebook.ui.peers.verify_peer_dialog import VerifyPeerDialog
from casebook.ui.translation import format_size, format_time
from casebook.ui.widgets import ErrorBanner, file_dialog, heading, plain_label, set_name
from casebook.ui.worker import JobControl

__all__ = ["ImportWizard"]


class Page(IntEnum):
    """The wizard's pages, in order."""

    FILE = 0
    SENDER = 1
    SUMMARY = 2
    APPLY = 3


class FilePage(QWizardPage):
    """Choose the bundle file."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Choose the bundle"))
        self.setSubTitle(
            self.tr(
                "A bundle is a file a colleague sealed for you, usually on a USB drive. If it "
                "came in parts (.001, .002, …), choose any of them."
            )
        )
        self.path = QLineEdit(self)
        self.path.setPlaceholderText(self.tr("No file chosen"))
        set_name(self.path, self.tr("Bundle file"))
        self.choose_button = QPushButton(self.tr("C&hoose…"), self)
        set_name(self.choose_button, self.tr("Choose the bundle file"))
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.choose_button)
        form = QFormLayout()
        file_label = QLabel(self.tr("&File:"), self)  # its buddy, or the "&" shows
        file_label.setBuddy(self.path)
        form.addRow(file_label, row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        self.path.textChanged.connect(lambda _: self.completeChanged.emit())
        self.choose_button.clicked.connect(self.on_choose_button_clicked)

    def on_choose_button_clicked(self) -> None:
        """Ask for the file."""
        dialog = file_dialog(self, self.tr("Choose the bundle"), QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(self.path.setText)
        dialog.open()

    def chosen(self) -> Path:
        """The chosen path."""
        return Path(self.path.text().strip())

    def isComplete(self) -> bool:
        """A path was given."""
        return bool(self.path.text().strip())


class SenderPage(QWizardPage):
    """Who sealed it, and whether they are verified; or why it is refused."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Who sealed it"))
        self.status = plain_label("", self, wrap=True)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        set_name(self.progress, self.tr("Opening the bundle"))
        self.sender_label = heading("", self, scale=1.2)
        self.sender_label.setObjectName("bundleSender")
        self.trust = plain_label("", self, wrap=True)
        self.trust.setObjectName("bundleTrust")
        self.verify_button = QPushButton(self.tr("&Compare safety numbers…"), self)
        set_name(self.verify_button, self.tr("Compare safety numbers with the sender"))
        self.error = ErrorBanner(self)
        row = QHBoxLayout()
        row.addWidget(self.verify_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.sender_label)
        layout.addWidget(self.trust)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.preview: Preview | None = None

    def isComplete(self) -> bool:
        """Only a bundle that opened can go on."""
        return self.preview is not None


class SummaryPage(QWizardPage):
    """What the bundle holds."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("What it holds"))
        self.details = plain_label("", self, wrap=True, selectable=True)
        self.details.setObjectName("bundleContents")
        set_name(self.details, self.tr("What the bundle holds"))
        self.note = plain_label("", self, wrap=True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.details)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.can_import = False

    def isComplete(self) -> bool:
        """Not for a bundle already imported."""
        return self.can_import


class ApplyPage(JobPage):
    """Applying, with progress and cancel; then what came."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(
            parent,
            progress_name=QCoreApplication.translate("ApplyPage", "Progress of the import"),
            cancel_text=QCoreApplication.translate("ApplyPage", "&Cancel import"),
            summary_name=QCoreApplication.translate("ApplyPage", "What was imported"),
        )
        self.setTitle(self.tr("Importing"))
        self.summary.setObjectName("importSummary")


class ImportWizard(JobWizard):
    """Open a bundle from a colleague."""

    imported = Signal()

    def __init__(self, env: Env, parent: QWidget) -> None:
        super().__init__(parent, commit_text=QCoreApplication.translate("ImportWizard", "&Import"))
        self._env = env
        self._inspecting = 0  # a generation number: answers to an older request are dropped
        self.result_: ImportResult | None = None
        self.setWindowTitle(self.tr("Import bundle"))
        self.file_page = FilePage(self)
        self.sender_page = SenderPage(self)
        self.summary_page = SummaryPage(self)
        self.summary_page.setCommitPage(True)
        self.apply_page = ApplyPage(self)
        self.setPage(Page.FILE, self.file_page)
        self.setPage(Page.SENDER, self.sender_page)
        self.setPage(Page.SUMMARY, self.summary_page)
        self.setPage(Page.APPLY, self.apply_page)
        self.sender_page.verify_button.clicked.connect(self.on_verify_button_clicked)
        self.apply_page.cancel_button.clicked.connect(self.cancel_job)
        self.currentIdChanged.connect(self.on_current_id_changed)
        self.resize(700, 480)

    def on_current_id_changed(self, page: int) -> None:
        """Entering a page starts its work."""
        if page == Page.SENDER:
            self.inspect()
        elif page == Page.SUMMARY:
            self._show_summary()
        elif page == Page.APPLY and not self.working and not self.apply_page.done:
            self.start()

    # -- who sealed it --------------------------------------------------------------------

    def inspect(self) -> None:
        """Read the header and the signed manifest (nothing is applied)."""
        path = self.file_page.chosen()
        page = self.sender_page
        page.preview = None
        self._inspecting += 1
        generation = self._inspecting
        page.status.setText(self.tr("Opening %1…").replace("%1", path.name))
        page.status.show()
        page.progress.show()
        for w in (page.sender_label, page.trust, page.verify_button):
            w.hide()
        page.error.clear_message()
        page.completeChanged.emit()

        def done(result: Preview | BaseException) -> None:
            if generation == self._inspecting:
                self._on_inspected(result)

        self._env.client.call(lambda s: inspect_bundle(s.session, path), done, self)

    def _on_inspected(self, result: Preview | BaseException) -> None:
        page = self.sender_page
        page.progress.hide()
        page.status.hide()
        if isinstance(result, BaseException):
            page.error.show_error(refusal_message(result))
            page.completeChanged.emit()
            return
        page.preview = result
        if result.is_self:
            page.sender_label.setText(self.tr("Sealed by you"))
            page.trust.setText(self.tr("You sealed this bundle yourself, with this vault's keys."))
            page.trust.setStyleSheet("")
            page.verify_button.hide()
        else:
            peer = self._env.peers.get(result.sender.identity)
            status = peer.status if peer is not None else "unverified"
            mark = mark_for(status)
            name = result.sender_name or result.sender.key_id
            page.sender_label.setText(
                self.tr("Sealed by %1").replace("%1", name) + f"  ({mark.short})"
            )
            page.trust.setText(mark.explanation)
            page.trust.setStyleSheet(f"color: {mark.colour.name()};")
            page.verify_button.setVisible(not result.verified and peer is not None)
        page.sender_label.setAccessibleName(page.sender_label.text())
        for w in (page.sender_label, page.trust):
            w.show()
        page.completeChanged.emit()

    def on_verify_button_clicked(self) -> None:
        """Compare safety numbers with the sender, then look again."""
        preview = self.sender_page.preview
        if preview is None:
            return
        peer = self._env.peers.get(preview.sender.identity)
        if peer is None:
            return
        dialog = VerifyPeerDialog(self._env, peer, self)
        dialog.verified_changed.connect(lambda _: self._after_verify())
        dialog.open()

    def _after_verify(self) -> None:
        if shiboken6.isValid(self):
            self.inspect()  # the dialog refreshed the session's peers already

    # -- what it holds --------------------------------------------------------------------

    def _show_summary(self) -> None:
        preview = self.sender_page.preview
        page = self.summary_page
        if preview is None:
            return
        n = QLocale().toString
        if preview.cases is None:
            cases = self.tr("every change its sender's recipients did not have yet")
        else:
            cases = self.tr("%n case(s), with all of their history", "", len(preview.cases))
        lines = [
            self.tr("Bundle no. %1, sealed on %2.")
            .replace("%1", n(preview.seq))
            .replace("%2", format_time(preview.created_ms)),
            self.tr("It carries %1.").replace("%1", cases),
            self.tr("Changes: %1.").replace("%1", n(preview.ops)),
            self.tr("Attachments: %1 (%2).")
            .replace("%1", n(preview.attachments))
            .replace("%2", format_size(preview.attachment_bytes)),
            self.tr("Recipients: %1.").replace("%1", n(preview.recipients)),
            self.tr("Size: %1 in %2 file(s).")
            .replace("%1", format_size(preview.file_size))
            .replace("%2", n(preview.volumes)),
        ]
        page.details.setText("\n".join(lines))
        if preview.already_imported:
            # Only its header and manifest were read: this copy may still be damaged.
            page.note.setText(
                self.tr(
                    "A bundle with this number was already imported. Import checks this copy "
                    "in full and says whether it is intact; it changes nothing."
                )
            )
        else:
            page.note.setText(
                self.tr(
                    "Import checks every signature and every attachment again, then applies "
                    "all of it at once, or nothing."
                )
            )
        page.can_import = True
        page.completeChanged.emit()

    # -- applying -------------------------------------------------------------------------

    def start(self) -> None:
        """Import on the store thread."""
        path = self.file_page.chosen()

        def job(s: CaseService, c: JobControl) -> ImportResult:
            return import_bundle(s.session, path, progress=c.progress, cancel=c.cancelled)

        self.run(
            self._env.client,
            self.apply_page,
            self.tr("Checking and applying the bundle…"),
            job,
            self._on_imported,
        )

    def _on_imported(self, result: ImportResult | BaseException) -> None:
        page = self.apply_page
        if isinstance(result, BaseException):
            page.setTitle(self.tr("Not imported"))
            page.status.setText("")
            if self.cancelled(result):
                page.error.show_notice(self.tr("Cancelled. Nothing was changed."))
            else:
                page.error.show_error(refusal_message(result))
            return
        self.result_ = result
        page.setTitle(self.tr("Imported"))
        page.status.setText(self._verdict(result))
        page.summary.setText(self._summary(result))
        page.summary.show()
        if not result.already_imported:
            self.imported.emit()

    def _verdict(self, r: ImportResult) -> str:
        if r.already_imported:
            return self.tr("This bundle was already imported: nothing changed.")
        return self.tr("Every signature and attachment checked out; all of it was applied.")

    def _summary(self, r: ImportResult) -> str:
        n = QLocale().toString
        lines = [
            self.tr("Changes: %1, of which %2 new.")
            .replace("%1", n(r.ops))
            .replace("%2", n(r.ops_new)),
            self.tr("Attachments: %1, of which %2 new.")
            .replace("%1", n(r.attachments))
            .replace("%2", n(r.attachments_new)),
        ]
        if r.conflicts:
            lines.append(
                self.tr(
                    "Conflicts: %1. Colleagues edited the same thing differently; each case's "
                    "History tab shows them side by side to resolve."
                ).replace("%1", n(r.conflicts))
            )
        else:
            lines.append(self.tr("Conflicts: none."))
        if r.without_consent:
            lines.append(
                self.tr(
                    "%n person(s) have no consent records here: their identity will not be "
                    "shared onward from this vault until a consent is recorded.",
                    "",
                    len(r.without_consent),
                )
            )
        if r.skipped_revoked:
            lines.append(
                self.tr(
                    "%1 change(s) signed by colleagues you revoked, after their cut-off, were "
                    "left out. Tell the sender whom you revoked."
                ).replace("%1", n(r.skipped_revoked))
            )
        if r.custody_revoked:
            lines.append(
                self.tr(
                    "%n custody entries are signed by a revoked key after its cut-off: they are "
                    "kept, and shown as not trusted.",
                    "",
                    r.custody_revoked,
                )
            )
        if r.new_key:
            lines.append(
                self.tr("The sender has a new encryption key; your next bundles to them use it.")
            )
        if r.far_future:
            lines.append(
                self.tr(
                    "%1 change(s) are dated in the future: the sender's clock may be wrong."
                ).replace("%1", n(r.far_future))
            )
        if not r.verified and not r.is_self:
            lines.append(
                self.tr(
                    "The sender is not verified yet: compare safety numbers before you rely "
                    "on what they sent."
                )
            )
        return "\n".join(lines)
