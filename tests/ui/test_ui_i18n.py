"""English and Russian are complete: the catalogs hold every string of the sources, finished,
with the same placeholders and keyboard mnemonics. Vocabulary labels come from the core."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication

from casebook.base.errors import WrongPassphrase
from casebook.domain import vocab
from casebook.ui.errors import message_for
from casebook.ui.translation import Translations, catalog_path, vocab_label

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "src" / "casebook" / "ui"
CATALOGS = {lang: UI / "i18n" / f"casebook_{lang}.ts" for lang in ("en", "ru")}
PLACEHOLDER = re.compile(r"%(?:\d|n)")
FORMS = {"en": 2, "ru": 3}


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    """(context, source) → <message> element."""
    tree = ET.parse(ts)  # noqa: S314 - our own catalogs from the repo
    out = {}
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            out[(name, m.findtext("source") or "")] = m
    return out


@pytest.mark.parametrize("language", ["en", "ru"])
def test_catalog_is_finished(language: str) -> None:
    found = messages(CATALOGS[language])
    assert found, "empty catalog"
    for (context, source), m in found.items():
        tr = m.find("translation")
        assert tr is not None
        kind = tr.get("type")
        assert kind not in ("unfinished", "vanished", "obsolete"), (context, source, kind)
        if m.get("numerus") == "yes":
            forms = [f.text or "" for f in tr.iter("numerusform")]
            assert len(forms) == FORMS[language], (context, source)
            assert all("%n" in f or "%n" not in source for f in forms), (context, source)
            texts = forms
        else:
            assert tr.text, (context, source)
            texts = [tr.text]
        for text in texts:
            wanted = sorted(set(PLACEHOLDER.findall(source)) - {"%n"})
            assert sorted(set(PLACEHOLDER.findall(text)) - {"%n"}) == wanted, (context, source)
            assert ("&" in source) == ("&" in text.replace("&&", "")), (context, source)


def test_catalogs_hold_the_same_messages() -> None:
    assert set(messages(CATALOGS["en"])) == set(messages(CATALOGS["ru"]))


def test_no_string_in_the_sources_is_missing_from_the_catalogs(tmp_path: Path) -> None:
    """lupdate over the sources finds nothing that the shipped catalogs lack."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    sources = sorted(str(p.relative_to(ROOT)) for p in UI.rglob("*.py"))
    for language, ts in CATALOGS.items():
        copy = tmp_path / ts.name
        shutil.copy(ts, copy)
        subprocess.run(
            [str(lupdate), *sources, "-ts", str(copy), "-no-obsolete"],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        fresh = messages(copy)
        assert set(fresh) == set(messages(ts)), f"run `make lupdate` and translate ({language})"
        unfinished = [k for k, m in fresh.items() if m.find("translation").get("type")]  # type: ignore[union-attr]
        assert unfinished == [], unfinished


def test_compiled_catalogs_load_and_switch(qapp: Any) -> None:
    translations = Translations(qapp)
    try:
        assert catalog_path("ru").exists(), "the build compiles .ts to .qm"
        assert translations.install("ru")
        assert "Неверная парольная фраза" in message_for(WrongPassphrase())
        assert QCoreApplication.translate("Labels", "Title") == "Название"
        assert translations.install("en")
        assert message_for(WrongPassphrase()).startswith("The passphrase is wrong")
    finally:
        translations.install("en")


def test_shared_base_class_strings_are_translated(qapp: Any) -> None:
    """Strings of a shared helper (every tab's delete question) live under its own context,
    and lupdate only sees literal translate() calls: a wrapper would leave them in English."""
    translations = Translations(qapp)
    try:
        assert translations.install("ru")
        assert QCoreApplication.translate("Deleting", "Delete") == "Удалить"
        assert QCoreApplication.translate("Deleting", "Keep") == "Оставить"
    finally:
        translations.install("en")


def test_vocabulary_labels_come_from_the_core() -> None:
    for name, terms in vocab.shipped().items():
        for term in terms:
            assert vocab_label(name, term.code, "ru") == term.ru
            assert vocab_label(name, term.code, "en") == term.en
    assert vocab_label("event_type", "detention", "ru") == "Задержание"
    assert vocab_label("role", None, "ru") == ""
