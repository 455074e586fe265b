"""Who reads a report, and so what of each value it shows: the value, a pseudonym, or nothing.

    Audience(purpose, recipients)      echr | un | domestic | asylum | public, and the colleagues
                                       it also goes to (`--to`)
    audience.clearance(store)          what the purpose may see, met with every colleague's
                                       clearance (PROTECTION §2: a report carries only what every
                                       reader may see)
    ReportPlan                         the labels' plan (`casebook.domain.audience.plan_for`) for
                                       that clearance, with the consent gate asked per person

The purposes' clearances: a court, a treaty body or an asylum office may see up to restricted
values of every category but `source` (names go only where consent allows, below); the public
sees public values only. A record whose label the clearance does not permit is left out whole,
with what belongs to it or names it (a source, the interviews with them, their links).

A person's identity (name, aliases; an interview's interviewee) goes only where the consent
gate allows it (`service.consent.identity_allowed`, the purpose as `CONSENT_PURPOSE` names it,
every recipient covered), else a pseudonym stands in: the role and a letter, per audience, kept
like a bundle's (`casebook.domain.pseudonyms`; the audience is the purpose and the recipients).
A pseudonymised person's notes stay home too: notes about someone tend to say who they are.

Free text is scanned for every withheld name with the leak scan (`casebook.domain.leakscan`:
Russian case forms, transliterations); each hit becomes a reference to the person, rendered as
their pseudonym, or as "a person left out". Of a name with capitalised words only those are
looked for: "(вымышленный)" or "адвокат" typed beside a name would otherwise replace every use
of that word.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from casebook.base.errors import InputRejected
from casebook.domain.leakscan import LeakScanner
from casebook.domain.sensitivity import Category, Clearance, Level, meet

if TYPE_CHECKING:
    from casebook.store.store import Store

__all__ = [
    "CONSENT_PURPOSE",
    "PURPOSES",
    "PURPOSE_CLEARANCE",
    "Audience",
    "Scrubber",
    "Text",
]

PURPOSES = ("echr", "un", "domestic", "asylum", "public")
# The consent gate's purpose for each report purpose (docs/consent.md): a person's name goes
# only where a live consent of that scope (or an override) covers the report's recipients.
CONSENT_PURPOSE = {
    "echr": "international",
    "un": "international",
    "domestic": "court_domestic",
    "asylum": "asylum",
    "public": "publish_named",
}
_COURT = Clearance(Level.RESTRICTED, frozenset(Category) - {Category.SOURCE})
PURPOSE_CLEARANCE = {
    "echr": _COURT,
    "un": _COURT,
    "domestic": _COURT,
    "asylum": _COURT,
    "public": Clearance(Level.PUBLIC, frozenset()),
}
_AUDIENCE_LABEL = b"casebook/v1/report-audience\x00"

# A text as the report holds it: a string, or runs of strings and references to people
# ({"p": "P2"}: their pseudonym or name; {"w": 1}: someone left out) where a withheld name was.
Text = str | list[str | dict[str, Any]]


@dataclass(frozen=True)
class Audience:
    """The purpose of a report and the colleagues it also goes to."""

    purpose: str
    recipients: tuple[bytes, ...] = ()

    def __post_init__(self) -> None:
        if self.purpose not in PURPOSES:
            raise InputRejected(f"purpose must be one of {', '.join(PURPOSES)}")

    def clearance(self, store: Store) -> Clearance:
        """What every reader may see: the purpose's clearance, met with each colleague's."""
        return meet([PURPOSE_CLEARANCE[self.purpose], *map(store.clearances.get, self.recipients)])

    @property
    def pseudonym_keys(self) -> list[bytes]:
        """The "recipients" a pseudonym audience is keyed by: the purpose (as a key no
        colleague can have) and the colleagues, so reports and bundles never share letters."""
        purpose = hashlib.sha256(_AUDIENCE_LABEL + self.purpose.encode()).digest()
        return [purpose, *self.recipients]

    def to_json(self) -> dict[str, Any]:
        """For report.json: the purpose and the recipients' keys (never their names)."""
        return {
            "purpose": self.purpose,
            "recipients": sorted(r.hex() for r in self.recipients),
            "rules": "casebook/v1/labels",
        }


_WORD = re.compile(r"[^\W\d_]+")


def _proper(name: str) -> str:
    """The words of a name the scan looks for: its capitalised words when it has any (a
    descriptor typed beside a name, "(вымышленный)" or "адвокат", is not the name), else all."""
    words = _WORD.findall(name)
    proper = [w for w in words if w[:1].isupper()]
    return " ".join(proper or words)


class Scrubber:
    """Replaces withheld names in free text by a reference to the person (the leak scan)."""

    def __init__(
        self, names: Mapping[bytes, Iterable[str]], refs: Mapping[bytes, dict[str, Any]]
    ) -> None:
        """`names`: person id → the names and aliases withheld; `refs`: person id → the
        reference that stands in for them."""
        self._scanner = LeakScanner({k: [_proper(t) for t in v] for k, v in names.items()})
        self._refs = refs
        self.hits = 0

    def text(self, value: str) -> Text:
        """`value` as runs with every withheld name replaced, or itself when none is there."""
        if not value or not self._scanner:
            return value
        runs: list[str | dict[str, Any]] = []
        pos = 0
        for hit in self._scanner.scan(value):
            ref = self._refs.get(hit.person_id, {"w": 1})
            gap = value[pos : hit.start]
            self.hits += 1
            end = hit.start + len(hit.found)
            if runs and runs[-1] == ref and not gap.strip():
                pos = end  # "Иван Примеров": one person, not two in a row
                continue
            if gap:
                runs.append(gap)
            runs.append(dict(ref))
            pos = end
        if not runs:
            return value
        if pos < len(value):
            runs.append(value[pos:])
        return runs
