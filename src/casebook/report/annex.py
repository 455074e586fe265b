"""The annexes of a report: their numbers, their file names in the package, their pages.

    attachments/NN_<sha256>.<ext>      NN: the annex number, two digits (three past 99)

Annexes are numbered in the order the files were taken into the vault (chronologically, as the
ECtHR's practice direction on annexes asks), and paginated in one run: annex 1 holds pages 1–3,
annex 2 pages 4–4, and so on. Pages are counted for PDF files (from the page tree, inside
compressed object streams too) and are 1 for an image; other files have no page count and take
no page numbers. A count never trusts the file: bounded reads, bounded inflation.
"""

from __future__ import annotations

import mimetypes
import re
import zlib
from dataclasses import dataclass

__all__ = ["MAX_COUNTED", "Annex", "extension", "pdf_pages"]

MAX_COUNTED = 256 * 1024 * 1024  # larger PDFs are not read to count their pages
_MAX_INFLATE = 64 * 1024 * 1024  # per compressed object stream
_EXT = re.compile(r"[a-z0-9]{1,8}")
_PAGE = re.compile(rb"/Type\s*/Page(?![A-Za-z])")
_PAGES_COUNT = re.compile(rb"/Type\s*/Pages(?![A-Za-z])[^>]{0,400}?/Count\s+(\d{1,7})")
_COUNT_PAGES = re.compile(rb"/Count\s+(\d{1,7})[^>]{0,400}?/Type\s*/Pages(?![A-Za-z])")
_OBJSTM = re.compile(rb"<<([^<>]{0,1000}/ObjStm[^<>]{0,1000})>>\s*stream\r?\n")


@dataclass(frozen=True)
class Annex:
    """One annex: its number, the attachment it copies, and where it goes in the package."""

    n: int
    attachment_id: bytes
    sha256: bytes
    ext: str
    size: int
    media_type: str
    pages: int | None
    width: int = 2  # digits of the number in file names

    @property
    def file_name(self) -> str:
        """`attachments/` holds it under this name: NN_<sha256>.<ext>."""
        return f"{self.n:0{self.width}d}_{self.sha256.hex()}.{self.ext}"


def extension(name: str, media_type: str) -> str:
    """A plain extension for a file: its own when short and plain, else one for its type."""
    suffix = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if _EXT.fullmatch(suffix):
        return suffix
    guessed = mimetypes.guess_extension(media_type or "", strict=False) or ""
    guessed = guessed.lstrip(".").lower()
    return guessed if _EXT.fullmatch(guessed) else "bin"


def _inflate(data: bytes) -> bytes:
    try:
        return zlib.decompressobj().decompress(data, _MAX_INFLATE)
    except zlib.error:
        return b""


def _counts(data: bytes) -> tuple[list[int], int]:
    """The /Count of every page-tree node, and how many page objects, in `data`."""
    counts = [int(m.group(1)) for m in _PAGES_COUNT.finditer(data)]
    counts += [int(m.group(1)) for m in _COUNT_PAGES.finditer(data)]
    return counts, len(_PAGE.findall(data))


def pdf_pages(data: bytes) -> int | None:
    """How many pages a PDF has (None when it cannot tell): the largest /Count of a page-tree
    node (the root's), else the number of page objects; object streams are looked into."""
    if not data.startswith(b"%PDF-"):
        return None
    counts, pages = _counts(data)
    for m in _OBJSTM.finditer(data):
        if b"/FlateDecode" not in m.group(1):
            continue
        inner_counts, inner_pages = _counts(_inflate(data[m.end() : m.end() + _MAX_INFLATE]))
        counts += inner_counts
        pages += inner_pages
    if counts:
        return max(counts) or None
    return pages or None


def page_count(media_type: str, data: bytes | None) -> int | None:
    """Pages of an annex: counted for a PDF, 1 for an image, None for anything else."""
    if media_type.startswith("image/"):
        return 1
    if media_type == "application/pdf" and data is not None:
        return pdf_pages(data)
    return None
