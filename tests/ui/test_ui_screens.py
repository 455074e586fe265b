"""Every main screen, in both languages, rendered to docs/screenshots/. On the same tour:
nothing untranslated, nothing cut off, every control named for screen readers and reachable
by keyboard."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from casebook.crypto.kdf import KdfPolicy
from casebook.domain import vocab

from .driver import Driver
from .screens import (
    SCREENS,
    accessible_name,
    controls,
    cut_off,
    keyboard_reachable,
    literal_ampersand,
    tour,
    visible_texts,
)

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "docs" / "screenshots"
RU_TS = ROOT / "src" / "casebook" / "ui" / "i18n" / "casebook_ru.ts"


def english_only() -> set[str]:
    """Interface strings whose Russian differs: seeing one in the Russian UI is a miss."""
    out = set()
    for m in ET.parse(RU_TS).getroot().iter("message"):  # noqa: S314 - our own catalog
        source = m.findtext("source") or ""
        tr = m.find("translation")
        if tr is not None and tr.text and tr.text != source and "%" not in source:
            out.add(source)
    for terms in vocab.shipped().values():
        out.update(t.en for t in terms if t.en != t.ru)
    return out


@pytest.mark.slow
@pytest.mark.parametrize("language", ["en", "ru"])
def test_screens(
    language: str, make_driver: Callable[..., Driver], tmp_path: Path, policy: KdfPolicy
) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    untranslated = english_only() if language == "ru" else set()
    seen = []
    problems: list[str] = []
    for name, widget in tour(make_driver, tmp_path, policy, language):
        seen.append(name)
        image = widget.grab()
        assert not image.isNull()
        assert image.save(str(SHOTS / f"{name}-{language}.png"))
        for w, text in visible_texts(widget):
            if text in untranslated:
                problems.append(f"{name}: untranslated {text!r} in {type(w).__name__}")
        for w in controls(widget):
            if not accessible_name(w).strip():
                problems.append(f"{name}: {type(w).__name__} {w.objectName()!r} has no name")
            if not keyboard_reachable(w, widget):
                problems.append(f"{name}: {type(w).__name__} {accessible_name(w)!r} no keyboard")
            if cut_off(w):
                problems.append(f"{name}: text cut off in {type(w).__name__} {w.text()!r}")  # type: ignore[attr-defined]
        for w, text in visible_texts(widget):
            if isinstance(w, QLabel) and cut_off(w):
                problems.append(f"{name}: text cut off in QLabel {text!r}")
            if literal_ampersand(w):
                problems.append(f"{name}: a literal & in QLabel {text!r}")
    assert seen == list(SCREENS)
    assert not problems, "\n".join(problems)
