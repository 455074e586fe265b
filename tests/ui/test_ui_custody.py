"""The Custody panel under the Attachments table: the chosen file's chain of custody, verified;
viewing and exporting add to it; a transfer to a court is recorded by hand; a redacted copy is
taken in linked to its original (docs/custody.md)."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from casebook.crypto.kdf import KdfPolicy
from casebook.service import CaseService
from casebook.ui.custody.transfer_dialog import TransferDialog
from casebook.ui.models.custody import CustodyColumn
from casebook.ui.viewer.viewer_dialog import ViewerDialog
from casebook.ui.workspace.case_view import Tab
from casebook.vault import unlock

from .driver import Driver, VaultInfo

PASSPHRASE = "correct horse battery staple"
_BUNDLE_TESTS = str(Path(__file__).resolve().parents[1] / "bundle")
if _BUNDLE_TESTS not in sys.path:
    sys.path.insert(0, _BUNDLE_TESTS)


def click(button: object) -> None:
    """A left click."""
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[call-overload]


def file_case(info: VaultInfo, policy: KdfPolicy) -> tuple[bytes, bytes]:
    """A case with one text file, made by the core. Returns (case, attachment)."""
    svc = CaseService(unlock(info.root, info.passphrase, policy=policy))
    try:
        case_id = svc.records.add_case("Дело с протоколом (тест)")
        att = svc.attachments.attach_bytes(case_id, "протокол".encode(), name="протокол.txt")
        return case_id, att
    finally:
        svc.lock()


def events(d: Driver) -> list[str]:
    panel = d.workspace.case_view.attachments.custody
    return [r.event for r in panel.model.rows]


def open_file(d: Driver, case_id: bytes) -> Any:
    d.unlock(PASSPHRASE)
    d.workspace.open_case(case_id)
    d.show_tab(Tab.ATTACHMENTS)
    tab = d.workspace.case_view.attachments
    d.wait_until(lambda: tab.model.rowCount() == 1)
    tab.table.selectRow(0)
    d.wait_until(lambda: tab.custody.model.rowCount() == 1)
    return tab


def test_the_panel_shows_the_chain_and_grows_with_a_view_and_a_transfer(
    make_driver: Callable[..., Driver], vault: VaultInfo, policy: KdfPolicy, qtmodeltester: Any
) -> None:
    case_id, _att = file_case(vault, policy)
    d = make_driver(vault.root)
    tab = open_file(d, case_id)
    panel = tab.custody
    assert events(d) == ["intake"]
    assert panel.chain is not None
    assert panel.chain.ok
    assert "Verified" in panel.status.text()
    model = panel.model
    check = model.index(0, CustodyColumn.CHECK).data()
    assert check == "verified"
    assert "Taken into the vault" in model.index(0, CustodyColumn.WHAT).data()
    assert model.index(0, CustodyColumn.WHO).data() == "You"
    qtmodeltester.check(model, force_py=True)

    click(tab.view_button)
    viewer = d.dialog(ViewerDialog)
    d.wait_until(lambda: viewer.kind != "")
    d.wait_until(lambda: events(d) == ["intake", "view"])
    viewer.close()

    click(panel.transfer_button)
    dialog = d.dialog(TransferDialog)
    dialog.body.setCurrentIndex(dialog.body.findData("echr"))
    assert not dialog.record_button.isEnabled()  # no number yet
    d.type_into(dialog.ref, "Иванова")  # letters only: not a number, Record stays off
    assert not dialog.record_button.isEnabled()
    dialog.ref.clear()
    d.type_into(dialog.ref, "12345/21")
    click(dialog.record_button)
    d.wait_until(lambda: events(d) == ["intake", "view", "transfer_out"])
    text = model.index(2, CustodyColumn.WHAT).data()
    assert "European Court of Human Rights" in text
    assert "12345/21" in text


def test_a_late_transfer_says_it_is_late(
    make_driver: Callable[..., Driver], vault: VaultInfo, policy: KdfPolicy
) -> None:
    case_id, _att = file_case(vault, policy)
    d = make_driver(vault.root)
    tab = open_file(d, case_id)
    click(tab.custody.transfer_button)
    dialog = d.dialog(TransferDialog)
    dialog.body.setCurrentIndex(dialog.body.findData("court"))
    d.type_into(dialog.ref, "2-77/2024")
    dialog.earlier.setChecked(True)
    dialog.date.setDate(dialog.date.date().addDays(-30))
    click(dialog.record_button)
    d.wait_until(lambda: events(d) == ["intake", "note_late"])
    text = tab.custody.model.index(1, CustodyColumn.WHAT).data()
    assert text.startswith("Recorded late: Handed to: Court, no. 2-77/2024")


def test_a_redacted_copy_is_taken_in_linked_to_its_original(
    make_driver: Callable[..., Driver], vault: VaultInfo, policy: KdfPolicy, tmp_path: Path
) -> None:
    case_id, _att = file_case(vault, policy)
    d = make_driver(vault.root)
    tab = open_file(d, case_id)
    assert tab.copy_button.isEnabled()
    copy = tmp_path / "вымарано.txt"
    copy.write_text("прото███", encoding="utf-8")
    original = tab.model.rows[0].id
    tab.add_redacted_copy(original, copy)
    d.wait_until(lambda: tab.model.rowCount() == 2 and not tab.busy, 20_000)
    d.wait_until(lambda: events(d)[-1:] == ["derive"])  # the original's chain says so
    new = next(i for i, r in enumerate(tab.model.rows) if r.id != original)
    tab.table.selectRow(new)
    d.wait_until(lambda: events(d) == ["derive"])
    assert "redacted copy of" in tab.custody.model.index(0, CustodyColumn.WHAT).data()


def test_entries_of_a_revoked_key_after_its_cut_off_are_marked(
    make_driver: Callable[..., Driver], vault: VaultInfo, policy: KdfPolicy, tmp_path: Path
) -> None:
    from test_bundle_custody_revoked import Team  # Alice revoked at Bob; Dave relays

    bob = CaseService(unlock(vault.root, vault.passphrase, policy=policy))
    try:
        team = Team(tmp_path / "team", bob=bob)
    finally:
        bob.lock()
    d = make_driver(vault.root)
    d.unlock(PASSPHRASE)
    d.workspace.open_case(team.case)
    d.show_tab(Tab.ATTACHMENTS)
    tab = d.workspace.case_view.attachments
    d.wait_until(lambda: tab.model.rowCount() == 1)
    tab.table.selectRow(0)
    d.wait_until(lambda: tab.custody.model.rowCount() == 8)
    model = tab.custody.model
    checks = [model.index(i, CustodyColumn.CHECK).data() for i in range(8)]
    revoked = "signed by a revoked key after its cut-off"
    assert checks == ["verified"] * 3 + [revoked] * 2 + ["verified"] * 3
    assert model.index(3, CustodyColumn.CHECK).data(Qt.ItemDataRole.ForegroundRole) is not None
    status = tab.custody.status.text()
    assert status.startswith("Not trusted: 2 entries are signed by a revoked key")


@contextlib.contextmanager
def read_only_view(src: Path, where: Path) -> Iterator[Path]:
    """`src` bind-mounted read-only at `where` (as tests/store/test_faults_fs.py does)."""
    if os.geteuid() != 0:
        pytest.skip("mounting a file system needs root")
    where.mkdir()
    subprocess.run(["mount", "--bind", str(src), str(where)], check=True)
    try:
        subprocess.run(["mount", "-o", "remount,bind,ro", str(where)], check=True)
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def test_the_viewer_opens_on_read_only_media_and_says_the_view_is_not_recorded(
    make_driver: Callable[..., Driver], vault: VaultInfo, policy: KdfPolicy, tmp_path: Path
) -> None:
    case_id, _att = file_case(vault, policy)
    with read_only_view(vault.root, tmp_path / "ro") as ro:
        d = make_driver(ro)
        tab = open_file(d, case_id)
        click(tab.view_button)
        viewer = d.dialog(ViewerDialog)
        d.wait_until(lambda: viewer.kind != "")
        assert viewer.kind == "text"
        assert viewer.unrecorded.isVisible()
        assert viewer.unrecorded.text().startswith(
            "This view was not recorded in the custody log: the vault is read-only"
        )
        tab.custody.reload()
        d.wait_until(lambda: events(d) == ["intake"])
        viewer.close()
        d.lock()  # the vault is closed before the view of it is unmounted


def test_a_recorded_view_says_nothing_of_the_kind(
    make_driver: Callable[..., Driver], vault: VaultInfo, policy: KdfPolicy
) -> None:
    case_id, _att = file_case(vault, policy)
    d = make_driver(vault.root)
    tab = open_file(d, case_id)
    click(tab.view_button)
    viewer = d.dialog(ViewerDialog)
    d.wait_until(lambda: viewer.kind != "")
    assert not viewer.unrecorded.isVisible()
    d.wait_until(lambda: events(d) == ["intake", "view"])
    viewer.close()


def test_an_erase_entry_names_who_asked_for_the_erasure(qapp: object) -> None:
    from casebook.ui.custody.texts import describe

    detail = {"record": "00" * 16, "op": "11" * 32, "reason": "safety"}
    item = bytes(32)
    assert describe("erase", detail, item, lambda k: "?").startswith("Erased (")
    named = describe("erase", detail | {"by": "22" * 32}, item, lambda k: f"Carol {k.hex()[:4]}")
    assert named.startswith("Erased at the request of Carol 2222 (")
