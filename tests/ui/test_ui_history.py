"""History from the op-log, conflicts marked and resolved side by side; language switching."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPlainTextEdit

from casebook.crypto.kdf import KdfPolicy
from casebook.service import CaseService
from casebook.ui.settings_dialog import SettingsDialog
from casebook.ui.workspace.case_view import Tab
from casebook.ui.workspace.conflict_dialog import ConflictDialog
from casebook.vault import unlock

from .driver import Driver, VaultInfo, make_conflict


def test_conflict_is_marked_and_resolved_side_by_side(
    vault: VaultInfo, make_driver: Callable[..., Driver], policy: KdfPolicy
) -> None:
    svc = CaseService(unlock(vault.root, vault.passphrase, policy=policy))
    case_id = svc.records.add_case("Conflicted", jurisdiction="Mine")
    make_conflict(svc, case_id, "jurisdiction", "Theirs")
    svc.lock()

    d = make_driver(vault.root)
    d.unlock(vault.passphrase)
    ws = d.workspace
    d.wait_until(lambda: ws.cases.model.rowCount() == 1)
    assert ws.cases.model.rows[0].conflicted
    ws.cases.table.selectRow(0)
    overview = ws.case_view.overview
    d.wait_until(lambda: overview.form.record is not None)
    assert overview.form.conflict_banner.isVisible()

    d.show_tab(Tab.HISTORY)
    history = ws.case_view.history
    d.wait_until(lambda: history.conflicts.count() == 1)
    assert any(r.conflicted for r in history.model.rows)
    assert {r.author_is_me for r in history.model.rows} == {True, False}
    QTest.mouseClick(history.resolve_button, Qt.MouseButton.LeftButton)
    dialog = d.dialog(ConflictDialog)
    assert len(dialog.keep_buttons) == 2
    shown = sorted(t.toPlainText() for t in dialog.findChildren(QPlainTextEdit))
    assert shown == ["Mine", "Theirs"]
    mine = next(
        i
        for i, v in enumerate(dialog._conflict.values)  # noqa: SLF001
        if v.value == "Mine"
    )
    QTest.mouseClick(dialog.keep_buttons[mine], Qt.MouseButton.LeftButton)
    d.wait_until(lambda: history.conflicts.count() == 0)
    d.show_tab(Tab.OVERVIEW)
    d.wait_until(lambda: not overview.form.conflict_banner.isVisible())
    assert overview.form.editors["jurisdiction"].text() == "Mine"  # type: ignore[attr-defined]


def test_switching_language_keeps_place_and_typing(
    vault: VaultInfo, make_driver: Callable[..., Driver]
) -> None:
    d = make_driver(vault.root)
    d.unlock(vault.passphrase)
    d.add_case("Language case")
    d.new_interview()
    d.type_segment("half typed", enter=False)
    d.window.on_settings_action_triggered()
    dialog = d.dialog(SettingsDialog)
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))
    dialog.on_language_activated(dialog.language.currentIndex())
    d.wait_until(lambda: dialog.windowTitle() == "Настройки")  # LanguageChange is posted
    ws = d.workspace
    assert ws.case_view.tabs.tabText(int(Tab.INTERVIEWS)) == "&Интервью"
    assert ws.case_view.current_tab == Tab.INTERVIEWS
    notes = ws.case_view.interviews.notes
    d.wait_until(lambda: notes.editor.toPlainText() == "half typed")
    assert d.window.lock_action.text() == "&Заблокировать"
    assert d.ctx.preferences.current.language == "ru"
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.on_language_activated(dialog.language.currentIndex())
    assert d.window.lock_action.text() == "&Lock now"
