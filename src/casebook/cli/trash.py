"""Correcting mistakes: list what was deleted, and restore it.

casebook deleted [CASE]        deleted cases, or a case's deleted people, events, interviews,
                               notes and files, and the deadlines it no longer has
casebook restore ID            undo `casebook delete ID`
"""

from __future__ import annotations

from casebook.cli.common import Command, Context, SubParsers, record_id
from casebook.domain.labels import term_labels

__all__ = ["register"]

_KINDS = {
    "case": "case",
    "person": "person",
    "event": "event",
    "interview": "interview",
    "segment": "note",
    "attachment": "file",
}


def cmd_deleted(ctx: Context) -> int:
    """List deleted cases, or a case's deleted records and removed deadlines."""
    a = ctx.args
    with ctx.service() as svc:
        if a.case_id is None:
            items = svc.trash.deleted_cases()
            deadlines: list[dict[str, str]] = []
        else:
            case = record_id(svc, a.case_id)
            svc.reading.require("case", case)
            items = svc.trash.deleted(case, term_labels("en", svc.records.vocabulary))
            deadlines = svc.trash.removed_deadlines(case)
    if ctx.out.json:
        ctx.out.data({"deleted": [i.to_json() for i in items], "removed_deadlines": deadlines})
        return 0
    for item in items:
        within = f"  (in the interview with {item.within})" if item.within else ""
        label = item.label or "(its name was erased)"
        ctx.out.line(f"{item.id.hex()}  {_KINDS.get(item.kind, item.kind):9}  {label}{within}")
    for d in deadlines:
        ctx.out.line(f"{'':32}  deadline   {d['date']}  {d['what']}")
    if not items and not deadlines:
        ctx.out.note("Nothing deleted.")
    return 0


def cmd_restore(ctx: Context) -> int:
    """Restore a deleted record (its values and history were kept)."""
    with ctx.service() as svc:
        svc.trash.restore(record_id(svc, ctx.args.id))
    ctx.out.note("Restored.")
    return 0


def register(sub: SubParsers, command: Command) -> None:
    """Add deleted and restore."""
    sp = command("deleted", cmd_deleted, "list deleted cases, or a case's deleted records")
    sp.add_argument("case_id", nargs="?", metavar="CASE")
    sp = command("restore", cmd_restore, "restore a deleted record")
    sp.add_argument("id")
