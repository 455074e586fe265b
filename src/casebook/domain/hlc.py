"""The hybrid logical clock of the op-log (DESIGN §4): (wall milliseconds << 16) | counter.

It orders display and breaks ties between concurrent ops; it never decides correctness. Ops
stamped more than a day ahead of this machine's clock are flagged, not refused.
"""

from __future__ import annotations

import time

__all__ = ["Hlc"]


class Hlc:
    """A hybrid logical clock: (wall milliseconds << 16) | counter.

    `now()` never goes backwards, even when the wall clock does; `observe()` moves it past a
    timestamp seen in someone else's op.
    """

    COUNTER_BITS = 16

    def __init__(self, last: int = 0) -> None:
        self.last = last

    @staticmethod
    def wall() -> int:
        """The wall clock as an HLC value with counter 0."""
        return int(time.time() * 1000) << Hlc.COUNTER_BITS

    def now(self) -> int:
        """A fresh timestamp greater than every one issued or observed."""
        self.last = max(self.wall(), self.last + 1)
        return self.last

    def observe(self, stamp: int) -> None:
        """Take note of a timestamp from an op that arrived."""
        self.last = max(self.last, stamp)

    @staticmethod
    def to_ms(stamp: int) -> int:
        """The wall-clock milliseconds of a stamp."""
        return stamp >> Hlc.COUNTER_BITS

    @staticmethod
    def is_far_future(stamp: int, *, slack_ms: int = 24 * 3600 * 1000) -> bool:
        """True for a stamp more than a day ahead of this machine's clock: flagged, not refused."""
        return Hlc.to_ms(stamp) > int(time.time() * 1000) + slack_ms
