"""Recovery codes as people type them (issue 12): the Russian keyboard layout and Cyrillic
look-alike letters read as the code; a typo is found, and placed in its group, before any KDF."""

from __future__ import annotations

import os

import pytest

from casebook.crypto.recovery import (
    CodeTypo,
    diagnose,
    format_code,
    keyboard_readings,
    parse_code,
)

LATIN = "QWERTYUIOPASDFGHJKLZXCVBNM"
RUSSIAN = "ЙЦУКЕНГШЩЗФЫВАПРОЛДЯЧСМИТЬ"  # the same keys on the ЙЦУКЕН layout


def on_russian_keys(code: str) -> str:
    return code.translate(str.maketrans(LATIN, RUSSIAN))


@pytest.mark.parametrize("seed", range(20))
def test_a_code_typed_on_the_russian_layout_is_read(seed: int) -> None:
    code = format_code(bytes([seed]) * 16)
    typed = on_russian_keys(code)
    assert parse_code(typed) == code
    assert parse_code(typed.lower()) == code
    assert diagnose(typed) is None


def test_cyrillic_look_alikes_are_read_as_the_latin_letters() -> None:
    code = "ABCE-HKMP-TXY0-3456-7890-ABCE-HKMP"
    secret = os.urandom(16)
    real = format_code(secret)
    look = real.translate(str.maketrans("ABCEHKMPTXY", "АВСЕНКМРТХУ"))
    assert parse_code(look) == real
    assert keyboard_readings(code) == [code]


def test_a_typo_is_placed_in_its_group_before_any_kdf() -> None:
    real = format_code(bytes(range(16)))
    groups = real.split("-")
    found_groups = 0
    for g in range(7):
        for i in range(4):
            ch = groups[g][i]
            neighbour = {"0": "D", "1": "I", "5": "S", "8": "B", "2": "Z"}.get(ch)
            if neighbour is None:
                continue
            broken = groups.copy()
            broken[g] = groups[g][:i] + neighbour + groups[g][i + 1 :]
            typo = diagnose("-".join(broken))
            if parse_code("-".join(broken)) is not None:
                continue  # I→1 and O→0 are read as the same character
            assert typo is not None
            assert typo.kind == "check"
            if typo.group:
                assert typo.group == g + 1
                found_groups += 1
    assert found_groups >= 1


def test_swapped_neighbours_point_at_their_group() -> None:
    real = format_code(b"\x42" * 16)
    groups = real.split("-")
    for g in range(7):
        group = groups[g]
        if group[1] == group[2]:
            continue
        swapped = groups.copy()
        swapped[g] = group[0] + group[2] + group[1] + group[3]
        typo = diagnose("-".join(swapped))
        assert typo is not None
        assert typo.group in (0, g + 1)


def test_shape_problems_are_named() -> None:
    real = format_code(b"\x07" * 16)
    groups = real.split("-")
    short = groups.copy()
    short[2] = short[2][:3]
    assert diagnose("-".join(short)) == CodeTypo("group", 3, found=3)
    bad = groups.copy()
    bad[4] = bad[4][:3] + "U"
    assert diagnose("-".join(bad)) == CodeTypo("character", 5, char="U")
    assert diagnose(real.replace("-", "")[:27]) == CodeTypo("length", found=27)


@pytest.mark.parametrize(
    "passphrase",
    [
        "correct horse battery staple",
        "Пароль лодка мираж пенал затея",
        "violet-kettle-under-moonlit-harbour",
        "s3cret",
        "",
        "ab-cd-ef-gh-ij-kl",
    ],
)
def test_passphrases_are_not_taken_for_codes(passphrase: str) -> None:
    assert diagnose(passphrase) is None
