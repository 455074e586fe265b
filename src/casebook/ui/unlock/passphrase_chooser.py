"""Choosing a passphrase: the field, its repetition and the strength meter.

One helper serves the Create screen and "Change passphrase…", so both judge a passphrase the
same way (`strength.estimate`). It adds its rows to the caller's form, whose labels the caller
words:

    <first label>   [••••••••••••] [Show]   PassphraseField: masked, hidden from accessibility,
                    Caps Lock / layout warnings      Show reveals both fields
    <second label>  [••••••••••••]
    <strength>      [■■■■□□□□]  "Strong. The passphrases match."
                    [Suggest a passphrase]  random words from the list of the interface language

`acceptable_changed(bool)` says whether the pair may be used: strong enough, and matching.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casebook.ui.unlock.passphrase_field import PassphraseField
from casebook.ui.unlock.strength import MIN_LENGTH, estimate
from casebook.ui.unlock.wordlist import suggest
from casebook.ui.widgets import PassphraseEdit, plain_label, set_name

__all__ = ["PassphraseChooser"]

_COLOURS = ("#c62828", "#c62828", "#ef6c00", "#2e7d32", "#2e7d32")


class PassphraseChooser(QObject):
    """A new passphrase typed twice, with a strength meter and a hint."""

    acceptable_changed = Signal(bool)

    def __init__(self, parent: QWidget, language: str = "en") -> None:
        super().__init__(parent)
        self._language = language
        self.passphrase = PassphraseEdit(parent)
        set_name(self.passphrase, self.tr("New passphrase"))
        self.confirm = PassphraseEdit(parent)
        set_name(self.confirm, self.tr("Repeat the passphrase"))
        self.field = PassphraseField(parent, edit=self.passphrase, partners=(self.confirm,))
        self.suggest_button = QPushButton(self.tr("Su&ggest a passphrase"), parent)
        set_name(
            self.suggest_button,
            self.tr("Suggest a passphrase"),
            self.tr("Random common words; write them down or learn them, then repeat them."),
        )
        self.suggest_button.setAutoDefault(False)
        self.suggest_button.clicked.connect(self.on_suggest_button_clicked)
        self.meter = QProgressBar(parent)
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(10)
        set_name(self.meter, self.tr("Passphrase strength"))
        self.meter_label: QLabel = plain_label("", parent)
        self._acceptable = False
        self.passphrase.textChanged.connect(self.on_passphrase_text_changed)
        self.confirm.textChanged.connect(self.on_passphrase_text_changed)
        self.on_passphrase_text_changed()

    def add_rows(self, form: QFormLayout, first: str, second: str, strength: str) -> None:
        """Add the two fields and the meter to `form`, under the caller's labels."""
        form.addRow(first, self.field)
        form.addRow(second, self.confirm)
        meter_row = QVBoxLayout()
        meter_row.addWidget(self.meter)
        meter_row.addWidget(self.meter_label)
        suggest_row = QHBoxLayout()
        suggest_row.addWidget(self.suggest_button)
        suggest_row.addStretch(1)
        meter_row.addLayout(suggest_row)
        form.addRow(strength, meter_row)

    def on_suggest_button_clicked(self) -> None:
        """Fill in random words and show them; the person repeats them in the second field."""
        self.passphrase.setText(suggest(self._language))
        self.confirm.clear()
        self.field.show_button.setChecked(True)
        self.confirm.setFocus()
        self.on_passphrase_text_changed()

    @property
    def acceptable(self) -> bool:
        """Strong enough, and the repetition matches."""
        return self._acceptable

    def on_passphrase_text_changed(self) -> None:
        """Update the meter, the hint and whether the pair may be used."""
        text = self.passphrase.text()
        strength = estimate(text)
        self.meter.setValue(strength.score)
        self.meter.setStyleSheet(
            f"QProgressBar {{ border: 1px solid palette(mid); border-radius: 3px; }}"
            f" QProgressBar::chunk {{ background: {_COLOURS[strength.score]}; }}"
        )
        names = [
            self.tr("Very weak"),
            self.tr("Weak"),
            self.tr("Fair"),
            self.tr("Strong"),
            self.tr("Very strong"),
        ]
        if not text:
            hint = self.tr("Type a passphrase.")
        elif len(text) < MIN_LENGTH:
            hint = self.tr("Too short: use at least %n characters.", "", MIN_LENGTH)
        elif not strength.acceptable:
            hint = self.tr("%1: add more words.").replace("%1", names[strength.score])
        elif self.confirm.text() != text and self.field.shown:
            hint = self.tr(
                "%1. Write it down or learn it, then type it again in the second field."
            ).replace("%1", names[strength.score])
        elif self.confirm.text() != text:
            hint = self.tr("%1. Now repeat it in the second field.").replace(
                "%1", names[strength.score]
            )
        else:
            hint = self.tr("%1. The passphrases match.").replace("%1", names[strength.score])
        self.meter_label.setText(hint)
        self.meter.setAccessibleDescription(hint)
        acceptable = strength.acceptable and self.confirm.text() == text
        if acceptable != self._acceptable:
            self._acceptable = acceptable
            self.acceptable_changed.emit(acceptable)

    def set_enabled(self, enabled: bool) -> None:
        """Allow typing, or not (while the key is being rewrapped)."""
        self.passphrase.setEnabled(enabled)
        self.confirm.setEnabled(enabled)
        self.suggest_button.setEnabled(enabled)
        self.field.show_button.setEnabled(enabled)

    def clear(self) -> None:
        """Forget both fields."""
        self.passphrase.clear()
        self.confirm.clear()
        self.field.show_button.setChecked(False)
        self.field.clear_warnings()
