"""Exchange → Peers…: your own card, and the colleagues you exchange bundles with.

    your card   QR code (drawn in memory), key id, age recipient, Save my card…,
                Rotate my encryption key… → RotateKeyDialog
    colleagues  table with trust marks ──► Add from card file… → AddPeerDialog → VerifyPeerDialog
                                        ──► Compare safety numbers… → VerifyPeerDialog
                                        ──► Revoke… → RevokeDialog
                ──► Clearance… → ClearanceDialog · Organisation… → OrganisationDialog
                    (both local: never sent)
                What they hold from me: every bundle sealed to the chosen colleague, its date
                and how many values it carried (`peers.holds`)

Every change reloads the session's `PeerBook` (`refresh_peers`, called by the dialog that made
it), and this table follows the book; so History, the wizards and this table mark a
colleague the same way at once.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casebook.domain.cardfile import write_card_file
from casebook.domain.peers import Card
from casebook.domain.records import PeerRow
from casebook.service.peers import Held
from casebook.ui.env import Env
from casebook.ui.erasure.reasons import long_date
from casebook.ui.errors import message_for
from casebook.ui.models.peers import PeerEntry, PeersModel, load_peers
from casebook.ui.peer_book import mark_for
from casebook.ui.peers.add_peer_dialog import AddPeerDialog
from casebook.ui.peers.organisation_dialog import OrganisationDialog
from casebook.ui.peers.qr import qr_pixmap
from casebook.ui.peers.revoke_dialog import RevokeDialog
from casebook.ui.peers.rotate_key_dialog import RotateKeyDialog
from casebook.ui.peers.verify_peer_dialog import VerifyPeerDialog
from casebook.ui.sensitivity.clearance_dialog import ClearanceDialog
from casebook.ui.sensitivity.texts import clearance_text
from casebook.ui.tables import make_table, select_id, selected_id
from casebook.ui.translation import format_date
from casebook.ui.widgets import ErrorBanner, file_dialog, heading, plain_label, set_name

__all__ = ["PeersDialog"]

HOLDS_SHOWN = 8  # the newest bundles listed; older ones are counted


class PeersDialog(QDialog):
    """Your card and your colleagues."""

    def __init__(self, env: Env, parent: QWidget) -> None:
        super().__init__(parent)
        self._env = env
        self.card: Card | None = None
        self.setWindowTitle(self.tr("Peers"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        intro = plain_label(
            self.tr(
                "Colleagues you exchange sealed bundles with. Before you trust a colleague, "
                "compare safety numbers with them in person or on a call."
            ),
            self,
            wrap=True,
        )

        mine = QGroupBox(self.tr("Your card"), self)
        self.qr = QLabel(mine)
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr.setMinimumSize(240, 240)
        set_name(self.qr, self.tr("QR code of your identity card"))
        self.my_key = plain_label("", mine, selectable=True)
        set_name(self.my_key, self.tr("Your key id"))
        self.my_recipient = QLineEdit(mine)
        self.my_recipient.setReadOnly(True)
        set_name(
            self.my_recipient,
            self.tr("Your age recipient"),
            self.tr("The public key colleagues seal to; the age tool accepts it too."),
        )
        card_hint = plain_label(
            self.tr(
                "Give colleagues this card as a file, as text, or let them photograph the QR "
                "code. It holds public keys only, and no name."
            ),
            mine,
            wrap=True,
        )
        self.save_card_button = QPushButton(self.tr("&Save my card…"), mine)
        set_name(self.save_card_button, self.tr("Save my card to a file"))
        self.copy_card_button = QPushButton(self.tr("Copy my card as te&xt"), mine)
        set_name(
            self.copy_card_button,
            self.tr("Copy my card as text"),
            self.tr("For a colleague to paste into Add from card file…; it holds no secret."),
        )
        self.rotate_button = QPushButton(self.tr("Rotate my encryption &key…"), mine)
        set_name(
            self.rotate_button,
            self.tr("Rotate my encryption key"),
            self.tr("A new key for what colleagues seal to you; the old ones can be forgotten."),
        )
        mine_layout = QVBoxLayout(mine)
        mine_layout.addWidget(self.qr)
        mine_layout.addWidget(self.my_key)
        mine_layout.addWidget(self.my_recipient)
        mine_layout.addWidget(card_hint)
        mine_layout.addWidget(self.save_card_button)
        mine_layout.addWidget(self.copy_card_button)
        mine_layout.addWidget(self.rotate_button)
        mine_layout.addStretch(1)
        mine.setFixedWidth(270)

        theirs = QGroupBox(self.tr("Colleagues"), self)
        self.model = PeersModel(self)
        self.table = make_table(self.model, self.tr("Colleagues"), theirs)
        self.empty = plain_label(
            self.tr("No colleagues yet. Add one from the card file they gave you."),
            theirs,
            wrap=True,
        )
        self.details = plain_label("", theirs, wrap=True, selectable=True)
        self.details.setObjectName("peerDetails")
        set_name(self.details, self.tr("About the chosen colleague"))
        # Straight in the layout, not in a box of its own: a wrapped label there gets one line.
        self.holds_title = heading(self.tr("What they hold from me"), theirs, scale=1.0)
        self.holds = plain_label("", theirs, wrap=True, selectable=True)
        set_name(self.holds, self.tr("What they hold from me"))
        self._holds_of: bytes | None = None
        self.add_button = QPushButton(self.tr("&Add from card file…"), theirs)
        self.verify_button = QPushButton(self.tr("&Compare safety numbers…"), theirs)
        self.revoke_button = QPushButton(self.tr("&Revoke…"), theirs)
        self.clearance_button = QPushButton(self.tr("C&learance…"), theirs)
        self.org_button = QPushButton(self.tr("&Organisation…"), theirs)
        row = QHBoxLayout()
        for b in (
            self.add_button,
            self.verify_button,
            self.clearance_button,
            self.org_button,
            self.revoke_button,
        ):
            set_name(b, b.text().replace("&", "").rstrip("…"))
            row.addWidget(b)
        row.addStretch(1)
        theirs_layout = QVBoxLayout(theirs)
        theirs_layout.addWidget(self.table, 1)
        theirs_layout.addWidget(self.empty)
        theirs_layout.addWidget(self.details)
        theirs_layout.addWidget(self.holds_title)
        theirs_layout.addWidget(self.holds)
        theirs_layout.addLayout(row)

        sides = QHBoxLayout()
        sides.addWidget(mine)
        sides.addWidget(theirs, 1)
        self.message = ErrorBanner(self)
        buttons = QDialogButtonBox(self)
        close = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Peers"), self, scale=1.2))
        layout.addWidget(intro)
        layout.addLayout(sides, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(1240, 640)  # the table's seven columns, within a 1366 screen

        self.save_card_button.clicked.connect(self.on_save_card_button_clicked)
        self.copy_card_button.clicked.connect(self.on_copy_card_button_clicked)
        self.rotate_button.clicked.connect(self.on_rotate_button_clicked)
        self.add_button.clicked.connect(self.on_add_button_clicked)
        self.verify_button.clicked.connect(self.on_verify_button_clicked)
        self.revoke_button.clicked.connect(self.on_revoke_button_clicked)
        self.clearance_button.clicked.connect(self.on_clearance_button_clicked)
        self.org_button.clicked.connect(self.on_org_button_clicked)
        self.table.doubleClicked.connect(lambda _: self.on_verify_button_clicked())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_chosen())
        self.save_card_button.setEnabled(False)
        self.copy_card_button.setEnabled(False)
        self._select: bytes | None = None  # a peer to select once the rows arrive
        self._added: PeerRow | None = None  # the colleague added here, told of below
        self._show_chosen()
        env.peers.changed.connect(self.reload)  # added, verified or revoked: from any window
        env.peers.changed.connect(self._tell_added)
        env.read(lambda s: s.peers.my_card(), self._on_card, self)
        self.reload()

    # -- your card ------------------------------------------------------------------------

    def _on_card(self, card: Card) -> None:
        self.card = card
        self.qr.setPixmap(qr_pixmap(card.encode().strip(), module=3))
        self.my_key.setText(self.tr("Key id: %1").replace("%1", card.key_id))
        self.my_recipient.setText(card.recipient)
        self.my_recipient.setCursorPosition(0)
        self.save_card_button.setEnabled(True)
        self.copy_card_button.setEnabled(True)

    def on_copy_card_button_clicked(self) -> None:
        """Copy the card's text (what the QR code holds) for a colleague to paste."""
        if self.card is not None:
            self._env.clipboard.copy(self.card.encode().decode("utf-8").strip())
            self.message.show_notice(
                self.tr("Your card was copied as text. It holds public keys only, no secret.")
            )

    def on_save_card_button_clicked(self) -> None:
        """Ask where to save the card (a USB drive, usually)."""
        if self.card is None:
            return
        dialog = file_dialog(self, self.tr("Save my card"), QFileDialog.FileMode.AnyFile)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.selectFile("card.casebook")
        dialog.fileSelected.connect(lambda p: self.save_card(Path(p)))
        dialog.open()

    def save_card(self, path: Path) -> None:
        """Write your card to a new file at `path`."""
        card = self.card
        if card is None:
            return

        def done(_: None) -> None:
            self.message.show_notice(
                self.tr("Your card was saved to %1. It holds no secret.").replace("%1", str(path))
            )

        self._env.read(
            lambda _s: write_card_file(path, card),
            done,
            self,
            lambda e: self.message.show_error(message_for(e)),
        )

    # -- colleagues -----------------------------------------------------------------------

    def reload(self) -> None:
        """Read the peers and their exchanges again (the session's book changed)."""
        chosen, self._select = self._select or selected_id(self.table), None
        self._holds_of = None  # a bundle may have been sealed since: read it again

        def loaded(entries: list[PeerEntry]) -> None:
            self.model.set_rows(entries)
            self.table.setVisible(bool(entries))
            self.empty.setVisible(not entries)
            if not select_id(self.table, chosen) and entries:
                self.table.selectRow(0)
            self._show_chosen()

        self._env.read(load_peers, loaded, self)

    def chosen(self) -> PeerEntry | None:
        """The selected colleague."""
        identity = selected_id(self.table)
        row = self.model.find(identity) if identity else -1
        return self.model.rows[row] if row >= 0 else None

    def _show_chosen(self) -> None:
        entry = self.chosen()
        self.verify_button.setEnabled(entry is not None and not entry.peer.revoked)
        self.revoke_button.setEnabled(entry is not None and not entry.peer.revoked)
        self.clearance_button.setEnabled(entry is not None and not entry.peer.revoked)
        self.org_button.setEnabled(entry is not None and not entry.peer.revoked)
        if entry is None:
            self.details.setText("")
            self.details.hide()
            self.holds_title.hide()
            self.holds.hide()
            self._holds_of = None
            return
        p, x = entry.peer, entry.exchange
        n = QLocale().toString
        lines = [
            f"{p.name}: {mark_for(p.status).short}",
            mark_for(p.status).explanation,
            self.tr("Key id: %1").replace("%1", p.key_id),
            self.tr("May see: %1.").replace("%1", clearance_text(entry.clearance)),
            (
                self.tr("Organisation: %1.").replace("%1", entry.organisation)
                if entry.organisation
                else self.tr("Organisation: none recorded.")
            ),
            self.tr("Added on %1.").replace("%1", format_date(p.added_ms)),
            self.tr("Bundles received from them: %1. Bundles sealed to them: %2.")
            .replace("%1", n(x.received))
            .replace("%2", n(x.sent)),
        ]
        self.details.setText("\n".join(lines))
        self.details.setStyleSheet("")
        self.details.show()
        self._load_holds(p)

    def _load_holds(self, peer: PeerRow) -> None:
        """Read what the chosen colleague holds from you (once per choice)."""
        self.holds_title.show()
        self.holds.show()
        if self._holds_of == peer.identity:
            return
        self._holds_of = peer.identity
        self.holds.setText(self.tr("Reading…"))

        def show(held: list[Held]) -> None:
            if self._holds_of == peer.identity:
                self.holds.setText(self.holds_text(held))

        self._env.read(lambda s: s.peers.holds(peer), show, self)

    def holds_text(self, held: list[Held]) -> str:
        """What a colleague holds from you: the bundles sealed to them, newest first."""
        if not held:
            return self.tr("You have sealed no bundle to them.")
        n = QLocale().toString
        lines = [self.tr("Bundles you sealed to them, and the values each carried:")]
        newest = sorted(held, key=lambda h: -h.bundle)
        for h in newest[:HOLDS_SHOWN]:
            line = self.tr("no. %1, sealed on %2: %n value(s)", "", h.disclosures)
            line = line.replace("%1", n(h.bundle)).replace("%2", long_date(h.sealed_ms))
            lines.append("• " + line)
        if len(newest) > HOLDS_SHOWN:
            lines.append(self.tr("… and %n earlier bundle(s)", "", len(newest) - HOLDS_SHOWN))
        lines.append(
            self.tr(
                "This is what you sent; casebook cannot know what they kept, passed on or erased."
            )
        )
        return "\n".join(lines)

    def on_rotate_button_clicked(self) -> None:
        """Make a new encryption key (and forget the old ones, if asked)."""
        dialog = RotateKeyDialog(self._env, self)
        dialog.rotated.connect(self._on_rotated)
        dialog.open()

    def _on_rotated(self, card: Card, forgotten: int) -> None:
        self._on_card(card)
        text = self.tr(
            "Your new encryption key is in your card. Colleagues get it with your next "
            "bundle to each of them."
        )
        if forgotten:
            text += " " + self.tr("%n old key(s) forgotten.", "", forgotten)
        self.message.show_notice(text)

    def on_add_button_clicked(self) -> None:
        """Add a colleague from their card, then offer to compare safety numbers."""
        dialog = AddPeerDialog(self._env, self)
        dialog.peer_added.connect(self._on_added)
        dialog.open()

    def _on_added(self, peer: PeerRow) -> None:
        self._select = peer.identity  # the book's reload, already asked for, selects it
        self._added = peer
        self._tell_added()
        self.open_verify(peer)

    def _tell_added(self) -> None:
        """Say what became of the colleague just added, as the table marks them now."""
        added = self._added
        if added is None:
            return
        now = next((p for p in self._env.peers.peers if p.identity == added.identity), added)
        if now.status == "verified":
            text = self.tr("%1 was added and verified: the safety numbers matched.")
        elif now.status == "revoked":
            text = self.tr("%1 was added, then revoked.")
        else:
            text = self.tr(
                "%1 was added, not verified yet: compare safety numbers with them "
                "(Compare safety numbers…) before you rely on what they send."
            )
        self.message.show_notice(text.replace("%1", now.name))

    def on_verify_button_clicked(self) -> None:
        """Compare safety numbers with the chosen colleague."""
        entry = self.chosen()
        if entry is not None and not entry.peer.revoked:
            self.open_verify(entry.peer)

    def open_verify(self, peer: PeerRow) -> VerifyPeerDialog:
        """Open the side-by-side comparison for `peer`."""
        dialog = VerifyPeerDialog(self._env, peer, self)
        dialog.open()
        return dialog

    def on_clearance_button_clicked(self) -> ClearanceDialog | None:
        """Set how far the chosen colleague may see (kept in this vault only)."""
        entry = self.chosen()
        if entry is None or entry.peer.revoked:
            return None
        dialog = ClearanceDialog(self._env, entry.peer, self)
        dialog.saved.connect(lambda _c: self.reload())
        dialog.open()
        return dialog

    def on_org_button_clicked(self) -> OrganisationDialog | None:
        """Set which organisation the chosen colleague belongs to (kept in this vault only)."""
        entry = self.chosen()
        if entry is None or entry.peer.revoked:
            return None
        dialog = OrganisationDialog(self._env, entry.peer, self)
        dialog.saved.connect(lambda _name: self.reload())
        dialog.open()
        return dialog

    def on_revoke_button_clicked(self) -> None:
        """Revoke the chosen colleague."""
        entry = self.chosen()
        if entry is None or entry.peer.revoked:
            return
        RevokeDialog(self._env, entry.peer, entry.exchange, self).open()
