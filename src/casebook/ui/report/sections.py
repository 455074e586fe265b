"""The sections of a rendered report, in order (PROTECTION §4):

cover          title, purpose, report id, state of the file, signer, the audience notice
1 case         title, status, jurisdiction, court, summary, legal articles, deadlines
2 chronology   events by date, fuzzy dates as people say them, who took part
3 persons      by role; pseudonyms and their legend, what is withheld
4 interviews   each note with its time; later edits marked
5 conflicts    every value of every unresolved conflict, none chosen
6 annexes      numbered, with SHA-256, type, size, pages in one run
7 custody      each annex's chain of custody, its custodians, the cross-witness line
8 verify       how to check the package without casebook, in Russian and English
9 signature    the key, SHA-256 of report.json, a line to sign by hand
"""

from __future__ import annotations

from typing import Any

from casebook.report.texts import TEXTS, persons_word, t
from casebook.report.verify_text import verify_steps
from casebook.ui.report.document import ReportDocument, utc

__all__ = ["write_sections"]


def write_sections(w: ReportDocument) -> None:
    """Write every section of `w`'s report into its document."""
    for section in (
        _cover,
        _case,
        _chronology,
        _persons,
        _interviews,
        _conflicts,
        _annexes,
        _custody,
        _verify,
        _signature,
    ):
        w.check()
        section(w)


def _cover(w: ReportDocument) -> None:
    r = w.r
    w.heading(w.t("title"), 1)
    w.para(w.title_line, w.h3, after=12)
    w.field(w.t("purpose"), w.purpose_text)
    title = r["case"].get("title")
    if title:
        w.field(w.t("case_ref"), title)
    as_of = r.get("as_of", {})
    w.field(
        w.t("as_of"),
        w.t("as_of_value", ops=as_of.get("ops", 0), time=utc(int(as_of.get("newest", 0)))),
    )
    w.field(w.t("signer"), r["signer"]["key_id"])
    recipients = r["audience"].get("recipients", [])
    if recipients:
        w.field(w.t("recipients"), ", ".join(k[:16] for k in recipients))
    w.heading(w.t("audience"), 3)
    held = r.get("withheld", {})
    n = int(held.get("persons", 0)) + int(held.get("persons_left_out", 0))
    w.para(
        w.t("withheld_persons", n=n, persons=persons_word(n, w.lang)) if n else w.t("none_withheld")
    )
    left_out = held.get("left_out", {})
    if left_out:
        n, k = left_out.get("person", 0), left_out.get("interview", 0)
        w.para(w.t("left_out", n=n, k=k, r=sum(left_out.values()) - n - k))
    if held.get("values") or held.get("mentions"):
        w.para(w.t("values_withheld", n=held.get("values", 0), m=held.get("mentions", 0)))
    if r["audience"]["purpose"] in ("echr", "un"):
        w.para(w.t("public_filing"), w.small)
    w.heading(w.t("contents"), 3)
    for key in (
        "s_case",
        "s_chronology",
        "s_persons",
        "s_interviews",
        "s_conflicts",
        "s_annexes",
        "s_custody",
        "s_verify",
        "s_signature",
    ):
        w.para(w.t(key), after=1)


def _labels(w: ReportDocument, *names: str) -> dict[str, str]:
    keys = {"title": "case_title", "type": "type"}
    return {n: w.t(keys.get(n, n)) for n in names}


def _case(w: ReportDocument) -> None:
    case = w.r["case"]
    w.heading(w.t("s_case"), page=True)
    names = (
        "title",
        "status",
        "jurisdiction",
        "court",
        "legal_articles",
        "deadlines",
        "tags",
        "summary",
    )
    w.fields(case, names, _labels(w, *names))


def _people_line(w: ReportDocument, items: list[dict[str, Any]]) -> str:
    parts = []
    for x in items:
        if x.get("ref") is None:
            parts.append(f"[{w.t('person_left_out')}] × {x.get('withheld', 1)}")
            continue
        role = w.flat(x.get("role")) if x.get("role") else ""
        parts.append(w.person_name(x["ref"]) + (f" ({role})" if role else ""))
    return ", ".join(parts)


def _chronology(w: ReportDocument) -> None:
    w.heading(w.t("s_chronology"))
    events = w.r.get("chronology", [])
    if not events:
        w.para(w.t("no_events"))
    for ev in events:
        w.check()
        absent = ev.get("absent", {})
        if absent.get("date") == "conflict":
            when = w.conflict_inline(ev["ref"], "date")
        else:
            when = w.date(ev.get("date"))
        what = w.flat(ev.get("type")) if "type" not in absent else w.absent_text(absent["type"])
        w.block(w.h3, before=6, after=2)
        w.cursor.insertText(f"{ev['ref']} · {when} · {what}", w.h3)
        names = ("place", "detention_type", "legal_article")
        w.fields(ev, names, _labels(w, *names))
        if ev.get("persons"):
            w.field(w.t("who"), _people_line(w, ev["persons"]))
        if "summary" in absent:
            w.fields(ev, ("summary",), _labels(w, "summary"))
        elif ev.get("summary"):
            w.para(ev["summary"])


def _persons(w: ReportDocument) -> None:
    w.heading(w.t("s_persons"))
    persons = w.r.get("persons", [])
    if not persons:
        w.para(w.t("no_persons"))
        return
    rows = []
    for p in sorted(persons, key=lambda p: (w.flat(p.get("role")), int(p["ref"][1:]))):
        fields = [w.t(f) for f in sorted(p.get("absent", {})) if f in ("name", "aliases", "notes")]
        withheld = ", ".join(fields) or "—"
        why = f"c_{p.get('consent', 'label')}"
        if p.get("pseudonym") and why in TEXTS:
            withheld += f" ({w.t(why)})"  # why the name stays home: the consent gate's reason
        rows.append(
            [
                (p["ref"], w.plain),
                (w.person_name(p["ref"]), w.bold),
                (p.get("role"), w.plain),
                (withheld, w.plain),
            ]
        )
    w.table([w.t("ref"), w.t("person"), w.t("role"), w.t("withheld_fields")], rows, [8, 37, 25, 30])
    if any(p.get("pseudonym") for p in persons):
        w.heading(w.t("legend"), 3)
        w.para(w.t("legend_text"), w.small)


def _interviews(w: ReportDocument) -> None:
    w.heading(w.t("s_interviews"))
    interviews = w.r.get("interviews", [])
    if not interviews:
        w.para(w.t("no_interviews"))
        return
    w.para(w.t("times_utc"), w.small)
    names = ("interviewer", "interpreter", "language", "place", "consent", "consent_note")
    for iv in interviews:
        who = iv.get("interviewee")
        title = w.t("interview_with", who=w.flat(who)) if who else w.t("interview")
        w.heading(f"{iv['ref']} · {title}", 3)
        w.fields(iv, names, _labels(w, *names))
        for seg in iv.get("segments", []):
            w.check()
            w.block(w.plain, before=3, after=1)
            w.cursor.insertText(f"{seg['ref']}  {utc(int(seg['time']))}", w.bold)
            if seg.get("edited"):
                times = ", ".join(utc(int(x)) for x in seg["edited"])
                w.cursor.insertText("  ✎ " + w.t("edited", times=times), w.dim)
            absent = seg.get("absent", {})
            if "text" in absent:
                w.fields(seg, ("text",), _labels(w, "text"))
            else:
                w.para(seg.get("text", ""), after=1)
            if seg.get("links"):
                w.para(f"{w.t('linked')}: {_links(w, seg['links'])}", w.dim, after=2)


def _links(w: ReportDocument, items: list[dict[str, Any]]) -> str:
    people = [x for x in items if x.get("ref") is None or str(x["ref"]).startswith("P")]
    events = [str(x["ref"]) for x in items if str(x.get("ref") or "").startswith("E")]
    parts = [p for p in (_people_line(w, people), ", ".join(events)) if p]
    return "; ".join(parts)


def _conflicts(w: ReportDocument) -> None:
    w.heading(w.t("s_conflicts"))
    conflicts = w.r.get("conflicts", [])
    if not conflicts:
        w.para(w.t("no_conflicts"))
        return
    w.para(w.t("conflict_intro"))
    for c in conflicts:
        field = c["field"]
        label = w.t(field) if field in _FIELD_KEYS else field
        record = w.t("case_ref") if c["record"] == "case" else c["record"]
        w.heading(w.t("conflict_field", record=record, field=label), 3)
        for i, v in enumerate(c["values"], 1):
            w.block(w.plain, after=1)
            w.cursor.insertText(f"{i}. ", w.bold)
            if v.get("absent"):
                w.cursor.insertText(w.absent_text(str(v["absent"])), w.dim)
            elif field == "date" or v.get("field") == "date":
                w.cursor.insertText(w.date(v.get("value")), w.plain)
            else:
                w.write(v.get("value"), w.plain)
            by = w.t("conflict_value", by=v.get("by", ""), time=utc(int(v.get("time", 0))))
            w.cursor.insertText(f"   ({by})", w.dim)


_FIELD_KEYS = {
    "date",
    "type",
    "text",
    "name",
    "aliases",
    "notes",
    "sensitivity",
    "caption",
    "place",
    "summary",
    "status",
    "court",
    "jurisdiction",
    "role",
    "interviewee",
    "interviewer",
    "interpreter",
    "language",
    "consent",
    "consent_note",
    "legal_articles",
    "legal_article",
    "detention_type",
    "deadlines",
    "tags",
    "_deleted",
}


def _size(w: ReportDocument, n: int) -> str:
    return w.t("bytes", n=f"{n:,}".replace(",", "\u202f"))


def _annexes(w: ReportDocument) -> None:
    w.heading(w.t("s_annexes"), page=True)
    annexes = w.r.get("annexes", [])
    if not annexes:
        w.para(w.t("no_annexes"))
        return
    w.para(w.t("annex_intro"), w.small)
    rows = []
    for a in annexes:
        desc: list[Any] = []
        if a.get("caption"):
            desc.append(a["caption"])
        if a.get("name"):
            desc.append(a["name"])
        pages = f"{a['from']}–{a['to']} ({a['pages']})" if a.get("pages") else w.t("pages_none")
        rows.append(
            [
                (str(a["n"]), w.plain),
                (" — ".join(w.flat(d) for d in desc) or a["file"], w.plain),
                (f"{a['media_type']}\n{_size(w, int(a['size']))}", w.small),
                (pages, w.plain),
                (utc(int(a["added"])), w.small),
            ]
        )
        rows.append([(f"SHA-256 {a['sha256']}", w.mono)])
    w.table(
        [
            w.t("annex_n"),
            w.t("annex_desc"),
            w.t("annex_type"),
            w.t("annex_pages"),
            w.t("annex_added"),
        ],
        rows,
        [6, 40, 20, 14, 20],
    )


def _custody(w: ReportDocument) -> None:
    from casebook.ui.report.custody import write_custody

    w.heading(w.t("s_custody"))
    write_custody(w)


def _verify(w: ReportDocument) -> None:
    w.heading(w.t("s_verify"), page=True)
    # Both languages, whatever the report's: the clerk who checks may read either.
    for lang in (w.lang, "en" if w.lang == "ru" else "ru"):
        w.para(t("language_name", lang), w.h2, before=6, after=2)
        for kind, text in verify_steps(lang, w.r):
            if kind == "h":
                w.heading(text, 3)
            elif kind == "cmd":
                w.para(text, w.mono, after=3)
            else:
                w.para(text, w.small, after=2)


def _signature(w: ReportDocument) -> None:
    w.heading(w.t("s_signature"), page=False)
    w.para(w.t("signature_intro"), w.plain)
    w.para(w.json_sha256, w.mono)
    w.field(w.t("key"), w.r["signer"]["identity"])
    if w.r["signer"].get("fingerprint"):
        w.para(w.r["signer"]["fingerprint"], w.mono)
    w.para("", after=24)
    w.para(w.t("sign_line"), w.plain, before=18)
