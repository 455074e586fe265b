"""The reason codes of an erasure in words, and dates as people write them.

A reason is always one of `casebook.service.erasure.REASONS`, never free text: free text in a
signed request would travel to every colleague and could itself name the person.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from casebook.service.erasure import REASONS
from casebook.ui.translation import QT_TRANSLATE_NOOP

__all__ = ["REASON_TEXT", "long_date", "reason_label"]

_CONTEXT = "Erasure"

REASON_TEXT = {
    "consent_withdrawn": QT_TRANSLATE_NOOP("Erasure", "Consent withdrawn"),
    "safety": QT_TRANSLATE_NOOP("Erasure", "Someone's safety"),
    "mistake": QT_TRANSLATE_NOOP("Erasure", "Entered by mistake"),
    "court_order": QT_TRANSLATE_NOOP("Erasure", "Court order"),
    "other": QT_TRANSLATE_NOOP("Erasure", "Another reason"),
}
if set(REASON_TEXT) != set(REASONS):  # a new code in the core needs its words here
    raise RuntimeError("erasure reasons out of step with the core")


def reason_label(code: str) -> str:
    """A reason code in the interface language (an unknown code reads as itself)."""
    source = REASON_TEXT.get(code)
    return QCoreApplication.translate(_CONTEXT, source) if source else code


def long_date(ms: int) -> str:
    """A date as people write it: "5 March 2025", «5 марта 2025»."""
    if ms <= 0:
        return ""
    return QLocale().toString(QDateTime.fromMSecsSinceEpoch(ms).date(), "d MMMM yyyy")
