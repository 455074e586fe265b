"""Date fields: what people type is read at once, and what cannot be read is said at the field.

    typing "5 марта 2024"   ──► under the field, in grey: "Read as 05.03.2024"
    leaving the field       ──► the field shows the date in the interface language
    a pause on "14.13.2027" ──► under the field, in red: "Not saved: there is no such day…"

Reading and showing are `casebook.domain.dates` (`parse_fuzzy`, `format_fuzzy`); this module
only says it in the interface language. A date that cannot be read is never dropped: the form
keeps it in its field (and, across a lock, inside the vault: see `ui/unsaved.py`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from casebook.base.errors import DateNotUnderstood
from casebook.domain.dates import format_fuzzy, parse_fuzzy
from casebook.ui.widgets import ErrorBanner

__all__ = [
    "DateLine",
    "FieldNote",
    "date_hint",
    "date_placeholder",
    "date_problem",
    "not_saved",
]

_INVALID_STYLE = "QLineEdit { border: 2px solid #b00020; }"


def date_hint() -> str:
    """How to write a date, in the current language."""
    return QCoreApplication.translate(
        "DateField",
        "Write a date as you would on paper: 5 March 2024 or 05.03.2024, March 2024, "
        "about 5 March 2024, 1–10 March 2024.",
    )


def date_placeholder() -> str:
    """Examples for an empty date field."""
    return QCoreApplication.translate(
        "DateField", "5 March 2024 · March 2024 · about 5 March 2024 · 1–10 March 2024"
    )


def date_problem(error: DateNotUnderstood, typed: str) -> str:
    """Why `typed` is not a date, and how to write it, in the current language."""
    shown = " ".join(typed.split())
    if len(shown) > 40:
        shown = shown[:39] + "…"
    text = {
        "empty": QCoreApplication.translate("DateField", "A date is needed here."),
        "no_such_day": QCoreApplication.translate(
            "DateField", "There is no such day as “%1”: check the day and the month."
        ),
        "backwards": QCoreApplication.translate(
            "DateField", "“%1” ends before it starts: put the earlier date first."
        ),
        "ambiguous": QCoreApplication.translate(
            "DateField",
            "“%1” can be read as two different days: write the month in words, as in 5 March 2024.",
        ),
    }.get(error.reason)
    if text is None:
        text = QCoreApplication.translate(
            "DateField",
            "casebook cannot read “%1” as a date. Write it as 5 March 2024 or 05.03.2024, "
            "March 2024, about 5 March 2024 or 1–10 March 2024.",
        )
    return text.replace("%1", shown)


def not_saved(problem: str) -> str:
    """ "Not saved: <the problem>"."""
    return QCoreApplication.translate("DateField", "Not saved: %1").replace("%1", problem)


class FieldNote(ErrorBanner):
    """A line under a field: how what is typed reads (grey), or why it was not saved (red)."""

    def show_reading(self, text: str) -> None:
        """How the typed text is read."""
        self.setStyleSheet("color: #555555;")
        self._show(text)


class DateLine(QLineEdit):
    """A line edit for a date, with its `note` to lay out under it (see `with_note`)."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.note = FieldNote(parent)
        self.setPlaceholderText(date_placeholder())
        self.setToolTip(date_hint())
        self.textEdited.connect(self.on_text_edited)
        self.editingFinished.connect(self.on_editing_finished)

    def stored(self) -> str | None:
        """The stored form of what is typed (None when empty); `DateNotUnderstood` else."""
        if not self.text().strip():
            return None
        return parse_fuzzy(self.text(), self.language)

    def show_stored(self, value: str | None) -> None:
        """Show a stored date in the interface language."""
        self.setText(format_fuzzy(value, self.language, numeric=True) if value else "")
        self.setCursorPosition(0)
        self.show_problem("")

    def problem(self) -> str:
        """Why what is typed cannot be saved ('' when it can)."""
        try:
            self.stored()
        except DateNotUnderstood as e:
            return date_problem(e, self.text())
        return ""

    def show_problem(self, message: str) -> None:
        """Say at the field that what is typed was not saved, and why ('' clears it)."""
        if message:
            self.note.show_error(not_saved(message))
            self.setStyleSheet(_INVALID_STYLE)
            self.setAccessibleDescription(message)
        else:
            self.note.clear_message()
            self.setStyleSheet("")
            self.setAccessibleDescription(date_hint())

    def on_text_edited(self, text: str) -> None:
        """Say how the text reads while it is typed; a problem waits for a pause."""
        try:
            value = self.stored()
        except DateNotUnderstood:
            if self.styleSheet() != _INVALID_STYLE:  # a problem already said stays till a pause
                self.note.clear_message()
            return
        self.setStyleSheet("")
        shown = format_fuzzy(value, self.language, numeric=True) if value else ""
        if shown and shown != " ".join(text.split()):
            self.note.show_reading(
                QCoreApplication.translate("DateField", "Read as %1").replace("%1", shown)
            )
        else:
            self.note.clear_message()

    def on_editing_finished(self) -> None:
        """Leaving the field: a date that reads shows as the interface writes it."""
        try:
            value = self.stored()
        except DateNotUnderstood as e:
            self.show_problem(date_problem(e, self.text()))
            return
        if value:
            self.setText(format_fuzzy(value, self.language, numeric=True))
            self.setCursorPosition(0)
        self.show_problem("")

    def with_note(self, parent: QWidget) -> QWidget:
        """The field with its note under it, for a form row."""
        box = QWidget(parent)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.setParent(box)
        self.note.setParent(box)
        layout.addWidget(self)
        layout.addWidget(self.note)
        return box
