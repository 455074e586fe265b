"""casebook.domain.dates: fuzzy dates written as people say them, in Russian and English."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casebook.domain.dates import format_fuzzy


@pytest.mark.parametrize(
    ("value", "ru", "en"),
    [
        ("2024-03-05", "5 марта 2024", "5 March 2024"),
        ("2024-03", "март 2024", "March 2024"),
        ("2024", "2024", "2024"),
        ("~2024-03-05", "около 5 марта 2024", "about 5 March 2024"),
        ("~2024-03", "около марта 2024", "about March 2024"),
        ("~2024", "около 2024 года", "about 2024"),
        ("2024-03-01/2024-03-10", "1–10 марта 2024", "1–10 March 2024"),
        ("2024-02-28/2024-03-03", "28 февраля – 3 марта 2024", "28 February – 3 March 2024"),
        (
            "2023-12-30/2024-01-02",
            "30 декабря 2023 – 2 января 2024",
            "30 December 2023 – 2 January 2024",
        ),
        ("2024-03/2024-05", "март–май 2024", "March–May 2024"),
        ("2023/2024", "2023–2024", "2023–2024"),
        ("2024-03/2024-04-15", "март 2024 – 15 апреля 2024", "March 2024 – 15 April 2024"),
        ("2024-03-05/2024-03-05", "5 марта 2024", "5 March 2024"),
        ("2024-12-31", "31 декабря 2024", "31 December 2024"),
        ("2024-01", "январь 2024", "January 2024"),
    ],
)
def test_dates_read_as_people_say_them(value: str, ru: str, en: str) -> None:
    assert format_fuzzy(value, "ru") == ru
    assert format_fuzzy(value, "en") == en


@pytest.mark.parametrize("value", ["", "5 марта", "2024-13", "<b>2024</b>", "2024-02-30"])
def test_text_that_is_no_date_comes_back_unchanged(value: str) -> None:
    assert format_fuzzy(value, "ru") == value


def test_an_unknown_language_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="language"):
        format_fuzzy("2024", "de")


@given(st.dates(), st.booleans(), st.sampled_from(["ru", "en"]))
def test_every_day_formats_with_its_year_and_day(day: object, about: bool, lang: str) -> None:
    text = ("~" if about else "") + day.isoformat()  # type: ignore[attr-defined]
    out = format_fuzzy(text, lang)
    assert str(day.year) in out  # type: ignore[attr-defined]
    assert str(day.day) in out  # type: ignore[attr-defined]
    assert out != text
