"""Identity card files: read one bounded, write one without overwriting anything.

A card is public (keys and a certificate, no names), so it is written readable (0644) where the
person chooses, typically a USB drive. Reading never takes more than a card can hold, so a huge
file chosen by mistake costs nothing.
"""

from __future__ import annotations

from pathlib import Path

from casebook.base.errors import InputRejected
from casebook.base.fsutil import atomic_write, os_error
from casebook.base.regular import open_regular
from casebook.domain.peers import MAX_CARD_BYTES, Card, parse_card

__all__ = ["load_card_file", "read_card_file", "write_card_file"]


def read_card_file(path: Path) -> bytes:
    """The bytes of a card file (at most one byte more than a card may hold).

    `NotARegularFile` for a folder, a named pipe (which would wait for a writer forever), a
    device or nothing at all.
    """
    with open_regular(path) as fh:
        data = bytearray()
        try:
            while len(data) <= MAX_CARD_BYTES and (
                block := fh.read(MAX_CARD_BYTES + 1 - len(data))
            ):
                data += block
        except OSError as e:
            raise os_error(e) from e
    return bytes(data)


def load_card_file(path: Path) -> Card:
    """Read and verify a card file; `InputRejected` when it is not a valid card."""
    return parse_card(read_card_file(path))


def write_card_file(path: Path, card: Card) -> None:
    """Write `card` to a new file at `path` (refuses to replace an existing file)."""
    if path.exists():
        raise InputRejected("the destination exists; choose a new file name")
    atomic_write(path, card.encode(), 0o644)
