"""casebook.domain.audience: effective labels, joins, and what an audience gets."""

from __future__ import annotations

from itertools import count

from casebook.domain.audience import (
    LabelFacts,
    effective_field_label,
    effective_record_label,
    join_floors,
    join_labels,
    plan_for,
)
from casebook.domain.sensitivity import (
    DEFAULT_CLEARANCE,
    FULL_CLEARANCE,
    PUBLIC,
    Category,
    Clearance,
    Level,
    confidential,
    restricted,
)

_ids = count(1)
CASE = bytes(16)


def rid() -> bytes:
    return next(_ids).to_bytes(16, "big")


def fact(kind: str, **kw: object) -> LabelFacts:
    r = kw.pop("id", None) or rid()
    parents = kw.pop("parents", {"case": CASE})
    return LabelFacts(kind, r, CASE, parents, **kw)  # type: ignore[arg-type]


def test_joins_take_the_most_restrictive_per_target() -> None:
    a = {"": confidential().to_json(), "name": restricted(Category.HEALTH).to_json()}
    b = {"name": confidential(Category.SOGI).to_json(), "notes": restricted().to_json()}
    assert join_labels([a, b]) == {
        "": confidential().to_json(),
        "name": restricted(Category.HEALTH, Category.SOGI).to_json(),
        "notes": restricted().to_json(),
    }
    assert join_labels([None, None]) is None
    assert join_floors([PUBLIC.to_json(), confidential(Category.SOGI).to_json()]) == (
        confidential(Category.SOGI).to_json()
    )


def test_effective_labels() -> None:
    src = effective_record_label("person", {}, ["source"])
    assert src == restricted(Category.SOURCE)
    assert effective_record_label("person", {}, ["witness", "source"]) == src  # a conflict
    floor = confidential(Category.SOGI)
    assert effective_record_label("event", {}, (), floor) == floor
    assert effective_field_label("event", "date", {}, PUBLIC) == PUBLIC
    assert effective_field_label("event", "date", {"date": restricted()}, PUBLIC) == restricted()
    assert effective_field_label("event", "place", {}, floor) == confidential(
        Category.CONTACT_LOCATION, Category.SOGI
    )


def test_a_source_is_left_out_with_what_names_them() -> None:
    case = fact("case", id=CASE, parents={})
    source = fact("person", roles=("source",))
    victim = fact("person", roles=("victim",))
    interview = fact("interview", refs={"interviewee": (source.id,)})
    segment = fact("segment", parents={"case": CASE, "interview": interview.id})
    link = fact("link", refs={"a": (segment.id,), "b": (victim.id,)})
    facts = {f.id: f for f in (case, source, victim, interview, segment, link)}
    plan = plan_for(DEFAULT_CLEARANCE, facts)
    assert plan.omitted == {
        source.id: "label",
        interview.id: "reference",
        segment.id: "parent",
        link.id: "reference",
    }
    assert plan.withholds("person", victim.id, "name") == "label"
    assert plan.withholds("person", victim.id, "role") is None
    assert plan.withholds("case", CASE, "title") is None
    full = plan_for(FULL_CLEARANCE, facts)
    assert full.omitted == {}
    assert full.withholds("person", source.id, "name") is None


def test_a_case_floor_takes_the_whole_case_from_an_audience_without_its_category() -> None:
    case = fact("case", id=CASE, parents={}, floor=confidential(Category.SOGI))
    person = fact("person", roles=("victim",))
    facts = {f.id: f for f in (case, person)}
    assert set(plan_for(DEFAULT_CLEARANCE, facts).omitted) == {CASE, person.id}
    cleared = Clearance(Level.CONFIDENTIAL, frozenset({Category.SOGI}))
    assert plan_for(cleared, facts).omitted == {}


def test_consent_gates_identity_only_where_the_label_allows_it() -> None:
    person = fact("person", roles=("witness",))
    interview = fact("interview", refs={"interviewee": (person.id,)})
    facts = {f.id: f for f in (person, interview)}
    asked: list[bytes] = []

    def gate(p: bytes) -> tuple[bool, str]:
        asked.append(p)
        return False, "withdrawn"

    plan = plan_for(FULL_CLEARANCE, facts, gate)
    assert asked == [person.id]
    assert plan.withholds("person", person.id, "name") == "consent:withdrawn"
    assert plan.withholds("interview", interview.id, "interviewee") == "consent:withdrawn"
    assert plan.withholds("person", person.id, "notes") is None
    asked.clear()
    plan_for(DEFAULT_CLEARANCE, facts, gate)
    assert asked == []  # no identity category: nobody to ask


def test_a_consents_evidence_is_restricted_identity_and_goes_only_with_the_identity() -> None:
    case = fact("case", id=CASE, parents={})
    person = fact("person", roles=("witness",))
    source = fact("person", roles=("source",))
    form = fact("attachment")
    source_form = fact("attachment")
    orphan_form = fact("attachment")
    photo = fact("attachment")
    consent = fact("consent", refs={"subject": (person.id,), "evidence": (form.id,)})
    of_source = fact("consent", refs={"subject": (source.id,), "evidence": (source_form.id,)})
    unknown = fact("consent", refs={"subject": (rid(),), "evidence": (orphan_form.id,)})
    facts = {
        f.id: f
        for f in (case, person, source, form, source_form, orphan_form, photo, consent, of_source)
    } | {unknown.id: unknown}
    assert effective_record_label("attachment", {}, evidence=True) == restricted(Category.IDENTITY)
    assert effective_record_label("person", {}, evidence=True) == PUBLIC  # attachments only
    plan = plan_for(DEFAULT_CLEARANCE, facts)
    assert plan.record_label(form.id) == restricted(Category.IDENTITY)
    assert plan.record_label(photo.id) == PUBLIC
    # Confidential: every form stays home, the consent records about known people go on
    # (without their evidence value); the source's goes nowhere.
    assert plan.omitted[form.id] == "label"
    assert consent.id not in plan.omitted
    assert plan.withholds("consent", consent.id, "evidence") == "label"
    assert of_source.id in plan.omitted
    assert photo.id not in plan.omitted

    def gate(p: bytes) -> tuple[bool, str]:
        return (True, "consent") if p == person.id else (False, "refused")

    full = plan_for(FULL_CLEARANCE, facts, gate)
    assert form.id not in full.omitted
    assert full.omitted[orphan_form.id] == "consent:no_consent"  # whose? fail closed
    refused = plan_for(FULL_CLEARANCE, facts, lambda p: (False, "refused"))
    assert refused.omitted[form.id] == "consent:refused"
    assert consent.id not in refused.omitted
    cleared = Clearance(Level.RESTRICTED, frozenset(Category) - {Category.SOURCE})
    assert plan_for(cleared, facts, gate).omitted[source_form.id] == "parent"
