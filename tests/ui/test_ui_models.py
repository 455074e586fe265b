"""Every model passes Qt's model tester; the case list pages in with fetchMore."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QTableView

from casebook.crypto.kdf import KdfPolicy
from casebook.domain.records import CaseRow
from casebook.service import CaseService
from casebook.service.demo import populate
from casebook.ui.models import case_list as case_list_mod
from casebook.ui.models.attachments import AttachmentsModel, load_attachments
from casebook.ui.models.base import ID_ROLE
from casebook.ui.models.case_list import CaseColumn, CaseListModel, TitleFilterProxy
from casebook.ui.models.events import EventsModel, load_events
from casebook.ui.models.history import HistoryModel, load_history
from casebook.ui.models.interviews import InterviewsModel, load_interviews
from casebook.ui.models.people import PeopleModel, load_people
from casebook.ui.models.search import SearchModel
from casebook.ui.models.segments import SegmentsModel, load_segments
from casebook.ui.tasks import TaskRunner
from casebook.ui.worker import StoreClient
from casebook.vault import create_vault

from .driver import make_conflict


@pytest.fixture
def demo(tmp_path: Path, policy: KdfPolicy) -> Iterator[CaseService]:
    svc = CaseService(
        create_vault(tmp_path / "demo", "correct horse battery staple", policy=policy).session
    )
    populate(svc)
    yield svc
    svc.lock()


def _first_case(svc: CaseService) -> bytes:
    return next(r.id for r in svc.reading.list_cases() if "Примеров" in r.title)


def test_record_models_pass_the_model_tester(
    qapp: Any, qtmodeltester: Any, demo: CaseService
) -> None:
    case_id = _first_case(demo)
    people = PeopleModel("ru")
    people.set_rows(load_people(demo, case_id))
    events = EventsModel("en")
    events.set_rows(load_events(demo, case_id))
    interviews = InterviewsModel()
    interviews.set_rows(load_interviews(demo, case_id))
    segments = SegmentsModel()
    segments.set_rows(load_segments(demo, case_id, interviews.rows[0].id, "ru"))
    attachments = AttachmentsModel()
    attachments.set_rows(load_attachments(demo, case_id))
    make_conflict(demo, case_id, "title", "Другое название")
    history = HistoryModel("ru")
    history.set_history(load_history(demo, case_id, "ru"))
    search = SearchModel()
    search.set_rows(demo.reading.search("задержание"))
    for model, rows in (
        (people, 4),
        (events, 4),
        (interviews, 1),
        (segments, 4),
        (attachments, 1),
        (history, None),
        (search, None),
    ):
        if rows is not None:
            assert model.rowCount() == rows
        assert model.rowCount() > 0
        qtmodeltester.check(model, force_py=True)
        qtmodeltester.check(model)
    assert any(r.conflicted for r in history.rows)
    assert events.rows[0].date <= events.rows[-1].date  # by date
    assert segments.rows[0].links  # linked to an event
    assert people.data(people.index(0, 1)) == "Пострадавший"  # vocabulary label, in Russian


def _rows(n: int) -> list[CaseRow]:
    return [
        CaseRow(i.to_bytes(16, "big"), f"Case {i}", "open", 1000 - i, i % 7 == 0, (n - i, b"x"))
        for i in range(n)
    ]


class FakeStore:
    """Answers pages later, when told to (as the store thread would)."""

    def __init__(self, rows: list[CaseRow]) -> None:
        self.rows = rows
        self.asked: list[tuple[Any, int, Callable[[Any], None]]] = []

    def fetch(self, cursor: Any, limit: int, on_page: Callable[[Any], None]) -> None:
        self.asked.append((cursor, limit, on_page))

    def answer(self) -> None:
        cursor, limit, on_page = self.asked.pop(0)
        start = (
            0
            if cursor is None
            else next(i + 1 for i, r in enumerate(self.rows) if r.cursor == cursor)
        )
        on_page(self.rows[start : start + limit])


def test_case_list_pages_in_without_waiting(qapp: Any, qtmodeltester: Any) -> None:
    store = FakeStore(_rows(45))
    model = CaseListModel(store.fetch, "en", page_size=20)
    assert model.rowCount() == 0
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert not model.canFetchMore(QModelIndex())  # one page on its way: ask once
    model.fetchMore(QModelIndex())
    assert len(store.asked) == 1
    store.answer()
    assert model.rowCount() == 20
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(model)  # the testers may fetch more, which the fake answers below
    while store.asked:
        store.answer()
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
        store.answer()
    assert model.rowCount() == 45
    assert model.exhausted
    assert [r.title for r in model.rows] == [f"Case {i}" for i in range(45)]
    assert model.data(model.index(0, CaseColumn.STATUS)) == "Open"
    assert model.data(model.index(7, CaseColumn.TITLE), Qt.ItemDataRole.DecorationRole) is not None
    assert model.data(model.index(3, 0), ID_ROLE) == (3).to_bytes(16, "big")


def test_quick_filter_proxy_filters_loaded_titles(qapp: Any, qtmodeltester: Any) -> None:
    store = FakeStore(_rows(45))
    model = CaseListModel(store.fetch, "en", page_size=50)
    model.fetchMore(QModelIndex())
    store.answer()
    proxy = TitleFilterProxy(model)
    proxy.set_text("case 1")
    assert proxy.rowCount() == 11  # Case 1, Case 10 … Case 19
    qtmodeltester.check(proxy)
    model.update_case((12).to_bytes(16, "big"), title="Renamed")
    assert proxy.rowCount() == 10
    proxy.set_text("")
    assert proxy.rowCount() == 45


def test_quick_filter_is_matched_off_the_ui_thread(
    qtbot: Any, qtmodeltester: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(case_list_mod, "_INLINE_BELOW", 0)  # always through the runner
    ran: list[str] = []

    class Pool:
        """Runs jobs at once, and says on which thread (the real one is a QThreadPool)."""

        def start(self, fn: Callable[[], None]) -> None:
            ran.append(threading.current_thread().name)
            threading.Thread(target=fn, name="pool").start()

    store = FakeStore(_rows(45))
    model = CaseListModel(store.fetch, "en", page_size=20)
    model.fetchMore(QModelIndex())
    store.answer()
    proxy = TitleFilterProxy(model, runner=TaskRunner(Pool()))
    with qtbot.waitSignal(proxy.filtered):
        proxy.set_text("CASE 1")
        assert proxy.busy
        model.fetchMore(QModelIndex())  # a page lands while the titles are being matched
        store.answer()
    assert not proxy.busy
    assert ran  # matched by the pool, not here
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == [
        f"Case {i}" for i in (1, *range(10, 20))
    ]
    qtmodeltester.check(proxy, force_py=True)
    model.fetchMore(QModelIndex())  # later pages are matched as they come
    store.answer()
    assert proxy.rowCount() == 11
    model.update_case((3).to_bytes(16, "big"), title="Case 100")  # renamed into the filter
    assert [proxy.mapToSource(proxy.index(r, 0)).row() for r in range(3)] == [1, 3, 10]
    assert not proxy.mapFromSource(model.index(2, 0)).isValid()
    assert proxy.mapFromSource(model.index(3, 1)).row() == 1
    with qtbot.waitSignal(proxy.filtered):  # a newer text wins over one still running
        proxy.set_text("case 4")
        proxy.set_text("case 2")
    assert proxy.rowCount() == 11
    qtbot.waitUntil(lambda: not proxy.busy)
    assert proxy.rowCount() == 11
    model.reload()  # the status filter changed: the filtered list starts empty again
    assert proxy.rowCount() == 0
    store.answer()
    assert proxy.rowCount() == 1  # Case 2, of the first 20 rows
    with qtbot.waitSignal(proxy.filtered):
        proxy.set_text("")
    assert proxy.rowCount() == model.rowCount() == 20
    qtmodeltester.check(proxy, force_py=True)


def test_case_list_ignores_pages_for_a_list_since_reloaded() -> None:
    store = FakeStore(_rows(30))
    model = CaseListModel(store.fetch, "en", page_size=10)
    model.fetchMore(QModelIndex())
    model.reload()  # e.g. the status filter changed while the first page was on its way
    store.answer()  # the stale page
    assert model.rowCount() == 0
    store.answer()
    assert model.rowCount() == 10


def test_case_list_stops_on_error_and_reports_it(qtbot: Any) -> None:
    store = FakeStore(_rows(30))
    model = CaseListModel(store.fetch, "en", page_size=10)
    model.fetchMore(QModelIndex())
    with qtbot.waitSignal(model.page_failed):
        store.asked.pop(0)[2](RuntimeError("boom"))
    assert not model.canFetchMore(QModelIndex())


def test_case_list_scrolls_through_the_store_thread(
    qtbot: Any, tmp_path: Path, policy: KdfPolicy
) -> None:
    svc = CaseService(
        create_vault(tmp_path / "v", "correct horse battery staple", policy=policy).session
    )
    for i in range(35):
        svc.records.add_case(f"Case {i:02d}")
    client = StoreClient(svc)

    def fetch(cursor: Any, limit: int, on_page: Callable[[Any], None]) -> None:
        client.call(lambda s: s.reading.list_cases(limit=limit, before=cursor), on_page, None)

    model = CaseListModel(fetch, "en", page_size=10)
    view = QTableView()
    view.resize(400, 200)
    view.setModel(model)
    view.show()
    qtbot.waitUntil(lambda: model.rowCount() >= 10)
    for _ in range(10):
        view.scrollToBottom()
        qtbot.wait(20)
        if model.exhausted:
            break
    qtbot.waitUntil(lambda: model.exhausted and model.rowCount() == 35)
    assert model.rows[0].title == "Case 34"  # newest change first
    view.close()
    client.join()
    assert client.is_closed
