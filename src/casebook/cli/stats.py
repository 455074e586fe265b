"""Statistics for the docket: `casebook stats [--csv] [--json]`.

Cases by status, events by type and by month, legal articles, and deadlines within the next 30
days. `--csv` writes one table (section, code, label, month, date, count, case_id, title)
that a spreadsheet opens as it is; case titles appear only in the deadline rows, as in
`casebook case list`.
"""

from __future__ import annotations

import csv
import datetime as _dt

from casebook.cli.common import Command, Context, SubParsers
from casebook.service.stats import Docket

__all__ = ["register"]

CSV_COLUMNS = ("section", "code", "label", "month", "date", "count", "case_id", "title")


def _csv(ctx: Context, d: Docket) -> None:
    w = csv.writer(ctx.out.stdout, lineterminator="\n")
    w.writerow(CSV_COLUMNS)
    for c in d.statuses:
        w.writerow(("cases_by_status", c.code, c.en, "", "", c.count, "", ""))
    for c in d.events:
        w.writerow(("events", c.code, c.en, c.month, "", c.count, "", ""))
    for c in d.articles:
        w.writerow(("legal_article_cases", c.code, c.en, "", "", c.count, "", ""))
        w.writerow(("legal_article_events", c.code, c.en, "", "", c.extra, "", ""))
    for dl in d.deadlines:
        w.writerow(("deadlines", "", dl.what, "", dl.date, dl.days, dl.case_id.hex(), dl.title))


def _text(ctx: Context, d: Docket) -> None:
    line = ctx.out.line
    line(f"Docket on {d.today.isoformat()}")
    line("Cases by status:")
    for c in d.statuses or ():
        line(f"  {c.count:6d}  {c.en}")
    line("Events by type:")
    for c in d.event_types:
        line(f"  {c.count:6d}  {c.en}")
    line("Events by month:")
    for c in d.event_months:
        line(f"  {c.count:6d}  {c.month or 'no date'}")
    line("Legal articles (cases, events):")
    for c in d.articles:
        line(f"  {c.count:6d} {c.extra:6d}  {c.en}")
    line("Deadlines in the next 30 days:")
    if not d.deadlines:
        line("  none")
    for dl in d.deadlines:
        when = "due now" if dl.days == 0 else f"in {dl.days} days"
        line(f"  {dl.date:<12} {when:<12} {dl.case_id.hex()[:8]}  {dl.title}: {dl.what}")


def cmd_stats(ctx: Context) -> int:
    """Print the docket's figures."""
    with ctx.service() as svc:
        docket = svc.stats.docket(_dt.date.today())
    if ctx.out.json:
        ctx.out.data(docket.to_json())
    elif ctx.args.csv:
        _csv(ctx, docket)
    else:
        _text(ctx, docket)
    return 0


def register(sub: SubParsers, command: Command) -> None:
    """Add `stats`."""
    sp = command("stats", cmd_stats, "the docket: cases, events, articles, near deadlines")
    sp.add_argument("--csv", action="store_true", help="one CSV table on stdout")
