"""PADMÉ: pad a length so that it leaks only O(log log L) bits (Nikitin et al., PETS 2019).

    E        = floor(log2 L)
    S        = floor(log2 E) + 1
    mask     = 2^(E - S) - 1
    padme(L) = (L + mask) & ~mask

The padded length keeps its top S bits and zeroes the rest, so at most about 12 % is added.
A bundle's payload is rounded up further to a whole tar block (`padded_size`).
"""

from __future__ import annotations

__all__ = ["BLOCK", "is_padded_size", "padded_size", "padme"]

BLOCK = 512


def padme(length: int) -> int:
    """The PADMÉ length of `length` (lengths below 2 are returned as they are)."""
    if length < 0:
        raise ValueError("a length is 0 or more")
    if length < 2:
        return length
    e = length.bit_length() - 1
    s = e.bit_length()
    mask = (1 << (e - s)) - 1
    return (length + mask) & ~mask


def padded_size(length: int) -> int:
    """The smallest size ≥ `length` that is a whole number of tar blocks and a PADMÉ length.

    Rounding a PADMÉ length up to a block can leave a length that is not PADMÉ itself; the
    loop climbs until both hold (a few steps at most: large PADMÉ lengths end in zero bits).
    """
    size = length
    while True:
        size = -(-padme(size) // BLOCK) * BLOCK
        if padme(size) == size:
            return size
        size += 1


def is_padded_size(size: int) -> bool:
    """True when `size` is a size `padded_size` can return."""
    return size % BLOCK == 0 and padme(size) == size
