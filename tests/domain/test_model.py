"""casebook.domain.model: fuzzy dates, value validation, and how the model describes itself."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casebook.base.errors import InputRejected
from casebook.domain.model import (
    ENTITIES,
    MAX_TEXT,
    ROLE_SENSITIVITY,
    FieldSpec,
    FieldType,
    FuzzyDate,
    default_sensitivity,
    form_fields,
    validate_value,
)
from casebook.domain.sensitivity import (
    CONFIDENTIAL,
    PUBLIC,
    Category,
    Level,
    Sensitivity,
    restricted,
    role_floor,
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
    assert (title.type, summary.type) == (FieldType.LINE, FieldType.MULTILINE)
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


# -- the model describes itself ------------------------------------------------------------

# What the forms showed before they were derived from the model: the same fields, in order.
FORMS = {
    "case": (
        "title",
        "status",
        "jurisdiction",
        "court",
        "summary",
        "deadlines",
        "tags",
        "legal_articles",
    ),
    "person": ("name", "role", "aliases", "sensitivity", "notes"),
    "event": ("type", "date", "place", "summary", "detention_type", "legal_article"),
    "interview": (
        "interviewee",
        "interviewer",
        "interpreter",
        "language",
        "place",
        "consent_note",
    ),
}

EDITORS = {
    ("case", "title"): FieldType.LINE,
    ("case", "summary"): FieldType.MULTILINE,
    ("case", "deadlines"): FieldType.DEADLINES,
    ("case", "tags"): FieldType.TAGS,
    ("case", "legal_articles"): FieldType.CODES,
    ("person", "notes"): FieldType.MULTILINE,
    ("event", "date"): FieldType.DATE,
    ("interview", "interviewee"): FieldType.REF,
    ("interview", "consent"): FieldType.CODES,
    ("interview", "consent_note"): FieldType.MULTILINE,
}


def _all_fields() -> list[tuple[str, FieldSpec]]:
    return [(e.name, f) for e in ENTITIES.values() for f in e.fields.values()]


def test_every_field_has_a_label_key_an_editor_and_a_sensitivity() -> None:
    for entity, f in _all_fields():
        assert f.label_key == f"{entity}.{f.name}"
        assert isinstance(f.type, FieldType)
        assert isinstance(f.sensitivity, Sensitivity)
        # A vocabulary names a field's codes; a line may offer one's terms (a language) and
        # still take any text.
        coded = f.type in (FieldType.VOCAB, FieldType.CODES)
        assert (f.vocab is not None) == coded or f.type is FieldType.LINE, f
    keys = [f.label_key for _, f in _all_fields()]
    assert len(keys) == len(set(keys))


def test_editors_are_named_without_ambiguity() -> None:
    for (entity, name), kind in EDITORS.items():
        assert ENTITIES[entity].spec(name).type is kind
    with pytest.raises(InputRejected):
        validate_value(ENTITIES["person"].spec("name"), "one\ntwo")  # LINE is one line
    assert validate_value(ENTITIES["person"].spec("notes"), "one\ntwo") == "one\ntwo"


def test_required_fields_are_what_the_forms_insist_on() -> None:
    required = {(entity, f.name) for entity, f in _all_fields() if f.required}
    assert required == {
        ("case", "title"),
        ("case", "status"),
        ("person", "name"),
        ("person", "role"),
        ("event", "type"),
        ("event", "date"),
        ("consent", "subject"),
        ("consent", "scope"),
        ("consent", "status"),
        ("consent_override", "subject"),
        ("consent_override", "purpose"),
        ("consent_override", "audience"),
        ("consent_override", "reason"),
    }


def test_forms_show_the_fields_in_the_model_order() -> None:
    for entity, spec in ENTITIES.items():
        assert tuple(f.name for f in form_fields(entity)) == FORMS.get(entity, ()), entity
        assert set(spec.form) <= set(spec.fields)
        assert len(spec.form) == len(set(spec.form))
    assert [f.vocab for f in form_fields("event") if f.type is FieldType.VOCAB] == [
        "event_type",
        "detention_type",
        "legal_article",
    ]


def test_default_sensitivity_follows_protection() -> None:
    identity = restricted(Category.IDENTITY)
    assert default_sensitivity("person", "name") == identity
    assert default_sensitivity("person", "aliases") == identity
    assert default_sensitivity("interview", "interviewee") == identity
    assert default_sensitivity("interview", "place") == restricted(Category.CONTACT_LOCATION)
    assert default_sensitivity("event", "place") == Sensitivity(
        Level.CONFIDENTIAL, frozenset({Category.CONTACT_LOCATION})
    )
    for entity, name in [
        ("case", "title"),
        ("case", "summary"),
        ("segment", "text"),
        ("person", "notes"),
        ("attachment", "caption"),
    ]:
        assert default_sensitivity(entity, name) == CONFIDENTIAL, (entity, name)
    for entity, f in _all_fields():
        if f.type in (FieldType.VOCAB, FieldType.CODES, FieldType.DATE) or entity == "term":
            assert f.sensitivity == PUBLIC, f.label_key
        if f.type in (FieldType.LINE, FieldType.MULTILINE, FieldType.TAGS) and entity != "term":
            assert f.sensitivity.level >= Level.CONFIDENTIAL, f.label_key
    with pytest.raises(InputRejected):
        default_sensitivity("person", "nope")


def test_a_source_is_restricted_whatever_the_field() -> None:
    source = restricted(Category.SOURCE)
    assert ROLE_SENSITIVITY["source"] == source
    assert role_floor("source") == source
    assert role_floor("witness") == PUBLIC
    assert role_floor(None) == PUBLIC
    assert default_sensitivity("person", "notes", "source") == source
    assert default_sensitivity("person", "role", "source") == source
    assert default_sensitivity("person", "name", "source") == restricted(
        Category.IDENTITY, Category.SOURCE
    )
    assert default_sensitivity("person", "notes", "witness") == CONFIDENTIAL
    assert default_sensitivity("link", "role", "source") == PUBLIC  # only persons hold roles


def test_labels_join_to_the_stricter() -> None:
    assert Level.PUBLIC < Level.CONFIDENTIAL < Level.RESTRICTED
    assert max(Level) is Level.RESTRICTED
    a = Sensitivity(Level.CONFIDENTIAL, frozenset({Category.SOGI}))
    b = restricted(Category.IDENTITY)
    assert a.join(b) == b.join(a) == restricted(Category.IDENTITY, Category.SOGI)
    assert PUBLIC.join(PUBLIC) == PUBLIC
    assert a.join(b).text == "restricted: identity, sogi"
    assert CONFIDENTIAL.text == "confidential"
