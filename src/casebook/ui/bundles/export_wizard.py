"""Exchange → Export bundle…: cases, then recipients, then destination, then sealing.

    Cases       everything the recipients do not have yet (the default), or only chosen cases
    Recipients  colleagues with their trust marks; revoked ones cannot be chosen; an unverified
                one needs an explicit tick ("seal anyway"); yourself, so you can open it later
    Destination a folder (the USB drive): the file gets a neutral random name; volumes
    Sealing     export_bundle on the store thread: progress bar and Cancel; then what was sealed

Cancel while sealing stops the job; `export_bundle` leaves no file under a final name. The
wizard closes only once the job has ended.
"""

from __future__ import annotations

from enum import IntEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from casebook.base.errors import InputRejected
from casebook.bundle import ExportResult, export_bundle
from casebook.bundle.volumes import GiB, MiB, parse_size
from casebook.domain.records import CaseRow, PeerRow
from casebook.service import CaseService
from casebook.ui.bundles.job_wizard import JobPage, JobWizard
from casebook.ui.env import Env
from casebook.ui.errors import message_for
from casebook.ui.peer_book import mark_for, peer_label
from casebook.ui.peers.refresh import refresh_peers
from casebook.ui.translation import format_size
from casebook.ui.widgets import ErrorBanner, file_dialog, plain_label, set_name
from casebook.ui.worker import JobControl

__all__ = ["ExportWizard", "load_all_cases"]

Index = QModelIndex | QPersistentModelIndex
_MAX_CASES = 200_000


def load_all_cases(service: CaseService) -> list[CaseRow]:
    """Store-thread job: every case (title and id), newest first."""
    out: list[CaseRow] = []
    before: tuple[int, bytes] | None = None
    while len(out) < _MAX_CASES:
        page = service.reading.list_cases(limit=2000, before=before)
        if not page:
            break
        out.extend(page)
        before = page[-1].cursor
    return out


class CheckList(QAbstractListModel):
    """A list of rows with a tick box each; `enabled(row)` and `label(row)` come from outside."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.items: list[tuple[bytes, str, str]] = []  # id, label, tooltip
        self.colours: dict[bytes, Any] = {}
        self.disabled: set[bytes] = set()
        self.checked: set[bytes] = set()

    def set_items(self, items: list[tuple[bytes, str, str]]) -> None:
        """Replace every row (ticks on rows still present stay)."""
        self.beginResetModel()
        self.items = items
        present = {i for i, _, _ in items}
        self.checked &= present - self.disabled
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Rows of the flat list."""
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Label, tick, tooltip and colour of a row."""
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        key, label, tip = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return label
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if key in self.checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return tip or None
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.colours.get(key)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Tickable, unless the row is disabled."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        key = self.items[index.row()][0]
        if key in self.disabled:
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Tick or untick a row."""
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        key = self.items[index.row()][0]
        if key in self.disabled:
            return False
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.checked.add(key)
        else:
            self.checked.discard(key)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def set_checked(self, key: bytes, on: bool) -> None:
        """Tick a row by its id."""
        for row, (k, _, _) in enumerate(self.items):
            if k == key:
                self.setData(
                    self.index(row),
                    Qt.CheckState.Checked if on else Qt.CheckState.Unchecked,
                    Qt.ItemDataRole.CheckStateRole,
                )
                return


def _check_view(model: QAbstractItemModel, name: str, parent: QWidget) -> QListView:
    view = QListView(parent)
    view.setModel(model)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setUniformItemSizes(True)
    set_name(view, name)
    return view


class Page(IntEnum):
    """The wizard's pages, in order."""

    CASES = 0
    RECIPIENTS = 1
    DESTINATION = 2
    SEAL = 3


class CasesPage(QWizardPage):
    """Everything new, or chosen cases."""

    def __init__(self, env: Env, current_case: bytes | None, parent: QWidget) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("What to seal"))
        self.setSubTitle(
            self.tr(
                "A bundle normally carries every change your recipients do not have yet. "
                "Choose cases only to hand over part of your work."
            )
        )
        self.everything = QRadioButton(self.tr("&Everything the recipients do not have yet"), self)
        self.chosen = QRadioButton(self.tr("&Only these cases (all of their history):"), self)
        self.everything.setChecked(True)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter by title"))
        self.filter.setClearButtonEnabled(True)
        set_name(self.filter, self.tr("Filter cases by title"))
        self.cases = CheckList(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.cases)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.list = _check_view(self.proxy, self.tr("Cases"), self)
        self.count = plain_label("", self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.everything)
        layout.addWidget(self.chosen)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.count)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.chosen.toggled.connect(self._update)
        self.cases.dataChanged.connect(lambda *_: self._update())
        self._env = env
        self._current = current_case
        self._loading = False
        self._update()

    def _load_cases(self) -> None:
        """Read every case's title, once, when the person first asks to choose cases."""
        if not self._loading:
            self._loading = True
            self._env.read(load_all_cases, self._on_cases, self)

    def _on_cases(self, rows: list[CaseRow]) -> None:
        self.cases.set_items([(r.id, r.title, "") for r in rows])
        if self._current is not None:
            self.cases.set_checked(self._current, True)
        self._update()

    def _update(self, *_args: object) -> None:
        on = self.chosen.isChecked()
        if on:
            self._load_cases()
        self.filter.setEnabled(on)
        self.list.setEnabled(on)
        self.count.setText(
            self.tr("%1 of %2 cases chosen")
            .replace("%1", QLocale().toString(len(self.cases.checked)))
            .replace("%2", QLocale().toString(len(self.cases.items)))
        )
        self.count.setVisible(on)
        self.completeChanged.emit()

    def case_ids(self) -> list[bytes] | None:
        """The chosen cases, or None for everything new."""
        if not self.chosen.isChecked():
            return None
        return [k for k, _, _ in self.cases.items if k in self.cases.checked]

    def isComplete(self) -> bool:
        """Everything, or at least one case."""
        return not self.chosen.isChecked() or bool(self.cases.checked)


class RecipientsPage(QWizardPage):
    """Colleagues to seal to, and yourself."""

    def __init__(self, env: Env, parent: QWidget) -> None:
        super().__init__(parent)
        self._env = env
        self.setTitle(self.tr("Who can open it"))
        self.setSubTitle(
            self.tr(
                "Only the people you tick can open the bundle. Anyone else who finds the drive "
                "sees random bytes."
            )
        )
        self.peers = CheckList(self)
        self.list = _check_view(self.peers, self.tr("Colleagues"), self)
        self.empty = plain_label(
            self.tr("You have no colleagues yet: add one in Exchange → Peers… first."),
            self,
            wrap=True,
        )
        self.me = QCheckBox(self.tr("Also seal it to &me, so I can open it later"), self)
        self.me.setChecked(True)
        set_name(self.me, self.me.text().replace("&", ""))
        self.warning = plain_label("", self, wrap=True)
        self.warning.setStyleSheet("color: #8a5a00;")
        self.confirm = QCheckBox(self.tr("I understand, and want to seal to them anyway"), self)
        set_name(self.confirm, self.confirm.text())
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.me)
        layout.addWidget(self.warning)
        layout.addWidget(self.confirm)
        self.peers.dataChanged.connect(lambda *_: self._update())
        self.me.toggled.connect(lambda _: self._update())
        self.confirm.toggled.connect(lambda _: self.completeChanged.emit())
        env.peers.changed.connect(self.fill)
        self.fill()
        refresh_peers(env)

    def fill(self) -> None:
        """List the session's peers with their marks."""
        items = []
        self.peers.disabled = set()
        self.peers.colours = {}
        for p in self._env.peers.peers:
            mark = mark_for(p.status)
            items.append((p.identity, peer_label(p), mark.explanation))
            self.peers.colours[p.identity] = mark.colour
            if p.revoked:
                self.peers.disabled.add(p.identity)
        self.peers.set_items(items)
        self.empty.setVisible(not items)
        self._update()

    def chosen(self) -> list[PeerRow]:
        """The ticked colleagues."""
        return [p for p in self._env.peers.peers if p.identity in self.peers.checked]

    def unverified(self) -> list[PeerRow]:
        """Ticked colleagues whose safety number was never compared."""
        return [p for p in self.chosen() if not p.verified]

    def _update(self) -> None:
        shaky = self.unverified()
        if shaky:
            names = ", ".join(p.name for p in shaky).rstrip(".")  # "Борис Н." ends the list
            self.warning.setText(
                self.tr(
                    "Not verified: %1. Until you compare safety numbers, a stranger's key could "
                    "stand in for theirs, and the bundle would open for that stranger."
                ).replace("%1", names)
            )
        else:
            self.confirm.setChecked(False)
        self.warning.setVisible(bool(shaky))
        self.confirm.setVisible(bool(shaky))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        """Somebody to seal to; unverified colleagues confirmed."""
        if not self.chosen() and not self.me.isChecked():
            return False
        return not self.unverified() or self.confirm.isChecked()


_VOLUMES: tuple[tuple[str, int | None], ...] = (
    ("auto", None),
    ("650M", 650 * MiB),
    ("4G", 4 * GiB - MiB),
    ("custom", None),
)


class DestinationPage(QWizardPage):
    """A folder, and how to split."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Where to write it"))
        self.setSubTitle(
            self.tr(
                "Choose a folder, usually on the USB drive. The file gets a neutral random "
                "name that says nothing about the cases or casebook."
            )
        )
        self.folder = QLineEdit(self)
        self.folder.setPlaceholderText(self.tr("No folder chosen"))
        set_name(self.folder, self.tr("Destination folder"))
        self.choose_button = QPushButton(self.tr("C&hoose…"), self)
        set_name(self.choose_button, self.tr("Choose the destination folder"))
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.choose_button)
        self.split = QComboBox(self)
        self.split.addItem(self.tr("Automatically (4 GiB parts on FAT32 drives)"), "auto")
        self.split.addItem(self.tr("650 MiB parts (CD)"), "650M")
        self.split.addItem(self.tr("4 GiB parts"), "4G")
        self.split.addItem(self.tr("Parts of my own size…"), "custom")
        set_name(self.split, self.tr("Split into parts"))
        self.part_size = QLineEdit(self)
        self.part_size.setPlaceholderText(self.tr("for example 700M or 2G"))
        set_name(self.part_size, self.tr("Size of each part"))
        self.problem = ErrorBanner(self)
        form = QFormLayout()
        form.addRow(self.tr("&Folder:"), row)
        form.addRow(self.tr("&Split:"), self.split)
        form.addRow(self.tr("Part si&ze:"), self.part_size)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        self.choose_button.clicked.connect(self.on_choose_button_clicked)
        self.folder.textChanged.connect(lambda _: self._update())
        self.part_size.textChanged.connect(lambda _: self._update())
        self.split.currentIndexChanged.connect(lambda _: self._update())
        self._update()

    def on_choose_button_clicked(self) -> None:
        """Ask for the folder."""
        dialog = file_dialog(
            self, self.tr("Choose the destination folder"), QFileDialog.FileMode.Directory
        )
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.fileSelected.connect(self.folder.setText)
        dialog.open()

    def volume_size(self) -> int | None:
        """Bytes per part, or None for automatic (one file, except on FAT32)."""
        key = self.split.currentData()
        if key == "custom":
            return parse_size(self.part_size.text())
        return dict(_VOLUMES)[key]

    def _problem(self) -> str | None:
        text = self.folder.text().strip()
        if not text:
            return ""
        if not Path(text).is_dir():
            return self.tr("This folder does not exist. Is the drive connected?")
        if self.split.currentData() == "custom":
            try:
                self.volume_size()
            except InputRejected:
                return self.tr("Write a size such as 700M or 2G (at least 1M).")
        return None

    def _update(self) -> None:
        custom = self.split.currentData() == "custom"
        self.part_size.setEnabled(custom)
        problem = self._problem()
        if problem:
            self.problem.show_error(problem)
        else:
            self.problem.clear_message()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        """An existing folder, and a valid part size."""
        return self._problem() is None


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
    """Seal a bundle for colleagues."""

    def __init__(self, env: Env, parent: QWidget, *, current_case: bytes | None = None) -> None:
        super().__init__(parent, commit_text=QCoreApplication.translate("ExportWizard", "&Seal"))
        self._env = env
        self.result_: ExportResult | None = None
        self.setWindowTitle(self.tr("Export bundle"))
        self.cases_page = CasesPage(env, current_case, self)
        self.recipients_page = RecipientsPage(env, self)
        self.destination_page = DestinationPage(self)
        self.destination_page.setCommitPage(True)
        self.seal_page = SealPage(self)
        self.setPage(Page.CASES, self.cases_page)
        self.setPage(Page.RECIPIENTS, self.recipients_page)
        self.setPage(Page.DESTINATION, self.destination_page)
        self.setPage(Page.SEAL, self.seal_page)
        self.seal_page.cancel_button.clicked.connect(self.cancel_job)
        self.currentIdChanged.connect(self.on_current_id_changed)
        self.resize(700, 500)

    def on_current_id_changed(self, page: int) -> None:
        """Entering the last page starts sealing."""
        if page == Page.SEAL and not self.working and not self.seal_page.done:
            self.start()

    def start(self) -> None:
        """Seal on the store thread."""
        peers = self.recipients_page.chosen()
        confirmed = bool(self.recipients_page.unverified())
        include_self = self.recipients_page.me.isChecked()
        cases = self.cases_page.case_ids()
        folder = Path(self.destination_page.folder.text().strip())
        volume = self.destination_page.volume_size()

        def job(s: CaseService, c: JobControl) -> ExportResult:
            return export_bundle(
                s.session,
                peers,
                out_path=folder,
                case_ids=cases,
                volume_size=volume,
                include_self=include_self,
                confirm_unverified=confirmed,
                progress=c.progress,
                cancel=c.cancelled,
            )

        self.run(
            self._env.client,
            self.seal_page,
            self.tr("Sealing: reading, encrypting and checking what was written…"),
            job,
            self._on_sealed,
        )

    def _on_sealed(self, result: ExportResult | BaseException) -> None:
        page = self.seal_page
        if isinstance(result, BaseException):
            page.setTitle(self.tr("Not sealed"))
            page.status.setText("")
            if self.cancelled(result):
                page.error.show_notice(self.tr("Cancelled. No bundle was written."))
            else:
                page.error.show_error(message_for(result))
            return
        self.result_ = result
        page.setTitle(self.tr("Sealed"))
        page.status.setText(self.tr("The bundle was written, read back and checked."))
        page.summary.setText(self._summary(result))
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
        if len(r.paths) > 1:
            lines.append(self.tr("In %1 parts: copy all of them.").replace("%1", n(len(r.paths))))
        lines += [str(p) for p in r.paths]
        if r.ops == 0 and not r.attachments:
            lines.append(self.tr("Your recipients already had everything: the bundle is empty."))
        return "\n".join(lines)
