"""One label as a person sets it: a level, and the categories that say why.

    [ level ▾ ]   ☐ identity  ☐ contacts and whereabouts  ☐ health  ☐ sexual orientation…
                  ☐ source    ☐ minor

`allow_none` adds "no own label" (the model's default holds) to the levels. Used for a record's
own label, a field's, a case's floor, and (as the categories a colleague may see) a clearance.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QVBoxLayout, QWidget

from casebook.domain.sensitivity import Category, Level, Sensitivity
from casebook.ui.sensitivity.texts import category_text, level_text
from casebook.ui.widgets import set_name

__all__ = ["LabelEditor"]


class LabelEditor(QWidget):
    """A level drop-down and a tick per category."""

    changed = Signal()

    def __init__(self, parent: QWidget | None, *, name: str, allow_none: bool = True) -> None:
        super().__init__(parent)
        self._loading = False
        self.level = QComboBox(self)
        set_name(self.level, name)
        if allow_none:
            self.level.addItem(self.tr("No own label (the default holds)"), None)
        for level in Level:
            self.level.addItem(level_text(level), level.value)
        self.checks: dict[Category, QCheckBox] = {}
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        for i, category in enumerate(Category):
            box = QCheckBox(category_text(category), self)
            set_name(box, f"{name}: {category_text(category)}")
            self.checks[category] = box
            grid.addWidget(box, i // 3, i % 3)
            box.toggled.connect(self._on_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.level)
        layout.addLayout(grid)
        self.level.currentIndexChanged.connect(self._on_changed)
        self._sync()

    def _on_changed(self, *_args: object) -> None:
        self._sync()
        if not self._loading:
            self.changed.emit()

    def _sync(self) -> None:
        has_level = self.level.currentData() is not None
        for box in self.checks.values():
            box.setEnabled(has_level)

    def value(self) -> Sensitivity | None:
        """The label chosen, or None for "no own label"."""
        code = self.level.currentData()
        if code is None:
            return None
        cats = frozenset(c for c, box in self.checks.items() if box.isChecked())
        return Sensitivity(Level(code), cats)

    def set_value(self, label: Sensitivity | None) -> None:
        """Show `label` (None: no own label)."""
        self._loading = True
        try:
            i = self.level.findData(label.level.value if label is not None else None)
            self.level.setCurrentIndex(max(i, 0))
            for c, box in self.checks.items():
                box.setChecked(label is not None and c in label.categories)
            self._sync()
        finally:
            self._loading = False
