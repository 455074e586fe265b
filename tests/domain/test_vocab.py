"""casebook.domain.vocab: shipped English and Russian vocabularies."""

from __future__ import annotations

import pytest

from casebook.domain import vocab
from casebook.domain.model import ENTITIES


def test_every_vocabulary_the_model_names_ships() -> None:
    named = {f.vocab for spec in ENTITIES.values() for f in spec.fields.values() if f.vocab}
    assert named <= set(vocab.shipped())
    for name, terms in vocab.shipped().items():
        codes = [t.code for t in terms]
        assert len(codes) == len(set(codes)), name
        for t in terms:
            assert all((t.code, t.en, t.ru)), (name, t)
            assert t.code.isascii()
            assert any("а" <= ch.lower() <= "я" or ch in "ёЁ" for ch in t.ru), (name, t.ru)


def test_design_terms_are_present() -> None:
    events = vocab.codes("event_type")
    for code in (
        "search",
        "detention",
        "interrogation",
        "forced_confession",
        "prosecution_for_post",
        "assault",
        "dismissal",
        "smear_campaign",
    ):
        assert code in events
    assert {"victim", "witness", "perpetrator", "source", "lawyer", "relative"} <= vocab.codes(
        "role"
    )
    articles = vocab.codes("legal_article")
    assert {"cc_280", "cc_282", "cc_282_2", "cc_207_3", "ac_6_21", "ac_20_3", "ac_20_3_1"} <= (
        articles
    )


@pytest.mark.parametrize(
    ("name", "text", "code"),
    [
        ("event_type", "detention", "detention"),
        ("event_type", "Задержание", "detention"),
        ("event_type", "ЗАДЕРЖАНИЕ", "detention"),
        ("event_type", "  Detention ", "detention"),
        ("role", "Пострадавший", "victim"),
        ("case_status", "В суде", "court"),
        ("event_type", "detentio", None),
        ("event_type", "", None),
        ("nonexistent", "detention", None),
    ],
)
def test_resolve(name: str, text: str, code: str | None) -> None:
    assert vocab.resolve(name, text) == code


def test_labels() -> None:
    assert vocab.label("event_type", "detention", "ru") == "Задержание"
    assert vocab.label("event_type", "detention", "en") == "Detention"
    assert vocab.label("event_type", "custom_code", "ru") == "custom_code"
