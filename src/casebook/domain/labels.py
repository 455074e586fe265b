"""How to name a record in one line, and which records a link joins: plain text, no Qt.

The GUI's tables and history and the CLI's `case show` name records the same way:

    case        its title
    person      its name
    event       its type's label and its date             "Detention 5 March 2024"
    interview   its interviewee's name, given the persons' labels
    segment     its first words (at most 60 characters)
    attachment  its file name
    link        its role's label
    term        its code

A link record joins two records, `a` and `b` (hex ids), in a role. `links_of` lists the links
touching one record; `join_links` gives every record its linked records with their labels.
Vocabulary codes are read through a `VocabLabel` callable, so the UI passes its lookup in the
interface language and the CLI passes English: `term_labels("en", <the service's vocabulary>)`.
Dates go through the same callable under the name `DATES`: `term_labels` shows them in its
language (`casebook.domain.dates.format_fuzzy`), `code_as_label` as they are stored.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any, NamedTuple

from casebook.domain import vocab
from casebook.domain.dates import format_fuzzy
from casebook.domain.records import Record

__all__ = [
    "COLLEAGUE",
    "DATES",
    "SEGMENT_LABEL_CHARS",
    "LinkEnd",
    "Linked",
    "VocabLabel",
    "code_as_label",
    "colleague_key",
    "colleague_ref",
    "join_links",
    "labels_by_id",
    "links_of",
    "record_label",
    "term_labels",
]

VocabLabel = Callable[[str, str], str]  # (vocabulary, code) → the code's label
COLLEAGUE = "key:"  # a value naming a colleague (or the owner) by identity key: "key:<hex>"
DATES = "@date"  # the "vocabulary" of stored dates: a VocabLabel shows them in its language
SEGMENT_LABEL_CHARS = 60  # enough words to recognise a note by, short enough for a cell


class LinkEnd(NamedTuple):
    """One link seen from one of its ends."""

    link_id: bytes
    other_id: bytes
    role: str  # the link's role code, "" when it has none


class Linked(NamedTuple):
    """A record linked to another, with the label it is shown by."""

    link_id: bytes
    other_id: bytes
    label: str
    role: str  # the link's role code, "" when it has none


def code_as_label(vocabulary: str, code: str) -> str:
    """A vocabulary lookup that shows every code as itself."""
    return code


def term_labels(
    language: str, terms_of: Callable[[str], Iterable[vocab.Term]] | None = None
) -> VocabLabel:
    """Labels in `language` from `terms_of(vocabulary)` (default: the shipped terms).

    Pass `CaseService.vocabulary` to include the person's own terms. Each vocabulary is read
    once, on first use; a later term with the same code wins, and unknown codes read as
    themselves.
    """
    read = terms_of if terms_of is not None else lambda name: vocab.shipped().get(name, ())
    cache: dict[str, dict[str, str]] = {}

    def label(vocabulary: str, code: str) -> str:
        if vocabulary == DATES:
            return format_fuzzy(code, "ru" if language == "ru" else "en", numeric=True)
        if vocabulary not in cache:
            cache[vocabulary] = {t.code: t.label(language) for t in read(vocabulary)}
        return cache[vocabulary].get(code, code)

    return label


def colleague_ref(identity: bytes) -> str:
    """How a field names a colleague, or the vault's owner: by identity key, so that each vault
    shows its own name for them (a pet name, or "You")."""
    return COLLEAGUE + identity.hex()


def colleague_key(value: Any) -> bytes | None:
    """The identity key a value names (see `colleague_ref`), or None for any other text."""
    if not isinstance(value, str) or not value.startswith(COLLEAGUE):
        return None
    digits = value[len(COLLEAGUE) :]
    if len(digits) != 64:
        return None
    try:
        return bytes.fromhex(digits)
    except ValueError:
        return None


def _id(value: Any) -> bytes | None:
    """The record id held by a reference field, or None when it holds none."""
    if not isinstance(value, str) or not value:
        return None
    try:
        return bytes.fromhex(value)
    except ValueError:
        return None


def _excerpt(text: str, limit: int) -> str:
    words = " ".join(text.split())  # one line, whatever the note's layout
    return words if len(words) <= limit else words[: limit - 1] + "…"


def record_label(
    rec: Record,
    vocab_label: VocabLabel = code_as_label,
    *,
    names: Mapping[bytes, str] | None = None,
    language: str = "en",
) -> str:
    """How to name `rec` in one line of plain text ("" when it has nothing to be named by).

    `names` (record id → label) names the interviewee of an interview. A person or interview
    whose identity a colleague withheld is named by that colleague's pseudonym, in `language`.
    """
    kind = rec.kind
    if kind == "case":
        return str(rec.get("title", ""))
    if kind == "person" and not rec.get("name") and rec.pseudonym is not None:
        return rec.pseudonym.text(language)
    if kind == "interview" and not rec.get("interviewee") and rec.pseudonym is not None:
        return rec.pseudonym.text(language)
    if kind in ("person", "attachment"):
        return str(rec.get("name", ""))
    if kind == "event":
        code = str(rec.get("type", ""))
        what = vocab_label("event_type", code) if code else ""
        date = str(rec.get("date", "") or "")
        return f"{what} {vocab_label(DATES, date) if date else ''}".strip()
    if kind == "interview":
        interviewee = _id(rec.get("interviewee"))
        return (names or {}).get(interviewee, "") if interviewee is not None else ""
    if kind == "segment":
        return _excerpt(str(rec.get("text", "")), SEGMENT_LABEL_CHARS)
    if kind == "link":
        role = str(rec.get("role", ""))
        return vocab_label("role", role) if role else ""
    if kind == "term":
        return str(rec.get("code", ""))
    return ""


def labels_by_id(
    records: Iterable[Record], vocab_label: VocabLabel = code_as_label, language: str = "en"
) -> dict[bytes, str]:
    """Record id → `record_label` of each record; interviews find their interviewee among them."""
    records = list(records)
    labels = {
        r.id: record_label(r, vocab_label, language=language)
        for r in records
        if r.kind != "interview"
    }
    # Interviews last: they are named by persons, which must be labelled first.
    for r in records:
        if r.kind == "interview":
            labels[r.id] = record_label(r, vocab_label, names=labels, language=language)
    return labels


def _ends(link: Record) -> tuple[bytes | None, bytes | None]:
    return _id(link.get("a")), _id(link.get("b"))


def links_of(links: Iterable[Record], record_id: bytes) -> list[LinkEnd]:
    """(link id, other record id, link role) of every link touching `record_id`, in order."""
    out = []
    for link in links:
        a, b = _ends(link)
        other = b if a == record_id else a if b == record_id else None
        if other is not None:
            out.append(LinkEnd(link.id, other, str(link.get("role", ""))))
    return out


def join_links(
    links: Iterable[Record], labels: Mapping[bytes, str]
) -> dict[bytes, tuple[Linked, ...]]:
    """Record id → its linked records that have a label in `labels`, in the links' order.

    One pass over the links, so a case's every segment can be joined without reading the
    links once per segment. Only records that have at least one such link are keys.
    """
    joined: dict[bytes, list[Linked]] = {}
    for link in links:
        a, b = _ends(link)
        if a is None or b is None:
            continue  # a link missing an end joins nothing
        role = str(link.get("role", ""))
        for me, other in ((a, b), (b, a)) if a != b else ((a, b),):
            if other in labels:
                joined.setdefault(me, []).append(Linked(link.id, other, labels[other], role))
    return {me: tuple(items) for me, items in joined.items()}
