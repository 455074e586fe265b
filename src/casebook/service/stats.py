"""Statistics for the docket: what the vault holds, counted, and what falls due soon.

    docket(today)   cases by status, events by type and by month, legal articles (cases that
                    cite each and events under each), deadlines within the next 30 days

Counts are of live records of live cases. An event counts in the month of its earliest
possible day ("2024-03" for ~2024-03-05 and for 2024-03-01/2024-04-10; a date known only to
the year counts under the year). A deadline is near when any day it may fall on is within the
window: "2027-05" is near from 1 May to 31 May. Labels come in both languages, the vault's own
terms included.
"""

from __future__ import annotations

import calendar
import datetime as _dt
from dataclasses import dataclass
from typing import Any

from casebook.base.errors import InputRejected
from casebook.domain.model import FuzzyDate
from casebook.service.records import Records
from casebook.vault.session import Session

__all__ = ["Count", "Deadline", "Docket", "Statistics", "fuzzy_bounds"]

WINDOW_DAYS = 30


@dataclass(frozen=True)
class Count:
    """A code, its labels, and how many."""

    code: str
    en: str
    ru: str
    count: int
    month: str = ""  # for events by type and month: "YYYY-MM", "YYYY" or ""
    extra: int = 0  # for legal articles: events under it (count: cases citing it)

    def label(self, lang: str) -> str:
        """The label in `lang`."""
        return self.ru if lang == "ru" else self.en


@dataclass(frozen=True)
class Deadline:
    """A deadline of a case that falls due within the window."""

    case_id: bytes
    title: str
    date: str  # the fuzzy date as stored
    what: str
    days: int  # days until its earliest possible day (0: it may be today or has begun)


@dataclass(frozen=True)
class Docket:
    """The docket's figures on one day."""

    today: _dt.date
    statuses: tuple[Count, ...]
    event_types: tuple[Count, ...]
    event_months: tuple[Count, ...]  # code "" and month set: all types together
    events: tuple[Count, ...]  # by type and month
    articles: tuple[Count, ...]
    deadlines: tuple[Deadline, ...]

    def to_json(self) -> dict[str, Any]:
        """For `--json`."""

        def row(c: Count, **more: Any) -> dict[str, Any]:
            return {"code": c.code, "en": c.en, "ru": c.ru, "count": c.count, **more}

        return {
            "today": self.today.isoformat(),
            "cases_by_status": [row(c) for c in self.statuses],
            "events_by_type": [row(c) for c in self.event_types],
            "events_by_month": [{"month": c.month, "count": c.count} for c in self.event_months],
            "events_by_type_and_month": [row(c, month=c.month) for c in self.events],
            "legal_articles": [
                {"code": c.code, "en": c.en, "ru": c.ru, "cases": c.count, "events": c.extra}
                for c in self.articles
            ],
            "deadlines": [
                {
                    "case_id": d.case_id.hex(),
                    "title": d.title,
                    "date": d.date,
                    "what": d.what,
                    "days": d.days,
                }
                for d in self.deadlines
            ],
        }


def fuzzy_bounds(text: str) -> tuple[_dt.date, _dt.date]:
    """The first and last day a fuzzy date may mean (`InputRejected` if it is none)."""
    parsed = FuzzyDate.parse(text).text.lstrip("~")
    start, _, end = parsed.partition("/")
    return _day(start, first=True), _day(end or start, first=False)


def _day(part: str, *, first: bool) -> _dt.date:
    pieces = [int(p) for p in part.split("-")]
    year = pieces[0]
    month = pieces[1] if len(pieces) > 1 else (1 if first else 12)
    if len(pieces) > 2:
        return _dt.date(year, month, pieces[2])
    return _dt.date(year, month, 1 if first else calendar.monthrange(year, month)[1])


class Statistics:
    """Counts over the whole vault, for the docket."""

    def __init__(self, session: Session, records: Records) -> None:
        self._session = session
        self._records = records

    def _labels(self, vocab: str) -> dict[str, tuple[str, str]]:
        return {t.code: (t.en, t.ru) for t in self._records.vocabulary(vocab)}

    def docket(self, today: _dt.date | None = None, *, days: int = WINDOW_DAYS) -> Docket:
        """The figures on `today` (the local date by default), deadlines `days` ahead."""
        today = today or _dt.date.today()
        docket = self._session.store.docket

        def count(vocab: dict[str, tuple[str, str]], code: str, n: int, **kw: Any) -> Count:
            en, ru = vocab.get(code, (code, code))
            return Count(code, en, ru, n, **kw)

        status = self._labels("case_status")
        statuses = sorted(docket.statuses().items(), key=lambda kv: (-kv[1], kv[0]))
        types = self._labels("event_type")
        raw = docket.event_counts()
        by_type: dict[str, int] = {}
        by_month: dict[str, int] = {}
        for (code, month), n in raw.items():
            by_type[code] = by_type.get(code, 0) + n
            by_month[month] = by_month.get(month, 0) + n
        articles = self._labels("legal_article")
        return Docket(
            today,
            tuple(count(status, code, n) for code, n in statuses),
            tuple(
                count(types, code, n)
                for code, n in sorted(by_type.items(), key=lambda kv: (-kv[1], kv[0]))
            ),
            tuple(Count("", "", "", n, month=m) for m, n in sorted(by_month.items())),
            tuple(
                count(types, code, n, month=month)
                for (code, month), n in sorted(raw.items(), key=lambda kv: (kv[0][1], kv[0][0]))
            ),
            tuple(
                count(articles, code, cases, extra=events)
                for code, (cases, events) in sorted(
                    docket.article_counts().items(), key=lambda kv: (-sum(kv[1]), kv[0])
                )
            ),
            tuple(self._near(today, days)),
        )

    def _near(self, today: _dt.date, days: int) -> list[Deadline]:
        horizon = today + _dt.timedelta(days=days)
        out = []
        for case_id, title, items in self._session.store.docket.deadlines():
            for item in items:
                try:
                    first, last = fuzzy_bounds(str(item["date"]))
                except (InputRejected, ValueError):
                    continue
                if first <= horizon and last >= today:
                    wait = max((first - today).days, 0)
                    what = str(item.get("what", ""))
                    out.append(Deadline(case_id, title, str(item["date"]), what, wait))
        out.sort(key=lambda d: (d.days, d.date, d.title, d.case_id))
        return out
