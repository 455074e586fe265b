"""Attachments: attach a file to a case (or a redacted copy of an attachment), export one in
clear."""

from __future__ import annotations

from pathlib import Path

from casebook.base import errors
from casebook.base.regular import check_regular
from casebook.cli.common import Command, Context, SubParsers, group, record_id


def cmd_attach(ctx: Context) -> int:
    """Encrypt a file into a case and print the attachment id."""
    a = ctx.args
    path = Path(a.file)
    check_regular(path)  # before the passphrase is asked for; intake checks again as it opens
    with ctx.service() as svc:
        case_id = record_id(svc, a.case_id)
        progress = ctx.out.progress("Encrypting")
        if a.redacted_copy_of:
            att = svc.attachments.attach_redacted_copy(
                record_id(svc, a.redacted_copy_of),
                path,
                name=a.name,
                case_id=case_id,
                progress=progress,
            )
        else:
            att = svc.attachments.attach(case_id, path, name=a.name, progress=progress)
    ctx.out.line(att.hex())
    return 0


def cmd_attachment_export(ctx: Context) -> int:
    """Decrypt an attachment to a new file, after a warning."""
    a = ctx.args
    dest = Path(a.out)
    if dest.exists():
        raise errors.InputRejected("the destination exists; choose a new file name")
    ctx.out.note(
        "Warning: the exported file is NOT encrypted. Anyone with access to where you put it can "
        "read it. Delete it securely when done."
    )
    with ctx.service() as svc:
        done = svc.attachments.export_copy(
            record_id(svc, a.id), dest, progress=ctx.out.progress("Exporting")
        )
    ctx.out.note(f"{done.size} bytes written.")
    if not done.recorded:
        ctx.out.note(NOT_RECORDED)
    if ctx.out.json:
        ctx.out.data({"size": done.size, "custody_recorded": done.recorded})
    return 0


# Said whenever a view or an export cannot enter the custody log (docs/custody.md).
NOT_RECORDED = (
    "Not recorded: this export is not in the custody log, because the vault is read-only "
    "(on read-only media nothing can be written)."
)


def register(sub: SubParsers, command: Command) -> None:
    """Add attach and the attachment group."""
    sp = command("attach", cmd_attach, "encrypt a file into a case; prints the attachment id")
    sp.add_argument("case_id")
    sp.add_argument("file")
    sp.add_argument("--name", help="the name to record instead of the file's")
    sp.add_argument(
        "--redacted-copy-of",
        metavar="ATTACHMENT",
        help="the file is a redacted copy of this attachment: their custody chains are linked",
    )

    att = group(sub, "attachment", "attachments")
    sp = command("export", cmd_attachment_export, "decrypt an attachment to a new file", att)
    sp.add_argument("id")
    sp.add_argument("--out", required=True)
