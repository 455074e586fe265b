"""`casebook case show` as text: a case, its records, their links and an interview's notes,
each named as the GUI names them (the JSON form is `ShownCase.to_json`)."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from typing import Any

from casebook.domain.labels import (
    DATES,
    Linked,
    VocabLabel,
    colleague_key,
    join_links,
    labels_by_id,
    record_label,
    term_labels,
)
from casebook.domain.mentions import render_mentions
from casebook.domain.model import ENTITIES, JOINED_FIELDS, FieldSpec, FieldType, form_fields
from casebook.domain.records import Record
from casebook.service import CaseService

__all__ = ["ShownCase", "case_lines"]


_CHILD_KINDS = ("person", "event", "interview", "attachment", "link")
# The fields a record's line already shows (its label, a case's status): its details leave them out.
_ON_ITS_LINE = {
    "case": {"title", "status"},
    "person": {"name"},
    "event": {"type", "date"},
    "interview": {"interviewee"},
    "segment": {"text"},
    "attachment": {"name"},
}
_INDENT = "  "
_DETAIL = " " * 14  # under the label: two spaces, the kind (10), two spaces
_WIDTH = 100  # a record's links go on its line while the line stays this short
_NOTE = _DETAIL + "  "  # an interview's notes, under its "Notes:"


@dataclass(frozen=True)
class ShownCase:
    """A case, its live records and their links, named as the GUI names them."""

    case: Record
    children: dict[str, list[Record]]  # kind → records (persons, events, …, links)
    segments: dict[bytes, list[Record]]  # interview id → its segments
    labels: dict[bytes, str]  # record id → its one-line label
    kinds: dict[bytes, str]  # record id → its kind, for the records labelled
    joined: dict[bytes, tuple[Linked, ...]]  # record id → the records it is linked to
    vocab_label: VocabLabel
    colleagues: dict[bytes, str]  # identity key → how a field naming it reads ("you", a peer)

    @classmethod
    def read(cls, svc: CaseService, case: Record) -> ShownCase:
        """Read the case's records and join their links, with English vocabulary labels."""
        vocab_label = term_labels("en", svc.records.vocabulary)
        children = {kind: svc.reading.children(case.id, kind) for kind in _CHILD_KINDS}
        segments = {i.id: svc.reading.segments(i.id) for i in children["interview"]}
        # Links join records, not links: link records get a label but are no link's end.
        named = [
            case,
            *(r for kind in _CHILD_KINDS if kind != "link" for r in children[kind]),
            *(s for segs in segments.values() for s in segs),
        ]
        labels = labels_by_id(named, vocab_label)
        joined = join_links(children["link"], labels)
        labels.update((r.id, record_label(r, vocab_label)) for r in children["link"])
        kinds = {r.id: r.kind for r in named}
        colleagues = {p.identity: p.name for p in svc.peers.list()}
        colleagues[svc.me] = "you"
        return cls(case, children, segments, labels, kinds, joined, vocab_label, colleagues)

    def mention(self, person_id: bytes) -> str | None:
        """How a mention of a person reads here: their name, or a colleague's pseudonym."""
        return self.labels.get(person_id) or None

    def record_json(self, rec: Record) -> dict[str, Any]:
        """`Record.to_json` with the record's `label` and its `links`."""
        doc = rec.to_json()
        doc["label"] = self.labels.get(rec.id, "")
        doc["links"] = [
            {"id": j.link_id.hex(), "other": j.other_id.hex(), "label": j.label, "role": j.role}
            for j in self.joined.get(rec.id, ())
        ]
        return doc

    def to_json(self) -> dict[str, Any]:
        """The `--json` document: the case, its records by kind, each interview's segments.

        The case has a `label` but no `links` of its own: that key lists the case's link records.
        """
        doc = self.case.to_json()
        doc["label"] = self.labels.get(self.case.id, "")
        for kind in _CHILD_KINDS:
            doc[kind + "s"] = [self.record_json(r) for r in self.children[kind]]
        for interview in doc["interviews"]:
            segments = self.segments[bytes.fromhex(interview["id"])]
            interview["segments"] = [self.record_json(s) for s in segments]
        return doc


def _field_name(spec: FieldSpec) -> str:
    return spec.name.replace("_", " ").capitalize()


# One column for every field's value, so that the details of all records line up.
_VALUE_COLUMN = 2 + max(len(_field_name(f)) for e in ENTITIES.values() for f in e.fields.values())


def _value_lines(shown: ShownCase, spec: FieldSpec, value: Any) -> list[str]:
    """A stored value as lines of plain text (several for notes and deadlines)."""
    t, vocabulary = spec.type, spec.vocab or ""
    if t is FieldType.VOCAB:
        return [shown.vocab_label(vocabulary, str(value))]
    if t is FieldType.CODES:
        return [", ".join(shown.vocab_label(vocabulary, str(v)) for v in value)]
    if t is FieldType.TAGS:
        return [", ".join(str(v) for v in value)]
    if t is FieldType.DEADLINES:
        return [
            f"{shown.vocab_label(DATES, str(d.get('date', '')))}  {d.get('what', '')}"
            for d in value
        ]
    if t is FieldType.DATE:
        return [shown.vocab_label(DATES, str(value))]
    if t is FieldType.REF:
        try:
            return [shown.labels.get(bytes.fromhex(str(value))) or "(not in this case)"]
        except ValueError:
            return ["(not in this case)"]
    key = colleague_key(value)
    if key is not None:
        return [shown.colleagues.get(key, f"unknown key {key.hex()[:12]}")]
    if t is FieldType.LINE and vocabulary:  # a language's code, or text typed before the list
        return [shown.vocab_label(vocabulary, str(value))]
    if t is FieldType.MULTILINE:
        return str(value).splitlines() or [""]
    return [str(value)]


def _detail_lines(shown: ShownCase, rec: Record, indent: str) -> list[str]:
    """The record's fields in its form's order, those its label shows left out."""
    specs = form_fields(rec.kind) or tuple(
        f for f in ENTITIES[rec.kind].fields.values() if f.name not in JOINED_FIELDS
    )
    width = _VALUE_COLUMN
    out = []
    for spec in specs:
        if spec.name in _ON_ITS_LINE.get(rec.kind, ()):
            continue
        value = rec.get(spec.name)
        if value in (None, "", []):
            if spec.required:
                out.append(f"{indent}{_field_name(spec) + ':':<{width}}(missing)")
            continue
        first, *rest = _value_lines(shown, spec, value)
        out.append(f"{indent}{_field_name(spec) + ':':<{width}}{first}".rstrip())
        out += [f"{indent}{' ' * width}{line}".rstrip() for line in rest]
    return out


def _other_label(shown: ShownCase, linked: Linked) -> str:
    """How a linked record reads in a "with:" list: notes quoted, interviews said so."""
    kind = shown.kinds.get(linked.other_id, "")
    text = linked.label
    if kind == "segment":
        text = f"note “{text}”"
    elif kind == "interview":
        text = f"interview with {text}" if text else "interview"
    if linked.role:
        text += f" ({shown.vocab_label('role', linked.role)})"
    return text


def _entry(shown: ShownCase, head: str, rec_id: bytes, indent: str) -> list[str]:
    """A record's line, with its links on it, or under it when they would make it long."""
    others = [_other_label(shown, j) for j in shown.joined.get(rec_id, ())]
    if not others:
        return [head]
    one_line = f"{head} — with: {', '.join(others)}"
    if len(one_line) <= _WIDTH:
        return [one_line]
    first, *rest = others
    return [head, f"{indent}with: {first}", *(f"{indent}      {o}" for o in rest)]


def _local(ms: int, fmt: str) -> str:
    return _dt.datetime.fromtimestamp(ms / 1000).strftime(fmt) if ms > 0 else ""


def _size(n: int) -> str:
    """512 B, 1.5 MiB: a file size for people."""
    if n < 1024:
        return f"{n} B"
    size, unit = n / 1024, "KiB"
    for bigger in ("MiB", "GiB"):
        if size < 1024:
            break
        size, unit = size / 1024, bigger
    return f"{size:.1f} {unit}"


def _conflict_mark(rec: Record) -> str:
    return "  [conflicting edits]" if rec.conflicts else ""


def case_lines(shown: ShownCase) -> list[str]:
    """`case show` for a person at a terminal."""
    case = shown.case
    status = shown.vocab_label("case_status", str(case.get("status", "")))
    lines = [
        f"{shown.labels.get(case.id) or '(untitled case)'}{_conflict_mark(case)}",
        f"{_INDENT}case {case.id.hex()[:8]} · {status} · "
        f"updated {_local(case.updated_ms, '%Y-%m-%d %H:%M')}",
    ]
    lines += _detail_lines(shown, case, _INDENT)
    for kind in ("person", "event", "interview", "attachment"):
        records = shown.children[kind]
        if records:
            lines.append("")
        for rec in records:
            lines += _record_lines(shown, rec)
    return lines


def _record_lines(shown: ShownCase, rec: Record) -> list[str]:
    kind, label = rec.kind, shown.labels.get(rec.id, "")
    if kind == "interview":
        label = label or "(no interviewee yet)"
    elif kind == "attachment":
        label += f"  ({_size(int(rec.get('size', 0)))}, {rec.get('media_type', '')})"
    if rec.pseudonym is not None:
        sender = shown.colleagues.get(rec.pseudonym.sender, rec.pseudonym.sender.hex()[:16])
        label += f"  (pseudonym from {sender})"
    head = f"{_INDENT}{kind:<10}  {rec.id.hex()[:8]}  {label}{_conflict_mark(rec)}"
    lines = _entry(shown, head, rec.id, _DETAIL)
    if kind == "interview":
        started = _local(rec.created_ms, "%Y-%m-%d %H:%M")
        lines.append(f"{_DETAIL}{'Started:':<{_VALUE_COLUMN}}{started}")
    lines += _detail_lines(shown, rec, _DETAIL)
    if kind == "interview":
        lines += _segment_lines(shown, rec)
    return lines


def _segment_lines(shown: ShownCase, interview: Record) -> list[str]:
    """An interview's notes as its panel shows them: the time, the note, what it is linked to."""
    segments = shown.segments[interview.id]
    if not segments:
        return [f"{_DETAIL}(no notes yet)"]
    lines = [f"{_DETAIL}Notes:"]
    day = _local(interview.created_ms, "%Y-%m-%d")
    indent = _NOTE + " " * 20  # under the note: the time (8), the id (8), two gaps
    for seg in segments:
        if _local(seg.created_ms, "%Y-%m-%d") != day:
            day = _local(seg.created_ms, "%Y-%m-%d")
            lines.append(f"{_NOTE}{day}")
        text = render_mentions(str(seg.get("text", "")), shown.mention)
        first, *rest = text.splitlines() or ["(empty)"]
        head = f"{_NOTE}{_local(seg.created_ms, '%H:%M:%S')}  {seg.id.hex()[:8]}  {first}"
        if rest:
            lines.append(head + _conflict_mark(seg))
            *middle, last = rest
            lines += [f"{indent}{line}".rstrip() for line in middle]
            head = f"{indent}{last}".rstrip()
        else:
            head += _conflict_mark(seg)
        lines += _entry(shown, head, seg.id, indent)
    return lines
