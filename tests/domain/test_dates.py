"""casebook.domain.dates: dates as people type them, stored as before, shown as people say them
in their language."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casebook.base.errors import InputRejected
from casebook.domain.dates import DateNotUnderstood, format_fuzzy, parse_fuzzy
from casebook.domain.model import FuzzyDate


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


# -- reading what people type --

TODAY = dt.date(2026, 6, 1)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        # the issue's own examples, Russian and English
        ("14.05.2027", "2027-05-14"),
        ("05.03.2024", "2024-03-05"),
        ("5.3.2024", "2024-03-05"),
        ("около 05.03.2024", "~2024-03-05"),
        ("март 2024", "2024-03"),
        ("2024-03", "2024-03"),
        ("1–10.03.2024", "2024-03-01/2024-03-10"),
        ("about 5 March 2024", "~2024-03-05"),
        ("March 2024", "2024-03"),
        ("c. 2024-03-05", "~2024-03-05"),
        ("1-10 March 2024", "2024-03-01/2024-03-10"),
        # what else people write
        ("2024-03-05", "2024-03-05"),
        ("~2024-03-05", "~2024-03-05"),
        ("2024-03-01/2024-03-10", "2024-03-01/2024-03-10"),
        ("5 марта 2024 г.", "2024-03-05"),
        ("5-го марта 2024 года", "2024-03-05"),
        ("в марте 2024", "2024-03"),
        ("Март 2024 г.", "2024-03"),
        ("03.2024", "2024-03"),
        ("05.03.24", "2024-03-05"),
        ("05.03.65", "1965-03-05"),
        ("ок. 5 марта 2024", "~2024-03-05"),
        ("примерно март 2024", "~2024-03"),
        ("около 2024", "~2024"),
        ("с 1 по 10 марта 2024", "2024-03-01/2024-03-10"),
        ("1 марта – 10 апреля 2024", "2024-03-01/2024-04-10"),
        ("01.03–10.04.2024", "2024-03-01/2024-04-10"),
        ("март–апрель 2024", "2024-03/2024-04"),
        ("2023–2024", "2023/2024"),
        ("March 5, 2024", "2024-03-05"),
        ("5th of March 2024", "2024-03-05"),
        ("March 1-10, 2024", "2024-03-01/2024-03-10"),
        ("between 1 and 10 March 2024", "2024-03-01/2024-03-10"),
        ("circa Sept 2024", "~2024-09"),
        ("  5  марта   2024  ", "2024-03-05"),
        ("сегодня", "2026-06-01"),
        ("yesterday", "2026-05-31"),
        ("завтра", "2026-06-02"),
    ],
)
def test_what_people_type_is_read(typed: str, stored: str) -> None:
    for lang in ("ru", "en"):
        assert parse_fuzzy(typed, lang, today=TODAY) == stored


def test_a_slashed_date_is_day_first_in_russian_and_refused_when_unclear_in_english() -> None:
    assert parse_fuzzy("5/3/2024", "ru", today=TODAY) == "2024-03-05"
    assert parse_fuzzy("13/3/2024", "en", today=TODAY) == "2024-03-13"
    assert parse_fuzzy("3/13/2024", "en", today=TODAY) == "2024-03-13"
    with pytest.raises(DateNotUnderstood) as e:
        parse_fuzzy("5/3/2024", "en", today=TODAY)
    assert e.value.reason == "ambiguous"


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("next week", "unreadable"),
        ("5 марта", "unreadable"),  # which year?
        ("14.13.2027", "no_such_day"),
        ("31.02.2024", "no_such_day"),
        ("10–1.03.2024", "backwards"),
        ("about 1-10 March 2024", "unreadable"),
        ("2024-03-05x", "unreadable"),
        ("٢٠٢٤-٠٣-٠٥", "unreadable"),  # only ASCII digits
        ("1" * 300, "unreadable"),
    ],
)
def test_what_cannot_be_read_says_why(typed: str, reason: str) -> None:
    with pytest.raises(DateNotUnderstood) as e:
        parse_fuzzy(typed, "ru", today=TODAY)
    assert e.value.reason == reason
    assert isinstance(e.value, InputRejected)  # the CLI and the GUI's error table know it


@pytest.mark.parametrize(
    ("stored", "ru", "en"),
    [
        ("2026-12-06", "06.12.2026", "6 December 2026"),
        ("~2024-03-05", "около 5 марта 2024", "about 5 March 2024"),
        ("2024-03", "март 2024", "March 2024"),
        ("~2024-03", "около марта 2024", "about March 2024"),
        ("2024", "2024", "2024"),
        ("~2024", "около 2024 года", "about 2024"),
        ("2024-03-01/2024-03-10", "01–10.03.2024", "1–10 March 2024"),
        ("2024-03-01/2024-04-10", "01.03–10.04.2024", "1 March – 10 April 2024"),
        ("2024-03/2024-04", "март–апрель 2024", "March–April 2024"),
        ("2024-03-05/2024-03-05", "05.03.2024", "5 March 2024"),
        ("2023/2024", "2023–2024", "2023–2024"),
        ("2023-12-30/2024-01-02", "30.12.2023 – 02.01.2024", "30 December 2023 – 2 January 2024"),
        ("2024-03/2024-04-10", "март 2024 – 10.04.2024", "March 2024 – 10 April 2024"),
        ("not a date", "not a date", "not a date"),
    ],
)
def test_tables_and_forms_show_russian_days_in_figures(stored: str, ru: str, en: str) -> None:
    assert format_fuzzy(stored, "ru", numeric=True) == ru
    assert format_fuzzy(stored, "en", numeric=True) == en


_days = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31))


@st.composite
def stored_dates(draw: st.DrawFn) -> str:
    """Any stored date: a day, month or year, about or not, or a range of two."""

    def one(day: dt.date, precision: int) -> str:
        return day.isoformat()[: (4, 7, 10)[precision]]

    a = draw(_days)
    if draw(st.booleans()):
        return ("~" if draw(st.booleans()) else "") + one(a, draw(st.integers(0, 2)))
    b = draw(_days)
    a, b = min(a, b), max(a, b)
    start, end = one(a, draw(st.integers(0, 2))), one(b, draw(st.integers(0, 2)))
    if end < start:  # "2024-03" before "2024-03-01" would read backwards: keep it forwards
        start, end = end, start
    return f"{start}/{end}"


@settings(max_examples=400, deadline=None)
@given(stored_dates(), st.sampled_from(["ru", "en"]), st.booleans())
def test_what_is_shown_reads_back_as_what_is_stored(stored: str, lang: str, numeric: bool) -> None:
    stored = FuzzyDate.parse(stored).text
    shown = format_fuzzy(stored, lang, numeric=numeric)
    back = parse_fuzzy(shown, lang, today=TODAY)
    start, _, end = stored.partition("/")
    assert back == (start if start == end else stored)  # "A/A" is shown, and read, as A


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40), st.sampled_from(["ru", "en"]))
def test_any_text_is_read_or_refused_with_a_reason(text: str, lang: str) -> None:
    reason = ""
    try:
        stored = parse_fuzzy(text, lang, today=TODAY)
    except DateNotUnderstood as e:
        reason = e.reason
    else:
        assert FuzzyDate.parse(stored).text == stored
    assert reason in {"", "empty", "unreadable", "no_such_day", "backwards", "ambiguous"}
