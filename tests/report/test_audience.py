"""casebook.report.audience: what an audience sees of each value; withheld names in free text."""

from __future__ import annotations

import pytest

from casebook.report.audience import OMIT, PSEUDONYM, SHOW, Audience, Scrubber, pseudonym_letters


@pytest.mark.parametrize("purpose", ["echr", "un", "domestic", "asylum", "public"])
def test_identity_is_pseudonymised_and_restricted_values_omitted_for_every_purpose(
    purpose: str,
) -> None:
    a = Audience(purpose)
    assert a.decide("person", "name", "victim") == PSEUDONYM
    assert a.decide("person", "aliases", "witness") == PSEUDONYM
    assert a.decide("interview", "interviewee") == PSEUDONYM
    assert a.decide("interview", "place") == OMIT
    assert a.decide("event", "date") == SHOW
    assert a.decide("case", "legal_articles") == SHOW


def test_confidential_text_goes_to_a_court_but_not_to_the_public() -> None:
    assert Audience("echr").decide("segment", "text") == SHOW
    assert Audience("domestic").decide("case", "title") == SHOW
    assert Audience("public").decide("segment", "text") == OMIT
    assert Audience("public").decide("event", "place") == OMIT


def test_pseudonym_letters_run_through_both_alphabets() -> None:
    assert pseudonym_letters(0) == ("А", "A")
    assert pseudonym_letters(1) == ("Б", "B")
    assert pseudonym_letters(26) == ("Ю", "A2")
    assert pseudonym_letters(28) == ("А2", "C2")


def _scrub(text: str) -> object:
    s = Scrubber([({"p": "P1"}, ["Иван Петрович Кошкодавов", "Ваня К."]), ({"w": 1}, ["Мария"])])
    return s.text(text)


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        ("Кошкодавова задержали", [{"p": "P1"}, " задержали"]),
        ("передали Кошкодавову и Ивану", ["передали ", {"p": "P1"}, " и ", {"p": "P1"}]),
        ("Иван Петрович Кошкодавов пришёл", [{"p": "P1"}, " пришёл"]),
        ("скан_кошкодавова.pdf", ["скан_", {"p": "P1"}, ".pdf"]),
        ("с Марией", ["с ", {"w": 1}]),
        ("Ваня К. сказал", [{"p": "P1"}, " сказал"]),
        # Over-matching rather than missing: "Иванова" may be someone else, it goes too.
        ("Иванова не трогать", [{"p": "P1"}, " не трогать"]),
        ("Иваницкий", "Иваницкий"),  # more than a case ending away
        ("нет имён", "нет имён"),
    ],
)
def test_withheld_names_in_text_become_references(text: str, runs: object) -> None:
    assert _scrub(text) == runs


def test_a_scrubber_without_names_leaves_text_alone() -> None:
    assert Scrubber([]).text("Кошкодавов") == "Кошкодавов"
