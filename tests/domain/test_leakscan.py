"""casebook.domain.leakscan: Russian case forms and transliterations of withheld names."""

from __future__ import annotations

import pytest

from casebook.domain.leakscan import LeakScanner, declensions, name_forms, transliterate

P = bytes(16)


@pytest.mark.parametrize(
    ("name", "forms"),
    [
        ("Иванов", {"иванова", "иванову", "ивановым", "иванове", "ивановых", "ивановой"}),
        ("Иванова", {"ивановой", "иванову", "иванов"}),
        ("Достоевский", {"достоевского", "достоевскому", "достоевским", "достоевская"}),
        ("Толстой", {"толстого", "толстая", "толстую"}),
        ("Мария", {"марии", "марию", "марией"}),
        ("Анна", {"анны", "анне", "анну", "анной"}),
        ("Ольга", {"ольги", "ольге", "ольгой"}),
        ("Сергей", {"сергея", "сергею", "сергеем"}),
        ("Игорь", {"игоря", "игорем"}),
        ("Павел", {"павла", "павлу", "павлом"}),
        ("Лев", {"льва", "льву"}),
        ("Пётр", {"петра", "петру", "петром"}),
        ("Петрович", {"петровича", "петровичем"}),
        ("Сергеевна", {"сергеевны", "сергеевне", "сергеевной", "сергеевну"}),
        ("Шевчук", {"шевчука", "шевчуком"}),
        ("Шевченко", {"шевченко"}),
        ("Цой", {"цоя", "цою", "цоем"}),
    ],
)
def test_russian_case_forms(name: str, forms: set[str]) -> None:
    assert forms <= declensions(name)


def test_transliterations() -> None:
    assert {"ivanov", "iwanow"} <= transliterate("иванов")
    assert {"iuliia", "yuliya", "julija"} <= transliterate("юлия")
    assert {"tsoi", "tsoy", "czoj"} <= transliterate("цой")
    assert {"zhukov", "schukow"} <= transliterate("жуков")
    assert {"khodorkovskii", "khodorkovskiy", "hodorkovsky"} <= transliterate("ходорковский")
    assert "ivanovym" in name_forms("Иванов")


def test_the_scanner_finds_other_cases_and_alphabets_but_not_other_words() -> None:
    scanner = LeakScanner({P: ["Иван Петрович Иванов", "Ваня"]})
    text = "Вчера Ивановым подписан протокол. Ivanova говорит, Iwanow молчит; ване сказали."
    found = [h.found for h in scanner.scan(text)]
    assert found == ["Ивановым", "Ivanova", "Iwanow", "ване"]
    hit = next(iter(scanner.scan(text)))
    assert hit.person_id == P
    assert hit.name == "Иванов"
    assert "подписан" in hit.context
    assert list(scanner.scan("Иваново — город; ивановская область")) == []
    assert not LeakScanner({})


def test_a_remark_in_brackets_is_no_part_of_a_name() -> None:
    scanner = LeakScanner({P: ["Ольга Пробная (вымышленная)", "Иванов [отец]"]})
    found = [h.found for h in scanner.scan("вымышленная история: Пробной звонили, отец молчал")]
    assert found == ["Пробной"]
