"""The consent screens of the screenshot tour, after the Exchange screens: by then the demo
vault has sealed a bundle to Анна and Борис, so a withdrawal has colleagues to name.

    consent-person (the People tab, Иван's consents) ── consent-form (from the interview, the
    ticks already recorded there shown as "Now") ── consent-withdraw (sharing withdrawn: who
    holds the name, erase it, the court's anonymity request)
"""

from __future__ import annotations

from collections.abc import Iterator

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from casebook.ui.consent.consent_form import ConsentFormDialog
from casebook.ui.consent.withdraw_dialog import WithdrawDialog
from casebook.ui.workspace.case_view import Tab

from .driver import Driver

SCREENS = ("consent-person", "consent-form", "consent-withdraw")


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
