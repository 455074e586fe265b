"""One Enter in the note editor: one durable commit, and the new row appended without a reload."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from casebook.service import CaseService
from casebook.store.store import Store
from casebook.ui.workspace.note_panel import draft_key
from casebook.vault import unlock

from .driver import Driver, VaultInfo


def test_enter_commits_once_and_appends_without_reloading(
    vault: VaultInfo, make_driver: Callable[..., Driver], monkeypatch: pytest.MonkeyPatch
) -> None:
    d = make_driver(vault.root)
    d.unlock(vault.passphrase)
    d.add_case("Дело Петрова")
    d.new_interview()
    notes = d.workspace.case_view.interviews.notes
    d.type_segment("Первый ответ.")
    d.type_into(notes.editor, "Второй ответ, половина")
    notes.flush()  # the draft is in the vault before Enter
    d.settle()

    commits: list[str] = []
    reloads: list[str] = []
    real_transaction = Store.transaction

    def counting(self: Store) -> Any:
        commits.append("tx")
        return real_transaction(self)

    monkeypatch.setattr(Store, "transaction", counting)
    monkeypatch.setattr(notes, "reload", lambda **_kw: reloads.append("reload"))
    before = notes.model.rowCount()
    QTest.keyClick(notes.editor, Qt.Key.Key_Return)
    d.wait_until(lambda: notes.model.rowCount() == before + 1)
    d.settle()
    assert commits == ["tx"]  # the segment and the emptied draft: one transaction
    assert reloads == []  # the row was appended, the interview not read again
    assert notes.model.rows[-1].text == "Второй ответ, половина"
    assert notes.editor.toPlainText() == ""
    interview = notes.interview_id
    assert interview is not None
    monkeypatch.undo()
    d.lock()
    svc = CaseService(unlock(vault.root, vault.passphrase, policy=d.ctx.window._policy))  # noqa: SLF001
    try:
        assert svc.drafts.load(draft_key(interview)) == ""
        texts = [r.get("text") for r in svc.reading.segments(interview)]
        assert texts == ["Первый ответ.", "Второй ответ, половина"]
    finally:
        svc.lock()
