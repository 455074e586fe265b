"""Workflow 4: auto-lock while typing loses nothing. And what locking must do: close the
connection, drop every model, clear the windows and casebook's clipboard text; unlock returns
to where the person was."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog

from casebook.crypto.kdf import KdfPolicy
from casebook.service import CaseService
from casebook.ui.models.case_list import CaseListModel
from casebook.ui.models.segments import SegmentsModel
from casebook.ui.search.search_dialog import SearchDialog
from casebook.ui.unlock.unlock_panel import UnlockPanel
from casebook.ui.workspace.case_view import Tab
from casebook.ui.workspace.note_panel import draft_key
from casebook.vault import unlock

from .driver import Driver, VaultInfo


@pytest.mark.slow
def test_auto_lock_while_typing_loses_nothing(
    vault: VaultInfo, make_driver: Callable[..., Driver], policy: KdfPolicy
) -> None:
    d = make_driver(vault.root, idle_ms=1500)
    d.unlock(vault.passphrase)
    case_id = d.add_case("Interview under stress")
    d.new_interview()
    d.type_segment("First answer, entered.")
    interviews = d.workspace.case_view.interviews
    interview_id = interviews.selected()
    assert interview_id is not None
    # Typing keeps the vault open: no lock while keys arrive.
    for word in ("half", " a", " sentence", " then", " silence"):
        d.type_into(interviews.notes.editor, word)
        assert d.window.is_unlocked
    # A summary edit still waiting for the typing pause when the lock comes.
    overview = d.workspace.case_view.overview
    d.type_into(overview.form.editors["court"], "District court No. 5")
    d.show_tab(Tab.INTERVIEWS)
    interviews.notes.editor.setFocus()

    d.wait_until(lambda: not d.window.is_unlocked, timeout=10_000)  # idle → locked
    assert isinstance(d.window.page, UnlockPanel)
    d.wait_until(lambda: d.window.findChildren(CaseListModel) == [])
    assert d.window.findChildren(SegmentsModel) == []

    d.unlock(vault.passphrase)
    ws = d.workspace
    assert ws.case_view.case_id == case_id
    assert ws.case_view.current_tab == Tab.INTERVIEWS
    notes = ws.case_view.interviews.notes
    d.wait_until(lambda: notes.interview_id == interview_id)
    d.wait_until(lambda: notes.editor.toPlainText() == "half a sentence then silence")
    assert [r.text for r in notes.model.rows] == ["First answer, entered."]
    d.wait_until(lambda: ws.case_view.overview.form.record is not None)
    assert ws.case_view.overview.form.editors["court"].text() == "District court No. 5"

    # The draft is in the vault itself, not only in the window.
    d.close()
    svc = CaseService(unlock(vault.root, vault.passphrase, policy=policy))
    try:
        assert svc.drafts.load(draft_key(interview_id)) == "half a sentence then silence"
        assert svc.reading.get(case_id).get("court") == "District court No. 5"
    finally:
        svc.lock()


def test_a_draft_survives_a_crash(
    vault: VaultInfo, make_driver: Callable[..., Driver], policy: KdfPolicy
) -> None:
    """The draft is saved a moment after typing pauses, not only at lock: kill -9 keeps it."""
    d = make_driver(vault.root)
    d.unlock(vault.passphrase)
    d.add_case("Crash case")
    d.new_interview()
    notes = d.workspace.case_view.interviews.notes
    interview_id = notes.interview_id
    assert interview_id is not None
    d.type_into(notes.editor, "typed before the power cut")
    d.wait_until(lambda: not notes._draft.due)  # noqa: SLF001 - the pause has passed
    d.settle()
    # Read the vault from outside while the app still has it open (as after a crash).
    svc = CaseService(unlock(vault.root, vault.passphrase, policy=policy))
    try:
        assert svc.drafts.load(draft_key(interview_id)) == "typed before the power cut"
    finally:
        svc.lock()


def test_lock_closes_dialogs_connection_and_clipboard(
    vault: VaultInfo, make_driver: Callable[..., Driver]
) -> None:
    d = make_driver(vault.root)
    d.unlock(vault.passphrase)
    d.add_case("Clipboard case")
    client = d.window.client
    assert client is not None
    d.window.on_search_action_triggered()
    d.dialog(SearchDialog)
    d.window.clipboard.copy("secret case text")
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == "secret case text"
    d.lock()
    assert clipboard.text() == ""
    d.wait_until(lambda: client.is_closed)
    assert not [w for w in d.window.findChildren(QDialog) if w.isVisible()]
    assert d.window.search_dialog is None
    assert d.window.env is None
    assert d.window.client is None


def test_clipboard_is_cleared_after_the_delay_but_not_if_replaced(
    vault: VaultInfo, make_driver: Callable[..., Driver]
) -> None:
    d = make_driver(vault.root, clipboard_ms=200)
    d.unlock(vault.passphrase)
    clipboard = QGuiApplication.clipboard()
    d.window.clipboard.copy("copied from a case")
    assert d.window.clipboard.holds_ours
    d.wait_until(lambda: clipboard.text() == "", timeout=3000)

    # Text copied from a field (Ctrl+C) while casebook is active counts as casebook's.
    d.add_case("Copy me")
    title = d.workspace.case_view.overview.form.editors["title"]
    d.wait_until(lambda: title.text() == "Copy me")
    d.activate()
    title.selectAll()
    title.copy()
    assert d.window.clipboard.holds_ours
    d.wait_until(lambda: clipboard.text() == "", timeout=3000)

    # Something else replaced it: left alone.
    d.window.clipboard.copy("ours")
    d.window.clipboard._ours = None  # noqa: SLF001 - as if another program had copied
    clipboard.setText("from another program")
    d.window.clipboard._ours = None  # noqa: SLF001
    d.lock()
    assert clipboard.text() == "from another program"


def test_unlock_returns_to_the_selected_person(
    vault: VaultInfo, make_driver: Callable[..., Driver]
) -> None:
    d = make_driver(vault.root)
    d.unlock(vault.passphrase)
    d.add_case("Place case")
    d.add_person("First Person")
    d.add_person("Second Person")
    people = d.workspace.case_view.people
    second = next(r.id for r in people.model.rows if r.name == "Second Person")
    people.select(second)
    d.lock()
    d.unlock(vault.passphrase)
    ws = d.workspace
    assert ws.case_view.current_tab == Tab.PEOPLE
    d.wait_until(lambda: ws.case_view.people.selected() == second)


def test_lock_button_is_in_the_toolbar_with_ctrl_l(
    vault: VaultInfo, make_driver: Callable[..., Driver]
) -> None:
    d = make_driver(vault.root)
    d.unlock(vault.passphrase)
    action = d.window.lock_action
    assert action in d.window.toolbar.actions()
    assert action.shortcut().toString() == "Ctrl+L"
    button = d.window.toolbar.widgetForAction(action)
    assert button is not None
    assert button.isVisible()
    button.click()
    d.wait_until(lambda: not d.window.is_unlocked)
