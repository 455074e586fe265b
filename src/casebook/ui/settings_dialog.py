"""Settings: language, auto-lock minutes, clipboard clearing, and which of the laptop's own
moments lock casebook (screen lock, sleep, user switch, minimising). Changes apply and save at
once. A trigger this system cannot report is still shown, with a sentence that says so."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from casebook.base.settings import AUTO_LOCK_RANGE, CLIPBOARD_RANGE, LOCK_TRIGGERS
from casebook.ui.preferences import Preferences
from casebook.ui.translation import resolve_language
from casebook.ui.widgets import plain_label

__all__ = ["SettingsDialog"]

# Each language is named in itself, so that someone who cannot read the current one finds theirs.
LANGUAGE_NAMES = (("en", "English"), ("ru", "Русский"))


class SettingsDialog(QDialog):
    """No Save button: each change is applied and kept at once."""

    def __init__(
        self,
        preferences: Preferences,
        parent: QWidget | None = None,
        available: frozenset[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self._prefs = preferences
        # Minimising is seen by the window itself; the others only where the system tells.
        self._available = frozenset(available or ()) | {"minimise"}
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        current = preferences.current
        self.language = QComboBox(self)
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        shown = resolve_language(current.language)  # "" follows the system: show which one
        self.language.setCurrentIndex(max(0, self.language.findData(shown)))
        self.auto_lock = QSpinBox(self)
        self.auto_lock.setRange(*AUTO_LOCK_RANGE)
        self.auto_lock.setValue(current.auto_lock_minutes)
        self.clipboard = QSpinBox(self)
        self.clipboard.setRange(*CLIPBOARD_RANGE)
        self.clipboard.setValue(current.clipboard_clear_seconds)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.language_label = QLabel(self)
        self.auto_lock_label = QLabel(self)
        self.clipboard_label = QLabel(self)
        self.form.addRow(self.language_label, self.language)
        self.form.addRow(self.auto_lock_label, self.auto_lock)
        self.form.addRow(self.clipboard_label, self.clipboard)
        self.triggers_box = QGroupBox(self)
        self.triggers: dict[str, QCheckBox] = {}
        box_layout = QVBoxLayout(self.triggers_box)
        for trigger in LOCK_TRIGGERS:
            check = QCheckBox(self.triggers_box)
            check.setChecked(current.locks_on(trigger))
            check.toggled.connect(lambda on, t=trigger: self.on_trigger_toggled(t, on))
            self.triggers[trigger] = check
            box_layout.addWidget(check)
        self.unavailable = plain_label("", self.triggers_box, wrap=True)
        box_layout.addWidget(self.unavailable)
        self.note = plain_label("", self, wrap=True)
        self.buttons = QDialogButtonBox(self)
        self.close_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.triggers_box)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self._retranslate()
        self.language.activated.connect(self.on_language_activated)
        self.auto_lock.valueChanged.connect(self.on_auto_lock_value_changed)
        self.clipboard.valueChanged.connect(self.on_clipboard_value_changed)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.language_label.setText(self.tr("&Language:"))
        self.language_label.setBuddy(self.language)
        self.auto_lock_label.setText(self.tr("&Lock after idle minutes:"))
        self.auto_lock_label.setBuddy(self.auto_lock)
        self.clipboard_label.setText(self.tr("&Clear copied text after seconds:"))
        self.clipboard_label.setBuddy(self.clipboard)
        for widget, label in (
            (self.language, self.language_label),
            (self.auto_lock, self.auto_lock_label),
            (self.clipboard, self.clipboard_label),
        ):
            widget.setAccessibleName(label.text().replace("&", "").rstrip(":"))
        self.triggers_box.setTitle(self.tr("Also lock casebook when"))
        texts = {
            "screen_lock": self.tr("the &screen locks"),
            "sleep": self.tr("the computer goes to slee&p or hibernates"),
            "user_switch": self.tr("another &user takes over the screen"),
            "minimise": self.tr("the casebook window is &minimised"),
        }
        for trigger, check in self.triggers.items():
            check.setText(texts[trigger])
            check.setAccessibleName(texts[trigger].replace("&", ""))
        short = {
            "screen_lock": self.tr("screen lock"),
            "sleep": self.tr("sleep"),
            "user_switch": self.tr("user switch"),
            "minimise": self.tr("minimising"),
        }
        missing = [short[t] for t in LOCK_TRIGGERS if t not in self._available]
        self.unavailable.setText(
            self.tr(
                "This computer does not tell casebook of: %1. Idle time and Ctrl+L still lock it."
            ).replace("%1", ", ".join(missing))
        )
        self.unavailable.setVisible(bool(missing))
        self.note.setText(
            self.tr(
                "These settings are kept on this computer in plain text. They never hold case "
                "data or the names of vaults."
            )
        )
        self.close_button.setText(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:
        """Follow a language switch at once."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def on_language_activated(self, _index: int) -> None:
        """Switch language (the windows rebuild themselves)."""
        self._prefs.update(language=str(self.language.currentData()))

    def on_auto_lock_value_changed(self, minutes: int) -> None:
        """New idle time."""
        self._prefs.update(auto_lock_minutes=minutes)

    def on_clipboard_value_changed(self, seconds: int) -> None:
        """New clipboard time."""
        self._prefs.update(clipboard_clear_seconds=seconds)

    def on_trigger_toggled(self, trigger: str, on: bool) -> None:
        """Turn one lock trigger on or off."""
        self._prefs.update(**{f"lock_on_{trigger}": on})
