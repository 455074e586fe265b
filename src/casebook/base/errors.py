"""The one exception tree of casebook.

Every error the core raises derives from `CasebookError`. Foreign exceptions (sqlcipher3,
PyNaCl, OSError) are translated at the boundary with ``raise … from e``. The UI maps each type to
a translated message through one table (`casebook.ui.errors`); the CLI maps each type to a
message and an exit code (`casebook.cli`). Messages here are for developers and logs: they never
contain case content.
"""

from __future__ import annotations

from enum import IntEnum

__all__ = [
    "BundleRejected",
    "Cancelled",
    "AuthenticationFailed",
    "CasebookError",
    "CompromiseAlert",
    "DateNotUnderstood",
    "DestinationNotWritable",
    "DriveUnavailable",
    "ForkDetected",
    "InputRejected",
    "LeaksFound",
    "MixedClearances",
    "NotARegularFile",
    "NotEnoughSpace",
    "NotFound",
    "NumberTooLarge",
    "RejectReason",
    "UnknownPeer",
    "UnverifiedRecipients",
    "VaultBusy",
    "VaultCorrupt",
    "VaultExists",
    "VaultIncomplete",
    "VaultLocked",
    "VaultMissing",
    "VaultReadOnly",
    "WrongPassphrase",
]


class CasebookError(Exception):
    """Something went wrong; the message says what, and nothing was changed."""


class Cancelled(CasebookError):
    """The user cancelled the operation; nothing was changed."""


class VaultLocked(CasebookError):
    """The vault is locked: unlock it first."""


class VaultMissing(CasebookError):
    """There is no vault at this place: create one, or choose another folder."""


class VaultExists(CasebookError):
    """A vault already exists here: choose an empty folder."""


class WrongPassphrase(CasebookError):
    """The passphrase is wrong, or the keyslots are damaged: try again, or use the recovery code."""


class VaultCorrupt(CasebookError):
    """The vault is damaged: run `casebook verify`, and restore from a bundle or a backup."""


class VaultIncomplete(VaultMissing):
    """Part of the vault folder is missing (`missing` names it: "keyslots" or "vault.db"): restore
    the folder from a backup. Never create a new vault over it: that would destroy the rest."""

    def __init__(self, missing: str) -> None:
        super().__init__(f"{missing} is missing")
        self.missing = missing


class NotEnoughSpace(CasebookError):
    """The disk is full: free some space and try again; nothing saved was lost."""


class VaultBusy(CasebookError):
    """Another casebook window or command is writing to the vault: wait for it and try again."""


class VaultReadOnly(CasebookError):
    """The vault is on read-only media: read it there; copy it to a writable drive to change it."""


class DriveUnavailable(CasebookError):
    """The drive holding the vault or the file went away: reconnect it and try again."""


class DestinationNotWritable(DriveUnavailable):
    """The place chosen to write a file is read-only or not allowed: choose another place."""


class InputRejected(CasebookError):
    """The input is not valid: correct it and try again."""


class NotFound(InputRejected):
    """No record has this id: check the id (a unique prefix of 8 or more characters works)."""


class UnknownPeer(InputRejected):
    """This key belongs to nobody you have added as a peer: add their card first."""


class NumberTooLarge(InputRejected):
    """A number in the input is longer or larger than any valid value: the input is refused."""


class NotARegularFile(InputRejected):
    """The path is not a file (a folder, a named pipe, a device…, or nothing): give the file."""

    KINDS = ("missing", "folder", "fifo", "device", "socket", "other")

    def __init__(self, kind: str) -> None:
        self.kind = kind if kind in self.KINDS else "other"
        super().__init__(f"not a regular file: {self.kind}")


class DateNotUnderstood(InputRejected):
    """The text is not a date casebook can read: write it as 05.03.2024, March 2024, about
    5 March 2024 or 1-10 March 2024. `reason` says why: "empty", "unreadable", "no_such_day",
    "backwards" (a range that ends before it starts) or "ambiguous" (5/3/2024 in English)."""

    REASONS = ("empty", "unreadable", "no_such_day", "backwards", "ambiguous")

    def __init__(self, reason: str) -> None:
        self.reason = reason if reason in self.REASONS else "unreadable"
        super().__init__(f"not a date ({self.reason})")


class ForkDetected(CasebookError):
    """An author signed two different changes with the same sequence number: their keys are
    compromised. Nothing after the fork point is trusted. `index`: the op's place in a batch
    applied at once, when it came in one."""

    def __init__(self, message: str = "", index: int | None = None) -> None:
        super().__init__(message)
        self.index = index


class AuthenticationFailed(CasebookError):
    """Encrypted data failed authentication: it was damaged, truncated or forged."""

    def __init__(self, message: str = "authentication failed", *, truncated: bool = False) -> None:
        self.truncated = truncated
        super().__init__(message)


class CompromiseAlert(ForkDetected):
    """Someone's keys signed two histories: nothing from this bundle was applied. Revoke the
    peer with a cut-off before the fork, and ask them in person what happened."""

    def __init__(self, kind: str, party: bytes, seq: int, sender: bytes, detail: str) -> None:
        self.kind = kind  # bundle-fork, chain-fork, id-reuse or op-fork
        self.party = party  # whose keys: the bundle's sender, or the op's author
        self.seq = seq
        self.sender = sender
        self.detail = detail
        super().__init__(f"{kind}: {party.hex()[:16]} at seq {seq}: {detail}")


class UnverifiedRecipients(InputRejected):
    """Some chosen colleagues are not verified: compare safety numbers first, or confirm."""

    def __init__(self, key_ids: tuple[str, ...], names: tuple[str, ...]) -> None:
        self.key_ids = key_ids
        self.names = names
        super().__init__("unverified: " + ", ".join(key_ids))


class RejectReason(IntEnum):
    """Why a bundle or an imported file was refused."""

    MALFORMED = 1
    NOT_FOR_US = 2
    UNKNOWN_SENDER = 3
    REVOKED_SENDER = 4
    FORWARDED = 5
    TRUNCATED = 6
    TAMPERED = 7
    MISSING_VOLUME = 8
    TOO_LARGE = 9
    NOT_CASEBOOK = 10
    BAD_SIGNATURE = 11
    UNSUPPORTED_VERSION = 12


class BundleRejected(InputRejected):
    """The bundle was refused and nothing was changed; the reason says why.

    `already_imported`: this file is a damaged copy of a bundle imported before from an intact
    one (its signed manifest is the one held), so you already have its contents.
    """

    def __init__(
        self, reason: RejectReason, detail: str = "", *, already_imported: bool = False
    ) -> None:
        self.reason = reason
        self.detail = detail
        self.already_imported = already_imported
        super().__init__(f"{reason.name.lower()}: {detail}" if detail else reason.name.lower())


class LeaksFound(InputRejected):
    """Withheld names were found in texts the bundle would carry: fix them (raise the text's
    label, or write a mention), or seal anyway with a reason code."""

    def __init__(self, hits: int) -> None:
        self.hits = hits
        super().__init__(f"{hits} withheld name(s) found in texts the bundle would carry")


class MixedClearances(InputRejected):
    """The recipients have different clearances: seal one bundle per group, or one at what
    they may all see."""

    def __init__(self, groups: int) -> None:
        self.groups = groups
        super().__init__(f"the recipients fall into {groups} clearance groups")
