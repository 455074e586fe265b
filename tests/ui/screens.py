"""A tour of every main screen, with the fictional demo cases, for screenshots and checks.

`tour()` drives the real app to each screen in turn and yields (name, widget to capture). The
screenshot test saves each one as a PNG; the same tour checks translations, accessible names
and keyboard reach, and that no text is cut off.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QToolButton,
    QWidget,
)

from casebook.base.paths import VaultPaths
from casebook.bundle import export_bundle
from casebook.bundle.alerts import CompromiseAlert, record_alert
from casebook.crypto.kdf import KdfPolicy
from casebook.domain.cardfile import write_card_file
from casebook.domain.sensitivity import FULL_CLEARANCE
from casebook.service import CaseService
from casebook.service.demo import populate
from casebook.ui.custody.transfer_dialog import TransferDialog
from casebook.ui.peers.alerts_dialog import AlertsDialog
from casebook.ui.search.search_dialog import SearchDialog
from casebook.ui.settings_dialog import SettingsDialog
from casebook.ui.unlock.create_panel import CreatePanel
from casebook.ui.vault.change_passphrase_dialog import ChangePassphraseDialog
from casebook.ui.vault.recovery_code_dialog import NewRecoveryCodeDialog
from casebook.ui.vault.verify_dialog import VerifyDialog
from casebook.ui.vault.vocabulary_dialog import VocabularyDialog
from casebook.ui.viewer.viewer_dialog import ViewerDialog
from casebook.ui.workspace.case_view import Tab
from casebook.ui.workspace.conflict_dialog import ConflictDialog
from casebook.vault import create_vault, unlock
from factory import TRUSTED, trust

from .driver import Driver, make_conflict
from .screens_consent import SCREENS as CONSENT_SCREENS
from .screens_consent import consent_tour, organisation_screen
from .screens_erasure import SCREENS as ERASURE_SCREENS
from .screens_erasure import erasure_tour
from .screens_field import SCREENS as FIELD_SCREENS
from .screens_field import field_tour
from .screens_labels import clearance_screen, label_screen, preview_screen
from .screens_report import SCREENS as REPORT_SCREENS
from .screens_report import report_tour

PASSPHRASE = "correct horse battery staple"
SCREENS = (
    "create",
    "recovery-code",
    "unlock",
    "unlock-wrong-passphrase",
    "overview",
    "people",
    "labels",
    "events",
    "interviews",
    "attachments",
    "viewer",
    "custody",
    "custody-transfer",
    "history",
    "conflict",
    "search",
    *REPORT_SCREENS,
    "change-passphrase",
    "new-recovery-code",
    "verify",
    "vocabularies",
    "peer-verify",
    "peers",
    "clearance",
    "organisation",
    "export-recipients",
    "export-preview",
    "export-done",
    "import-sender",
    "import-done",
    "alerts",
    *CONSENT_SCREENS,
    *ERASURE_SCREENS,
    "settings",
    *FIELD_SCREENS,
    "verify-damaged",
)


def demo_vault(root: Path, policy: KdfPolicy) -> None:
    """A vault holding the fictional demo cases and one conflict, locked."""
    svc = CaseService(create_vault(root, PASSPHRASE, policy=policy).session)
    try:
        populate(svc)
        case = next(r for r in svc.reading.list_cases() if "Примеров" in r.title)
        make_conflict(svc, case.id, "court", "Условный областной суд (вымышленный)")
    finally:
        svc.lock()


def damaged_vault(root: Path, policy: KdfPolicy, scratch: Path) -> None:
    """A vault with one case whose attachment's encrypted file has a flipped byte, locked."""
    svc = CaseService(create_vault(root, PASSPHRASE, policy=policy).session)
    try:
        case_id = svc.records.add_case("Дело Условного (вымышленное)")
        scan = scratch / "протокол-задержания.pdf"
        scan.write_bytes(bytes(range(256)) * 5000)  # over 1 MiB: kept as an encrypted file
        svc.attachments.attach(case_id, scan)
    finally:
        svc.lock()
    blob = next(p for p in VaultPaths(root).blobs.rglob("*") if p.is_file())
    raw = bytearray(blob.read_bytes())
    raw[len(raw) // 2] ^= 0xFF
    blob.write_bytes(bytes(raw))


def tour(
    make_driver: Callable[..., Driver], tmp_path: Path, policy: KdfPolicy, language: str
) -> Iterator[tuple[str, QWidget]]:
    """Go to each screen of SCREENS in turn."""
    # Create: a fresh folder.
    c = make_driver(tmp_path / f"new-{language}", language=language)
    panel = c.window.page
    assert isinstance(panel, CreatePanel)
    c.type_into(panel.passphrase, "correct horse battery")
    c.type_into(panel.confirm, "correct horse")
    yield "create", c.window
    panel.confirm.clear()
    c.type_into(panel.confirm, "correct horse battery")
    QTest.mouseClick(panel.create_button, Qt.MouseButton.LeftButton)
    c.wait_until(lambda: panel.steps.currentIndex() == 2)
    yield "recovery-code", c.window
    c.window.hide()

    root = tmp_path / f"demo-{language}"
    demo_vault(root, policy)
    d = make_driver(root, language=language)
    yield "unlock", d.window
    d.try_unlock("wrong passphrase")
    yield "unlock-wrong-passphrase", d.window
    d.unlock(PASSPHRASE)
    ws = d.workspace
    cases = ws.cases
    d.wait_until(lambda: cases.model.rowCount() == 5)
    row = next(i for i, r in enumerate(cases.model.rows) if "Примеров" in r.title)
    cases.table.selectRow(row)
    d.wait_until(lambda: ws.case_view.overview.form.record is not None)
    d.settle()
    yield "overview", d.window
    for name, tab in (
        ("people", Tab.PEOPLE),
        ("events", Tab.EVENTS),
        ("interviews", Tab.INTERVIEWS),
        ("attachments", Tab.ATTACHMENTS),
    ):
        d.show_tab(tab)
        d.settle()
        if tab == Tab.INTERVIEWS:
            notes = ws.case_view.interviews.notes
            d.wait_until(lambda n=notes: n.model.rowCount() == 4)
            d.type_into(notes.editor, "Говорит, что его ")
        yield name, d.window
        if tab == Tab.PEOPLE:
            yield from label_screen(d)
    attachments = ws.case_view.attachments
    attachments.table.selectRow(0)
    QTest.mouseClick(attachments.view_button, Qt.MouseButton.LeftButton)
    viewer = d.dialog(ViewerDialog)
    d.wait_until(lambda: viewer.kind != "")
    yield "viewer", viewer
    viewer.close()
    custody = attachments.custody
    d.wait_until(lambda: [r.event for r in custody.model.rows][-1:] == ["view"])
    d.settle()
    yield "custody", d.window
    QTest.mouseClick(custody.transfer_button, Qt.MouseButton.LeftButton)
    transfer = d.dialog(TransferDialog)
    transfer.body.setCurrentIndex(transfer.body.findData("echr"))
    d.type_into(transfer.ref, "12345/21")
    yield "custody-transfer", transfer
    QTest.mouseClick(transfer.record_button, Qt.MouseButton.LeftButton)
    d.wait_until(lambda: [r.event for r in custody.model.rows][-1:] == ["transfer_out"])
    d.show_tab(Tab.HISTORY)
    history = ws.case_view.history
    d.wait_until(lambda: history.conflicts.count() == 1)
    yield "history", d.window
    QTest.mouseClick(history.resolve_button, Qt.MouseButton.LeftButton)
    conflict = d.dialog(ConflictDialog)
    yield "conflict", conflict
    conflict.reject()
    d.window.on_search_action_triggered()
    search = d.dialog(SearchDialog)
    search.search_now("задерж")
    d.wait_until(lambda: search.model.rowCount() > 0)
    search.results.selectRow(0)
    yield "search", search
    search.close()
    yield from report_tour(d, tmp_path / f"court-{language}", language)
    yield from vault_menu_tour(d)
    sealed: list[Path] = []
    usb = tmp_path / f"usb-{language}"
    yield from exchange_tour(d, *exchange_setup(root, usb, policy), sealed)
    yield from consent_tour(d)
    yield from erasure_tour(d, usb.parent / f"{usb.name}-anna", sealed[0], policy)
    d.window.on_settings_action_triggered()
    settings = d.dialog(SettingsDialog)
    yield "settings", settings
    settings.close()
    yield from field_tour(d, tmp_path / f"usb-travel-{language}")

    root = tmp_path / f"damaged-{language}"
    damaged_vault(root, policy, tmp_path)
    e = make_driver(root, language=language)
    e.unlock(PASSPHRASE)
    e.window.verify_action.trigger()
    verify = e.dialog(VerifyDialog)
    e.wait_until(lambda: not verify.running, timeout=20_000)
    yield "verify-damaged", verify


def vault_menu_tour(d: Driver) -> Iterator[tuple[str, QWidget]]:
    """The Vault menu's dialogs, and Cases → Vocabularies… after adding a term."""
    d.window.change_passphrase_action.trigger()
    change = d.dialog(ChangePassphraseDialog)
    d.type_into(change.current, "wrong passphrase")
    d.type_into(change.chooser.passphrase, "violet kettle under moonlit harbour")
    d.type_into(change.chooser.confirm, "violet kettle under moonlit harbour")
    QTest.mouseClick(change.change_button, Qt.MouseButton.LeftButton)
    d.wait_until(lambda: not change.working and change.error.isVisible())
    yield "change-passphrase", change
    change.reject()

    d.window.recovery_code_action.trigger()
    recovery = d.dialog(NewRecoveryCodeDialog)
    d.type_into(recovery.current, PASSPHRASE)
    QTest.mouseClick(recovery.make_button, Qt.MouseButton.LeftButton)
    d.wait_until(recovery.code_view.isVisible)
    yield "new-recovery-code", recovery
    d.confirm_code(recovery.code_view)
    d.wait_until(lambda: not recovery.isVisible())

    d.window.verify_action.trigger()
    verify = d.dialog(VerifyDialog)
    d.wait_until(lambda: not verify.running, timeout=20_000)
    yield "verify", verify
    verify.close()

    d.window.vocabularies_action.trigger()
    vocabularies = d.dialog(VocabularyDialog)
    vocabularies.vocabulary.setCurrentIndex(vocabularies.vocabulary.findData("legal_article"))
    d.type_into(vocabularies.code, "koap_20_2_8")
    d.type_into(vocabularies.english, "CAO 20.2 part 8 (repeated violation at a public event)")
    d.type_into(
        vocabularies.russian, "КоАП 20.2 ч. 8 (повторное нарушение на публичном мероприятии)"
    )
    QTest.mouseClick(vocabularies.add_button, Qt.MouseButton.LeftButton)
    d.settle()
    d.wait_until(lambda: vocabularies.model.rows[-1].code == "koap_20_2_8")
    yield "vocabularies", vocabularies
    vocabularies.close()


def exchange_setup(demo: Path, usb: Path, policy: KdfPolicy) -> tuple[Path, Path]:
    """Colleagues of the demo vault: Анна (verified, sent a bundle), Вера (revoked), and Борис,
    whose card waits on the "USB drive" to be added in the GUI. Returns (card, bundle)."""
    usb.mkdir()
    me = CaseService(unlock(demo, PASSPHRASE, policy=policy))
    anna = CaseService(
        create_vault(usb.parent / f"{usb.name}-anna", PASSPHRASE, policy=policy).session
    )
    vera = CaseService(
        create_vault(usb.parent / f"{usb.name}-vera", PASSPHRASE, policy=policy).session
    )
    boris = CaseService(
        create_vault(usb.parent / f"{usb.name}-boris", PASSPHRASE, policy=policy).session
    )
    try:
        mine = me.peers.my_card().encode()
        to_anna = me.peers.add(anna.peers.my_card().encode(), "Анна Смирнова")
        me.peers.mark_verified(to_anna)
        # Анна may see everything (a lawyer of the team); Борис, added in the GUI, has a new
        # colleague's clearance: the export wizard seals one bundle for each.
        me.labels.set_clearance(to_anna, FULL_CLEARANCE)
        me.peers.set_organisation(to_anna, "Мемориал")  # a consent for org:Мемориал: her
        # ... and the people of the case shown consented to their names going to her.
        case = next(r for r in me.reading.list_cases() if "Примеров" in r.title)
        for person in me.reading.children(case.id, "person"):
            me.consent.record(
                person.id, ["share_peers"], "granted", audience=[f"peer:{anna.me.hex()}"]
            )
        me.peers.revoke(me.peers.add(vera.peers.my_card().encode(), "Вера К."), after=3)
        # Vera's keys signed a second bundle no. 4: what the importer records as an alert.
        fork = CompromiseAlert("bundle-fork", vera.me, 4, vera.me, "two bundles with one number")
        record_alert(me.store, fork)
        to_me = anna.peers.add(mine, "коллега")
        anna.peers.mark_verified(to_me)
        trust(anna, to_me)
        case = anna.records.add_case("Дело Условной (вымышленное): обыск в НКО")
        anna.records.add_person(case, name="Условная Мария", role="victim")
        bundle = export_bundle(anna.session, [to_me], out_path=usb, audience=TRUSTED).paths[0]
        card = usb / "boris.casebook"
        write_card_file(card, boris.peers.my_card())
    finally:
        for svc in (me, anna, vera, boris):
            svc.lock()
    return card, bundle


def exchange_tour(
    d: Driver, card: Path, bundle: Path, sealed: list[Path]
) -> Iterator[tuple[str, QWidget]]:
    """Exchange: add Борис and start comparing numbers; the Peers window with every mark;
    the Export wizard (what it seals is added to `sealed`); the Import wizard."""
    peers = d.open_peers()
    d.wait_until(lambda: peers.card is not None)
    verify = d.add_peer(peers, card, "Борис Н.")
    d.type_into(verify.typed, verify.number[:17])
    yield "peer-verify", verify
    verify.reject()
    d.settle()
    d.wait_until(lambda: peers.model.rowCount() == 3)
    peers.table.selectRow(0)
    yield "peers", peers
    yield from clearance_screen(d, peers)
    yield from organisation_screen(d, peers)
    peers.close()

    wizard = d.export_bundle_start()
    d.wizard_next(wizard)
    d.tick(wizard.recipients_page.list, "Анна")
    d.tick(wizard.recipients_page.list, "Борис")
    yield "export-recipients", wizard
    wizard.recipients_page.confirm.setChecked(True)
    d.wizard_next(wizard)
    d.type_into(wizard.destination_page.folder, str(card.parent))
    d.wizard_next(wizard)
    yield from preview_screen(d, wizard)
    d.wizard_next(wizard)
    d.wait_until(lambda: wizard.seal_page.done, timeout=30_000)
    # Анна's bundle first: the erasure screens have her import it.
    for result in sorted(wizard.results_, key=lambda r: "Анна" not in r.recipients[0].name):
        sealed.extend(result.paths)
    yield "export-done", wizard
    wizard.accept()

    imp = d.import_bundle(bundle)
    yield "import-sender", imp
    d.wizard_next(imp)
    d.wizard_next(imp)
    d.wait_until(lambda: imp.apply_page.done, timeout=20_000)
    yield "import-done", imp
    imp.accept()

    d.window.alerts_action.trigger()
    alerts = d.dialog(AlertsDialog)
    d.wait_until(lambda: alerts.model.rowCount() == 1)
    yield "alerts", alerts
    alerts.close()


def visible_texts(root: QWidget) -> list[tuple[QWidget, str]]:
    """Interface texts a person sees: labels, buttons, tabs, headers, placeholders, menus."""
    out: list[tuple[QWidget, str]] = []
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if not w.isVisible():
            continue
        if isinstance(w, QLabel) and w.text() or isinstance(w, QAbstractButton) and w.text():
            out.append((w, w.text()))
        elif isinstance(w, QTabBar):
            out += [(w, w.tabText(i)) for i in range(w.count())]
        elif isinstance(w, QHeaderView) and w.model() is not None:
            model = w.model()
            for i in range(model.columnCount()):
                text = model.headerData(i, w.orientation())
                if text:
                    out.append((w, str(text)))
        if isinstance(w, (QLineEdit, QPlainTextEdit)) and w.placeholderText():
            out.append((w, w.placeholderText()))
    if hasattr(root, "menuBar"):
        for action in root.menuBar().actions():  # type: ignore[attr-defined]
            out.append((root, action.text()))
            menu = action.menu()
            if menu is not None:
                out += [(root, a.text()) for a in menu.actions() if a.text()]
    return out


INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QPlainTextEdit,
    QTextEdit,
    QAbstractItemView,
    QTabBar,
)


def controls(root: QWidget) -> list[QWidget]:
    """The visible controls a person operates (Qt's internal helper widgets left out)."""
    found = []
    for w in root.findChildren(QWidget):
        if not w.isVisible() or not isinstance(w, INTERACTIVE):
            continue
        if isinstance(w, (QScrollBar, QHeaderView)) or w.objectName().startswith("qt_"):
            continue
        if isinstance(w, QLineEdit) and isinstance(w.parent(), (QComboBox, QAbstractSpinBox)):
            continue
        if isinstance(w, QToolButton) and isinstance(w.parent(), QLineEdit):
            continue  # a line edit's own clear button; Escape or Ctrl+A, Delete do the same
        found.append(w)
    return found


def accessible_name(w: QWidget) -> str:
    """What a screen reader announces as the control's name."""
    iface = QAccessible.queryAccessibleInterface(w)
    return iface.text(QAccessible.Text.Name) if iface is not None else ""


def keyboard_reachable(w: QWidget, root: QWidget) -> bool:
    """Tab reaches it, or (toolbar buttons) its action is in a menu with the same command."""
    if w.focusPolicy() & Qt.FocusPolicy.TabFocus:
        return True
    if isinstance(w, QToolButton) and w.defaultAction() is not None:
        bar = getattr(root, "menuBar", None)
        if bar is not None:
            menus = [a.menu() for a in bar().actions() if a.menu() is not None]
            return any(w.defaultAction() in m.actions() for m in menus)
    return False


def cut_off(w: QWidget) -> bool:
    """True for a one-line label or button narrower than its text."""
    if isinstance(w, QLabel):
        if w.wordWrap() or not w.text() or w.pixmap() is not None and not w.pixmap().isNull():
            return False
        shown = w.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        return w.contentsRect().width() + 1 < w.fontMetrics().horizontalAdvance(shown)
    if isinstance(w, QAbstractButton) and w.text() and not isinstance(w, QToolButton):
        return w.width() + 1 < w.sizeHint().width()
    return False


_MNEMONIC = re.compile(r"(?<!&)&(?!&)")


def literal_ampersand(w: QWidget) -> bool:
    """True for a label that shows its "&" as a character: a label's mnemonic works only with a
    buddy to focus ("&Folder:" beside a row of a field and a button has none)."""
    if not isinstance(w, QLabel) or w.textFormat() == Qt.TextFormat.RichText:
        return False
    return bool(_MNEMONIC.search(w.text())) and w.buddy() is None
