"""`casebook wipe --keyslots`: the panic wipe (casebook.vault.wipe), from a terminal or a script.

    casebook wipe --keyslots                 says what it does and does not do, asks for the word
                                             WIPE, counts down five seconds (Ctrl+C cancels)
    casebook wipe --keyslots --yes           at once: for a panic button or a script
    casebook wipe --keyslots --also-folder   then removes the whole vault folder too

No passphrase is asked: whoever can delete the files can wipe them, and a wipe is needed most
when there is no time to type one.
"""

from __future__ import annotations

import sys
import time

from casebook.cli.common import EXIT, Command, Context, SubParsers, UsageError
from casebook.cli.erasure import confirm

COUNTDOWN = 5  # seconds, on a terminal without --yes


def _explain(ctx: Context) -> None:
    from casebook.vault.wipe import DOES, LIMITS

    ctx.out.note("This wipe:")
    for line in DOES:
        ctx.out.note(f"  - {line}")
    ctx.out.note("It does not, and cannot:")
    for line in LIMITS:
        ctx.out.note(f"  - {line}")


def _countdown(ctx: Context) -> None:
    err = ctx.out.stderr
    for left in range(COUNTDOWN, 0, -1):
        err.write(f"\rWiping in {left} s. Ctrl+C cancels. ")
        err.flush()
        time.sleep(1)
    err.write("\n")


def cmd_wipe(ctx: Context) -> int:
    """Overwrite and remove the keyslots; the vault then opens for nobody."""
    from casebook.vault.wipe import LIMITS, key_files, wipe_keyslots

    args = ctx.args
    if not args.keyslots:
        raise UsageError("say what to wipe: --keyslots")
    if not any("keyslots" in p.name for p in key_files(ctx.vault_root)):
        ctx.out.note(
            "casebook: nothing to wipe: there is no key file here (no vault, or wiped already)."
        )
        return EXIT["vault"]
    if not args.yes:
        _explain(ctx)
        confirm(ctx, "Wipe the keys of this vault for good?", "WIPE")
        if sys.stdin.isatty():
            _countdown(ctx)
    done = wipe_keyslots(ctx.vault_root, also_folder=args.also_folder)
    if ctx.out.json:
        ctx.out.data({"vault": str(ctx.vault_root), **done.to_json()})
        return 0
    ctx.out.line(f"Wiped in {done.seconds:.2f} s: {', '.join(done.removed)}.")
    if done.folder_removed:
        ctx.out.line("The vault folder was removed as well.")
    else:
        ctx.out.line(
            "vault.db stays: random bytes to anyone, you included. Neither the passphrase nor "
            "the recovery code opens it now. `--also-folder` removes it too."
        )
    ctx.out.line("What this could not do:")
    for line in LIMITS:
        ctx.out.line(f"  - {line}")
    return 0


def register(sub: SubParsers, command: Command) -> None:
    """Add `wipe`."""
    sp = command("wipe", cmd_wipe, "panic wipe: destroy the vault's keys so nobody can open it")
    sp.add_argument(
        "--keyslots",
        action="store_true",
        help="overwrite and remove the key file (and the WAL and staged files)",
    )
    sp.add_argument("--also-folder", action="store_true", help="then remove the vault folder")
    sp.add_argument("--yes", action="store_true", help="at once: no question, no countdown")
