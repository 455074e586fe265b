"""Sensitivity…: a record's own label, its fields' labels, and a case's floor (docs/labels.md).

    This record now: Restricted: identity, source
    The whole record  [level ▾] ☐ categories   a record above a colleague's clearance stays
                                               home whole
    Floor of the case [level ▾] ☐ categories   (a case only) every record in it is at least so
    Fields            Name — Restricted: identity         a value above it goes without its
                      Notes — Confidential                 value; people go under a pseudonym
                      [level ▾] ☐ categories  (the chosen field's own label)

An own label only raises: the model's default is the least a value has. Saving writes one signed
change (and one for the floor), which colleagues receive like any edit; concurrent labels join.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casebook.domain.sensitivity import Sensitivity
from casebook.service import CaseService
from casebook.service.labels import RecordLabels
from casebook.ui.env import Env
from casebook.ui.labels import field_label, kind_label
from casebook.ui.sensitivity.label_editor import LabelEditor
from casebook.ui.sensitivity.texts import label_text
from casebook.ui.widgets import ErrorBanner, plain_label, set_name

__all__ = ["LabelDialog"]


class LabelDialog(QDialog):
    """Raise a record's or its fields' labels; a case's floor."""

    saved = Signal()

    def __init__(self, env: Env, record_id: bytes, parent: QWidget) -> None:
        super().__init__(parent)
        self._env = env
        self._record_id = record_id
        self.loaded: RecordLabels | None = None
        self._own: dict[str, Sensitivity | None] = {}
        self._field: str | None = None
        self.setWindowTitle(self.tr("Sensitivity"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.now = plain_label(self.tr("Reading…"), self, wrap=True)
        self.now.setObjectName("labelNow")
        whole = QGroupBox(self.tr("The whole record"), self)
        self.record = LabelEditor(whole, name=self.tr("Label of the whole record"))
        whole_layout = QVBoxLayout(whole)
        whole_layout.addWidget(
            plain_label(
                self.tr(
                    "A record above a colleague's clearance stays home whole: their casebook "
                    "never learns it exists."
                ),
                whole,
                wrap=True,
            )
        )
        whole_layout.addWidget(self.record)
        self.floor_box = QGroupBox(self.tr("Floor of the case"), self)
        self.floor = LabelEditor(self.floor_box, name=self.tr("Floor of the case"))
        floor_layout = QVBoxLayout(self.floor_box)
        floor_layout.addWidget(
            plain_label(
                self.tr(
                    "Every record of the case is at least this sensitive. A case about sexual "
                    "orientation: at least confidential, sexual orientation."
                ),
                self.floor_box,
                wrap=True,
            )
        )
        floor_layout.addWidget(self.floor)
        self.floor_box.hide()
        fields = QGroupBox(self.tr("Fields"), self)
        self.fields = QListWidget(fields)
        set_name(self.fields, self.tr("Fields and their labels"))
        self.field = LabelEditor(fields, name=self.tr("Label of the chosen field"))
        self.field.setEnabled(False)
        fields_layout = QVBoxLayout(fields)
        fields_layout.addWidget(
            plain_label(
                self.tr(
                    "A value above a colleague's clearance goes without its value, and a person "
                    "whose name stays home goes under a pseudonym (Witness B)."
                ),
                fields,
                wrap=True,
            )
        )
        fields_layout.addWidget(self.fields, 1)
        fields_layout.addWidget(self.field)
        self.error = ErrorBanner(self)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.now)
        layout.addWidget(whole)
        layout.addWidget(self.floor_box)
        layout.addWidget(fields, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.on_save)
        self.buttons.rejected.connect(self.reject)
        self.fields.currentRowChanged.connect(self.on_fields_current_row_changed)
        self.field.changed.connect(self.on_field_changed)
        self.resize(640, 620)
        env.read(lambda s: s.labels.labels_of(record_id), self._show, self, self._failed)

    def _failed(self, error: BaseException) -> None:
        from casebook.ui.errors import message_for

        self.error.show_error(message_for(error))

    def _show(self, labels: RecordLabels) -> None:
        self.loaded = labels
        self.setWindowTitle(
            QCoreApplication.translate("LabelDialog", "Sensitivity: %1").replace(
                "%1", kind_label(labels.kind)
            )
        )
        self.now.setText(
            self.tr("This record now: %1.").replace("%1", label_text(labels.effective))
        )
        self.record.set_value(labels.own)
        if labels.kind == "case":
            self.floor_box.show()
            self.floor.set_value(labels.floor)
        self._own = {f.name: f.own for f in labels.fields}
        self.fields.clear()
        for f in labels.fields:
            item = QListWidgetItem(self._field_line(f.name), self.fields)
            item.setData(Qt.ItemDataRole.UserRole, f.name)
        self.save_button.setEnabled(True)
        if self.fields.count():
            self.fields.setCurrentRow(0)

    def _field_line(self, name: str) -> str:
        labels = self.loaded
        if labels is None:
            return name
        f = next(x for x in labels.fields if x.name == name)
        own = self._own.get(name)
        shown = f.default.join(own) if own is not None else f.default
        text = f"{field_label(f'{labels.kind}.{name}')} — {label_text(shown)}"
        if own is None:
            text += " " + self.tr("(default)")
        return text

    def on_fields_current_row_changed(self, row: int) -> None:
        """Show the chosen field's own label."""
        item = self.fields.item(row) if row >= 0 else None
        self._field = str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None
        self.field.setEnabled(self._field is not None)
        self.field.set_value(self._own.get(self._field) if self._field else None)

    def on_field_changed(self) -> None:
        """Keep the chosen field's new label until Save."""
        if self._field is None:
            return
        self._own[self._field] = self.field.value()
        item = self.fields.currentItem()
        if item is not None:
            item.setText(self._field_line(self._field))

    def on_save(self) -> None:
        """Write the labels (one change, and one for a case's floor)."""
        labels = self.loaded
        if labels is None:
            return
        own: dict[str, Sensitivity | None] = {
            name: lab for name, lab in self._own.items() if lab is not None
        }
        record_label = self.record.value()
        if record_label is not None:
            own[""] = record_label
        record_id = self._record_id
        floor = self.floor.value() if labels.kind == "case" else None
        is_case = labels.kind == "case"
        self.save_button.setEnabled(False)

        def job(s: CaseService) -> None:
            if is_case:
                s.labels.set_labels(record_id, own, floor)
            else:
                s.labels.set_labels(record_id, own)

        def done(_: object) -> None:
            self.saved.emit()
            self.accept()

        def failed(error: BaseException) -> None:
            self.save_button.setEnabled(True)
            self._failed(error)

        self._env.write(job, done, self, failed)
