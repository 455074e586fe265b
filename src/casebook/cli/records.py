"""Records: case, person, event, interview, note; set, delete, link."""

from __future__ import annotations

from typing import Any

from casebook.base import canonical, errors
from casebook.cli.case_view import ShownCase, case_lines
from casebook.cli.common import (
    TEXT_HELP,
    Command,
    Context,
    SubParsers,
    group,
    record_id,
    text_arg,
)
from casebook.domain.dates import parse_fuzzy
from casebook.domain.model import ENTITIES, FieldSpec, FieldType


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
    """Show a case with its records, each named and with what it is linked to."""
    with ctx.service() as svc:
        case_id = record_id(svc, ctx.args.id)
        case = svc.reading.get(case_id)
        if case.kind != "case":
            raise errors.NotFound("not a case")
        shown = ShownCase.read(svc, case)
        # Vocabulary labels are read while the vault is open, so render here.
        lines = None if ctx.out.json else case_lines(shown)
    if lines is None:
        ctx.out.data(shown.to_json())
    else:
        for line in lines:
            ctx.out.line(line)
    return 0


def cmd_person_add(ctx: Context) -> int:
    """Add a person to a case and print the id."""
    a = ctx.args
    with ctx.service() as svc:
        pid = svc.records.add_person(record_id(svc, a.case_id), text_arg(a.name), a.role)
    ctx.out.line(pid.hex())
    return 0


DATE_HELP = "5 March 2024, 05.03.2024, 2024-03-05, March 2024, about 5 March 2024, 1-10 March 2024"


def date_arg(text: str) -> str:
    """A date as people write it, in its stored form (read before the vault is unlocked, so a
    typo costs no passphrase)."""
    return parse_fuzzy(text, "en")


def cmd_event_add(ctx: Context) -> int:
    """Record an event and print the id."""
    a = ctx.args
    when = date_arg(a.date)
    with ctx.service() as svc:
        eid = svc.records.add_event(
            record_id(svc, a.case_id),
            a.type,
            when,
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


def cmd_note_edit(ctx: Context) -> int:
    """Correct a note segment's text (the history keeps the earlier text until it is erased)."""
    a = ctx.args
    with ctx.service() as svc:
        svc.records.edit_segment(record_id(svc, a.segment_id), text_arg(a.text))
    return 0


def cmd_set(ctx: Context) -> int:
    """Change one field of a record ('' clears it); dates are read as people write them."""
    a = ctx.args
    value: Any = text_arg(a.value)
    with ctx.service() as svc:
        rid = record_id(svc, a.id)
        if a.json_value:
            # InputRejected for anything but bounded JSON: a 5,000-digit number too, not a crash
            value = canonical.parse(value)
        elif value == "":
            value = None
        spec = ENTITIES[svc.reading.kind_of(rid)].fields.get(a.field)
        if spec is not None and value is not None:
            value = _read_dates(spec, value)
        svc.records.set_field(rid, a.field, value)
    return 0


def _read_dates(spec: FieldSpec, value: Any) -> Any:
    """A date field's value, or a list of deadlines, with its dates in the stored form."""
    if spec.type is FieldType.DATE and isinstance(value, str):
        return date_arg(value)
    if spec.type is FieldType.DEADLINES and isinstance(value, list):
        return [
            {**d, "date": date_arg(d["date"])}
            if isinstance(d, dict) and isinstance(d.get("date"), str)
            else d
            for d in value
        ]
    return value


def cmd_deadline_add(ctx: Context) -> int:
    """Add a deadline to a case (its date as people write it)."""
    a = ctx.args
    due, what = date_arg(a.due), text_arg(a.what)
    with ctx.service() as svc:
        case_id = record_id(svc, a.case_id)
        case = svc.reading.get(case_id)
        if case.kind != "case":
            raise errors.NotFound("not a case")
        deadlines = list(case.get("deadlines") or [])
        svc.records.set_field(case_id, "deadlines", [*deadlines, {"date": due, "what": what}])
    return 0


def cmd_delete(ctx: Context) -> int:
    """Delete a record (history keeps it), or restore it."""
    with ctx.service() as svc:
        rid = record_id(svc, ctx.args.id)
        svc.records.delete(rid, restore=ctx.args.restore)
    if not ctx.args.restore:
        ctx.out.note(f"Deleted; `casebook restore {rid.hex()[:12]}` brings it back.")
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
    sp.add_argument("--date", required=True, help=DATE_HELP)
    sp.add_argument("--place", help=TEXT_HELP)
    sp.add_argument("--summary", help=TEXT_HELP)

    deadline = group(sub, "deadline", "a case's deadlines")
    sp = command("add", cmd_deadline_add, "add a deadline to a case", deadline)
    sp.add_argument("case_id")
    sp.add_argument("--due", required=True, help=DATE_HELP)
    sp.add_argument("--what", required=True, help=TEXT_HELP)

    interview = group(sub, "interview", "interviews")
    sp = command("add", cmd_interview_add, "start an interview; prints the id", interview)
    sp.add_argument("case_id")
    sp.add_argument("--interviewee", metavar="PERSON_ID")

    note = group(sub, "note", "note segments")
    sp = command("add", cmd_note_add, "append a timestamped segment; prints its id", note)
    sp.add_argument("interview_id")
    sp.add_argument("--text", required=True, help=TEXT_HELP)
    sp = command("edit", cmd_note_edit, "correct a segment's text; history keeps the old", note)
    sp.add_argument("segment_id")
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
