"""Link a note segment to the persons and events it is about. Each tick is saved at once."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casebook.domain.labels import record_label
from casebook.domain.records import Record
from casebook.service import CaseService
from casebook.ui.env import Env
from casebook.ui.models.segments import SegmentRow
from casebook.ui.widgets import heading, plain_label, set_name

__all__ = ["LinkDialog"]


def _load(service: CaseService, case_id: bytes) -> tuple[list[Record], list[Record]]:
    return service.reading.children(case_id, "person"), service.reading.children(case_id, "event")


class LinkDialog(QDialog):
    """A checklist of the case's persons and events."""

    links_changed = Signal()

    def __init__(
        self, env: Env, case_id: bytes, segment: SegmentRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._env = env
        self._segment_id = segment.id
        self._links = {other: link for link, other, _ in segment.links}
        self._filling = True
        self.setWindowTitle(self.tr("Link note"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        quote = segment.text if len(segment.text) <= 200 else segment.text[:199] + "…"
        self.list = QListWidget(self)
        set_name(self.list, self.tr("People and events"))
        buttons = QDialogButtonBox(self)
        close = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setDefault(True)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("What is this note about?"), self, scale=1.15))
        layout.addWidget(plain_label(quote, self, wrap=True))
        layout.addWidget(self.list)
        layout.addWidget(plain_label(self.tr("Each tick is saved at once."), self, wrap=True))
        layout.addWidget(buttons)
        self.setMinimumSize(480, 420)
        self.list.itemChanged.connect(self.on_list_item_changed)
        env.read(lambda s: _load(s, case_id), self._fill, self)

    def _fill(self, loaded: tuple[list[Record], list[Record]]) -> None:
        people, events = loaded
        self._filling = True
        language, terms = self._env.language, self._env.vocabularies.current

        def vocab_label(vocabulary: str, code: str) -> str:
            return terms.label(vocabulary, code, language)

        for rec in people:
            self._add(rec.id, self.tr("Person: %1").replace("%1", record_label(rec)))
        for rec in events:
            label = self.tr("Event: %1").replace("%1", record_label(rec, vocab_label))
            self._add(rec.id, label)
        self._filling = False
        if self.list.count():
            self.list.setCurrentRow(0)
        self.list.setFocus()

    def _add(self, record_id: bytes, label: str) -> None:
        item = QListWidgetItem(label, self.list)
        item.setData(Qt.ItemDataRole.UserRole, record_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        checked = record_id in self._links
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def on_list_item_changed(self, item: QListWidgetItem) -> None:
        """Link or unlink at once."""
        if self._filling:
            return
        other = bytes(item.data(Qt.ItemDataRole.UserRole))
        segment_id = self._segment_id
        if item.checkState() == Qt.CheckState.Checked and other not in self._links:

            def linked(link_id: bytes) -> None:
                self._links[other] = link_id
                self.links_changed.emit()

            self._env.write(lambda s: s.records.link(segment_id, other), linked, self)
        elif item.checkState() == Qt.CheckState.Unchecked and other in self._links:
            link_id = self._links.pop(other)
            self._env.write(
                lambda s: s.records.delete(link_id), lambda _: self.links_changed.emit(), self
            )
