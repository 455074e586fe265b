"""The Attachments tab: add files (dialog or drag-and-drop, with progress), or a redacted copy
of the chosen one; view them inside casebook, and export one only after a warning. Under the
table, the chosen file's chain of custody (`ui/custody/custody_panel.py`).

Intake streams the file through the core on the store thread (`CaseService.attach`, 64 KiB
authenticated chunks): the UI thread only sees progress. No decrypted copy is ever written for
another program to open.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from casebook.base.errors import NotARegularFile
from casebook.service import CaseService
from casebook.service.attachments import Exported
from casebook.ui.custody.custody_panel import CustodyPanel
from casebook.ui.env import Env
from casebook.ui.erasure.erase_dialog import EraseDialog
from casebook.ui.errors import message_for
from casebook.ui.file_kinds import file_kind
from casebook.ui.models.attachments import (
    AttachmentColumn,
    AttachmentRow,
    AttachmentsModel,
    load_attachments,
)
from casebook.ui.sensitivity.label_dialog import LabelDialog
from casebook.ui.tables import make_table, select_id, selected_id
from casebook.ui.tasks import CancelToken
from casebook.ui.translation import format_size, format_time
from casebook.ui.viewer.viewer_dialog import ViewerDialog
from casebook.ui.widgets import ErrorBanner, file_dialog, message_box, plain_label, set_name
from casebook.ui.worker import JobControl
from casebook.ui.workspace.deleting import delete_record

__all__ = ["AttachmentsTab"]


class AttachmentsTab(QWidget):
    """Files of a case, kept encrypted in the vault."""

    erased = Signal()  # a file was erased: other views must read again

    def __init__(self, env: Env, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._env = env
        self._case_id: bytes | None = None
        self._want: bytes | None = None
        self._queue: list[tuple[Path, bytes | None]] = []  # (file, original of a copy)
        self._token: CancelToken | None = None
        self.model = AttachmentsModel(self)
        self.table = make_table(
            self.model, self.tr("Attachments of this case"), self, stretch=AttachmentColumn.NAME
        )
        self.table.horizontalHeader().setStretchLastSection(False)
        # The chosen file in full: its name, kind, size, and the SHA-256 a lawyer quotes.
        self.details = plain_label("", self, wrap=True, selectable=True)
        set_name(self.details, self.tr("The chosen file"))
        self.add_button = QPushButton(self.tr("&Add file…"), self)
        self.copy_button = QPushButton(self.tr("Add re&dacted copy…"), self)
        set_name(
            self.copy_button,
            self.tr("Add redacted copy"),
            self.tr("Takes in a redacted copy of this file, its custody linked to the original."),
        )
        self.view_button = QPushButton(self.tr("&View"), self)
        self.export_button = QPushButton(self.tr("&Export…"), self)
        self.delete_button = QPushButton(self.tr("Delete file"), self)
        self.erase_button = QPushButton(self.tr("E&rase file…"), self)
        self.label_button = QPushButton(self.tr("Sensiti&vity…"), self)
        set_name(
            self.label_button,
            self.tr("Sensitivity of the file"),
            self.tr("A file above a colleague's clearance does not travel to them."),
        )
        set_name(
            self.erase_button,
            self.tr("Erase file"),
            self.tr("Deletes this file and its details for good, and asks colleagues to."),
        )
        self.drop_hint = plain_label(
            self.tr("Or drop files here. They are encrypted into the vault; the originals stay."),
            self,
            wrap=True,
        )
        self.progress = QProgressBar(self)
        set_name(self.progress, self.tr("Progress"))
        self.progress_label = plain_label("", self)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.message = ErrorBanner(self)
        buttons = QHBoxLayout()
        for b in (
            self.add_button,
            self.copy_button,
            self.view_button,
            self.export_button,
            self.delete_button,
            self.erase_button,
            self.label_button,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress_label)
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        self.custody = CustodyPanel(env, self)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.table, 1)
        top_layout.addWidget(self.details)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.custody)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(progress_row)
        layout.addWidget(self.message)
        layout.addWidget(self.drop_hint)
        self._show_progress(False)
        self.setAcceptDrops(True)

        self.add_button.clicked.connect(self.on_add_button_clicked)
        self.copy_button.clicked.connect(self.on_copy_button_clicked)
        self.view_button.clicked.connect(self.on_view_button_clicked)
        self.export_button.clicked.connect(self.on_export_button_clicked)
        self.erase_button.clicked.connect(self.on_erase_button_clicked)
        self.label_button.clicked.connect(self.on_label_button_clicked)
        self.delete_button.clicked.connect(self.on_delete_button_clicked)
        self.cancel_button.clicked.connect(self.on_cancel_button_clicked)
        self.table.doubleClicked.connect(self.on_view_button_clicked)
        self.table.selectionModel().selectionChanged.connect(self.on_table_selection_changed)
        self.on_table_selection_changed()

    # -- loading --------------------------------------------------------------------------

    def load(self, case_id: bytes) -> None:
        """Show the attachments of a case."""
        self._case_id = case_id
        self._env.read(lambda s: load_attachments(s, case_id), self._show, self)

    def reload(self) -> None:
        """Read the list again."""
        if self._case_id is not None:
            self.load(self._case_id)

    def _show(self, rows: tuple[AttachmentRow, ...]) -> None:
        want = self._want or selected_id(self.table)
        self._want = None
        self.model.set_rows(rows)
        select_id(self.table, want)
        self.on_table_selection_changed()

    def select(self, record_id: bytes) -> None:
        """Select an attachment."""
        if not select_id(self.table, record_id):
            self._want = record_id

    def selected(self) -> bytes | None:
        """The selected attachment's id."""
        return selected_id(self.table)

    def _current(self) -> AttachmentRow | None:
        attachment_id = selected_id(self.table)
        i = self.model.find(attachment_id) if attachment_id else -1
        return self.model.rows[i] if i >= 0 else None

    def on_table_selection_changed(self, *_args: object) -> None:
        """View, Export and a redacted copy need a selected file; its custody is shown."""
        row = self._current()
        chosen = row is not None
        self.view_button.setEnabled(chosen)
        self.export_button.setEnabled(chosen)
        self.erase_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
        self.label_button.setEnabled(chosen)
        known = row is not None and len(row.sha256) == 64
        self.copy_button.setEnabled(known)
        self._show_details(row)
        item = bytes.fromhex(row.sha256) if row is not None and known else None
        if item != self.custody.item:
            self.custody.show_item(item)

    def _show_details(self, row: AttachmentRow | None) -> None:
        if row is None or row.why:
            self.details.setText("")
            self.details.setVisible(False)
            return
        what = " · ".join(
            [
                row.name,
                f"{file_kind(row.media_type, row.name)} ({row.media_type})",
                format_size(row.size),
                self.tr("added %1").replace("%1", format_time(row.added_ms)),
            ]
        )
        digest = self.tr("SHA-256 at intake: %1").replace("%1", row.sha256)
        self.details.setText(f"{what}\n{digest}")
        self.details.setVisible(True)

    def on_label_button_clicked(self) -> LabelDialog | None:
        """The selected file's sensitivity: above a colleague's clearance it stays home."""
        attachment_id = selected_id(self.table)
        if attachment_id is None:
            return None
        dialog = LabelDialog(self._env, attachment_id, self)
        dialog.open()
        return dialog

    # -- intake ---------------------------------------------------------------------------

    def on_add_button_clicked(self) -> None:
        """Choose files with casebook's own dialog (it remembers nothing)."""
        dialog = file_dialog(self, self.tr("Add files"), QFileDialog.FileMode.ExistingFiles)
        dialog.filesSelected.connect(lambda files: self.add_files([Path(f) for f in files]))
        dialog.open()

    def on_copy_button_clicked(self) -> None:
        """Choose a redacted copy of the selected file (made outside casebook) to take in."""
        row = self._current()
        if row is None:
            return
        title = self.tr("Redacted copy of %1").replace("%1", row.name)
        dialog = file_dialog(self, title, QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda f: self.add_redacted_copy(row.id, Path(f)))
        dialog.open()

    def add_redacted_copy(self, original: bytes, path: Path) -> None:
        """Queue a redacted copy of `original` for intake (its custody names the original)."""
        self._queue.append((path, original))
        self.message.clear_message()
        if self._token is None:
            self._next_intake()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept local files."""
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if urls and all(u.isLocalFile() for u in urls):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        """Take in the dropped files."""
        urls: list[QUrl] = event.mimeData().urls()
        paths = [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.add_files(paths)

    def add_files(self, paths: list[Path]) -> None:
        """Queue files for intake, one at a time. Each is checked as it is opened, on the
        store thread: a folder, a named pipe or a device is refused, by name, with what it is."""
        self._queue.extend((p, None) for p in paths)
        self.message.clear_message()
        if self._token is None:
            self._next_intake()

    def _next_intake(self) -> None:
        case_id = self._case_id
        if not self._queue or case_id is None:
            self._token = None
            self._show_progress(False)
            return
        path, original = self._queue.pop(0)
        waiting = len(self._queue)
        self._show_progress(True)
        self.progress.setRange(0, 0)
        label = self.tr("Adding %1").replace("%1", path.name)
        if waiting:
            label += " " + self.tr("(%n more waiting)", "", waiting)
        self.progress_label.setText(label)

        def job(s: CaseService, c: JobControl) -> bytes:
            if original is not None:
                return s.attachments.attach_redacted_copy(
                    original, path, case_id=case_id, progress=c.progress, cancel=c.cancelled
                )
            return s.attachments.attach(case_id, path, progress=c.progress, cancel=c.cancelled)

        self._token = self._env.client.call_long(
            job, lambda r: self._on_intake_done(r, path.name), self, self._progress
        )

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _on_intake_done(self, result: bytes | BaseException, name: str = "") -> None:
        if isinstance(result, BaseException):
            message = message_for(result)
            if isinstance(result, NotARegularFile):  # several may have been dropped: say which
                message = self.tr("%1 was not added: %2").replace("%1", name).replace("%2", message)
            self.message.show_error(message)
        else:
            self._want = result
            self._env.notify_saved()
        self.reload()
        self._next_intake()

    def on_cancel_button_clicked(self) -> None:
        """Stop the running intake and drop the queue; nothing half-taken stays."""
        self._queue.clear()
        if self._token is not None:
            self._token.cancel()

    def _show_progress(self, on: bool) -> None:
        for w in (self.progress, self.progress_label, self.cancel_button):
            w.setVisible(on)

    @property
    def busy(self) -> bool:
        """True while files are being taken in."""
        return self._token is not None

    # -- view and export ------------------------------------------------------------------

    def on_view_button_clicked(self, *_args: object) -> None:
        """Open the in-app viewer."""
        row = self._current()
        if row is not None:
            viewer = ViewerDialog(self._env, row, self.window())
            viewer.opened.connect(self.custody.reload)  # the view is on the chain now
            viewer.show()

    def on_export_button_clicked(self) -> None:
        """Warn, then ask where; the file written is NOT encrypted."""
        row = self._current()
        if row is None:
            return
        box, (go, _) = message_box(
            self,
            QMessageBox.Icon.Warning,
            self.tr("Export a decrypted copy"),
            self.tr(
                "The exported copy is not encrypted. Anyone who gets the disk or the USB drive it "
                "is written to can read it, and deleting it later may not erase it. Export only "
                "when you must hand the file to someone or to a court."
            ),
            [
                (self.tr("Choose where to export…"), QMessageBox.ButtonRole.AcceptRole),
                (self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole),
            ],
        )

        def chosen() -> None:
            if box.clickedButton() is go:
                self._ask_destination(row)

        box.finished.connect(chosen)
        box.open()

    def _ask_destination(self, row: AttachmentRow) -> None:
        dialog = file_dialog(self, self.tr("Export to"), QFileDialog.FileMode.AnyFile)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.selectFile(Path(row.name).name)
        dialog.fileSelected.connect(lambda dest: self.export_to(row, Path(dest)))
        dialog.open()

    def export_to(self, row: AttachmentRow, dest: Path) -> None:
        """Write the decrypted attachment to `dest` (the person was warned)."""
        attachment_id = row.id
        self._show_progress(True)
        self.progress_label.setText(self.tr("Exporting %1").replace("%1", row.name))

        def job(s: CaseService, c: JobControl) -> Exported:
            return s.attachments.export_copy(
                attachment_id, dest, progress=c.progress, cancel=c.cancelled
            )

        def done(result: Exported | BaseException) -> None:
            self._token = None
            self._show_progress(False)
            self.custody.reload()  # the export is on the chain now
            if isinstance(result, BaseException):
                self.message.show_error(message_for(result))
            elif not result.recorded:
                self.message.show_notice(
                    self.tr(
                        "Exported. The copy is not encrypted. This export was not recorded in "
                        "the custody log: the vault is read-only."
                    )
                )
            else:
                self.message.show_notice(self.tr("Exported. The copy is not encrypted."))

        self._token = self._env.client.call_long(job, done, self, self._progress)

    def on_erase_button_clicked(self) -> EraseDialog | None:
        """Erase the selected file, its bytes and its details (what goes, why, who has it)."""
        row = self._current()
        if row is None:
            return None
        dialog = EraseDialog(self._env, row.id, "", self)

        def erased(_info: object) -> None:
            self.reload()
            self.erased.emit()

        dialog.erased.connect(erased)
        dialog.open()
        return dialog

    def flush(self) -> None:
        """Nothing is typed here."""

    # -- deleting -------------------------------------------------------------------------

    def on_delete_button_clicked(self) -> None:
        """Delete the selected file after a question (Deleted items… brings it back)."""
        row = self._current()
        if row is None:
            return
        delete_record(
            self._env,
            self,
            row.id,
            self.tr("Delete file"),
            self.tr(
                "Delete this file from the case? Its encrypted copy and its history stay in "
                "the vault."
            ),
            self.reload,
        )
