"""Sensitivity labels (PROTECTION §2): how far a value may travel, and why.

A label is a level, ``public < confidential < restricted``, and the categories that say why a
value is sensitive. Every field of the model carries a default label (`casebook.domain.model`);
a record or field may later raise its own, and a case may set a floor. Nothing enforces labels
yet: they describe what export, reports and the leak scan will withhold.

    Sensitivity(Level.RESTRICTED, {Category.IDENTITY})   "restricted: identity"
    a.join(b)                                            highest level, union of categories
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from functools import total_ordering
from types import MappingProxyType

__all__ = [
    "CONFIDENTIAL",
    "PUBLIC",
    "ROLE_SENSITIVITY",
    "Category",
    "Level",
    "Sensitivity",
    "confidential",
    "restricted",
    "role_floor",
]


@total_ordering
class Level(Enum):
    """How widely a value may be shared; members are in rising order."""

    PUBLIC = "public"
    CONFIDENTIAL = "confidential"
    RESTRICTED = "restricted"

    @property
    def rank(self) -> int:
        """0 for public, 1 for confidential, 2 for restricted."""
        return _RANKS[self]

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Level):
            return NotImplemented
        return self.rank < other.rank


_RANKS = {level: i for i, level in enumerate(Level)}


class Category(Enum):
    """Why a value is sensitive."""

    IDENTITY = "identity"  # who someone is: names, aliases
    CONTACT_LOCATION = "contact_location"  # where someone can be found
    HEALTH = "health"
    SOGI = "sogi"  # sexual orientation or gender identity: criminalised here
    SOURCE = "source"  # who told us
    MINOR = "minor"


@dataclass(frozen=True)
class Sensitivity:
    """A label: a level and the categories that explain it."""

    level: Level
    categories: frozenset[Category] = frozenset()

    def join(self, other: Sensitivity) -> Sensitivity:
        """The label that satisfies both: the higher level and every category (PROTECTION §2)."""
        return Sensitivity(max(self.level, other.level), self.categories | other.categories)

    @property
    def text(self) -> str:
        """One line for people and the CLI: ``restricted: identity, source``."""
        if not self.categories:
            return self.level.value
        return f"{self.level.value}: {', '.join(sorted(c.value for c in self.categories))}"


def restricted(*categories: Category) -> Sensitivity:
    """A restricted label with these categories."""
    return Sensitivity(Level.RESTRICTED, frozenset(categories))


def confidential(*categories: Category) -> Sensitivity:
    """A confidential label with these categories."""
    return Sensitivity(Level.CONFIDENTIAL, frozenset(categories))


PUBLIC = Sensitivity(Level.PUBLIC)
CONFIDENTIAL = Sensitivity(Level.CONFIDENTIAL)

# A person's role can raise the label of the whole person record: naming a source endangers
# them and dries up the next one, so a source is restricted whatever their fields say.
ROLE_SENSITIVITY: Mapping[str, Sensitivity] = MappingProxyType(
    {"source": restricted(Category.SOURCE)}
)


def role_floor(role: str | None) -> Sensitivity:
    """The least label of a whole person record in this role (public when the role adds none)."""
    return ROLE_SENSITIVITY.get(role or "", PUBLIC)
