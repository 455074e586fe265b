"""Translated names of record kinds and fields, and readable forms of stored values.

One table serves the forms, the history and the search results, so a field is called the same
everywhere. Vocabulary codes are shown with the core's own labels (casebook.domain.vocab).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from casebook.domain.model import ENTITIES, FieldType
from casebook.ui.translation import QT_TRANSLATE_NOOP
from casebook.ui.vocabularies import Vocabularies

__all__ = ["field_label", "kind_label", "value_text"]

_SHIPPED = Vocabularies.shipped()

_KINDS = {
    "case": QT_TRANSLATE_NOOP("Labels", "Case"),
    "person": QT_TRANSLATE_NOOP("Labels", "Person"),
    "event": QT_TRANSLATE_NOOP("Labels", "Event"),
    "interview": QT_TRANSLATE_NOOP("Labels", "Interview"),
    "segment": QT_TRANSLATE_NOOP("Labels", "Note segment"),
    "attachment": QT_TRANSLATE_NOOP("Labels", "Attachment"),
    "link": QT_TRANSLATE_NOOP("Labels", "Link"),
}

_FIELDS = {
    "title": QT_TRANSLATE_NOOP("Labels", "Title"),
    "summary": QT_TRANSLATE_NOOP("Labels", "Summary"),
    "status": QT_TRANSLATE_NOOP("Labels", "Status"),
    "jurisdiction": QT_TRANSLATE_NOOP("Labels", "Jurisdiction"),
    "court": QT_TRANSLATE_NOOP("Labels", "Court"),
    "deadlines": QT_TRANSLATE_NOOP("Labels", "Deadlines"),
    "tags": QT_TRANSLATE_NOOP("Labels", "Tags"),
    "legal_articles": QT_TRANSLATE_NOOP("Labels", "Legal articles"),
    "name": QT_TRANSLATE_NOOP("Labels", "Name"),
    "aliases": QT_TRANSLATE_NOOP("Labels", "Also known as"),
    "role": QT_TRANSLATE_NOOP("Labels", "Role"),
    "sensitivity": QT_TRANSLATE_NOOP("Labels", "Sensitivity"),
    "notes": QT_TRANSLATE_NOOP("Labels", "Notes"),
    "type": QT_TRANSLATE_NOOP("Labels", "What happened"),
    "date": QT_TRANSLATE_NOOP("Labels", "When"),
    "place": QT_TRANSLATE_NOOP("Labels", "Where"),
    "detention_type": QT_TRANSLATE_NOOP("Labels", "Detention type"),
    "legal_article": QT_TRANSLATE_NOOP("Labels", "Legal article"),
    "interviewee": QT_TRANSLATE_NOOP("Labels", "Interviewee"),
    "interviewer": QT_TRANSLATE_NOOP("Labels", "Interviewer"),
    "interpreter": QT_TRANSLATE_NOOP("Labels", "Interpreter"),
    "language": QT_TRANSLATE_NOOP("Labels", "Language"),
    "consent": QT_TRANSLATE_NOOP("Labels", "Informed consent"),
    "consent_note": QT_TRANSLATE_NOOP("Labels", "Consent note"),
    "text": QT_TRANSLATE_NOOP("Labels", "Note"),
    "caption": QT_TRANSLATE_NOOP("Labels", "Caption"),
    "a": QT_TRANSLATE_NOOP("Labels", "Linked record"),
    "b": QT_TRANSLATE_NOOP("Labels", "Linked record"),
}


def kind_label(kind: str) -> str:
    """'Person', 'Event', … in the current language."""
    source = _KINDS.get(kind)
    return QCoreApplication.translate("Labels", source) if source else kind


def field_label(field: str) -> str:
    """'Title', 'When', … in the current language."""
    source = _FIELDS.get(field)
    return QCoreApplication.translate("Labels", source) if source else field


def value_text(
    entity: str,
    field: str,
    value: Any,
    language: str,
    *,
    limit: int = 300,
    vocabularies: Vocabularies | None = None,
) -> str:
    """A stored value as one line of plain text for lists and history.

    Vocabulary codes read as labels of `vocabularies` (the session's, with the person's own
    terms), else of the shipped terms.
    """
    if value is None:
        return QCoreApplication.translate("Labels", "(cleared)")
    terms = vocabularies if vocabularies is not None else _SHIPPED
    spec = ENTITIES.get(entity)
    fspec = spec.fields.get(field) if spec else None
    if fspec is not None and fspec.type is FieldType.VOCAB:
        text = terms.label(fspec.vocab or "", str(value), language)
    elif fspec is not None and fspec.type is FieldType.CODES and isinstance(value, list):
        text = ", ".join(terms.label(fspec.vocab or "", str(v), language) for v in value)
    elif fspec is not None and fspec.type is FieldType.DEADLINES and isinstance(value, list):
        text = "; ".join(f"{d.get('date', '')} {d.get('what', '')}" for d in value)
    elif isinstance(value, list):
        text = ", ".join(str(v) for v in value)
    else:
        text = str(value)
    text = " ".join(text.split())  # one line
    return text if len(text) <= limit else text[: limit - 1] + "…"
