"""Record by hand that a copy of a file went to a court or another body (a `transfer_out`
custody entry; with an earlier date, a late entry that says so).

    Handed to   a body, from a fixed list (ECtHR, UN treaty body, court, …)
    Number      the number that body gave the filing: letters, digits and / . - only, with a
                digit; never a name (the custody log holds no text)
    Earlier     it happened on another day: a late entry, dated as you say
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from casebook.domain.custody import BODIES, SignedEntry
from casebook.ui.custody.texts import body_label
from casebook.ui.env import Env
from casebook.ui.errors import message_for
from casebook.ui.widgets import ErrorBanner, heading, plain_label, set_name

__all__ = ["TransferDialog"]

_REF = r"[0-9A-Za-zА-Яа-яЁё/.\-№]{1,48}"


class TransferDialog(QDialog):
    """Where a copy went, and under which number."""

    recorded = Signal()

    def __init__(self, env: Env, item: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._env = env
        self._item = item
        self.setWindowTitle(self.tr("Record a transfer"))
        self.body = QComboBox(self)
        for code in BODIES:
            self.body.addItem(body_label(code), code)
        set_name(self.body, self.tr("Handed to"))
        self.ref = QLineEdit(self)
        self.ref.setValidator(QRegularExpressionValidator(QRegularExpression(_REF), self.ref))
        self.ref.setPlaceholderText(self.tr("for example 12345/21"))
        set_name(self.ref, self.tr("Their number for the filing"))
        self.earlier = QCheckBox(self.tr("It happened on an earlier day"), self)
        self.date = QDateEdit(QDate.currentDate(), self)
        self.date.setCalendarPopup(True)
        self.date.setMaximumDate(QDate.currentDate())
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setEnabled(False)
        set_name(self.date, self.tr("The day it happened"))
        form = QFormLayout()
        form.addRow(self.tr("Handed to:"), self.body)
        form.addRow(self.tr("Their number:"), self.ref)
        form.addRow(self.earlier, self.date)
        self.hint = plain_label(
            self.tr(
                "Type only the number the court or body gave the filing. Never a name: the "
                "custody log holds no text, and it goes to colleagues and into court reports. "
                "A transfer on an earlier day is recorded as a late entry, which says so."
            ),
            self,
            wrap=True,
        )
        self.error = ErrorBanner(self)
        buttons = QDialogButtonBox(self)
        self.record_button = buttons.addButton(
            self.tr("&Record"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Where did a copy of this file go?"), self, scale=1.2))
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.earlier.toggled.connect(self.date.setEnabled)
        self.ref.textChanged.connect(self.on_ref_text_changed)
        buttons.accepted.connect(self.on_record)
        buttons.rejected.connect(self.reject)
        self.on_ref_text_changed(self.ref.text())
        self.resize(520, self.sizeHint().height())

    def on_ref_text_changed(self, text: str) -> None:
        """Record needs a number with at least one digit."""
        self.record_button.setEnabled(any(c.isdigit() for c in text))

    def on_record(self) -> None:
        """Sign the entry on the store thread; close when it is kept."""
        item, to, ref = self._item, str(self.body.currentData()), self.ref.text().strip()
        when = self.date.date().toString("yyyy-MM-dd") if self.earlier.isChecked() else None
        self.record_button.setEnabled(False)

        def done(_entry: SignedEntry) -> None:
            self.recorded.emit()
            self.accept()

        def failed(error: BaseException) -> None:
            self.record_button.setEnabled(True)
            self.error.show_error(message_for(error))

        self._env.write(
            lambda s: s.custody.transfer_out(item, to=to, ref=ref, when=when), done, self, failed
        )
