"""The `casebook` command: every core capability, scriptable, with `--json` and exit codes.

    casebook [--vault DIR] [--passphrase-fd N] COMMAND …      (no COMMAND: the desktop app)

Exit codes (the contract scripts rely on):

    0 ok · 1 other error · 2 usage · 3 wrong passphrase · 4 vault missing or corrupt
    5 input rejected · 6 vault busy (another casebook process is writing: try again later)
    7 not allowed (`consent check`: the consent gate says no)

Messages are plain English (STYLE: the CLI may stay English); they never contain case text,
and no traceback ever reaches the user.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TextIO

from casebook import __version__
from casebook.base import errors
from casebook.base.hardening import harden_process
from casebook.base.paths import app_paths
from casebook.cli import (
    attachments,
    bundles,
    consent,
    custody,
    erasure,
    labels,
    peers,
    queries,
    records,
    report,
    stats,
    trash,
    travel,
    vault_cmds,
    wipe,
)
from casebook.cli.common import EXIT, Context, Out, Parser, UsageError, add_globals, error_row
from casebook.crypto.kdf import DEFAULT_POLICY, KdfPolicy

__all__ = ["EXIT", "main"]

# Called in the order commands appear in `casebook --help`: records registers twice, as its
# record commands and its edits (set, delete, link) are apart there.
_REGISTERS = (
    vault_cmds.register,
    records.register,
    attachments.register,
    records.register_edits,
    trash.register,
    erasure.register,
    consent.register,
    labels.register,
    peers.register,
    queries.register,
    bundles.register,
    custody.register,
    travel.register,
    wipe.register,
    report.register,
    stats.register,
)


def build_parser() -> argparse.ArgumentParser:
    """The whole command-line grammar."""
    p = Parser(prog="casebook", description="Offline, encrypted case notebook.")
    p.add_argument("--version", action="version", version=f"casebook {__version__}")
    add_globals(p, suppress=False)
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)

    def command(
        name: str, func: Callable[[Context], int], help_text: str, parent: Any = sub
    ) -> Any:
        sp = parent.add_parser(name, help=help_text, description=help_text)
        add_globals(sp, suppress=True)
        sp.set_defaults(func=func)
        return sp

    for register in _REGISTERS:
        register(sub, command)
    return p


def main(
    argv: Sequence[str] | None = None,
    *,
    kdf_policy: KdfPolicy = DEFAULT_POLICY,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """Run one command and return its exit code. `kdf_policy` is for tests only."""
    harden_process()
    out_stream = stdout or sys.stdout
    err_stream = stderr or sys.stderr
    parser = build_parser()
    try:
        with contextlib.redirect_stderr(err_stream), contextlib.redirect_stdout(out_stream):
            args = parser.parse_args(argv)
    except SystemExit as e:
        return int(e.code) if isinstance(e.code, int) else 2
    if args.command is None:
        return _run_gui(args)
    out = Out(out_stream, err_stream, bool(args.json))
    try:
        ctx = Context(args, kdf_policy, out)
        return int(args.func(ctx))
    except UsageError as e:
        err_stream.write(f"casebook: {e}\n")
        return 2
    except KeyboardInterrupt:
        err_stream.write("casebook: interrupted; nothing was changed.\n")
        return 130
    except Exception as e:  # noqa: BLE001 - the one place every failure becomes a message
        code, message = error_row(e)
        detail = ""
        if isinstance(e, errors.InputRejected) and not isinstance(
            e, errors.NotFound | errors.NotARegularFile
        ):
            detail = f" ({e})"
        err_stream.write(f"casebook: {message}{detail}\n")
        return code


def _run_gui(args: argparse.Namespace) -> int:
    paths = app_paths()
    root = Path(args.vault) if args.vault else paths.default_vault
    try:
        from casebook.ui.app import run
    except ImportError:
        sys.stderr.write("casebook: the desktop app is not available; see `casebook --help`.\n")
        return 1
    return int(run(root, paths))
