"""The one table from error type to the message a person reads.

The core raises typed errors (`casebook.base.errors`); their own text is for developers and is never
shown. Here each type maps to a translated sentence that says what happened and what to do.
The most specific type in an exception's MRO wins; anything unknown gets the generic message,
never a traceback.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from casebook.base.errors import (
    AuthenticationFailed,
    BundleRejected,
    Cancelled,
    CasebookError,
    CompromiseAlert,
    DateNotUnderstood,
    DestinationNotWritable,
    DriveUnavailable,
    ForkDetected,
    InputRejected,
    LeaksFound,
    MixedClearances,
    NotARegularFile,
    NotEnoughSpace,
    NotFound,
    NumberTooLarge,
    UnknownPeer,
    UnverifiedRecipients,
    VaultBusy,
    VaultCorrupt,
    VaultExists,
    VaultIncomplete,
    VaultLocked,
    VaultMissing,
    VaultReadOnly,
    WrongPassphrase,
)
from casebook.ui.translation import QT_TRANSLATE_NOOP

__all__ = ["GENERIC", "MESSAGES", "NOT_A_FILE", "message_for"]

_CONTEXT = "Errors"

GENERIC = QT_TRANSLATE_NOOP(
    "Errors",
    "Something unexpected went wrong. What you had saved is safe. "
    "If it happens again, lock casebook and start it again.",
)

MESSAGES: dict[type[BaseException], str] = {
    WrongPassphrase: QT_TRANSLATE_NOOP(
        "Errors",
        "The passphrase is wrong, or the vault's key file is damaged. "
        "Try again, or use the recovery code.",
    ),
    VaultLocked: QT_TRANSLATE_NOOP("Errors", "The vault is locked. Unlock it and try again."),
    VaultMissing: QT_TRANSLATE_NOOP(
        "Errors", "There is no vault in this folder. Create one, or choose another folder."
    ),
    VaultExists: QT_TRANSLATE_NOOP(
        "Errors", "A vault already exists in this folder. Choose an empty folder."
    ),
    VaultIncomplete: QT_TRANSLATE_NOOP(
        "Errors",
        "Part of this vault is missing, so it cannot be opened. Restore the vault folder from a "
        "backup. Do not create a new vault here: it would replace what is left.",
    ),
    VaultCorrupt: QT_TRANSLATE_NOOP(
        "Errors",
        "The vault is damaged. See what is damaged with Vault → Check vault integrity…, "
        "and restore from a bundle or a backup.",
    ),
    NotEnoughSpace: QT_TRANSLATE_NOOP(
        "Errors", "The disk is full. Free some space and try again; nothing saved was lost."
    ),
    DriveUnavailable: QT_TRANSLATE_NOOP(
        "Errors",
        "The drive could not be read or written. Check that it is connected and try again.",
    ),
    DestinationNotWritable: QT_TRANSLATE_NOOP(
        "Errors",
        "This place cannot be written: the drive is write-protected, or you may not write "
        "there. Choose another place; nothing was written there.",
    ),
    VaultBusy: QT_TRANSLATE_NOOP(
        "Errors",
        "The vault is busy: a casebook command or another casebook window is writing to it. "
        "Wait for it to finish and try again; nothing was changed.",
    ),
    VaultReadOnly: QT_TRANSLATE_NOOP(
        "Errors",
        "This vault is on a write-protected drive: it can be read, not changed. "
        "To change it, copy the vault folder to a writable drive.",
    ),
    Cancelled: QT_TRANSLATE_NOOP("Errors", "Cancelled. Nothing was changed."),
    AuthenticationFailed: QT_TRANSLATE_NOOP(
        "Errors", "This data failed its integrity check: it is damaged, truncated or forged."
    ),
    CompromiseAlert: QT_TRANSLATE_NOOP(
        "Errors",
        "COMPROMISE ALERT: a colleague's key signed two different histories. Nothing from this "
        "bundle was applied. Revoke that colleague with a cut-off before the fork, and ask them "
        "in person what happened.",
    ),
    UnverifiedRecipients: QT_TRANSLATE_NOOP(
        "Errors",
        "Some chosen colleagues are not verified yet. Compare safety numbers with them first, "
        "or confirm that you want to seal to them anyway.",
    ),
    ForkDetected: QT_TRANSLATE_NOOP(
        "Errors",
        "A colleague's key signed two different histories: treat that key as compromised. "
        "Nothing after the fork is trusted.",
    ),
    BundleRejected: QT_TRANSLATE_NOOP("Errors", "The bundle was refused and nothing was changed."),
    UnknownPeer: QT_TRANSLATE_NOOP(
        "Errors", "This key belongs to nobody you have added as a peer. Add their card first."
    ),
    NotFound: QT_TRANSLATE_NOOP("Errors", "This record no longer exists."),
    # The kind of path says more (NOT_A_FILE below); this is what any other kind reads.
    NotARegularFile: QT_TRANSLATE_NOOP(
        "Errors", "This is not an ordinary file. Choose the file itself."
    ),
    NumberTooLarge: QT_TRANSLATE_NOOP(
        "Errors", "A number here is longer than any valid value: nothing was changed."
    ),
    # The date fields say more, at the field (ui/workspace/date_field.py).
    DateNotUnderstood: QT_TRANSLATE_NOOP(
        "Errors",
        "casebook cannot read this as a date. Write it as 5 March 2024 or 05.03.2024, "
        "March 2024, about 5 March 2024 or 1–10 March 2024.",
    ),
    LeaksFound: QT_TRANSLATE_NOOP(
        "Errors",
        "Names that must stay home are written in texts this bundle would carry. Nothing was "
        "sealed: withhold those texts or write mentions instead, or seal anyway with a reason.",
    ),
    MixedClearances: QT_TRANSLATE_NOOP(
        "Errors",
        "These colleagues may see different things: seal one bundle for each group.",
    ),
    InputRejected: QT_TRANSLATE_NOOP(
        "Errors", "This value is not valid here. Correct it and try again."
    ),
    CasebookError: QT_TRANSLATE_NOOP(
        "Errors", "The operation failed and nothing was changed. Try again."
    ),
}


# A path chosen, typed or dropped that is not a file, by what it is (`NotARegularFile.kind`).
NOT_A_FILE: dict[str, str] = {
    "missing": QT_TRANSLATE_NOOP(
        "Errors", "There is no file at this place. Check the name, or choose the file again."
    ),
    "folder": QT_TRANSLATE_NOOP("Errors", "This is a folder, not a file. Choose the file itself."),
    "fifo": QT_TRANSLATE_NOOP(
        "Errors", "This is a named pipe, not a file. Choose the file itself."
    ),
    "device": QT_TRANSLATE_NOOP("Errors", "This is a device, not a file. Choose the file itself."),
    "socket": QT_TRANSLATE_NOOP("Errors", "This is a socket, not a file. Choose the file itself."),
    "other": QT_TRANSLATE_NOOP("Errors", "This is not an ordinary file. Choose the file itself."),
}


def message_for(error: BaseException) -> str:
    """The translated message for `error`: its most specific known type, else the generic one."""
    if isinstance(error, NotARegularFile):
        return QCoreApplication.translate(_CONTEXT, NOT_A_FILE.get(error.kind, NOT_A_FILE["other"]))
    for cls in type(error).__mro__:
        source = MESSAGES.get(cls)
        if source is not None:
            return QCoreApplication.translate(_CONTEXT, source)
    return QCoreApplication.translate(_CONTEXT, GENERIC)
