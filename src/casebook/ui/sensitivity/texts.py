"""Translated names of levels, categories, leak scan reasons and why something stays home.

One table for every screen that shows labels: the label dialog, the Peers window, the export
wizard's preview. The codes are the core's (`casebook.domain.sensitivity`,
`casebook.bundle.audience.LEAK_REASONS`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from casebook.domain.sensitivity import Category, Clearance, Level, Sensitivity
from casebook.ui.translation import QT_TRANSLATE_NOOP

__all__ = [
    "category_text",
    "clearance_text",
    "label_text",
    "level_text",
    "reason_text",
    "why_text",
]

_C = "Sensitivity"
_LEVELS = {
    Level.PUBLIC: QT_TRANSLATE_NOOP("Sensitivity", "Public"),
    Level.CONFIDENTIAL: QT_TRANSLATE_NOOP("Sensitivity", "Confidential"),
    Level.RESTRICTED: QT_TRANSLATE_NOOP("Sensitivity", "Restricted"),
}
_CATEGORIES = {
    Category.IDENTITY: QT_TRANSLATE_NOOP("Sensitivity", "identity"),
    Category.CONTACT_LOCATION: QT_TRANSLATE_NOOP("Sensitivity", "contacts and whereabouts"),
    Category.HEALTH: QT_TRANSLATE_NOOP("Sensitivity", "health"),
    Category.SOGI: QT_TRANSLATE_NOOP("Sensitivity", "sexual orientation, gender identity"),
    Category.SOURCE: QT_TRANSLATE_NOOP("Sensitivity", "source"),
    Category.MINOR: QT_TRANSLATE_NOOP("Sensitivity", "minor"),
}
_REASONS = {
    "not_the_person": QT_TRANSLATE_NOOP("Sensitivity", "The word is not that person's name"),
    "already_public": QT_TRANSLATE_NOOP("Sensitivity", "The person made it public themselves"),
    "consent_recorded": QT_TRANSLATE_NOOP(
        "Sensitivity", "The person agreed to this (recorded elsewhere)"
    ),
    "needed_for_purpose": QT_TRANSLATE_NOOP("Sensitivity", "The purpose needs it (a filing)"),
}
_WHY = {
    "label": QT_TRANSLATE_NOOP("Sensitivity", "its label is above their clearance"),
    "parent": QT_TRANSLATE_NOOP("Sensitivity", "what it belongs to stays home"),
    "reference": QT_TRANSLATE_NOOP("Sensitivity", "it names a record that stays home"),
    "consent": QT_TRANSLATE_NOOP("Sensitivity", "no consent to share their identity"),
}


def level_text(level: Level) -> str:
    """'Confidential', … in the current language."""
    return QCoreApplication.translate(_C, _LEVELS[level])


def category_text(category: Category) -> str:
    """'health', … in the current language."""
    return QCoreApplication.translate(_C, _CATEGORIES[category])


def _categories(cats: frozenset[Category]) -> str:
    return ", ".join(category_text(c) for c in Category if c in cats)


def label_text(label: Sensitivity) -> str:
    """'Restricted: identity, source' in the current language."""
    if not label.categories:
        return level_text(label.level)
    return f"{level_text(label.level)}: {_categories(label.categories)}"


def clearance_text(clearance: Clearance) -> str:
    """'Confidential; not: identity, …' : the level and what is kept from them."""
    hidden = frozenset(Category) - clearance.allowed
    if not hidden:
        return QCoreApplication.translate("Sensitivity", "%1, every category").replace(
            "%1", level_text(clearance.level)
        )
    return (
        QCoreApplication.translate("Sensitivity", "%1; not: %2")
        .replace("%1", level_text(clearance.level))
        .replace("%2", _categories(hidden))
    )


def reason_text(code: str) -> str:
    """A leak scan override reason, in the current language."""
    source = _REASONS.get(code)
    return QCoreApplication.translate(_C, source) if source else code


def why_text(code: str) -> str:
    """Why a record or value stays home: 'label', 'parent', 'reference', 'consent:<code>'."""
    source = _WHY.get(code.partition(":")[0])
    return QCoreApplication.translate(_C, source) if source else code
