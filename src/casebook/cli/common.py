"""What every command shares: exit codes, secrets, output, the context, the parser pieces."""

from __future__ import annotations

import argparse
import contextlib
import getpass
import json
import os
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, NoReturn, Protocol, TextIO, TypeAlias

from casebook.base import errors
from casebook.base.paths import AppPaths, VaultPaths, app_paths
from casebook.crypto.kdf import KdfPolicy
from casebook.crypto.recovery import CodeTypo, diagnose
from casebook.service import CaseService

EXIT = {
    "ok": 0,
    "error": 1,
    "usage": 2,
    "passphrase": 3,
    "vault": 4,
    "rejected": 5,
    "busy": 6,
    "denied": 7,  # a question answered no: `consent check` (the gate says not allowed)
}

# (error type, exit code, message): the first matching row wins, so subclasses come first.
_ERRORS: tuple[tuple[type[BaseException], int, str], ...] = (
    (errors.WrongPassphrase, 3, "Wrong passphrase, or the keyslots are damaged."),
    (
        errors.VaultIncomplete,
        4,
        "This folder holds vault.db but not its key file (keyslots), so the vault cannot be "
        "opened. Restore the key file (or the whole folder) from a backup. Do not create a new "
        "vault here: it would replace what is left.",
    ),
    (errors.VaultMissing, 4, "There is no vault here. Create one with `casebook init`."),
    (errors.VaultCorrupt, 4, "The vault is damaged. Run `casebook verify` for details."),
    (errors.VaultExists, 1, "A vault already exists here. Choose an empty folder."),
    (errors.NotFound, 5, "No record has this id (a unique prefix of 8+ characters works)."),
    (errors.BundleRejected, 5, "The bundle was refused; nothing was changed."),
    (errors.UnknownPeer, 5, "This key belongs to nobody you have added as a peer."),
    (errors.NotARegularFile, 5, "That path is not a file; nothing was read."),
    (
        errors.LeaksFound,
        5,
        "Withheld names are in texts the bundle would carry; nothing was sealed. `--dry-run` "
        "lists them: raise that text's label (`casebook label`) or write a mention instead, "
        "or seal anyway with --leak-override REASON, which is recorded.",
    ),
    (errors.InputRejected, 5, "The input was rejected."),
    (errors.NotEnoughSpace, 1, "The disk is full. Free some space; nothing saved was lost."),
    (
        errors.VaultBusy,
        6,
        "The vault is busy: another casebook window or command is writing to it (an import, "
        "perhaps). Wait for it to finish and try again; nothing was changed.",
    ),
    (
        errors.VaultReadOnly,
        1,
        "The vault is on read-only media (a write-protected drive): it can be read, not "
        "changed. Copy the vault folder to a writable drive to change it.",
    ),
    (
        errors.DestinationNotWritable,
        1,
        "That place cannot be written (a read-only drive, or no permission). Choose another; "
        "nothing was written there.",
    ),
    (errors.DriveUnavailable, 1, "The drive is not available. Reconnect it and try again."),
    (errors.ForkDetected, 1, "An author's keys are compromised: their changes were refused."),
    (errors.Cancelled, 1, "Cancelled; nothing was changed."),
    (errors.VaultLocked, 1, "The vault is locked."),
    (errors.CasebookError, 1, "The operation failed; nothing was changed."),
)

TEXT_HELP = "text ('-' reads it from stdin, keeping it out of shell history)"


class UsageError(Exception):
    """Bad command-line use (exit 2)."""


# What a path given for a card, a bundle or an attachment is instead of a file.
_NOT_A_FILE = {
    "missing": "There is no file at that path.",
    "folder": "That path is a folder, not a file: give the file itself.",
    "fifo": "That path is a named pipe, not a file: give the file itself.",
    "device": "That path is a device, not a file: give the file itself.",
    "socket": "That path is a socket, not a file: give the file itself.",
}


# Why a date was not read, and how to write one.
_HOW_TO_WRITE = (
    "Write it as 2024-03-05, 05.03.2024, 5 March 2024, March 2024, about 5 March 2024 or "
    "1-10 March 2024."
)
_NOT_A_DATE = {
    "empty": "A date is needed.",
    "unreadable": "That is not a date casebook can read. " + _HOW_TO_WRITE,
    "no_such_day": "There is no such day: check the day and the month.",
    "backwards": "That range ends before it starts: put the earlier date first.",
    "ambiguous": "That date can be read as two different days (5/3 is 5 March or May 3). "
    + _HOW_TO_WRITE,
}


def error_row(e: BaseException) -> tuple[int, str]:
    """The exit code and the message for an error."""
    if isinstance(e, CodeTypoFound):
        return EXIT["passphrase"], code_typo_text(e.typo)
    if isinstance(e, errors.VaultIncomplete) and e.missing == "vault.db":
        return EXIT["vault"], (
            "This folder holds the key file (keyslots) but not vault.db, the encrypted "
            "database. Restore vault.db (or the whole folder) from a backup. Do not create a new "
            "vault here."
        )
    if isinstance(e, errors.NotARegularFile) and e.kind in _NOT_A_FILE:
        return EXIT["rejected"], _NOT_A_FILE[e.kind]
    if isinstance(e, errors.DateNotUnderstood):
        return EXIT["rejected"], _NOT_A_DATE[e.reason]
    for etype, code, message in _ERRORS:
        if isinstance(e, etype):
            return code, message
    return 1, "Internal error; nothing was changed."


# -- secrets -------------------------------------------------------------------------------


def _read_fd_line(fd: int) -> str:
    """One line from file descriptor `fd`, without its line ending."""
    chunks = bytearray()
    try:
        while True:
            b = os.read(fd, 1)
            if not b or b == b"\n":
                break
            chunks += b
    except (OSError, OverflowError) as e:  # no such descriptor, or a number past a C int
        raise UsageError(f"cannot read from file descriptor {fd}") from e
    try:
        return chunks.decode("utf-8").rstrip("\r")
    except UnicodeDecodeError as e:
        raise UsageError("the passphrase is not valid UTF-8") from e


def _ask(prompt: str) -> str:
    try:
        return getpass.getpass(prompt)
    except (EOFError, OSError) as e:
        raise UsageError("no terminal to ask on: use --passphrase-fd") from e


def passphrase(args: argparse.Namespace) -> str:
    """The passphrase (or recovery code), from --passphrase-fd or the terminal."""
    if args.passphrase_fd is not None:
        return _read_fd_line(args.passphrase_fd)
    return _ask("Passphrase or recovery code: ")


class CodeTypoFound(errors.WrongPassphrase):
    """What was typed did not open the vault, and it looks like a recovery code with a typo."""

    def __init__(self, typo: CodeTypo) -> None:
        self.typo = typo
        super().__init__("a recovery code with a typo")


def code_typo_text(typo: CodeTypo) -> str:
    """What is wrong with a typed recovery code, and where (the GUI's CodeTypo, in English)."""
    if typo.kind == "character":
        text = (
            f"This looks like a recovery code, but group {typo.group} holds "
            f"\u201c{typo.char}\u201d, which recovery codes do not use (they have 0-9 and A-Z "
            "without I, L, O and U)."
        )
    elif typo.kind == "group":
        text = (
            f"This looks like a recovery code, but group {typo.group} has {typo.found} "
            "characters; every group has 4."
        )
    elif typo.kind == "length":
        text = (
            f"This looks like a recovery code, but it has {typo.found} characters; a recovery "
            "code has 28, in 7 groups of 4."
        )
    elif typo.group:
        text = (
            f"This recovery code has a typo in group {typo.group}: its check character does "
            "not match. Compare that group with your paper."
        )
    else:
        text = (
            "This recovery code has a typo: its check character does not match. Compare it "
            "with your paper, group by group."
        )
    return text + " It did not open the vault as a passphrase either; nothing was changed."


@contextlib.contextmanager
def naming_code_typos(secret: str) -> Iterator[None]:
    """Turn a wrong passphrase that is a recovery code with a typo into a message naming the typo.

    The check is made before the KDF (`diagnose` reads the code's check character); the KDF
    still runs, because a passphrase may look like a code, and the typo is named only if what
    was typed opened nothing.
    """
    typo = diagnose(secret)
    try:
        yield
    except errors.WrongPassphrase as e:
        if typo is None or isinstance(e, CodeTypoFound):
            raise
        raise CodeTypoFound(typo) from e


def new_passphrase(args: argparse.Namespace) -> str:
    """A new passphrase, from --new-passphrase-fd or asked twice on the terminal."""
    if args.new_passphrase_fd is not None:
        value = _read_fd_line(args.new_passphrase_fd)
    else:
        value = _ask("New passphrase: ")
        if _ask("Repeat the new passphrase: ") != value:
            raise UsageError("the passphrases differ")
    if not value:
        raise UsageError("the passphrase is empty")
    return value


# -- output --------------------------------------------------------------------------------


class Out:
    """Where the command writes: data on stdout, progress and messages on stderr."""

    def __init__(self, stdout: TextIO, stderr: TextIO, as_json: bool) -> None:
        self.stdout, self.stderr, self.json = stdout, stderr, as_json

    def data(self, value: Any) -> None:
        """Emit JSON data."""
        self.stdout.write(json.dumps(value, ensure_ascii=False, indent=1) + "\n")

    def line(self, text: str = "") -> None:
        """Emit a line of human output."""
        self.stdout.write(text + "\n")

    def note(self, text: str) -> None:
        """A message for the person, on stderr."""
        self.stderr.write(text + "\n")

    def progress(self, label: str) -> Callable[[int, int], None]:
        """A progress callback that draws on stderr when it is a terminal."""
        tty = self.stderr.isatty()

        def report(done: int, total: int) -> None:
            if tty and total:
                self.stderr.write(f"\r{label} {100 * done // total:3d}%")
                if done >= total:
                    self.stderr.write("\n")
                self.stderr.flush()

        return report


# -- commands ------------------------------------------------------------------------------


class Context:
    """What a command needs: paths, the secret reader, the KDF policy, the output."""

    def __init__(self, args: argparse.Namespace, policy: KdfPolicy, out: Out) -> None:
        self.args = args
        self.policy = policy
        self.out = out
        paths = app_paths()
        self.app_paths: AppPaths = paths
        self.vault_root: Path = Path(args.vault) if args.vault else paths.default_vault

    @contextlib.contextmanager
    def service(self) -> Iterator[Any]:
        """Unlock the vault for the duration of one command."""
        from casebook.vault import unlock

        paths = VaultPaths(self.vault_root)
        if paths.missing_part() is not None:
            raise errors.VaultIncomplete(paths.missing_part() or "")
        if not paths.exists():
            raise errors.VaultMissing("no vault here")
        secret = passphrase(self.args)
        with naming_code_typos(secret):
            svc = CaseService(unlock(self.vault_root, secret, policy=self.policy))
        try:
            yield svc
        finally:
            svc.lock()


def record_id(svc: CaseService, text: str) -> bytes:
    """The record id that `text` (a full id or a unique prefix) names."""
    return svc.reading.resolve_id(text)


def text_arg(value: str) -> str:
    """`-` reads the text from stdin, which keeps it out of shell history and `ps`."""
    if value == "-":
        return sys.stdin.read().rstrip("\n")
    return value


# -- parser --------------------------------------------------------------------------------


class Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors end in exit code 2 with the usage on stderr."""

    def error(self, message: str) -> NoReturn:
        """Print the usage and the error, then exit 2."""
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {message}\n")


def integer(text: str) -> int:
    """An argparse type: a whole number within 64 bits, of at most 20 digits. int() alone takes
    up to 4,300 digits, and SQLite or the OS then overflow ("Internal error"): a usage error."""
    digits = text.strip()
    if re.fullmatch(r"[+-]?[0-9]{1,20}", digits) and -(2**63) <= int(digits) < 2**63:
        return int(digits)
    raise argparse.ArgumentTypeError(f"not a whole number from -2^63 to 2^63 - 1: {text[:24]!r}")


# The sub-parsers of `casebook` and of its command groups (case, peer, …). A string, as
# argparse's class is generic only to type checkers, and private: there is no public name.
SubParsers: TypeAlias = "argparse._SubParsersAction[Parser]"


class Command(Protocol):
    """Adds one command (global options and handler included) and returns its parser."""

    def __call__(
        self,
        name: str,
        func: Callable[[Context], int],
        help_text: str,
        parent: Any = ...,
    ) -> Any:
        """Add command `name` under `parent` (by default, the top level)."""


def add_globals(p: argparse.ArgumentParser, *, suppress: bool) -> None:
    """The global options; `suppress` on sub-commands, so they do not override the top's."""
    d = argparse.SUPPRESS if suppress else None
    p.add_argument("--vault", metavar="DIR", default=d, help="the vault folder")
    p.add_argument(
        "--passphrase-fd",
        metavar="N",
        type=integer,
        default=d,
        help="read the passphrase (or recovery code) as one line from file descriptor N",
    )
    p.add_argument(
        "--new-passphrase-fd",
        metavar="M",
        type=integer,
        default=d,
        help="init, passwd: read the new passphrase from file descriptor M",
    )
    p.add_argument("--json", action="store_true", default=d, help="machine-readable output")


def group(sub: SubParsers, name: str, help_text: str) -> SubParsers:
    """A command group (`case`, `peer`, …) whose action is required."""
    return sub.add_parser(name, help=help_text).add_subparsers(
        dest="sub", metavar="ACTION", required=True, parser_class=Parser
    )
