"""Looking across the vault: vocab, search, history; conflicts and resolve."""

from __future__ import annotations

import json

from casebook.base import errors
from casebook.cli.common import (
    TEXT_HELP,
    Command,
    Context,
    SubParsers,
    group,
    integer,
    record_id,
    text_arg,
)


def cmd_search(ctx: Context) -> int:
    """Full-text search across all cases."""
    with ctx.service() as svc:
        hits = svc.reading.search(text_arg(ctx.args.query), limit=ctx.args.limit)
    if ctx.out.json:
        ctx.out.data([h.to_json() for h in hits])
    else:
        for h in hits:
            case = h.case_id.hex() if h.case_id else "-"
            ctx.out.line(f"{case}  {h.kind:<10} {h.id.hex()}  {h.snippet}")
    return 0


def cmd_history(ctx: Context) -> int:
    """Who changed what of a record, and when."""
    with ctx.service() as svc:
        entries = svc.reading.history(record_id(svc, ctx.args.id))
    if ctx.out.json:
        ctx.out.data([e.to_json() for e in entries])
    else:
        import datetime as dt

        for e in entries:
            when = dt.datetime.fromtimestamp(e.time_ms / 1000).strftime("%Y-%m-%d %H:%M:%S")
            who = "you" if e.author_is_me else e.author.hex()[:16]
            what = e.kind if not e.field else f"{e.kind} {e.field}"
            old = " (superseded)" if e.superseded else ""
            value = json.dumps(e.value, ensure_ascii=False)
            ctx.out.line(f"{when}  {who:<16}  {e.entity:<10} {what}: {value}{old}")
    return 0


def cmd_conflicts(ctx: Context) -> int:
    """List the fields with concurrent values."""
    with ctx.service() as svc:
        found = svc.conflicts.list()
    if ctx.out.json:
        ctx.out.data([c.to_json() for c in found])
    else:
        for c in found:
            ctx.out.line(f"{c.entity} {c.entity_id.hex()} field {c.field}:")
            for v in c.values:
                mark = "*" if v.provisional else " "
                ctx.out.line(
                    f"  {mark} {v.op_id.hex()[:16]}  {v.author.hex()[:16]}  "
                    f"{json.dumps(v.value, ensure_ascii=False)}"
                )
    return 0


def cmd_resolve(ctx: Context) -> int:
    """End a conflict by keeping one of its values or setting a new one."""
    a = ctx.args
    with ctx.service() as svc:
        rid = record_id(svc, a.id)
        if a.keep:
            live = {o.op_id.hex(): o.op_id for c in svc.conflicts.list() for o in c.values}
            match = [v for k, v in live.items() if k.startswith(a.keep.lower())]
            if len(match) != 1:
                raise errors.InputRejected("no single conflicting value has this id")
            svc.conflicts.resolve(rid, a.field, choice=match[0])
        elif a.field == "_deleted":
            keep = a.value.strip().lower()
            if keep not in ("deleted", "restored"):
                raise errors.InputRejected("for _deleted, --value is 'deleted' or 'restored'")
            svc.conflicts.resolve(rid, a.field, value=keep == "deleted")
        else:
            svc.conflicts.resolve(rid, a.field, value=text_arg(a.value))
    return 0


def cmd_vocab_list(ctx: Context) -> int:
    """List the terms of one vocabulary, or of all of them."""
    from casebook.domain import vocab

    names = [ctx.args.name] if ctx.args.name else sorted(vocab.shipped())
    with ctx.service() as svc:
        doc = {n: [t.__dict__ for t in svc.records.vocabulary(n)] for n in names}
    if ctx.out.json:
        ctx.out.data(doc)
    else:
        for name, terms in doc.items():
            ctx.out.line(f"{name}:")
            for t in terms:
                ctx.out.line(f"  {t['code']:<22} {t['en']} / {t['ru']}")
    return 0


def cmd_vocab_add(ctx: Context) -> int:
    """Add your own term to a vocabulary and print its id."""
    a = ctx.args
    with ctx.service() as svc:
        tid = svc.records.add_term(a.name, a.code, a.en or "", a.ru or "")
    ctx.out.line(tid.hex())
    return 0


def register(sub: SubParsers, command: Command) -> None:
    """Add the vocab group, search, history, conflicts and resolve."""
    voc = group(sub, "vocab", "vocabularies")
    sp = command("list", cmd_vocab_list, "list vocabulary terms (English / Russian)", voc)
    sp.add_argument("name", nargs="?", help="event_type, role, legal_article, …")
    sp = command("add", cmd_vocab_add, "add your own term to a vocabulary", voc)
    sp.add_argument("name")
    sp.add_argument("code")
    sp.add_argument("--en", help="English label")
    sp.add_argument("--ru", help="Russian label")

    sp = command("search", cmd_search, "full-text search across all cases")
    sp.add_argument("query", help=TEXT_HELP)
    sp.add_argument("--limit", type=integer, default=50)
    sp = command("history", cmd_history, "who changed what and when")
    sp.add_argument("id")
    command("conflicts", cmd_conflicts, "fields with concurrent values")
    sp = command("resolve", cmd_resolve, "end a conflict by keeping one value or a new one")
    sp.add_argument("id")
    sp.add_argument("field")
    choice = sp.add_mutually_exclusive_group(required=True)
    choice.add_argument("--keep", metavar="OP_ID", help="keep this value (op id prefix)")
    choice.add_argument("--value", help=TEXT_HELP)
