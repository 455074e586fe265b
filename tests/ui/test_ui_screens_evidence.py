"""The screens of dates, search, interviews and evidence (issue 12), in both languages, on a
1366×768 laptop and at 1280×800: rendered to docs/screenshots/<name>-<language>-<size>.png,
each window fitting the screen, with the main tour's checks (nothing untranslated or cut off,
no literal "&", every control named and reachable by keyboard). Qt's file dialog is checked
for any English word on a Russian screen, its own labels included."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QFileDialog, QLabel

from casebook.crypto.kdf import KdfPolicy
from casebook.ui.app import FRAME_ALLOWANCE

from .driver import Driver
from .screens import (
    accessible_name,
    controls,
    cut_off,
    keyboard_reachable,
    literal_ampersand,
    visible_texts,
)
from .screens_evidence import SCREENS, evidence_tour
from .test_ui_file_dialog import LATIN_WORD, dialog_texts
from .test_ui_screens import SHOTS, english_only


@pytest.mark.slow
@pytest.mark.parametrize("size", [(1366, 768), (1280, 800)])
@pytest.mark.parametrize("language", ["en", "ru"])
def test_evidence_screens(
    language: str,
    size: tuple[int, int],
    make_driver: Callable[..., Driver],
    tmp_path: Path,
    policy: KdfPolicy,
) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    width, height = size
    screen = QRect(0, 0, width, height)
    untranslated = english_only() if language == "ru" else set()
    seen, problems = [], []
    for name, widget in evidence_tour(make_driver, tmp_path, policy, language, screen):
        seen.append(name)
        image = widget.grab()
        assert image.save(str(SHOTS / f"{name}-{language}-{width}x{height}.png"))
        if image.width() > width - FRAME_ALLOWANCE.width() or image.height() > height - 30:
            problems.append(f"{name}: {image.width()}×{image.height()} does not fit {size}")
        for w, text in visible_texts(widget):
            if text in untranslated:
                problems.append(f"{name}: untranslated {text!r} in {type(w).__name__}")
            if isinstance(w, QLabel) and cut_off(w):
                problems.append(f"{name}: text cut off in QLabel {text!r}")
            if literal_ampersand(w):
                problems.append(f"{name}: a literal & in QLabel {text!r}")
        if isinstance(widget, QFileDialog):
            # Qt's own widgets: no casebook names to check, but not one English word.
            files = {p.name for p in Path(widget.directory().absolutePath()).iterdir()}
            data = files | {Path.home().name, widget.directory().dirName()}
            for text in dialog_texts(widget) if language == "ru" else []:
                if text not in data and LATIN_WORD.search(text):
                    problems.append(f"{name}: English {text!r} in Qt's file dialog")
            continue
        for w in controls(widget):
            if not accessible_name(w).strip():
                problems.append(f"{name}: {type(w).__name__} {w.objectName()!r} has no name")
            if not keyboard_reachable(w, widget):
                problems.append(f"{name}: {type(w).__name__} {accessible_name(w)!r} no keyboard")
            if cut_off(w):
                problems.append(f"{name}: text cut off in {type(w).__name__} {w.text()!r}")  # type: ignore[attr-defined]
    assert seen == list(SCREENS)
    assert not problems, "\n".join(problems)
