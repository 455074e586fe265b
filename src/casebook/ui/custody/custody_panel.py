"""The Custody panel under an attachment: its chain of custody, root first, with whether each
entry verifies, who held it (you, a colleague, or a key nobody here added) and what they did.

    selection ──► store thread: custody.chain(item) (each entry's signature checked again)
              ──► status line · table · "times are each custodian's own clock"
    Record a transfer… ──► TransferDialog ──► custody.transfer_out ──► reload

The panel never shows text from an entry: entries hold ids, hashes and codes only.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from casebook.service.custody import CustodyChain
from casebook.ui.custody.transfer_dialog import TransferDialog
from casebook.ui.env import Env
from casebook.ui.errors import message_for
from casebook.ui.models.custody import CustodyColumn, CustodyModel, load_chain
from casebook.ui.tables import make_table
from casebook.ui.widgets import ErrorBanner, plain_label, set_name

__all__ = ["CustodyPanel"]


class CustodyPanel(QWidget):
    """One attachment's chain of custody."""

    def __init__(self, env: Env, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._env = env
        self.item: bytes | None = None
        self.chain: CustodyChain | None = None
        self.model = CustodyModel(env.peers, env.me, self)
        self.title = plain_label(self.tr("Chain of custody"), self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.status = plain_label("", self, wrap=True)
        set_name(self.status, self.tr("Custody status"))
        # The item the chain is about, as a court is told it: its SHA-256, to select and copy.
        self.digest = plain_label("", self, selectable=True)
        set_name(self.digest, self.tr("SHA-256 of this file"))
        self.table = make_table(
            self.model, self.tr("Chain of custody of this file"), self, stretch=CustodyColumn.WHAT
        )
        self.table.horizontalHeader().setStretchLastSection(False)
        self.note = plain_label(
            self.tr(
                "Times are each custodian's own clock: the chain proves the order, not the hour."
            ),
            self,
            wrap=True,
        )
        self.transfer_button = QPushButton(self.tr("Record a &transfer…"), self)
        set_name(
            self.transfer_button,
            self.tr("Record a transfer"),
            self.tr("Notes that a copy went to a court or another body, with its number."),
        )
        self.error = ErrorBanner(self)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.status, 1)
        top.addWidget(self.transfer_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.digest)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        self.transfer_button.clicked.connect(self.on_transfer_button_clicked)
        self.show_item(None)

    def show_item(self, item: bytes | None) -> None:
        """Show the chain of this item (an attachment's SHA-256), or nothing."""
        self.item = item
        self.error.clear_message()
        self.transfer_button.setEnabled(item is not None)
        self.digest.setText("SHA-256: " + item.hex() if item is not None else "")
        self.digest.setVisible(item is not None)
        if item is None:
            self.chain = None
            self.model.clear()
            self.status.setText(self.tr("Choose a file to see who held it."))
            return
        self.reload()

    def reload(self) -> None:
        """Read the chain again (after a view, an export, a transfer)."""
        item = self.item
        if item is None:
            return
        self._env.read(lambda s: load_chain(s, item), self._show, self, self._failed)

    def _failed(self, error: BaseException) -> None:
        self.error.show_error(message_for(error))

    def _show(self, chain: CustodyChain) -> None:
        if chain.item != self.item:
            return  # another file was chosen meanwhile
        self.chain = chain
        self.model.item = chain.item
        self.model.set_rows(chain.entries)
        n = len(chain.entries)
        if not n:
            self.status.setText(self.tr("No custody entry is held for this file."))
        elif chain.ok:
            people = len(chain.custodians)
            text = (
                self.tr("Verified: %n entries", "", n)
                + ", "
                + self.tr("%n custodian(s)", "", people)
            )
            self.status.setText(text + ".")
        elif chain.holds:
            self.status.setText(
                self.tr(
                    "Not trusted: %n entries are signed by a revoked key after its cut-off. "
                    "Do not rely on them before a court.",
                    "",
                    len(chain.revoked),
                )
            )
        else:
            self.status.setText(
                self.tr(
                    "This chain does NOT verify: an entry was changed or is missing. Do not "
                    "rely on it before a court."
                )
            )
        if n:
            self.table.scrollToBottom()

    def on_transfer_button_clicked(self) -> TransferDialog | None:
        """Record that a copy was handed to a court or body."""
        item = self.item
        if item is None:
            return None
        dialog = TransferDialog(self._env, item, self)
        dialog.recorded.connect(self.reload)
        dialog.open()
        return dialog
