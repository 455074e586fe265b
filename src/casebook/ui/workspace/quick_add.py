"""A small dialog asking only what a new record cannot exist without (a name, a type, a date).

Everything else is typed into the record's form afterwards, where it is saved as it is typed.
The dialog is opened with `open()`, never `exec()`: no nested event loop.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from casebook.ui.widgets import ErrorBanner, heading, set_name
from casebook.ui.workspace.date_field import FieldNote

__all__ = ["QuickAddDialog"]


class QuickAddDialog(QDialog):
    """Title, a few labelled fields, Add and Cancel; `check` may refuse with a message."""

    def __init__(
        self,
        parent: QWidget,
        title: str,
        fields: Sequence[tuple[str, QWidget]],
        add_label: str,
        cancel_label: str,
        check: Callable[[], str | None] = lambda: None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self._check = check
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for label, widget in fields:
            widget.setParent(self)
            set_name(widget, label.replace("&", "").rstrip(":"))
            note = getattr(widget, "with_note", None)  # a date field says under it what is wrong
            if note is not None:
                note_box = note(self)
                form.addRow(label, note_box)
                buddy = form.labelForField(note_box)
                if isinstance(buddy, QLabel):
                    buddy.setBuddy(widget)
            else:
                form.addRow(label, widget)
        self.error = ErrorBanner(self)
        buttons = QDialogButtonBox(self)
        self.add_button = buttons.addButton(add_label, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = buttons.addButton(cancel_label, QDialogButtonBox.ButtonRole.RejectRole)
        self.add_button.setDefault(True)
        buttons.accepted.connect(self.on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(title, self, scale=1.15))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        if fields:
            fields[0][1].setFocus()

    def on_buttons_accepted(self) -> None:
        """Accept unless the check finds a problem."""
        problem = self._check()
        if problem:
            if not any(n.isVisible() for n in self.findChildren(FieldNote)):
                self.error.show_error(problem)  # else it is said under its field
            return
        self.accept()


def line_edit(text: str = "") -> QLineEdit:
    """A line edit for a quick-add field."""
    edit = QLineEdit()
    edit.setText(text)
    return edit


def combo(options: Sequence[tuple[str, str]], current: str | None = None) -> QComboBox:
    """A combo box of (code, label) choices."""
    box = QComboBox()
    for code, label in options:
        box.addItem(label, code)
    if current is not None:
        box.setCurrentIndex(max(0, box.findData(current)))
    return box
