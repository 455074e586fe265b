"""Erasure (PROTECTION §1): erase, erasures, erasures confirm.

    casebook erase RECORD [--field F] --reason CODE [--yes]
    casebook erasures [--pending]
    casebook erasures confirm ID

Before anything is erased, the command says who already holds a copy: every colleague and
bundle that carried the values, and that their copies remain until their casebook honours the
request, which casebook cannot prove. A colleague's acknowledgement is shown as "received the
erasure request", never as "erased".
"""

from __future__ import annotations

import datetime as _dt
import sys
from typing import Any

from casebook.base import errors
from casebook.cli.common import Command, Context, Parser, SubParsers, UsageError, record_id
from casebook.cli.consent import report_lines
from casebook.service import CaseService
from casebook.service.erasure import REASONS, ErasureInfo, ErasurePreview
from casebook.service.filed import COURT_NOTE

__all__ = ["HONEST", "confirm", "register"]

HONEST = (
    "Their copies remain until their casebook honours the erasure request, which casebook "
    "cannot prove. Copies on USB sticks, printouts and reports stay with whoever has them."
)
_HEX = frozenset("0123456789abcdef")


def confirm(ctx: Context, question: str, word: str) -> None:
    """Ask on the terminal for `word`; `--yes` skips. No terminal and no `--yes`: exit 2."""
    if ctx.args.yes:
        return
    if not sys.stdin.isatty():
        raise UsageError("confirmation needed: pass --yes, or run on a terminal")
    # The question goes to stderr: stdout carries only data (and JSON with --json).
    ctx.out.stderr.write(f"{question} Type {word} to continue: ")
    ctx.out.stderr.flush()
    if sys.stdin.readline().strip() != word:
        raise errors.Cancelled()


def _when(ms: int) -> str:
    return _dt.datetime.fromtimestamp(ms / 1000).strftime("%Y-%m-%d %H:%M") if ms > 0 else "?"


def _field(field: str) -> str:
    return field or "whole record"


def _preview_lines(p: ErasurePreview) -> list[str]:
    what = f"{p.record.kind} {p.record.id.hex()[:8]}, {_field(p.field)}"
    lines = [f"Erase: {what} ({p.values} value{'s' if p.values != 1 else ''} held here)"]
    filed = report_lines(p.reports)
    if filed:
        filed.append(COURT_NOTE)
    if not p.holders:
        lines.append("No colleague received these values in your bundles.")
        lines.append("Copies on USB sticks, printouts and reports stay with whoever has them.")
        return lines + filed
    lines.append("Already sent to:")
    for h in p.holders:
        name = h.name or f"{h.identity.hex()[:16]} (no longer a peer)"
        numbers = ", ".join(str(n) for n in h.bundles)
        plural = "s" if len(h.bundles) > 1 else ""
        lines.append(f"  {name}: bundle{plural} {numbers} (last on {_when(h.last_sent_ms)})")
    lines.append(HONEST)
    return lines + filed


def cmd_erase(ctx: Context) -> int:
    """Show who holds the values, confirm, then erase them here and ask colleagues to."""
    a = ctx.args
    with ctx.service() as svc:
        rid = record_id(svc, a.record)
        preview = svc.erasure.preview(rid, a.field or "")
        show = ctx.out.note if ctx.out.json else ctx.out.line
        for line in _preview_lines(preview):
            show(line)
        confirm(ctx, "Erase these values here, and ask every colleague to?", "ERASE")
        info = svc.erasure.erase(rid, a.field or "", reason=a.reason)
        names = _names(svc)
    if ctx.out.json:
        ctx.out.data({"preview": preview.to_json(), "erasure": _info_json(info, names)})
        return 0
    ctx.out.line(
        f"Erased here: {info.purged} value{'s' if info.purged != 1 else ''} "
        f"(erasure {info.redact_id.hex()[:16]})."
    )
    ctx.out.line(
        "The erasure request goes to your colleagues in your next bundles; "
        "`casebook erasures` shows who received it."
    )
    return 0


def _names(svc: CaseService) -> dict[bytes, str]:
    """Peers' names by identity, and "you" for the owner."""
    names = {p.identity: p.name for p in svc.peers.list()}
    names[svc.me] = "you"
    return names


def _name(names: dict[bytes, str], identity: bytes) -> str:
    return names.get(identity, identity.hex()[:16])


def _info_json(info: ErasureInfo, names: dict[bytes, str]) -> dict[str, Any]:
    return info.to_json() | {
        "author_name": _name(names, info.author),
        "received_by_names": [_name(names, p) for p in info.received_by],
    }


def cmd_erasures(ctx: Context) -> int:
    """List every erasure known here (or only those waiting for your confirmation)."""
    with ctx.service() as svc:
        infos = svc.erasure.erasures(pending=ctx.args.pending)
        names = _names(svc)
    if ctx.out.json:
        ctx.out.data([_info_json(i, names) for i in infos])
        return 0
    if not infos:
        ctx.out.line("No erasures." if not ctx.args.pending else "No erasure awaits you.")
        return 0
    for i in infos:
        ctx.out.line(
            f"{i.redact_id.hex()[:16]}  {i.entity} {i.entity_id.hex()[:8]}  {_field(i.field)}"
            f"  {i.reason}  by {_name(names, i.author)}  {_when(i.time_ms)}"
        )
        waiting = "  (waiting for your confirmation: `casebook erasures confirm`)"
        ctx.out.line(
            f"    purged {i.purged}, hidden {i.hidden}, awaiting {i.awaiting}"
            + (waiting if i.pending else "")
        )
        if i.author_is_me:
            got = ", ".join(_name(names, p) for p in i.received_by) or "nobody yet"
            ctx.out.line(f"    received the erasure request: {got}")
    return 0


def _find(svc: CaseService, text: str) -> bytes:
    """The redact op id that `text` names: the whole id, or a unique prefix of 8+ hex digits."""
    t = text.strip().lower()
    if len(t) < 8 or not set(t) <= _HEX:
        raise UsageError("an erasure id is 8 or more hex digits (see `casebook erasures`)")
    found = [i.redact_id for i in svc.erasure.erasures() if i.redact_id.hex().startswith(t)]
    if len(found) != 1:
        raise errors.NotFound("no single erasure has this id")
    return found[0]


def cmd_erasures_confirm(ctx: Context) -> int:
    """Purge what a colleague's erasure hides here (it is hidden until you confirm)."""
    with ctx.service() as svc:
        info = svc.erasure.confirm(_find(svc, ctx.args.id))
        names = _names(svc)
    if ctx.out.json:
        ctx.out.data(_info_json(info, names))
    else:
        ctx.out.line(
            f"Confirmed: {info.purged} value{'s' if info.purged != 1 else ''} purged here "
            f"({info.entity} {info.entity_id.hex()[:8]}, {_field(info.field)})."
        )
    return 0


def register(sub: SubParsers, command: Command) -> None:
    """Add erase and erasures (with its confirm action)."""
    sp = command("erase", cmd_erase, "erase a field or a whole record, here and at colleagues'")
    sp.add_argument("record", help="record id (a unique prefix of 8+ characters works)")
    sp.add_argument("--field", metavar="F", help="the field to erase (default: the whole record)")
    sp.add_argument("--reason", required=True, choices=REASONS, help="why (a code, never text)")
    sp.add_argument("--yes", action="store_true", help="confirm without asking")

    sp = command("erasures", cmd_erasures, "list erasures, and confirm colleagues' ones")
    sp.add_argument("--pending", action="store_true", help="only those awaiting your confirmation")
    actions = sp.add_subparsers(dest="sub", metavar="ACTION", parser_class=Parser)
    sp = command(
        "confirm", cmd_erasures_confirm, "purge what a colleague's erasure hides here", actions
    )
    sp.add_argument("id", help="erasure id (a unique prefix of 8+ hex digits works)")
