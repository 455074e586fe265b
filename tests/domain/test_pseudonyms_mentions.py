"""casebook.domain.pseudonyms and casebook.domain.mentions."""

from __future__ import annotations

import os

from casebook.domain.mentions import mention_token, mentioned, render_mentions, strip_mentions
from casebook.domain.pseudonyms import (
    audience_key,
    choose_letter,
    letter,
    pseudonym_text,
    wanted_letter,
)


def test_letters_and_texts() -> None:
    assert pseudonym_text("Свидетель", 1, "ru") == "Свидетель Б"
    assert pseudonym_text("Witness", 1, "en") == "Witness B"
    assert pseudonym_text("", 0, "ru") == "Лицо А"
    assert letter(6, "en") == "Zh"
    assert letter(6, "ru") == "Ж"
    assert letter(27, "ru") == "Б2"
    assert choose_letter(25, {25}) == 0
    assert choose_letter(3, set(range(26))) == 29


def test_audiences_are_keyed_by_their_recipients_and_the_secret() -> None:
    secret, a, b = os.urandom(32), os.urandom(32), os.urandom(32)
    assert audience_key(secret, [a, b]) == audience_key(secret, [b, a])
    assert audience_key(secret, [a]) != audience_key(secret, [a, b])
    assert audience_key(os.urandom(32), [a]) != audience_key(secret, [a])
    person = os.urandom(16)
    wanted = {
        wanted_letter(secret, audience_key(secret, [os.urandom(32)]), person) for _ in range(64)
    }
    assert len(wanted) > 10  # independent between audiences


def test_mentions_render_per_audience() -> None:
    p, q = os.urandom(16), os.urandom(16)
    text = f"Со слов {mention_token(p)}, {mention_token(q)} был там."
    assert list(mentioned(text)) == [p, q]
    names = {p: "Иван Иванов"}
    assert render_mentions(text, names.get) == "Со слов Иван Иванов, [?] был там."
    assert render_mentions(text, lambda _: "Свидетель Б", "?") == (
        "Со слов Свидетель Б, Свидетель Б был там."
    )
    assert len(strip_mentions(text)) == len(text)
    assert "person" not in strip_mentions(text)


def test_an_editor_shows_mentions_by_name_and_stores_tokens() -> None:
    from casebook.domain.mentions import to_display, to_tokens

    anna, anna_ivanova = os.urandom(16), os.urandom(16)
    people = {anna: "Анна", anna_ivanova: "Анна Иванова"}
    typed = "Со слов @Анна Иванова и @Анна, но не @Аннаx и не @Пётр."
    stored = to_tokens(typed, people)
    assert stored == (
        f"Со слов {mention_token(anna_ivanova)} и {mention_token(anna)}, но не @Аннаx и не @Пётр."
    )
    assert to_display(stored, people) == typed
    assert to_display(stored, {anna: "Анна"}) == "Со слов @? и @Анна, но не @Аннаx и не @Пётр."
