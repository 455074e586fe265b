"""Custody entries in words (docs/custody.md): what happened, to whom it was handed, and
whether the entry verifies. An entry holds only ids, hashes and codes, so everything shown here
is built from codes; nothing a colleague typed is ever shown from it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate

from casebook.domain.custody import BODIES
from casebook.ui.erasure.reasons import long_date, reason_label
from casebook.ui.translation import QT_TRANSLATE_NOOP, format_size

__all__ = ["BODY_TEXT", "body_label", "describe", "status_label", "when_label"]

_CONTEXT = "Custody"

BODY_TEXT = {
    "echr": QT_TRANSLATE_NOOP("Custody", "European Court of Human Rights"),
    "un": QT_TRANSLATE_NOOP("Custody", "UN treaty body"),
    "court": QT_TRANSLATE_NOOP("Custody", "Court"),
    "prosecutor": QT_TRANSLATE_NOOP("Custody", "Prosecutor's office"),
    "asylum": QT_TRANSLATE_NOOP("Custody", "Asylum authority"),
    "ombudsman": QT_TRANSLATE_NOOP("Custody", "Ombudsman"),
    "police": QT_TRANSLATE_NOOP("Custody", "Police"),
    "other": QT_TRANSLATE_NOOP("Custody", "Another body"),
}
if set(BODY_TEXT) != set(BODIES):  # a new code in the core needs its words here
    raise RuntimeError("custody bodies out of step with the core")

_STATUS = {
    "ok": QT_TRANSLATE_NOOP("Custody", "verified"),
    "bad_signature": QT_TRANSLATE_NOOP("Custody", "signature does not verify"),
    "broken": QT_TRANSLATE_NOOP("Custody", "does not follow the entry before"),
    "revoked": QT_TRANSLATE_NOOP("Custody", "signed by a revoked key after its cut-off"),
}


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate(_CONTEXT, text, None, n)


def body_label(code: str) -> str:
    """A body's code in the interface language (an unknown code reads as itself)."""
    source = BODY_TEXT.get(code)
    return _tr(source) if source else code


def status_label(status: str) -> str:
    """Whether an entry verifies, in words."""
    source = _STATUS.get(status)
    return _tr(source) if source else status


def when_label(when: Any) -> str:
    """A late entry's date: a day as people write it ("5 March 2024"), or a clock's ms."""
    if isinstance(when, int):
        return long_date(when)
    if isinstance(when, str):
        date = QDate.fromString(when, "yyyy-MM-dd")
        if date.isValid():
            return long_date(date.startOfDay().toMSecsSinceEpoch())
    return str(when)


def _short(value: Any) -> str:
    return str(value)[:12] + "…"


def describe(event: str, d: dict[str, Any], item: bytes, who: Callable[[bytes], str]) -> str:
    """What an entry says happened (`who` names an identity key)."""
    if event == "intake":
        return QCoreApplication.translate("Custody", "Taken into the vault (%1)").replace(
            "%1", format_size(int(d.get("size", 0)))
        )
    if event == "view":
        return QCoreApplication.translate("Custody", "Opened in the viewer")
    if event == "export_plain":
        if d.get("written") == item.hex():
            return QCoreApplication.translate(
                "Custody", "Decrypted copy written; read back, it matches"
            )
        return QCoreApplication.translate(
            "Custody", "Decrypted copy written; read back, it DIFFERS"
        )
    if event == "seal":
        n = len(d.get("to", []))
        return (
            QCoreApplication.translate("Custody", "Sealed in bundle no. %1; recipients: %2")
            .replace("%1", str(d.get("seq", "?")))
            .replace("%2", str(n))
        )
    if event == "receive":
        sender = d.get("from")
        name = who(bytes.fromhex(sender)) if isinstance(sender, str) and len(sender) == 64 else "?"
        if d.get("sender_head"):
            return (
                QCoreApplication.translate(
                    "Custody", "Received in a bundle from %1, after their entry %2"
                )
                .replace("%1", name)
                .replace("%2", _short(d["sender_head"]))
            )
        return QCoreApplication.translate("Custody", "Received in a bundle from %1").replace(
            "%1", name
        )
    if event == "derive":
        if "from" in d:
            return QCoreApplication.translate(
                "Custody", "Taken in as a redacted copy of %1"
            ).replace("%1", _short(d["from"]))
        return QCoreApplication.translate(
            "Custody", "A redacted copy of it was taken in: %1"
        ).replace("%1", _short(d.get("to")))
    if event == "verify":
        result = d.get("result")
        if result == "ok":
            return QCoreApplication.translate("Custody", "Hashed again: as at intake")
        if result == "missing":
            return QCoreApplication.translate("Custody", "Hashed again: the bytes are missing")
        return QCoreApplication.translate("Custody", "Hashed again: it DIFFERS from intake")
    if event == "report":
        text = QCoreApplication.translate("Custody", "Put in report %1").replace(
            "%1", _short(d.get("report"))
        )
        if "annex" in d:
            text += QCoreApplication.translate("Custody", ", annex %1").replace(
                "%1", str(d["annex"])
            )
        return text
    if event == "transfer_out":
        return (
            QCoreApplication.translate("Custody", "Handed to: %1, no. %2")
            .replace("%1", body_label(str(d.get("to"))))
            .replace("%2", str(d.get("ref", "")))
        )
    if event == "erase":
        by = d.get("by")
        if isinstance(by, str) and len(by) == 64:
            return (
                QCoreApplication.translate("Custody", "Erased at the request of %1 (%2)")
                .replace("%1", who(bytes.fromhex(by)))
                .replace("%2", reason_label(str(d.get("reason"))))
            )
        return QCoreApplication.translate("Custody", "Erased (%1)").replace(
            "%1", reason_label(str(d.get("reason")))
        )
    if event == "override":
        return QCoreApplication.translate(
            "Custody", "Sent without a matching consent (%1)"
        ).replace("%1", str(d.get("reason")))
    if event == "note_late":
        inner = describe(str(d.get("event")), d, item, who)
        return (
            QCoreApplication.translate("Custody", "Recorded late: %1, on %2")
            .replace("%1", inner)
            .replace("%2", when_label(d.get("when")))
        )
    return event
