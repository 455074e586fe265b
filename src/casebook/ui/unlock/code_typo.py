"""What the unlock screen says about a recovery code with a typo, found before the slow KDF."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from casebook.crypto.recovery import CodeTypo

__all__ = ["typo_message"]


def typo_message(typo: CodeTypo) -> str:
    """One translated paragraph: what is wrong, where, and what to do."""
    if typo.kind == "character":
        text = QCoreApplication.translate(
            "CodeTypo",
            "This looks like a recovery code, but group %1 holds “%2”, which recovery codes "
            "do not use (they have 0–9 and A–Z without I, L, O and U).",
        ).replace("%2", typo.char)
    elif typo.kind == "group":
        text = QCoreApplication.translate(
            "CodeTypo",
            "This looks like a recovery code, but group %1 has %2 characters; every group has 4.",
        ).replace("%2", str(typo.found))
    elif typo.kind == "length":
        text = QCoreApplication.translate(
            "CodeTypo",
            "This looks like a recovery code, but it has %2 characters; a recovery code has "
            "28, in 7 groups of 4.",
        ).replace("%2", str(typo.found))
    elif typo.group:
        text = QCoreApplication.translate(
            "CodeTypo",
            "This recovery code has a typo in group %1: its check character does not match. "
            "Compare that group with your paper.",
        )
    else:
        text = QCoreApplication.translate(
            "CodeTypo",
            "This recovery code has a typo: its check character does not match. Compare it "
            "with your paper, group by group.",
        )
    advice = QCoreApplication.translate(
        "CodeTypo",
        "Nothing was tried yet. Show reveals what you typed. If this is your passphrase, "
        "press Unlock again.",
    )
    return text.replace("%1", str(typo.group)) + " " + advice
