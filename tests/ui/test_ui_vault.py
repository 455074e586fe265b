"""The Vault menu: change the passphrase, make a new recovery code, check integrity; and the
vault's own vocabulary terms, added in the GUI and offered in the drop-downs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox

from casebook.base.errors import InputRejected, WrongPassphrase
from casebook.base.paths import VaultPaths
from casebook.crypto.kdf import KdfPolicy
from casebook.service import CaseService
from casebook.ui.errors import message_for
from casebook.ui.models.terms import TermsModel, term_rows
from casebook.ui.vault.change_passphrase_dialog import ChangePassphraseDialog
from casebook.ui.vault.recovery_code_dialog import NewRecoveryCodeDialog
from casebook.ui.vault.verify_dialog import VerifyDialog
from casebook.ui.vault.vocabulary_dialog import VocabularyDialog
from casebook.ui.vocabularies import Vocabularies
from casebook.ui.workspace.case_view import Tab
from casebook.ui.workspace.quick_add import QuickAddDialog
from casebook.vault import unlock

from .driver import Driver, VaultInfo

NEW_PASSPHRASE = "violet kettle under moonlit harbour"


def click(button: Any) -> None:
    """A left click."""
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def change_passphrase(d: Driver, current: str, new: str) -> ChangePassphraseDialog:
    """Vault → Change passphrase…, fill it in, press the button, wait for the outcome."""
    d.window.change_passphrase_action.trigger()
    dialog = d.dialog(ChangePassphraseDialog)
    d.type_into(dialog.current, current)
    d.type_into(dialog.chooser.passphrase, new)
    d.type_into(dialog.chooser.confirm, new)
    assert dialog.change_button.isEnabled(), dialog.chooser.meter_label.text()
    click(dialog.change_button)
    d.wait_until(lambda: not dialog.working)
    return dialog


def test_change_passphrase_then_unlock_with_the_new_one_only(
    vault: VaultInfo, make_driver: Callable[..., Driver]
) -> None:
    d = make_driver(vault.root)
    d.unlock(vault.passphrase)
    keyslots = VaultPaths(vault.root).keyslots
    before = keyslots.read_bytes()

    # A wrong current passphrase: the table's message, and nothing changes.
    dialog = change_passphrase(d, "not the passphrase", NEW_PASSPHRASE)
    assert dialog.error.isVisible()
    assert dialog.error.text() == message_for(WrongPassphrase())
    assert "Traceback" not in dialog.error.text()
    assert dialog.current.text() == ""
    assert keyslots.read_bytes() == before
    assert not dialog.outcome.isVisible()

    # The right one (the new passphrase is still typed in both fields).
    d.type_into(dialog.current, vault.passphrase)
    click(dialog.change_button)
    d.wait_until(lambda: not dialog.working)
    assert not dialog.error.isVisible()
    assert dialog.outcome.isVisible()
    assert "recovery code still works" in dialog.outcome.text()
    assert keyslots.read_bytes() != before
    assert dialog.chooser.passphrase.text() == dialog.chooser.confirm.text() == ""
    assert dialog.close_button.text() == "Close"
    click(dialog.close_button)
    d.wait_until(lambda: not dialog.isVisible())

    d.lock()
    panel = d.try_unlock(vault.passphrase)
    assert d.window.workspace is None
    assert panel.error.text() == message_for(WrongPassphrase())
    d.unlock(NEW_PASSPHRASE)
    d.lock()
    d.unlock(vault.recovery_code)  # the recovery code still works


def test_change_passphrase_needs_a_strong_matching_one_and_hides_every_field(
    vault: VaultInfo, make_driver: Callable[..., Driver]
) -> None:
    d = make_driver(vault.root)
    d.unlock(vault.passphrase)
    d.window.change_passphrase_action.trigger()
    dialog = d.dialog(ChangePassphraseDialog)
    d.type_into(dialog.chooser.passphrase, "password")
    d.type_into(dialog.chooser.confirm, "password")
    assert not dialog.change_button.isEnabled()
    assert dialog.chooser.meter.value() == 0
    for field in (dialog.current, dialog.chooser.passphrase, dialog.chooser.confirm):
        d.type_into(field, "s3cret-Жъ")
        iface = QAccessible.queryAccessibleInterface(field)
        assert iface is not None
        assert iface.state().passwordEdit
        assert "s3cret" not in iface.text(QAccessible.Text.Value)
        assert iface.text(QAccessible.Text.Name)
    dialog.reject()
    d.wait_until(lambda: not dialog.isVisible())
    assert d.ctx.runner.pending == 0


def make_recovery_code(d: Driver, passphrase: str) -> NewRecoveryCodeDialog:
    """Vault → New recovery code…, type the passphrase, press the button."""
    d.window.recovery_code_action.trigger()
    dialog = d.dialog(NewRecoveryCodeDialog)
    d.type_into(dialog.current, passphrase)
    click(dialog.make_button)
    d.wait_until(lambda: not dialog.working)
    return dialog


def test_new_recovery_code_is_shown_once_and_replaces_the_old_one(
    vault: VaultInfo, make_driver: Callable[..., Driver]
) -> None:
    d = make_driver(vault.root)
    d.unlock(vault.passphrase)
    keyslots = VaultPaths(vault.root).keyslots
    before = keyslots.read_bytes()

    wrong = make_recovery_code(d, "not the passphrase")
    assert wrong.error.text() == message_for(WrongPassphrase())
    assert keyslots.read_bytes() == before
    assert not wrong.code_view.isVisible()
    wrong.reject()  # nothing changed yet: Cancel closes
    d.wait_until(lambda: not wrong.isVisible())

    dialog = make_recovery_code(d, vault.passphrase)
    view = dialog.code_view
    d.wait_until(view.isVisible)
    code = view.code.text()
    assert len(code.replace("-", "")) == 28
    assert code != vault.recovery_code
    assert dialog.old_code_gone.isVisible()
    assert "no longer works" in dialog.old_code_gone.text()
    assert not view.continue_button.isEnabled()
    dialog.reject()  # Escape does not lose the only copy of the code
    dialog.close()
    assert dialog.isVisible()
    d.confirm_code(view)  # written down, typed back, Enter
    d.wait_until(lambda: not dialog.isVisible())
    assert view.code.text() == ""  # shown once

    d.lock()
    d.try_unlock(vault.recovery_code)
    assert d.window.workspace is None
    d.unlock(code.lower().replace("-", " "))
    d.lock()
    d.unlock(vault.passphrase)  # the passphrase did not change


def test_a_lock_before_the_new_code_is_written_down_is_told_after_unlocking(
    vault: VaultInfo, make_driver: Callable[..., Driver]
) -> None:
    d = make_driver(vault.root)
    d.unlock(vault.passphrase)
    dialog = make_recovery_code(d, vault.passphrase)
    d.wait_until(dialog.code_view.isVisible)
    d.window.lock()  # as the idle timer does
    d.wait_until(lambda: d.window.workspace is None)
    assert not d.window.findChildren(NewRecoveryCodeDialog) or not dialog.isVisible()
    d.unlock(vault.passphrase)
    assert d.window.banner.isVisible()
    assert "New recovery code" in d.window.banner.text()


def run_check(d: Driver) -> VerifyDialog:
    """Vault → Check vault integrity…; wait for the verdict."""
    d.window.verify_action.trigger()
    dialog = d.dialog(VerifyDialog)
    d.wait_until(lambda: not dialog.running, timeout=20_000)
    return dialog


def test_integrity_check_of_a_sound_vault(
    vault: VaultInfo, tmp_path: Path, make_driver: Callable[..., Driver]
) -> None:
    d = make_driver(vault.root)
    d.unlock(vault.passphrase)
    d.add_case("Дело Иванова")
    big = tmp_path / "scan.bin"
    big.write_bytes(bytes(range(256)) * 5000)  # over 1 MiB: an encrypted blob file
    d.attach(big)
    dialog = run_check(d)
    assert dialog.outcome is not None
    assert dialog.outcome.report.ok
    assert dialog.verdict.text() == "The vault is sound: every check passed."
    summary = dialog.summary.text()
    assert "Database pages: all sound." in summary
    assert "Attachments: 1 checked, 0 failed." in summary
    assert dialog.details.isReadOnly()
    assert "No problems found." in dialog.details.toPlainText()
    assert dialog.summary.textFormat() == Qt.TextFormat.PlainText
    assert dialog.again_button.isEnabled()
    click(dialog.close_button)
    d.wait_until(lambda: not dialog.isVisible())


def test_integrity_check_names_a_damaged_attachment(
    vault: VaultInfo, tmp_path: Path, make_driver: Callable[..., Driver], policy: KdfPolicy
) -> None:
    svc = CaseService(unlock(vault.root, vault.passphrase, policy=policy))
    case_id = svc.records.add_case("Дело Сидорова")
    big = tmp_path / "протокол.bin"
    big.write_bytes(bytes(range(256)) * 5000)
    svc.attachments.attach(case_id, big)
    svc.lock()
    blobs = [p for p in VaultPaths(vault.root).blobs.rglob("*") if p.is_file()]
    assert len(blobs) == 1
    raw = bytearray(blobs[0].read_bytes())
    raw[len(raw) // 2] ^= 0xFF
    blobs[0].write_bytes(bytes(raw))

    d = make_driver(vault.root)
    d.unlock(vault.passphrase)
    dialog = run_check(d)
    assert dialog.outcome is not None
    assert not dialog.outcome.report.ok
    assert dialog.verdict.text() == "The vault is damaged: some checks failed."
    assert "Attachments: 1 checked, 1 failed." in dialog.summary.text()
    details = dialog.details.toPlainText()
    assert "«протокол.bin»" in details or "“протокол.bin”" in details
    assert "Дело Сидорова" in details
    assert "Traceback" not in details + dialog.summary.text()
    assert dialog.details.isReadOnly()


def add_term(d: Driver, vocabulary: str, code: str, en: str, ru: str) -> VocabularyDialog:
    """Cases → Vocabularies…, choose one, type a term, press Add term."""
    d.window.vocabularies_action.trigger()
    dialog = d.dialog(VocabularyDialog)
    dialog.vocabulary.setCurrentIndex(dialog.vocabulary.findData(vocabulary))
    for field, text in ((dialog.code, code), (dialog.english, en), (dialog.russian, ru)):
        field.clear()
        d.type_into(field, text)
    click(dialog.add_button)
    d.settle()
    return dialog


def test_a_term_added_in_the_gui_is_offered_picked_and_saved(
    vault: VaultInfo, make_driver: Callable[..., Driver], policy: KdfPolicy
) -> None:
    d = make_driver(vault.root)
    d.unlock(vault.passphrase)
    d.add_case("Дело о пикете")
    d.add_event("Detention", "2024-03-05")

    dialog = add_term(d, "event_type", "picket_fine", "Fine for a picket", "Штраф за пикет")
    assert dialog.message.text() == "Added “Fine for a picket”."
    rows = dialog.model.rows
    assert rows[-1].code == "picket_fine"
    assert rows[-1].added
    assert dialog.model.data(dialog.model.index(len(rows) - 1, 3)) == "Added"
    click(dialog.close_button)
    d.wait_until(lambda: not dialog.isVisible())

    # The event's type drop-down offers it, labelled in English; picking it saves it.
    events = d.workspace.case_view.events
    d.show_tab(Tab.EVENTS)
    combo = events.form.editors["type"]
    assert isinstance(combo, QComboBox)
    i = combo.findText("Fine for a picket")
    assert i >= 0
    assert combo.itemData(i) == "picket_fine"
    combo.setFocus()
    combo.setCurrentIndex(i)
    combo.activated.emit(i)
    d.settle()
    d.wait_until(lambda: events.model.rows[0].type == "picket_fine")
    assert events.model.data(events.model.index(0, 1)) == "Fine for a picket"

    # So does the "Add event" dialog.
    click(events.add_button)
    quick = d.dialog(QuickAddDialog)
    kind = quick.findChildren(QComboBox)[0]
    assert kind.findText("Fine for a picket") >= 0
    quick.reject()

    d.lock()
    svc = CaseService(unlock(vault.root, vault.passphrase, policy=policy))
    try:
        case = svc.reading.list_cases()[0]
        (event,) = svc.reading.children(case.id, "event")
        assert event.get("type") == "picket_fine"
        assert any(t.code == "picket_fine" for t in svc.records.vocabulary("event_type"))
    finally:
        svc.lock()


def test_terms_are_labelled_in_russian_in_a_russian_interface(
    vault: VaultInfo, make_driver: Callable[..., Driver]
) -> None:
    d = make_driver(vault.root, language="ru")
    d.unlock(vault.passphrase)
    d.add_case("Дело")
    add_term(d, "legal_article", "koap_20_2_8", "CAO 20.2 part 8", "КоАП 20.2 ч. 8")
    d.dialog(VocabularyDialog).close()
    overview = d.workspace.case_view.overview
    articles = overview.form.editors["legal_articles"]
    labels = [articles.item(i).text() for i in range(articles.count())]  # type: ignore[attr-defined]
    assert "КоАП 20.2 ч. 8" in labels
    assert "CAO 20.2 part 8" not in labels


def test_a_duplicate_or_invalid_code_shows_a_translated_error(
    vault: VaultInfo, make_driver: Callable[..., Driver]
) -> None:
    d = make_driver(vault.root)
    d.unlock(vault.passphrase)
    dialog = add_term(d, "event_type", "Detention", "Detention again", "")
    assert dialog.message.text() == "This vocabulary already has a term with this code."
    dialog = add_term(d, "event_type", "bad code!", "Bad", "Плохо")
    assert dialog.message.text() == message_for(InputRejected())
    assert len(dialog.model.rows) == len(Vocabularies.shipped().terms["event_type"])
    dialog = add_term(d, "role", "", "Nobody", "")
    assert dialog.message.text() == "Type a code for the term."


def test_terms_model_passes_the_model_tester(qapp: Any, qtmodeltester: Any) -> None:
    model = TermsModel()
    model.set_rows(term_rows(Vocabularies.shipped(), "role"))
    assert model.rowCount() > 5
    assert not any(r.added for r in model.rows)
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(model)
