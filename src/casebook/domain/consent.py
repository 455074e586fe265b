"""The consent ledger's rules (PROTECTION §3): which decisions stand, and the gate.

    consent    subject → person, scope [codes], audience [any | peer:<hex64> | org:<name>],
               status granted|refused|withdrawn, given, expires, method, evidence → attachment,
               conditions, language, interpreter, interview → interview, replaces [consent ids]
    override   subject → person, purpose, audience, reason (a code), expires

A decision is never edited. A change of mind is a new record whose `replaces` lists every
decision for the same scopes that was live where it was written (the service fills it in). Per
scope, a decision is *superseded* when another decision covering that scope replaces it, and
the *live* decisions are the rest:

    live(p, s) = { c : c.subject = p, s ∈ c.scope, not c.deleted,
                   ∄ c' with s ∈ c'.scope and c.id ∈ c'.replaces }

This is the fold's rule (`casebook.domain.fold`) lifted from registers to decisions, for the
same reason: it looks only at which records are present, never at clocks, so every replica
reads the same after an exchange, in any order. A grant and a withdrawal (or refusal) that were
written without seeing each other are both live: a *conflict*, which the gate reads as
withdrawn and the conflicts view shows until someone records a decision that replaces both.
Clocks order the display only (DESIGN §4): a grant stamped far in the future cannot outrank a
withdrawal, and a withdrawal needs no luck with clocks to win.

The gate that reads these decisions, `decide`, is in `casebook.domain.consent_gate`.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from casebook.base.errors import InputRejected
from casebook.domain.model import FuzzyDate
from casebook.domain.records import Record

__all__ = [
    "ANY",
    "GATE_FIELDS",
    "LEGACY_SCOPES",
    "METHODS",
    "OVERRIDE_REASONS",
    "PURPOSE_SCOPES",
    "REASONS",
    "SCOPES",
    "STATUSES",
    "ConsentConflict",
    "Decision",
    "GateDecision",
    "Override",
    "Standing",
    "audience_entry",
    "conflicts",
    "covers",
    "expired",
    "live",
    "replaced_by_new",
    "standing",
]

SCOPES = (
    "record",
    "store",
    "share_peers",
    "share_org",
    "court_domestic",
    "international",
    "asylum",
    "publish_anonymised",
    "publish_named",
    "contact_again",
    "media_recording",
)
STATUSES = ("granted", "refused", "withdrawn")
METHODS = ("oral", "written", "recorded", "representative")
OVERRIDE_REASONS = ("court_order", "at_risk_unreachable", "legal_duty", "already_public")
ANY = "any"

# What each purpose of a disclosure needs. A bundle to colleagues needs consent to share with
# colleagues (or with their organisation); a report needs the scope of its forum. Anonymised
# publication carries no identity at all, so no consent lets a name through for it.
PURPOSE_SCOPES: Mapping[str, tuple[str, ...]] = {
    "bundle": ("share_peers", "share_org"),
    "share_peers": ("share_peers",),
    "share_org": ("share_org",),
    "court_domestic": ("court_domestic",),
    "international": ("international",),
    "asylum": ("asylum",),
    "publish_named": ("publish_named",),
    "publish_anonymised": (),
}

# Why the gate said what it said: allowed by a consent or an override, or not, and why not.
REASONS = (
    "consent",
    "override",
    "no_consent",
    "refused",
    "withdrawn",
    "incomplete",
    "expired",
    "audience",
    "anonymised_only",
    "unknown_purpose",
)

# Codes of `interview.consent` from before the ledger, and the scope each now means (None: it
# was a status, not a scope). The gate never reads them; the interview view shows them.
LEGACY_SCOPES: Mapping[str, str | None] = {"court": "court_domestic", "withdrawn": None}

# The fields of a decision the gate reads: one erased, withheld or conflicting here makes the
# decision incomplete, which never grants.
GATE_FIELDS = ("subject", "scope", "audience", "status", "expires", "replaces")
_OVERRIDE_FIELDS = ("subject", "purpose", "audience", "reason", "expires")


def _ref(value: Any) -> bytes | None:
    try:
        return bytes.fromhex(value) if isinstance(value, str) and len(value) == 32 else None
    except ValueError:
        return None


def _broken(rec: Record, names: Sequence[str]) -> bool:
    """A gate field is in conflict, or its value is not shown here (erased, withheld)."""
    return any(n in rec.conflicts or n in rec.masked for n in names)


@dataclass(frozen=True)
class Decision:
    """One consent record as the ledger reads it."""

    id: bytes
    case_id: bytes | None
    subject: bytes | None  # None: not known here (erased or withheld)
    scopes: frozenset[str]
    status: str | None
    audience: tuple[str, ...]
    expires: str | None
    replaces: frozenset[bytes]
    author: bytes | None
    created_ms: int
    deleted: bool = False
    whole: bool = True  # every field the gate reads is known here, and none is in conflict
    given: str | None = None
    method: str | None = None
    evidence: bytes | None = None
    conditions: str | None = None
    language: str | None = None
    interpreter: str | None = None
    interview: bytes | None = None

    @classmethod
    def from_record(cls, rec: Record) -> Decision:
        """A `consent` record read for the ledger. A scope list not known here covers every
        scope (so the decision blocks them all rather than none)."""
        scope = rec.get("scope")
        known = isinstance(scope, list) and "scope" not in rec.masked
        replaces = rec.get("replaces") or []
        return cls(
            id=rec.id,
            case_id=rec.case_id,
            subject=_ref(rec.get("subject")),
            scopes=frozenset(scope) if known else frozenset(SCOPES),
            status=rec.get("status"),
            audience=tuple(rec.get("audience") or ()),
            expires=rec.get("expires"),
            replaces=frozenset(r for r in (_ref(x) for x in replaces) if r is not None),
            author=rec.created_by,
            created_ms=rec.created_ms,
            deleted=rec.deleted,
            whole=known and not _broken(rec, GATE_FIELDS),
            given=rec.get("given"),
            method=rec.get("method"),
            evidence=_ref(rec.get("evidence")),
            conditions=rec.get("conditions"),
            language=rec.get("language"),
            interpreter=rec.get("interpreter"),
            interview=_ref(rec.get("interview")),
        )

    @property
    def grants(self) -> bool:
        """A whole grant (expiry aside)."""
        return self.whole and self.status == "granted"

    def to_json(self) -> dict[str, Any]:
        """For `--json`."""

        def hx(b: bytes | None) -> str | None:
            return b.hex() if b is not None else None

        return {
            "id": self.id.hex(),
            "case_id": hx(self.case_id),
            "subject": hx(self.subject),
            "scope": sorted(self.scopes),
            "status": self.status,
            "audience": list(self.audience),
            "given": self.given,
            "expires": self.expires,
            "method": self.method,
            "evidence": hx(self.evidence),
            "conditions": self.conditions,
            "language": self.language,
            "interpreter": self.interpreter,
            "interview": hx(self.interview),
            "replaces": sorted(r.hex() for r in self.replaces),
            "author": hx(self.author),
            "created": self.created_ms,
            "deleted": self.deleted,
            "whole": self.whole,
        }


@dataclass(frozen=True)
class Override:
    """A recorded override: identity shared without consent, for a purpose, with a reason."""

    id: bytes
    case_id: bytes | None
    subject: bytes | None
    purpose: str | None
    audience: tuple[str, ...]
    reason: str | None
    expires: str | None
    author: bytes | None
    created_ms: int
    deleted: bool = False
    whole: bool = True

    @classmethod
    def from_record(cls, rec: Record) -> Override:
        """A `consent_override` record read for the gate."""
        return cls(
            id=rec.id,
            case_id=rec.case_id,
            subject=_ref(rec.get("subject")),
            purpose=rec.get("purpose"),
            audience=tuple(rec.get("audience") or ()),
            reason=rec.get("reason"),
            expires=rec.get("expires"),
            author=rec.created_by,
            created_ms=rec.created_ms,
            deleted=rec.deleted,
            whole=not _broken(rec, _OVERRIDE_FIELDS),
        )

    def to_json(self) -> dict[str, Any]:
        """For `--json`."""
        return {
            "id": self.id.hex(),
            "case_id": self.case_id.hex() if self.case_id else None,
            "subject": self.subject.hex() if self.subject else None,
            "purpose": self.purpose,
            "audience": list(self.audience),
            "reason": self.reason,
            "expires": self.expires,
            "author": self.author.hex() if self.author else None,
            "created": self.created_ms,
            "deleted": self.deleted,
        }


@dataclass(frozen=True)
class GateDecision:
    """What the gate says: may the identity go, the reason code, and the facts behind it.

    `detail` is plain JSON: purpose, scopes, the live decisions read ("records"), the
    recipients no consent covers ("missing", hex), "conflict", "override" and its "reason".
    """

    allowed: bool
    reason_code: str
    detail: Mapping[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """For `--json`."""
        return {"allowed": self.allowed, "reason": self.reason_code, "detail": dict(self.detail)}


@dataclass(frozen=True)
class Standing:
    """Where one scope stands for a person: its live decisions, and what they add up to."""

    scope: str
    state: str  # granted, refused, withdrawn, conflict, expired, incomplete, none
    decisions: tuple[Decision, ...]
    audience: tuple[str, ...]  # of the live unexpired grants


@dataclass(frozen=True)
class ConsentConflict:
    """A scope whose live decisions disagree: a grant and a refusal or withdrawal."""

    subject: bytes
    case_id: bytes | None
    scope: str
    decisions: tuple[Decision, ...]


# -- audiences and dates ---------------------------------------------------------------------


def audience_entry(text: str) -> str:
    """One audience entry, checked and normalised: "any", "peer:<64 hex>" or "org:<name>"."""
    t = text.strip()
    if t.casefold() == ANY:
        return ANY
    kind, _, rest = t.partition(":")
    kind = kind.strip().lower()
    rest = rest.strip()
    if kind == "peer" and len(rest) == 64 and all(c in "0123456789abcdef" for c in rest.lower()):
        return f"peer:{rest.lower()}"
    if kind == "org" and rest and len(rest) <= 190 and "\n" not in rest:
        return f"org:{rest}"
    raise InputRejected("an audience is any, peer:KEY or org:NAME")


def covers(
    audience: Iterable[str], recipient: bytes, orgs: Mapping[bytes, Collection[str]]
) -> bool:
    """True when an audience includes `recipient` (an identity key). `orgs` holds, per
    colleague, the organisations this vault knows them to belong to (names, casefolded)."""
    member_of = {o.casefold() for o in orgs.get(recipient, ())}
    for entry in audience:
        kind, _, rest = entry.partition(":")
        if entry == ANY:
            return True
        if kind == "peer" and rest == recipient.hex():
            return True
        if kind == "org" and rest.casefold() in member_of:
            return True
    return False


def _first_day(text: str) -> _dt.date:
    """The earliest day a fuzzy date can mean."""
    part = FuzzyDate.parse(text).sort_key
    pieces = [int(p) for p in part.split("-")]
    year, month, day = (pieces + [1, 1])[:3]
    return _dt.date(year, month, day)


def expired(expires: str | None, today: _dt.date) -> bool:
    """True once `expires` has passed (a consent holds through its expiry day). An expiry
    that cannot be read has passed: the gate fails closed."""
    if expires is None:
        return False
    try:
        return today > _first_day(expires)
    except (InputRejected, ValueError):
        return True


# -- the ledger ------------------------------------------------------------------------------


def _about(d: Decision, subject: bytes) -> bool:
    """Does `d` speak of `subject`? One whose subject is not known here might: it counts for
    every person of its case, and since it is incomplete, it can only block."""
    return d.subject == subject or d.subject is None


def live(decisions: Iterable[Decision], subject: bytes, scope: str) -> list[Decision]:
    """The live decisions of `subject` for `scope`, newest first (by creation, for display)."""
    ds = list(decisions)
    replaced = {r for d in ds if scope in d.scopes for r in d.replaces}
    out = [
        d
        for d in ds
        if _about(d, subject) and scope in d.scopes and not d.deleted and d.id not in replaced
    ]
    return sorted(out, key=lambda d: (d.created_ms, d.id), reverse=True)


def replaced_by_new(
    decisions: Iterable[Decision], subject: bytes, scopes: Iterable[str]
) -> list[bytes]:
    """The ids a new decision of `subject` for `scopes` replaces: every one live for them."""
    ds = list(decisions)
    ids = {d.id for s in scopes for d in live(ds, subject, s)}
    return sorted(ids)


def _state(ds: Sequence[Decision], today: _dt.date) -> str:
    """What one scope's live decisions add up to (the gate's reasons, as a state)."""
    if not ds:
        return "none"
    statuses = {d.status for d in ds}
    if "granted" in statuses and statuses & {"refused", "withdrawn"}:
        return "conflict"
    if "withdrawn" in statuses:
        return "withdrawn"
    if "refused" in statuses:
        return "refused"
    if not all(d.grants for d in ds):
        return "incomplete"
    if all(expired(d.expires, today) for d in ds):
        return "expired"
    return "granted"


def standing(decisions: Iterable[Decision], subject: bytes, today: _dt.date) -> list[Standing]:
    """Every scope of `subject`, in vocabulary order: its state and live decisions."""
    ds = list(decisions)
    out = []
    for scope in SCOPES:
        lv = live(ds, subject, scope)
        grants = [d for d in lv if d.grants and not expired(d.expires, today)]
        audience = tuple(dict.fromkeys(a for d in grants for a in d.audience))
        out.append(Standing(scope, _state(lv, today), tuple(lv), audience))
    return out


def conflicts(decisions: Iterable[Decision]) -> list[ConsentConflict]:
    """Every (person, scope) whose live decisions disagree: a grant beside a refusal or a
    withdrawal that did not see it."""
    ds = list(decisions)
    subjects = sorted({d.subject for d in ds if d.subject is not None})
    out = []
    for subject in subjects:
        for scope in SCOPES:
            lv = live(ds, subject, scope)
            statuses = {d.status for d in lv}
            if "granted" in statuses and statuses & {"refused", "withdrawn"}:
                case_id = next((d.case_id for d in lv if d.case_id), None)
                out.append(ConsentConflict(subject, case_id, scope, tuple(lv)))
    return out
