"""The erasure screens of the screenshot tour, after the Exchange screens: by then the demo
vault has sealed a bundle to Анна and Борис, so the Erase dialog has colleagues to name.

    Анна imports that bundle, erases a name the demo's owner wrote, and sends her request back;
    the GUI imports it (the banner says so) ── erase ── erased ── erasure-requests ──
    peers-holds ── rotate-key ── deep-erase ── deep-erase-code
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from casebook.bundle import export_bundle, import_bundle
from casebook.crypto.kdf import KdfPolicy
from casebook.service import CaseService
from casebook.ui.erasure.requests_dialog import ErasureRequestsDialog
from casebook.ui.models.people import PersonColumn
from casebook.ui.peers.rotate_key_dialog import RotateKeyDialog
from casebook.ui.vault.deep_erase_dialog import DeepEraseDialog
from casebook.ui.workspace.case_view import Tab
from casebook.vault import unlock
from factory import TRUSTED

from .driver import Driver

PASSPHRASE = "correct horse battery staple"

SCREENS = (
    "erase",
    "erased",
    "erasure-requests",
    "peers-holds",
    "rotate-key",
    "deep-erase",
    "deep-erase-code",
)


def click(button: object) -> None:
    """A left click."""
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[call-overload]


def anna_erases(anna_root: Path, sealed: Path, person_id: bytes, policy: KdfPolicy) -> Path:
    """Анна imports the demo owner's bundle, erases a name in it, and seals her request back."""
    anna = CaseService(unlock(anna_root, PASSPHRASE, policy=policy))
    try:
        import_bundle(anna.session, sealed)
        anna.erasure.erase(person_id, "name", reason="consent_withdrawn")
        back = next(p for p in anna.peers.list() if p.name == "коллега")
        out = sealed.parent / "from-anna.age"
        return export_bundle(anna.session, [back], out_path=out, audience=TRUSTED).paths[0]
    finally:
        anna.lock()


def erasure_tour(
    d: Driver, anna_root: Path, sealed: Path, policy: KdfPolicy
) -> Iterator[tuple[str, QWidget]]:
    """Erase a name, see it erased; confirm Анна's request; peers, a new key, deep erase."""
    ws = d.workspace
    d.show_tab(Tab.PEOPLE)
    people = ws.case_view.people
    d.wait_until(lambda: people.model.rowCount() >= 2 and people.form.record is not None)
    mine, hers = people.model.rows[0], people.model.rows[1]

    back = anna_erases(anna_root, sealed, hers.id, policy)
    imp = d.import_bundle(back)
    d.wizard_next(imp)
    d.wizard_next(imp)
    d.wait_until(lambda: imp.apply_page.done, timeout=20_000)
    imp.accept()
    d.settle()
    d.wait_until(lambda: d.window.banner.isVisible())

    people.table.selectRow(people.model.find(mine.id))
    d.wait_until(lambda: people.form.record is not None and people.form.record.id == mine.id)
    dialog = people.form.open_erase("name")
    assert dialog is not None
    d.wait_until(lambda: dialog.loaded is not None)
    dialog.reason.setCurrentIndex(dialog.reason.findData("safety"))
    yield "erase", dialog
    click(dialog.erase_button)
    d.wait_until(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible())
    d.settle()
    d.wait_until(lambda: people.form.record is not None and "name" in people.form.record.masked)
    d.wait_until(lambda: people.model.index(0, PersonColumn.NAME).data() != mine.name)
    yield "erased", d.window

    d.window.erasures_action.trigger()
    requests = d.dialog(ErasureRequestsDialog)
    d.wait_until(lambda: requests.model.rowCount() == 2)
    yield "erasure-requests", requests
    requests.close()

    peers = d.open_peers()
    d.wait_until(lambda: peers.model.rowCount() == 3)
    row = next(i for i, e in enumerate(peers.model.rows) if e.peer.name.startswith("Анна"))
    peers.table.selectRow(row)
    d.wait_until(lambda: "no. 1" in peers.holds.text() or "№ 1" in peers.holds.text())
    yield "peers-holds", peers
    click(peers.rotate_button)
    rotate = d.dialog(RotateKeyDialog)
    rotate.forget.setChecked(True)
    yield "rotate-key", rotate
    rotate.reject()
    peers.close()

    d.window.deep_erase_action.trigger()
    deep = d.dialog(DeepEraseDialog)
    d.type_into(deep.passphrase, PASSPHRASE)
    yield "deep-erase", deep
    click(deep.erase_button)
    d.wait_until(deep.code_view.isVisible, timeout=60_000)
    yield "deep-erase-code", deep
    d.confirm_code(deep.code_view)
    d.wait_until(lambda: not shiboken6.isValid(deep) or not deep.isVisible())
    d.wait_until(lambda: d.window.workspace is not None)
    d.settle()
