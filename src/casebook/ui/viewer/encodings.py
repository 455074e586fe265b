"""Which encoding a text file is in: UTF-8, UTF-16 (with a byte-order mark, or plainly so), or
one of the Russian single-byte encodings a lawyer meets (Windows-1251 from Notepad on Russian
Windows, KOI8-R from old mail and Unix, CP866 from DOS and some court software).

Plain Python, no Qt and no new dependency: a byte-order mark decides; then strict UTF-8; then
each single-byte encoding is decoded and scored by how Russian the letters look (the frequency
of each Cyrillic letter in Russian text, lower case counting more than upper case, signs that
prose never holds counting against). Text that is neither picks Windows-1251, whose decoding
never fails.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["ENCODINGS", "Decoded", "decode", "detect"]

# (codec, what the viewer calls it): the choices offered, in this order.
ENCODINGS = (
    ("utf-8", "UTF-8"),
    ("utf-16", "UTF-16"),
    ("cp1251", "Windows-1251"),
    ("koi8_r", "KOI8-R"),
    ("cp866", "CP866 (DOS)"),
)
_SINGLE_BYTE = ("cp1251", "koi8_r", "cp866")
SAMPLE = 64 * 1024  # enough text to tell encodings apart

# Russian letter frequencies, in percent (a large corpus of prose).
_FREQ = dict(
    zip(
        "оеаинтсрвлкмдпуяыьгзбчйхжшюцщэфъё",
        (10.97, 8.45, 8.01, 7.35, 6.70, 6.26, 5.47, 4.73, 4.54, 4.40, 3.49, 3.21, 2.98, 2.81,
         2.62, 2.01, 1.90, 1.74, 1.70, 1.65, 1.59, 1.44, 1.21, 0.97, 0.94, 0.73, 0.64, 0.48,
         0.36, 0.32, 0.26, 0.04, 0.04),
        strict=True,
    )
)  # fmt: skip


@dataclass(frozen=True)
class Decoded:
    """A text and the codec it was read with."""

    text: str
    codec: str


def _score(text: str) -> float:
    """How much `text` looks like Russian: each letter by its frequency, whatever its case (a
    wrong table swaps cases as readily as letters: an all-capitals complaint is still Russian),
    box-drawing and other symbols of a wrong decoding against it."""
    score = 0.0
    for ch in text:
        low = ch.lower()
        if low in _FREQ:
            score += _FREQ[low]
        elif ord(ch) >= 0x80 and not ch.isalpha():
            score -= 4.0  # ╬, ¤, ‰, …: what a wrong single-byte table turns letters into
    return score


def _utf16_without_bom(data: bytes) -> str | None:
    """ "utf-16-le" or "utf-16-be" when every other byte is the high byte of Latin or Cyrillic
    letters (0 or 4) and the text decodes: UTF-16 saved without its byte-order mark."""
    sample = data[: min(len(data), SAMPLE) // 2 * 2]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    for codec, high in (("utf-16-le", odd), ("utf-16-be", even)):
        if high.count(0) + high.count(4) >= 0.9 * len(high):
            try:
                sample.decode(codec)
            except UnicodeDecodeError:
                continue
            return codec
    return None


def detect(data: bytes) -> str:
    """The codec `data` is most likely in (one of ENCODINGS, or "utf-8-sig", "utf-16-le"…)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    sample = data[:SAMPLE]
    wide = _utf16_without_bom(data) if b"\x00" in sample or b"\x04" in sample else None
    if wide is not None:
        return wide
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError as e:
        if len(data) == len(sample) or e.start < len(sample) - 3:  # not a character cut short
            return max(_SINGLE_BYTE, key=lambda c: _score(sample.decode(c, errors="replace")))
    return "utf-8"


def decode(data: bytes, codec: str | None = None) -> Decoded:
    """`data` as text in `codec` (detected when None); what does not decode becomes �."""
    codec = codec or detect(data)
    return Decoded(data.decode(codec, errors="replace"), codec)
