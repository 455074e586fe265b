"""casebook.domain.model: fuzzy dates and value validation."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casebook.base.errors import InputRejected
from casebook.domain.model import (
    ENTITIES,
    MAX_TEXT,
    FieldSpec,
    FieldType,
    FuzzyDate,
    validate_value,
)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("2024-03-05", "2024-03-05"),
        ("2024-03", "2024-03"),
        ("2024", "2024"),
        ("~2024-03-05", "2024-03-05"),
        ("2024-03-01/2024-03-10", "2024-03-01"),
        (" 2024-03-05 ", "2024-03-05"),
    ],
)
def test_fuzzy_date_forms(text: str, key: str) -> None:
    date = FuzzyDate.parse(text)
    assert date.text == text.strip()
    assert date.sort_key == key


@given(st.dates())
@settings(max_examples=200, deadline=None)
def test_every_real_day_parses(day: Any) -> None:
    text = f"{day.year:04d}-{day.month:02d}-{day.day:02d}"
    if day.year == 0:
        return
    assert FuzzyDate.parse(text).text == text


# ASCII only here: non-ASCII digits are the strict-xfail test below.
@given(st.text(st.sampled_from("0123456789-~/ .:Tx\n"), max_size=25))
@settings(max_examples=300, deadline=None)
def test_parse_accepts_only_the_grammar(text: str) -> None:
    try:
        date = FuzzyDate.parse(text)
    except InputRejected:
        return
    assert date.text == text.strip()
    assert set(date.text) <= set("0123456789-~/"), date.text


@pytest.mark.parametrize("text", ["٢٠٢٤-٠٣-٠٥", "２０２４-０３-０５", "२०२४"])
def test_non_ascii_digits_are_refused_or_normalised(text: str) -> None:
    try:
        date = FuzzyDate.parse(text)
    except InputRejected:
        return
    assert date.text.isascii()


def test_text_fields() -> None:
    title = ENTITIES["case"].spec("title")
    summary = ENTITIES["case"].spec("summary")
    assert validate_value(title, "Дело") == "Дело"
    assert validate_value(summary, "строка\nстрока") == "строка\nстрока"
    assert validate_value(title, None) is None
    for bad in ("a\nb", "a\rb", "a\x00b", "x" * 2001, 5, b"bytes", ["list"]):
        with pytest.raises(InputRejected):
            validate_value(title, bad)
    with pytest.raises(InputRejected):
        validate_value(summary, "x" * (MAX_TEXT + 1))


def test_refs_vocab_and_lists() -> None:
    ref = FieldSpec("x", FieldType.REF)
    assert validate_value(ref, "ab" * 16) == "ab" * 16
    for bad in ("AB" * 16, "ab" * 15, "zz" * 16, 5):
        with pytest.raises(InputRejected):
            validate_value(ref, bad)
    vocab = FieldSpec("role", FieldType.VOCAB, "role")
    assert validate_value(vocab, "victim", {"victim"}) == "victim"
    with pytest.raises(InputRejected):
        validate_value(vocab, "bystander", {"victim"})
    tags = FieldSpec("tags", FieldType.TAGS)
    assert validate_value(tags, ["b", " a ", "b", ""]) == ["a", "b"]
    with pytest.raises(InputRejected):
        validate_value(tags, ["x"] * 201)
    deadlines = FieldSpec("deadlines", FieldType.DEADLINES)
    value = [{"date": "2024-05", "what": "b"}, {"date": "~2024-01-02", "what": "a"}]
    assert validate_value(deadlines, value) == [value[1], value[0]]
    for bad_item in ({"date": "2024-05"}, {"date": "bad", "what": "x"}, "2024-05"):
        with pytest.raises(InputRejected):
            validate_value(deadlines, [bad_item])


def test_the_model_has_the_design_entities() -> None:
    design = {"case", "person", "event", "interview", "segment", "attachment", "link"}
    assert design <= set(ENTITIES)
    assert ENTITIES["attachment"].fixed == ("name", "media_type", "size", "sha256")
    assert ENTITIES["segment"].parents == ("case", "interview")
    with pytest.raises(InputRejected):
        ENTITIES["case"].spec("nope")
