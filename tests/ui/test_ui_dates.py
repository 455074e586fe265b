"""Dates as lawyers write them, through the real widgets: typed in either form, stored as before,
shown in the interface language; what cannot be read is said at the field and survives a lock."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit

from casebook.ui.search.search_dialog import SearchDialog
from casebook.ui.workspace.case_view import Tab
from casebook.ui.workspace.date_field import DateLine
from casebook.ui.workspace.deadlines import DeadlinesEditor
from casebook.ui.workspace.quick_add import QuickAddDialog

from .driver import Driver, VaultInfo, type_text


def type_deadline(d: Driver, editor: DeadlinesEditor, date: str, what: str) -> None:
    """Add deadline, type the date into the cell, Enter; then the same for what is due."""
    d.wait_until(editor.isEnabled)
    d.activate()
    QTest.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    row = editor.table.rowCount() - 1
    for column, text in ((0, date), (1, what)):
        if column:
            editor.table.setCurrentCell(row, column)  # which opens its editor (any trigger)
            d.wait_until(lambda: editor.table.state() == QAbstractItemView.State.EditingState)
        cell = QApplication.focusWidget()
        assert isinstance(cell, QLineEdit)
        type_text(cell, text)
        QTest.keyClick(cell, Qt.Key.Key_Return)  # the delegate commits it a moment later
        d.wait_until(lambda: editor.table.state() != QAbstractItemView.State.EditingState)


def deadlines_of(d: Driver, case_id: bytes) -> object:
    return d.ask(lambda s: s.reading.get(case_id).get("deadlines"))


def test_a_deadline_typed_as_on_paper_is_saved_and_shown_in_russian(
    vault: VaultInfo, make_driver: Callable[..., Driver]
) -> None:
    d = make_driver(vault.root, language="ru")
    d.unlock(vault.passphrase)
    case_id = d.add_case("Дело Петрова")
    form = d.workspace.case_view.overview.form
    deadlines = form.editors["deadlines"]
    assert isinstance(deadlines, DeadlinesEditor)
    type_deadline(d, deadlines, "14.05.2027", "Подать жалобу")
    form.flush()
    d.settle()
    assert deadlines_of(d, case_id) == [{"date": "2027-05-14", "what": "Подать жалобу"}]
    assert not deadlines.note.isVisible()

    d.lock()
    d.unlock(vault.passphrase)
    form = d.workspace.case_view.overview.form
    d.wait_until(lambda: form.record is not None)
    table = form.editors["deadlines"].table  # type: ignore[attr-defined]
    d.wait_until(lambda: table.rowCount() == 1)
    assert table.item(0, 0).text() == "14.05.2027"
    assert table.item(0, 1).text() == "Подать жалобу"


def test_an_unreadable_deadline_is_said_at_once_and_survives_a_lock(
    vault: VaultInfo, make_driver: Callable[..., Driver]
) -> None:
    d = make_driver(vault.root, language="en")
    d.unlock(vault.passphrase)
    case_id = d.add_case("Petrov")
    form = d.workspace.case_view.overview.form
    deadlines = form.editors["deadlines"]
    assert isinstance(deadlines, DeadlinesEditor)
    type_deadline(d, deadlines, "1 June 2027", "Appeal")
    type_deadline(d, deadlines, "14.13.2027", "Complaint to the ECtHR")
    # At the field, as soon as typing pauses: which deadline, what is wrong.
    d.wait_until(deadlines.note.isVisible)
    assert "Deadline 2" in deadlines.note.text()
    assert "no such day" in deadlines.note.text()
    assert deadlines.table.item(1, 0).toolTip()
    d.settle()
    # The deadline that reads is saved meanwhile; the other stays in the table, marked.
    assert deadlines_of(d, case_id) == [{"date": "2027-06-01", "what": "Appeal"}]
    assert deadlines.table.rowCount() == 2

    d.lock()
    assert "could not be saved" in d.window.banner.text()
    assert "14.13" not in d.window.banner.text()  # nothing of the case on the lock screen
    d.unlock(vault.passphrase)
    form = d.workspace.case_view.overview.form
    deadlines = form.editors["deadlines"]  # type: ignore[assignment]
    d.wait_until(lambda: deadlines.table.rowCount() == 2)
    assert deadlines.table.item(1, 0).text() == "14.13.2027"
    assert deadlines.table.item(1, 1).text() == "Complaint to the ECtHR"
    assert deadlines.note.isVisible()
    banner = d.window.banner.text()
    assert "Not saved before the vault locked" in banner
    assert "Deadlines" in banner
    assert "14.13.2027" in banner
    assert "Petrov" in banner

    # Corrected in its cell, it is saved.
    item = deadlines.table.item(1, 0)
    deadlines.table.setCurrentCell(1, 0)
    deadlines.table.editItem(item)
    cell = QApplication.focusWidget()
    assert isinstance(cell, QLineEdit)
    cell.selectAll()
    type_text(cell, "14.03.2027")
    QTest.keyClick(cell, Qt.Key.Key_Return)
    d.wait_until(lambda: deadlines.table.state() != QAbstractItemView.State.EditingState)
    form.flush()
    d.settle()
    assert deadlines_of(d, case_id) == [
        {"date": "2027-03-14", "what": "Complaint to the ECtHR"},
        {"date": "2027-06-01", "what": "Appeal"},
    ]
    assert not deadlines.note.isVisible()
    assert deadlines.table.item(1, 0).text() == "14 March 2027"
    # Nothing is left to bring back at the next unlock.
    d.lock()
    assert "could not be saved" not in d.window.banner.text()


def test_an_event_date_reads_fuzzy_forms_and_says_at_the_field_what_it_cannot_read(
    vault: VaultInfo, make_driver: Callable[..., Driver]
) -> None:
    d = make_driver(vault.root, language="ru")
    d.unlock(vault.passphrase)
    d.add_case("Дело Петрова")
    d.show_tab(Tab.EVENTS)
    events = d.workspace.case_view.events
    QTest.mouseClick(events.add_button, Qt.MouseButton.LeftButton)
    dialog = d.dialog(QuickAddDialog)
    date = next(w for w in dialog.findChildren(DateLine))
    d.type_into(date, "1–10.03.2024")
    QTest.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    d.wait_until(lambda: events.model.rowCount() == 1)
    d.settle()
    assert events.model.rows[0].date == "2024-03-01/2024-03-10"
    assert events.model.index(0, 0).data() == "01–10.03.2024"

    line = events.form.editors["date"]
    assert isinstance(line, DateLine)
    assert line.text() == "01–10.03.2024"
    line.selectAll()
    d.type_into(line, "ок. 5.3.2024")
    # While typing: how it reads, under the field.
    assert line.note.isVisible()
    assert "около 5 марта 2024" in line.note.text()
    d.wait_until(lambda: events.model.rows and events.model.rows[0].date == "~2024-03-05")
    assert events.model.index(0, 0).data() == "около 5 марта 2024"

    line.selectAll()
    d.type_into(line, "32.03.2024")
    d.wait_until(line.note.isVisible)
    d.wait_until(lambda: "Не сохранено" in line.note.text())
    assert line.note.parentWidget() is line.parentWidget()  # under the field, not the form
    assert not events.form.error.isVisible()
    d.settle()
    assert events.model.rows[0].date == "~2024-03-05"


def test_the_quick_add_refuses_an_unreadable_date_under_its_field(
    vault: VaultInfo, make_driver: Callable[..., Driver]
) -> None:
    d = make_driver(vault.root)
    d.unlock(vault.passphrase)
    d.add_case("Petrov")
    d.show_tab(Tab.EVENTS)
    events = d.workspace.case_view.events
    QTest.mouseClick(events.add_button, Qt.MouseButton.LeftButton)
    dialog = d.dialog(QuickAddDialog)
    date = next(w for w in dialog.findChildren(DateLine))
    d.type_into(date, "5/3/2024")
    QTest.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert date.note.isVisible()
    assert "two different days" in date.note.text()
    assert not dialog.error.isVisible()
    date.selectAll()
    d.type_into(date, "about 5 March 2024")
    QTest.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    d.wait_until(lambda: events.model.rowCount() == 1)
    assert events.model.index(0, 0).data() == "about 5 March 2024"


def test_search_finds_an_event_by_what_happened_and_opens_it(
    vault: VaultInfo, make_driver: Callable[..., Driver]
) -> None:
    """Issue 12: "задерж" found nothing for an event whose type is Detention."""
    d = make_driver(vault.root, language="ru")
    d.unlock(vault.passphrase)
    d.add_case("Дело Петрова")
    d.add_event("Задержание", "05.03.2024")
    event_id = d.workspace.case_view.events.selected()
    d.show_tab(Tab.OVERVIEW)
    for query in ("задерж", "detention"):
        d.shortcut(Qt.Key.Key_F)
        search = d.dialog(SearchDialog)
        search.query.setFocus()
        search.query.clear()
        d.type_into(search.query, query)
        d.wait_until(lambda s=search: s.model.rowCount() == 1)
        hit = search.model.rows[0]
        assert (hit.kind, hit.id) == ("event", event_id)
        QTest.keyClick(search.query, Qt.Key.Key_Return)
        QTest.keyClick(search.results, Qt.Key.Key_Return)
        d.wait_until(lambda: d.workspace.case_view.current_tab == Tab.EVENTS)
        d.wait_until(lambda: d.workspace.case_view.events.selected() == event_id)
        d.show_tab(Tab.OVERVIEW)
