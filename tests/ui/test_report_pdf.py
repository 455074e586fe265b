"""casebook.ui.report_pdf: the report's PDF, checked with poppler's tools as a court's clerk or
an archivist would: no withheld value in its text, every pseudonym and annex hash there, every
font embedded, a footer on every page, PDF/A-1b declared, no name in the metadata, and a note
holding <img> and <a> printed as text with no image and no link."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from casebook.report import Audience, build_report
from casebook.report.build import BuiltReport
from casebook.service import CaseService
from casebook.ui.report_pdf import render_pdf
from factory import make_service
from reportkit import CANARIES, HOSTILE, IMG, LINK, CanaryCase, canary_case

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext, pdffonts) not installed"
)


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> tuple[CaseService, CanaryCase, BuiltReport]:
    svc = make_service(tmp_path_factory.mktemp("report") / "v")
    c = canary_case(svc)
    return svc, c, build_report(svc, c.case, Audience("echr"))


@pytest.fixture(scope="module", params=["ru", "en"])
def pdf(
    request: pytest.FixtureRequest,
    made: tuple[CaseService, CanaryCase, BuiltReport],
    tmp_path_factory: pytest.TempPathFactory,
    qapp: object,
) -> tuple[str, Path]:
    lang = str(request.param)
    path = tmp_path_factory.mktemp(lang) / "report.pdf"
    path.write_bytes(render_pdf(made[2].data, lang))
    return lang, path


def _tool(*args: str) -> str:
    done = subprocess.run(args, capture_output=True, check=True)
    return done.stdout.decode("utf-8")


def _text(path: Path, page: int | None = None, *, layout: bool = False) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    mode = ["-layout"] if layout else []
    return _tool("pdftotext", "-enc", "UTF-8", *mode, *pages, str(path), "-")


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _pages(path: Path) -> int:
    return int(re.search(r"^Pages:\s+(\d+)", _tool("pdfinfo", str(path)), re.M).group(1))  # type: ignore[union-attr]


def test_no_withheld_value_and_every_pseudonym_and_hash(
    pdf: tuple[str, Path], made: tuple[CaseService, CanaryCase, BuiltReport]
) -> None:
    lang, path = pdf
    text = _text(path)
    low = text.lower()
    for canary in CANARIES:
        assert canary.lower() not in low, canary
    pseudonyms = [p["pseudonym"][lang] for p in made[2].doc["persons"] if p["pseudonym"]]
    assert len(pseudonyms) == 3
    for pseudonym in pseudonyms:
        assert pseudonym in text, pseudonym
    squeezed = _squeeze(text)
    c = made[1]
    for sha in (c.pdf_sha, c.txt_sha):
        assert sha in squeezed
    assert made[2].sha256 in squeezed  # report.json's own hash, under the signature
    # The conflicted date: every value, in the language of the report.
    said = ("март 2024", "2 апреля 2024") if lang == "ru" else ("March 2024", "2 April 2024")
    conflict = text[text.index("⚠") :]
    assert all(s in conflict for s in said)


def test_a_note_with_html_is_printed_as_text_with_no_image_and_no_link(
    pdf: tuple[str, Path],
) -> None:
    _, path = pdf
    squeezed = _squeeze(_text(path))
    assert _squeeze(IMG) in squeezed
    assert _squeeze(LINK) in squeezed
    assert _squeeze(HOSTILE) in squeezed
    images = _tool("pdfimages", "-list", str(path)).splitlines()
    assert len(images) == 2  # the header lines of an empty list
    raw = path.read_bytes()
    for marker in (b"/URI", b"/Link", b"/Launch", b"/JavaScript", b"/EmbeddedFile"):
        assert marker not in raw, marker
    assert not re.search(rb"/Subtype\s*/Image", raw)
    assert b"/etc/passwd" not in raw  # the text is glyphs; no file path as a resource


def test_every_font_is_embedded(pdf: tuple[str, Path]) -> None:
    _, path = pdf
    rows = _tool("pdffonts", str(path)).splitlines()[2:]
    assert rows, "no fonts listed"
    names = [row.split()[0] for row in rows]
    assert any(n.endswith("DejaVuSans") for n in names)
    for row in rows:
        # name type [type] encoding emb sub uni object ID: emb is the 5th field from the end
        assert row.split()[-5] == "yes", row


def test_every_page_has_the_id_and_its_number_of_all(
    pdf: tuple[str, Path], made: tuple[CaseService, CanaryCase, BuiltReport]
) -> None:
    lang, path = pdf
    pages = _pages(path)
    assert pages >= 3
    short = made[2].short_id
    for n in range(1, pages + 1):
        text = _text(path, n)
        footer = f"Стр. {n} из {pages}" if lang == "ru" else f"Page {n} of {pages}"
        assert footer in text, (n, text[-200:])
        assert short in text


def test_pdf_a_1b_is_declared_and_the_metadata_names_nobody(
    pdf: tuple[str, Path], made: tuple[CaseService, CanaryCase, BuiltReport]
) -> None:
    _, path = pdf
    raw = path.read_bytes()
    assert re.search(rb'pdfaid:part="1"', raw)
    assert re.search(rb'pdfaid:conformance="B"', raw)
    assert b"/GTS_PDFA1" in raw
    info = _tool("pdfinfo", str(path)) + _tool("pdfinfo", "-meta", str(path))
    title = re.search(r"^Title:[ \t]*(.*)$", info, re.M)
    assert title is not None
    assert title.group(1).strip() == made[2].short_id
    author = re.search(r"^Author:[ \t]*(.*)$", info, re.M)
    assert author is None or not author.group(1).strip()
    low = info.lower()
    for canary in (*CANARIES, "дело"):
        assert canary.lower() not in low


def test_verification_steps_are_there_in_both_languages(pdf: tuple[str, Path]) -> None:
    _, path = pdf
    text = _text(path, layout=True)
    for needle in (
        "sha256sum -c SHA256SUMS",
        "shasum -a 256 -c SHA256SUMS",
        "certutil -hashfile",
        "openssl pkeyutl -verify",
        "Сохраните эти строки",
        "Save these lines",
        "-----BEGIN PUBLIC KEY-----",
    ):
        assert needle in text, needle


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_the_custody_annex_marks_entries_of_a_revoked_key_after_its_cut_off(
    lang: str, tmp_path: Path, qapp: object
) -> None:
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bundle"))
    from test_bundle_custody_revoked import Team  # Alice revoked at Bob; Dave relays

    team = Team(tmp_path)
    built = build_report(team.bob, team.case, Audience("echr"))
    path = tmp_path / "report.pdf"
    path.write_bytes(render_pdf(built.data, lang))
    text = _squeeze(_text(path))
    entry = {
        "en": "signed by a revoked key after its cut-off",
        "ru": "подписано отозванным ключом после границы отзыва",
    }[lang]
    warning = {
        "en": "This chain holds entries signed by a revoked key after its cut-off",
        "ru": "В этой цепочке есть записи, подписанные отозванным ключом после границы отзыва",
    }[lang]
    assert text.count(_squeeze(entry)) >= 2
    assert _squeeze(warning) in text
