"""Clearance…: how far one colleague may see (docs/labels.md §2). Local: never sent anywhere.

    Jana may see up to  [Confidential ▾]
    and these kinds of sensitive data: ☑ contacts and whereabouts ☑ health ☐ identity …
    [Back to a new colleague's default]

A bundle carries only what every one of its recipients may see: the export wizard seals one
bundle per group of colleagues with the same clearance.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QVBoxLayout, QWidget

from casebook.domain.records import PeerRow
from casebook.domain.sensitivity import DEFAULT_CLEARANCE, Clearance, Sensitivity
from casebook.ui.env import Env
from casebook.ui.errors import message_for
from casebook.ui.sensitivity.label_editor import LabelEditor
from casebook.ui.widgets import ErrorBanner, heading, plain_label

__all__ = ["ClearanceDialog"]


class ClearanceDialog(QDialog):
    """Set a colleague's clearance."""

    saved = Signal(object)  # the new Clearance

    def __init__(self, env: Env, peer: PeerRow, parent: QWidget) -> None:
        super().__init__(parent)
        self._env = env
        self._peer = peer
        self.setWindowTitle(self.tr("Clearance"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        intro = plain_label(
            self.tr(
                "What %1 may see of your cases: values up to this level, and only the kinds "
                "of sensitive data ticked. What is above it stays home, and people whose names "
                "stay home go under pseudonyms. This judgement stays in your vault: it is never "
                "sent to anyone."
            ).replace("%1", peer.name),
            self,
            wrap=True,
        )
        self.editor = LabelEditor(self, name=self.tr("Clearance"), allow_none=False)
        self.default_button = QPushButton(self.tr("Back to a new colleague's &default"), self)
        self.error = ErrorBanner(self)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(
            self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Clearance of %1").replace("%1", peer.name), self))
        layout.addWidget(intro)
        layout.addWidget(self.editor)
        layout.addWidget(self.default_button)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.on_save)
        buttons.rejected.connect(self.reject)
        self.default_button.clicked.connect(lambda: self.show_clearance(DEFAULT_CLEARANCE))
        self.resize(560, 360)
        self.save_button.setEnabled(False)
        env.read(lambda s: s.labels.clearance(peer), self.show_clearance, self)

    def show_clearance(self, clearance: Clearance) -> None:
        """Show a clearance in the editor."""
        self.editor.set_value(Sensitivity(clearance.level, clearance.allowed))
        self.save_button.setEnabled(True)

    def value(self) -> Clearance:
        """The clearance chosen."""
        label = self.editor.value()
        if label is None:  # pragma: no cover - the editor has no "none"
            return DEFAULT_CLEARANCE
        return Clearance(label.level, label.categories)

    def on_save(self) -> None:
        """Keep the clearance in the vault."""
        clearance, peer = self.value(), self._peer
        self.save_button.setEnabled(False)

        def failed(error: BaseException) -> None:
            self.save_button.setEnabled(True)
            self.error.show_error(message_for(error))

        def done(_: None) -> None:
            self.saved.emit(clearance)
            self.accept()

        self._env.write(lambda s: s.labels.set_clearance(peer, clearance), done, self, failed)
