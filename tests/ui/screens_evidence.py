"""The screens of dates, search, interviews and evidence (issue 12), for the screenshot test at
a laptop's 1366×768 and at 1280×800: a date read as it is typed, a deadline that cannot be read
and what the lock and unlock screens say of it, an interview's language and interviewer,
search by what happened, the Attachments table and its details, a Windows-1251 text and a
phone photo in the viewer, Qt's file dialog and the Export wizard's folder."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QLinearGradient, QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QLineEdit,
    QListView,
    QWidget,
)

from casebook.crypto.kdf import KdfPolicy
from casebook.domain.labels import colleague_ref
from casebook.service import CaseService
from casebook.ui.search.search_dialog import SearchDialog
from casebook.ui.viewer.viewer_dialog import ViewerDialog
from casebook.ui.workspace.case_view import Tab
from casebook.ui.workspace.date_field import DateLine
from casebook.ui.workspace.deadlines import DeadlinesEditor
from casebook.vault import create_vault

from .driver import Driver, type_text

PASSPHRASE = "correct horse battery staple"
SCREENS = (
    "date-reading",
    "deadline-unreadable",
    "locked-unsaved",
    "unlocked-unsaved",
    "interview-choices",
    "search-what-happened",
    "attachments-details",
    "viewer-text-encoding",
    "viewer-photo",
    "file-dialog",
    "export-folder",
)
EXPLANATION = (
    "Объяснение\n\nЯ, Условный Иван Иванович (вымышленный), 5 марта 2024 года около 7 утра был "
    "задержан у подъезда своего дома сотрудниками ОВД «Условный». Протокол составили только "
    "вечером, телефон изъяли без понятых. С протоколом не согласен.\n"
)


def photo(path: Path) -> None:
    """A 4000×3000 "phone photo" of a fictional street: sky, a building, a car."""
    image = QImage(4000, 3000, QImage.Format.Format_RGB32)
    p = QPainter(image)
    sky = QLinearGradient(QPointF(0, 0), QPointF(0, 1800))
    sky.setColorAt(0, QColor("#7fa7d6"))
    sky.setColorAt(1, QColor("#dfe9f3"))
    p.fillRect(QRectF(0, 0, 4000, 1800), sky)
    p.fillRect(QRectF(0, 1800, 4000, 1200), QColor("#6b6b6b"))
    p.fillRect(QRectF(600, 500, 1700, 1400), QColor("#b9a58c"))
    for x in range(700, 2200, 300):
        for y in range(600, 1700, 350):
            p.fillRect(QRectF(x, y, 180, 240), QColor("#2f4a66"))
    p.setBrush(QColor("#23395b"))
    p.setPen(Qt.PenStyle.NoPen)
    p.drawRoundedRect(QRectF(2500, 1900, 1100, 420), 80, 80)
    p.setPen(QColor("white"))
    font = QFont()
    font.setPixelSize(90)
    p.setFont(font)
    p.drawText(QPointF(120, 2900), "05.03.2024 07:12 (вымышленное фото)")
    p.end()
    assert image.save(str(path), "JPEG", 80)


def evidence_vault(root: Path, files: Path, policy: KdfPolicy) -> None:
    """A case with a person, an event, an interview, a colleague and four attachments, locked."""
    files.mkdir(parents=True, exist_ok=True)
    (files / "объяснение Условного.txt").write_bytes(EXPLANATION.encode("cp1251"))
    photo(files / "IMG_20240305_071204.jpg")
    (files / "протокол задержания.pdf").write_bytes(
        b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n"
        b"trailer<</Root 1 0 R>>\n%%EOF\n"
    )
    (files / "запись разговора.m4a").write_bytes(b"\0\0\0 ftypM4A " + bytes(91 - 12))
    anna = CaseService(
        create_vault(root.parent / f"{root.name}-anna", PASSPHRASE, policy=policy).session
    )
    svc = CaseService(create_vault(root, PASSPHRASE, policy=policy).session)
    try:
        peer = svc.peers.add(anna.peers.my_card().encode(), "Анна Смирнова")
        case = svc.records.add_case("Дело Условного (вымышленное)", "Задержание у подъезда")
        person = svc.records.add_person(case, "Условный Иван", "victim")
        svc.records.add_event(case, "detention", "~2024-03-05", place="ОВД «Условный»")
        svc.records.add_event(case, "search", "2024-03-05", place="квартира Условного")
        interview = svc.records.add_interview(case, person, place="офис")
        svc.records.set_field(interview, "language", "ce")
        svc.records.set_field(interview, "interviewer", colleague_ref(peer.identity))
        svc.records.set_field(interview, "interpreter", "Условная Мадина (вымышленная)")
        for name in sorted(p.name for p in files.iterdir()):
            svc.attachments.attach(case, files / name)
    finally:
        svc.lock()
        anna.lock()


def evidence_tour(
    make_driver: Callable[..., Driver],
    tmp_path: Path,
    policy: KdfPolicy,
    language: str,
    screen: QRect,
) -> Iterator[tuple[str, QWidget]]:
    """Go to each screen of SCREENS in turn, the window fitted to `screen`."""
    root = tmp_path / f"evidence-{language}"
    files = tmp_path / f"files-{language}"
    evidence_vault(root, files, policy)
    d = make_driver(root, language=language, screen=screen)
    d.unlock(PASSPHRASE)
    ws = d.workspace
    d.wait_until(lambda: ws.cases.model.rowCount() == 1)
    ws.cases.table.selectRow(0)
    d.wait_until(lambda: ws.case_view.overview.form.record is not None)

    # A date read as it is typed.
    d.show_tab(Tab.EVENTS)
    events = ws.case_view.events
    d.wait_until(lambda: events.model.rowCount() == 2)
    events.table.selectRow(1)
    d.wait_until(lambda: events.form.record is not None)
    line = events.form.editors["date"]
    assert isinstance(line, DateLine)
    kept = line.text()
    line.selectAll()
    d.type_into(line, "ок. 5.3.2024")
    assert line.note.isVisible()
    yield "date-reading", d.window
    line.setText(kept)
    line.editingFinished.emit()
    d.settle()

    # A deadline that cannot be read: marked, and said under the table.
    d.show_tab(Tab.OVERVIEW)
    form = ws.case_view.overview.form
    deadlines = form.editors["deadlines"]
    assert isinstance(deadlines, DeadlinesEditor)
    for date, what in (("14.05.2027", "Апелляционная жалоба"), ("31.06.2027", "Жалоба в ЕСПЧ")):
        QTest.mouseClick(deadlines.add_button, Qt.MouseButton.LeftButton)
        row = deadlines.table.rowCount() - 1
        for column, text in ((0, date), (1, what)):
            if column:
                deadlines.table.setCurrentCell(row, column)
                d.wait_until(
                    lambda: deadlines.table.state() == QAbstractItemView.State.EditingState
                )
            cell = QApplication.focusWidget()
            assert isinstance(cell, QLineEdit)
            type_text(cell, text)
            QTest.keyClick(cell, Qt.Key.Key_Return)
            d.wait_until(lambda: deadlines.table.state() != QAbstractItemView.State.EditingState)
    d.wait_until(deadlines.note.isVisible)
    yield "deadline-unreadable", d.window

    # Locked with it: the lock screen says so, without a word of the case; unlocked: it is back.
    d.lock()
    yield "locked-unsaved", d.window
    d.unlock(PASSPHRASE)
    ws = d.workspace
    deadlines = ws.case_view.overview.form.editors["deadlines"]
    assert isinstance(deadlines, DeadlinesEditor)
    d.wait_until(lambda: deadlines.table.rowCount() == 2 and deadlines.note.isVisible())
    yield "unlocked-unsaved", d.window
    deadlines.table.item(1, 0).setText("30.06.2027")  # corrected
    ws.case_view.overview.form.flush()
    d.settle()

    # An interview's language and interviewer, chosen from lists.
    d.show_tab(Tab.INTERVIEWS)
    interviews = ws.case_view.interviews
    d.wait_until(lambda: interviews.form.record is not None)
    yield "interview-choices", d.window

    # Search by what happened.
    d.window.on_search_action_triggered()
    search = d.dialog(SearchDialog)
    search.search_now("задерж" if language == "ru" else "detention")
    d.wait_until(lambda: search.model.rowCount() > 0)
    search.results.selectRow(0)
    yield "search-what-happened", search
    search.close()

    # The Attachments table, and the chosen file's details with its SHA-256.
    d.show_tab(Tab.ATTACHMENTS)
    attachments = ws.case_view.attachments
    d.wait_until(lambda: attachments.model.rowCount() == 4)
    names = [r.name for r in attachments.model.rows]
    attachments.table.selectRow(names.index("объяснение Условного.txt"))
    d.wait_until(attachments.details.isVisible)
    d.settle()
    yield "attachments-details", d.window

    # The viewer: a Windows-1251 text, then a 4000×3000 photo, whole.
    QTest.mouseClick(attachments.view_button, Qt.MouseButton.LeftButton)
    viewer = d.dialog(ViewerDialog)
    d.wait_until(lambda: viewer.kind == "text")
    yield "viewer-text-encoding", viewer
    viewer.close()
    attachments.table.selectRow(names.index("IMG_20240305_071204.jpg"))
    QTest.mouseClick(attachments.view_button, Qt.MouseButton.LeftButton)
    viewer = d.dialog(ViewerDialog)
    d.wait_until(lambda: viewer.kind == "image")
    yield "viewer-photo", viewer
    viewer.close()

    # Qt's file dialog, in the interface language.
    QTest.mouseClick(attachments.add_button, Qt.MouseButton.LeftButton)
    dialog = d.dialog(QFileDialog)
    dialog.setDirectory(str(files))
    listing = next(v for v in dialog.findChildren(QListView) if v.objectName() == "listView")
    d.wait_until(
        lambda: listing.model().rowCount(listing.rootIndex()) == 4
    )  # read in the background
    yield "file-dialog", dialog
    dialog.reject()

    # The Export wizard's folder: "Folder:", not "&Folder:".
    wizard = d.export_bundle_start()
    d.wizard_next(wizard)
    d.tick(wizard.recipients_page.list, "Анна")
    wizard.recipients_page.confirm.setChecked(True)
    d.wizard_next(wizard)
    d.type_into(wizard.destination_page.folder, str(files))
    yield "export-folder", wizard
    wizard.reject()
