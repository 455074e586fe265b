"""What an export plan says of each record it does not send as it is (bundle/audience.py): left
out whole, its values withheld, a person pseudonymised, a leak scan hit; each with its `--json`
form for the preview."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from casebook.domain.leakscan import LeakHit

__all__ = ["Leak", "LeftOut", "Pseudonymised", "Withheld"]


@dataclass(frozen=True)
class LeftOut:
    """A record that stays home whole."""

    kind: str
    id: bytes
    why: str  # label | parent | reference | consent:<code> (a consent's evidence)
    name: str  # how the owner knows it (never sent)

    def to_json(self) -> dict[str, Any]:
        """For `--json`."""
        return {"kind": self.kind, "id": self.id.hex(), "why": self.why, "name": self.name}


@dataclass(frozen=True)
class Withheld:
    """A field whose values go without their disclosures (not a person's identity)."""

    kind: str
    id: bytes
    field: str
    why: str  # label | consent:<code>

    def to_json(self) -> dict[str, Any]:
        """For `--json`."""
        return {"kind": self.kind, "id": self.id.hex(), "field": self.field, "why": self.why}


@dataclass(frozen=True)
class Pseudonymised:
    """A person who travels under a pseudonym in this audience."""

    person: bytes
    case_id: bytes
    role: str
    n: int
    en: str
    ru: str
    why: str  # label | consent:<code>
    fields: tuple[str, ...]
    name: str  # the real name (for the owner's preview only)

    def to_json(self) -> dict[str, Any]:
        """For `--json`."""
        return {
            "id": self.person.hex(),
            "case": self.case_id.hex(),
            "role": self.role,
            "pseudonym": {"en": self.en, "ru": self.ru},
            "why": self.why,
            "fields": list(self.fields),
            "name": self.name,
        }


@dataclass(frozen=True)
class Leak:
    """A leak scan hit, and where: which record's field, in which op's value."""

    hit: LeakHit
    kind: str
    id: bytes
    field: str
    op_id: bytes | None

    def to_json(self) -> dict[str, Any]:
        """For `--json`."""
        return {"kind": self.kind, "id": self.id.hex(), "field": self.field, **self.hit.to_json()}
