"""Cases → Deleted items…: what was deleted, and Restore.

Deleting keeps a record with its values and history in the vault (a delete is one more signed
change), so restoring brings it back as it was. The list holds the open case's deleted people,
events, interviews, notes and files, the deadlines it no longer has, and every deleted case.
Erasing is different: an erased value is gone, and nothing here brings it back.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QVBoxLayout,
    QWidget,
)

from casebook.service import CaseService
from casebook.ui.env import Env
from casebook.ui.errors import message_for
from casebook.ui.models.deleted import DeletedColumn, DeletedModel, DeletedRow, load_deleted
from casebook.ui.tables import make_table, selected_id
from casebook.ui.widgets import ErrorBanner, heading, plain_label, set_name

__all__ = ["DeletedDialog"]


class DeletedDialog(QDialog):
    """The list of deleted items, and the button that restores the chosen one."""

    restored = Signal(object)  # DeletedRow: the workspace reads the case (or the list) again

    def __init__(self, env: Env, case_id: bytes | None, case_title: str, parent: QWidget) -> None:
        super().__init__(parent)
        self._env = env
        self._case_id = case_id
        self.setWindowTitle(self.tr("Deleted items"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.intro = plain_label(
            self.tr(
                "Deleted items stay in the vault with their history until you erase them. "
                "Restore brings one back as it was. To remove a value for good, use Erase… "
                "instead: erased values cannot be restored."
            ),
            self,
            wrap=True,
        )
        scope = (
            self.tr("Deleted in the case «%1», and deleted cases.").replace("%1", case_title)
            if case_id is not None
            else self.tr("Deleted cases. Open a case to see what was deleted in it.")
        )
        self.scope = plain_label(scope, self, wrap=True)
        self.model = DeletedModel(self)
        self.table = make_table(self.model, self.tr("Deleted items"), self, stretch=1)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(DeletedColumn.WHAT, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DeletedColumn.WHEN, QHeaderView.ResizeMode.ResizeToContents)
        self.empty = plain_label(self.tr("Nothing is deleted."), self, wrap=True)
        self.empty.hide()
        self.message = ErrorBanner(self)
        buttons = QDialogButtonBox(self)
        self.restore_button = buttons.addButton(
            self.tr("&Restore"), QDialogButtonBox.ButtonRole.ActionRole
        )
        set_name(self.restore_button, self.tr("Restore the chosen item"))
        close = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Deleted items"), self, scale=1.2))
        layout.addWidget(self.intro)
        layout.addWidget(self.scope)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(820, 480)
        self.restore_button.clicked.connect(self.on_restore_button_clicked)
        self.table.doubleClicked.connect(lambda _: self.on_restore_button_clicked())
        close.clicked.connect(self.reject)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self.loaded = False
        self.reload()

    def reload(self) -> None:
        """Read the deleted items again."""
        case_id, language = self._case_id, self._env.language

        def show(rows: tuple[DeletedRow, ...]) -> None:
            self.model.set_rows(rows)
            self.table.setVisible(bool(rows))
            self.empty.setVisible(not rows)
            if rows:
                self.table.selectRow(0)
            self.loaded = True
            self._update()

        self._env.read(lambda s: load_deleted(s, case_id, language), show, self)

    def chosen(self) -> DeletedRow | None:
        """The selected row."""
        key = selected_id(self.table)
        i = self.model.find(key) if key else -1
        return self.model.rows[i] if i >= 0 else None

    def _update(self) -> None:
        self.restore_button.setEnabled(self.chosen() is not None)

    def on_restore_button_clicked(self) -> None:
        """Restore the chosen item."""
        row = self.chosen()
        if row is None:
            return
        self.restore_button.setEnabled(False)

        def job(s: CaseService) -> None:
            if row.kind == "deadline" and row.case_id is not None:
                s.trash.restore_deadline(row.case_id, row.deadline)
            else:
                s.trash.restore(row.id)

        def done(_: None) -> None:
            name = row.label or self.model.display(row, DeletedColumn.WHAT)
            self.message.show_notice(self.tr("Restored: %1.").replace("%1", name))
            self.restored.emit(row)
            self.reload()

        self._env.write(job, done, self, self._failed)

    def _failed(self, error: BaseException) -> None:
        self.message.show_error(message_for(error))
        self._update()
