"""An interview's language and interviewer are chosen from lists, the language list and the
person's colleagues ("You" and their peers), in drop-downs that still take any text and keep
the free text written before (issue 12)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from casebook.crypto.kdf import KdfPolicy
from casebook.domain.labels import colleague_ref
from casebook.service import CaseService
from casebook.ui.workspace.case_view import Tab
from casebook.ui.workspace.choices import OpenChoice
from casebook.vault import create_vault, unlock

from .driver import Driver, VaultInfo


def _setup(vault: VaultInfo, tmp_path: Path, policy: KdfPolicy) -> tuple[bytes, bytes]:
    """A colleague, Анна, and an interview whose language and interviewer are old free text.
    Returns (the interview's id, Анна's identity key)."""
    anna = CaseService(create_vault(tmp_path / "anna", "pw anna pw", policy=policy).session)
    svc = CaseService(unlock(vault.root, vault.passphrase, policy=policy))
    try:
        peer = svc.peers.add(anna.peers.my_card().encode(), "Анна Смирнова")
        case = svc.records.add_case("Дело Петрова")
        person = svc.records.add_person(case, "Пётр Петров", "victim")
        interview = svc.records.add_interview(case, person)
        svc.records.set_field(interview, "language", "по-русски и по-чеченски")
        svc.records.set_field(interview, "interviewer", "Мария (записано раньше)")
    finally:
        svc.lock()
        anna.lock()
    return interview, peer.identity


def _choose(d: Driver, box: OpenChoice, text: str) -> None:
    """Type into the drop-down as a person does, and leave it with Tab."""
    edit = box.lineEdit()
    assert edit is not None
    edit.setFocus()
    edit.selectAll()
    d.type_into(edit, text)
    QTest.keyClick(edit, Qt.Key.Key_Tab)


def test_language_and_interviewer_are_chosen_from_lists_and_old_text_stays(
    vault: VaultInfo, tmp_path: Path, policy: KdfPolicy, make_driver: Callable[..., Driver]
) -> None:
    interview, anna = _setup(vault, tmp_path, policy)
    d = make_driver(vault.root, language="ru")
    d.unlock(vault.passphrase)
    cases = d.workspace.cases
    d.wait_until(lambda: cases.model.rowCount() == 1)
    cases.table.selectRow(0)
    d.show_tab(Tab.INTERVIEWS)
    tab = d.workspace.case_view.interviews
    d.wait_until(lambda: tab.form.record is not None)
    language, interviewer = tab.form.editors["language"], tab.form.editors["interviewer"]
    assert isinstance(language, OpenChoice)
    assert isinstance(interviewer, OpenChoice)

    # What was typed before the lists stays, as it was.
    assert language.currentText() == "по-русски и по-чеченски"
    assert interviewer.currentText() == "Мария (записано раньше)"
    # The lists: languages in Russian; the person and their colleagues.
    languages = [language.itemText(i) for i in range(language.count())]
    assert {"Русский", "Чеченский", "Русский жестовый язык"} <= set(languages)
    names = [interviewer.itemText(i) for i in range(interviewer.count())]
    assert names[0] == "Вы"
    assert "Анна Смирнова" in names

    def stored(name: str) -> object:
        return d.ask(lambda s: s.reading.get(interview).get(name))

    _choose(d, language, "чеченский")  # a choice, typed in any case; saved when typing pauses
    d.wait_until(lambda: stored("language") == "ce")
    _choose(d, interviewer, "Анна Смирнова")
    d.wait_until(lambda: stored("interviewer") == colleague_ref(anna))

    # Shown again after a lock, by their names in this language.
    d.lock()
    d.unlock(vault.passphrase)
    tab = d.workspace.case_view.interviews
    d.wait_until(lambda: tab.form.record is not None)
    assert tab.form.editors["language"].currentText() == "Чеченский"  # type: ignore[attr-defined]
    assert tab.form.editors["interviewer"].currentText() == "Анна Смирнова"  # type: ignore[attr-defined]

    # Anything else is still free text; "Вы" is the person themself.
    box = tab.form.editors["language"]
    assert isinstance(box, OpenChoice)
    _choose(d, box, "горномарийский")
    box = tab.form.editors["interviewer"]
    assert isinstance(box, OpenChoice)
    _choose(d, box, "Вы")
    d.wait_until(lambda: stored("language") == "горномарийский")
    me = d.window.env.me  # type: ignore[union-attr]
    d.wait_until(lambda: stored("interviewer") == colleague_ref(me))

    # The history names them the same way.
    d.show_tab(Tab.HISTORY)
    history = d.workspace.case_view.history
    d.wait_until(lambda: history.model.rowCount() > 0)
    values = {history.model.index(r, 4).data() for r in range(history.model.rowCount())}
    assert {"Чеченский", "Анна Смирнова", "Вы", "горномарийский"} <= values
