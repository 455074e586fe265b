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
