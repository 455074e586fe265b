"""Exchange → Travel out…: take cases off this laptop before a border, and say what is where.

    step 1  which cases (ticked), who else holds the bundle (you always; colleagues if ticked),
            the folder on a separate drive, and whether to leave a note of what to import
    step 2  what happens to this laptop: the cases are removed here without asking anyone to
            erase anything, then (recommended) a deep erase, which needs the passphrase and
            makes a new recovery code; the button runs it all as one long job on the store
            thread (bundle.travel.travel_out, then vault.deep_erase), with progress and Stop
            (until the bundle is checked, nothing here changes)
    step 3  what is where now: the bundle's file and who can open it, what this laptop no
            longer holds; the new recovery code, shown once, when there was a deep erase

After a deep erase the main window goes on with the new session (`session_replaced`), as
Vault → Deep erase… does; without one it reloads (`cases_left`).
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from casebook.bundle.travel import TravelledOut, travel_out
from casebook.crypto.kdf import KdfPolicy
from casebook.domain.records import CaseRow
from casebook.service import CaseService
from casebook.ui.env import Env
from casebook.ui.errors import message_for
from casebook.ui.peer_book import peer_label
from casebook.ui.tasks import CancelToken
from casebook.ui.unlock.recovery_code import RecoveryCodeView
from casebook.ui.widgets import ErrorBanner, PassphraseEdit, file_dialog, heading, plain_label
from casebook.ui.worker import JobControl
from casebook.vault.deep_erase import deep_erase

__all__ = ["TravelOutDialog"]

ID_ROLE = Qt.ItemDataRole.UserRole


class TravelOutDialog(QDialog):
    """Seal the chosen cases to a separate drive, check, remove them here, deep-erase."""

    session_replaced = Signal(object)  # the new CaseService, after a deep erase
    cases_left = Signal()  # without a deep erase: the same session, fewer cases

    def __init__(
        self, env: Env, vault_root: Path, policy: KdfPolicy, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("travelOutDialog")
        self._env, self._root, self._policy = env, vault_root, policy
        self._token: CancelToken | None = None
        self._folder: Path | None = None
        self.setWindowTitle(self.tr("Travel out"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.steps = QStackedWidget(self)
        self._build_choose()
        self._build_confirm()
        self._build_done()
        layout = QVBoxLayout(self)
        layout.addWidget(self.steps)
        self.setMinimumWidth(680)
        env.read(lambda s: s.reading.list_cases(limit=5000), self._set_cases, self)

    # -- step 1: what, to whom, where ------------------------------------------------------

    def _build_choose(self) -> None:
        page = QWidget(self.steps)
        title = heading(self.tr("Travel out: take cases off this laptop"), page, scale=1.15)
        what = plain_label(
            self.tr(
                "The cases you tick are sealed into one bundle on a separate drive, read back "
                "and checked, and only then removed from this laptop. Nobody is asked to erase "
                "anything: colleagues keep what they hold. On your return, Travel back… brings "
                "them back from the bundle."
            ),
            page,
            wrap=True,
        )
        self.cases_label = QLabel(self.tr("&Cases to take off this laptop:"), page)
        self.cases = QListWidget(page)
        self.cases.setAccessibleName(self.tr("Cases to take off this laptop"))
        self.cases_label.setBuddy(self.cases)
        self.peers_label = QLabel(self.tr("Also seal it to these &colleagues (optional):"), page)
        self.peers = QListWidget(page)
        self.peers.setAccessibleName(self.tr("Colleagues who can also open the bundle"))
        self.peers_label.setBuddy(self.peers)
        self.peers.setMaximumHeight(110)
        for peer in self._env.peers.peers:
            if peer.revoked:
                continue
            item = QListWidgetItem(peer_label(peer), self.peers)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(ID_ROLE, peer.identity)
        self.folder_button = QPushButton(self.tr("Choose the &folder on a separate drive…"), page)
        self.folder_label = plain_label(self.tr("No folder chosen"), page, wrap=True)
        self.folder_label.setAccessibleName(self.tr("Folder for the bundle"))
        self.note = QCheckBox(
            self.tr("&Leave a note in this vault of which bundle to import on return"), page
        )
        self.note_warning = plain_label(
            self.tr(
                "Without a note nothing here says that cases went away; with one, whoever "
                "unlocks this vault sees that a bundle of cases exists (ids, never titles)."
            ),
            page,
            wrap=True,
        )
        self.choose_error = ErrorBanner(page)
        buttons = QDialogButtonBox(page)
        self.next_button = buttons.addButton(
            self.tr("&Next"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.next_button.clicked.connect(self.on_next_button_clicked)
        self.cancel_button.clicked.connect(self.reject)
        self.folder_button.clicked.connect(self.on_folder_button_clicked)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_button)
        folder_row.addWidget(self.folder_label, 1)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (title, what, self.cases_label, self.cases, self.peers_label, self.peers):
            layout.addWidget(widget)
        layout.addLayout(folder_row)
        for tail in (self.note, self.note_warning, self.choose_error):
            layout.addWidget(tail)
        layout.addWidget(buttons)
        self.steps.addWidget(page)

    def _set_cases(self, rows: list[CaseRow]) -> None:
        for row in rows:
            item = QListWidgetItem(row.title, self.cases)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(ID_ROLE, row.id)

    def tick_case(self, case_id: bytes) -> None:
        """Tick one case (tests, and the case open in the window)."""
        for i in range(self.cases.count()):
            item = self.cases.item(i)
            if item.data(ID_ROLE) == case_id:
                item.setCheckState(Qt.CheckState.Checked)

    def chosen_cases(self) -> list[bytes]:
        """The ticked cases."""
        items = [self.cases.item(i) for i in range(self.cases.count())]
        return [bytes(i.data(ID_ROLE)) for i in items if i.checkState() == Qt.CheckState.Checked]

    def chosen_peers(self) -> list[bytes]:
        """The ticked colleagues' identity keys."""
        items = [self.peers.item(i) for i in range(self.peers.count())]
        return [bytes(i.data(ID_ROLE)) for i in items if i.checkState() == Qt.CheckState.Checked]

    def set_folder(self, folder: Path) -> None:
        """The folder the bundle goes to (on a separate drive)."""
        self._folder = folder
        self.folder_label.setText(str(folder))

    def on_folder_button_clicked(self) -> None:
        """Choose the folder (remembered by nobody)."""
        dialog = file_dialog(
            self, self.tr("Choose the folder for the bundle"), QFileDialog.FileMode.Directory
        )
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.fileSelected.connect(lambda path: self.set_folder(Path(path)))
        dialog.open()

    def on_next_button_clicked(self) -> None:
        """On to what happens to this laptop, once cases and a folder are chosen."""
        if not self.chosen_cases():
            self.choose_error.show_error(self.tr("Tick at least one case."))
            return
        if self._folder is None:
            self.choose_error.show_error(self.tr("Choose the folder for the bundle first."))
            return
        self.choose_error.clear_message()
        n = len(self.chosen_cases())
        self.confirm_text.setText(
            self.tr(
                "%n case(s) will be sealed into a bundle in %1, checked, and then removed from "
                "this laptop: from the case list, search, history and the vault's file.",
                "",
                n,
            ).replace("%1", str(self._folder))
        )
        self.steps.setCurrentIndex(1)
        self.passphrase.setFocus()

    # -- step 2: what happens here ---------------------------------------------------------

    def _build_confirm(self) -> None:
        page = QWidget(self.steps)
        title = heading(self.tr("What happens to this laptop"), page, scale=1.15)
        self.confirm_text = plain_label("", page, wrap=True)
        not_erasure = plain_label(
            self.tr(
                "This is not an erasure: colleagues are not asked to erase anything, and the "
                "cases keep their history. They come back whole from the bundle."
            ),
            page,
            wrap=True,
        )
        self.deep = QCheckBox(self.tr("&Deep erase afterwards (recommended)"), page)
        self.deep.setChecked(True)
        deep_text = plain_label(
            self.tr(
                "A deep erase rewrites the vault under a new master key, so that old blocks of "
                "this drive can no longer be read. You get a NEW recovery code at the end: "
                "write it down. It needs your passphrase."
            ),
            page,
            wrap=True,
        )
        limits = plain_label(
            self.tr(
                "What it cannot do: a disk image of this laptop taken before today, with your "
                "passphrase, still holds the cases. The bundle holds them too: keep the drive "
                "apart from the laptop."
            ),
            page,
            wrap=True,
        )
        limits.setStyleSheet("font-weight: bold;")
        self.passphrase_label = QLabel(self.tr("&Passphrase (for the deep erase):"), page)
        self.passphrase = PassphraseEdit(page)
        self.passphrase.setAccessibleName(self.tr("Passphrase for the deep erase"))
        self.passphrase_label.setBuddy(self.passphrase)
        self.deep.toggled.connect(self.passphrase.setEnabled)
        self.progress = QProgressBar(page)
        self.progress.setAccessibleName(self.tr("Progress of travel out"))
        self.progress.hide()
        self.confirm_error = ErrorBanner(page)
        buttons = QDialogButtonBox(page)
        self.go_button = buttons.addButton(
            self.tr("&Travel out"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.back_button = buttons.addButton(
            self.tr("&Back"), QDialogButtonBox.ButtonRole.ResetRole
        )
        self.stop_button = buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.go_button.setAutoDefault(False)
        self.go_button.clicked.connect(self.on_go_button_clicked)
        self.back_button.clicked.connect(lambda: self.steps.setCurrentIndex(0))
        self.stop_button.clicked.connect(self.reject)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (title, self.confirm_text, not_erasure, self.deep, deep_text, limits):
            layout.addWidget(widget)
        layout.addWidget(self.passphrase_label)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.progress)
        layout.addWidget(self.confirm_error)
        layout.addWidget(buttons)
        self.steps.addWidget(page)

    @property
    def working(self) -> bool:
        """True while sealing, checking, removing or deep-erasing."""
        return self._token is not None

    def on_go_button_clicked(self) -> None:
        """Run it all on the store thread."""
        if self.working or self._folder is None:
            return
        deep = self.deep.isChecked()
        secret = self.passphrase.take() if deep else ""
        if deep and not secret:
            self.confirm_error.show_error(self.tr("Type the passphrase, or untick deep erase."))
            return
        cases, folder, note = self.chosen_cases(), self._folder, self.note.isChecked()
        peer_ids = set(self.chosen_peers())
        root, policy = self._root, self._policy

        def job(s: CaseService, c: JobControl) -> tuple[TravelledOut, CaseService | None, str]:
            peers = [p for p in s.peers.list() if p.identity in peer_ids]
            done = travel_out(
                s.session,
                cases,
                peers,
                folder,
                leave_note=note,
                confirm_unverified=True,  # the person ticked them, marks shown
                progress=c.progress,
                cancel=c.cancelled,
            )
            if not deep:
                return done, None, ""
            erased = deep_erase(root, s.session, secret, policy=policy)
            return done, CaseService(erased.session), erased.recovery_code

        dialog = self

        def finished(result: tuple[TravelledOut, CaseService | None, str] | BaseException) -> None:
            if shiboken6.isValid(dialog):
                dialog._on_done(result)
            elif not isinstance(result, BaseException) and result[1] is not None:
                result[1].lock()

        def progress(done: int, total: int) -> None:
            if shiboken6.isValid(dialog):
                dialog.progress.setRange(0, max(total, 1))
                dialog.progress.setValue(done)

        self._set_busy(True)
        self._token = self._env.client.call_long(job, finished, None, progress)

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        for widget in (self.go_button, self.back_button, self.deep, self.passphrase):
            widget.setEnabled(not busy)
        self.stop_button.setText(self.tr("Stop") if busy else self.tr("Cancel"))

    def _on_done(
        self, result: tuple[TravelledOut, CaseService | None, str] | BaseException
    ) -> None:
        self._token = None
        self._set_busy(False)
        if isinstance(result, BaseException):
            self.confirm_error.show_error(message_for(result))
            return
        done, service, code = result
        self.show_where(done, deep=service is not None)
        self.steps.setCurrentIndex(2)
        if service is not None:
            self.close_button.hide()  # the code view's Done closes, once it is written down
            self.code_view.show()
            self.code_view.show_code(code)
            self.session_replaced.emit(service)
        else:
            self.code_view.hide()
            self.close_button.show()
            self.close_button.setFocus()
            self.cases_left.emit()

    # -- step 3: what is where now ---------------------------------------------------------

    def _build_done(self) -> None:
        page = QWidget(self.steps)
        title = heading(self.tr("What is where now"), page, scale=1.15)
        self.where = plain_label("", page, wrap=True)
        self.code_view = RecoveryCodeView(self.tr("&Done"), page, copy=self._env.clipboard.copy)
        self.code_view.acknowledged.connect(self.accept)
        self.code_view.hide()
        buttons = QDialogButtonBox(page)
        self.close_button = buttons.addButton(
            self.tr("Close"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button.clicked.connect(self.accept)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.where)
        layout.addWidget(self.code_view)
        layout.addWidget(buttons)
        self.steps.addWidget(page)

    def show_where(self, done: TravelledOut, *, deep: bool) -> None:
        """Say what is on which device."""
        names = [p.name for p in done.bundle.recipients]
        who = self.tr("you and %1").replace("%1", ", ".join(names)) if names else self.tr("you")
        lines = [
            self.tr("On the drive: %1, sealed to %2, read back and checked.")
            .replace("%1", str(done.bundle.paths[0]))
            .replace("%2", who),
            self.tr(
                "On this laptop: %n case(s) removed (from the list, search, history and the "
                "vault's file). Nobody was asked to erase anything.",
                "",
                len(done.cases),
            ),
            self.tr("A note of which bundle to import on return is in this vault.")
            if done.noted
            else self.tr("No note was left here: remember which bundle to import on return."),
        ]
        if deep:
            lines.append(
                self.tr("The vault is under a new master key. Write down the new recovery code.")
            )
        else:
            lines.append(
                self.tr("No deep erase was made: old blocks of this drive may still hold them.")
            )
        self.where.setText("\n\n".join(lines))

    @property
    def code_unconfirmed(self) -> bool:
        """True while a new recovery code waits to be written down (or may come)."""
        return self.working or self.code_view.waiting

    def reject(self) -> None:
        """Escape stops the job first; a new code waits until it is written down."""
        if self._token is not None:
            self._token.cancel()
            return
        if not self.code_view.waiting:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Stay open while working and until a new code is written down."""
        if self.code_unconfirmed:
            if self._token is not None:
                self._token.cancel()
            event.ignore()
            return
        super().closeEvent(event)
