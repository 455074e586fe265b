"""Translated names of record kinds and fields, and readable forms of stored values.

One table, keyed by the model's label keys (`casebook.domain.model.FieldSpec.label_key`), serves
the forms, the history and the search results, so a field is called the same everywhere.
Vocabulary codes are shown with the core's own labels (casebook.domain.vocab).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from casebook.domain.dates import format_fuzzy
from casebook.domain.labels import colleague_key
from casebook.domain.model import ENTITIES, FieldType
from casebook.domain.records import Pseudonym
from casebook.ui.translation import QT_TRANSLATE_NOOP
from casebook.ui.vocabularies import Vocabularies

__all__ = [
    "MASKS",
    "conflict_label",
    "field_label",
    "kind_label",
    "masked_text",
    "pseudonym_label",
    "value_text",
]

_SHIPPED = Vocabularies.shipped()

_KINDS = {
    "case": QT_TRANSLATE_NOOP("Labels", "Case"),
    "person": QT_TRANSLATE_NOOP("Labels", "Person"),
    "event": QT_TRANSLATE_NOOP("Labels", "Event"),
    "interview": QT_TRANSLATE_NOOP("Labels", "Interview"),
    "segment": QT_TRANSLATE_NOOP("Labels", "Note segment"),
    "attachment": QT_TRANSLATE_NOOP("Labels", "Attachment"),
    "link": QT_TRANSLATE_NOOP("Labels", "Link"),
    "consent": QT_TRANSLATE_NOOP("Labels", "Consent"),
    "consent_override": QT_TRANSLATE_NOOP("Labels", "Consent override"),
}

# By the model's label key (`FieldSpec.label_key`). A field called the same in two kinds reads
# the same in both, which lets history, search and conflicts name a field by its name alone.
_FIELDS = {
    "case.title": QT_TRANSLATE_NOOP("Labels", "Title"),
    "case.summary": QT_TRANSLATE_NOOP("Labels", "Summary"),
    "case.status": QT_TRANSLATE_NOOP("Labels", "Status"),
    "case.jurisdiction": QT_TRANSLATE_NOOP("Labels", "Jurisdiction"),
    "case.court": QT_TRANSLATE_NOOP("Labels", "Court"),
    "case.deadlines": QT_TRANSLATE_NOOP("Labels", "Deadlines"),
    "case.tags": QT_TRANSLATE_NOOP("Labels", "Tags"),
    "case.legal_articles": QT_TRANSLATE_NOOP("Labels", "Legal articles"),
    "person.name": QT_TRANSLATE_NOOP("Labels", "Name"),
    "person.aliases": QT_TRANSLATE_NOOP("Labels", "Also known as"),
    "person.role": QT_TRANSLATE_NOOP("Labels", "Role"),
    "person.sensitivity": QT_TRANSLATE_NOOP("Labels", "Sensitivity"),
    "person.notes": QT_TRANSLATE_NOOP("Labels", "Notes"),
    "event.type": QT_TRANSLATE_NOOP("Labels", "What happened"),
    "event.date": QT_TRANSLATE_NOOP("Labels", "When"),
    "event.place": QT_TRANSLATE_NOOP("Labels", "Where"),
    "event.summary": QT_TRANSLATE_NOOP("Labels", "Summary"),
    "event.detention_type": QT_TRANSLATE_NOOP("Labels", "Detention type"),
    "event.legal_article": QT_TRANSLATE_NOOP("Labels", "Legal article"),
    "interview.interviewee": QT_TRANSLATE_NOOP("Labels", "Interviewee"),
    "interview.interviewer": QT_TRANSLATE_NOOP("Labels", "Interviewer"),
    "interview.interpreter": QT_TRANSLATE_NOOP("Labels", "Interpreter"),
    "interview.language": QT_TRANSLATE_NOOP("Labels", "Language"),
    "interview.place": QT_TRANSLATE_NOOP("Labels", "Where"),
    "interview.consent": QT_TRANSLATE_NOOP("Labels", "Informed consent"),
    "interview.consent_note": QT_TRANSLATE_NOOP("Labels", "Consent note"),
    "segment.text": QT_TRANSLATE_NOOP("Labels", "Note"),
    "attachment.caption": QT_TRANSLATE_NOOP("Labels", "Caption"),
    "attachment.name": QT_TRANSLATE_NOOP("Labels", "Name"),
    "link.a": QT_TRANSLATE_NOOP("Labels", "Linked record"),
    "link.b": QT_TRANSLATE_NOOP("Labels", "Linked record"),
    "link.role": QT_TRANSLATE_NOOP("Labels", "Role"),
    "consent.subject": QT_TRANSLATE_NOOP("Labels", "Person"),
    "consent.scope": QT_TRANSLATE_NOOP("Labels", "Uses"),
    "consent.audience": QT_TRANSLATE_NOOP("Labels", "Who may receive it"),
    "consent.status": QT_TRANSLATE_NOOP("Labels", "Decision"),
    "consent.given": QT_TRANSLATE_NOOP("Labels", "Given"),
    "consent.expires": QT_TRANSLATE_NOOP("Labels", "Valid until"),
    "consent.method": QT_TRANSLATE_NOOP("Labels", "How it was given"),
    "consent.evidence": QT_TRANSLATE_NOOP("Labels", "Evidence"),
    "consent.conditions": QT_TRANSLATE_NOOP("Labels", "Conditions"),
    "consent.language": QT_TRANSLATE_NOOP("Labels", "Language"),
    "consent.interpreter": QT_TRANSLATE_NOOP("Labels", "Interpreter"),
    "consent.interview": QT_TRANSLATE_NOOP("Labels", "Interview"),
    "consent.replaces": QT_TRANSLATE_NOOP("Labels", "Replaces"),
    "consent_override.subject": QT_TRANSLATE_NOOP("Labels", "Person"),
    "consent_override.purpose": QT_TRANSLATE_NOOP("Labels", "Purpose"),
    "consent_override.audience": QT_TRANSLATE_NOOP("Labels", "Who may receive it"),
    "consent_override.reason": QT_TRANSLATE_NOOP("Labels", "Reason"),
    "consent_override.expires": QT_TRANSLATE_NOOP("Labels", "Valid until"),
}
# Why a value is not shown (`Record.masked`, `HistoryEntry.shown`, `ConflictValue.shown`).
MASKS = {
    "erased": QT_TRANSLATE_NOOP("Labels", "erased"),
    "hidden": QT_TRANSLATE_NOOP("Labels", "hidden until you confirm the erasure"),
    "withheld": QT_TRANSLATE_NOOP("Labels", "not shared with you"),
}
_NOT_SHOWN = QT_TRANSLATE_NOOP("Labels", "not shown")

_BY_NAME: dict[str, str] = {}
for _key, _source in _FIELDS.items():
    _BY_NAME.setdefault(_key.partition(".")[2], _source)


def kind_label(kind: str) -> str:
    """'Person', 'Event', … in the current language."""
    source = _KINDS.get(kind)
    return QCoreApplication.translate("Labels", source) if source else kind


def field_label(key: str) -> str:
    """'Title', 'When', … in the current language, for a label key ("event.date") or a name."""
    source = _FIELDS.get(key) or _BY_NAME.get(key)
    if source is None:
        return key.partition(".")[2] or key  # an untranslated field reads as its name
    return QCoreApplication.translate("Labels", source)


def conflict_label(entity: str, field: str, language: str, terms: Vocabularies) -> str:
    """What a conflict is about: a field's label, or for disagreeing consent decisions
    (entity "consent", the field a scope code) the use they disagree on."""
    if entity == "consent":
        return terms.label("consent_scope", field, language)
    return field_label(f"{entity}.{field}")


def pseudonym_label(pseudonym: Pseudonym) -> str:
    """ "Witness B (pseudonym)": a colleague's pseudonym for a name they withheld, in the
    interface's language."""
    language = "ru" if QLocale().name().startswith("ru") else "en"
    return QCoreApplication.translate("Labels", "%1 (pseudonym)").replace(
        "%1", pseudonym.text(language)
    )


def masked_text(why: str) -> str:
    """What stands in for a value that is not shown: "erased", "hidden until you confirm the
    erasure", "not shared with you" (or "not shown" when the reason is not known here)."""
    return QCoreApplication.translate("Labels", MASKS.get(why, _NOT_SHOWN))


def value_text(
    entity: str,
    field: str,
    value: Any,
    language: str,
    *,
    limit: int = 300,
    vocabularies: Vocabularies | None = None,
    colleague: Callable[[str], str] | None = None,
) -> str:
    """A stored value as one line of plain text for lists and history.

    Vocabulary codes read as labels of `vocabularies` (the session's, with the person's own
    terms), else of the shipped terms; a line with a vocabulary (an interview's language) reads
    as its term's label when it holds a code. `colleague` names a colleague stored by key
    (`PeerBook.colleague_name`).
    """
    if value is None:
        return QCoreApplication.translate("Labels", "(cleared)")
    terms = vocabularies if vocabularies is not None else _SHIPPED
    spec = ENTITIES.get(entity)
    fspec = spec.fields.get(field) if spec else None
    if entity == "consent" and fspec is None:  # a consent conflict: the decisions' statuses
        text = terms.label("consent_status", str(value), language)
    elif fspec is not None and fspec.type is FieldType.VOCAB:
        text = terms.label(fspec.vocab or "", str(value), language)
    elif fspec is not None and fspec.type is FieldType.CODES and isinstance(value, list):
        text = ", ".join(terms.label(fspec.vocab or "", str(v), language) for v in value)
    elif isinstance(value, str) and colleague is not None and colleague_key(value) is not None:
        text = colleague(value)
    elif fspec is not None and fspec.type is FieldType.LINE and fspec.vocab:
        text = terms.label(fspec.vocab, str(value), language)
    elif fspec is not None and fspec.type is FieldType.DATE:
        text = format_fuzzy(str(value), language, numeric=True)
    elif fspec is not None and fspec.type is FieldType.DEADLINES and isinstance(value, list):
        text = "; ".join(
            f"{format_fuzzy(str(d.get('date', '')), language, numeric=True)} {d.get('what', '')}"
            for d in value
        )
    elif isinstance(value, list):
        text = ", ".join(str(v) for v in value)
    else:
        text = str(value)
    text = " ".join(text.split())  # one line
    return text if len(text) <= limit else text[: limit - 1] + "…"
