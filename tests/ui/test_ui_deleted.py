"""Correcting mistakes in the real window (issue 12): every kind of record is deleted after a
question (Enter keeps) and restored from Deleted items…; a note is corrected with its old text in
History; removing a deadline asks first and can be undone too."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QPushButton

from casebook.ui.workspace.case_view import Tab
from casebook.ui.workspace.deleted_dialog import DeletedDialog
from casebook.ui.workspace.edit_note_dialog import EditNoteDialog

from .driver import Driver, VaultInfo


def answer(d: Driver, choice: str) -> str:
    """Wait for the question, click `choice` ("Delete" or "Keep"); return the question."""
    box = d.dialog(QMessageBox)
    default = box.defaultButton()
    assert default is not None
    assert default.text() == "Keep"  # Enter keeps
    text = box.text()
    button = next(b for b in box.buttons() if b.text() == choice)
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    d.wait_until(lambda: not box.isVisible())
    d.settle()
    return text


def click(d: Driver, button: QPushButton) -> None:
    assert button.isEnabled(), button.text()
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def open_deleted(d: Driver) -> DeletedDialog:
    d.window.deleted_items_action.trigger()
    dialog = d.dialog(DeletedDialog)
    d.wait_until(lambda: dialog.loaded)
    return dialog


def test_every_record_is_deleted_after_a_question_and_restored(
    vault: VaultInfo, make_driver: Callable[..., Driver], tmp_path: Path
) -> None:
    d = make_driver(vault.root)
    d.unlock(vault.passphrase)
    d.add_case("Дело Иванова")
    d.add_person("Иван Иванов")
    d.add_event("Detention", "2024-03-05")
    d.new_interview()
    d.type_segment("Задержали утром")
    scan = tmp_path / "протокол.txt"
    scan.write_text("протокол задержания")
    d.attach(scan)
    view = d.workspace.case_view

    d.show_tab(Tab.ATTACHMENTS)
    view.attachments.table.selectRow(0)
    click(d, view.attachments.delete_button)
    assert answer(d, "Keep").endswith("Cases → Deleted items… brings it back.")
    assert view.attachments.model.rowCount() == 1
    click(d, view.attachments.delete_button)
    answer(d, "Delete")
    d.wait_until(lambda: view.attachments.model.rowCount() == 0)

    d.show_tab(Tab.INTERVIEWS)
    notes = view.interviews.notes
    notes.segments.selectRow(0)
    click(d, notes.delete_button)
    answer(d, "Delete")
    d.wait_until(lambda: notes.model.rowCount() == 0)
    view.interviews.table.selectRow(0)
    click(d, view.interviews.delete_button)
    answer(d, "Delete")
    d.wait_until(lambda: view.interviews.model.rowCount() == 0)

    d.show_tab(Tab.EVENTS)
    view.events.table.selectRow(0)
    click(d, view.events.delete_button)
    answer(d, "Delete")
    d.wait_until(lambda: view.events.model.rowCount() == 0)
    d.show_tab(Tab.PEOPLE)
    view.people.table.selectRow(0)
    click(d, view.people.delete_button)
    answer(d, "Delete")
    d.wait_until(lambda: view.people.model.rowCount() == 0)

    dialog = open_deleted(d)
    kinds = sorted(row.kind for row in dialog.model.rows)
    assert kinds == ["attachment", "event", "interview", "person", "segment"]
    assert "Иван Иванов" in [row.label for row in dialog.model.rows]
    while dialog.model.rowCount():
        before = dialog.model.rowCount()
        dialog.table.selectRow(0)
        click(d, dialog.restore_button)
        d.wait_until(lambda b=before: dialog.model.rowCount() == b - 1)
    assert dialog.empty.isVisible()
    dialog.close()
    d.settle()
    d.show_tab(Tab.PEOPLE)
    d.wait_until(lambda: view.people.model.rowCount() == 1)
    d.show_tab(Tab.ATTACHMENTS)
    d.wait_until(lambda: view.attachments.model.rowCount() == 1)
    d.show_tab(Tab.INTERVIEWS)
    d.wait_until(lambda: view.interviews.model.rowCount() == 1)
    d.wait_until(lambda: view.interviews.notes.model.rowCount() == 1)
    assert view.interviews.notes.model.rows[0].text == "Задержали утром"


def test_a_note_is_corrected_and_history_keeps_the_old_text(
    vault: VaultInfo, make_driver: Callable[..., Driver]
) -> None:
    d = make_driver(vault.root)
    d.unlock(vault.passphrase)
    d.add_case("Дело")
    d.new_interview()
    d.type_segment("Задержали 6 марта")
    notes = d.workspace.case_view.interviews.notes
    notes.segments.selectRow(0)
    written = notes.model.rows[0].written_ms
    click(d, notes.edit_button)
    dialog = d.dialog(EditNoteDialog)
    assert "earlier text" in dialog.keeps.text()
    assert not dialog.save_button.isEnabled()  # nothing changed yet
    dialog.editor.selectAll()
    d.type_into(dialog.editor, "Задержали 5 марта")
    assert dialog.editor.toPlainText() == "Задержали 5 марта"
    click(d, dialog.save_button)
    d.wait_until(lambda: notes.model.rows[0].text == "Задержали 5 марта")
    assert notes.model.rows[0].written_ms == written
    d.show_tab(Tab.HISTORY)
    history = d.workspace.case_view.history
    d.wait_until(lambda: history.model.rowCount() > 0)
    values = [
        str(history.model.index(r, c).data())
        for r in range(history.model.rowCount())
        for c in range(history.model.columnCount())
    ]
    assert any("Задержали 6 марта" in v for v in values)
    assert any("Задержали 5 марта" in v for v in values)


def test_removing_a_deadline_asks_and_deleted_items_puts_it_back(
    vault: VaultInfo, make_driver: Callable[..., Driver]
) -> None:
    d = make_driver(vault.root)
    d.unlock(vault.passphrase)
    d.add_case("Дело")
    form = d.workspace.case_view.overview.form
    deadlines = form.editors["deadlines"]
    click(d, deadlines.add_button)  # type: ignore[attr-defined]
    table = deadlines.table  # type: ignore[attr-defined]
    table.item(0, 0).setText("2027-05-14")
    table.item(0, 1).setText("Апелляция")
    form.flush()
    d.settle()
    table.setCurrentCell(0, 1)
    click(d, deadlines.remove_button)  # type: ignore[attr-defined]
    assert "14 May 2027 · Апелляция" in answer(d, "Keep")  # as the table shows it
    assert table.rowCount() == 1
    click(d, deadlines.remove_button)  # type: ignore[attr-defined]
    answer(d, "Delete")
    assert table.rowCount() == 0
    form.flush()
    d.settle()
    dialog = open_deleted(d)
    assert [(r.kind, r.label) for r in dialog.model.rows] == [
        ("deadline", "14 May 2027 · Апелляция")
    ]
    click(d, dialog.restore_button)
    d.wait_until(lambda: dialog.empty.isVisible())
    dialog.close()
    d.wait_until(lambda: table.rowCount() == 1)
    assert table.item(0, 1).text() == "Апелляция"


def test_a_case_is_deleted_from_the_menu_and_restored(
    vault: VaultInfo, make_driver: Callable[..., Driver]
) -> None:
    d = make_driver(vault.root)
    d.unlock(vault.passphrase)
    d.add_case("Дело Петровой")
    cases = d.workspace.cases
    d.wait_until(lambda: cases.model.rowCount() == 1)
    d.window.delete_case_action.trigger()
    assert "«Дело Петровой»" in answer(d, "Delete")
    d.wait_until(lambda: cases.model.rowCount() == 0)
    assert d.workspace.case_view.case_id is None
    dialog = open_deleted(d)
    assert [(r.kind, r.label) for r in dialog.model.rows] == [("case", "Дело Петровой")]
    click(d, dialog.restore_button)
    d.wait_until(lambda: cases.model.rowCount() == 1)
    d.wait_until(lambda: d.workspace.case_view.case_id is not None)
