"""A record's values as a report holds them: vocabulary codes with both labels, texts with
withheld names replaced, references as the report's own names for records.

    vocabulary code     {"code": "detention", "en": "Detention", "ru": "Задержание"}
    list of codes       [{"code", "en", "ru"}, …]
    fuzzy date          "~2024-03-05" (the renderer says it as people do: domain.dates)
    text, tags          Text (audience.Text): a string, or runs with people in place of names
    deadlines           [{"date": "2024-05", "what": Text}]
    reference           {"p": "P2"} a person, {"w": 1} someone left out, or null
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from casebook.domain.model import ENTITIES, FieldType
from casebook.report.audience import Scrubber

__all__ = ["Vocab", "display"]

# (vocabulary, code) → {"code", "en", "ru"}
Vocab = Callable[[str, str], dict[str, str]]


def display(
    kind: str,
    field: str,
    value: Any,
    vocab: Vocab,
    scrub: Scrubber,
    refs: Mapping[str, dict[str, Any]],
) -> Any:
    """`value` of `field` as the report holds it (None stays None)."""
    if value is None:
        return None
    spec = ENTITIES[kind].fields.get(field)
    if spec is None:  # fixed metadata: a file name is text, the rest numbers and codes
        return scrub.text(value) if isinstance(value, str) and field == "name" else value
    t = spec.type
    if t is FieldType.VOCAB and isinstance(value, str):
        return vocab(spec.vocab or "", value)
    if t is FieldType.CODES and isinstance(value, list):
        return [vocab(spec.vocab or "", str(v)) for v in value]
    if t is FieldType.DATE:
        return str(value)
    if t is FieldType.REF:
        return dict(refs[value]) if isinstance(value, str) and value in refs else None
    if t is FieldType.DEADLINES and isinstance(value, list):
        return [
            {"date": str(d.get("date", "")), "what": scrub.text(str(d.get("what", "")))}
            for d in value
            if isinstance(d, dict)
        ]
    if t is FieldType.TAGS and isinstance(value, list):
        return [scrub.text(str(v)) for v in value]
    if isinstance(value, str):
        return scrub.text(value)
    return value
