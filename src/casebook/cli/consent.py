"""The consent ledger (PROTECTION §3): consent add/list/withdraw/check/override.

    casebook consent add PERSON --scope S… --status granted|refused|withdrawn
                         [--audience any|peer:KEY|org:NAME …] [--method M] [--given DATE]
                         [--expires DATE] [--evidence ATTACHMENT] [--conditions TEXT]
                         [--language L] [--interpreter NAME] [--interview ID]
    casebook consent list [PERSON] [--case CASE]
    casebook consent withdraw PERSON --scope S… [--method M]
    casebook consent check PERSON --to PEER… --purpose P        exit 0: allowed, 7: not
    casebook consent override PERSON --purpose P --to PEER… --reason CODE [--expires DATE]

A peer is named by your name for them or a key id prefix (`peer:Boris` or `peer:3fa2…` in an
audience). A withdrawal prints every colleague and bundle that already carried the person's
identity, offers the erase command, and says that it cannot recall a court filing.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence
from typing import Any

from casebook.cli.common import EXIT, Command, Context, SubParsers, group, record_id, text_arg
from casebook.domain import consent as rules
from casebook.domain.consent import Decision, Standing
from casebook.service import CaseService
from casebook.service.consent import COURT_NOTE, Withdrawal
from casebook.service.filed import FiledReport

__all__ = ["register"]

_PURPOSES = tuple(rules.PURPOSE_SCOPES)


def _peer_key(svc: CaseService, text: str) -> bytes:
    """A colleague's identity key from their name or a key id prefix."""
    return svc.peers.find(text).identity


def _audience(svc: CaseService, entries: Sequence[str] | None) -> list[str]:
    """Audience entries with colleagues named by name or key id resolved to their keys."""
    out = []
    for entry in entries or [rules.ANY]:
        kind, _, rest = entry.partition(":")
        if kind.strip().lower() == "peer":
            out.append(f"peer:{_peer_key(svc, rest).hex()}")
        else:
            out.append(rules.audience_entry(entry))
    return out


def _names(svc: CaseService) -> dict[str, str]:
    """Colleagues' names by identity hex, for audiences and holders."""
    return {p.identity.hex(): p.name for p in svc.peers.list()}


def _audience_text(audience: Sequence[str], names: dict[str, str]) -> str:
    shown = []
    for entry in audience:
        kind, _, rest = entry.partition(":")
        if kind == "peer":
            shown.append(names.get(rest, rest[:16]))
        elif kind == "org":
            shown.append(f"organisation {rest}")
        else:
            shown.append("anyone")
    return ", ".join(shown) or "nobody"


def _scopes(codes: Sequence[str]) -> str:
    return ", ".join(
        sorted(codes, key=lambda c: rules.SCOPES.index(c) if c in rules.SCOPES else 99)
    )


def _decision_line(d: Decision, names: dict[str, str], person: str = "") -> str:
    who = f"{person}  " if person else ""
    until = f", until {d.expires}" if d.expires else ""
    how = f", {d.method}" if d.method else ""
    state = d.status or "?"
    if not d.whole:
        state += " (not whole here)"
    return (
        f"{d.id.hex()[:8]}  {d.given or '?':<10}  {who}{state}: {_scopes(sorted(d.scopes))}"
        f" → {_audience_text(d.audience, names)}{until}{how}"
    )


def _standing_lines(standing: list[Standing], names: dict[str, str]) -> list[str]:
    lines = []
    for s in standing:
        if s.state == "none":
            continue
        to = f" → {_audience_text(s.audience, names)}" if s.state == "granted" else ""
        mark = "  (conflict: record a decision to end it)" if s.state == "conflict" else ""
        lines.append(f"  {s.scope:<19} {s.state}{to}{mark}")
    return lines or ["  no consent recorded: nothing about this person may be shared"]


def cmd_consent_add(ctx: Context) -> int:
    """Record one decision of a person."""
    a = ctx.args
    with ctx.service() as svc:
        person = record_id(svc, a.person)
        decision = svc.consent.record(
            person,
            a.scope,
            a.status,
            audience=_audience(svc, a.audience),
            given=a.given,
            expires=a.expires,
            method=a.method,
            evidence=record_id(svc, a.evidence) if a.evidence else None,
            conditions=text_arg(a.conditions) if a.conditions else None,
            language=a.language,
            interpreter=a.interpreter,
            interview=record_id(svc, a.interview) if a.interview else None,
        )
        found = next(d for d in svc.consent.decisions(person) if d.id == decision)
        names = _names(svc)
    if ctx.out.json:
        ctx.out.data(found.to_json())
    else:
        ctx.out.line(_decision_line(found, names))
        if found.replaces:
            ctx.out.line(f"It replaces {len(found.replaces)} earlier decision(s) for these scopes.")
    return 0


def cmd_consent_list(ctx: Context) -> int:
    """A person's decisions and where each scope stands (or every decision of a case)."""
    a = ctx.args
    with ctx.service() as svc:
        names = _names(svc)
        if a.person:
            person = record_id(svc, a.person)
            decisions = svc.consent.decisions(person)
            standing = svc.consent.standing(person)
            overrides = svc.consent.overrides(person)
            labels: dict[bytes, str] = {}
        else:
            case = record_id(svc, a.case) if a.case else None
            decisions = svc.consent.decisions(case_id=case) if case else svc.consent.everything()
            standing, overrides = [], []
            labels = {d.subject: _label(svc, d.subject) for d in decisions if d.subject}
    if ctx.out.json:
        doc: dict[str, Any] = {"decisions": [d.to_json() for d in decisions]}
        if a.person:
            doc["standing"] = {
                s.scope: {
                    "state": s.state,
                    "audience": list(s.audience),
                    "decisions": [d.id.hex() for d in s.decisions],
                }
                for s in standing
            }
            doc["overrides"] = [o.to_json() for o in overrides]
        ctx.out.data(doc)
        return 0
    if a.person:
        ctx.out.line("Now:")
        for line in _standing_lines(standing, names):
            ctx.out.line(line)
        ctx.out.line("Decisions, newest first:" if decisions else "No decisions recorded.")
    elif not decisions:
        ctx.out.line("No consent decisions recorded.")
    for d in decisions:
        person_label = labels.get(d.subject, "") if d.subject else "?"
        ctx.out.line("  " + _decision_line(d, names, person_label))
    for o in overrides:
        ctx.out.line(
            f"  override {o.id.hex()[:8]}  {o.reason}: {o.purpose} → "
            f"{_audience_text(o.audience, names)}, until {o.expires}"
        )
    return 0


def _label(svc: CaseService, person: bytes) -> str:
    try:
        return str(svc.reading.get(person).get("name") or person.hex()[:8])
    except Exception:  # noqa: BLE001 - a person not held here is shown by its id
        return person.hex()[:8]


def report_lines(reports: Sequence[FiledReport]) -> list[str]:
    """The owner's reports that carried the values: they cannot be recalled."""
    if not reports:
        return []
    lines = ["Reports you wrote that carried it (a filed report cannot be recalled):"]
    for r in reports:
        when = _dt.datetime.fromtimestamp(r.written_ms / 1000).strftime("%Y-%m-%d")
        to = [
            n or f"{k.hex()[:16]} (no longer a peer)"
            for k, n in zip(r.recipients, r.names, strict=True)
        ]
        also = f", also to {', '.join(to)}" if to else ""
        lines.append(f"  report {r.short_id}: {r.purpose} (written on {when}{also})")
    return lines


def _holder_lines(w: Withdrawal) -> list[str]:
    if not w.holders:
        lines = ["No colleague received this person's identity in your bundles."]
    else:
        lines = ["Already sent to (their copies remain until their casebook honours an erasure):"]
        for h in w.holders:
            name = h.name or f"{h.identity.hex()[:16]} (no longer a peer)"
            numbers = ", ".join(str(n) for n in h.bundles)
            when = _dt.datetime.fromtimestamp(h.last_sent_ms / 1000).strftime("%Y-%m-%d")
            lines.append(f"  {name}: bundle(s) {numbers} (last on {when})")
    lines += report_lines(w.reports)
    if w.fields:
        lines.append("To erase the identity here and ask every colleague to:")
        for f in w.fields:
            lines.append(
                f"  casebook erase {w.person.hex()} --field {f} --reason consent_withdrawn"
            )
    lines.append(COURT_NOTE)
    return lines


def cmd_consent_withdraw(ctx: Context) -> int:
    """Record a withdrawal; print who already holds the identity and the erase command."""
    a = ctx.args
    with ctx.service() as svc:
        w = svc.consent.withdraw(record_id(svc, a.person), a.scope, method=a.method)
    if ctx.out.json:
        ctx.out.data(w.to_json())
        return 0
    ctx.out.line(f"Withdrawn: {_scopes(w.scopes)} (decision {w.decision.hex()[:8]}).")
    for line in _holder_lines(w):
        ctx.out.line(line)
    return 0


def cmd_consent_check(ctx: Context) -> int:
    """Ask the gate; the exit code says it: 0 allowed, 7 not allowed."""
    a = ctx.args
    with ctx.service() as svc:
        person = record_id(svc, a.person)
        recipients = [_peer_key(svc, p) for p in a.to]
        g = svc.consent.identity_allowed(person, recipients, a.purpose)
        names = _names(svc)
    if ctx.out.json:
        ctx.out.data(g.to_json())
    else:
        missing = [names.get(m, m[:16]) for m in g.detail.get("missing", [])]
        verdict = "allowed" if g.allowed else "not allowed"
        extra = f" (no consent covers: {', '.join(missing)})" if missing else ""
        if g.detail.get("conflict"):
            extra += " (a grant and a withdrawal conflict: it counts as withdrawn)"
        ctx.out.line(f"{verdict}: {g.reason_code}{extra}")
    return EXIT["ok"] if g.allowed else EXIT["denied"]


def cmd_consent_override(ctx: Context) -> int:
    """Record an override: identity may go without consent, for a reason (a code)."""
    a = ctx.args
    with ctx.service() as svc:
        person = record_id(svc, a.person)
        audience = [f"peer:{_peer_key(svc, p).hex()}" for p in a.to] if a.to else [rules.ANY]
        oid = svc.consent.override(person, a.purpose, audience, a.reason, expires=a.expires)
        found = next(o for o in svc.consent.overrides(person) if o.id == oid)
    if ctx.out.json:
        ctx.out.data(found.to_json())
    else:
        ctx.out.line(
            f"Override {oid.hex()[:8]} recorded ({found.reason}), valid until {found.expires}."
        )
    return 0


def register(sub: SubParsers, command: Command) -> None:
    """Add the consent group."""
    consent = group(sub, "consent", "the consent ledger")
    scopes = ", ".join(rules.SCOPES)
    sp = command("add", cmd_consent_add, "record a person's consent decision", consent)
    sp.add_argument("person", help="person id (a unique prefix of 8+ characters works)")
    sp.add_argument("--scope", nargs="+", required=True, metavar="S", help=f"of: {scopes}")
    sp.add_argument("--status", required=True, choices=rules.STATUSES)
    sp.add_argument(
        "--audience",
        action="append",
        metavar="WHO",
        help="any (default), peer:NAME-OR-KEY or org:NAME; repeat for several",
    )
    sp.add_argument("--method", choices=rules.METHODS)
    sp.add_argument("--given", metavar="DATE", help="when it was given (default: today)")
    sp.add_argument("--expires", metavar="DATE", help="it holds through this day")
    sp.add_argument("--evidence", metavar="ATTACHMENT", help="attachment id: a form, a recording")
    sp.add_argument(
        "--conditions", metavar="TEXT", help="the person's conditions; " + "'-' reads stdin"
    )
    sp.add_argument("--language", metavar="L")
    sp.add_argument("--interpreter", metavar="NAME")
    sp.add_argument("--interview", metavar="ID", help="the interview it was given at")

    sp = command("list", cmd_consent_list, "a person's decisions and where they stand", consent)
    sp.add_argument("person", nargs="?", help="person id (default: every decision)")
    sp.add_argument("--case", metavar="CASE", help="only this case's decisions")

    sp = command(
        "withdraw",
        cmd_consent_withdraw,
        "record a withdrawal; shows who holds the identity",
        consent,
    )
    sp.add_argument("person", help="person id")
    sp.add_argument("--scope", nargs="+", required=True, metavar="S", help=f"of: {scopes}")
    sp.add_argument("--method", choices=rules.METHODS)

    sp = command(
        "check", cmd_consent_check, "may the identity go? exit 0 if allowed, 7 if not", consent
    )
    sp.add_argument("person", help="person id")
    sp.add_argument(
        "--to", nargs="*", default=[], metavar="PEER", help="colleagues (name or key id)"
    )
    sp.add_argument("--purpose", required=True, choices=_PURPOSES)

    sp = command(
        "override", cmd_consent_override, "share identity without consent, with a reason", consent
    )
    sp.add_argument("person", help="person id")
    sp.add_argument("--purpose", required=True, choices=_PURPOSES)
    sp.add_argument("--to", nargs="*", default=[], metavar="PEER", help="colleagues (default: any)")
    sp.add_argument("--reason", required=True, choices=rules.OVERRIDE_REASONS)
    sp.add_argument("--expires", metavar="DATE", help="valid through this day (default: today)")
