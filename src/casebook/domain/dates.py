"""Dates as people write and say them, in Russian and English: plain text, no Qt, no locale.

A fuzzy date is stored as `casebook.domain.model.FuzzyDate` text, the same in every language:
2024-03-05 (that day), 2024-03 and 2024 (some day then), ~2024-03-05 (about then), and
2024-03-01/2024-03-10 (between; either end may be a month or a year).

`format_fuzzy` writes it the way a lawyer would in a filing or a witness in an interview:

    2024-03-05              5 марта 2024            5 March 2024
    2024-03                 март 2024               March 2024
    2024                    2024                    2024
    ~2024-03-05             около 5 марта 2024      about 5 March 2024
    ~2024-03                около марта 2024        about March 2024
    ~2024                   около 2024 года         about 2024
    2024-03-01/2024-03-10   1–10 марта 2024         1–10 March 2024
    2024-02-28/2024-03-03   28 февраля – 3 марта 2024
    2024-03/2024-05         март–май 2024           March–May 2024

and, with `numeric=True` (the GUI's tables and forms), a Russian day as Russian forms write it:
06.12.2026, 01–10.03.2024, 28.02–03.03.2024 (approximate dates stay in words: около 5 марта 2024).

`parse_fuzzy` reads what people type, in either language whatever the interface language:

    05.03.2024 · 5.3.2024 · 05.03.24 · 2024-03-05 · 5 марта 2024 г. · March 5, 2024 · 5th of March
    март 2024 · в марте 2024 · 03.2024 · 2024-03 · March 2024
    около 05.03.2024 · ок. 5 марта 2024 · примерно март 2024 · ~2024-03-05 · about 5 March 2024
    c. 2024-03-05 · circa March 2024 · approx. 2024
    1–10.03.2024 · 1-10 марта 2024 · с 1 по 10 марта 2024 · 01.03–10.04.2024 · март–апрель 2024
    1-10 March 2024 · March 1-10, 2024 · between 1 and 10 March 2024 · 2024-03-01/2024-03-10
    сегодня · вчера · завтра · today · yesterday · tomorrow

Whatever `format_fuzzy` writes, in either style, `parse_fuzzy` reads back to the same value.
Dotted and worded dates are day first in both languages. A slashed date (5/3/2024) is day first
in Russian; in English it is refused unless one of the numbers is over 12, since an American
reads 5/3 as the 3rd of May. A two-digit year is in this century unless that would put it more
than 20 years ahead (05.03.65 is 1965).

The system locale is never read (the same report reads the same on every machine). Text that is
not a fuzzy date comes back unchanged from `format_fuzzy`: a renderer shows what it was given
rather than failing.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

from casebook.base.errors import DateNotUnderstood, InputRejected
from casebook.domain.model import FuzzyDate

__all__ = ["LANGUAGES", "DateNotUnderstood", "format_fuzzy", "parse_fuzzy"]

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
_RU_MONTHS_PREP = (
    "январе",
    "феврале",
    "марте",
    "апреле",
    "мае",
    "июне",
    "июле",
    "августе",
    "сентябре",
    "октябре",
    "ноябре",
    "декабре",
)
_DASH = "–"  # en dash: tight between numbers of one kind, spaced between whole dates


def _parts(text: str) -> tuple[int, int | None, int | None]:
    pieces = [int(p) for p in text.split("-")]
    return pieces[0], pieces[1] if len(pieces) > 1 else None, pieces[2] if len(pieces) > 2 else None


def _month(m: int, lang: str, *, genitive: bool = False) -> str:
    if lang == "ru":
        return (_RU_MONTHS_GEN if genitive else _RU_MONTHS)[m - 1]
    return _EN_MONTHS[m - 1]


def _one(text: str, lang: str, *, about: bool = False, numeric: bool = False) -> str:
    """One date of any precision; `about` puts it after "около"/"about" (Russian genitive);
    `numeric` writes a Russian day as 06.12.2026."""
    y, m, d = _parts(text)
    if numeric and lang == "ru" and not about and d is not None and m is not None:
        return f"{d:02d}.{m:02d}.{y:04d}"
    if d is not None and m is not None:
        words = f"{d} {_month(m, lang, genitive=True)} {y}"
    elif m is not None:
        words = f"{_month(m, lang, genitive=about)} {y}"
    else:
        words = f"{y} года" if about and lang == "ru" else str(y)
    if about:
        return f"около {words}" if lang == "ru" else f"about {words}"
    return words


def _range(start: str, end: str, lang: str, *, numeric: bool = False) -> str:
    (y1, m1, d1), (y2, m2, d2) = _parts(start), _parts(end)
    if start == end:
        return _one(start, lang, numeric=numeric)
    same_precision = (m1 is None) == (m2 is None) and (d1 is None) == (d2 is None)
    if same_precision and y1 == y2 and m1 is not None and m2 is not None:
        if d1 is not None and d2 is not None and numeric and lang == "ru":
            if m1 == m2:  # 01–10.03.2024
                return f"{d1:02d}{_DASH}{d2:02d}.{m1:02d}.{y1:04d}"
            return f"{d1:02d}.{m1:02d}{_DASH}{d2:02d}.{m2:02d}.{y1:04d}"  # 28.02–03.03.2024
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
    return f"{_one(start, lang, numeric=numeric)} {_DASH} {_one(end, lang, numeric=numeric)}"


def format_fuzzy(value: str, lang: str, *, numeric: bool = False) -> str:
    """`value` (a stored fuzzy date) in words of `lang` ("ru" or "en"); other text unchanged.
    `numeric`: a Russian day as 06.12.2026, for tables and forms."""
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
        return _range(start, end, lang, numeric=numeric)
    if text.startswith("~"):
        return _one(text[1:], lang, about=True)
    return _one(text, lang, numeric=numeric)


# -- reading what people type ---------------------------------------------------------


def _month_of(word: str) -> int | None:
    """1-12 for a month's name in Russian or English, whole or cut short (мар., Sept)."""
    w = word.rstrip(".")
    if w in ("май", "мая", "мае", "may"):
        return 5
    if len(w) < 3:
        return None
    for names in (_RU_MONTHS, _RU_MONTHS_GEN, _RU_MONTHS_PREP, _EN_MONTHS):
        for i, name in enumerate(names):
            if name.casefold().startswith(w):
                return i + 1
    return None


# -- the words around a date -----------------------------------------------------------------

_APPROX = (
    "приблизительно",
    "примерно",
    "прибл.",
    "около",
    "ок.",
    "ок",
    "approximately",
    "approx.",
    "approx",
    "around",
    "about",
    "circa",
    "ca.",
    "ca",
    "c.",
    "c",
    "~",
    "≈",
)
_RANGE_START = ("between", "from", "между", "с", "со")
# Range separators, tried in order when the whole text is not one date.
_RANGE_SEPARATORS = (
    re.compile(r"\s*/\s*"),
    re.compile(r"\s*\.\.\s*"),
    re.compile(r"\s+(?:to|until|till|through|thru|and|по|до|и)\s+"),
    re.compile(r"\s*[–—]\s*"),
    re.compile(r"\s+-\s+"),
)
_FILLER = re.compile(r"\b(?:the|of|on|in|в|во)\b\s*")
_ORDINAL = re.compile(r"\b([0-9]{1,2})(?:st|nd|rd|th|-?го|-?е)\b")
_YEAR_WORD = re.compile(r"\b([0-9]{4})\s*(?:года|год|гг\.?|г\.?)(?=\s|$|[–—/-])")
_DASHES = str.maketrans({"‐": "-", "‑": "-", "‒": "-", "−": "-", "ё": "е"})


def _normalise(text: str) -> str:
    t = text.strip().casefold().translate(_DASHES)
    t = t.replace(",", " ")
    t = _YEAR_WORD.sub(r"\1", t)
    t = _ORDINAL.sub(r"\1", t)
    t = _FILLER.sub("", t)
    return " ".join(t.split())


def _strip_approx(t: str) -> tuple[bool, str]:
    for word in _APPROX:
        if t == word:
            continue
        if word in ("~", "≈") and t.startswith(word):
            return True, t[len(word) :].strip()
        if t.startswith(word + " ") or (word.endswith(".") and t.startswith(word)):
            return True, t[len(word) :].strip()
    return False, t


# -- one date --------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Part:
    """A date as typed, with what it leaves out (None)."""

    year: int | None = None
    month: int | None = None
    day: int | None = None

    def filled_from(self, other: _Part) -> _Part:
        """Missing month and year taken from the other end of a range (1–10.03.2024)."""
        if self.year is not None:
            return self
        month = self.month
        if month is None and self.day is not None:
            month = other.month
        return _Part(other.year, month, self.day)

    def text(self) -> str:
        """The stored form; `DateNotUnderstood` when a day lacks its month or year."""
        if self.year is None or (self.day is not None and self.month is None):
            raise DateNotUnderstood("unreadable")
        out = f"{self.year:04d}"
        if self.month is not None:
            out += f"-{self.month:02d}"
            if self.day is not None:
                out += f"-{self.day:02d}"
        return out


def _year(digits: str, today: _dt.date) -> int:
    if len(digits) == 4:
        return int(digits)
    year = 2000 + int(digits)
    return year if year <= today.year + 20 else year - 100


_NUM = r"([0-9]{1,2})"
_ISO = re.compile(r"([0-9]{4})(?:-([0-9]{1,2})(?:-([0-9]{1,2}))?)?")
_DOTTED = re.compile(rf"{_NUM}\.{_NUM}\.([0-9]{{4}}|[0-9]{{2}})\.?")
_MONTH_YEAR = re.compile(rf"{_NUM}\.([0-9]{{4}})")
_DAY_MONTH = re.compile(rf"{_NUM}\.{_NUM}\.?")
_SLASHED = re.compile(rf"{_NUM}/{_NUM}/([0-9]{{4}}|[0-9]{{2}})")
_WORD = r"([^\W\d_]+\.?)"
_WORDED = (  # 5 марта 2024 · 5 March · March 2024 · March 5 2024 · March 5 · March
    (re.compile(rf"{_NUM} {_WORD}(?: ([0-9]{{4}}))?"), "dmy"),
    (re.compile(rf"{_WORD} {_NUM} ([0-9]{{4}})"), "mdy"),
    (re.compile(rf"{_WORD}(?: ([0-9]{{4}}))?"), "my"),
)
_RELATIVE = {"сегодня": 0, "today": 0, "вчера": -1, "yesterday": -1, "позавчера": -2}
_RELATIVE |= {"завтра": 1, "tomorrow": 1, "послезавтра": 2}


def _slashed(a: int, b: int, lang: str) -> tuple[int, int]:
    """(day, month) of a slashed date: day first in Russian; in English only when clear."""
    if lang == "ru" or a > 12 or a == b:
        return a, b
    if b > 12:
        return b, a
    raise DateNotUnderstood("ambiguous")


def _read_one(t: str, lang: str, today: _dt.date, *, partial: bool) -> _Part | None:
    """One date, or None when `t` is not one. A partial one (1, 1.03, 1 марта, March) only
    stands at the start of a range."""
    if t in _RELATIVE:
        then = today + _dt.timedelta(days=_RELATIVE[t])
        return _Part(then.year, then.month, then.day)
    if m := _ISO.fullmatch(t):
        return _Part(*(int(g) if g else None for g in m.groups()))
    if m := _DOTTED.fullmatch(t):
        return _Part(_year(m.group(3), today), int(m.group(2)), int(m.group(1)))
    if m := _MONTH_YEAR.fullmatch(t):
        return _Part(int(m.group(2)), int(m.group(1)))
    if m := _SLASHED.fullmatch(t):
        d, mo = _slashed(int(m.group(1)), int(m.group(2)), lang)
        return _Part(_year(m.group(3), today), mo, d)
    for pattern, order in _WORDED:
        m = pattern.fullmatch(t)
        if m:
            return _worded(m, order, partial=partial)
    if partial and (m := _DAY_MONTH.fullmatch(t)):
        return _Part(None, int(m.group(2)), int(m.group(1)))
    if partial and re.fullmatch(_NUM, t):
        return _Part(None, None, int(t))
    return None


def _worded(m: re.Match[str], order: str, *, partial: bool) -> _Part | None:
    """A date with its month in words; without a year only at the start of a range."""
    day: int | None = None
    if order == "dmy":
        month, year, day = _month_of(m.group(2)), m.group(3), int(m.group(1))
    elif order == "mdy":
        month, year, day = _month_of(m.group(1)), m.group(3), int(m.group(2))
    else:
        month, year = _month_of(m.group(1)), m.group(2)
    if month is None or not (year or partial):
        return None
    return _Part(int(year) if year else None, month, day)


# -- ranges ------------------------------------------------------------------------------------

_MONTH_DAYS_YEAR = re.compile(rf"{_WORD} {_NUM}\s*[-–—]\s*{_NUM} ([0-9]{{4}})")  # March 1-10 2024


def _read_range(t: str, lang: str, today: _dt.date) -> tuple[_Part, _Part] | None:
    if m := _MONTH_DAYS_YEAR.fullmatch(t):
        month = _month_of(m.group(1))
        if month is not None:
            year = int(m.group(4))
            return _Part(year, month, int(m.group(2))), _Part(year, month, int(m.group(3)))
    words = t.split(" ", 1)
    if len(words) == 2 and words[0] in _RANGE_START:
        t = words[1]
    splits: list[tuple[str, str]] = []
    for separator in _RANGE_SEPARATORS:
        splits += [(t[: m.start()], t[m.end() :]) for m in separator.finditer(t)]
    splits += [(t[:i], t[i + 1 :]) for i, ch in enumerate(t) if ch == "-"]  # 1-10.03.2024
    for left_text, right_text in splits:
        left = _read_one(left_text.strip(), lang, today, partial=True)
        right = _read_one(right_text.strip(), lang, today, partial=True)
        if left is None or right is None or (left.year is None and right.year is None):
            continue
        if right.year is None:  # 5 марта 2024 – 10 марта
            right = _Part(left.year, right.month or left.month, right.day)
        return left.filled_from(right), right
    return None


def parse_fuzzy(text: str, lang: str = "en", *, today: _dt.date | None = None) -> str:
    """The stored form of a date as a person typed it; `DateNotUnderstood` (an
    `InputRejected`) with its `reason` when it cannot be read. `lang` only settles slashed
    dates (5/3/2024); `today` is for "today", "yesterday" and two-digit years."""
    today = today or _dt.date.today()
    if len(text) > 200:
        raise DateNotUnderstood("unreadable")
    t = _normalise(text)
    if not t:
        raise DateNotUnderstood("empty")
    approx, t = _strip_approx(t)
    one = _read_one(t, lang, today, partial=False)
    if one is not None:
        stored = ("~" if approx else "") + one.text()
    else:
        ends = _read_range(t, lang, today)
        if ends is None:
            raise DateNotUnderstood("unreadable")
        if approx:  # "about 1-10 March": a range is already as vague as it says
            raise DateNotUnderstood("unreadable")
        stored = f"{ends[0].text()}/{ends[1].text()}"
    try:
        return FuzzyDate.parse(stored).text
    except InputRejected as e:
        reason = "backwards" if "forwards" in str(e) else "no_such_day"
        raise DateNotUnderstood(reason) from e
