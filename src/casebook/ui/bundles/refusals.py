"""Why a bundle was refused, in words a caseworker can act on (one sentence per reason).

The core's `BundleRejected` carries a `RejectReason`; the generic message of the error table
says only that it was refused. Here each reason says what it means and what to do.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from casebook.base.errors import BundleRejected
from casebook.ui.errors import message_for
from casebook.ui.translation import QT_TRANSLATE_NOOP

__all__ = ["ALREADY_IMPORTED", "REASONS", "refusal_message"]

_CONTEXT = "BundleRefusals"

REASONS: dict[str, str] = {
    "MALFORMED": QT_TRANSLATE_NOOP(
        "BundleRefusals", "The file is damaged, or it is not a valid bundle."
    ),
    "NOT_FOR_US": QT_TRANSLATE_NOOP(
        "BundleRefusals",
        "This bundle was not sealed to you. Only the colleagues it was sealed to can open it.",
    ),
    "UNKNOWN_SENDER": QT_TRANSLATE_NOOP(
        "BundleRefusals",
        "It was sealed by someone who is not among your peers. Add their card first "
        "(Exchange → Peers…), compare safety numbers, then import it again.",
    ),
    "REVOKED_SENDER": QT_TRANSLATE_NOOP(
        "BundleRefusals",
        "It was sealed by a colleague you revoked, after the cut-off you set. Their keys may "
        "be in someone else's hands.",
    ),
    "FORWARDED": QT_TRANSLATE_NOOP(
        "BundleRefusals",
        "It was re-sealed by someone other than the colleague who signed it: it was forwarded "
        "to you. Ask the colleague who made it to seal it to you themselves.",
    ),
    "TRUNCATED": QT_TRANSLATE_NOOP(
        "BundleRefusals",
        "The file is incomplete (perhaps the drive was pulled out while copying). Copy it "
        "again and retry.",
    ),
    "TAMPERED": QT_TRANSLATE_NOOP(
        "BundleRefusals",
        "The file was changed after it was sealed: damaged on the drive, or altered on purpose.",
    ),
    "MISSING_VOLUME": QT_TRANSLATE_NOOP(
        "BundleRefusals",
        "A part of this bundle is missing. Copy all of its parts (.001, .002, …) into one "
        "folder and retry.",
    ),
    "TOO_LARGE": QT_TRANSLATE_NOOP(
        "BundleRefusals", "A length inside the file is beyond what casebook accepts."
    ),
    "NOT_CASEBOOK": QT_TRANSLATE_NOOP(
        "BundleRefusals",
        "This is not a casebook bundle. If it is an age file from elsewhere, open it with age.",
    ),
    "BAD_SIGNATURE": QT_TRANSLATE_NOOP(
        "BundleRefusals", "Its signature does not verify: it cannot be proved who sealed it."
    ),
    "UNSUPPORTED_VERSION": QT_TRANSLATE_NOOP(
        "BundleRefusals",
        "It was made by a newer version of casebook. Update casebook to open it.",
    ),
}


# A damaged copy of a bundle imported before from an intact one: said after the reason.
ALREADY_IMPORTED = QT_TRANSLATE_NOOP(
    "BundleRefusals",
    "This copy is damaged, but you already have its contents: this bundle was imported "
    "before from an intact copy.",
)


def refusal_message(error: BaseException) -> str:
    """What to show when opening a bundle failed: the reason's sentence, whether you already
    have its contents, then "nothing was changed"; any other error through the common table."""
    if isinstance(error, BundleRejected):
        source = REASONS.get(error.reason.name)
        if source is not None:
            parts = [QCoreApplication.translate(_CONTEXT, source)]
            if error.already_imported:
                parts.append(QCoreApplication.translate(_CONTEXT, ALREADY_IMPORTED))
            parts.append(QCoreApplication.translate("BundleRefusals", "Nothing was changed."))
            return " ".join(parts)
    return message_for(error)
