"""Add a colleague from their card: choose the file, see whose key it is, name them.

The card comes as a file, as a QR code in an image (a photo or screenshot of their Peers
window: `qr_read`, no camera needed), or as its text pasted in; each goes through the same
check.

    Choose… ──► job: read the file (bounded) and verify the card's certificate
            ◄── key id and safety number shown at once (or why the file is not a card)
    Add ──► job: add_peer(card, name) ──► peer_added(PeerRow); the caller offers verification

The name is yours alone: cards carry no names, so a seized card says nothing about who it is.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casebook.base.errors import InputRejected, NotARegularFile
from casebook.domain.cardfile import read_card_file
from casebook.domain.peers import Card, parse_card, safety_number
from casebook.domain.records import PeerRow
from casebook.service import CaseService
from casebook.ui.env import Env
from casebook.ui.errors import message_for
from casebook.ui.peer_book import peer_label
from casebook.ui.peers.qr_read import card_bytes_from_image, card_bytes_from_text
from casebook.ui.peers.refresh import refresh_peers
from casebook.ui.widgets import ErrorBanner, file_dialog, heading, plain_label, set_name

__all__ = ["AddPeerDialog", "CardPreview"]

MAX_NAME = 200


@dataclass(frozen=True)
class CardPreview:
    """A verified card, its safety number with you, and the peer who already has it, if any."""

    card: Card
    number: str
    existing: PeerRow | None
    is_mine: bool


def preview_card(service: CaseService, path: Path) -> CardPreview:
    """Store-thread job: read and check a card file."""
    return preview_card_data(service, read_card_file(path))


def preview_card_data(service: CaseService, data: bytes) -> CardPreview:
    """Store-thread job: check a card's bytes (from a file, a QR code or pasted text)."""
    card = parse_card(data)
    return CardPreview(
        card,
        safety_number(service.me, card.identity),
        service.peers.by_identity(card.identity),
        card.identity == service.me,
    )


class AddPeerDialog(QDialog):
    """Choose a card file and a name."""

    peer_added = Signal(object)  # PeerRow

    def __init__(self, env: Env, parent: QWidget) -> None:
        super().__init__(parent)
        self._env = env
        self.preview: CardPreview | None = None
        self.setWindowTitle(self.tr("Add a colleague"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        intro = plain_label(
            self.tr(
                "Ask your colleague for their identity card: a small file from casebook "
                "(Exchange → Peers → Save my card…). It holds public keys only, no name."
            ),
            self,
            wrap=True,
        )
        self.path = QLineEdit(self)
        self.path.setReadOnly(True)
        self.path.setPlaceholderText(self.tr("No file chosen"))
        set_name(self.path, self.tr("Card file"))
        self.choose_button = QPushButton(self.tr("C&hoose…"), self)
        set_name(self.choose_button, self.tr("Choose the card file"))
        self.image_button = QPushButton(self.tr("Read a &QR code from an image…"), self)
        set_name(
            self.image_button,
            self.tr("Read a QR code from an image"),
            self.tr("A photo or a screenshot of your colleague's card (Peers window)."),
        )
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.choose_button)
        self.pasted = QPlainTextEdit(self)
        self.pasted.setPlaceholderText(self.tr('{"type":"casebook-card", …}'))
        self.pasted.setMaximumHeight(60)
        self.pasted.setTabChangesFocus(True)
        set_name(
            self.pasted,
            self.tr("The card's text"),
            self.tr("What the QR code holds, or the card file's contents, pasted here."),
        )
        self.read_text_button = QPushButton(self.tr("Read the &text"), self)
        text_row = QHBoxLayout()
        text_row.addWidget(self.pasted, 1)
        text_row.addWidget(self.read_text_button, 0, Qt.AlignmentFlag.AlignTop)
        self.key = plain_label("", self, selectable=True)
        set_name(self.key, self.tr("Key id"))
        self.number = plain_label("", self, wrap=True, selectable=True)
        set_name(self.number, self.tr("Safety number"))
        self.name = QLineEdit(self)
        self.name.setMaxLength(MAX_NAME)
        self.name.setPlaceholderText(self.tr("A name only you will see"))
        set_name(self.name, self.tr("Name"))
        form = QFormLayout()
        # Rows whose field is a layout get a label with an explicit buddy: QFormLayout cannot
        # give a layout one, and the "&" would show as a literal ampersand.
        card_label = QLabel(self.tr("&Card file:"), self)
        card_label.setBuddy(self.choose_button)
        form.addRow(card_label, row)
        form.addRow(self.tr("Or:"), self.image_button)
        paste_label = QLabel(self.tr("Or &paste it:"), self)
        paste_label.setBuddy(self.pasted)
        form.addRow(paste_label, text_row)
        form.addRow(self.tr("Key id:"), self.key)
        form.addRow(self.tr("Safety number:"), self.number)
        form.addRow(self.tr("&Name:"), self.name)
        self.error = ErrorBanner(self)
        buttons = QDialogButtonBox(self)
        self.add_button = buttons.addButton(
            self.tr("&Add colleague"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        cancel = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Add a colleague"), self, scale=1.2))
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(620)
        self.choose_button.clicked.connect(self.on_choose_button_clicked)
        self.image_button.clicked.connect(self.on_image_button_clicked)
        self.read_text_button.clicked.connect(lambda: self.load_text(self.pasted.toPlainText()))
        self.name.textChanged.connect(lambda _: self._update())
        self.add_button.clicked.connect(self.on_add_button_clicked)
        cancel.clicked.connect(self.reject)
        self._update()

    def on_choose_button_clicked(self) -> None:
        """Ask for the card file."""
        dialog = file_dialog(
            self, self.tr("Choose the card file"), QFileDialog.FileMode.ExistingFile
        )
        dialog.fileSelected.connect(lambda p: self.load(Path(p)))
        dialog.open()

    def load(self, path: Path) -> None:
        """Read and check the card at `path`."""
        self._start(str(path))
        self._env.read(lambda s: preview_card(s, path), self._on_preview, self, self._on_bad_file)

    def on_image_button_clicked(self) -> None:
        """Ask for an image that shows the colleague's QR code."""
        dialog = file_dialog(
            self, self.tr("Choose the image of the QR code"), QFileDialog.FileMode.ExistingFile
        )
        dialog.setNameFilter(self.tr("Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp)"))
        dialog.fileSelected.connect(lambda p: self.load_image(Path(p)))
        dialog.open()

    def load_image(self, path: Path) -> None:
        """Find the QR code in the image at `path` and check the card it holds."""
        self._start(str(path))

        def job(s: CaseService) -> CardPreview:
            return preview_card_data(s, card_bytes_from_image(path))

        self._env.read(job, self._on_preview, self, self._on_bad_image)

    def load_text(self, text: str) -> None:
        """Check a card pasted as text."""
        self._start(self.tr("(pasted text)"))
        try:
            data = card_bytes_from_text(text)
        except InputRejected as e:
            self._on_bad_file(e)
            return
        self._env.read(
            lambda s: preview_card_data(s, data), self._on_preview, self, self._on_bad_file
        )

    def _start(self, source: str) -> None:
        self.preview = None
        self.path.setText(source)
        self.key.setText("")
        self.number.setText("")
        self.error.clear_message()
        self._update()

    def _on_bad_image(self, error: BaseException) -> None:
        if isinstance(error, InputRejected) and not isinstance(error, NotARegularFile):
            self.error.show_error(
                self.tr(
                    "No casebook card could be read from this image. Take the picture closer "
                    "and straight on, with the whole QR code sharp, or use the card file."
                )
            )
            self._update()
        else:
            self._on_bad_file(error)

    def _on_bad_file(self, error: BaseException) -> None:
        # A folder, a named pipe or a device says what it is (the core never opens a pipe).
        if isinstance(error, InputRejected) and not isinstance(error, NotARegularFile):
            self.error.show_error(
                self.tr(
                    "This file is not a casebook identity card, or it is damaged. Ask your "
                    "colleague to save their card again."
                )
            )
        else:
            self.error.show_error(message_for(error))
        self._update()

    def _on_preview(self, preview: CardPreview) -> None:
        self.key.setText(preview.card.key_id)
        self.number.setText(preview.number)
        if preview.is_mine:
            self.error.show_error(self.tr("This is your own card."))
        elif preview.existing is not None:
            self.error.show_error(
                self.tr("This colleague is already a peer: %1.").replace(
                    "%1", peer_label(preview.existing)
                )
            )
        else:
            self.preview = preview
            self.name.setFocus()
        self._update()

    def _name_problem(self) -> str | None:
        name = self.name.text().strip()
        if not name:
            return ""
        if any(p.name == name for p in self._env.peers.peers):
            return self.tr("Another colleague already has this name.")
        return None

    def _update(self) -> None:
        problem = self._name_problem()
        if problem and self.preview is not None:
            self.error.show_error(problem)
        elif self.preview is not None:
            self.error.clear_message()
        self.add_button.setEnabled(self.preview is not None and problem is None)

    def on_add_button_clicked(self) -> None:
        """Add the peer, unverified."""
        preview = self.preview
        if preview is None or self._name_problem() is not None:
            return
        data = preview.card.encode()
        name = self.name.text().strip()
        self.add_button.setEnabled(False)

        def done(peer: PeerRow) -> None:
            refresh_peers(self._env)
            self.peer_added.emit(peer)
            self.accept()

        def failed(error: BaseException) -> None:
            self.error.show_error(message_for(error))
            self._update()

        self._env.write(lambda s: s.peers.add(data, name), done, self, failed)
