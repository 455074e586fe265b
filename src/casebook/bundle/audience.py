"""Export by audience (PROTECTION §2, §3): what one bundle's recipients may see, planned from one
snapshot of the vault before anything is sealed, and shown as a preview.

    group_recipients   recipients with the same clearance form a group; a bundle carries what
                       every one of its recipients may see, so the wizard seals one per group
    plan_export        for one group: the records left out whole, the values withheld (and
                       why: label, consent), the people pseudonymised, the overlay lines, and
                       the leak scan's hits in every text that would travel

The consent gate is the consent ledger's (`casebook.service.consent`), handed in by the caller
(the bundle layer does not import the service): any object with `identity_allowed(person_id,
recipients, purpose) -> GateDecision`. Without one, `DenyAll` says no to everyone: identity
never travels by default (fail closed). A bundle sealed to nobody but yourself (a backup) has the
full clearance and asks no gate.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from casebook.base import canonical
from casebook.base.errors import InputRejected, LeaksFound
from casebook.bundle.audience_results import Leak, LeftOut, Pseudonymised, Withheld
from casebook.bundle.overlay import OverlayEntry
from casebook.crypto.keys import subkey
from casebook.domain import vocab
from casebook.domain.audience import (
    AudiencePlan,
    ConsentGate,
    DenyAll,
    GateDecision,
    LabelFacts,
    plan_for,
)
from casebook.domain.custody import record_item
from casebook.domain.leakscan import LeakScanner
from casebook.domain.mentions import strip_mentions
from casebook.domain.model import ENTITIES
from casebook.domain.pseudonyms import LetterPool, audience_key, pseudonym_text, wanted_letter
from casebook.domain.records import PeerRow
from casebook.domain.sensitivity import FULL_CLEARANCE, Clearance, meet
from casebook.store.exchange import OpSelection
from casebook.store.overrides import SealOverride
from casebook.vault.custody import append as custody_append

if TYPE_CHECKING:
    from casebook.store.store import Store
    from casebook.vault.session import Session

__all__ = [
    "DEFAULT_PURPOSE",
    "LEAK_REASONS",
    "Audience",
    "ConsentGate",
    "DenyAll",
    "ExportPlan",
    "GateDecision",
    "Group",
    "Leak",
    "LeftOut",
    "Pseudonymised",
    "Withheld",
    "check_override",
    "group_recipients",
    "keep",
    "overlay_entries",
    "plan_export",
    "preview_groups",
]

# The vault's pseudonym secret is a sub-key of its identity key: local, never sent, and the
# same on every run, so a dry run shows the pseudonyms the sealing will give.
PSEUDONYM_LABEL = b"casebook/v1/pseudonyms"
# Why a bundle is sealed, as the consent gate reads it (`casebook.domain.consent`, the
# `consent_purpose` vocabulary): "bundle" to colleagues (share_peers or share_org consent);
# court_domestic, international, asylum for a filing.
DEFAULT_PURPOSE = "bundle"
# Why a bundle was sealed although the leak scan found withheld names in it (a code, never
# free text): the word is not that person's name; the person made it public themselves; the
# person consented to this (recorded elsewhere); the purpose needs it (a court filing).
LEAK_REASONS = ("not_the_person", "already_public", "consent_recorded", "needed_for_purpose")
_IDENTITY = ("aliases", "name")


@dataclass(frozen=True)
class Audience:
    """How `export_bundle` decides what goes: the purpose, the consent gate, and the reason
    code for sealing past the leak scan's hits (None: hits refuse the bundle)."""

    purpose: str = DEFAULT_PURPOSE
    gate: ConsentGate = field(default_factory=DenyAll)
    leak_override: str | None = None
    # Everything of the selection, whatever the labels (travel mode: the owner's own copy of
    # the cases, to bring back whole). Refused unless every recipient has the full clearance;
    # the consent gate is not asked: such colleagues hold a sealed copy for the owner.
    whole: bool = False


@dataclass(frozen=True)
class Group:
    """Recipients who may see the same: one bundle."""

    clearance: Clearance
    peers: tuple[PeerRow, ...]


def group_recipients(store: Store, peers: Sequence[PeerRow]) -> list[Group]:
    """The recipients by clearance, the widest first."""
    groups: dict[Clearance, list[PeerRow]] = {}
    for p in peers:
        groups.setdefault(store.clearances.get(p.identity), []).append(p)
    order = sorted(
        groups, key=lambda c: (-c.level.rank, -len(c.allowed), sorted(c.to_json()["allowed"]))
    )
    return [Group(c, tuple(sorted(groups[c], key=lambda p: p.name))) for c in order]


@dataclass
class ExportPlan:
    """One bundle's audience and what it gets; `None` plan: everything (a backup to self)."""

    recipients: tuple[PeerRow, ...]
    clearance: Clearance
    purpose: str
    plan: AudiencePlan | None
    audience: bytes = b""
    signing_seed: bytes = field(default=b"", repr=False)  # the pseudonym secret's source
    pseudonyms: dict[bytes, Pseudonymised] = field(default_factory=dict)
    interviews: dict[bytes, bytes] = field(default_factory=dict)  # interview → person named
    new_letters: list[tuple[bytes, bytes, int]] = field(default_factory=list)
    left_out: list[LeftOut] = field(default_factory=list)
    withheld: list[Withheld] = field(default_factory=list)
    leaks: list[Leak] = field(default_factory=list)
    whole: dict[str, int] = field(default_factory=dict)

    def omits(self, entity_id: bytes) -> bool:
        """True when the record stays home whole."""
        return self.plan is not None and entity_id in self.plan.omitted

    def withholds(self, entity: str, entity_id: bytes, reg: str, case_id: bytes | None) -> bool:
        """True when a value of this register stays home."""
        return (
            self.plan is not None
            and self.plan.withholds(entity, entity_id, reg, case_id) is not None
        )

    def to_json(self) -> dict[str, Any]:
        """The preview, for `casebook export --dry-run --json`."""
        return {
            "recipients": [
                {"name": p.name, "key_id": p.key_id, "status": p.status} for p in self.recipients
            ],
            "clearance": self.clearance.to_json(),
            "purpose": self.purpose,
            "whole": dict(sorted(self.whole.items())),
            "left_out": [x.to_json() for x in self.left_out],
            "attachments_left_out": [x.to_json() for x in self.left_out if x.kind == "attachment"],
            "pseudonymised": [x.to_json() for x in self.pseudonyms.values()],
            "withheld": [x.to_json() for x in self.withheld],
            "leaks": [x.to_json() for x in self.leaks],
        }


def _strings(value: Any) -> Iterator[str]:
    """Every string inside a JSON value."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)


def _role_labels(store: Store) -> dict[str, tuple[str, str]]:
    """role code → (English, Russian) label, the vault's own terms included."""
    out = {t.code: (t.en, t.ru) for t in vocab.shipped().get("role", ())}
    for r in store.records.records(ENTITIES["term"], "vocab", "role"):
        code = str(r.get("code", ""))
        if code:
            out[code] = (str(r.get("en", code)), str(r.get("ru", code)))
    return out


def _name_of(store: Store, kind: str, rid: bytes) -> str:
    """How the owner knows a record, for the preview."""
    from casebook.domain.labels import record_label

    recs = store.records.records(ENTITIES[kind], "id", rid, include_deleted=True)
    return record_label(recs[0]) if recs else ""


def plan_export(
    session: Session,
    peers: Sequence[PeerRow],
    selection: OpSelection,
    case_ids: Sequence[bytes] | None,
    audience: Audience,
) -> ExportPlan:
    """What a bundle for `peers` (one clearance group, or their meet) carries of `selection`.

    Reads only (inside the caller's snapshot): the pseudonym letters it gives for the first
    time are returned, to be kept when the bundle is recorded (`keep`)."""
    store = session.store
    if not peers:
        return ExportPlan((), FULL_CLEARANCE, audience.purpose, None)
    clearance = meet(store.clearances.get(p.identity) for p in peers)
    if audience.whole:
        short = [p.name for p in peers if store.clearances.get(p.identity) != FULL_CLEARANCE]
        if short:
            raise InputRejected(
                f"{', '.join(short)} may not see everything (their clearance): the cases travel "
                "whole, so seal them to yourself, or to colleagues cleared for everything"
            )
        return ExportPlan(tuple(peers), FULL_CLEARANCE, audience.purpose, None)
    ids = [p.identity for p in peers]
    facts = store.audience.facts(case_ids)

    def gate(person: bytes) -> tuple[bool, str]:
        decision = audience.gate.identity_allowed(person, ids, audience.purpose)
        return bool(decision.allowed), str(decision.reason_code)

    plan = plan_for(clearance, facts, gate)
    out = ExportPlan(tuple(peers), clearance, audience.purpose, plan)
    out.signing_seed = session.identity.signing_seed
    _pseudonyms(store, out, facts)
    _scan(store, out, facts, selection)
    withheld_ids = {w.id for w in out.withheld} | set(out.pseudonyms)
    for rid, f in facts.items():
        if rid in plan.omitted:
            out.left_out.append(
                LeftOut(f.kind, rid, plan.omitted[rid], _name_of(store, f.kind, rid))
            )
        elif rid not in withheld_ids:
            out.whole[f.kind] = out.whole.get(f.kind, 0) + 1
    out.left_out.sort(key=lambda x: (x.kind, x.name, x.id))
    return out


def _pseudonyms(store: Store, out: ExportPlan, facts: dict[bytes, LabelFacts]) -> None:
    """Give every person whose name stays home a pseudonym (a letter kept per audience)."""
    plan = out.plan
    if plan is None:
        return
    persons = [
        (rid, f)
        for rid, f in facts.items()
        if f.kind == "person"
        and rid not in plan.omitted
        and plan.withholds("person", rid, "name") is not None
    ]
    if not persons:
        return
    secret = subkey(out.signing_seed, PSEUDONYM_LABEL)
    out.audience = audience_key(secret, [p.identity for p in out.recipients])
    given = store.pseudonyms.letters(out.audience)
    taken: dict[bytes, set[int]] = {}
    for _person, (case, n) in given.items():
        taken.setdefault(case, set()).add(n)
    pools = {case: LetterPool(letters) for case, letters in taken.items()}
    roles = store.audience.roles([rid for rid, _f in persons])
    labels = _role_labels(store)
    names = store.audience.names([rid for rid, _f in persons])
    order = sorted(persons, key=lambda x: (wanted_letter(secret, out.audience, x[0]), x[0]))
    for rid, f in order:
        case = f.case_id or b""
        if rid in given and given[rid][0] == case:
            n = given[rid][1]
        else:
            pool = pools.get(case)
            if pool is None:
                pool = pools[case] = LetterPool()
            n = pool.take(wanted_letter(secret, out.audience, rid))
            out.new_letters.append((rid, case, n))
        role = roles.get(rid, "")
        en, ru = labels.get(role, (role, role)) if role else ("", "")
        why = plan.withholds("person", rid, "name") or "label"
        fields = tuple(n_ for n_ in _IDENTITY if plan.withholds("person", rid, n_) is not None)
        out.pseudonyms[rid] = Pseudonymised(
            rid,
            case,
            role,
            n,
            pseudonym_text(en, n, "en"),
            pseudonym_text(ru, n, "ru"),
            why,
            fields,
            ", ".join(names.get(rid, [])),
        )
    for rid, f in facts.items():
        named = f.refs.get("interviewee", ())
        if (
            f.kind == "interview"
            and rid not in plan.omitted
            and len(named) == 1
            and named[0] in out.pseudonyms
            and plan.withholds("interview", rid, "interviewee") is not None
        ):
            out.interviews[rid] = named[0]


def _withheld_names(
    store: Store, out: ExportPlan, facts: dict[bytes, LabelFacts]
) -> dict[bytes, list[str]]:
    plan = out.plan
    if plan is None:
        return {}
    ids = [
        rid
        for rid, f in facts.items()
        if f.kind == "person"
        and (
            rid in plan.omitted
            or any(plan.withholds("person", rid, n) is not None for n in _IDENTITY)
        )
    ]
    return store.audience.names(ids) if ids else {}


def _scan(
    store: Store, out: ExportPlan, facts: dict[bytes, LabelFacts], selection: OpSelection
) -> None:
    """Walk every value the bundle would carry: note what is withheld, and look for withheld
    names in what goes (the leak scan)."""
    plan = out.plan
    if plan is None:
        return
    scanner = LeakScanner(_withheld_names(store, out, facts))
    withheld: dict[tuple[bytes, str], Withheld] = {}
    seen: set[tuple[bytes, str, str, str]] = set()

    def check(
        kind: str, rid: bytes, reg: str, case_id: bytes | None, op_id: bytes | None, value: Any
    ) -> None:
        why = plan.withholds(kind, rid, reg, case_id)
        if why is not None:
            if rid not in out.pseudonyms or reg not in _IDENTITY:
                withheld.setdefault((rid, reg), Withheld(kind, rid, reg, why))
            return
        if not scanner:
            return
        for text in _strings(value):
            for hit in scanner.scan(strip_mentions(text)):
                key = (rid, reg, hit.found, hit.context)
                if key not in seen:
                    seen.add(key)
                    field_name = "name" if reg == "_created" else reg
                    out.leaks.append(Leak(hit, kind, rid, field_name, op_id))

    for v in store.exchange.selected_disclosures_planned(selection):
        if v.entity_id in plan.omitted:
            continue
        check(v.entity, v.entity_id, v.reg_field, v.case_id, v.op_id, canonical.decode(v.value))
    for o in _v1_values(store, selection):
        if o.entity_id in plan.omitted:
            continue
        doc = canonical.decode(o.encoded)
        check(o.entity, o.entity_id, o.reg_field, o.case_id, None, doc.get("value"))
    out.withheld = sorted(withheld.values(), key=lambda w: (w.kind, w.id, w.field))


def _v1_values(store: Store, selection: OpSelection) -> Iterable[Any]:
    """The selected v1 ops that hold a value (their value is inside their signed bytes)."""
    for o in store.exchange.selected_ops_planned(selection):
        if o.v == 1 and o.kind in ("create", "attach", "set", "resolve"):
            yield o


def overlay_entries(plan: ExportPlan) -> list[OverlayEntry]:
    """The overlay lines' entries: each pseudonymised person, and each interview whose
    interviewee stays home, with that person's pseudonym; in record id order."""
    out = [
        OverlayEntry("person", p.person, p.fields or ("name",), p.n, p.en, p.ru, p.role)
        for p in plan.pseudonyms.values()
    ]
    for interview, person in plan.interviews.items():
        p = plan.pseudonyms[person]
        out.append(OverlayEntry("interview", interview, ("interviewee",), p.n, p.en, p.ru, p.role))
    return sorted(out, key=lambda e: (e.entity_id, e.entity))


def check_override(plan: ExportPlan, reason: str | None) -> None:
    """Refuse a plan with leak scan hits unless sealed past them with a known reason code."""
    if reason is not None and reason not in LEAK_REASONS:
        raise InputRejected(f"unknown reason {reason!r}: {', '.join(LEAK_REASONS)}")
    if plan.leaks and reason is None:
        raise LeaksFound(len(plan.leaks))


def keep(
    session: Session,
    plan: ExportPlan,
    bundle_id: bytes,
    seq: int,
    created_ms: int,
    reason: str | None,
) -> None:
    """What a sealed bundle's plan leaves behind, inside the transaction that records the
    bundle: the pseudonym letters it gave; and, sealed past the leak scan, the override, in
    `seal_overrides` and as a custody `override` entry per record whose text held a withheld
    name (scope `leak_scan`, the reason code, the recipients; docs/custody.md)."""
    store = session.store
    if plan.new_letters:
        store.pseudonyms.give(plan.audience, plan.new_letters)
    if not plan.leaks or reason is None:
        return
    persons = tuple(sorted({leak.hit.person_id for leak in plan.leaks}))
    store.overrides.record(
        SealOverride(bundle_id, seq, created_ms, reason, len(plan.leaks), persons)
    )
    to = sorted(p.identity.hex() for p in plan.recipients)
    for record in sorted({leak.id for leak in plan.leaks}):
        detail: dict[str, Any] = {"reason": reason, "record": record.hex(), "scope": "leak_scan"}
        if to:
            detail["to"] = to
        custody_append(session, record_item(record), "override", detail)


def preview_groups(
    session: Session,
    peers: Sequence[PeerRow],
    case_ids: Sequence[bytes] | None,
    audience: Audience,
    *,
    together: bool = False,
) -> list[ExportPlan]:
    """The plan of each bundle sealing to `peers` would make: one per clearance group (or one
    for all, at what all may see, with `together`). Reads only, one snapshot per bundle."""
    store = session.store
    groups = group_recipients(store, peers) if peers else [Group(FULL_CLEARANCE, ())]
    if together and len(groups) > 1:
        groups = [Group(meet(g.clearance for g in groups), tuple(peers))]
    plans = []
    for g in groups:
        with store.snapshot():
            selection = store.exchange.selection([p.identity for p in g.peers], case_ids)
            plans.append(plan_export(session, list(g.peers), selection, case_ids, audience))
    return plans
