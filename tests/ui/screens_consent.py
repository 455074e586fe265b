"""The consent screens of the screenshot tour, after the Exchange screens: by then the demo
vault has sealed a bundle to Анна and Борис, so a withdrawal has colleagues to name.

    consent-person (the People tab, Иван's consents) ── consent-form (from the interview, the
    ticks already recorded there shown as "Now") ── consent-withdraw (sharing withdrawn: who
    holds the name, erase it, the court's anonymity request) ── consent-override (Override…:
    the warning, a reason chosen from the list, a national court, Анна)

    organisation (in the Peers window, after clearance): Борис's organisation, the ones
    recorded offered
"""

from __future__ import annotations

from collections.abc import Iterator

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from casebook.ui.consent.consent_form import ConsentFormDialog
from casebook.ui.consent.override_dialog import OverrideDialog
from casebook.ui.consent.withdraw_dialog import WithdrawDialog
from casebook.ui.peers.organisation_dialog import OrganisationDialog
from casebook.ui.peers.peers_dialog import PeersDialog
from casebook.ui.workspace.case_view import Tab

from .driver import Driver

SCREENS = ("consent-person", "consent-form", "consent-withdraw", "consent-override")


def click(button: object) -> None:
    """A left click."""
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[call-overload]


def consent_tour(d: Driver) -> Iterator[tuple[str, QWidget]]:
    """A person's consents, the consent form, a withdrawal."""
    ws = d.workspace
    d.show_tab(Tab.PEOPLE)
    people = ws.case_view.people
    d.wait_until(lambda: people.model.rowCount() >= 2)
    ivan = next(i for i, r in enumerate(people.model.rows) if "Примеров" in r.name)
    people.table.selectRow(ivan)
    d.wait_until(lambda: people.consent.loaded is not None and people.consent.model.rowCount() > 0)
    d.settle()
    yield "consent-person", d.window

    d.show_tab(Tab.INTERVIEWS)
    interviews = ws.case_view.interviews
    d.wait_until(lambda: interviews.consent.loaded is not None)
    click(interviews.consent.record_button)
    form = d.dialog(ConsentFormDialog)
    d.wait_until(lambda: form.data is not None)
    form.agrees["international"].setChecked(True)
    form.method.setCurrentIndex(form.method.findData("written"))
    yield "consent-form", form
    form.reject()
    d.wait_until(lambda: not shiboken6.isValid(form) or not form.isVisible())

    d.show_tab(Tab.PEOPLE)
    d.wait_until(lambda: people.consent.loaded is not None)
    click(people.consent.withdraw_button)
    withdraw = d.dialog(WithdrawDialog)
    d.wait_until(lambda: withdraw.loaded is not None)
    for code, tick in withdraw.ticks.items():
        tick.setChecked(code == "share_peers")
    click(withdraw.withdraw_button)
    d.wait_until(lambda: withdraw.result_ is not None)
    yield "consent-withdraw", withdraw
    withdraw.reject()
    d.wait_until(lambda: not shiboken6.isValid(withdraw) or not withdraw.isVisible())
    d.settle()

    d.wait_until(lambda: people.consent.loaded is not None)
    click(people.consent.override_button)
    override = d.dialog(OverrideDialog)
    d.wait_until(lambda: override.loaded is not None)
    override.reason.setCurrentIndex(override.reason.findData("court_order"))
    override.purpose.setCurrentIndex(override.purpose.findData("court_domestic"))
    override.to_peers.setChecked(True)
    override.peers.item(0).setCheckState(Qt.CheckState.Checked)
    override.expires.setText("31.12.2026")
    yield "consent-override", override
    override.reject()
    d.wait_until(lambda: not shiboken6.isValid(override) or not override.isVisible())
    d.settle()


def organisation_screen(d: Driver, peers: PeersDialog) -> Iterator[tuple[str, QWidget]]:
    """Борис's organisation: the one recorded for Анна offered, a new name typed."""
    row = next(i for i, e in enumerate(peers.model.rows) if e.peer.name.startswith("Борис"))
    peers.table.selectRow(row)
    dialog = peers.on_org_button_clicked()
    assert isinstance(dialog, OrganisationDialog)
    d.wait_until(lambda: dialog.save_button.isEnabled())
    dialog.name.setEditText("Правозащитный центр")
    yield "organisation", dialog
    dialog.reject()
    d.wait_until(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible())
