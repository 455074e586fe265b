"""The court report: `casebook report`.

    casebook report --case ID --purpose echr|un|domestic|asylum|public [--to PEER …]
                    [--lang ru|en] --out DIR [--yes] [--json]

Writes the verification package (`casebook.report.package`) into DIR, a new or empty folder.
It is a plain export: the report and every annex leave the vault unencrypted, so the command
warns and asks first (`--yes` skips the question). The PDF is rendered by the desktop app's Qt
code on the offscreen platform, imported only here, only when a report is written; every other
command stays free of Qt.
"""

from __future__ import annotations

from pathlib import Path

from casebook.base import errors
from casebook.cli.common import Command, Context, SubParsers, record_id
from casebook.cli.erasure import confirm
from casebook.report import PURPOSES, Audience, build_report
from casebook.report.package import check_destination, write_package

__all__ = ["register"]

WARNING = (
    "Warning: the report folder is NOT encrypted. The report and every annex in it can be "
    "read by anyone with access to where you put it. Hand it over on a drive you control, "
    "and delete your copy securely when done."
)


def render_pdf(report_json: bytes, lang: str) -> bytes:
    """The report's PDF, rendered by Qt offscreen: the one door from the CLI to the UI's
    renderer (pyproject.toml's import contract names it)."""
    try:
        from casebook.ui.report_pdf import render_offscreen
    except ImportError as e:  # a core-only install, without Qt
        raise errors.CasebookError("the PDF renderer (Qt) is not available") from e
    return render_offscreen(report_json, lang)


def cmd_report(ctx: Context) -> int:
    """Build, sign, render and write a report's verification package."""
    a = ctx.args
    out = Path(a.out)
    check_destination(out)  # before the passphrase is asked for
    ctx.out.note(WARNING)
    confirm(ctx, "Write the report and its annexes unencrypted?", "WRITE")
    with ctx.service() as svc:
        case_id = record_id(svc, a.case)
        recipients = tuple(svc.peers.find(text).identity for text in a.to or ())
        built = build_report(
            svc,
            case_id,
            Audience(a.purpose, recipients),
            progress=ctx.out.progress("Reading"),
        )
        pdf = render_pdf(built.data, a.lang)
        result = write_package(svc, built, out, pdf, progress=ctx.out.progress("Writing"))
    if ctx.out.json:
        ctx.out.data(result.to_json() | {"sha256": built.sha256})
        return 0
    ctx.out.line(f"Report {result.report_id} written to {result.folder}")
    ctx.out.line(f"{len(result.files)} files, {result.annexes} annexes, {result.bytes} bytes.")
    ctx.out.line("VERIFY.txt there says how a court checks it without casebook.")
    return 0


def register(sub: SubParsers, command: Command) -> None:
    """Add `report`."""
    sp = command(
        "report",
        cmd_report,
        "write a case's court report and its verification package (unencrypted)",
    )
    sp.add_argument("--case", required=True, metavar="ID", help="the case (id or prefix)")
    sp.add_argument("--purpose", required=True, choices=PURPOSES)
    sp.add_argument(
        "--to",
        nargs="+",
        metavar="PEER",
        help="colleagues it also goes to (name or key id); the report names them by key",
    )
    sp.add_argument("--lang", choices=("ru", "en"), default="ru", help="the report's language")
    sp.add_argument("--out", required=True, metavar="DIR", help="a new or empty folder")
    sp.add_argument("--yes", action="store_true", help="do not ask before writing unencrypted")
