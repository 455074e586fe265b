"""casebook.report.audience: what each purpose may see, and withheld names in free text."""

from __future__ import annotations

from pathlib import Path

import pytest

from casebook.base.errors import InputRejected
from casebook.domain.sensitivity import (
    DEFAULT_CLEARANCE,
    Category,
    Clearance,
    Level,
    confidential,
    restricted,
)
from casebook.report.audience import PURPOSE_CLEARANCE, Audience, Scrubber
from factory import make_service


def test_a_court_sees_everything_but_sources_and_the_public_only_what_is_public() -> None:
    court = PURPOSE_CLEARANCE["echr"]
    assert court.permits(restricted(Category.IDENTITY))  # names: then the consent gate decides
    assert court.permits(confidential(Category.CONTACT_LOCATION))
    assert not court.permits(restricted(Category.SOURCE))
    public = PURPOSE_CLEARANCE["public"]
    assert public == Clearance(Level.PUBLIC)
    assert not public.permits(confidential())


def test_colleagues_narrow_what_the_report_carries(tmp_path: Path) -> None:
    svc = make_service(tmp_path / "v")
    store = svc.store
    assert Audience("echr").clearance(store) == PURPOSE_CLEARANCE["echr"]
    # A colleague nobody cleared has the default: no identity, no sogi, confidential at most.
    with_boris = Audience("echr", (b"\x05" * 32,)).clearance(store)
    assert with_boris == PURPOSE_CLEARANCE["echr"].meet(DEFAULT_CLEARANCE)
    assert Category.IDENTITY not in with_boris.allowed


def test_an_unknown_purpose_is_refused() -> None:
    with pytest.raises(InputRejected):
        Audience("press")


def test_reports_and_bundles_never_share_pseudonym_audiences() -> None:
    boris = b"\x05" * 32
    keys = Audience("echr", (boris,)).pseudonym_keys
    assert boris in keys
    assert len(keys) == 2
    assert keys != Audience("domestic", (boris,)).pseudonym_keys


P1, GONE = b"\x01" * 16, b"\x02" * 16


def _scrub(text: str) -> object:
    names = {
        P1: ["Иван Петрович Кошкодавов (вымышленный)", "Ваня К."],
        GONE: ["Мария Скрытная"],
    }
    return Scrubber(names, {P1: {"p": "P1"}, GONE: {"w": 1}}).text(text)


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        ("Кошкодавова задержали", [{"p": "P1"}, " задержали"]),
        ("передали Кошкодавову и Ивану", ["передали ", {"p": "P1"}, " и ", {"p": "P1"}]),
        ("Иван Петрович Кошкодавов пришёл", [{"p": "P1"}, " пришёл"]),
        ("скан_кошкодавова.pdf", ["скан_", {"p": "P1"}, ".pdf"]),
        ("с Марией Скрытной", ["с ", {"w": 1}]),
        ("никто не вымышленный", "никто не вымышленный"),  # a descriptor beside a name
        ("Ваня сказал", [{"p": "P1"}, " сказал"]),
        ("Koshkodavov wrote", [{"p": "P1"}, " wrote"]),  # transliterated
        ("нет имён", "нет имён"),
        ("адвокат Анна (вымышленная)", "адвокат Анна (вымышленная)"),
    ],
)
def test_withheld_names_in_text_become_references(text: str, runs: object) -> None:
    assert _scrub(text) == runs


def test_a_scrubber_without_names_leaves_text_alone() -> None:
    assert Scrubber({}, {}).text("Кошкодавов") == "Кошкодавов"
