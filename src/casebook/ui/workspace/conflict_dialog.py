"""Resolve a conflict: every concurrent value side by side, with who wrote it and when.

Choosing one writes a `resolve` op that depends on all of them, so every replica ends with the
same value (DESIGN §4). Until then the provisional winner is shown everywhere.

An erasure takes part like any other version ("erased"); a value typed concurrently with an
erasure is hidden (the colleague may have typed the secret again) and reads "hidden until you
confirm the erasure", never its text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casebook.domain.records import ConflictInfo, ConflictValue
from casebook.ui.env import Env
from casebook.ui.labels import conflict_label, kind_label, masked_text, value_text
from casebook.ui.models.base import MASKED_COLOUR
from casebook.ui.translation import format_time
from casebook.ui.widgets import heading, plain_label, set_name

__all__ = ["ConflictDialog"]


class ConflictDialog(QDialog):
    """One column per version; 'Keep this version' under each."""

    resolved = Signal()

    def __init__(
        self,
        env: Env,
        conflict: ConflictInfo,
        labels: dict[bytes, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._env = env
        self._conflict = conflict
        self.setWindowTitle(self.tr("Resolve a conflict"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        name = labels.get(conflict.entity_id, "")
        what = kind_label(conflict.entity) + (f" «{name}»" if name else "")
        intro = plain_label(
            self.tr(
                "%1, field “%2”, was changed in different places at the same time. Choose the "
                "version to keep. The others stay in the history."
            )
            .replace("%1", what)
            .replace(
                "%2",
                conflict_label(
                    conflict.entity, conflict.field, env.language, env.vocabularies.current
                ),
            ),
            self,
            wrap=True,
        )
        columns = QHBoxLayout()
        self.keep_buttons: list[QPushButton] = []
        for value in conflict.values:
            columns.addWidget(self._column(value), 1)
        buttons = QDialogButtonBox(self)
        later = buttons.addButton(self.tr("Decide later"), QDialogButtonBox.ButtonRole.RejectRole)
        later.setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Conflicting edits"), self, scale=1.2))
        layout.addWidget(intro)
        layout.addLayout(columns, 1)
        layout.addWidget(buttons)
        self.resize(860, 420)

    def _column(self, value: ConflictValue) -> QWidget:
        box = QFrame(self)
        box.setFrameShape(QFrame.Shape.StyledPanel)
        me = self._env.me
        who = (
            self.tr("you") if value.author == me else self._env.peers.author_label(value.author, me)
        )
        header = self.tr("By %1, %2").replace("%1", who).replace("%2", format_time(value.time_ms))
        if value.provisional:
            header += "\n" + self.tr("(shown for now)")
        text = QPlainTextEdit(box)
        text.setReadOnly(True)
        text.setTabChangesFocus(True)
        text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        text.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        c = self._conflict
        language = self._env.language
        if value.shown != "value":
            text.setPlainText(masked_text(value.shown))
            font = text.font()
            font.setItalic(True)
            text.setFont(font)
            text.setStyleSheet(f"color: {MASKED_COLOUR.name()};")
        else:
            text.setPlainText(
                value_text(
                    c.entity,
                    c.field,
                    value.value,
                    language,
                    limit=100_000,
                    vocabularies=self._env.vocabularies.current,
                    colleague=lambda v: self._env.peers.colleague_name(v, self._env.me),
                )
            )
        set_name(text, header.replace("\n", " "))
        keep = QPushButton(self.tr("&Keep this version"), box)
        keep.clicked.connect(lambda: self._keep(value))
        self.keep_buttons.append(keep)
        layout = QVBoxLayout(box)
        layout.addWidget(plain_label(header, box, wrap=True))
        layout.addWidget(text, 1)
        layout.addWidget(keep)
        return box

    def _keep(self, value: ConflictValue) -> None:
        c = self._conflict
        for b in self.keep_buttons:
            b.setEnabled(False)

        def done(_: object) -> None:
            self.resolved.emit()
            self.accept()

        def failed(error: BaseException) -> None:
            for b in self.keep_buttons:
                b.setEnabled(True)
            self._env.report_error(error)

        self._env.write(
            lambda s: s.conflicts.resolve(c.entity_id, c.field, value.op_id), done, self, failed
        )
