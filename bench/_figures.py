"""The benchmarks' `--json PATH`: the figures they print, as a flat JSON dict name → number.

Kept apart from `_common.py` (which builds vaults through the product's internals and changes
with them) so that bench/compare.py can pair these scripts with an earlier commit's helpers.
"""

from __future__ import annotations

import json
import statistics
from pathlib import Path

from _common import percentile


def write_json(path: str | None, figures: dict[str, float]) -> None:
    """Write `figures` to `path` as flat JSON (sorted names); nothing when `path` is None."""
    if path:
        Path(path).write_text(json.dumps(figures, indent=1, sort_keys=True) + "\n")


def stats_ms(prefix: str, samples: list[float]) -> dict[str, float]:
    """`{prefix}_p50_ms`, `_p95_ms` and `_max_ms` of durations in seconds, as `summary_ms`."""
    return {
        f"{prefix}_p50_ms": 1000 * statistics.median(samples),
        f"{prefix}_p95_ms": 1000 * percentile(samples, 95),
        f"{prefix}_max_ms": 1000 * max(samples),
    }
