"""The labels screens of the screenshot tour (docs/labels.md): the Sensitivity dialog of a
person with a field raised, a colleague's clearance, and the export wizard's preview, which
plans one bundle per clearance group and lists the leak scan's hits.

    labels              after the People tab: the first person's Sensitivity… dialog
    clearance           in the Peers window: Борис's clearance
    export-preview      the wizard's preview for Анна (cleared for everything) and Борис (a new
                        colleague's clearance): two bundles, what stays home, pseudonyms, hits
"""

from __future__ import annotations

from collections.abc import Iterator

import shiboken6
from PySide6.QtWidgets import QWidget

from casebook.domain.sensitivity import Category
from casebook.ui.bundles.export_wizard import ExportWizard
from casebook.ui.peers.peers_dialog import PeersDialog
from casebook.ui.sensitivity.clearance_dialog import ClearanceDialog
from casebook.ui.sensitivity.label_dialog import LabelDialog

from .driver import Driver

__all__ = ["clearance_screen", "label_screen", "preview_screen"]


def label_screen(d: Driver) -> Iterator[tuple[str, QWidget]]:
    """The selected person's Sensitivity… dialog, the notes raised to restricted, health."""
    people = d.workspace.case_view.people
    d.wait_until(lambda: people.label_button.isEnabled())
    dialog = people.open_labels()
    assert isinstance(dialog, LabelDialog)
    d.wait_until(lambda: dialog.loaded is not None)
    row = next(
        i
        for i in range(dialog.fields.count())
        if dialog.fields.item(i).data(256) == "notes"  # Qt.UserRole
    )
    dialog.fields.setCurrentRow(row)
    dialog.field.level.setCurrentIndex(dialog.field.level.findData("restricted"))
    dialog.field.checks[Category.HEALTH].setChecked(True)
    yield "labels", dialog
    dialog.reject()
    d.wait_until(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible())


def clearance_screen(d: Driver, peers: PeersDialog) -> Iterator[tuple[str, QWidget]]:
    """Борис's clearance, as a new colleague's."""
    row = next(i for i, e in enumerate(peers.model.rows) if e.peer.name.startswith("Борис"))
    peers.table.selectRow(row)
    dialog = peers.on_clearance_button_clicked()
    assert isinstance(dialog, ClearanceDialog)
    d.wait_until(lambda: dialog.save_button.isEnabled())
    yield "clearance", dialog
    dialog.reject()


def preview_screen(d: Driver, wizard: ExportWizard) -> Iterator[tuple[str, QWidget]]:
    """The preview of the bundles, then a reason chosen for what the leak scan found."""
    page = wizard.audience_page
    d.wait_until(lambda: page.plans is not None, 30_000)
    if page.has_leaks():
        page.reason.setCurrentIndex(page.reason.findData("needed_for_purpose"))
    yield "export-preview", wizard
