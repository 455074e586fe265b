"""The leak scan: a withheld name typed into a text that travels (PROTECTION §2, "futile
redaction"). Pure: the bundle planner gives it the names and the texts.

    name_forms("Иван Петрович Иванов")  → {"иванов", "иванова", "иванову", "ивановым", …,
                                            "ivanov", "ivanovu", "iwanow", …, "иван", …}
    LeakScanner(names).scan(text)       → the words of `text` that are one of those forms

**Russian case forms.** Each word of a name (surname, first name, patronymic; three letters or
more) is declined by its ending, over-generating rather than missing a form: -ов/-ев/-ин/-ын
surnames and their feminine -ова/-ина (Иванов, Иванова, Иванову, Ивановым, Иванове, Ивановой,
Ивановы, Ивановых, Ивановыми), -ский/-цкий/-ская and other adjectival surnames (Достоевского,
Толстому, Белой), patronymics (Ивановичем, Ивановной), names in -а/-я/-ия (Анны, Ольге, Марией,
Тане), in -й/-ь (Сергея, Игорем) and in a consonant (Ивана, Шевчуком), with a fleeting vowel
(Павел → Павла, Лев → Льва). Indeclinable endings (-ко, -их, -аго, -о, -е, -и, -у) stay as typed.
Letters compare without case and with ё as е.

**Latin transliteration.** Every Cyrillic form is also looked for in the Latin alphabet, under
GOST 7.79-2000 system B (Ivanovy`m, Czoj), ICAO Doc 9303 as in Russian passports since 2013
(Ivanovym, Iuliia, Tsoi), BGN/PCGN (Yuliya, Tsoy, ye after a vowel), an informal spelling
(Yulia, Tsoy, h for х, sch for щ, -y for a final -ий) and the German press's (Iwanow, Julija,
Schukow). Apostrophes and backticks inside a word are ignored on both sides, so GOST's
``Ur`ev`` matches "Urev" too. A name typed in Latin letters is looked for as typed.

A remark in brackets is no part of a name ("Ольга Пробная (вымышленная)": Ольга, Пробная). A
mention token (`@[person:…]`, `casebook.domain.mentions`) is never a hit: it holds hex only.
What the scan cannot see: a name misspelt, abbreviated (И. Иванов finds "Иванов", not "И."),
described ("his brother the priest"), or inside an attachment's bytes (only its file name is
text the scan reads).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

__all__ = ["MIN_LETTERS", "LeakHit", "LeakScanner", "declensions", "name_forms", "transliterate"]

MIN_LETTERS = 3  # shorter words of a name (initials, "Ян") would match everywhere
CONTEXT = 40  # characters of context on each side of a hit

_WORD = re.compile(r"[^\W\d_]+(?:[`'’ʹ][^\W\d_]+)*")
# A remark in brackets is no part of a name: "Ольга Пробная (вымышленная)", "Иванов [отец]".
_REMARK = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_APOSTROPHES = str.maketrans("", "", "`'’ʹ")
_CYRILLIC = re.compile(r"[а-яё]")
_VOWELS = set("аеёиоуыэюя")


def _norm(word: str) -> str:
    return word.lower().replace("ё", "е").translate(_APOSTROPHES)


def _with(stem: str, endings: str) -> set[str]:
    return {stem + e for e in endings.split()} | ({stem} if endings.startswith("~") else set())


# Endings by paradigm; "-" stands for the bare stem.
_OV = "- а у ым е ой ы ых ыми ом"  # Иванов, Иванова (fem. Ивановой, Иванову)
_ADJ_SK = "ий ого ому им ом ая ой ую ие их ими"  # Достоевский, Достоевская
_ADJ_HARD = "ый ой ого ому ым ом ая ую ые ых ыми"  # Белый, Толстой
_ADJ_SOFT = "ий его ему им ем яя ей юю ие их ими"  # Крайний
_MASC = "- а у ом е ы ов ам ами ах"  # Иван, Шевчук
_MASC_SOFT = "- я ю ем е и ей ям"  # Сергей → Серге-, Игорь → Игор-
_FEM_A = "а ы и е у ой ою"  # Анна, Ольга, Кулеба
_FEM_YA = "я и е ю ей ею"  # Таня
_IYA = "я и ю ей ею"  # Мария → Мари-
_PATR_M = "- а у ем е"  # Иванович
_PATR_F = "а ы е у ой"  # Ивановна → Ивановн-
_INDECLINABLE = ("ко", "их", "ых", "аго", "яго", "о", "е", "и", "у", "ю", "э")


def _forms(stem: str, endings: str) -> set[str]:
    return {stem + ("" if e == "-" else e) for e in endings.split()}


def declensions(word: str) -> set[str]:
    """The case forms of one word of a Russian name (lower case, ё as е), itself included."""
    w = _norm(word)
    out = {w}
    if not _CYRILLIC.search(w):
        return out
    if w.endswith(_INDECLINABLE) and not w.endswith(("ые",)):
        return out
    for tail in ("ович", "евич", "ич"):
        if w.endswith(tail):
            return out | _forms(w, _PATR_M)
    for tail in ("овна", "евна", "ична", "инична"):
        if w.endswith(tail):
            return out | _forms(w[:-1], _PATR_F)
    if w.endswith(("ов", "ев", "ин", "ын")):
        out |= _forms(w, _OV) | _forms(w, _MASC)  # Иванов; also a first name: Мартин, Мартина
    if w.endswith(("ова", "ева", "ина", "ына")):
        out |= _forms(w[:-1], _OV) | _forms(w[:-1], _FEM_A)
    if w.endswith(("ский", "цкий", "ской", "цкой")) or w.endswith(("ская", "цкая")):
        out |= _forms(w[:-2], _ADJ_SK)
    elif w.endswith(("ый", "ой")) and len(w) > 4:
        out |= _forms(w[:-2], _ADJ_HARD)
    elif w.endswith("ий"):
        out |= _forms(w[:-2], _ADJ_SOFT) | _forms(w[:-1], _MASC_SOFT)  # Крайний; Дмитрий
    elif w.endswith("ия"):
        out |= _forms(w[:-1], _IYA)
    elif w.endswith("ая"):
        out |= _forms(w[:-2], _ADJ_HARD)
    elif w.endswith("а"):
        out |= _forms(w[:-1], _FEM_A)
    elif w.endswith("я"):
        out |= _forms(w[:-1], _FEM_YA)
    elif w.endswith(("й", "ь")):
        out |= _forms(w[:-1], _MASC_SOFT)
    elif w[-1] not in _VOWELS:
        out |= _forms(w, _MASC)
        fleeting = _fleeting(w)
        if fleeting:
            out |= _forms(fleeting, _MASC) - {fleeting}
    return out


def _fleeting(w: str) -> str | None:
    """The stem of a masculine name with a fleeting vowel: Павел → павл, Лев → льв,
    Шевчук stays (None)."""
    if w == "лев":
        return "льв"
    if len(w) >= 4 and w[-2] in "ео" and w[-1] in "лкцн" and w[-3] not in _VOWELS:
        return w[:-2] + w[-1]
    return None


# Transliteration systems: letter → Latin (a tuple of context rules is applied first).
_BASE = dict(
    zip(
        "абвгдезиклмнопрстуф",
        [
            "a",
            "b",
            "v",
            "g",
            "d",
            "e",
            "z",
            "i",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
        ],
        strict=True,
    )
)
_SYSTEMS: dict[str, dict[str, str]] = {
    # GOST 7.79-2000, system B (ц as cz, and c before i e y j: both are produced)
    "gost": _BASE
    | {
        "е": "e",
        "ё": "yo",
        "ж": "zh",
        "й": "j",
        "х": "x",
        "ц": "cz",
        "ч": "ch",
        "ш": "sh",
        "щ": "shh",
        "ъ": "``",
        "ы": "y`",
        "ь": "`",
        "э": "e`",
        "ю": "yu",
        "я": "ya",
    },
    # ICAO Doc 9303 (Russian passports since 2013)
    "icao": _BASE
    | {
        "ё": "e",
        "ж": "zh",
        "й": "i",
        "х": "kh",
        "ц": "ts",
        "ч": "ch",
        "ш": "sh",
        "щ": "shch",
        "ъ": "ie",
        "ы": "y",
        "ь": "",
        "э": "e",
        "ю": "iu",
        "я": "ia",
    },
    # BGN/PCGN without diacritics (ye: see _YE)
    "bgn": _BASE
    | {
        "ё": "yo",
        "ж": "zh",
        "й": "y",
        "х": "kh",
        "ц": "ts",
        "ч": "ch",
        "ш": "sh",
        "щ": "shch",
        "ъ": "",
        "ы": "y",
        "ь": "",
        "э": "e",
        "ю": "yu",
        "я": "ya",
    },
    # informal English-language spelling
    "informal": _BASE
    | {
        "ё": "yo",
        "ж": "zh",
        "й": "y",
        "х": "h",
        "ц": "ts",
        "ч": "ch",
        "ш": "sh",
        "щ": "sch",
        "ъ": "",
        "ы": "y",
        "ь": "",
        "э": "e",
        "ю": "yu",
        "я": "ya",
    },
    # German press (Iwanow, Schukow)
    "german": _BASE
    | {
        "в": "w",
        "ё": "jo",
        "ж": "sch",
        "з": "s",
        "й": "j",
        "с": "s",
        "х": "ch",
        "ц": "z",
        "ч": "tsch",
        "ш": "sch",
        "щ": "schtsch",
        "ъ": "",
        "ы": "y",
        "ь": "",
        "э": "e",
        "ю": "ju",
        "я": "ja",
    },
}


_TABLES = {name: str.maketrans(table) for name, table in _SYSTEMS.items()}


def _one(word: str, system: str) -> str:
    # A letter-by-letter table does it, unless one of the rules below reads a letter by
    # its neighbours.
    if (
        (system == "informal" and word.endswith(("ий", "ый")))
        or (system == "bgn" and "е" in word)
        or (system == "gost" and "ц" in word)
    ):
        return _by_letter(word, system)
    return word.translate(_TABLES[system])


def _by_letter(word: str, system: str) -> str:
    table = _SYSTEMS[system]
    if system == "informal" and word.endswith(("ий", "ый")):
        word = word[:-2] + "\x00"  # Dmitry, Yuri-y: a final -ий reads -y
    out = []
    for i, ch in enumerate(word):
        if ch == "\x00":
            out.append("y")
            continue
        prev = word[i - 1] if i else ""
        if ch == "е" and system == "bgn" and (not prev or prev in _VOWELS | {"ъ", "ь", "й"}):
            out.append("ye")
        elif ch == "ц" and system == "gost" and word[i + 1 : i + 2] in ("и", "е", "ы", "й"):
            out.append("c")
        else:
            out.append(table.get(ch, ch))
    return "".join(out)


def transliterate(word: str) -> set[str]:
    """`word` (lower case Cyrillic) in every system above, apostrophes dropped."""
    return {_one(word, s).translate(_APOSTROPHES) for s in _SYSTEMS}


def name_forms(name: str) -> set[str]:
    """Every form of every word of `name` the scan looks for (normalised)."""
    out: set[str] = set()
    for word in _WORD.findall(name):
        if len(_norm(word)) < MIN_LETTERS:
            continue
        for form in declensions(word):
            out.add(form)
            if _CYRILLIC.search(form):
                out |= transliterate(form)
    return {f for f in out if len(f) >= MIN_LETTERS}


@dataclass(frozen=True)
class LeakHit:
    """A withheld name found in a text that would travel."""

    person_id: bytes  # whose name it is
    name: str  # the withheld word it is a form of, as the name has it
    found: str  # the word as typed in the text
    start: int  # where in the text
    context: str  # the text around it, on one line

    def to_json(self) -> dict[str, object]:
        """For `--json` (the context is case text: it goes only to the owner's screen)."""
        return {
            "person": self.person_id.hex(),
            "name": self.name,
            "found": self.found,
            "start": self.start,
            "context": self.context,
        }


class LeakScanner:
    """Looks for the forms of withheld names, given as person id → names and aliases."""

    def __init__(self, names: Mapping[bytes, Iterable[str]]) -> None:
        self._forms: dict[str, tuple[bytes, str]] = {}
        # Names share words (first names, common surnames): each word's forms are made once
        # per scanner, which goes with the export that made it (no cache outlives a lock).
        made: dict[str, set[str]] = {}
        for person, texts in sorted(names.items()):
            for text in texts:
                for word in _WORD.findall(_REMARK.sub(" ", text)):
                    if len(_norm(word)) < MIN_LETTERS:
                        continue
                    forms = made.get(word)
                    if forms is None:
                        forms = made[word] = name_forms(word)
                    for form in forms:
                        self._forms.setdefault(form, (person, word))

    def __bool__(self) -> bool:
        return bool(self._forms)

    def scan(self, text: str) -> Iterator[LeakHit]:
        """Every word of `text` that is a form of a withheld name, in order."""
        if not self._forms:
            return
        for m in _WORD.finditer(text):
            hit = self._forms.get(_norm(m.group(0)))
            if hit is not None:
                yield LeakHit(hit[0], hit[1], m.group(0), m.start(), _context(text, m))


def _context(text: str, m: re.Match[str]) -> str:
    left = max(0, m.start() - CONTEXT)
    right = min(len(text), m.end() + CONTEXT)
    words = " ".join(text[left:right].split())
    return ("…" if left else "") + words + ("…" if right < len(text) else "")
