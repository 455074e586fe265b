"""Exchange: the Peers window, the Export wizard and the Import wizard, with real widgets, real
vaults and real bundles on disk. The last test hands a case from one running app to another."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget, QWizard

from casebook.base.errors import BundleRejected, Cancelled, RejectReason
from casebook.bundle import export_bundle
from casebook.crypto.kdf import KdfPolicy
from casebook.domain.cardfile import write_card_file
from casebook.domain.peers import parse_card, safety_number
from casebook.service import CaseService
from casebook.ui.bundles.export_wizard import ExportWizard
from casebook.ui.bundles.refusals import REASONS, refusal_message
from casebook.ui.peer_book import mark_for
from casebook.ui.peers.alerts_dialog import AlertsDialog
from casebook.ui.peers.peers_dialog import PeersDialog
from casebook.ui.peers.revoke_dialog import RevokeDialog
from casebook.ui.peers.verify_peer_dialog import compare_groups
from casebook.ui.workspace.case_view import Tab
from casebook.vault import create_vault, unlock

from .driver import Driver, VaultInfo

PASSPHRASE = "correct horse battery staple"


def click(button: object) -> None:
    """A left click."""
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[call-overload]


def gone(widget: QWidget) -> bool:
    """Closed: deleted (WA_DeleteOnClose) or hidden."""
    return not shiboken6.isValid(widget) or not widget.isVisible()


def colleague(root: Path, policy: KdfPolicy) -> CaseService:
    """Another person's vault, unlocked (made by the core)."""
    return CaseService(create_vault(root, PASSPHRASE, policy=policy).session)


def card_file(svc: CaseService, folder: Path, name: str = "card") -> Path:
    """Their card, saved as they would from the Peers window."""
    path = folder / f"{name}.casebook"
    write_card_file(path, svc.peers.my_card())
    return path


def my_card(info: VaultInfo, policy: KdfPolicy) -> bytes:
    """The card of a (locked) vault, read with the core."""
    svc = CaseService(unlock(info.root, info.passphrase, policy=policy))
    try:
        return svc.peers.my_card().encode()
    finally:
        svc.lock()


# -- pure parts ------------------------------------------------------------------------------


def test_compare_groups_marks_each_group() -> None:
    number = " ".join(f"{i:05d}" for i in range(12))
    assert compare_groups(number, "") == [None] * 12
    assert compare_groups(number, "00000 00001 000")[:3] == [True, True, None]
    assert compare_groups(number, "00000 9")[:2] == [True, False]
    assert all(compare_groups(number, number.replace(" ", "")))
    wrong = number[:-1] + "9"
    assert compare_groups(number, wrong)[-1] is False


def test_every_refusal_reason_has_its_own_message(qapp: object) -> None:
    assert set(REASONS) == {r.name for r in RejectReason}


# -- the Peers window ------------------------------------------------------------------------


def test_peers_window_adds_verifies_and_revokes(
    make_driver: Callable[..., Driver], vault: VaultInfo, tmp_path: Path, policy: KdfPolicy
) -> None:
    anna = colleague(tmp_path / "anna", policy)
    anna_card = card_file(anna, tmp_path)
    d = make_driver(vault.root)
    d.unlock(vault.passphrase)
    peers = d.open_peers()
    d.wait_until(lambda: peers.card is not None)
    assert not peers.qr.pixmap().isNull()
    assert peers.empty.isVisible()

    verify = d.add_peer(peers, anna_card, "Анна")
    expected = safety_number(d.window.env.me, anna.me)  # type: ignore[union-attr]
    assert verify.number == expected
    assert [w.text() for w in verify.mine_labels] == expected.split()
    # A number that differs in one digit: refused, whatever the tick box says.
    wrong = expected[:-1] + ("0" if expected[-1] != "0" else "1")
    d.type_into(verify.typed, wrong)
    assert verify.typed_state == "differs"
    assert not verify.verify_button.isEnabled()
    assert not verify.by_eye.isEnabled()
    # The number Anna reads out, typed with her spacing: every group turns green.
    verify.typed.clear()
    d.type_into(verify.typed, expected.replace(" ", ""))
    assert verify.typed_state == "match"
    click(verify.verify_button)
    d.wait_until(lambda: gone(verify))
    d.settle()
    row = peers.model.rows[0]
    assert row.peer.name == "Анна"
    assert row.peer.verified
    assert mark_for("verified").short in peers.model.index(0, 1).data()
    assert d.window.env.peers.get(anna.me).verified  # type: ignore[union-attr]

    # Anna's laptop is seized: revoke her, keeping nothing.
    peers.table.selectRow(0)
    click(peers.revoke_button)
    revoke = d.dialog(RevokeDialog)
    assert revoke.nothing.isChecked()  # nothing was ever received from her
    click(revoke.revoke_button)
    d.wait_until(lambda: gone(revoke))
    d.settle()
    assert peers.model.rows[0].peer.revoked
    assert not peers.verify_button.isEnabled()
    svc_peer = d.window.env.peers.get(anna.me)  # type: ignore[union-attr]
    assert svc_peer is not None
    assert svc_peer.status == "revoked"
    # Revoked is marked, and cannot be chosen, in the Export wizard too.
    peers.close()
    wizard = d.export_bundle_start()
    d.wizard_next(wizard)
    recipients = wizard.recipients_page
    label = recipients.peers.index(0).data()
    assert mark_for("revoked").short in label
    assert not recipients.peers.flags(recipients.peers.index(0))
    d.tick(recipients.list, "Анна")
    assert recipients.chosen() == []
    wizard.reject()
    anna.lock()


def test_add_peer_refuses_junk_own_card_and_duplicates(
    make_driver: Callable[..., Driver], vault: VaultInfo, tmp_path: Path, policy: KdfPolicy
) -> None:
    from casebook.ui.peers.add_peer_dialog import AddPeerDialog

    anna = colleague(tmp_path / "anna", policy)
    anna_card = card_file(anna, tmp_path)
    junk = tmp_path / "junk.casebook"
    junk.write_bytes(b"\x00" * 100_000)
    mine = tmp_path / "mine.casebook"
    mine.write_bytes(my_card(vault, policy))
    d = make_driver(vault.root)
    d.unlock(vault.passphrase)
    peers = d.open_peers()
    click(peers.add_button)
    add = d.dialog(AddPeerDialog)
    for path in (junk, mine, tmp_path / "missing.casebook"):
        add.load(path)
        d.wait_until(add.error.isVisible)
        assert add.preview is None
        assert not add.add_button.isEnabled()
    add.load(anna_card)
    d.wait_until(lambda: add.preview is not None)
    assert add.key.text() == parse_card(anna_card.read_bytes()).key_id
    assert not add.add_button.isEnabled()  # no name yet
    d.type_into(add.name, "Анна")
    assert add.add_button.isEnabled()
    add.reject()
    anna.lock()


# -- the wizards -----------------------------------------------------------------------------


def test_export_wizard_needs_confirmation_for_unverified_and_can_be_cancelled(
    make_driver: Callable[..., Driver], vault: VaultInfo, tmp_path: Path, policy: KdfPolicy
) -> None:
    anna = colleague(tmp_path / "anna", policy)
    # A case with a 48 MiB recording: sealing it takes long enough to cancel midway.
    svc = CaseService(unlock(vault.root, vault.passphrase, policy=policy))
    recording = tmp_path / "допрос.wav"
    recording.write_bytes(os.urandom(48 * 1024 * 1024))
    svc.attachments.attach(svc.records.add_case("Дело о пикете"), recording)
    svc.lock()
    recording.unlink()
    d = make_driver(vault.root)
    d.unlock(vault.passphrase)
    peers = d.open_peers()
    verify = d.add_peer(peers, card_file(anna, tmp_path), "Анна")
    verify.reject()
    peers.close()
    usb = tmp_path / "usb"
    usb.mkdir()

    wizard = d.export_bundle_start()
    assert wizard.cases_page.cases.items == []  # titles are read only if cases are chosen
    d.wizard_next(wizard)
    page = wizard.recipients_page
    d.tick(page.list, "Анна")
    assert page.warning.isVisible()
    assert "Анна" in page.warning.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    page.confirm.setChecked(True)
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    d.wizard_next(wizard)
    dest = wizard.destination_page
    d.type_into(dest.folder, str(tmp_path / "no such drive"))
    assert dest.problem.isVisible()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    dest.folder.clear()
    d.type_into(dest.folder, str(usb))
    dest.split.setCurrentIndex(dest.split.findData("custom"))
    d.type_into(dest.part_size, "12")  # 12 bytes: below the smallest part
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    dest.part_size.clear()
    d.type_into(dest.part_size, "20M")
    d.wizard_next(wizard)
    d.preview_and_seal(wizard)  # what Анна gets: one bundle
    seal = wizard.seal_page
    d.wait_until(lambda: seal.progress.value() > 0, timeout=20_000)
    click(seal.cancel_button)
    d.wait_until(lambda: seal.done, timeout=20_000)
    assert wizard.result_ is None
    assert "Cancelled" in seal.error.text()
    assert list(usb.iterdir()) == []  # no part, no temporary file
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    wizard.accept()
    # Sealed again, to the end: in parts of at most 20 MiB, every part on the drive.
    wizard = d.export_bundle_start()
    d.wizard_next(wizard)
    d.tick(wizard.recipients_page.list, "Анна")
    wizard.recipients_page.confirm.setChecked(True)
    d.wizard_next(wizard)
    dest = wizard.destination_page
    d.type_into(dest.folder, str(usb))
    dest.split.setCurrentIndex(dest.split.findData("custom"))
    d.type_into(dest.part_size, "20M")
    d.wizard_next(wizard)
    d.preview_and_seal(wizard)
    d.wait_until(lambda: wizard.seal_page.done, timeout=30_000)
    result = wizard.result_
    assert result is not None, wizard.seal_page.error.text()
    assert len(result.paths) == 3
    assert sorted(usb.iterdir()) == sorted(result.paths)
    assert all(p.stat().st_size <= 20 * 1024 * 1024 for p in result.paths)
    assert "3 parts" in wizard.seal_page.summary.text()
    wizard.accept()
    anna.lock()


def test_import_wizard_refuses_a_hostile_bundle_and_changes_nothing(
    make_driver: Callable[..., Driver], vault: VaultInfo, tmp_path: Path, policy: KdfPolicy
) -> None:
    # Mallory seals a bundle to us, but she is not our peer.
    mallory = colleague(tmp_path / "mallory", policy)
    mallory.peers.add(my_card(vault, policy), "жертва")
    mallory.records.add_case("Подброшенное дело")
    target = mallory.peers.list()[0]
    result = export_bundle(mallory.session, [target], out_path=tmp_path, confirm_unverified=True)
    mallory.lock()
    damaged = tmp_path / "damaged.age"
    raw = bytearray(result.paths[0].read_bytes())
    raw[len(raw) // 2] ^= 1
    damaged.write_bytes(bytes(raw))

    d = make_driver(vault.root)
    d.unlock(vault.passphrase)
    wizard = d.import_bundle(result.paths[0])
    page = wizard.sender_page
    assert page.preview is None
    assert "not among your peers" in page.error.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    click(wizard.button(QWizard.WizardButton.BackButton))
    wizard.file_page.path.clear()
    d.type_into(wizard.file_page.path, str(tmp_path / "nothing here.age"))
    d.wizard_next(wizard)
    d.wait_until(page.error.isVisible)
    assert page.preview is None
    wizard.reject()
    d.settle()
    assert d.workspace.cases.model.rowCount() == 0


def test_paths_that_are_not_files_say_what_they_are(
    make_driver: Callable[..., Driver], vault: VaultInfo, tmp_path: Path, policy: KdfPolicy
) -> None:
    """A named pipe or a folder given as a card, a bundle or an attachment (chosen, typed or
    dropped) is named for what it is, in Russian too; nothing waits on the pipe."""
    from casebook.ui.peers.add_peer_dialog import AddPeerDialog

    from .driver import drop_files

    svc = CaseService(unlock(vault.root, vault.passphrase, policy=policy))
    case_id = svc.records.add_case("Дело")
    svc.lock()
    fifo = tmp_path / "card.casebook"
    os.mkfifo(fifo)
    folder = tmp_path / "папка.age"
    folder.mkdir()
    d = make_driver(vault.root, language="ru")
    d.unlock(vault.passphrase)

    peers = d.open_peers()
    click(peers.add_button)
    add = d.dialog(AddPeerDialog)
    add.load(fifo)
    d.wait_until(add.error.isVisible)
    assert "именованный канал, а не файл" in add.error.text()
    assert add.preview is None
    add.reject()
    peers.close()

    wizard = d.import_bundle(folder)
    assert wizard.sender_page.preview is None
    assert "Это папка, а не файл" in wizard.sender_page.error.text()
    wizard.reject()
    d.settle()

    d.workspace.open_case(case_id)
    d.show_tab(Tab.ATTACHMENTS)
    tab = d.workspace.case_view.attachments
    drop_files(tab, [fifo])
    d.wait_until(lambda: not tab.busy and tab.message.isVisible())
    assert "«card.casebook» не добавлен: Это именованный канал" in tab.message.text()
    assert tab.model.rowCount() == 0

    refused = BundleRejected(RejectReason.TAMPERED, already_imported=True)
    assert "содержимое у вас уже есть" in refusal_message(refused)
    assert "содержимое" not in refusal_message(BundleRejected(RejectReason.TAMPERED))


@pytest.mark.slow
def test_two_vaults_hand_a_case_over_through_the_gui(
    make_driver: Callable[..., Driver], vault: VaultInfo, tmp_path: Path, policy: KdfPolicy
) -> None:
    """Ольга seals a case for Пётр on a "USB drive"; Пётр imports it; both edit; a conflict
    shows in Пётр's History after the second bundle, and the vaults agree once it is
    resolved."""
    usb = tmp_path / "usb"
    usb.mkdir()
    peter_root = tmp_path / "peter"
    create_vault(peter_root, PASSPHRASE, policy=policy).session.lock()
    olga = make_driver(vault.root)
    olga.unlock(vault.passphrase)
    peter = make_driver(peter_root)
    peter.unlock(PASSPHRASE)

    # Each saves their card to the drive and adds the other's, comparing safety numbers.
    cards = {}
    for who, d in (("olga", olga), ("peter", peter)):
        peers = d.open_peers()
        d.wait_until(lambda p=peers: p.card is not None)
        peers.save_card(usb / f"{who}.casebook")
        d.wait_until(peers.message.isVisible)
        cards[who] = usb / f"{who}.casebook"
        peers.close()
    numbers = []
    for d, other, name in ((olga, "peter", "Пётр"), (peter, "olga", "Ольга")):
        d.activate()
        peers = d.open_peers()
        verify = d.add_peer(peers, cards[other], name)
        numbers.append(verify.number)
        verify.by_eye.setChecked(True)  # compared side by side, in person
        click(verify.verify_button)
        d.wait_until(lambda v=verify: gone(v))
        d.settle()
        assert peers.model.rows[0].peer.verified
        peers.close()
    assert numbers[0] == numbers[1]  # the same number on both screens

    # Ольга opens a case and seals it for Пётр.
    olga.activate()
    case_id = olga.add_case("Дело Условного о «дискредитации»")
    olga.show_tab(Tab.PEOPLE)
    olga.add_person("Условный Пётр Петрович")
    olga.settle()
    # The title holds a form of the name, which stays home (Пётр's clearance, no consent):
    # sealed past the leak scan with a reason.
    wizard = olga.export_bundle(["Пётр"], usb, leak_reason="needed_for_purpose")
    olga.wait_until(lambda: wizard.seal_page.done, timeout=20_000)
    assert wizard.result_ is not None, wizard.seal_page.error.text()
    assert "Пётр" in wizard.seal_page.summary.text()
    first = wizard.result_.paths[0]
    assert first.parent == usb
    assert first.name.endswith(".age")
    assert "Условн" not in first.name
    click(wizard.button(QWizard.WizardButton.FinishButton))

    # Пётр imports it: who sealed it, verified; what it holds; then apply.
    peter.activate()
    imp = peter.import_bundle(first)
    page = imp.sender_page
    assert page.preview is not None, page.error.text()
    assert "Ольга" in page.sender_label.text()
    assert mark_for("verified").short in page.sender_label.text()
    assert not page.verify_button.isVisible()
    peter.wizard_next(imp)
    assert imp.summary_page.can_import
    peter.wizard_next(imp)
    peter.wait_until(lambda: imp.apply_page.done, timeout=20_000)
    assert imp.result_ is not None, imp.apply_page.error.text()
    assert imp.result_.ops_new > 0
    assert imp.result_.conflicts == 0
    click(imp.button(QWizard.WizardButton.FinishButton))
    peter.settle()
    ws = peter.workspace
    peter.wait_until(lambda: ws.cases.model.rowCount() == 1)
    assert ws.cases.model.rows[0].id == case_id

    # Importing the same file again: only its number is known to be imported, so Import
    # reads this copy through first; intact, it says so and changes nothing.
    again = peter.import_bundle(first)
    peter.wizard_next(again)
    assert "already imported" in again.summary_page.note.text()
    assert "checks this copy" in again.summary_page.note.text()
    assert again.summary_page.can_import
    peter.wizard_next(again)
    peter.wait_until(lambda: again.apply_page.done, timeout=20_000)
    assert again.result_ is not None, again.apply_page.error.text()
    assert again.result_.already_imported
    assert "already imported" in again.apply_page.status.text()
    click(again.button(QWizard.WizardButton.FinishButton))

    # Both edit the case's court; Пётр's answer comes back; Ольга sees the conflict.
    peter.workspace.open_case(case_id)
    peter.settle()
    svc_peter = peter.window.client  # the GUI's own path: a form edit
    assert svc_peter is not None
    overview_p = peter.workspace.case_view.overview.form
    peter.wait_until(lambda: overview_p.record is not None)
    peter.type_into(overview_p.editors["court"], "Суд А")
    peter.workspace.flush()
    peter.settle()
    olga.activate()
    overview_o = olga.workspace.case_view.overview.form
    olga.wait_until(lambda: overview_o.record is not None)
    olga.type_into(overview_o.editors["court"], "Суд Б")
    olga.workspace.flush()
    olga.settle()
    peter.activate()
    back = peter.export_bundle(["Ольга"], usb)
    peter.wait_until(lambda: back.seal_page.done, timeout=20_000)
    assert back.result_ is not None, back.seal_page.error.text()
    click(back.button(QWizard.WizardButton.FinishButton))
    olga.activate()
    imp2 = olga.import_bundle(back.result_.paths[0])
    assert imp2.sender_page.preview is not None, imp2.sender_page.error.text()
    olga.wizard_next(imp2)
    olga.wizard_next(imp2)
    olga.wait_until(lambda: imp2.apply_page.done, timeout=20_000)
    assert imp2.result_ is not None
    assert imp2.result_.conflicts == 1
    assert "History" in imp2.apply_page.summary.text()
    click(imp2.button(QWizard.WizardButton.FinishButton))
    olga.show_tab(Tab.HISTORY)
    history = olga.workspace.case_view.history
    olga.wait_until(lambda: history.conflicts.count() == 1)
    authors = {history.model.index(r, 1).data() for r in range(history.model.rowCount())}
    assert any("Пётр" in a and mark_for("verified").short in a for a in authors)


def test_locking_while_sealing_stops_it_and_leaves_nothing_on_the_drive(
    make_driver: Callable[..., Driver], vault: VaultInfo, tmp_path: Path, policy: KdfPolicy
) -> None:
    svc = CaseService(unlock(vault.root, vault.passphrase, policy=policy))
    recording = tmp_path / "допрос.wav"
    recording.write_bytes(os.urandom(64 * 1024 * 1024))
    svc.attachments.attach(svc.records.add_case("Дело о пикете"), recording)
    svc.lock()
    recording.unlink()
    usb = tmp_path / "usb"
    usb.mkdir()
    d = make_driver(vault.root)
    d.unlock(vault.passphrase)
    wizard = d.export_bundle_start()
    d.wizard_next(wizard)
    wizard.recipients_page.me.setChecked(True)  # a bundle for yourself alone: a backup
    d.wizard_next(wizard)
    d.type_into(wizard.destination_page.folder, str(usb))
    d.wizard_next(wizard)
    d.preview_and_seal(wizard)
    seal = wizard.seal_page
    d.wait_until(lambda: seal.progress.value() > 0, timeout=20_000)
    client = d.window.client
    assert client is not None
    QTest.keyClick(wizard, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # from the wizard
    d.wait_until(lambda: d.window.workspace is None)
    d.wait_until(lambda: client.is_closed, timeout=20_000)
    assert list(usb.iterdir()) == []
    assert not d.window.findChildren(ExportWizard)


def test_ctrl_l_locks_from_a_dialog_over_a_dialog(
    make_driver: Callable[..., Driver], vault: VaultInfo, tmp_path: Path, policy: KdfPolicy
) -> None:
    anna = colleague(tmp_path / "anna", policy)
    d = make_driver(vault.root)
    d.unlock(vault.passphrase)
    peers = d.open_peers()
    verify = d.add_peer(peers, card_file(anna, tmp_path), "Анна")  # modal over Peers
    d.wait_until(verify.isActiveWindow)
    QTest.keyClick(verify.typed, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    d.wait_until(lambda: d.window.workspace is None)
    assert not [
        w for w in d.window.findChildren(PeersDialog) if shiboken6.isValid(w) and w.isVisible()
    ]
    anna.lock()


def test_a_forked_bundle_raises_an_alert_seen_in_the_gui(
    make_driver: Callable[..., Driver], vault: VaultInfo, tmp_path: Path, policy: KdfPolicy
) -> None:
    """Olga's laptop is seized; the thief signs a second bundle no. 1 with her keys. The import
    is refused, the alert stays in the vault, the banner says so at every unlock until it is
    seen, and the colleague can be revoked from the alert with a cut-off before the fork."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bundle"))
    from bundleforge import reseal  # tests/bundle: re-signs a bundle with edited manifest

    olga = colleague(tmp_path / "olga", policy)
    me = CaseService(unlock(vault.root, vault.passphrase, policy=policy))
    me.peers.mark_verified(me.peers.add(olga.peers.my_card().encode(), "Ольга"))
    to_me = olga.peers.add(me.peers.my_card().encode(), "коллега")
    me.lock()
    olga.records.add_case("Дело Ольги")
    olga.peers.mark_verified(to_me)
    real = export_bundle(olga.session, [to_me], out_path=tmp_path / "real.age").paths[0]

    def later(doc: dict[str, object]) -> None:
        doc["created"] = int(str(doc["created"])) + 1

    twin = reseal(olga, real, tmp_path / "twin.age", later)
    olga.lock()
    d = make_driver(vault.root)
    d.unlock(vault.passphrase)
    imp = d.import_bundle(real)
    d.wizard_next(imp)
    d.wizard_next(imp)
    d.wait_until(lambda: imp.apply_page.done)
    assert imp.result_ is not None
    imp.accept()
    d.settle()
    assert not d.window.banner.isVisible()

    imp = d.import_bundle(twin)
    assert imp.sender_page.preview is None
    assert "COMPROMISE ALERT" in imp.sender_page.error.text()
    imp.reject()
    d.settle()
    assert d.window.banner.isVisible()
    assert "1 compromise alert" in d.window.banner.text()
    d.lock()
    d.unlock(vault.passphrase)
    d.settle()
    assert "1 compromise alert" in d.window.banner.text()  # again, until it is seen
    d.window.report_error(Cancelled())  # another message takes the banner for a while…
    assert "compromise" not in d.window.banner.text()
    d.window.on_banner_timer_timeout()
    d.settle()
    assert "1 compromise alert" in d.window.banner.text()  # …then the alert is back

    d.window.alerts_action.trigger()
    alerts = d.dialog(AlertsDialog)
    d.wait_until(lambda: alerts.model.rowCount() == 1)
    assert "Ольга" in alerts.model.index(0, 1).data()
    assert alerts.model.index(0, 3).data() == "NEW"
    click(alerts.revoke_button)
    revoke = d.dialog(RevokeDialog)
    assert revoke.up_to.isChecked() is False  # bundle no. 1 forked: nothing before it to keep
    click(revoke.revoke_button)
    d.wait_until(lambda: gone(revoke))
    click(alerts.seen_button)
    d.settle()
    d.wait_until(lambda: alerts.model.index(0, 3).data() == "seen")
    assert not d.window.banner.isVisible()
    olga_row = next(p for p in d.window.env.peers.peers if p.name == "Ольга")  # type: ignore[union-attr]
    assert olga_row.status == "revoked"
