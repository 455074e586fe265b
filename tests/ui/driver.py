"""Drives the real casebook widgets the way a person would: typing, clicking, pressing keys.

Used by the pytest-qt tests (waiting through `qtbot.waitUntil`) and by the no-trace test's child
process (waiting through a plain loop). It never calls the core directly, except where a test
sets up data that a person could not type (a conflict from a second author).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, QRect, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QWidget, QWizard

from casebook.base.paths import AppPaths
from casebook.base.settings import Settings
from casebook.crypto.kdf import KdfPolicy
from casebook.crypto.keys import Identity
from casebook.domain.oplog import Op, sign_op
from casebook.service import CaseService
from casebook.ui.app import AppContext, build, fit_to_screen
from casebook.ui.bundles.export_wizard import ExportWizard
from casebook.ui.bundles.import_wizard import ImportWizard
from casebook.ui.peers.add_peer_dialog import AddPeerDialog
from casebook.ui.peers.peers_dialog import PeersDialog
from casebook.ui.peers.verify_peer_dialog import VerifyPeerDialog
from casebook.ui.tasks import InlinePool, Pool
from casebook.ui.unlock.create_panel import CreatePanel
from casebook.ui.unlock.recovery_code import RecoveryCodeView
from casebook.ui.unlock.unlock_panel import UnlockPanel
from casebook.ui.workspace.case_view import Tab
from casebook.ui.workspace.quick_add import QuickAddDialog
from casebook.ui.workspace.workspace import Workspace

W = TypeVar("W", bound=QWidget)
WaitUntil = Callable[..., None]


@dataclass(frozen=True)
class VaultInfo:
    """A vault folder and its secrets."""

    root: Path
    passphrase: str
    recovery_code: str


def loop_wait_until(cond: Callable[[], bool], timeout: int = 5000) -> None:
    """Process events until `cond()` holds (for scripts without qtbot)."""
    end = time.monotonic() + timeout / 1000
    while time.monotonic() < end:
        QTest.qWait(5)
        if cond():
            return
    raise TimeoutError("condition not met")


class Driver:
    """One running app and the steps a person takes in it."""

    def __init__(self, ctx: AppContext, wait_until: WaitUntil) -> None:
        self.ctx = ctx
        self.window = ctx.window
        self.wait_until = wait_until

    @classmethod
    def build(
        cls,
        root: Path,
        app_paths: AppPaths,
        *,
        policy: KdfPolicy,
        settings: Settings,
        wait_until: WaitUntil = loop_wait_until,
        pool: Pool | None = None,
        screen: QRect | None = None,
        **kwargs: Any,
    ) -> Driver:
        """Build and show the real app: 1280×800 (the screenshots' size, whatever the offscreen
        screen is), or fitted as on a screen whose available area is `screen`."""
        ctx = build(
            root,
            app_paths,
            kdf_policy=policy,
            settings=settings,
            pool=pool if pool is not None else InlinePool(),
            **kwargs,
        )
        if screen is None:
            ctx.window.resize(1280, 800)
        else:
            fit_to_screen(ctx.window, screen)
        ctx.window.show()
        ctx.window.activateWindow()  # shortcuts (Ctrl+L, Ctrl+F) go to the active window
        driver = cls(ctx, wait_until)
        wait_until(lambda: QApplication.activeWindow() is ctx.window)
        return driver

    def close(self) -> None:
        """Quit the app the way closing the window does."""
        self.ctx.shutdown()
        QApplication.processEvents()

    # -- finding things -------------------------------------------------------------------

    @property
    def workspace(self) -> Workspace:
        """The unlocked workspace (fails when locked)."""
        ws = self.window.workspace
        if ws is None:
            raise AssertionError("the vault is locked")
        return ws

    def dialog(self, kind: type[W]) -> W:
        """The open dialog of a type, waiting for it to appear."""
        found: list[W] = []

        def visible() -> bool:
            found[:] = [d for d in self.window.findChildren(kind) if d.isVisible()]
            return bool(found)

        self.wait_until(visible)
        return found[-1]

    def activate(self) -> None:
        """Make the main window the active one, as a click on it would."""
        if QApplication.activeWindow() is not self.window:
            self.window.activateWindow()
            self.wait_until(lambda: QApplication.activeWindow() is self.window)

    def shortcut(self, key: Qt.Key) -> None:
        """Press Ctrl+`key` in the main window."""
        self.activate()
        QTest.keyClick(self.window, key, Qt.KeyboardModifier.ControlModifier)

    def type_into(self, widget: QWidget, text: str) -> None:
        """Focus a field and type into it key by key."""
        widget.setFocus()
        type_text(widget, text)

    # -- create, lock, unlock -------------------------------------------------------------

    def create_vault(self, passphrase: str) -> str:
        """Go through Create: passphrase twice, calibration, the recovery code step."""
        panel = self.window.page
        assert isinstance(panel, CreatePanel)
        self.type_into(panel.passphrase, passphrase)
        self.type_into(panel.confirm, passphrase)
        assert panel.create_button.isEnabled(), panel.meter_label.text()
        QTest.mouseClick(panel.create_button, Qt.MouseButton.LeftButton)
        self.wait_until(lambda: panel.steps.currentIndex() == 2)
        code = panel.code.text()
        self.confirm_code(panel.code_view)
        self.wait_until(lambda: self.window.workspace is not None)
        return code

    def confirm_code(self, view: RecoveryCodeView) -> None:
        """Tick "I have written it down", type the code back from "the paper", press Enter."""
        code = view.code.text()
        assert code
        assert not view.continue_button.isEnabled()
        view.written.setFocus()
        QTest.keyClick(view.written, Qt.Key.Key_Space)
        self.type_into(view.retype, code)
        QTest.keyClick(view.retype, Qt.Key.Key_Return)

    def unlock(self, secret: str) -> None:
        """Type the passphrase or recovery code and press Enter; wait for the workspace."""
        panel = self.window.page
        assert isinstance(panel, UnlockPanel)
        self.type_into(panel.passphrase, secret)
        QTest.keyClick(panel.passphrase, Qt.Key.Key_Return)
        self.wait_until(lambda: self.window.workspace is not None)

    def try_unlock(self, secret: str) -> UnlockPanel:
        """Type a secret, press Enter, and wait for the panel to be ready again."""
        panel = self.window.page
        assert isinstance(panel, UnlockPanel)
        self.type_into(panel.passphrase, secret)
        QTest.keyClick(panel.passphrase, Qt.Key.Key_Return)
        self.wait_until(lambda: not panel.working and panel.passphrase.isEnabled())
        return panel

    def lock(self) -> None:
        """Ctrl+L."""
        self.shortcut(Qt.Key.Key_L)
        self.wait_until(lambda: self.window.workspace is None)

    def settle(self) -> None:
        """Wait until the store thread has answered everything asked."""
        client = self.window.client
        if client is not None:
            self.wait_until(lambda: not client.busy, timeout=10_000)

    def ask(self, job: Callable[[CaseService], Any]) -> Any:
        """Run a read on the store thread, as a screen would, and wait for its answer."""
        env = self.window.env
        if env is None:
            raise AssertionError("the vault is locked")
        answers: list[Any] = []
        env.read(job, answers.append, self.window, answers.append)
        self.wait_until(lambda: bool(answers))
        return answers[0]

    # -- cases ----------------------------------------------------------------------------

    def add_case(self, title: str) -> bytes:
        """Ctrl+N, type the title, Enter."""
        self.shortcut(Qt.Key.Key_N)
        dialog = self.dialog(QuickAddDialog)
        line = dialog.findChildren(QLineEdit)[0]
        self.type_into(line, title)
        QTest.keyClick(line, Qt.Key.Key_Return)
        ws = self.workspace
        self.wait_until(lambda: ws.case_view.case_id is not None)
        case_id = ws.case_view.case_id
        assert case_id is not None
        self.settle()
        return case_id

    def show_tab(self, tab: Tab) -> None:
        """Click a tab of the case view."""
        self.workspace.case_view.show_tab(tab)
        self.settle()

    def add_person(self, name: str, role_label: str = "Victim") -> None:
        """People tab → Add person… → name and role."""
        self.show_tab(Tab.PEOPLE)
        people = self.workspace.case_view.people
        before = people.model.rowCount()
        QTest.mouseClick(people.add_button, Qt.MouseButton.LeftButton)
        dialog = self.dialog(QuickAddDialog)
        edits = dialog.findChildren(QLineEdit)
        self.type_into(edits[0], name)
        from PySide6.QtWidgets import QComboBox

        role = next(c for c in dialog.findChildren(QComboBox))
        role.setCurrentIndex(role.findText(role_label))
        QTest.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        self.wait_until(lambda: people.model.rowCount() == before + 1)
        self.settle()

    def add_event(self, type_label: str, date: str) -> None:
        """Events tab → Add event… → type and fuzzy date."""
        self.show_tab(Tab.EVENTS)
        events = self.workspace.case_view.events
        before = events.model.rowCount()
        QTest.mouseClick(events.add_button, Qt.MouseButton.LeftButton)
        dialog = self.dialog(QuickAddDialog)
        from PySide6.QtWidgets import QComboBox

        kind = dialog.findChildren(QComboBox)[0]
        kind.setCurrentIndex(kind.findText(type_label))
        self.type_into(dialog.findChildren(QLineEdit)[0], date)
        QTest.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        self.wait_until(lambda: events.model.rowCount() == before + 1)
        self.settle()

    def new_interview(self) -> None:
        """Interviews tab → New interview; wait for its notes to be ready."""
        self.show_tab(Tab.INTERVIEWS)
        tab = self.workspace.case_view.interviews
        before = tab.model.rowCount()
        QTest.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
        self.wait_until(lambda: tab.model.rowCount() == before + 1)
        self.wait_until(lambda: tab.notes.isEnabled() and tab.notes.interview_id is not None)
        self.settle()

    def type_segment(self, text: str, *, enter: bool = True) -> None:
        """Type into the note editor, and press Enter to append the segment."""
        notes = self.workspace.case_view.interviews.notes
        before = notes.model.rowCount()
        self.type_into(notes.editor, text)
        if enter:
            QTest.keyClick(notes.editor, Qt.Key.Key_Return)
            self.wait_until(lambda: notes.model.rowCount() == before + 1)

    def attach(self, path: Path) -> None:
        """Drop a file on the Attachments tab; wait for the intake."""
        self.show_tab(Tab.ATTACHMENTS)
        tab = self.workspace.case_view.attachments
        before = tab.model.rowCount()
        drop_files(tab, [path])
        self.wait_until(lambda: tab.model.rowCount() == before + 1 and not tab.busy, 20_000)

    # -- exchange -------------------------------------------------------------------------

    def open_peers(self) -> PeersDialog:
        """Exchange → Peers…."""
        self.window.peers_action.trigger()
        dialog = self.dialog(PeersDialog)
        self.settle()
        return dialog

    def add_peer(self, peers: PeersDialog, card: Path, name: str) -> VerifyPeerDialog:
        """Add from card file…, choose `card`, type the name, Add; the comparison opens."""
        QTest.mouseClick(peers.add_button, Qt.MouseButton.LeftButton)
        add = self.dialog(AddPeerDialog)
        add.load(card)  # what choosing the file in Qt's file dialog calls
        self.wait_until(lambda: add.preview is not None)
        self.type_into(add.name, name)
        QTest.mouseClick(add.add_button, Qt.MouseButton.LeftButton)
        verify = self.dialog(VerifyPeerDialog)
        self.wait_until(lambda: bool(verify.number))
        return verify

    def tick(self, view: QAbstractItemView, label_part: str) -> None:
        """Select the row whose text holds `label_part` and press Space to tick it."""
        model = view.model()
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            if label_part in str(index.data()):
                view.setFocus()
                view.setCurrentIndex(index)
                QTest.keyClick(view.viewport(), Qt.Key.Key_Space)
                return
        raise AssertionError(f"no row with {label_part!r}")

    def wizard_next(self, wizard: QWizard) -> None:
        """Press Next (or the commit button: Seal, Import)."""
        for which in (QWizard.WizardButton.NextButton, QWizard.WizardButton.CommitButton):
            button = wizard.button(which)
            if button.isVisible():
                self.wait_until(button.isEnabled)
                QTest.mouseClick(button, Qt.MouseButton.LeftButton)
                return
        raise AssertionError("no Next button")

    def export_bundle(
        self,
        recipients: list[str],
        folder: Path,
        *,
        confirm_unverified: bool = False,
        cases: list[str] | None = None,
        leak_reason: str | None = None,
    ) -> ExportWizard:
        """Exchange → Export bundle…, through every page; returns on the last page.

        The preview page plans the bundles; when it finds withheld names in texts, it needs
        `leak_reason` (a code) to seal past them, else this fails."""
        wizard = self.export_bundle_start()
        if cases is not None:
            page = wizard.cases_page
            QTest.mouseClick(page.chosen, Qt.MouseButton.LeftButton)
            self.wait_until(lambda: bool(page.cases.items))
            for title in cases:
                if page.cases.items and all(t != title for _, t, _ in page.cases.items):
                    raise AssertionError(f"no case {title!r}")
                key = next(k for k, t, _ in page.cases.items if t == title)
                if key not in page.cases.checked:
                    self.tick(page.list, title)
        self.wizard_next(wizard)
        for name in recipients:
            self.tick(wizard.recipients_page.list, name)
        if confirm_unverified:
            wizard.recipients_page.confirm.setChecked(True)
        self.wizard_next(wizard)
        self.type_into(wizard.destination_page.folder, str(folder))
        self.wizard_next(wizard)
        self.preview_and_seal(wizard, leak_reason)
        return wizard

    def preview_and_seal(self, wizard: ExportWizard, leak_reason: str | None = None) -> None:
        """On the export wizard's preview page: wait for the plans, choose the leak scan's
        reason if it found names, and Seal."""
        page = wizard.audience_page
        self.wait_until(lambda: page.plans is not None or page.error.isVisible(), 20_000)
        if page.has_leaks():
            if leak_reason is None:
                hits = [leak.hit.found for p in page.groups() for leak in p.leaks]
                raise AssertionError(f"the leak scan found {hits}: give a leak_reason")
            page.reason.setCurrentIndex(page.reason.findData(leak_reason))
        self.wizard_next(wizard)

    def export_bundle_start(self) -> ExportWizard:
        """Exchange → Export bundle…; returns on the first page."""
        self.window.export_action.trigger()
        wizard = self.dialog(ExportWizard)
        self.settle()
        return wizard

    def import_bundle(self, path: Path) -> ImportWizard:
        """Exchange → Import bundle…, choose `path`, Next; returns on the sender page."""
        self.window.import_action.trigger()
        wizard = self.dialog(ImportWizard)
        self.type_into(wizard.file_page.path, str(path))
        self.wizard_next(wizard)
        page = wizard.sender_page
        self.wait_until(lambda: page.preview is not None or page.error.isVisible())
        return wizard


def type_text(widget: QWidget, text: str) -> None:
    """Key presses for `text`, Cyrillic included (QTest.keyClicks only knows ASCII)."""
    for ch in text:
        if ch.isascii() and ch.isprintable():
            QTest.keyClicks(widget, ch)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def drop_files(target: QWidget, paths: list[Path]) -> None:
    """Deliver a drop of local files to a widget, as a file manager would.

    QApplication routes a Drop only inside a drag it started itself, so the test hands the
    event to the widget's handler, after the same DragEnter check a real drag goes through.
    """
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    pos = QPointF(QPoint(10, 10))
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0)
    enter = QDragEnterEvent(pos.toPoint(), Qt.DropAction.CopyAction, mime, buttons, mods)
    target.dragEnterEvent(enter)
    if not enter.isAccepted():
        raise AssertionError("the drop target refused the files")
    target.dropEvent(QDropEvent(pos, Qt.DropAction.CopyAction, mime, buttons, mods))


def make_conflict(service: CaseService, entity_id: bytes, field: str, value: Any) -> None:
    """Apply a concurrent edit by a second author (as an imported bundle would)."""
    store = service.store
    author = Identity.generate(0)
    kind = service.reading.kind_of(entity_id)
    op = Op(
        author=author.public,
        seq=1,
        prev=None,
        deps=(),  # it saw none of our edits: concurrent
        hlc=service.session.hlc.now(),
        entity=kind,
        entity_id=entity_id,
        kind="set",
        field=field,
        value=value,
    )
    with store.transaction():
        store.apply(sign_op(op, author))


def erase_as_colleague(
    service: CaseService, entity_id: bytes, field: str, reason: str = "safety"
) -> Identity:
    """Apply a colleague's erasure of a value they did not write (as an imported bundle would):
    here it only hides the value, until the owner confirms it. Returns the colleague's key."""
    store = service.store
    author = Identity.generate(0)
    register = field or "_deleted"
    op = Op(
        author=author.public,
        seq=1,
        prev=None,
        deps=tuple(o.op_id for o in store.live_ops(entity_id, register)),
        hlc=service.session.hlc.now(),
        entity=service.reading.kind_of(entity_id),
        entity_id=entity_id,
        kind="redact",
        field=field,
        value=None,
        targets=tuple(store.erasure.value_ops(entity_id, [field] if field else None)),
        reason=reason,
    )
    with store.transaction():
        store.apply(sign_op(op, author, version=2))
    return author
