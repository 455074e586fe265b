"""Labels, clearances, export by audience and mentions, driven through the real app
(docs/labels.md).

Alice's vault is driven by the GUI; her colleagues Lev (a lawyer, cleared for everything, with
the victim's consent for court) and Jana (a journalist ally, a new colleague's clearance) are
made by the core, receive what the wizard seals, and are read by the core.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget, QWizard

from casebook.bundle import import_bundle
from casebook.crypto.kdf import KdfPolicy
from casebook.domain.mentions import mention_token
from casebook.domain.sensitivity import FULL_CLEARANCE, Category, Level
from casebook.service import CaseService
from casebook.ui.models.people import PersonColumn
from casebook.ui.sensitivity.clearance_dialog import ClearanceDialog
from casebook.ui.sensitivity.label_dialog import LabelDialog
from casebook.ui.workspace.case_view import Tab
from casebook.vault import create_vault, unlock

from .driver import Driver, VaultInfo

PASSPHRASE = "correct horse battery staple"
SOURCE_NOTE = "SRCNOTE-Жъ-41aa"


def click(button: object) -> None:
    """A left click."""
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[call-overload]


def gone(widget: QWidget) -> bool:
    """Closed: deleted or hidden."""
    return not shiboken6.isValid(widget) or not widget.isVisible()


def _colleagues(
    vault: VaultInfo, tmp_path: Path, policy: KdfPolicy
) -> tuple[CaseService, CaseService, dict[str, bytes]]:
    """Lev and Jana, peers of Alice (verified); Alice's case, made by the core."""
    lev = CaseService(create_vault(tmp_path / "lev", PASSPHRASE, policy=policy).session)
    jana = CaseService(create_vault(tmp_path / "jana", PASSPHRASE, policy=policy).session)
    alice = CaseService(unlock(vault.root, vault.passphrase, policy=policy))
    try:
        for svc, name in ((lev, "Лев"), (jana, "Яна")):
            p = alice.peers.add(svc.peers.my_card().encode(), name)
            alice.peers.mark_verified(p)
            back = svc.peers.add(alice.peers.my_card().encode(), "Алиса")
            svc.peers.mark_verified(back)
        alice.labels.set_clearance(alice.peers.find("Лев"), FULL_CLEARANCE)
        r = alice.records
        case = r.add_case("Дело о пикете (тест)", "Задержание у суда")
        victim = r.add_person(case, "Иван Иванов", "victim")
        source = r.add_person(case, "Пётр Сидоров", "source", notes=SOURCE_NOTE)
        interview = r.add_interview(case, victim)
        r.add_segment(interview, "Протокол подписан Ивановым под давлением.")
        alice.consent.record(
            victim, ["court_domestic"], "granted", audience=[f"peer:{lev.me.hex()}"]
        )
    finally:
        alice.lock()
    ids = {"case": case, "victim": victim, "source": source, "interview": interview}
    return lev, jana, ids


def test_the_wizard_seals_one_bundle_per_clearance_and_each_sees_what_it_may(
    make_driver: Callable[..., Driver], vault: VaultInfo, tmp_path: Path, policy: KdfPolicy
) -> None:
    lev, jana, ids = _colleagues(vault, tmp_path, policy)
    usb = tmp_path / "usb"
    usb.mkdir()
    d = make_driver(vault.root)
    d.unlock(vault.passphrase)
    wizard = d.export_bundle_start()
    d.wizard_next(wizard)
    page = wizard.recipients_page
    d.wait_until(lambda: any("may see" in t for _, t, _ in page.peers.items))
    d.tick(page.list, "Лев")
    d.tick(page.list, "Яна")
    assert page.groups.isVisible()
    assert "2 bundles" in page.groups.text()
    lev_row = next(t for _, t, _ in page.peers.items if "Лев" in t)
    assert "every category" in lev_row
    d.wizard_next(wizard)
    d.type_into(wizard.destination_page.folder, str(usb))
    d.wizard_next(wizard)

    preview = wizard.audience_page
    d.wait_until(lambda: preview.plans is not None, 20_000)
    preview.purpose.setCurrentIndex(preview.purpose.findData("court_domestic"))
    preview.refresh()
    d.wait_until(lambda: preview.plans is not None, 20_000)
    to_lev, to_jana = preview.groups()
    assert [p.name for p in to_lev.recipients] == ["Лев"]
    assert list(to_lev.pseudonyms) == [ids["source"]]  # the victim consented for court
    assert [x.id for x in to_jana.left_out] == [ids["source"]]
    assert list(to_jana.pseudonyms) == [ids["victim"]]
    # The surname, in the instrumental case, in a note that would go to Jana: a leak.
    assert [leak.hit.found for leak in to_jana.leaks] == ["Ивановым"]
    assert "2 bundles" in preview.summary.text()
    assert preview.leak_note.isVisible()
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    texts = [preview.tree.topLevelItem(i).text(0) for i in range(preview.tree.topLevelItemCount())]
    assert texts[0].startswith("Bundle 1 of 2: for Лев")
    # Withhold the texts with names: the note's label is raised, and the plans are made again.
    click(preview.withhold_button)
    d.wait_until(lambda: preview.plans is not None and not preview.has_leaks(), 20_000)
    assert wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    d.wizard_next(wizard)
    d.wait_until(lambda: wizard.seal_page.done, 30_000)
    assert len(wizard.results_) == 2, wizard.seal_page.error.text()
    assert "2 bundles written" in wizard.seal_page.status.text()
    paths = {r.recipients[0].name: r.paths[0] for r in wizard.results_}
    click(wizard.button(QWizard.WizardButton.FinishButton))

    import_bundle(lev.session, paths["Лев"])
    import_bundle(jana.session, paths["Яна"])
    assert lev.reading.get(ids["victim"]).get("name") == "Иван Иванов"
    assert lev.reading.get(ids["source"]).get("notes") == SOURCE_NOTE
    assert lev.reading.get(ids["source"]).pseudonym is not None  # no consent
    seen = jana.reading.get(ids["victim"])
    assert seen.pseudonym is not None
    assert seen.get("name") is None
    assert jana.store.records.kind_of(ids["source"]) is None
    assert all(
        "Иванов" not in str(s.get("text", "")) for s in jana.reading.segments(ids["interview"])
    )
    lev.lock()
    jana.lock()


def test_labels_floor_and_clearance_dialogs(
    make_driver: Callable[..., Driver], vault: VaultInfo, tmp_path: Path, policy: KdfPolicy
) -> None:
    lev, jana, ids = _colleagues(vault, tmp_path, policy)
    lev.lock()
    jana.lock()
    d = make_driver(vault.root)
    d.unlock(vault.passphrase)
    d.workspace.open_case(ids["case"])
    d.show_tab(Tab.PEOPLE)
    people = d.workspace.case_view.people
    d.wait_until(lambda: people.model.rowCount() == 2)
    people.table.selectRow(people.model.find(ids["victim"]))
    d.wait_until(lambda: people.label_button.isEnabled())
    dialog = people.open_labels()
    assert isinstance(dialog, LabelDialog)
    d.wait_until(lambda: dialog.loaded is not None)
    assert "Restricted" not in dialog.now.text() or "identity" not in dialog.now.text()
    notes_row = next(
        i for i in range(dialog.fields.count()) if "Notes" in dialog.fields.item(i).text()
    )
    dialog.fields.setCurrentRow(notes_row)
    dialog.field.level.setCurrentIndex(dialog.field.level.findData("restricted"))
    dialog.field.checks[Category.HEALTH].setChecked(True)
    assert "Restricted: health" in dialog.fields.item(notes_row).text()
    click(dialog.save_button)
    d.wait_until(lambda: gone(dialog))
    labels = d.ask(lambda s: s.labels.labels_of(ids["victim"]))
    (notes,) = [f for f in labels.fields if f.name == "notes"]
    assert notes.own is not None
    assert notes.own.level is Level.RESTRICTED

    d.show_tab(Tab.OVERVIEW)
    overview = d.workspace.case_view.overview
    d.wait_until(lambda: overview.label_button.isEnabled())
    floor = overview.open_labels()
    assert isinstance(floor, LabelDialog)
    d.wait_until(lambda: floor.loaded is not None and floor.floor_box.isVisible())
    floor.floor.level.setCurrentIndex(floor.floor.level.findData("confidential"))
    floor.floor.checks[Category.SOGI].setChecked(True)
    click(floor.save_button)
    d.wait_until(lambda: gone(floor))
    case = d.ask(lambda s: s.labels.labels_of(ids["case"]))
    assert case.floor is not None
    assert case.floor.categories == frozenset({Category.SOGI})

    peers = d.open_peers()
    d.wait_until(lambda: peers.model.rowCount() == 2)
    row = next(i for i, e in enumerate(peers.model.rows) if e.peer.name == "Яна")
    peers.table.selectRow(row)
    assert "May see: Confidential; not: identity" in peers.details.text()
    clearance = peers.on_clearance_button_clicked()
    assert isinstance(clearance, ClearanceDialog)
    d.wait_until(lambda: clearance.save_button.isEnabled())
    clearance.editor.level.setCurrentIndex(clearance.editor.level.findData("restricted"))
    clearance.editor.checks[Category.IDENTITY].setChecked(True)
    click(clearance.save_button)
    d.wait_until(lambda: gone(clearance))
    d.wait_until(lambda: "Restricted" in peers.details.text())
    got = d.ask(lambda s: s.labels.clearance(s.peers.find("Яна")))
    assert got.level is Level.RESTRICTED
    assert Category.IDENTITY in got.allowed
    peers.close()


def test_at_mentions_a_person_and_a_colleague_sees_a_pseudonym(
    make_driver: Callable[..., Driver], vault: VaultInfo, tmp_path: Path, policy: KdfPolicy
) -> None:
    lev, jana, ids = _colleagues(vault, tmp_path, policy)
    lev.lock()
    d = make_driver(vault.root)
    d.unlock(vault.passphrase)
    d.workspace.open_case(ids["case"])
    d.show_tab(Tab.INTERVIEWS)
    notes = d.workspace.case_view.interviews.notes
    d.wait_until(lambda: notes.isEnabled() and bool(notes._people))
    d.type_into(notes.editor, "Со слов @Ива")
    completer = notes.mentions.completer
    d.wait_until(lambda: completer.popup() is not None and completer.popup().isVisible())
    assert completer.currentCompletion() == "Иван Иванов"
    notes.mentions.insert("Иван Иванов")
    assert notes.editor.toPlainText() == "Со слов @Иван Иванов "
    d.type_into(notes.editor, "задержали утром")
    before = notes.model.rowCount()
    QTest.keyClick(notes.editor, Qt.Key.Key_Return)
    d.wait_until(lambda: notes.model.rowCount() == before + 1)
    d.settle()
    shown = notes.model.rows[-1]
    assert mention_token(ids["victim"]) in shown.text
    assert notes.model.index(before, 1).data() == "Со слов @Иван Иванов задержали утром"

    # Jana (a new colleague's clearance, no consent) gets the note with the mention, and her
    # casebook names the victim by Alice's pseudonym.
    usb = tmp_path / "usb"
    usb.mkdir()
    wizard = d.export_bundle(["Яна"], usb, leak_reason="needed_for_purpose")
    d.wait_until(lambda: wizard.seal_page.done, 30_000)
    assert wizard.result_ is not None, wizard.seal_page.error.text()
    path = wizard.result_.paths[0]
    click(wizard.button(QWizard.WizardButton.FinishButton))
    d.lock()
    import_bundle(jana.session, path)
    pseudonym = jana.reading.get(ids["victim"]).pseudonym
    assert pseudonym is not None
    jana_root = jana.paths.root
    jana.lock()
    j = make_driver(jana_root)
    j.unlock(PASSPHRASE)
    j.workspace.open_case(ids["case"])
    j.show_tab(Tab.PEOPLE)
    jp = j.workspace.case_view.people
    j.wait_until(lambda: jp.model.rowCount() == 1)
    assert jp.model.index(0, PersonColumn.NAME).data() == f"{pseudonym.en} (pseudonym)"
    j.show_tab(Tab.INTERVIEWS)
    jn = j.workspace.case_view.interviews.notes
    j.wait_until(lambda: jn.model.rowCount() >= 2)
    texts = [jn.model.index(i, 1).data() for i in range(jn.model.rowCount())]
    assert f"Со слов @{pseudonym.en} задержали утром" in texts


def test_the_preview_offers_an_override_for_a_person_without_consent(
    make_driver: Callable[..., Driver], vault: VaultInfo, tmp_path: Path, policy: KdfPolicy
) -> None:
    from casebook.ui.consent.override_dialog import OverrideDialog

    lev, jana, ids = _colleagues(vault, tmp_path, policy)
    lev.lock()
    jana.lock()
    usb = tmp_path / "usb"
    usb.mkdir()
    d = make_driver(vault.root)
    d.unlock(vault.passphrase)
    wizard = d.export_bundle_start()
    d.wizard_next(wizard)
    page = wizard.recipients_page
    d.wait_until(lambda: any("may see" in t for _, t, _ in page.peers.items))
    d.tick(page.list, "Лев")
    d.wizard_next(wizard)
    d.type_into(wizard.destination_page.folder, str(usb))
    d.wizard_next(wizard)
    preview = wizard.audience_page
    d.wait_until(lambda: preview.plans is not None, 20_000)
    preview.purpose.setCurrentIndex(preview.purpose.findData("court_domestic"))
    preview.refresh()
    d.wait_until(lambda: preview.plans is not None, 20_000)
    (to_lev,) = preview.groups()
    assert list(to_lev.pseudonyms) == [ids["source"]]  # no consent for the source
    assert preview.override_button.isVisible()
    assert not preview.override_button.isEnabled()  # nobody chosen yet
    bundle = preview.tree.topLevelItem(0)
    section = next(
        bundle.child(i)
        for i in range(bundle.childCount())
        if bundle.child(i).text(0).startswith("Under pseudonyms")
    )
    preview.tree.setCurrentItem(section.child(0))
    assert preview.override_button.isEnabled()
    click(preview.override_button)
    dialog = d.dialog(OverrideDialog)
    d.wait_until(lambda: dialog.loaded is not None)
    # This bundle's purpose and recipients are chosen already.
    assert dialog.purpose.currentData() == "court_domestic"
    assert dialog.to_peers.isChecked()
    ticked = [
        dialog.peers.item(i).text()
        for i in range(dialog.peers.count())
        if dialog.peers.item(i).checkState() == Qt.CheckState.Checked
    ]
    assert ticked == ["Лев"]
    dialog.reason.setCurrentIndex(dialog.reason.findData("legal_duty"))
    click(dialog.record_button)
    d.wait_until(lambda: gone(dialog))
    # Planned again: the source's name now goes to Lev.
    d.wait_until(lambda: preview.plans is not None and not preview.groups()[0].pseudonyms, 20_000)
    assert not preview.override_button.isVisible()
    wizard.reject()
