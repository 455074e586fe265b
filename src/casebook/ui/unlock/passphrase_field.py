"""A passphrase field as a person needs it: masked, with a Show button, and a word when Caps
Lock is on or the keyboard types other letters than the person may expect.

    [••••••••••••••••]  [Show]
    Caps Lock is on.                      ← only while it is
    The keyboard types Cyrillic letters…  ← only while it does

Qt cannot ask the system whether Caps Lock is on, so the field infers it as browsers do: a
letter typed in upper case without Shift (or in lower case with it) means Caps Lock. The
layout is told by the letters typed, and before any by the input method's locale
(`QGuiApplication.inputMethod().locale()`). Nothing typed is kept: only "caps" and the script.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QEvent, QLocale, QObject, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from casebook.ui.widgets import PassphraseEdit, plain_label, set_name

__all__ = ["PassphraseField", "script_of"]


def script_of(ch: str) -> str:
    """ "latin", "cyrillic", "greek", … for a letter; "" for anything else."""
    if not ch.isalpha():
        return ""
    try:
        name = unicodedata.name(ch)
    except ValueError:
        return ""
    return name.split(" ", 1)[0].lower()


class PassphraseField(QWidget):
    """A `PassphraseEdit` (`edit`) with a Show button and the keyboard warnings."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        edit: PassphraseEdit | None = None,
        partners: tuple[QLineEdit, ...] = (),
    ) -> None:
        super().__init__(parent)
        self.edit = edit or PassphraseEdit(self)
        self.edit.setParent(self)
        self._partners = partners  # fields shown and hidden with this one (the repetition)
        self._caps = False
        self._script = ""
        self.show_button = QPushButton(self.tr("Show"), self)
        self.show_button.setCheckable(True)
        self.show_button.setAutoDefault(False)
        set_name(
            self.show_button,
            self.tr("Show the passphrase"),
            self.tr("Shows what is typed, for anyone who can see the screen."),
        )
        self.warning = plain_label("", self, wrap=True)
        self.warning.setStyleSheet("color: #b00020;")
        self.warning.setObjectName("keyboardWarning")
        self.warning.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.show_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.warning)
        self.setFocusProxy(self.edit)
        self.show_button.toggled.connect(self.on_show_button_toggled)
        for field in (self.edit, *partners):
            field.installEventFilter(self)

    @property
    def shown(self) -> bool:
        """True while the text is shown in clear."""
        return self.show_button.isChecked()

    def on_show_button_toggled(self, shown: bool) -> None:
        """Show or mask the text (of the repetition too)."""
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        for field in (self.edit, *self._partners):
            field.setEchoMode(mode)
        self.show_button.setText(self.tr("Hide") if shown else self.tr("Show"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Watch the keys typed (and focus) for Caps Lock and the layout; never stop them."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            self._note_key(event)
        elif event.type() == QEvent.Type.FocusIn and not self._script:
            self._note_locale(QGuiApplication.inputMethod().locale())
        return False

    def _note_key(self, event: QKeyEvent) -> None:
        text = event.text()
        if len(text) != 1 or not text.isalpha() or text.lower() == text.upper():
            return
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        self._caps = text.isupper() != shift
        self._script = script_of(text)
        self._update()

    def _note_locale(self, locale: QLocale) -> None:
        script = locale.script()
        if script not in (QLocale.Script.LatinScript, QLocale.Script.AnyScript):
            self._script = QLocale.scriptToString(script).lower().removesuffix(" script") or "?"
            self._update()

    def note_typed(self, text: str, *, shift: bool = False) -> None:
        """What a key typed (for tests and input methods that bypass key events)."""
        event = QKeyEvent(
            QEvent.Type.KeyPress,
            0,
            Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier,
            text,
        )
        self._note_key(event)

    def _update(self) -> None:
        lines = []
        if self._caps:
            lines.append(self.tr("Caps Lock is on."))
        if self._script == "cyrillic":
            lines.append(
                self.tr(
                    "The keyboard types Cyrillic letters. If the passphrase is in Latin letters, "
                    "switch the layout (a recovery code is read in either)."
                )
            )
        elif self._script and self._script != "latin":
            lines.append(
                self.tr(
                    "The keyboard does not type Latin letters. If the passphrase is in Latin "
                    "letters, switch the layout."
                )
            )
        self.warning.setText("\n".join(lines))
        self.warning.setVisible(bool(lines))
        self.warning.setAccessibleName(" ".join(lines))
        self._fit_warning()

    def _fit_warning(self) -> None:
        # A wrapped label in a form row gets the height of its first guess at the width: ask
        # for the height the text needs at the width it really has.
        width = self.width() if self.width() > 0 else self.sizeHint().width()
        text_height = self.warning.heightForWidth(max(width, 100))
        self.warning.setMinimumHeight(text_height if self.warning.text() else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """The warning's height follows the width."""
        super().resizeEvent(event)
        self._fit_warning()

    def clear_warnings(self) -> None:
        """Forget what was noticed (the field was emptied)."""
        self._caps, self._script = False, ""
        self._update()
