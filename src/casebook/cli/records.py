"""Records: case, person, event, interview, note; set, delete, link."""

from __future__ import annotations

import json
from typing import Any

from casebook.base import errors
from casebook.cli.common import (
    TEXT_HELP,
    Command,
    Context,
    Out,
    SubParsers,
    group,
    record_id,
    text_arg,
)


def cmd_case_add(ctx: Context) -> int:
    """Open a case and print its id."""
    a = ctx.args
    with ctx.service() as svc:
        case_id = svc.records.add_case(
            text_arg(a.title), text_arg(a.summary) if a.summary else "", status=a.status
        )
    ctx.out.line(case_id.hex())
    return 0


def cmd_case_list(ctx: Context) -> int:
    """List cases, most recent first."""
    with ctx.service() as svc:
        rows = []
        before = None
        while True:
            page = svc.reading.list_cases(status=ctx.args.status, limit=1000, before=before)
            rows += page
            if len(page) < 1000:
                break
            before = page[-1].cursor
    if ctx.out.json:
        ctx.out.data([r.to_json() for r in rows])
    else:
        for r in rows:
            mark = " [conflict]" if r.conflicted else ""
            ctx.out.line(f"{r.id.hex()}  {r.status:<9} {r.title}{mark}")
    return 0


def cmd_case_show(ctx: Context) -> int:
    """Show a case with its records."""
    with ctx.service() as svc:
        case_id = record_id(svc, ctx.args.id)
        case = svc.reading.get(case_id)
        if case.kind != "case":
            raise errors.NotFound("not a case")
        doc = case.to_json()
        for kind in ("person", "event", "interview", "attachment", "link"):
            doc[kind + "s"] = [r.to_json() for r in svc.reading.children(case_id, kind)]
        for interview in doc["interviews"]:
            interview["segments"] = [
                s.to_json() for s in svc.reading.segments(bytes.fromhex(interview["id"]))
            ]
    if ctx.out.json:
        ctx.out.data(doc)
    else:
        _print_case(ctx.out, doc)
    return 0


def _print_case(out: Out, doc: dict[str, Any]) -> None:
    f = doc["fields"]
    out.line(f"{f.get('title') or ''}   [{f.get('status') or ''}]   {doc['id']}")
    if f.get("summary"):
        out.line(f["summary"])
    for key in ("jurisdiction", "court"):
        if f.get(key):
            out.line(f"{key}: {f[key]}")
    if f.get("tags"):
        out.line("tags: " + ", ".join(f["tags"]))
    for p in doc["persons"]:
        out.line(
            f"person     {p['id']}  {p['fields'].get('role') or '':<12} {p['fields'].get('name')}"
        )
    for e in doc["events"]:
        ef = e["fields"]
        date, place = ef.get("date") or "", ef.get("place") or ""
        out.line(f"event      {e['id']}  {date:<12} {ef.get('type')}  {place}")
    for i in doc["interviews"]:
        out.line(f"interview  {i['id']}  {len(i['segments'])} segment(s)")
        for s in i["segments"]:
            out.line(f"  {s['created']}  {s['fields'].get('text')}")
    for a in doc["attachments"]:
        af = a["fields"]
        out.line(f"attachment {a['id']}  {af.get('size')} B  {af.get('name')}")


def cmd_person_add(ctx: Context) -> int:
    """Add a person to a case and print the id."""
    a = ctx.args
    with ctx.service() as svc:
        pid = svc.records.add_person(record_id(svc, a.case_id), text_arg(a.name), a.role)
    ctx.out.line(pid.hex())
    return 0


def cmd_event_add(ctx: Context) -> int:
    """Record an event and print the id."""
    a = ctx.args
    with ctx.service() as svc:
        eid = svc.records.add_event(
            record_id(svc, a.case_id),
            a.type,
            a.date,
            place=text_arg(a.place) if a.place else "",
            summary=text_arg(a.summary) if a.summary else "",
        )
    ctx.out.line(eid.hex())
    return 0


def cmd_interview_add(ctx: Context) -> int:
    """Start an interview and print the id."""
    a = ctx.args
    with ctx.service() as svc:
        iid = svc.records.add_interview(
            record_id(svc, a.case_id), record_id(svc, a.interviewee) if a.interviewee else None
        )
    ctx.out.line(iid.hex())
    return 0


def cmd_note_add(ctx: Context) -> int:
    """Append a timestamped segment to an interview and print its id."""
    a = ctx.args
    with ctx.service() as svc:
        sid = svc.records.add_segment(record_id(svc, a.interview_id), text_arg(a.text))
    ctx.out.line(sid.hex())
    return 0


def cmd_set(ctx: Context) -> int:
    """Change one field of a record ('' clears it)."""
    a = ctx.args
    value: Any = text_arg(a.value)
    with ctx.service() as svc:
        rid = record_id(svc, a.id)
        if a.json_value:
            try:
                value = json.loads(value)
            except json.JSONDecodeError as e:
                raise errors.InputRejected("the value is not JSON") from e
        elif value == "":
            value = None
        svc.records.set_field(rid, a.field, value)
    return 0


def cmd_delete(ctx: Context) -> int:
    """Delete a record (history keeps it), or restore it."""
    with ctx.service() as svc:
        svc.records.delete(record_id(svc, ctx.args.id), restore=ctx.args.restore)
    return 0


def cmd_link(ctx: Context) -> int:
    """Link two records of a case and print the link id."""
    a = ctx.args
    with ctx.service() as svc:
        lid = svc.records.link(record_id(svc, a.a), record_id(svc, a.b), a.role)
    ctx.out.line(lid.hex())
    return 0


def register(sub: SubParsers, command: Command) -> None:
    """Add the case, person, event, interview and note groups."""
    case = group(sub, "case", "cases")
    sp = command("add", cmd_case_add, "open a case; prints its id", case)
    sp.add_argument("--title", required=True, help=TEXT_HELP)
    sp.add_argument("--summary", help=TEXT_HELP)
    sp.add_argument("--status", default="open")
    sp = command("list", cmd_case_list, "list cases, most recent first", case)
    sp.add_argument("--status")
    sp = command("show", cmd_case_show, "show a case with its records", case)
    sp.add_argument("id")

    person = group(sub, "person", "people")
    sp = command("add", cmd_person_add, "add a person to a case; prints the id", person)
    sp.add_argument("case_id")
    sp.add_argument("--name", required=True, help=TEXT_HELP)
    sp.add_argument("--role", required=True, help="victim, witness, perpetrator, source, …")

    event = group(sub, "event", "events")
    sp = command("add", cmd_event_add, "record an event; prints the id", event)
    sp.add_argument("case_id")
    sp.add_argument("--type", required=True, help="search, detention, interrogation, …")
    sp.add_argument("--date", required=True, help="2024-03-05, 2024-03, ~2024-03-05, A/B")
    sp.add_argument("--place", help=TEXT_HELP)
    sp.add_argument("--summary", help=TEXT_HELP)

    interview = group(sub, "interview", "interviews")
    sp = command("add", cmd_interview_add, "start an interview; prints the id", interview)
    sp.add_argument("case_id")
    sp.add_argument("--interviewee", metavar="PERSON_ID")

    note = group(sub, "note", "note segments")
    sp = command("add", cmd_note_add, "append a timestamped segment; prints its id", note)
    sp.add_argument("interview_id")
    sp.add_argument("--text", required=True, help=TEXT_HELP)


def register_edits(sub: SubParsers, command: Command) -> None:
    """Add set, delete and link (apart from `register`: they come later in `--help`)."""
    sp = command("set", cmd_set, "change one field of a record ('' clears it)")
    sp.add_argument("id")
    sp.add_argument("field")
    sp.add_argument("value", help=TEXT_HELP)
    sp.add_argument("--json-value", action="store_true", help="the value is JSON (lists)")
    sp = command("delete", cmd_delete, "delete a record (history keeps it)")
    sp.add_argument("id")
    sp.add_argument("--restore", action="store_true", help="undo a delete")
    sp = command("link", cmd_link, "link two records of a case; prints the link id")
    sp.add_argument("a")
    sp.add_argument("b")
    sp.add_argument("--role")
