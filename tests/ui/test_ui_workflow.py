"""Workflow 2: add a case, a person, an event and an interview, type segments, attach a file and
view it. Workflow 3: search across cases and open a hit."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QMessageBox, QPlainTextEdit

from casebook.service import CaseService
from casebook.ui.search.search_dialog import SearchDialog, split_marks
from casebook.ui.tables import selected_id
from casebook.ui.viewer.viewer_dialog import ViewerDialog
from casebook.ui.workspace.case_view import Tab
from casebook.ui.workspace.link_dialog import LinkDialog
from casebook.vault import unlock

from .driver import Driver, VaultInfo

MINIMAL_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)


def test_case_person_event_interview_segments_and_attachment(
    vault: VaultInfo, tmp_path: Path, make_driver: Callable[..., Driver]
) -> None:
    d = make_driver(vault.root)
    d.unlock(vault.passphrase)
    case_id = d.add_case("Дело Петрова")
    ws = d.workspace

    # Overview: typed, saved without a Save button.
    form = ws.case_view.overview.form
    d.type_into(form.editors["jurisdiction"], "Moscow")
    d.type_into(form.editors["summary"], "Detained after a post.")
    form.flush()

    d.add_person("Пётр Петров", "Victim")
    d.add_person("Anna Witness", "Witness")
    d.add_event("Detention", "~2024-03-05")
    events = ws.case_view.events
    assert events.model.rows[0].date == "~2024-03-05"
    # Tick a participant of the event.
    d.wait_until(lambda: events.participants.count() == 2)
    item = events.participants.item(0)
    item.setCheckState(Qt.CheckState.Checked)
    d.settle()
    d.wait_until(lambda: len(events.model.rows[0].participants) == 1)

    d.new_interview()
    d.type_segment("He was taken at 6 am.")
    d.type_segment("Phone seized without a record.")
    notes = ws.case_view.interviews.notes
    assert [r.text for r in notes.model.rows] == [
        "He was taken at 6 am.",
        "Phone seized without a record.",
    ]
    # Shift+Enter breaks a line instead of sending.
    d.type_into(notes.editor, "line one")
    QTest.keyClick(notes.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    d.type_into(notes.editor, "line two")
    QTest.keyClick(notes.editor, Qt.Key.Key_Return)
    d.wait_until(lambda: notes.model.rowCount() == 3)
    assert notes.model.rows[2].text == "line one\nline two"
    assert notes.editor.toPlainText() == ""

    # Link a segment to the person and the event.
    notes.segments.selectRow(0)
    QTest.mouseClick(notes.link_button, Qt.MouseButton.LeftButton)
    dialog = d.dialog(LinkDialog)
    d.wait_until(lambda: dialog.list.count() == 3)
    dialog.list.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.list.item(2).setCheckState(Qt.CheckState.Checked)
    d.settle()
    dialog.close()
    d.wait_until(lambda: len(notes.model.rows[0].links) == 2)
    assert "Пётр Петров" in notes.model.rows[0].links[0][2] + notes.model.rows[0].links[1][2]

    # Attach an image and view it in the app.
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#3366cc"))
    png = tmp_path / "photo.png"
    image.save(str(png))
    d.attach(png)
    text = tmp_path / "statement.txt"
    text.write_text("Заявление: меня задержали.", encoding="utf-8")
    d.attach(text)
    pdf = tmp_path / "ruling.pdf"
    pdf.write_bytes(MINIMAL_PDF)
    d.attach(pdf)
    tab = ws.case_view.attachments
    assert {r.name for r in tab.model.rows} == {"photo.png", "statement.txt", "ruling.pdf"}
    for name, kind in (("photo.png", "image"), ("statement.txt", "text"), ("ruling.pdf", "pdf")):
        tab.select(next(r.id for r in tab.model.rows if r.name == name))
        QTest.mouseClick(tab.view_button, Qt.MouseButton.LeftButton)
        viewer = d.dialog(ViewerDialog)
        d.wait_until(lambda v=viewer: v.kind != "")
        assert viewer.kind == kind
        if kind == "text":
            shown = viewer.findChildren(QPlainTextEdit)[0].toPlainText()
            assert shown == "Заявление: меня задержали."
        viewer.close()
        d.wait_until(lambda: not d.window.findChildren(ViewerDialog))

    d.settle()
    d.close()
    # Everything typed reached the vault.
    svc = CaseService(unlock(vault.root, vault.passphrase, policy=d.ctx.window._policy))  # noqa: SLF001
    try:
        case = svc.reading.get(case_id)
        assert case.get("jurisdiction") == "Moscow"
        assert case.get("summary") == "Detained after a post."
        assert {p.get("name") for p in svc.reading.children(case_id, "person")} == {
            "Пётр Петров",
            "Anna Witness",
        }
        assert len(svc.reading.children(case_id, "attachment")) == 3
    finally:
        svc.lock()


def test_search_finds_a_segment_and_opens_its_interview(
    vault: VaultInfo, make_driver: Callable[..., Driver]
) -> None:
    d = make_driver(vault.root)
    d.unlock(vault.passphrase)
    d.add_case("Other case")
    d.add_case("Case with notes")
    d.new_interview()
    interview_id = d.workspace.case_view.interviews.selected()
    d.type_segment("The officer said zebracrossing twice.")
    # Go elsewhere first, so that opening the hit has to navigate.
    d.workspace.cases.table.selectRow(1)
    d.settle()
    d.show_tab(Tab.OVERVIEW)

    d.shortcut(Qt.Key.Key_F)
    search = d.dialog(SearchDialog)
    assert search.query.hasFocus() or not search.isActiveWindow()
    search.query.setFocus()
    d.type_into(search.query, "zebracross")
    d.wait_until(lambda: search.model.rowCount() == 1)
    hit = search.model.rows[0]
    assert hit.kind == "segment"
    assert hit.case_title == "Case with notes"
    assert ("zebracrossing", True) in split_marks(hit.snippet)
    QTest.keyClick(search.query, Qt.Key.Key_Return)  # into the results
    QTest.keyClick(search.results, Qt.Key.Key_Return)  # open the hit
    ws = d.workspace
    d.wait_until(lambda: ws.case_view.current_tab == Tab.INTERVIEWS)
    d.wait_until(lambda: ws.case_view.interviews.selected() == interview_id)
    d.wait_until(lambda: ws.case_view.interviews.notes.model.rowCount() == 1)
    assert not any(s.isVisible() for s in d.window.findChildren(SearchDialog))


def test_export_warns_first_and_writes_only_where_chosen(
    vault: VaultInfo, tmp_path: Path, make_driver: Callable[..., Driver]
) -> None:
    d = make_driver(vault.root)
    d.unlock(vault.passphrase)
    d.add_case("Export case")
    src = tmp_path / "in.txt"
    src.write_text("export me", encoding="utf-8")
    d.attach(src)
    tab = d.workspace.case_view.attachments
    tab.table.selectRow(0)
    QTest.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    box = d.dialog(QMessageBox)
    assert "not encrypted" in box.text()
    box.reject()  # Cancel: nothing written
    d.wait_until(lambda: not box.isVisible())
    dest = tmp_path / "out" / "copy.txt"
    dest.parent.mkdir()
    tab.export_to(tab.model.rows[0], dest)
    d.wait_until(lambda: dest.exists() and not tab.busy)
    assert dest.read_text(encoding="utf-8") == "export me"
    assert "not encrypted" in tab.message.text()


def test_quick_filter_and_status_filter(
    vault: VaultInfo, make_driver: Callable[..., Driver]
) -> None:
    svc = CaseService(
        unlock(
            vault.root,
            vault.passphrase,
            policy=__import__(
                "casebook.crypto.kdf", fromlist=["KdfPolicy"]
            ).KdfPolicy.insecure_for_tests(),
        )
    )
    for i in range(5):
        svc.records.add_case(f"Alpha {i}", status="open")
    svc.records.add_case("Beta closed", status="closed")
    svc.lock()
    d = make_driver(vault.root)
    d.unlock(vault.passphrase)
    panel = d.workspace.cases
    d.wait_until(lambda: panel.model.rowCount() == 6)
    d.wait_until(lambda: panel.count.text() == "6 cases")
    d.type_into(panel.quick, "BETA")
    d.wait_until(lambda: panel.proxy.rowCount() == 1)  # once typing pauses
    panel.quick.clear()
    d.wait_until(lambda: panel.proxy.rowCount() == 6)
    # The open case stays selected through a filter that still shows it.
    alpha = next(r.id for r in panel.model.rows if r.title == "Alpha 2")
    panel.table.selectRow(next(i for i in range(6) if panel.row_id(i) == alpha))
    d.wait_until(lambda: d.workspace.case_view.case_id == alpha)
    d.type_into(panel.quick, "alpha")
    d.wait_until(lambda: panel.proxy.rowCount() == 5)
    assert selected_id(panel.table) == alpha
    assert d.workspace.case_view.case_id == alpha
    panel.quick.clear()
    d.wait_until(lambda: panel.proxy.rowCount() == 6)
    assert selected_id(panel.table) == alpha
    panel.status_filter.setCurrentIndex(panel.status_filter.findData("closed"))
    d.wait_until(lambda: panel.model.rowCount() == 1 and panel.count.text() == "1 case")
    assert panel.model.rows[0].title == "Beta closed"
    assert isinstance(panel.quick, QLineEdit)
