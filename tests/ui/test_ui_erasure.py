"""Erasure in the GUI (PROTECTION §1): erasing through the dialog, erased values shown as such,
colleagues' requests confirmed, what colleagues hold, a new encryption key, and deep erase."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QWidget, QWizard

from casebook.bundle import export_bundle, import_bundle
from casebook.crypto.kdf import KdfPolicy
from casebook.service import CaseService
from casebook.ui.erasure.erase_dialog import EraseDialog
from casebook.ui.erasure.requests_dialog import ErasureRequestsDialog
from casebook.ui.models.erasures import ErasureColumn
from casebook.ui.models.history import HistoryColumn
from casebook.ui.models.people import PersonColumn
from casebook.ui.peers.rotate_key_dialog import RotateKeyDialog
from casebook.ui.search.search_dialog import SearchDialog
from casebook.ui.vault.deep_erase_dialog import DeepEraseDialog
from casebook.ui.workspace.case_view import Tab
from casebook.vault import create_vault, unlock
from factory import TRUSTED, trust

from .driver import Driver, VaultInfo, erase_as_colleague

NAME = "Иванова Мария Тестовна"
PASSPHRASE = "correct horse battery staple"


def click(button: object) -> None:
    """A left click."""
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[call-overload]


def gone(widget: QWidget) -> bool:
    """Closed: deleted (WA_DeleteOnClose) or hidden."""
    return not shiboken6.isValid(widget) or not widget.isVisible()


def person_case(info: VaultInfo, policy: KdfPolicy) -> tuple[bytes, bytes]:
    """A case with one person (a name and notes), made by the core. Returns (case, person)."""
    svc = CaseService(unlock(info.root, info.passphrase, policy=policy))
    try:
        case_id = svc.records.add_case("Дело о пикете (тест)")
        person_id = svc.records.add_person(case_id, NAME, "witness")
        svc.records.set_field(person_id, "notes", "Живёт у сестры, ул. Тестовая 5")
        return case_id, person_id
    finally:
        svc.lock()


def open_person(d: Driver, case_id: bytes) -> None:
    """Open the case on the People tab with its one person selected."""
    d.unlock(PASSPHRASE)
    d.workspace.open_case(case_id)
    d.show_tab(Tab.PEOPLE)
    people = d.workspace.case_view.people
    d.wait_until(lambda: people.form.record is not None)


def choose_reason(dialog: EraseDialog, code: str) -> None:
    """Pick a reason in the drop-down, as a person would with the keyboard."""
    dialog.reason.setFocus()
    dialog.reason.setCurrentIndex(dialog.reason.findData(code))


# -- erasing through the dialog ---------------------------------------------------------------


def test_erasing_a_name_shows_it_as_erased_everywhere(
    make_driver: Callable[..., Driver], vault: VaultInfo, policy: KdfPolicy
) -> None:
    case_id, _ = person_case(vault, policy)
    d = make_driver(vault.root)
    open_person(d, case_id)
    people = d.workspace.case_view.people
    name = people.form.editors["name"]
    assert isinstance(name, QLineEdit)
    assert people.form.erase_actions["name"] in name.actions()
    assert name.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu
    d.window.clipboard.copy(NAME)  # the name was copied somewhere along the way

    # Keyboard: Ctrl+Shift+Delete in the field opens the dialog.
    name.setFocus()
    QTest.keyClick(
        name,
        Qt.Key.Key_Delete,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = d.dialog(EraseDialog)
    d.wait_until(lambda: dialog.loaded is not None)
    assert "Иванова" in dialog.what.text()
    assert "Name" in dialog.what.text()
    assert "No colleague received" in dialog.holders.text()
    assert "USB sticks" in dialog.beyond.text()
    assert not dialog.erase_button.isEnabled()  # no reason yet
    assert dialog.cancel_button.isDefault()
    assert not dialog.erase_button.isDefault()
    assert dialog.reason.count() == 5
    choose_reason(dialog, "safety")
    assert dialog.erase_button.isEnabled()
    click(dialog.erase_button)
    d.wait_until(lambda: gone(dialog))
    d.settle()

    # The table and the form say "erased", in italic; the clipboard no longer holds the name.
    d.wait_until(lambda: people.model.index(0, PersonColumn.NAME).data() == "erased")
    font = people.model.index(0, PersonColumn.NAME).data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont)
    assert font.italic()
    d.wait_until(lambda: people.form.record is not None and "name" in people.form.record.masked)
    assert name.text() == ""
    assert name.placeholderText() == "erased"
    assert name.font().italic()
    assert NAME not in QGuiApplication.clipboard().text()

    # Search finds nothing.
    d.window.on_search_action_triggered()
    search = d.dialog(SearchDialog)
    search.search_now("Иванова")
    d.wait_until(lambda: search.status.text() == "Nothing found.")
    assert search.model.rowCount() == 0
    search.close()

    # History marks the old value erased, and the erasure itself.
    d.show_tab(Tab.HISTORY)
    history = d.workspace.case_view.history
    d.wait_until(lambda: history.model.rowCount() > 0)
    model = history.model
    cells = [
        (model.index(r, HistoryColumn.FIELD).data(), model.index(r, HistoryColumn.VALUE).data())
        for r in range(model.rowCount())
    ]
    assert ("Name", "erased") in cells
    assert any(what == "Name erased" for what, _ in cells)
    assert not any(NAME in str(v) for _, v in cells)

    # A new value may be typed over the erased one.
    d.show_tab(Tab.PEOPLE)
    d.wait_until(lambda: people.form.record is not None)
    d.type_into(name, "Свидетель А")
    assert not name.font().italic()
    people.form.flush()
    d.settle()
    d.wait_until(lambda: people.model.index(0, PersonColumn.NAME).data() == "Свидетель А")


def test_erasing_a_note_and_a_whole_event(
    make_driver: Callable[..., Driver], vault: VaultInfo, policy: KdfPolicy
) -> None:
    svc = CaseService(unlock(vault.root, vault.passphrase, policy=policy))
    case_id = svc.records.add_case("Дело об обыске (тест)")
    interview = svc.records.add_interview(case_id)
    svc.records.add_segment(interview, "Назвала адрес: ул. Тестовая 5")
    svc.records.add_segment(interview, "Описала обыск")
    svc.records.add_event(case_id, "search", "2024-03-05")
    svc.lock()
    d = make_driver(vault.root)
    d.unlock(vault.passphrase)
    d.workspace.open_case(case_id)
    d.show_tab(Tab.INTERVIEWS)
    notes = d.workspace.case_view.interviews.notes
    d.wait_until(lambda: notes.model.rowCount() == 2)
    assert not notes.erase_button.isEnabled()
    notes.segments.selectRow(0)
    click(notes.erase_button)
    dialog = d.dialog(EraseDialog)
    d.wait_until(lambda: dialog.loaded is not None)
    assert "Тестовая" in dialog.what.text()
    choose_reason(dialog, "consent_withdrawn")
    click(dialog.erase_button)
    d.wait_until(lambda: gone(dialog))
    d.wait_until(lambda: notes.model.index(0, 1).data() == "erased")
    assert notes.model.rowCount() == 2  # the row stays, with its time
    assert notes.model.index(1, 1).data() == "Описала обыск"

    d.show_tab(Tab.EVENTS)
    events = d.workspace.case_view.events
    d.wait_until(lambda: events.model.rowCount() == 1)
    events.table.selectRow(0)
    click(events.erase_button)
    dialog = d.dialog(EraseDialog)
    d.wait_until(lambda: dialog.loaded is not None)
    assert "with every field" in dialog.what.text()
    choose_reason(dialog, "mistake")
    QTest.keyClick(dialog, Qt.Key.Key_Return)  # Enter cancels: Erase is not the default
    d.wait_until(lambda: gone(dialog))
    d.settle()
    assert events.model.rowCount() == 1
    click(events.erase_button)
    dialog = d.dialog(EraseDialog)
    d.wait_until(lambda: dialog.loaded is not None)
    choose_reason(dialog, "mistake")
    click(dialog.erase_button)
    d.wait_until(lambda: gone(dialog))
    d.wait_until(lambda: events.model.rowCount() == 0)


def test_erasing_an_interview_takes_its_notes(
    make_driver: Callable[..., Driver], vault: VaultInfo, policy: KdfPolicy
) -> None:
    svc = CaseService(unlock(vault.root, vault.passphrase, policy=policy))
    case_id = svc.records.add_case("Дело об обыске (тест)")
    interview = svc.records.add_interview(case_id, place="Кафе (тест)")
    svc.records.add_segment(interview, "Назвала адрес: ул. Тестовая 5")
    svc.lock()
    d = make_driver(vault.root)
    d.unlock(vault.passphrase)
    d.workspace.open_case(case_id)
    d.show_tab(Tab.INTERVIEWS)
    tab = d.workspace.case_view.interviews
    d.wait_until(lambda: tab.model.rowCount() == 1 and tab.erase_button.isEnabled())
    click(tab.erase_button)
    dialog = d.dialog(EraseDialog)
    d.wait_until(lambda: dialog.loaded is not None)
    assert "1 note" in dialog.what.text()
    choose_reason(dialog, "safety")
    click(dialog.erase_button)
    d.wait_until(lambda: gone(dialog))
    d.wait_until(lambda: tab.model.rowCount() == 0)
    d.window.on_search_action_triggered()
    search = d.dialog(SearchDialog)
    search.search_now("Тестовая")
    d.wait_until(lambda: search.status.text() == "Nothing found.")


def test_the_dialog_names_colleagues_who_received_the_value(
    make_driver: Callable[..., Driver], vault: VaultInfo, tmp_path: Path, policy: KdfPolicy
) -> None:
    boris = CaseService(create_vault(tmp_path / "boris", PASSPHRASE, policy=policy).session)
    svc = CaseService(unlock(vault.root, vault.passphrase, policy=policy))
    peer = svc.peers.add(boris.peers.my_card().encode(), "Борис")
    svc.peers.mark_verified(peer)
    trust(svc, peer)
    case_id = svc.records.add_case("Дело о пикете (тест)")
    svc.records.add_person(case_id, NAME, "witness")
    export_bundle(svc.session, [peer], out_path=tmp_path / "usb.age", audience=TRUSTED)
    svc.lock()
    boris.lock()
    d = make_driver(vault.root)
    open_person(d, case_id)
    people = d.workspace.case_view.people
    dialog = people.form.open_erase("name")
    assert dialog is not None
    d.wait_until(lambda: dialog.loaded is not None)
    assert dialog.holder_count == 1
    text = dialog.holders.text()
    assert "Борис" in text
    assert "no. 1" in text
    assert "cannot prove" in text
    dialog.reject()


# -- colleagues' erasure requests --------------------------------------------------------------


def test_a_colleagues_erasure_waits_for_confirmation(
    make_driver: Callable[..., Driver], vault: VaultInfo, policy: KdfPolicy
) -> None:
    case_id, person_id = person_case(vault, policy)
    svc = CaseService(unlock(vault.root, vault.passphrase, policy=policy))
    erase_as_colleague(svc, person_id, "name")
    svc.lock()
    d = make_driver(vault.root)
    open_person(d, case_id)
    d.settle()
    assert "1 erasure request" in d.window.banner.text()
    people = d.workspace.case_view.people
    assert people.model.index(0, PersonColumn.NAME).data() != NAME  # hidden at once

    d.window.erasures_action.trigger()
    requests = d.dialog(ErasureRequestsDialog)
    d.wait_until(lambda: requests.model.rowCount() == 1)
    model = requests.model
    assert model.index(0, ErasureColumn.REASON).data() == "Someone's safety"
    assert "waiting for your confirmation" in model.index(0, ErasureColumn.STATE).data()
    assert "unknown key" in model.index(0, ErasureColumn.WHO).data()
    assert "Name" in model.index(0, ErasureColumn.WHAT).data()
    assert requests.confirm_button.isVisible()
    assert requests.confirm_button.isEnabled()
    assert "for good" in requests.detail.text()
    click(requests.confirm_button)
    d.settle()
    d.wait_until(lambda: model.index(0, ErasureColumn.STATE).data() == "erased here")
    assert not requests.confirm_button.isVisible()
    d.wait_until(lambda: "erasure request" not in d.window.banner.text())
    requests.close()

    # The banner says nothing after the next unlock either; the value is gone for good.
    d.lock()
    d.unlock(vault.passphrase)
    d.settle()
    assert "erasure request" not in d.window.banner.text()


def test_a_colleagues_erasure_arrives_in_a_bundle(
    make_driver: Callable[..., Driver], vault: VaultInfo, tmp_path: Path, policy: KdfPolicy
) -> None:
    """Борис received the name from us, erased it, and sends his request back in a bundle."""
    boris = CaseService(create_vault(tmp_path / "boris", PASSPHRASE, policy=policy).session)
    me = CaseService(unlock(vault.root, vault.passphrase, policy=policy))
    to_boris = me.peers.add(boris.peers.my_card().encode(), "Борис")
    me.peers.mark_verified(to_boris)
    trust(me, to_boris)
    to_me = boris.peers.add(me.peers.my_card().encode(), "коллега")
    boris.peers.mark_verified(to_me)
    case_id = me.records.add_case("Дело о пикете (тест)")
    person_id = me.records.add_person(case_id, NAME, "witness")
    first = export_bundle(
        me.session, [to_boris], out_path=tmp_path / "1.age", audience=TRUSTED
    ).paths[0]
    me.lock()
    import_bundle(boris.session, first)
    boris.erasure.erase(person_id, "name", reason="consent_withdrawn")
    back = export_bundle(boris.session, [to_me], out_path=tmp_path / "2.age").paths[0]
    boris.lock()

    d = make_driver(vault.root)
    d.unlock(vault.passphrase)
    imp = d.import_bundle(back)
    d.wizard_next(imp)
    d.wizard_next(imp)
    d.wait_until(lambda: imp.apply_page.done, timeout=20_000)
    imp.accept()
    d.settle()
    assert "1 erasure request" in d.window.banner.text()
    d.window.erasures_action.trigger()
    requests = d.dialog(ErasureRequestsDialog)
    d.wait_until(lambda: requests.model.rowCount() == 1)
    assert "Борис" in requests.model.index(0, ErasureColumn.WHO).data()
    click(requests.confirm_button)
    d.wait_until(lambda: requests.model.index(0, ErasureColumn.STATE).data() == "erased here")


# -- peers: what they hold, a new key ----------------------------------------------------------


def test_peers_window_says_what_a_colleague_holds_and_rotates_the_key(
    make_driver: Callable[..., Driver], vault: VaultInfo, tmp_path: Path, policy: KdfPolicy
) -> None:
    anna = CaseService(create_vault(tmp_path / "anna", PASSPHRASE, policy=policy).session)
    svc = CaseService(unlock(vault.root, vault.passphrase, policy=policy))
    svc.peers.mark_verified(svc.peers.add(anna.peers.my_card().encode(), "Анна"))
    svc.lock()
    anna.lock()
    d = make_driver(vault.root)
    d.unlock(vault.passphrase)
    peers = d.open_peers()
    d.wait_until(lambda: peers.card is not None and peers.model.rowCount() == 1)
    peers.table.selectRow(0)
    d.wait_until(lambda: "no bundle" in peers.holds.text())
    assert peers.holds_title.isVisible()
    before = peers.my_recipient.text()

    click(peers.rotate_button)
    rotate = d.dialog(RotateKeyDialog)
    assert not rotate.warning.isVisible()
    rotate.forget.setChecked(True)
    assert rotate.warning.isVisible()
    assert "USB sticks" in rotate.warning.text()
    click(rotate.rotate_button)
    d.wait_until(lambda: gone(rotate))
    d.wait_until(lambda: peers.my_recipient.text() != before)
    assert "new encryption key" in peers.message.text()
    assert "1 old key forgotten" in peers.message.text()


# -- deep erase --------------------------------------------------------------------------------


@pytest.mark.slow
def test_deep_erase_goes_on_with_the_new_session_and_a_new_recovery_code(
    make_driver: Callable[..., Driver], vault: VaultInfo, policy: KdfPolicy
) -> None:
    case_id, _ = person_case(vault, policy)
    d = make_driver(vault.root)
    open_person(d, case_id)
    old_client = d.window.client

    d.window.deep_erase_action.trigger()
    dialog = d.dialog(DeepEraseDialog)
    d.type_into(dialog.passphrase, "wrong passphrase")
    click(dialog.erase_button)
    d.wait_until(lambda: not dialog.working and dialog.error.isVisible(), timeout=20_000)
    assert "passphrase is wrong" in dialog.error.text()
    assert d.window.client is old_client  # nothing changed

    d.type_into(dialog.passphrase, PASSPHRASE)
    click(dialog.erase_button)
    d.wait_until(dialog.code_view.isVisible, timeout=30_000)
    code = dialog.code_view.code.text()
    assert code
    assert code != vault.recovery_code
    dialog.reject()  # Escape does not close it before the code is written down
    assert dialog.isVisible()
    # The app went on with the new session, in the same place.
    d.wait_until(lambda: d.window.client is not old_client and d.window.workspace is not None)
    people = d.workspace.case_view.people
    d.wait_until(lambda: people.model.rowCount() == 1)
    assert people.model.index(0, PersonColumn.NAME).data() == NAME
    d.confirm_code(dialog.code_view)
    d.wait_until(lambda: gone(dialog))

    d.lock()
    panel = d.try_unlock(vault.recovery_code)  # the old code opened the old key: gone
    assert panel.error.isVisible()
    d.unlock(code)
    d.lock()
    d.unlock(vault.passphrase)


# -- two vaults, two running apps ---------------------------------------------------------------


def test_an_erasure_reaches_a_colleague_through_two_running_apps(
    make_driver: Callable[..., Driver], vault: VaultInfo, tmp_path: Path, policy: KdfPolicy
) -> None:
    """Alice erases a witness's name she had sent to Bob; Bob imports her next bundle and the
    name is gone from his vault, search and history; Bob's next bundle tells Alice's casebook
    that he received the request (never that he erased it)."""
    usb = tmp_path / "usb"
    usb.mkdir()
    bob_root = tmp_path / "bob"
    bob = CaseService(create_vault(bob_root, PASSPHRASE, policy=policy).session)
    alice = CaseService(unlock(vault.root, vault.passphrase, policy=policy))
    to_bob = alice.peers.add(bob.peers.my_card().encode(), "Борис")
    alice.peers.mark_verified(to_bob)
    trust(alice, to_bob)
    to_alice = bob.peers.add(alice.peers.my_card().encode(), "Алиса")
    bob.peers.mark_verified(to_alice)
    case_id = alice.records.add_case("Дело о пикете (тест)")
    person_id = alice.records.add_person(case_id, NAME, "witness")
    first = export_bundle(alice.session, [to_bob], out_path=usb / "1.age", audience=TRUSTED).paths[
        0
    ]
    import_bundle(bob.session, first)
    assert bob.reading.get(person_id).get("name") == NAME
    alice.lock()
    bob.lock()

    # Alice, in her app: Erase… on the name; the dialog names Борис and bundle 1.
    a = make_driver(vault.root)
    open_person(a, case_id)
    people = a.workspace.case_view.people
    dialog = people.form.open_erase("name")
    assert dialog is not None
    a.wait_until(lambda: dialog.loaded is not None)
    assert "Борис" in dialog.holders.text()
    choose_reason(dialog, "consent_withdrawn")
    click(dialog.erase_button)
    a.wait_until(lambda: gone(dialog))
    a.settle()
    wizard = a.export_bundle(["Борис"], usb)
    a.wait_until(lambda: wizard.seal_page.done, timeout=20_000)
    assert wizard.result_ is not None, wizard.seal_page.error.text()
    second = wizard.result_.paths[0]
    click(wizard.button(QWizard.WizardButton.FinishButton))

    # Bob, in his app: imports it; the name is erased in his People table and search.
    b = make_driver(bob_root)
    b.unlock(PASSPHRASE)
    imp = b.import_bundle(second)
    b.wizard_next(imp)
    b.wizard_next(imp)
    b.wait_until(lambda: imp.apply_page.done, timeout=20_000)
    imp.accept()
    b.settle()
    assert "erasure request" not in b.window.banner.text()  # its author's: nothing to confirm
    b.workspace.open_case(case_id)
    b.show_tab(Tab.PEOPLE)
    bob_people = b.workspace.case_view.people
    b.wait_until(lambda: bob_people.model.index(0, PersonColumn.NAME).data() == "erased")
    b.window.on_search_action_triggered()
    search = b.dialog(SearchDialog)
    search.search_now("Иванова")
    b.wait_until(lambda: search.status.text() == "Nothing found.")
    search.close()
    # Bob answers with a bundle of his own: it acknowledges Alice's ops, her erasure included.
    back = b.export_bundle(["Алиса"], usb)
    b.wait_until(lambda: back.seal_page.done, timeout=20_000)
    assert back.result_ is not None, back.seal_page.error.text()
    third = back.result_.paths[0]
    click(back.button(QWizard.WizardButton.FinishButton))
    b.lock()

    a.activate()
    imp = a.import_bundle(third)
    a.wizard_next(imp)
    a.wizard_next(imp)
    a.wait_until(lambda: imp.apply_page.done, timeout=20_000)
    imp.accept()
    a.settle()
    a.window.erasures_action.trigger()
    requests = a.dialog(ErasureRequestsDialog)
    a.wait_until(lambda: requests.model.rowCount() == 1)
    state = requests.model.index(0, ErasureColumn.STATE).data()
    assert "Борис" in state
    assert "received" in state
    requests.close()

    # Bob's vault, opened by the core: no trace of the name in records, search or history.
    bob = CaseService(unlock(bob_root, PASSPHRASE, policy=policy))
    try:
        assert bob.reading.get(person_id).masked == {"name": "erased"}
        assert bob.reading.search("Иванова") == []
        assert not any(NAME in str(h.value) for h in bob.reading.history(case_id))
    finally:
        bob.lock()
