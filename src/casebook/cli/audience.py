"""`casebook export` by audience: clearance groups, the preview (`--dry-run`), the leak scan.

Recipients with different clearances cannot share a bundle without the wider ones losing what
they may see, so the command refuses (exit 2) and says which groups there are, unless told:

    --split      one bundle per clearance group (--out must then be a folder)
    --together   one bundle for all, holding only what every one of them may see

`--dry-run` prints, per group, what would go whole, what stays home, who goes under a
pseudonym, and why (label, consent), and the leak scan's hits; it writes nothing. A bundle whose
texts hold a withheld name is refused (exit 5, the hits listed) unless `--leak-override REASON`
(a code: not_the_person, already_public, consent_recorded, needed_for_purpose), which is
recorded in the vault with the bundle.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from casebook.base import errors
from casebook.bundle.audience import (
    DEFAULT_PURPOSE,
    LEAK_REASONS,
    Audience,
    ExportPlan,
    Group,
    group_recipients,
    plan_export,
)
from casebook.cli.common import Context, UsageError
from casebook.domain import vocab
from casebook.domain.records import PeerRow
from casebook.domain.sensitivity import meet
from casebook.service.labels import gate_of

__all__ = ["add_arguments", "groups_for", "preview", "print_plan"]


def add_arguments(sp: Any) -> None:
    """The export's audience options."""
    sp.add_argument(
        "--purpose",
        default=DEFAULT_PURPOSE,
        choices=[t.code for t in vocab.shipped()["consent_purpose"]],
        metavar="PURPOSE",
        help="why it is shared, as the consent gate reads it (default bundle; court_domestic, "
        "international, asylum, …)",
    )
    sp.add_argument("--dry-run", action="store_true", help="show what would go, write nothing")
    how = sp.add_mutually_exclusive_group()
    how.add_argument("--split", action="store_true", help="one bundle per clearance group")
    how.add_argument(
        "--together", action="store_true", help="one bundle, only what all recipients may see"
    )
    sp.add_argument(
        "--leak-override",
        choices=LEAK_REASONS,
        metavar="REASON",
        help="seal although withheld names are in its texts: " + ", ".join(LEAK_REASONS),
    )


def groups_for(ctx: Context, svc: Any, peers: Sequence[PeerRow]) -> list[Group]:
    """The bundles to seal: one per clearance group, or one for all (`--together`); refuse
    mixed clearances without --split or --together."""
    groups = group_recipients(svc.store, peers)
    if len(groups) <= 1 or ctx.args.split:
        return groups
    if ctx.args.together:
        return [Group(meet(g.clearance for g in groups), tuple(peers))]
    lines = [
        f"  {i}. {', '.join(p.name for p in g.peers)}: {g.clearance.text}"
        for i, g in enumerate(groups, 1)
    ]
    raise UsageError(
        "these recipients may see different things, so one bundle cannot serve them all:\n"
        + "\n".join(lines)
        + "\nadd --split (one bundle per group, --out a folder) or --together (one bundle "
        "with only what all of them may see)"
    )


def audience_of(ctx: Context, svc: Any) -> Audience:
    """The purpose, the vault's consent gate, and the leak override given."""
    return Audience(ctx.args.purpose, gate_of(svc), ctx.args.leak_override)


def preview(
    svc: Any, group: Group, cases: Sequence[bytes] | None, audience: Audience
) -> ExportPlan:
    """The plan one group's bundle would follow (reads only)."""
    store = svc.store
    peers = list(group.peers)
    with store.snapshot():
        selection = store.exchange.selection([p.identity for p in peers], cases)
        return plan_export(svc.session, peers, selection, cases, audience)


def print_plan(ctx: Context, plan: ExportPlan, number: int) -> None:
    """One group's preview, for people."""
    out = ctx.out
    names = ", ".join(f"{p.name} ({p.key_id})" for p in plan.recipients) or "you"
    out.line(f"Bundle {number}: for {names}")
    out.line(f"  clearance: {plan.clearance.text}; purpose: {plan.purpose}")
    whole = ", ".join(f"{n} {k}" for k, n in sorted(plan.whole.items())) or "nothing"
    out.line(f"  goes whole: {whole}")
    for x in plan.left_out:
        why = {
            "label": "its label",
            "parent": "its parent stays home",
            "reference": "it names a record that stays home",
        }.get(x.why, _why(x.why))
        out.line(f"  left out:  {x.kind} {x.id.hex()[:8]} {x.name!r} ({why})")
    for p in plan.pseudonyms.values():
        out.line(
            f"  pseudonym: person {p.person.hex()[:8]} {p.name!r} as {p.ru!r} / {p.en!r} "
            f"({_why(p.why)})"
        )
    counts: dict[tuple[str, str, str], int] = {}
    for w in plan.withheld:
        key = (w.kind, w.field, w.why)
        counts[key] = counts.get(key, 0) + 1
    for (kind, field, why), n in sorted(counts.items()):
        out.line(f"  withheld:  {kind}.{field} of {n} record(s) ({_why(why)})")
    for leak in plan.leaks:
        h = leak.hit
        out.line(
            f"  LEAK:      {h.found!r} (a form of withheld {h.name!r}) in {leak.kind} "
            f"{leak.id.hex()[:8]} {leak.field}: {h.context}"
        )


def _why(code: str) -> str:
    if code == "label":
        return "label above the clearance"
    if code.startswith("consent:"):
        return f"no consent ({code.split(':', 1)[1]})"
    return code


def run_export(
    ctx: Context, svc: Any, peers: Sequence[PeerRow], cases: list[bytes] | None, seal: Any
) -> list[Any]:
    """Plan (and unless --dry-run, seal) one bundle per group; return the results or plans."""
    groups = groups_for(ctx, svc, peers) if peers else [Group(meet(()), ())]
    audience = audience_of(ctx, svc)
    out_path = Path(ctx.args.out)
    if len(groups) > 1 and not ctx.args.dry_run and not out_path.is_dir():
        raise UsageError("--split seals several bundles: --out must be a folder")
    plans = [preview(svc, g, cases, audience) for g in groups]
    if ctx.args.dry_run:
        return plans
    for plan in plans:
        if plan.leaks and audience.leak_override is None:
            if not ctx.out.json:
                for n, p in enumerate(plans, 1):
                    if p.leaks:
                        print_plan(ctx, p, n)
            raise errors.LeaksFound(sum(len(p.leaks) for p in plans))
    return [seal(list(g.peers), audience) for g in groups]
