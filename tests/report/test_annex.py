"""casebook.report.annex: page counts read from a PDF without trusting it; plain extensions."""

from __future__ import annotations

import zlib

import pytest

from casebook.report.annex import extension, page_count, pdf_pages
from reportkit import tiny_pdf


@pytest.mark.parametrize("pages", [1, 3, 12])
def test_pages_come_from_the_page_tree(pages: int) -> None:
    assert pdf_pages(tiny_pdf(pages)) == pages


def test_pages_are_found_inside_a_compressed_object_stream() -> None:
    assert pdf_pages(tiny_pdf(7, object_stream=True)) == 7


def test_what_is_not_a_pdf_has_no_page_count() -> None:
    assert pdf_pages(b"not a pdf /Type /Page") is None
    assert pdf_pages(b"%PDF-1.4\n nothing here") is None
    assert page_count("text/plain", b"x") is None
    assert page_count("image/jpeg", None) == 1


def test_a_deflate_bomb_is_not_inflated_past_its_bound() -> None:
    bomb = zlib.compress(b"\0" * (80 * 1024 * 1024), 9)
    data = (
        b"%PDF-1.5\n1 0 obj << /Type /ObjStm /N 1 /First 1 /Filter /FlateDecode >>\nstream\n"
        + bomb
        + b"\nendstream endobj\n"
    )
    assert pdf_pages(data) is None


@pytest.mark.parametrize(
    ("name", "media", "ext"),
    [
        ("протокол.PDF", "application/pdf", "pdf"),
        ("scan", "image/jpeg", "jpg"),
        ("a.tar.gz", "application/gzip", "gz"),
        ("x.привет", "text/plain", "txt"),
        ("x.../etc/passwd", "application/x-unknown", "bin"),
        ("x", "", "bin"),
    ],
)
def test_extensions_are_short_and_plain(name: str, media: str, ext: str) -> None:
    assert extension(name, media) == ext
