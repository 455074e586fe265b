"""Compare safety numbers with a colleague, side by side, and mark them verified.

    open ──► job: safety_number(me, peer) ──► "On your screen": 12 groups of 5
    the person types what the colleague reads out ──► "On their screen": group by group,
             green where it matches, red where it differs
    Mark as verified ◄── enabled when all 12 typed groups match, or when the person confirms
                         they compared every group by eye (in person, both screens side by side)

A typed number that differs is the one case where nothing can be confirmed: the card may have
been swapped on its way, so the dialog says so and keeps the button off.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from casebook.domain.peers import safety_number
from casebook.domain.records import PeerRow
from casebook.service import CaseService
from casebook.ui.env import Env
from casebook.ui.errors import message_for
from casebook.ui.peer_book import mark_for
from casebook.ui.peers.refresh import refresh_peers
from casebook.ui.widgets import ErrorBanner, heading, plain_label, set_name

__all__ = ["VerifyPeerDialog", "compare_groups"]

GROUPS = 12


def compare_groups(expected: str, typed: str) -> list[bool | None]:
    """Per group: True (same), False (differs) or None (not typed yet). Spaces are ignored."""
    want = expected.split()
    digits = re.sub(r"\D", "", typed)
    got = [digits[i : i + 5] for i in range(0, len(digits), 5)]
    out: list[bool | None] = []
    for i, group in enumerate(want):
        if i >= len(got) or len(got[i]) < 5:
            out.append(None if i >= len(got) or want[i].startswith(got[i]) else False)
        else:
            out.append(got[i] == group)
    return out


def _number_font(base: QFont) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(base.pointSizeF() * 1.5)
    return font


class VerifyPeerDialog(QDialog):
    """The safety number of you and one peer, and the check against theirs."""

    verified_changed = Signal(object)  # the PeerRow, as it was before the change

    def __init__(self, env: Env, peer: PeerRow, parent: QWidget) -> None:
        super().__init__(parent)
        self._env = env
        self.peer = peer
        self.number = ""
        self.setWindowTitle(self.tr("Compare safety numbers"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        title = heading(
            self.tr("Compare safety numbers with %1").replace("%1", peer.name), self, scale=1.2
        )
        intro = plain_label(
            self.tr(
                "Meet %1 in person, or call them on a line you trust. Both of you open this "
                "window in casebook: the two numbers must be the same, group by group. If they "
                "are, this card really is theirs."
            ).replace("%1", peer.name),
            self,
            wrap=True,
        )
        mark = mark_for(peer.status)
        self.status = plain_label(
            self.tr("Now: %1. %2").replace("%1", mark.short).replace("%2", mark.explanation),
            self,
            wrap=True,
        )
        self.status.setStyleSheet(f"color: {mark.colour.name()};")

        mine = self.mine = QGroupBox(self.tr("On your screen"), self)
        grid = QGridLayout(mine)
        font = _number_font(self.font())
        self.mine_labels: list[QLabel] = []
        for i in range(GROUPS):
            label = plain_label("·····", mine, selectable=True)
            label.setFont(font)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(label, i // 4, i % 4)
            self.mine_labels.append(label)
        set_name(mine, self.tr("Your safety number"))

        theirs = QGroupBox(self.tr("On %1's screen").replace("%1", peer.name), self)
        theirs_layout = QVBoxLayout(theirs)
        self.typed = QLineEdit(theirs)
        self.typed.setPlaceholderText(self.tr("Type the digits they read out to you"))
        self.typed.setMaxLength(120)
        set_name(
            self.typed,
            self.tr("Their safety number"),
            self.tr("Spaces do not matter. Each group is checked as you type."),
        )
        typed_label = QLabel(self.tr("&Their number:"), theirs)
        typed_label.setBuddy(self.typed)
        their_grid = QGridLayout()
        self.their_labels: list[QLabel] = []
        for i in range(GROUPS):
            label = plain_label("", theirs)
            label.setFont(font)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            their_grid.addWidget(label, i // 4, i % 4)
            self.their_labels.append(label)
        self.verdict = plain_label("", theirs, wrap=True)
        theirs_layout.addWidget(typed_label)
        theirs_layout.addWidget(self.typed)
        theirs_layout.addLayout(their_grid)
        theirs_layout.addWidget(self.verdict)

        sides = QHBoxLayout()
        sides.addWidget(mine, 1)
        sides.addWidget(theirs, 1)

        self.by_eye = QCheckBox(
            self.tr("We compared every group on both screens, and they are the same"), self
        )
        set_name(self.by_eye, self.by_eye.text())
        self.error = ErrorBanner(self)
        buttons = QDialogButtonBox(self)
        self.verify_button = buttons.addButton(
            self.tr("Mark as &verified"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.unverify_button = buttons.addButton(
            self.tr("Mark as &unverified"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.close_button = buttons.addButton(
            self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.unverify_button.setVisible(peer.verified and not peer.revoked)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.status)
        layout.addLayout(sides)
        layout.addWidget(self.by_eye)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(860)
        self.typed.textChanged.connect(self.on_typed_text_changed)
        self.by_eye.toggled.connect(lambda _: self._update())
        self.verify_button.clicked.connect(lambda: self._mark(True))
        self.unverify_button.clicked.connect(lambda: self._mark(False))
        self.close_button.clicked.connect(self.reject)
        self._update()
        me, identity = env.me, peer.identity
        env.read(lambda _s: safety_number(me, identity), self._on_number, self)

    def _on_number(self, number: str) -> None:
        self.number = number
        for label, group in zip(self.mine_labels, number.split(), strict=True):
            label.setText(group)
        set_name(self.mine, self.tr("Your safety number: %1").replace("%1", number))
        self.on_typed_text_changed(self.typed.text())
        self.typed.setFocus()

    def on_typed_text_changed(self, text: str) -> None:
        """Check each group as it is typed."""
        if not self.number:
            return
        digits = re.sub(r"\D", "", text)
        groups = [digits[i : i + 5] for i in range(0, min(len(digits), 60), 5)]
        states = compare_groups(self.number, text)
        for i, label in enumerate(self.their_labels):
            label.setText(groups[i] if i < len(groups) else "")
            state = states[i]
            colour = "" if state is None else ("#2e7d32" if state else "#b00020")
            label.setStyleSheet(f"color: {colour}; font-weight: bold;" if colour else "")
        self._update()

    @property
    def typed_state(self) -> str:
        """ "empty", "partial", "match" or "differs"."""
        if not self.number or not re.sub(r"\D", "", self.typed.text()):
            return "empty"
        states = compare_groups(self.number, self.typed.text())
        extra = len(re.sub(r"\D", "", self.typed.text())) > 60
        if extra or any(s is False for s in states):
            return "differs"
        return "match" if all(states) else "partial"

    def _update(self) -> None:
        state = self.typed_state
        if state == "differs":
            self.verdict.setText(
                self.tr(
                    "The numbers differ. Do not trust this card: it may have been swapped on its "
                    "way to you. Ask %1 for their card again, in person."
                ).replace("%1", self.peer.name)
            )
            self.verdict.setStyleSheet("color: #b00020; font-weight: bold;")
        elif state == "match":
            self.verdict.setText(self.tr("✔ All 12 groups match."))
            self.verdict.setStyleSheet("color: #2e7d32; font-weight: bold;")
        elif state == "partial":
            self.verdict.setText(self.tr("So far, so good: keep typing."))
            self.verdict.setStyleSheet("")
        else:
            self.verdict.setText(
                self.tr("Or compare by eye, side by side, and tick the box below.")
            )
            self.verdict.setStyleSheet("")
        self.verdict.setAccessibleName(self.verdict.text())
        ready = bool(self.number) and not self.peer.revoked
        self.by_eye.setEnabled(ready and state != "differs")
        self.verify_button.setEnabled(
            ready and (state == "match" or (self.by_eye.isChecked() and state != "differs"))
        )

    def _mark(self, verified: bool) -> None:
        peer = self.peer
        self.verify_button.setEnabled(False)
        self.unverify_button.setEnabled(False)

        def job(s: CaseService) -> None:
            s.peers.mark_verified(peer, verified)

        def failed(error: BaseException) -> None:
            self.error.show_error(message_for(error))
            self._update()

        def done(_: None) -> None:
            refresh_peers(self._env)
            self.verified_changed.emit(peer)
            self.accept()

        self._env.write(job, done, self, failed)
