"""The screens a new user meets (issue 12), for the screenshot test at a laptop's 1366×768 and at
1280×800: the welcome of an empty vault, an empty tab, Edit note…, Deleted items…, a folder
with part of a vault, a recovery code with a typo, the recovery code kit, and a colleague's
card read from a photo of its QR code."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QWidget

from casebook.crypto.kdf import KdfPolicy
from casebook.service import CaseService
from casebook.ui.peers.add_peer_dialog import AddPeerDialog
from casebook.ui.unlock.create_panel import CreatePanel
from casebook.ui.unlock.unlock_panel import UnlockPanel
from casebook.ui.workspace.case_view import Tab
from casebook.ui.workspace.deleted_dialog import DeletedDialog
from casebook.ui.workspace.edit_note_dialog import EditNoteDialog
from casebook.vault import create_vault

from .driver import Driver

PASSPHRASE = "correct horse battery staple"
SCREENS = (
    "welcome",
    "empty-people",
    "edit-note",
    "delete-question",
    "deleted-items",
    "add-peer-qr",
    "unlock-code-typo",
    "incomplete-vault",
    "recovery-code-kit",
)


def newuser_tour(
    make_driver: Callable[..., Driver],
    tmp_path: Path,
    policy: KdfPolicy,
    language: str,
    screen: QRect,
) -> Iterator[tuple[str, QWidget]]:
    """Go to each screen of SCREENS in turn, the window fitted to `screen`."""
    root = tmp_path / f"fresh-{language}"
    code = create_vault(root, PASSPHRASE, policy=policy)
    recovery = code.recovery_code
    code.session.lock()
    d = make_driver(root, language=language, screen=screen)
    d.unlock(PASSPHRASE)
    d.wait_until(lambda: "casebook demo" in d.workspace.placeholder.text())
    yield "welcome", d.window

    d.add_case("Дело Условного (вымышленное)")
    d.show_tab(Tab.PEOPLE)
    people = d.workspace.case_view.people
    d.wait_until(people.empty.isVisible)
    yield "empty-people", d.window

    d.add_person("Условный Иван", "Victim" if language == "en" else "Пострадавший")
    d.new_interview()
    d.type_segment("Задержали 6 марта около 7 утра у подъезда")
    d.type_segment("Протокол составлен только вечером")
    notes = d.workspace.case_view.interviews.notes
    notes.segments.selectRow(0)
    QTest.mouseClick(notes.edit_button, Qt.MouseButton.LeftButton)
    edit = d.dialog(EditNoteDialog)
    edit.editor.setPlainText("Задержали 5 марта около 7 утра у подъезда")
    yield "edit-note", edit
    QTest.mouseClick(edit.save_button, Qt.MouseButton.LeftButton)
    d.settle()

    notes.segments.selectRow(1)
    QTest.mouseClick(notes.delete_button, Qt.MouseButton.LeftButton)
    question = d.dialog(QMessageBox)
    yield "delete-question", question
    next(b for b in question.buttons() if b is not question.defaultButton()).click()
    d.settle()
    d.show_tab(Tab.PEOPLE)
    people.table.selectRow(0)
    people.delete_button.click()
    question = d.dialog(QMessageBox)
    next(b for b in question.buttons() if b is not question.defaultButton()).click()
    d.settle()
    d.window.deleted_items_action.trigger()
    deleted = d.dialog(DeletedDialog)
    d.wait_until(lambda: deleted.loaded and deleted.model.rowCount() == 2)
    yield "deleted-items", deleted
    deleted.close()

    peers = d.open_peers()
    d.wait_until(lambda: peers.card is not None)
    anna = CaseService(
        create_vault(tmp_path / f"anna-{language}", PASSPHRASE, policy=policy).session
    )
    try:
        photo = tmp_path / f"anna-card-{language}.png"
        from .test_ui_peer_qr import photo_of_card

        photo_of_card(anna, photo)
    finally:
        anna.lock()
    QTest.mouseClick(peers.add_button, Qt.MouseButton.LeftButton)
    add = d.dialog(AddPeerDialog)
    add.load_image(photo)
    d.wait_until(lambda: add.preview is not None)
    d.type_into(add.name, "Анна Смирнова")
    yield "add-peer-qr", add
    add.reject()
    peers.close()

    d.lock()
    panel = d.window.page
    assert isinstance(panel, UnlockPanel)
    groups = recovery.split("-")
    groups[2] = groups[2][:3] + ("Z" if groups[2][3] != "Z" else "Y")
    typed = (
        "-".join(groups)
        .lower()
        .translate(str.maketrans("qwertyuiopasdfghjklzxcvbnm", "йцукенгшщзфывапролдячсмить"))
    )
    d.type_into(panel.passphrase, typed)
    QTest.keyClick(panel.passphrase, Qt.Key.Key_Return)
    yield "unlock-code-typo", d.window
    d.window.hide()

    broken = tmp_path / f"broken-{language}"
    create_vault(broken, PASSPHRASE, policy=policy).session.lock()
    (broken / "keyslots").unlink()
    b = make_driver(broken, language=language, screen=screen)
    yield "incomplete-vault", b.window
    b.window.hide()

    c = make_driver(tmp_path / f"new-{language}", language=language, screen=screen)
    create = c.window.page
    assert isinstance(create, CreatePanel)
    c.type_into(create.passphrase, PASSPHRASE)
    c.type_into(create.confirm, PASSPHRASE)
    QTest.mouseClick(create.create_button, Qt.MouseButton.LeftButton)
    c.wait_until(lambda: create.steps.currentIndex() == 2)
    view = create.code_view
    shown = view.code.text().split("-")
    view.written.setChecked(True)
    shown[3] = shown[3][::-1]
    c.type_into(view.retype, "-".join(shown))
    QTest.keyClick(view.retype, Qt.Key.Key_Return)
    yield "recovery-code-kit", c.window
