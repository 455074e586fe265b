"""The vault itself: init, passwd, recovery-code, deep-erase, verify, demo."""

from __future__ import annotations

from casebook.base import errors
from casebook.base.paths import VaultPaths
from casebook.cli.common import (
    Command,
    Context,
    SubParsers,
    naming_code_typos,
    new_passphrase,
    passphrase,
)


def cmd_init(ctx: Context) -> int:
    """Create a vault and print its recovery code once."""
    from casebook.vault import create_vault

    paths = VaultPaths(ctx.vault_root)
    missing = paths.missing_part()
    if missing is not None:
        raise errors.VaultIncomplete(missing)  # what is left of a vault: never create over it
    if paths.exists():
        raise errors.VaultExists("vault exists")
    args = ctx.args
    if args.new_passphrase_fd is None and args.passphrase_fd is not None:
        args.new_passphrase_fd = args.passphrase_fd
    secret = new_passphrase(args)
    ctx.out.note("Calibrating the key derivation for this computer (about 3 s)…")
    created = create_vault(
        ctx.vault_root,
        secret,
        policy=ctx.policy,
        progress=ctx.out.progress("Calibrating"),
    )
    key_id = created.session.me.hex()
    created.session.lock()
    if ctx.out.json:
        ctx.out.data(
            {"vault": str(ctx.vault_root), "recovery_code": created.recovery_code, "key": key_id}
        )
    else:
        ctx.out.line(f"Vault created in {ctx.vault_root}")
        ctx.out.line("")
        ctx.out.line("RECOVERY CODE (shown once; write it on paper and keep it apart):")
        ctx.out.line("")
        ctx.out.line(f"    {created.recovery_code}")
        ctx.out.line("")
        ctx.out.line("It opens the vault if the passphrase is lost. Anyone holding it can too.")
    return 0


def cmd_passwd(ctx: Context) -> int:
    """Change the passphrase (nothing is re-encrypted)."""
    from casebook.vault import change_passphrase

    if not VaultPaths(ctx.vault_root).exists():
        raise errors.VaultMissing("no vault here")
    current = passphrase(ctx.args)
    new = new_passphrase(ctx.args)
    with naming_code_typos(current):
        change_passphrase(ctx.vault_root, current, new, policy=ctx.policy)
    ctx.out.note("Passphrase changed. The recovery code still works.")
    return 0


def cmd_recovery_code(ctx: Context) -> int:
    """Replace the recovery code with a new one, and print it."""
    from casebook.vault import new_recovery_code

    if not VaultPaths(ctx.vault_root).exists():
        raise errors.VaultMissing("no vault here")
    current = passphrase(ctx.args)
    with naming_code_typos(current):
        code = new_recovery_code(ctx.vault_root, current, policy=ctx.policy)
    if ctx.out.json:
        ctx.out.data({"recovery_code": code})
    else:
        ctx.out.line("NEW RECOVERY CODE (the old one no longer works):")
        ctx.out.line(f"    {code}")
    return 0


_DEEP_ERASE = (
    "Deep erase copies the whole vault into a fresh file under a NEW master key, then destroys "
    "the old file and the old key. Erased values may still sit in old blocks of an SSD or in "
    "the drive's spare area; those blocks were encrypted under the old key, which then exists "
    "nowhere, so they can no longer be read.",
    "Limits: a copy (disk image, backup) of the vault taken before today, together with the "
    "passphrase or recovery code of that time, still opens that copy with everything it held; "
    "coercion can obtain the passphrase. Attachment files keep their own keys, which move into "
    "the new vault. Bundles already sent are not affected.",
    "Your recovery code changes: the old one opened the old key. The new one is printed once "
    "at the end; write it down. Close every other window or command using this vault first.",
)


def cmd_deep_erase(ctx: Context) -> int:
    """Re-encrypt the whole vault under a new master key, and print the new recovery code."""
    from casebook.cli.erasure import confirm
    from casebook.vault import unlock
    from casebook.vault.deep_erase import deep_erase

    if not VaultPaths(ctx.vault_root).exists():
        raise errors.VaultMissing("no vault here")
    for paragraph in _DEEP_ERASE:
        ctx.out.note(paragraph)
    confirm(ctx, "Deep-erase this vault?", "DEEP-ERASE")
    secret = passphrase(ctx.args)
    session = unlock(ctx.vault_root, secret, policy=ctx.policy)
    try:
        done = deep_erase(
            ctx.vault_root,
            session,
            secret,
            policy=ctx.policy,
            progress=ctx.out.progress("Deep erase"),
        )
    except errors.WrongPassphrase:
        ctx.out.note("Deep erase takes the passphrase; the recovery code cannot order it.")
        raise
    finally:
        session.lock()  # locked already when the swap happened; a no-op then
    done.session.lock()
    if ctx.out.json:
        ctx.out.data({"vault": str(ctx.vault_root), "recovery_code": done.recovery_code})
    else:
        ctx.out.line(f"The vault in {ctx.vault_root} is now under a new master key.")
        ctx.out.line("")
        ctx.out.line("NEW RECOVERY CODE (shown once; the old one no longer works):")
        ctx.out.line("")
        ctx.out.line(f"    {done.recovery_code}")
        ctx.out.line("")
        ctx.out.line("It opens the vault if the passphrase is lost. Anyone holding it can too.")
    return 0


def cmd_verify(ctx: Context) -> int:
    """Check every page, op signature and attachment; exit 4 when something is damaged."""
    with ctx.service() as svc:
        report = svc.integrity.verify(progress=ctx.out.progress("Checking attachments"))
        store = svc.store
        read_only, not_applicable = store.read_only, store.not_applicable
    if ctx.out.json:
        ctx.out.data({**report.to_json(), "read_only": read_only})
    else:
        if read_only:
            # The self-test could not apply what only matters to writing (journal_mode).
            skipped = f"; not applicable: {', '.join(not_applicable)}" if not_applicable else ""
            ctx.out.line(f"storage:     opened read-only (write-protected drive){skipped}")
        ctx.out.line(f"pages:       {'ok' if not report.page_errors else 'DAMAGED'}")
        for msg in report.page_errors:
            ctx.out.line(f"  {msg}")
        ctx.out.line(
            f"ops:         {report.ops_checked} checked from {report.authors} author(s), "
            f"{len(report.op_errors)} failed"
        )
        for msg in report.op_errors:
            ctx.out.line(f"  {msg}")
        if report.gaps:
            ctx.out.line(
                f"gaps:        {report.gaps} in colleagues' chains: normal, their bundles carry "
                "only what they sent you (a case filter, or records above your clearance)"
            )
        ctx.out.line(
            f"attachments: {report.blobs_checked} checked, {len(report.blob_errors)} failed"
        )
        for msg in report.blob_errors:
            ctx.out.line(f"  {msg}")
        ctx.out.line("The vault is sound." if report.ok else "The vault is DAMAGED.")
    return 0 if report.ok else 4


def cmd_demo(ctx: Context) -> int:
    """Create a vault filled with fictional cases."""
    from casebook.vault import create_vault

    try:
        from casebook.service import CaseService
        from casebook.service.demo import populate
    except ImportError as e:  # pragma: no cover - shipped with the app
        raise errors.CasebookError("demo data is not available") from e
    args = ctx.args
    if args.new_passphrase_fd is None and args.passphrase_fd is not None:
        args.new_passphrase_fd = args.passphrase_fd
    created = create_vault(ctx.vault_root, new_passphrase(args), policy=ctx.policy)
    try:
        populate(CaseService(created.session))
    finally:
        created.session.lock()
    ctx.out.line(f"Demo vault created in {ctx.vault_root}. All of its cases are fictional.")
    ctx.out.line(f"Recovery code: {created.recovery_code}")
    return 0


def register(sub: SubParsers, command: Command) -> None:
    """Add init, passwd, recovery-code, deep-erase, verify and demo."""
    command("init", cmd_init, "create a vault and print its recovery code once")
    command("passwd", cmd_passwd, "change the passphrase (nothing is re-encrypted)")
    command("recovery-code", cmd_recovery_code, "replace the recovery code with a new one")
    sp = command("deep-erase", cmd_deep_erase, "re-encrypt the vault under a new master key")
    sp.add_argument("--yes", action="store_true", help="confirm without asking")
    command("verify", cmd_verify, "check every page, op signature and attachment")
    command("demo", cmd_demo, "create a vault filled with fictional cases")
