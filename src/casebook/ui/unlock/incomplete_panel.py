"""The screen for a folder that holds part of a vault: `vault.db` without its key file
(`keyslots`), or the key file without the database.

Neither can be opened, and creating a vault there would replace what is left (the database
is still the person's cases, under a key that a backup of `keyslots` may hold). So this screen
says what is missing and what to do, and offers only another folder: there is no Create button.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from casebook.ui.widgets import centre, heading, plain_label

__all__ = ["IncompletePanel"]


class IncompletePanel(QWidget):
    """What is wrong with this folder, and the one way on: another vault."""

    open_other_requested = Signal()

    def __init__(
        self, vault_root: Path, missing: str, parent: QWidget | None = None, *, wiped: bool = False
    ) -> None:
        super().__init__(parent)
        self.missing = missing
        self.wiped = wiped  # this window wiped the keys (known in memory only: no marker)
        self.title = heading(self.tr("This vault cannot be opened"), self)
        where = plain_label(self.tr("Vault: %1").replace("%1", str(vault_root)), self, wrap=True)
        where.setObjectName("vaultLocation")
        if missing == "keyslots" and wiped:
            what = self.tr(
                "The keys of this vault were wiped in this window: vault.db is random bytes now, "
                "and neither the passphrase nor the recovery code opens it."
            )
            todo = self.tr(
                "There is nothing more to do here. To work again, open or create a vault in "
                "another folder. casebook keeps no note of the wipe: started again, it will only "
                "say that the key file is missing."
            )
        elif missing == "keyslots":
            what = self.tr(
                "The folder holds the encrypted cases (vault.db), but its key file (keyslots) "
                "is missing. Without the key file neither the passphrase nor the recovery code "
                "can open the cases."
            )
            todo = self.tr(
                "Restore the file keyslots from a backup of this folder (a copy of the folder "
                "on another drive has it), put it beside vault.db, and start casebook again."
            )
        else:
            what = self.tr(
                "The folder holds the key file (keyslots), but the encrypted cases (vault.db) "
                "are missing."
            )
            todo = self.tr(
                "Restore the file vault.db from a backup of this folder, put it beside "
                "keyslots, and start casebook again."
            )
        self.what = plain_label(what, self, wrap=True)
        self.todo = plain_label(todo, self, wrap=True)
        self.keep = plain_label(
            self.tr(
                "Do not delete anything here, and do not create a new vault in this folder: "
                "that would destroy what is left. Colleagues who received your bundles also "
                "hold copies of what you sent them."
            ),
            self,
            wrap=True,
        )
        self.keep.setStyleSheet("font-weight: bold;")
        self.other_button = QPushButton(self.tr("&Open another vault…"), self)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.other_button)
        box = QWidget(self)
        inner = QVBoxLayout(box)
        inner.addWidget(self.title)
        inner.addWidget(where)
        inner.addSpacing(8)
        inner.addWidget(self.what)
        inner.addWidget(self.todo)
        inner.addWidget(self.keep)
        inner.addLayout(buttons)
        centre(self, box)
        self.other_button.clicked.connect(self.open_other_requested)
        self.setFocusProxy(self.other_button)
