"""casebook.domain.sensitivity: labels, their wire form, clearances and their meet."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casebook.base.errors import InputRejected
from casebook.domain.sensitivity import (
    CONFIDENTIAL,
    DEFAULT_CLEARANCE,
    FULL_CLEARANCE,
    PUBLIC,
    Category,
    Clearance,
    Level,
    Sensitivity,
    join_all,
    meet,
    restricted,
)

labels = st.builds(
    Sensitivity, st.sampled_from(list(Level)), st.frozensets(st.sampled_from(list(Category)))
)
clearances = st.builds(
    Clearance, st.sampled_from(list(Level)), st.frozensets(st.sampled_from(list(Category)))
)


@given(labels)
def test_the_wire_form_round_trips(label: Sensitivity) -> None:
    assert Sensitivity.from_json(label.to_json()) == label


@given(labels, labels, labels)
def test_join_is_a_semilattice(a: Sensitivity, b: Sensitivity, c: Sensitivity) -> None:
    assert a.join(b) == b.join(a)
    assert a.join(b).join(c) == a.join(b.join(c))
    assert a.join(a) == a
    assert a.join(b).covers(a)
    assert a.join(b).covers(b)
    assert join_all([a, b, c]) == a.join(b).join(c)


@given(clearances, labels, labels)
def test_a_clearance_that_permits_a_join_permits_both(
    c: Clearance, a: Sensitivity, b: Sensitivity
) -> None:
    assert c.permits(a.join(b)) == (c.permits(a) and c.permits(b))
    assert c.permits(a) == (c.why_not(a) == ())


@given(st.lists(clearances, min_size=1, max_size=4), labels)
def test_the_meet_permits_exactly_what_all_permit(cs: list[Clearance], label: Sensitivity) -> None:
    assert meet(cs).permits(label) == all(c.permits(label) for c in cs)


def test_defaults() -> None:
    assert DEFAULT_CLEARANCE.level is Level.CONFIDENTIAL
    assert not DEFAULT_CLEARANCE.allowed & {Category.IDENTITY, Category.SOGI, Category.SOURCE}
    assert DEFAULT_CLEARANCE.permits(CONFIDENTIAL)
    assert not DEFAULT_CLEARANCE.permits(restricted())
    assert not DEFAULT_CLEARANCE.permits(Sensitivity(Level.PUBLIC, frozenset({Category.SOGI})))
    assert FULL_CLEARANCE.permits(restricted(*Category))
    assert meet(()) == FULL_CLEARANCE
    assert PUBLIC.text == "public"
    assert DEFAULT_CLEARANCE.why_not(restricted(Category.IDENTITY)) == ("level", "identity")


@pytest.mark.parametrize(
    "doc",
    [
        {"level": "secret", "categories": []},
        {"level": "public", "categories": ["sogi", "health"]},  # not sorted
        {"level": "public", "categories": ["sogi", "sogi"]},
        {"level": "public", "categories": ["politics"]},
        {"level": "public"},
        {"level": "public", "categories": [], "x": 1},
        "restricted",
    ],
)
def test_malformed_labels_are_refused(doc: object) -> None:
    with pytest.raises(InputRejected):
        Sensitivity.from_json(doc)
