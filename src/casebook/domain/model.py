"""The case data model (DESIGN §3): entity kinds, their fields, and value validation.

Every entity is a set of registers in the op-log (`casebook.domain.oplog`). This module says which
entities and fields exist, what values they accept, and which are searched; and, per field, its
label key (which the UI translates), its editor (the `FieldType`), whether it is required, where
it stands in the record's form, and its default sensitivity label. The store builds its tables
from it, the service validates input against it, and the UI derives its forms from it, so there
is one description of the model, not three.

    case        title, summary, status, jurisdiction, court, deadlines, tags, legal_articles
    person      (case) name, aliases, role, sensitivity, notes
    event       (case) type, date, place, summary, detention_type, legal_article
    interview   (case) interviewee → person, interviewer, interpreter, language, place,
                consent (before the ledger: kept readable), consent_note
    segment     (case, interview) text           — a timestamped note segment
    attachment  (case) caption; name, media_type, size, sha256 fixed at intake
    link        (case) a → any, b → any, role     — who took part in what, segment ↔ person
    term        vocab, code, en, ru                  — a user's own vocabulary entry
    consent     (case) subject → person, scope, audience, status, given, expires, method,
                evidence → attachment, conditions, language, interpreter, interview → interview,
                replaces → consents                  — one decision (PROTECTION §3)
    consent_override  (case) subject → person, purpose, audience, reason, expires
                                                     — identity shared without consent, and why

Every kind but `term` also has `labels`, the sensitivity labels its record and fields were
raised to (PROTECTION §2), and a case has `floor`, the least label of every record in it. Both
are ordinary replicated registers; concurrent values are joined, never a conflict
(`casebook.domain.audience`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from enum import Enum
from typing import Any

from casebook.base.errors import InputRejected
from casebook.domain.sensitivity import (
    CONFIDENTIAL,
    PUBLIC,
    ROLE_SENSITIVITY,
    Category,
    Sensitivity,
    confidential,
    restricted,
    role_floor,
)

__all__ = [
    "ENTITIES",
    "FLOOR_FIELD",
    "JOINED_FIELDS",
    "LABELS_FIELD",
    "EntitySpec",
    "FieldSpec",
    "FieldType",
    "FuzzyDate",
    "LIST_TYPES",
    "MAX_TEXT",
    "ROLE_SENSITIVITY",
    "default_sensitivity",
    "form_fields",
    "validate_value",
]

MAX_TEXT = 1_000_000  # characters in one text field
LABELS_FIELD = "labels"  # every kind but term: the labels its record and fields were raised to
FLOOR_FIELD = "floor"  # a case: the least label of every record in it
# Registers whose concurrent values are joined (the most restrictive), never a conflict.
JOINED_FIELDS = frozenset((LABELS_FIELD, FLOOR_FIELD))
MAX_SHORT = 2_000
MAX_LIST = 200


class FieldType(Enum):
    """How a field's value is typed and validated, and so which editor a form gives it."""

    LINE = "line"  # one line of text
    MULTILINE = "multiline"  # free text over many lines
    VOCAB = "vocab"  # a code from a vocabulary
    DATE = "date"  # a fuzzy date, see FuzzyDate
    REF = "ref"  # the hex id of another record
    TAGS = "tags"  # a list of short strings
    CODES = "codes"  # a list of vocabulary codes
    DEADLINES = "deadlines"  # a list of {"date": fuzzy date, "what": text}
    REFS = "refs"  # a list of hex record ids
    LABELS = "labels"  # {"": the record's label, field: its label}; see LABELS_FIELD
    LABEL = "label"  # one label, {"categories": [...], "level": ...}: a case's floor


# The types whose values are lists or maps (stored as canonical JSON text).
LIST_TYPES = (
    FieldType.TAGS,
    FieldType.CODES,
    FieldType.DEADLINES,
    FieldType.REFS,
    FieldType.LABELS,
    FieldType.LABEL,
)


@dataclass(frozen=True)
class FieldSpec:
    """One settable field of an entity: its value, its label, and how it is guarded."""

    name: str
    type: FieldType
    vocab: str | None = None
    searchable: bool = False
    required: bool = False  # every record has a value: forms refuse to empty it
    sensitivity: Sensitivity = CONFIDENTIAL  # the default label (PROTECTION §2)
    label_key: str = ""  # "person.name": what the UI translates; the entity table sets it


@dataclass(frozen=True)
class EntitySpec:
    """One kind of record."""

    name: str
    table: str
    parents: tuple[str, ...]  # parent kinds fixed at creation, e.g. ("case", "interview")
    fields: dict[str, FieldSpec] = field(default_factory=dict)
    fixed: tuple[str, ...] = ()  # immutable metadata set at creation (attachments)
    fixed_searchable: tuple[str, ...] = ()  # fixed metadata that search finds
    form: tuple[str, ...] = ()  # the fields a record's form shows, in order

    def searchable(self) -> dict[str, FieldSpec]:
        """Every field and fixed text that full-text search covers."""
        out = {
            n: FieldSpec(n, FieldType.LINE, searchable=True, label_key=f"{self.name}.{n}")
            for n in self.fixed_searchable
        }
        out.update({n: f for n, f in self.fields.items() if f.searchable})
        return out

    def spec(self, name: str) -> FieldSpec:
        """The field called `name`, or `InputRejected`."""
        try:
            return self.fields[name]
        except KeyError:
            raise InputRejected(f"{self.name} has no field {name!r}") from None

    def form_fields(self) -> tuple[FieldSpec, ...]:
        """The fields of a record's form, in the order it shows them."""
        return tuple(self.fields[n] for n in self.form)


def _entity(
    name: str,
    table: str,
    parents: tuple[str, ...],
    *specs: FieldSpec,
    form: tuple[str, ...] = (),
    fixed: tuple[str, ...] = (),
    fixed_searchable: tuple[str, ...] = (),
    labelled: bool = True,
) -> EntitySpec:
    if labelled:  # a record's and its fields' raised labels: metadata, public (PROTECTION §2)
        specs = (*specs, FieldSpec(LABELS_FIELD, FieldType.LABELS, sensitivity=PUBLIC))
    fields = {s.name: replace(s, label_key=s.label_key or f"{name}.{s.name}") for s in specs}
    return EntitySpec(name, table, parents, fields, fixed, fixed_searchable, form)


T, L, V, D, R = FieldType.LINE, FieldType.MULTILINE, FieldType.VOCAB, FieldType.DATE, FieldType.REF
IDENTITY, LOCATION = Category.IDENTITY, Category.CONTACT_LOCATION

# Default labels follow PROTECTION §2: names and where people can be found are restricted or
# confidential; codes from vocabularies, dates and legal articles say nothing of anyone, so
# they are public; free text is confidential because anything can be typed into it.
ENTITIES: dict[str, EntitySpec] = {
    "case": _entity(
        "case",
        "cases",
        (),
        FieldSpec("title", T, searchable=True, required=True),  # titles carry surnames
        FieldSpec("summary", L, searchable=True),
        FieldSpec("status", V, "case_status", required=True, sensitivity=PUBLIC),
        FieldSpec("jurisdiction", T, searchable=True),
        FieldSpec("court", T, searchable=True),
        FieldSpec("deadlines", FieldType.DEADLINES, searchable=True),
        FieldSpec("tags", FieldType.TAGS, searchable=True),
        FieldSpec(
            "legal_articles",
            FieldType.CODES,
            "legal_article",
            searchable=True,  # by its labels in both languages, see `searchable_text`
            sensitivity=PUBLIC,
        ),
        FieldSpec(FLOOR_FIELD, FieldType.LABEL, sensitivity=PUBLIC),
        form=(
            "title",
            "status",
            "jurisdiction",
            "court",
            "summary",
            "deadlines",
            "tags",
            "legal_articles",
        ),
    ),
    "person": _entity(
        "person",
        "persons",
        ("case",),
        FieldSpec("name", T, searchable=True, required=True, sensitivity=restricted(IDENTITY)),
        FieldSpec("aliases", FieldType.TAGS, searchable=True, sensitivity=restricted(IDENTITY)),
        FieldSpec("role", V, "role", searchable=True, required=True, sensitivity=PUBLIC),
        FieldSpec("sensitivity", V, "sensitivity", sensitivity=PUBLIC),
        FieldSpec("notes", L, searchable=True),
        form=("name", "role", "aliases", "sensitivity", "notes"),
    ),
    "event": _entity(
        "event",
        "events",
        ("case",),
        FieldSpec("type", V, "event_type", searchable=True, required=True, sensitivity=PUBLIC),
        FieldSpec("date", D, required=True, sensitivity=PUBLIC),
        FieldSpec("place", T, searchable=True, sensitivity=confidential(LOCATION)),
        FieldSpec("summary", L, searchable=True),
        FieldSpec("detention_type", V, "detention_type", searchable=True, sensitivity=PUBLIC),
        FieldSpec("legal_article", V, "legal_article", searchable=True, sensitivity=PUBLIC),
        form=("type", "date", "place", "summary", "detention_type", "legal_article"),
    ),
    "interview": _entity(
        "interview",
        "interviews",
        ("case",),
        FieldSpec("interviewee", R, sensitivity=restricted(IDENTITY)),
        FieldSpec("interviewer", T, searchable=True),
        FieldSpec("interpreter", T, searchable=True),
        FieldSpec("language", T, "language"),  # a language's code, or free text as typed
        FieldSpec("place", T, searchable=True, sensitivity=restricted(LOCATION)),
        FieldSpec("consent", FieldType.CODES, "consent_scope", sensitivity=PUBLIC),
        FieldSpec("consent_note", L, searchable=True),
        form=(
            "interviewee",
            "interviewer",
            "interpreter",
            "language",
            "place",
            "consent_note",
        ),
    ),
    # A segment is written in the note panel, not a form.
    "segment": _entity(
        "segment", "segments", ("case", "interview"), FieldSpec("text", L, searchable=True)
    ),
    "attachment": _entity(
        "attachment",
        "attachments",
        ("case",),
        FieldSpec("caption", T, searchable=True),
        fixed=("name", "media_type", "size", "sha256"),
        fixed_searchable=("name",),
    ),
    "link": _entity(
        "link",
        "links",
        ("case",),
        FieldSpec("a", R),
        FieldSpec("b", R),
        FieldSpec("role", V, "role", sensitivity=PUBLIC),
    ),
    "term": _entity(
        "term",
        "terms",
        (),
        FieldSpec("vocab", T, sensitivity=PUBLIC),
        FieldSpec("code", T, sensitivity=PUBLIC),
        FieldSpec("en", T, sensitivity=PUBLIC),
        FieldSpec("ru", T, sensitivity=PUBLIC),
        labelled=False,  # vocabulary: public, and outside every case
    ),
    # A consent decision (PROTECTION §3, casebook.domain.consent). It is never edited: a change
    # of mind is a new record that `replaces` the decisions it saw, so history stays and a
    # decision made without seeing another is concurrent with it. Codes, dates and record ids
    # are public; who may receive it (audience: colleagues' keys, an organisation's name) and
    # the person's conditions are confidential; the evidence (a signed form, a recording)
    # names the person.
    "consent": _entity(
        "consent",
        "consents",
        ("case",),
        FieldSpec("subject", R, required=True),
        FieldSpec("scope", FieldType.CODES, "consent_scope", required=True, sensitivity=PUBLIC),
        FieldSpec("audience", FieldType.TAGS),
        FieldSpec("status", V, "consent_status", required=True, sensitivity=PUBLIC),
        FieldSpec("given", D, sensitivity=PUBLIC),
        FieldSpec("expires", D, sensitivity=PUBLIC),
        FieldSpec("method", V, "consent_method", sensitivity=PUBLIC),
        FieldSpec("evidence", R, sensitivity=restricted(IDENTITY)),
        FieldSpec("conditions", L, searchable=True),
        FieldSpec("language", T),
        FieldSpec("interpreter", T),
        FieldSpec("interview", R),
        FieldSpec("replaces", FieldType.REFS, sensitivity=PUBLIC),
    ),
    # Identity shared without a matching consent (a court order, a person at risk who cannot
    # be reached): the reason is a code, never free text, and the record is signed like any.
    "consent_override": _entity(
        "consent_override",
        "consent_overrides",
        ("case",),
        FieldSpec("subject", R, required=True),
        FieldSpec("purpose", V, "consent_purpose", required=True, sensitivity=PUBLIC),
        FieldSpec("audience", FieldType.TAGS, required=True),
        FieldSpec("reason", V, "override_reason", required=True, sensitivity=PUBLIC),
        FieldSpec("expires", D, sensitivity=PUBLIC),
    ),
}


def form_fields(entity: str) -> tuple[FieldSpec, ...]:
    """The fields of `entity`'s form, in the order it shows them (empty: no form)."""
    return ENTITIES[entity].form_fields()


@functools.cache  # the model's own codes only: no case text is kept
def default_sensitivity(entity: str, name: str, role: str | None = None) -> Sensitivity:
    """The label a field starts with; a person's `role` may raise it (see ROLE_SENSITIVITY)."""
    label = ENTITIES[entity].spec(name).sensitivity
    return label.join(role_floor(role)) if entity == "person" else label


_HEX_ID = re.compile(r"[0-9a-f]{32}")
_DATE_PART = r"[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?"  # ASCII digits: \d takes any script
_DATE_RE = re.compile(rf"(~?)({_DATE_PART})(?:/({_DATE_PART}))?")


@dataclass(frozen=True)
class FuzzyDate:
    """A date as a person remembers it: exact, approximate (``~``), partial, or a range.

    ``2024-03-05``, ``2024-03`` (some day in March), ``~2024-03-05`` (about then),
    ``2024-03-01/2024-03-10`` (between). The text form is what is stored in the op-log.
    """

    text: str

    @classmethod
    def parse(cls, text: str) -> FuzzyDate:
        """Validate and normalise; `InputRejected` for anything else."""
        text = text.strip()
        m = _DATE_RE.fullmatch(text)
        if not m:
            raise InputRejected("date must look like 2024-03-05, 2024-03, ~2024-03-05 or A/B")
        for part in (m.group(2), m.group(3)):
            if part:
                _check_calendar(part)
        if m.group(3) and (m.group(1) or m.group(3) < m.group(2)):
            raise InputRejected("a date range must run forwards and cannot be approximate")
        return cls(text)

    @property
    def sort_key(self) -> str:
        """A string that sorts chronologically by the earliest possible day."""
        return self.text.lstrip("~").split("/")[0]


def _check_calendar(part: str) -> None:
    import datetime as _dt

    pieces = [int(p) for p in part.split("-")]
    year, month, day = (pieces + [1, 1])[:3]
    try:
        _dt.date(year, month, day)
    except ValueError as e:
        raise InputRejected("no such date") from e


def _text(value: Any, limit: int, one_line: bool) -> str:
    if not isinstance(value, str):
        raise InputRejected("expected text")
    if "\x00" in value or len(value) > limit:
        raise InputRejected("text is too long or holds a NUL character")
    if one_line and ("\n" in value or "\r" in value):
        raise InputRejected("this field takes one line")
    return value


def validate_value(spec: FieldSpec, value: Any, vocab_codes: set[str] | None = None) -> Any:
    """Check `value` for `spec` and return it normalised; `None` clears a field."""
    if value is None:
        return None
    t = spec.type
    if t is FieldType.LABEL:
        return Sensitivity.from_json(value).to_json()
    if t is FieldType.LABELS:
        return _labels_value(value)
    if t is FieldType.LINE:
        return _text(value, MAX_SHORT, one_line=True)
    if t is FieldType.MULTILINE:
        return _text(value, MAX_TEXT, one_line=False)
    if t is FieldType.DATE:
        return FuzzyDate.parse(_text(value, 64, True)).text
    if t is FieldType.REF:
        if not isinstance(value, str) or not _HEX_ID.fullmatch(value):
            raise InputRejected("expected a record id")
        return value
    if t is FieldType.VOCAB:
        code = _text(value, 200, True)
        if vocab_codes is not None and code not in vocab_codes:
            raise InputRejected(f"{code!r} is not in the vocabulary {spec.vocab}")
        return code
    if not isinstance(value, list) or len(value) > MAX_LIST:
        raise InputRejected("expected a list")
    if t is FieldType.TAGS:
        return sorted({_text(v, 200, True).strip() for v in value} - {""})
    if t is FieldType.REFS:
        if not all(isinstance(r, str) and _HEX_ID.fullmatch(r) for r in value):
            raise InputRejected("expected a list of record ids")
        return sorted(set(value))
    if t is FieldType.CODES:
        codes = sorted({_text(v, 200, True) for v in value})
        if vocab_codes is not None and not set(codes) <= vocab_codes:
            raise InputRejected(f"unknown code in the vocabulary {spec.vocab}")
        return codes
    if t is FieldType.DEADLINES:
        out = []
        for item in value:
            if not isinstance(item, dict) or set(item) != {"date", "what"}:
                raise InputRejected("a deadline is a date and what is due")
            out.append(
                {
                    "date": FuzzyDate.parse(_text(item["date"], 64, True)).text,
                    "what": _text(item["what"], MAX_SHORT, True),
                }
            )
        return sorted(out, key=lambda d: (FuzzyDate(d["date"]).sort_key, d["what"]))
    raise InputRejected("unknown field type")  # pragma: no cover


def _labels_value(value: Any) -> dict[str, Any]:
    """A `labels` value: "" (the record) or field names, each to a label; the field names are
    checked against the entity by `casebook.domain.audience.check_labels`."""
    if not isinstance(value, dict) or len(value) > MAX_LIST:
        raise InputRejected("labels are a map of field to label")
    out = {}
    for target, label in value.items():
        if not isinstance(target, str) or (target and not _FIELD_NAME.fullmatch(target)):
            raise InputRejected('a label names its record ("") or one of its fields')
        out[target] = Sensitivity.from_json(label).to_json()
    return out


_FIELD_NAME = re.compile(r"[a-z][a-z0-9_]{0,63}")


def searchable_text(
    spec: FieldSpec, value: Any, labels: Callable[[str, str], Iterable[str]] | None = None
) -> str:
    """The words of a value that full-text search should find. A vocabulary code is found by
    its labels in every language, `labels(vocabulary, code)` ("задерж" and "detention" both
    find a detention), else by the code itself."""
    if value is None:
        return ""
    if spec.type in (FieldType.VOCAB, FieldType.CODES) and spec.vocab:
        codes = value if isinstance(value, list) else [value]
        words: list[str] = []
        for code in codes:
            found = list(labels(spec.vocab, str(code))) if labels is not None else []
            words += [w for w in found if w] or [str(code)]
        return " ".join(dict.fromkeys(words))  # each label once, in order
    if spec.type is FieldType.TAGS:
        return " ".join(value)
    if spec.type is FieldType.DEADLINES:
        return " ".join(d["what"] for d in value)
    return str(value)
