"""Fuzzy dates as people say them, in Russian and English: plain text, no Qt, no locale.

A fuzzy date is stored as `casebook.domain.model.FuzzyDate` text; `format_fuzzy` writes it the
way a lawyer would in a filing or a witness in an interview:

    2024-03-05              5 марта 2024            5 March 2024
    2024-03                 март 2024               March 2024
    2024                    2024                    2024
    ~2024-03-05             около 5 марта 2024      about 5 March 2024
    ~2024-03                около марта 2024        about March 2024
    ~2024                   около 2024 года         about 2024
    2024-03-01/2024-03-10   1–10 марта 2024         1–10 March 2024
    2024-02-28/2024-03-03   28 февраля – 3 марта 2024
    2024-03/2024-05         март–май 2024           March–May 2024

The system locale is never read (the same report reads the same on every machine). Text that is
not a fuzzy date comes back unchanged: a renderer shows what it was given rather than failing.
"""

from __future__ import annotations

from casebook.base.errors import InputRejected
from casebook.domain.model import FuzzyDate

__all__ = ["LANGUAGES", "format_fuzzy"]

LANGUAGES = ("en", "ru")

_EN_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_RU_MONTHS = (
    "январь",
    "февраль",
    "март",
    "апрель",
    "май",
    "июнь",
    "июль",
    "август",
    "сентябрь",
    "октябрь",
    "ноябрь",
    "декабрь",
)
_RU_MONTHS_GEN = (
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
)
_DASH = "–"  # en dash: tight between numbers of one kind, spaced between whole dates


def _parts(text: str) -> tuple[int, int | None, int | None]:
    pieces = [int(p) for p in text.split("-")]
    return pieces[0], pieces[1] if len(pieces) > 1 else None, pieces[2] if len(pieces) > 2 else None


def _month(m: int, lang: str, *, genitive: bool = False) -> str:
    if lang == "ru":
        return (_RU_MONTHS_GEN if genitive else _RU_MONTHS)[m - 1]
    return _EN_MONTHS[m - 1]


def _one(text: str, lang: str, *, about: bool = False) -> str:
    """One date of any precision; `about` puts it after "около"/"about" (Russian genitive)."""
    y, m, d = _parts(text)
    if d is not None and m is not None:
        words = f"{d} {_month(m, lang, genitive=True)} {y}"
    elif m is not None:
        words = f"{_month(m, lang, genitive=about)} {y}"
    else:
        words = f"{y} года" if about and lang == "ru" else str(y)
    if about:
        return f"около {words}" if lang == "ru" else f"about {words}"
    return words


def _range(start: str, end: str, lang: str) -> str:
    (y1, m1, d1), (y2, m2, d2) = _parts(start), _parts(end)
    if start == end:
        return _one(start, lang)
    same_precision = (m1 is None) == (m2 is None) and (d1 is None) == (d2 is None)
    if same_precision and y1 == y2 and m1 is not None and m2 is not None:
        if d1 is not None and d2 is not None:
            if m1 == m2:  # 1–10 марта 2024
                return f"{d1}{_DASH}{d2} {_month(m1, lang, genitive=True)} {y1}"
            return (  # 28 февраля – 3 марта 2024
                f"{d1} {_month(m1, lang, genitive=True)} {_DASH} "
                f"{d2} {_month(m2, lang, genitive=True)} {y1}"
            )
        return f"{_month(m1, lang)}{_DASH}{_month(m2, lang)} {y1}"  # март–май 2024
    if same_precision and m1 is None:
        return f"{y1}{_DASH}{y2}"  # 2023–2024
    return f"{_one(start, lang)} {_DASH} {_one(end, lang)}"


def format_fuzzy(value: str, lang: str) -> str:
    """`value` (a stored fuzzy date) in words of `lang` ("ru" or "en"); other text unchanged."""
    if lang not in LANGUAGES:
        raise ValueError(f"no such language: {lang!r}")
    if not isinstance(value, str):
        return str(value)
    try:
        text = FuzzyDate.parse(value).text
    except InputRejected:
        return value
    if "/" in text:
        start, end = text.split("/")
        return _range(start, end, lang)
    if text.startswith("~"):
        return _one(text[1:], lang, about=True)
    return _one(text, lang)
