"""The consent ledger in the GUI (PROTECTION §3): the form with ticks in the interview view,
a person's consents in the People tab, and a withdrawal that names who holds the identity and
offers erasure."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from casebook.bundle import export_bundle
from casebook.bundle.audience import Audience
from casebook.crypto.kdf import KdfPolicy
from casebook.domain.sensitivity import FULL_CLEARANCE
from casebook.service import CaseService
from casebook.service.labels import gate_of
from casebook.ui.consent.consent_form import ConsentFormDialog
from casebook.ui.consent.withdraw_dialog import WithdrawDialog
from casebook.ui.erasure.erase_dialog import EraseDialog
from casebook.ui.models.consents import ConsentColumn
from casebook.ui.models.peers import PeerColumn
from casebook.ui.peers.organisation_dialog import OrganisationDialog
from casebook.ui.workspace.case_view import Tab
from casebook.ui.workspace.conflict_dialog import ConflictDialog
from casebook.vault import create_vault, unlock

from .driver import Driver, VaultInfo

PASSPHRASE = "correct horse battery staple"
NAME = "Согласова Вера Тестовна"


def click(button: object) -> None:
    """A left click."""
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[call-overload]


def gone(widget: QWidget) -> bool:
    """Closed: deleted (WA_DeleteOnClose) or hidden."""
    return not shiboken6.isValid(widget) or not widget.isVisible()


def fits_a_laptop(widget: QWidget) -> bool:
    """Within a 1366×768 screen, less a title bar and a panel."""
    size = widget.size().expandedTo(widget.sizeHint())
    return size.width() <= 1366 and size.height() <= 700


def interview_case(info: VaultInfo, policy: KdfPolicy, *, legacy: bool = False) -> bytes:
    """A case with a person and an interview of them (with old consent codes, if `legacy`)."""
    svc = CaseService(unlock(info.root, info.passphrase, policy=policy))
    try:
        case_id = svc.records.add_case("Дело о согласии (тест)")
        person = svc.records.add_person(case_id, NAME, "witness")
        fields = {"language": "ru", "interpreter": "Переводчик Т."}
        interview = svc.records.add_interview(case_id, person, **fields)
        if legacy:  # as an interview written before the ledger kept them
            svc.session.commit_writes(
                [("interview", interview, "set", "consent", ["court", "record", "withdrawn"])]
            )
        return case_id
    finally:
        svc.lock()


def open_interview(d: Driver, case_id: bytes) -> None:
    d.unlock(PASSPHRASE)
    d.workspace.open_case(case_id)
    d.show_tab(Tab.INTERVIEWS)
    tab = d.workspace.case_view.interviews
    d.wait_until(lambda: tab.form.record is not None)
    d.wait_until(lambda: tab.consent.loaded is not None)


def test_the_interview_form_records_the_common_scopes_in_one_go(
    make_driver: Callable[..., Driver], vault: VaultInfo, policy: KdfPolicy
) -> None:
    case_id = interview_case(vault, policy, legacy=True)
    d = make_driver(vault.root)
    open_interview(d, case_id)
    tab = d.workspace.case_view.interviews
    panel = tab.consent
    assert "interview.consent" not in {f.label_key for f in tab.form._fields.values()}
    assert "No consent recorded" in panel.decisions.text()
    # The old codes stay readable, and say they are not used for sharing.
    assert panel.legacy.isVisible()
    legacy = panel.legacy.text()
    assert "not used for sharing" in legacy
    assert "Use in a national court" in legacy
    assert "Withdrawn" in legacy

    click(panel.record_button)
    form = d.dialog(ConsentFormDialog)
    d.wait_until(lambda: form.data is not None)
    assert NAME in form.intro.text()
    assert "at this interview" in form.intro.text()
    assert "ECtHR" in form.international_note.text()
    assert "anonymity" in form.international_note.text()
    assert not form.record_button.isEnabled()
    for code in ("record", "store", "court_domestic", "share_peers"):
        form.agrees[code].setChecked(True)
    form.refuses["publish_named"].setChecked(True)
    form.agrees["publish_named"].setChecked(True)  # the other tick goes off
    assert not form.refuses["publish_named"].isChecked()
    form.refuses["publish_named"].setChecked(True)
    assert not form.agrees["publish_named"].isChecked()
    form.method.setCurrentIndex(form.method.findData("oral"))
    d.type_into(form.expires, "2099-12-31")
    assert fits_a_laptop(form)
    click(form.record_button)
    d.wait_until(lambda: gone(form))
    d.wait_until(lambda: panel.loaded is not None and len(panel.loaded.decisions) == 2)
    text = panel.decisions.text()
    assert "Granted" in text
    assert "Refused" in text
    assert "Publication with name" in text

    d.show_tab(Tab.PEOPLE)
    people = d.workspace.case_view.people
    d.wait_until(lambda: people.consent.loaded is not None)
    summary = people.consent.summary.text()
    agreed = next(line for line in summary.splitlines() if line.startswith("Agreed"))
    assert agreed.startswith("Agreed — anyone you work with: Taking notes of what is said;")
    assert "Sharing with colleagues" in agreed
    assert "Refused: Publication with name" in summary.splitlines()
    assert people.consent.model.rowCount() == 2
    assert people.consent.withdraw_button.isEnabled()


def test_the_form_refuses_an_unreadable_date_and_an_empty_audience(
    make_driver: Callable[..., Driver], vault: VaultInfo, policy: KdfPolicy
) -> None:
    case_id = interview_case(vault, policy)
    d = make_driver(vault.root)
    open_interview(d, case_id)
    click(d.workspace.case_view.interviews.consent.record_button)
    form = d.dialog(ConsentFormDialog)
    d.wait_until(lambda: form.data is not None)
    form.agrees["store"].setChecked(True)
    form.to_peers.setChecked(True)
    click(form.record_button)
    assert "Tick the colleagues" in form.error.text()
    form.to_anyone.setChecked(True)
    d.type_into(form.expires, "someday")
    click(form.record_button)
    assert "2027-03-05" in form.error.text()
    form.reject()


def test_russian_form(
    make_driver: Callable[..., Driver], vault: VaultInfo, policy: KdfPolicy
) -> None:
    case_id = interview_case(vault, policy)
    d = make_driver(vault.root, language="ru")
    open_interview(d, case_id)
    click(d.workspace.case_view.interviews.consent.record_button)
    form = d.dialog(ConsentFormDialog)
    d.wait_until(lambda: form.data is not None)
    assert "ЕСПЧ" in form.international_note.text()
    assert form.record_button.text().replace("&", "") == "Записать"
    assert fits_a_laptop(form)
    form.reject()


def _withdraw_setup(tmp_path: Path, info: VaultInfo, policy: KdfPolicy) -> bytes:
    """A person who agreed to sharing, whose name went to Анна in a bundle."""
    svc = CaseService(unlock(info.root, info.passphrase, policy=policy))
    anna = CaseService(create_vault(tmp_path / "anna", PASSPHRASE, policy=policy).session)
    try:
        peer = svc.peers.add(anna.peers.my_card().encode(), "Анна Смирнова")
        svc.peers.mark_verified(peer)
        svc.labels.set_clearance(peer, FULL_CLEARANCE)  # a lawyer who may see names
        case_id = svc.records.add_case("Дело об отзыве (тест)")
        person = svc.records.add_person(case_id, NAME, "witness", aliases=["Вера"])
        svc.consent.record(person, ["share_peers", "court_domestic"], "granted")
        (tmp_path / "usb").mkdir()
        # Sealed as the app seals: her clearance and the consent ledger let the name go.
        export_bundle(
            svc.session,
            [svc.peers.find("Анна Смирнова")],
            out_path=tmp_path / "usb",
            audience=Audience(gate=gate_of(svc)),
        )
        return case_id
    finally:
        svc.lock()
        anna.lock()


def test_withdraw_names_the_holders_and_offers_erasure(
    make_driver: Callable[..., Driver], vault: VaultInfo, policy: KdfPolicy, tmp_path: Path
) -> None:
    case_id = _withdraw_setup(tmp_path, vault, policy)
    d = make_driver(vault.root)
    d.unlock(PASSPHRASE)
    d.workspace.open_case(case_id)
    d.show_tab(Tab.PEOPLE)
    people = d.workspace.case_view.people
    d.wait_until(lambda: people.consent.loaded is not None)
    assert people.consent.withdraw_button.isEnabled()
    click(people.consent.withdraw_button)
    dialog = d.dialog(WithdrawDialog)
    d.wait_until(lambda: dialog.loaded is not None)
    assert set(dialog.ticks) == {"share_peers", "court_domestic"}
    assert all(t.isChecked() for t in dialog.ticks.values())
    assert dialog.close_button.isDefault()
    assert not dialog.withdraw_button.isDefault()
    dialog.ticks["court_domestic"].setChecked(False)
    click(dialog.withdraw_button)
    d.wait_until(lambda: dialog.result_ is not None)
    assert "Анна Смирнова: 1 bundle (no. 1)" in dialog.holders.text()
    assert "Rule 47 § 4" in dialog.court.text()
    assert [b.text() for b in dialog.erase_buttons] == ["Erase “Name”…", "Erase “Also known as”…"]
    assert fits_a_laptop(dialog)

    click(dialog.erase_buttons[0])
    erase = d.dialog(EraseDialog)
    d.wait_until(lambda: erase.loaded is not None)
    assert erase.reason.currentData() == "consent_withdrawn"
    assert "Анна Смирнова" in erase.holders.text()
    erase.reject()
    dialog.reject()

    d.wait_until(
        lambda: (
            people.consent.model.rowCount() == 2 and "Withdrawn" in people.consent.summary.text()
        )
    )
    assert people.consent.summary.text().splitlines() == [
        "Withdrawn: Sharing with colleagues",
        "Agreed — anyone you work with: Use in a national court",
    ]
    newest = people.consent.model.index(0, ConsentColumn.DECISION).data()
    assert newest == "Withdrawn"
    older = people.consent.model.index(1, ConsentColumn.DECISION).data()
    assert older == "Granted"  # still live for the court


def concurrent_decisions(info: VaultInfo, policy: KdfPolicy) -> tuple[bytes, bytes]:
    """A grant and a withdrawal that did not see each other (as after an exchange): the
    withdrawal is signed without `replaces`. Returns (case, person)."""
    svc = CaseService(unlock(info.root, info.passphrase, policy=policy))
    try:
        case_id = svc.records.add_case("Дело о споре согласий (тест)")
        person = svc.records.add_person(case_id, NAME, "witness")
        svc.consent.record(person, ["share_peers"], "granted")
        withdrawal = os.urandom(16)
        svc.session.commit_writes(
            [
                ("consent", withdrawal, "create", "", {"case": case_id.hex()}),
                ("consent", withdrawal, "set", "subject", person.hex()),
                ("consent", withdrawal, "set", "scope", ["share_peers"]),
                ("consent", withdrawal, "set", "status", "withdrawn"),
                ("consent", withdrawal, "set", "audience", ["any"]),
            ]
        )
        return case_id, person
    finally:
        svc.lock()


def test_a_consent_conflict_shows_in_history_and_is_resolved_there(
    make_driver: Callable[..., Driver], vault: VaultInfo, policy: KdfPolicy
) -> None:
    case_id, _person = concurrent_decisions(vault, policy)
    d = make_driver(vault.root)
    d.unlock(PASSPHRASE)
    d.workspace.open_case(case_id)
    d.show_tab(Tab.PEOPLE)
    people = d.workspace.case_view.people
    d.wait_until(lambda: people.consent.loaded is not None)
    assert "counts as withdrawn" in people.consent.conflict.text()
    d.show_tab(Tab.HISTORY)
    history = d.workspace.case_view.history
    d.wait_until(lambda: history.conflicts.count() == 1)
    item = history.conflicts.item(0).text()
    assert item == f"Consent «{NAME}» — Sharing with colleagues: 2 versions"
    click(history.resolve_button)
    dialog = d.dialog(ConflictDialog)
    texts = [t.toPlainText() for t in dialog.findChildren(QPlainTextEdit)]
    assert sorted(texts) == ["Granted", "Withdrawn"]
    keep = dialog.keep_buttons[[v.value for v in dialog._conflict.values].index("withdrawn")]
    click(keep)
    d.wait_until(lambda: gone(dialog))
    d.wait_until(lambda: history.conflicts.count() == 0)
    d.show_tab(Tab.PEOPLE)
    d.wait_until(lambda: people.consent.loaded is not None and people.consent.model.rowCount() == 3)
    assert people.consent.summary.text() == "Withdrawn: Sharing with colleagues"
    assert not people.consent.conflict.text()


def test_an_organisation_in_the_peers_window_and_the_consent_form(
    make_driver: Callable[..., Driver], vault: VaultInfo, policy: KdfPolicy, tmp_path: Path
) -> None:
    svc = CaseService(unlock(vault.root, vault.passphrase, policy=policy))
    anna = CaseService(create_vault(tmp_path / "anna", PASSPHRASE, policy=policy).session)
    try:
        svc.peers.mark_verified(svc.peers.add(anna.peers.my_card().encode(), "Анна Смирнова"))
        case_id = svc.records.add_case("Дело об организации (тест)")
        person = svc.records.add_person(case_id, NAME, "witness")
    finally:
        svc.lock()
        anna.lock()
    d = make_driver(vault.root)
    d.unlock(PASSPHRASE)
    peers = d.open_peers()
    d.wait_until(lambda: peers.model.rowCount() == 1)
    peers.table.selectRow(0)
    assert "Organisation: none recorded." in peers.details.text()
    dialog = peers.on_org_button_clicked()
    assert isinstance(dialog, OrganisationDialog)
    d.wait_until(lambda: dialog.save_button.isEnabled())
    dialog.name.setEditText("Мемориал")
    assert fits_a_laptop(dialog)
    click(dialog.save_button)
    d.wait_until(lambda: gone(dialog))
    d.wait_until(lambda: "Organisation: Мемориал." in peers.details.text())
    shown = peers.model.index(0, PeerColumn.ORGANISATION).data()
    assert shown == "Мемориал"
    assert d.ask(lambda s: s.peers.organisations()) == {anna.me: "Мемориал"}
    peers.close()

    d.workspace.open_case(case_id)
    d.show_tab(Tab.PEOPLE)
    consent = d.workspace.case_view.people.consent
    d.wait_until(lambda: consent.loaded is not None)
    form = consent.open_form()
    assert form is not None
    d.wait_until(lambda: form.data is not None)
    assert [form.org.itemText(i) for i in range(form.org.count())] == ["Мемориал"]
    form.to_org.setChecked(True)
    form.org.setCurrentIndex(0)
    form.agrees["share_org"].setChecked(True)
    click(form.record_button)
    d.wait_until(lambda: gone(form))
    gate = d.ask(lambda s: s.consent.identity_allowed(person, [anna.me], "bundle"))
    assert (gate.allowed, gate.reason_code) == (True, "consent")
    (decision,) = d.ask(lambda s: s.consent.decisions(person))
    assert decision.audience == ("org:Мемориал",)


def test_withdraw_and_erase_name_the_reports_that_carried_the_name(
    make_driver: Callable[..., Driver], vault: VaultInfo, policy: KdfPolicy, tmp_path: Path
) -> None:
    from casebook.report import Audience as ReportAudience
    from casebook.report import build_report
    from casebook.report.package import write_package

    svc = CaseService(unlock(vault.root, vault.passphrase, policy=policy))
    try:
        case_id = svc.records.add_case("Дело с отчётом (тест)")
        person = svc.records.add_person(case_id, NAME, "witness")
        svc.consent.record(person, ["international"], "granted")
        built = build_report(svc, case_id, ReportAudience("echr"))
        write_package(svc, built, tmp_path / "echr", b"%PDF-1.4\n")
    finally:
        svc.lock()
    d = make_driver(vault.root)
    d.unlock(PASSPHRASE)
    d.workspace.open_case(case_id)
    d.show_tab(Tab.PEOPLE)
    people = d.workspace.case_view.people
    d.wait_until(lambda: people.consent.loaded is not None)
    dialog = people.consent.open_withdraw()
    assert dialog is not None
    d.wait_until(lambda: dialog.loaded is not None)
    click(dialog.withdraw_button)
    d.wait_until(lambda: dialog.result_ is not None)
    assert dialog.reports.isVisible()
    text = dialog.reports.text()
    assert "a filed report cannot be recalled" in text
    assert f"Application to the European Court of Human Rights: report {built.short_id}" in text
    assert "Rule 47 § 4" in dialog.court.text()
    assert str(tmp_path) not in text
    assert fits_a_laptop(dialog)
    click(dialog.erase_buttons[0])
    erase = d.dialog(EraseDialog)
    d.wait_until(lambda: erase.loaded is not None)
    assert built.short_id in erase.holders.text()
    assert "Rule 47 § 4" in erase.holders.text()
    assert fits_a_laptop(erase)
    erase.reject()
    dialog.reject()


def test_an_override_from_the_persons_consents(
    make_driver: Callable[..., Driver], vault: VaultInfo, policy: KdfPolicy, tmp_path: Path
) -> None:
    from casebook.domain.custody import record_item
    from casebook.ui.consent.override_dialog import OverrideDialog

    svc = CaseService(unlock(vault.root, vault.passphrase, policy=policy))
    anna = CaseService(create_vault(tmp_path / "anna", PASSPHRASE, policy=policy).session)
    try:
        svc.peers.mark_verified(svc.peers.add(anna.peers.my_card().encode(), "Анна Смирнова"))
        case_id = svc.records.add_case("Дело об исключении (тест)")
        person = svc.records.add_person(case_id, NAME, "witness")
        svc.consent.record(person, ["court_domestic"], "refused")
    finally:
        svc.lock()
        anna.lock()
    d = make_driver(vault.root)
    d.unlock(PASSPHRASE)
    d.workspace.open_case(case_id)
    d.show_tab(Tab.PEOPLE)
    consent = d.workspace.case_view.people.consent
    d.wait_until(lambda: consent.loaded is not None)
    assert consent.override_button.isEnabled()
    click(consent.override_button)
    dialog = d.dialog(OverrideDialog)
    d.wait_until(lambda: dialog.loaded is not None)
    assert NAME in dialog.intro.text()
    assert "Refused: Use in a national court" in dialog.now.text()
    warning = dialog.warning.text()
    assert "although they have not agreed to it" in warning
    assert "custody log" in warning
    assert "cannot be recalled" in warning
    # The reason is a code from the list, never typed, and never assumed.
    assert not dialog.reason.isEditable()
    assert dialog.reason.currentIndex() == -1
    assert [dialog.reason.itemData(i) for i in range(dialog.reason.count())] == [
        "court_order",
        "at_risk_unreachable",
        "legal_duty",
        "already_public",
    ]
    assert dialog.purpose.findData("publish_anonymised") == -1
    assert not dialog.record_button.isEnabled()
    assert dialog.cancel_button.isDefault()
    assert fits_a_laptop(dialog)
    dialog.reason.setCurrentIndex(dialog.reason.findData("court_order"))
    dialog.purpose.setCurrentIndex(dialog.purpose.findData("court_domestic"))
    dialog.to_peers.setChecked(True)
    click(dialog.record_button)
    assert "Tick the colleagues" in dialog.error.text()
    dialog.peers.item(0).setCheckState(Qt.CheckState.Checked)
    d.type_into(dialog.expires, "31.02.2099")
    click(dialog.record_button)
    assert dialog.error.text()  # no such day
    dialog.expires.clear()
    d.type_into(dialog.expires, "31.12.2099")
    click(dialog.record_button)
    d.wait_until(lambda: gone(dialog))

    (override,) = d.ask(lambda s: s.consent.overrides(person))
    assert (override.reason, override.purpose, override.expires) == (
        "court_order",
        "court_domestic",
        "2099-12-31",
    )
    assert override.audience == (f"peer:{anna.me.hex()}",)
    gate = d.ask(lambda s: s.consent.identity_allowed(person, [anna.me], "court_domestic"))
    assert (gate.allowed, gate.reason_code) == (True, "override")
    entries = d.ask(lambda s: s.custody.chain(record_item(person)).entries)
    assert [e.event for e in entries] == ["override"]
    assert entries[0].detail["reason"] == "court_order"
    assert entries[0].detail["to"] == [anna.me.hex()]
    d.wait_until(lambda: "Override (Court order)" in consent.summary.text())
    assert "Анна Смирнова" in consent.summary.text()


def test_russian_override_dialog(
    make_driver: Callable[..., Driver], vault: VaultInfo, policy: KdfPolicy
) -> None:
    from casebook.ui.consent.override_dialog import OverrideDialog

    case_id = interview_case(vault, policy)
    d = make_driver(vault.root, language="ru")
    d.unlock(PASSPHRASE)
    d.workspace.open_case(case_id)
    d.show_tab(Tab.PEOPLE)
    consent = d.workspace.case_view.people.consent
    d.wait_until(lambda: consent.loaded is not None)
    dialog = consent.open_override()
    assert isinstance(dialog, OverrideDialog)
    d.wait_until(lambda: dialog.loaded is not None)
    assert dialog.reason.itemText(0) == "Решение суда"
    assert "журнал" in dialog.warning.text()
    assert fits_a_laptop(dialog)
    dialog.reject()
