"""The consent gate (PROTECTION §3): may a person's identity go for `purpose` to `recipients`?

It may when

  - a live override names the person, the purpose and every recipient, or
  - for one of the purpose's scopes (`PURPOSE_SCOPES`) every live decision is a whole,
    unexpired grant, and their audiences together include every recipient.

Otherwise it may not, and the reason says why (`REASONS`). A person without decisions has
"no consent": the gate fails closed. A decision the gate cannot read whole here (a field
erased, withheld or in conflict) never grants and blocks its scope. An expiry written as a
month or a range lapses at its first possible day. Which decisions are live is the ledger's
rule (`casebook.domain.consent`).
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Collection, Iterable, Mapping, Sequence
from typing import Any

from casebook.domain.consent import (
    OVERRIDE_REASONS,
    PURPOSE_SCOPES,
    Decision,
    GateDecision,
    Override,
    covers,
    expired,
    live,
)

__all__ = ["decide"]

# Of several scopes that all say no, the reason shown is the gravest.
_GRAVITY = ("withdrawn", "refused", "incomplete", "expired", "audience", "no_consent")


def _override(
    overrides: Iterable[Override],
    subject: bytes,
    recipients: Sequence[bytes],
    purpose: str,
    today: _dt.date,
    orgs: Mapping[bytes, Collection[str]],
) -> Override | None:
    """A live override for this person, purpose and every recipient. One without an expiry
    does not count: an override is for an occasion, not for ever."""
    for o in sorted(overrides, key=lambda o: (o.created_ms, o.id), reverse=True):
        if o.deleted or not o.whole or o.subject != subject or o.purpose != purpose:
            continue
        if o.expires is None or expired(o.expires, today) or o.reason not in OVERRIDE_REASONS:
            continue
        if all(covers(o.audience, r, orgs) for r in recipients):
            return o
    return None


def _scope_verdict(
    lv: Sequence[Decision],
    recipients: Sequence[bytes],
    today: _dt.date,
    orgs: Mapping[bytes, Collection[str]],
) -> tuple[str, list[bytes], bool]:
    """(reason, recipients not covered, conflict) for one scope's live decisions."""
    if not lv:
        return "no_consent", list(recipients), False
    statuses = {d.status for d in lv}
    conflict = "granted" in statuses and bool(statuses & {"refused", "withdrawn"})
    if conflict or "withdrawn" in statuses:
        return "withdrawn", list(recipients), conflict
    if "refused" in statuses:
        return "refused", list(recipients), False
    if not all(d.grants for d in lv):
        return "incomplete", list(recipients), len(lv) > 1
    grants = [d for d in lv if not expired(d.expires, today)]
    if not grants:
        return "expired", list(recipients), False
    audience = [a for d in grants for a in d.audience]
    missing = [r for r in recipients if not covers(audience, r, orgs)]
    return ("audience" if missing else "consent"), missing, False


def decide(
    decisions: Iterable[Decision],
    overrides: Iterable[Override],
    subject: bytes,
    recipients: Sequence[bytes],
    purpose: str,
    today: _dt.date,
    orgs: Mapping[bytes, Collection[str]] | None = None,
) -> GateDecision:
    """May `subject`'s identity go to `recipients` for `purpose`? (See the module docstring.)

    `decisions` and `overrides` are the records of the person's case (others are ignored);
    `orgs` says which organisations each colleague belongs to, as this vault knows it.
    """
    orgs = orgs or {}
    ds = list(decisions)
    scopes = PURPOSE_SCOPES.get(purpose)
    base: dict[str, Any] = {"purpose": purpose, "scopes": list(scopes or ())}
    if scopes is None:
        return GateDecision(False, "unknown_purpose", base)
    found = _override(overrides, subject, recipients, purpose, today, orgs)
    if found is not None:
        detail = base | {"override": found.id.hex(), "override_reason": found.reason}
        return GateDecision(True, "override", detail)
    if not scopes:
        return GateDecision(False, "anonymised_only", base)
    verdicts = []
    for scope in scopes:
        lv = live(ds, subject, scope)
        reason, missing, conflict = _scope_verdict(lv, recipients, today, orgs)
        detail = base | {
            "scope": scope,
            "records": [d.id.hex() for d in lv],
            "missing": [r.hex() for r in missing],
            "conflict": conflict,
        }
        if reason == "consent":
            return GateDecision(True, "consent", detail)
        verdicts.append((_GRAVITY.index(reason), reason, detail))
    _rank, reason, detail = min(verdicts, key=lambda v: v[0])
    return GateDecision(False, reason, detail)
