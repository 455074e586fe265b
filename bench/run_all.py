"""Every benchmark once, at a small size: a quick look that each still runs (`make bench`).

    python bench/run_all.py [--full]

The figures in the closing notes come from each bench run by hand at its full size (the
defaults of each script, described in its docstring): a 1 GiB bundle, a 1M-segment vault,
100k-op imports. Those take from minutes to an hour each; this runs them at sizes that take
a few minutes in all, one after the other, each in its own process, and stops at the first that
fails. With --full, each runs at its own defaults instead.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

# (script, arguments for the quick look)
BENCHES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("bench_age.py", ("--size-mib", "64", "--repeat", "1")),
    ("bench_bundle.py", ("--size-mib", "64", "--pairs", "5", "--rss-sizes", "", "--ops", "3000")),
    ("bench_commitment.py", ("--ops", "3000", "--pairs", "1", "--segments", "20")),
    ("bench_import_parts.py", ("--ops", "3000", "--pairs", "1")),
    ("bench_report.py", ("--events", "10", "--segments", "40", "--repeat", "1")),
    ("bench_store.py", ("--cases", "200", "--segments", "2000", "--attachment-mib", "16")),
    ("bench_ui.py", ("--cases", "2000", "--attach-mib", "16")),
)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--full", action="store_true", help="each bench at its own defaults")
    args = ap.parse_args()
    for script, quick in BENCHES:
        cmd = [sys.executable, str(HERE / script), *(() if args.full else quick)]
        print(f"\n######## {' '.join([script, *cmd[2:]])}", flush=True)
        if subprocess.run(cmd, check=False).returncode != 0:
            raise SystemExit(f"{script} failed")


if __name__ == "__main__":
    main()
