"""Sensitivity labels (PROTECTION §2): how far a value may travel, and why.

A label is a level, ``public < confidential < restricted``, and the categories that say why a
value is sensitive. Every field of the model carries a default label (`casebook.domain.model`);
a record or field may raise its own, and a case may set a floor (`casebook.domain.audience`
says what that makes of a record). A *clearance* is the other side: how far a colleague may
see, kept locally per colleague and never sent.

    Sensitivity(Level.RESTRICTED, {Category.IDENTITY})   "restricted: identity"
    a.join(b)                                            highest level, union of categories
    Clearance(Level.CONFIDENTIAL, {HEALTH, ...})         the level and the categories allowed
    clearance.permits(label)                             label.level ≤ level, categories allowed
    meet(clearances)                                     what every one of them may see

On the wire (an op's value, `--json`) a label is ``{"categories": [sorted codes], "level": L}``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import Enum
from functools import reduce
from types import MappingProxyType
from typing import Any

from casebook.base.errors import InputRejected

__all__ = [
    "CONFIDENTIAL",
    "DEFAULT_CLEARANCE",
    "FULL_CLEARANCE",
    "PUBLIC",
    "RESTRICTED",
    "ROLE_SENSITIVITY",
    "Category",
    "Clearance",
    "Level",
    "Sensitivity",
    "confidential",
    "join_all",
    "meet",
    "restricted",
    "role_floor",
]


class Level(Enum):
    """How widely a value may be shared; members are in rising order."""

    PUBLIC = "public"
    CONFIDENTIAL = "confidential"
    RESTRICTED = "restricted"

    @property
    def rank(self) -> int:
        """0 for public, 1 for confidential, 2 for restricted."""
        return _RANKS[self._value_]

    # Compared on every value an export plans: by the code's rank, without Enum's hashing.
    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Level):
            return NotImplemented
        return _RANKS[self._value_] < _RANKS[other._value_]

    def __le__(self, other: object) -> bool:
        if not isinstance(other, Level):
            return NotImplemented
        return _RANKS[self._value_] <= _RANKS[other._value_]

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, Level):
            return NotImplemented
        return _RANKS[self._value_] > _RANKS[other._value_]

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, Level):
            return NotImplemented
        return _RANKS[self._value_] >= _RANKS[other._value_]


_RANKS = {level.value: i for i, level in enumerate(Level)}


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
        if other.level <= self.level and other.categories <= self.categories:
            return self  # already both (the common case when a plan joins defaults)
        return Sensitivity(max(self.level, other.level), self.categories | other.categories)

    def covers(self, other: Sensitivity) -> bool:
        """True when this label is at least `other`: `self.join(other) == self`."""
        return other.level <= self.level and other.categories <= self.categories

    def to_json(self) -> dict[str, Any]:
        """The wire form: ``{"categories": [sorted codes], "level": code}``."""
        return {"categories": sorted(c.value for c in self.categories), "level": self.level.value}

    @classmethod
    def from_json(cls, doc: Any) -> Sensitivity:
        """Parse the wire form strictly (`InputRejected`): known codes, categories sorted and
        unique, so that one label has one encoding."""
        if not isinstance(doc, dict) or set(doc) != {"categories", "level"}:
            raise InputRejected("a label is {level, categories}")
        cats = doc["categories"]
        if not isinstance(cats, list) or not all(isinstance(c, str) for c in cats):
            raise InputRejected("a label's categories are a list of codes")
        if cats != sorted(set(cats)):
            raise InputRejected("a label's categories must be sorted and unique")
        return cls(parse_level(doc["level"]), frozenset(parse_category(c) for c in cats))

    @classmethod
    def parse(cls, level: str, categories: Iterable[str] = ()) -> Sensitivity:
        """From a level code and category codes as a person types them (`InputRejected`)."""
        return cls(parse_level(level), frozenset(parse_category(c) for c in categories))

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
RESTRICTED = Sensitivity(Level.RESTRICTED)


def parse_level(code: Any) -> Level:
    """A level from its code (`InputRejected` for anything else)."""
    for level in Level:
        if level.value == code:
            return level
    raise InputRejected(f"unknown level {code!r}: public, confidential or restricted")


def parse_category(code: Any) -> Category:
    """A category from its code (`InputRejected` for anything else)."""
    for category in Category:
        if category.value == code:
            return category
    known = ", ".join(c.value for c in Category)
    raise InputRejected(f"unknown category {code!r}: {known}")


def join_all(labels: Iterable[Sensitivity]) -> Sensitivity:
    """The join of any number of labels (public for none)."""
    return reduce(Sensitivity.join, labels, PUBLIC)


@dataclass(frozen=True)
class Clearance:
    """How far one colleague may see: a level, and the categories they may see at all.

    A value is visible when its level is at most `level` and every category it carries is in
    `allowed`. Kept per colleague in the vault, never replicated: it is a judgement about a
    person (PROTECTION §2).
    """

    level: Level
    allowed: frozenset[Category] = frozenset()

    def permits(self, label: Sensitivity) -> bool:
        """True when a value with `label` may go to someone with this clearance."""
        return label.level <= self.level and label.categories <= self.allowed

    def why_not(self, label: Sensitivity) -> tuple[str, ...]:
        """What of `label` this clearance lacks: "level", then the category codes (sorted)."""
        out = ["level"] if label.level > self.level else []
        out += sorted(c.value for c in label.categories - self.allowed)
        return tuple(out)

    def meet(self, other: Clearance) -> Clearance:
        """What both may see: the lower level and the common categories."""
        return Clearance(min(self.level, other.level), self.allowed & other.allowed)

    @property
    def text(self) -> str:
        """One line for people and the CLI: ``confidential; allowed: health, minor``."""
        cats = ", ".join(sorted(c.value for c in self.allowed)) or "none"
        return f"{self.level.value}; allowed: {cats}"

    def to_json(self) -> dict[str, Any]:
        """For `--json` and the store: ``{"allowed": [sorted codes], "level": code}``."""
        return {"allowed": sorted(c.value for c in self.allowed), "level": self.level.value}

    @classmethod
    def from_json(cls, doc: Any) -> Clearance:
        """Parse `to_json`'s form (`InputRejected`)."""
        if not isinstance(doc, dict) or set(doc) != {"allowed", "level"}:
            raise InputRejected("a clearance is {level, allowed}")
        if not isinstance(doc["allowed"], list):
            raise InputRejected("a clearance's categories are a list")
        return cls(parse_level(doc["level"]), frozenset(map(parse_category, doc["allowed"])))


# A new colleague sees confidential values, but no one's identity, sexual orientation or gender
# identity, or sources, until the owner decides otherwise (PROTECTION §2).
DEFAULT_CLEARANCE = Clearance(
    Level.CONFIDENTIAL,
    frozenset(Category) - {Category.IDENTITY, Category.SOGI, Category.SOURCE},
)
# The owner's own clearance (a bundle sealed to yourself is a backup of everything).
FULL_CLEARANCE = Clearance(Level.RESTRICTED, frozenset(Category))


def meet(clearances: Iterable[Clearance]) -> Clearance:
    """What every one of `clearances` may see (the full clearance for none)."""
    return reduce(Clearance.meet, clearances, FULL_CLEARANCE)


# A person's role can raise the label of the whole person record: naming a source endangers
# them and dries up the next one, so a source is restricted whatever their fields say.
ROLE_SENSITIVITY: Mapping[str, Sensitivity] = MappingProxyType(
    {"source": restricted(Category.SOURCE)}
)


def role_floor(role: str | None) -> Sensitivity:
    """The least label of a whole person record in this role (public when the role adds none)."""
    return ROLE_SENSITIVITY.get(role or "", PUBLIC)
