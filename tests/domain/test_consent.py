"""casebook.domain.consent: live decisions, conflicts, and the gate (PROTECTION §3)."""

from __future__ import annotations

import datetime as _dt
import os
from collections.abc import Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casebook.base.errors import InputRejected
from casebook.domain import consent as rules
from casebook.domain.consent import Decision, Override, audience_entry, covers, expired
from casebook.domain.consent_gate import decide
from casebook.domain.records import Record

TODAY = _dt.date(2026, 3, 15)
PERSON = b"p" * 16
OTHER = b"q" * 16
BORIS = b"B" * 32
ANNA = b"A" * 32
CASE = b"c" * 16


def d(
    status: str = "granted",
    scopes: Sequence[str] = ("share_peers",),
    audience: Sequence[str] = ("any",),
    *,
    replaces: Sequence[Decision] = (),
    expires: str | None = None,
    subject: bytes | None = PERSON,
    ms: int = 1,
    whole: bool = True,
    deleted: bool = False,
) -> Decision:
    return Decision(
        id=os.urandom(16),
        case_id=CASE,
        subject=subject,
        scopes=frozenset(scopes),
        status=status,
        audience=tuple(audience),
        expires=expires,
        replaces=frozenset(r.id for r in replaces),
        author=None,
        created_ms=ms,
        deleted=deleted,
        whole=whole,
    )


def gate(
    ds: Sequence[Decision],
    recipients: Sequence[bytes] = (BORIS,),
    purpose: str = "bundle",
    overrides: Sequence[Override] = (),
    orgs: dict[bytes, set[str]] | None = None,
) -> rules.GateDecision:
    return decide(ds, overrides, PERSON, recipients, purpose, TODAY, orgs)


def test_no_records_is_no_consent() -> None:
    g = gate([])
    assert (g.allowed, g.reason_code) == (False, "no_consent")
    assert g.detail["missing"] == [BORIS.hex()]


def test_a_grant_to_any_allows_a_bundle() -> None:
    g = gate([d()])
    assert (g.allowed, g.reason_code) == (True, "consent")


def test_another_persons_grant_does_not_count() -> None:
    assert gate([d(subject=OTHER)]).reason_code == "no_consent"


def test_scope_must_match_the_purpose() -> None:
    court = d(scopes=("court_domestic",))
    assert gate([court]).reason_code == "no_consent"
    assert gate([court], recipients=[], purpose="court_domestic").allowed
    assert gate([court], purpose="international").reason_code == "no_consent"


def test_anonymised_publication_never_carries_identity() -> None:
    g = gate([d(scopes=rules.SCOPES)], purpose="publish_anonymised")
    assert (g.allowed, g.reason_code) == (False, "anonymised_only")


def test_unknown_purpose() -> None:
    assert gate([d()], purpose="gossip").reason_code == "unknown_purpose"


def test_audience_must_include_every_recipient() -> None:
    only_boris = d(audience=(f"peer:{BORIS.hex()}",))
    assert gate([only_boris], recipients=[BORIS]).allowed
    g = gate([only_boris], recipients=[BORIS, ANNA])
    assert (g.allowed, g.reason_code) == (False, "audience")
    assert g.detail["missing"] == [ANNA.hex()]


def test_an_organisation_audience_needs_known_membership() -> None:
    org = d(scopes=("share_org",), audience=("org:Мемориал",))
    assert gate([org]).reason_code == "audience"
    assert gate([org], orgs={BORIS: {"мемориал"}}).allowed


def test_expiry_holds_through_its_day_and_a_month_lapses_at_its_first() -> None:
    assert not expired("2026-03-15", TODAY)
    assert expired("2026-03-14", TODAY)
    assert expired("2026-03", TODAY)  # a month: its first day
    assert not expired("2026-04", TODAY)
    assert expired("2026-03-01/2026-12-31", TODAY)
    assert expired("not a date", TODAY)
    assert gate([d(expires="2026-03-14")]).reason_code == "expired"
    assert gate([d(expires="2026-03-15")]).allowed


def test_a_withdrawal_that_saw_the_grant_replaces_it() -> None:
    grant = d(ms=1)
    withdrawal = d("withdrawn", replaces=[grant], ms=2)
    g = gate([grant, withdrawal])
    assert (g.allowed, g.reason_code, g.detail["conflict"]) == (False, "withdrawn", False)
    regrant = d(replaces=[withdrawal], ms=3)
    assert gate([grant, withdrawal, regrant]).allowed


def test_concurrent_grant_and_withdrawal_gate_as_withdrawn_and_conflict() -> None:
    # Neither saw the other; the grant even carries the later clock.
    withdrawal = d("withdrawn", ms=1)
    grant = d(ms=10**15)
    g = gate([grant, withdrawal])
    assert (g.allowed, g.reason_code, g.detail["conflict"]) == (False, "withdrawn", True)
    found = rules.conflicts([grant, withdrawal])
    assert [(c.subject, c.scope) for c in found] == [(PERSON, "share_peers")]
    state = {s.scope: s.state for s in rules.standing([grant, withdrawal], PERSON, TODAY)}
    assert state["share_peers"] == "conflict"
    resolved = d("withdrawn", replaces=[grant, withdrawal], ms=3)
    assert not rules.conflicts([grant, withdrawal, resolved])


def test_a_withdrawal_of_one_scope_leaves_the_others() -> None:
    grant = d(scopes=("share_peers", "court_domestic"))
    withdrawal = d("withdrawn", scopes=("share_peers",), replaces=[grant])
    assert not gate([grant, withdrawal]).allowed
    assert gate([grant, withdrawal], recipients=[], purpose="court_domestic").allowed


def test_a_refusal() -> None:
    assert gate([d("refused")]).reason_code == "refused"


def test_an_incomplete_grant_never_grants() -> None:
    assert gate([d(whole=False)]).reason_code == "incomplete"


def test_a_decision_whose_subject_is_not_known_here_blocks() -> None:
    assert gate([d(), d("withdrawn", subject=None)]).reason_code == "withdrawn"


def test_deleting_a_withdrawal_does_not_bring_back_the_grant() -> None:
    grant = d()
    withdrawal = d("withdrawn", replaces=[grant], deleted=True)
    assert gate([grant, withdrawal]).reason_code == "no_consent"


def test_an_override_lets_identity_through_for_its_purpose_and_audience() -> None:
    o = Override(
        os.urandom(16),
        CASE,
        PERSON,
        "bundle",
        (f"peer:{BORIS.hex()}",),
        "court_order",
        "2026-03-15",
        None,
        1,
    )
    g = gate([d("refused")], overrides=[o])
    assert (g.allowed, g.reason_code, g.detail["override_reason"]) == (
        True,
        "override",
        "court_order",
    )
    assert not gate([], recipients=[ANNA], overrides=[o]).allowed
    assert not gate([], purpose="court_domestic", overrides=[o]).allowed
    stale = Override(o.id, CASE, PERSON, "bundle", ("any",), "court_order", "2026-03-14", None, 1)
    assert not gate([], overrides=[stale]).allowed
    forever = Override(o.id, CASE, PERSON, "bundle", ("any",), "court_order", None, None, 1)
    assert not gate([], overrides=[forever]).allowed


def test_audience_entries() -> None:
    assert audience_entry(" ANY ") == "any"
    assert audience_entry("peer:" + "AB" * 32) == "peer:" + "ab" * 32
    assert audience_entry("org: Мемориал ") == "org:Мемориал"
    for bad in ("", "peer:abc", "org:", "everyone", "org:a\nb"):
        with pytest.raises(InputRejected):
            audience_entry(bad)
    assert covers(["any"], BORIS, {})
    assert not covers([], BORIS, {})
    assert not covers(["peer:zz"], BORIS, {})


def test_from_record_reads_masked_and_conflicted_fields_as_incomplete() -> None:
    rec = Record(
        "consent",
        os.urandom(16),
        CASE,
        {"case": CASE},
        {
            "subject": PERSON.hex(),
            "scope": ["share_peers"],
            "status": "granted",
            "audience": ["any"],
            "replaces": ["00" * 16, "bad"],
        },
        1,
        None,
        1,
        False,
    )
    dec = Decision.from_record(rec)
    assert dec.whole
    assert dec.grants
    assert dec.replaces == frozenset({bytes(16)})
    conflicted = Decision.from_record(
        Record(**{**rec.__dict__, "conflicts": frozenset({"status"})})
    )
    assert not conflicted.grants
    no_scope = Decision.from_record(
        Record(
            **{
                **rec.__dict__,
                "fields": {**rec.fields, "scope": None},
                "masked": {"scope": "withheld"},
            }
        )
    )
    assert no_scope.scopes == frozenset(rules.SCOPES)
    assert not no_scope.whole


# -- properties ------------------------------------------------------------------------------

statuses = st.sampled_from(rules.STATUSES)
scope_sets = st.sets(st.sampled_from(("share_peers", "share_org", "court_domestic")), min_size=1)
audiences = st.sampled_from([("any",), (f"peer:{BORIS.hex()}",), (f"peer:{ANNA.hex()}",)])
expiries = st.sampled_from([None, "2026-03-14", "2026-03-15", "2027"])


@st.composite
def histories(draw: st.DrawFn) -> list[Decision]:
    """A random history: each decision replaces a random subset of those live before it."""
    out: list[Decision] = []
    for i in range(draw(st.integers(0, 6))):
        scopes = draw(scope_sets)
        seen = [x for s in scopes for x in rules.live(out, PERSON, s)]
        replaced = draw(st.lists(st.sampled_from(seen), unique_by=lambda x: x.id)) if seen else []
        out.append(
            d(
                draw(statuses),
                sorted(scopes),
                draw(audiences),
                replaces=replaced,
                expires=draw(expiries),
                ms=draw(st.integers(0, 2**40)) + i,
            )
        )
    return out


@settings(max_examples=300, deadline=None)
@given(histories(), st.permutations(range(6)))
def test_the_gate_reads_the_set_not_the_order(history: list[Decision], order: list[int]) -> None:
    shuffled = [history[i] for i in order if i < len(history)]
    shuffled += [x for x in history if x not in shuffled]
    for purpose in ("bundle", "court_domestic"):
        for recipients in ([BORIS], [BORIS, ANNA], []):
            assert gate(history, recipients, purpose) == gate(shuffled, recipients, purpose)


@settings(max_examples=300, deadline=None)
@given(histories())
def test_allowed_only_with_a_live_unexpired_grant_covering_everyone(
    history: list[Decision],
) -> None:
    for recipients in ([BORIS], [BORIS, ANNA]):
        g = gate(history, recipients, "court_domestic")
        lv = rules.live(history, PERSON, "court_domestic")
        if g.allowed:
            assert lv
            assert all(x.status == "granted" for x in lv)
            live_grants = [x for x in lv if not expired(x.expires, TODAY)]
            assert live_grants
            audience = [a for x in live_grants for a in x.audience]
            assert all(covers(audience, r, {}) for r in recipients)
        if any(x.status != "granted" for x in lv):
            assert not g.allowed


@settings(max_examples=200, deadline=None)
@given(histories())
def test_a_withdrawal_beats_anything_it_did_not_see(history: list[Decision]) -> None:
    # A withdrawal made elsewhere, having seen nothing of this history: whatever the history
    # says, the scope is withdrawn (and a conflict if it held a live grant).
    withdrawal = d("withdrawn", ("share_peers", "share_org", "court_domestic"), ms=0)
    for purpose in ("bundle", "court_domestic"):
        g = gate([*history, withdrawal], [], purpose)
        assert (g.allowed, g.reason_code) == (False, "withdrawn")


@settings(max_examples=200, deadline=None)
@given(histories())
def test_a_new_decision_replacing_what_is_live_decides_alone(history: list[Decision]) -> None:
    scopes = ("court_domestic",)
    replaces = [x for x in history if x.id in rules.replaced_by_new(history, PERSON, scopes)]
    grant = d("granted", scopes, replaces=replaces, ms=-1)  # an old clock changes nothing
    assert gate([*history, grant], [BORIS], "court_domestic").allowed
    withdrawal = d("withdrawn", scopes, replaces=replaces, ms=2**50)
    assert gate([*history, withdrawal], [], "court_domestic").reason_code == "withdrawn"
