"""Run a benchmark on an earlier commit and on the current tree, interleaved, side by side.

    python bench/compare.py --base REV [--head REV] [--script bench_store.py] [--runs N]
                            [--bench head|own] [--metrics REGEX] [-- script args…]

`--base REV` is checked out into a temporary `git worktree` (removed afterwards, on Ctrl-C and
failure too). The head side is the working tree, or a second temporary worktree with
`--head REV` (for when the working tree is mid-edit). The benchmark then runs N times on each
side, alternately (base, head, base, head, …), each run a fresh child process of this
interpreter (`sys.executable`, the project's venv) with PYTHONPATH set to that side's `src`, so
that each side imports its own casebook: PYTHONPATH comes before the editable install of the
working tree on sys.path, and `casebook.__file__` is checked and printed once per side.

Which measuring code runs (the bench/ files are copied once at the start, so edits made to
them during the runs do not leak in):

    --bench head   (default) the head side's bench script for both sides: the same measuring
                   code on different product code. `_common.py`, which builds vaults and
                   services through the product's internals, is each side's own.
    --bench own    each side its own copy of bench/; for when head's script uses APIs that the
                   base does not have (a refactor of the service API).

Each run gets `--json PATH` and writes its figures there (a flat dict name → number). A script
that has no `--json` (an earlier commit's) has its printed figures read from its output instead;
then both sides are read that way, so that the names match. The table shows, per figure, the
median of each side's runs, the ratio head/base and a note where head is worse by more than
the threshold (10 %): a higher time, size or overhead ratio, or a lower `…_per_s` rate.
"ranges overlap" means the two sides' runs overlap: within this machine's run-to-run noise.

    python bench/compare.py --base HEAD~1 --runs 3 -- --cases 500 --segments 5000 \\
        --attachment-mib 64                                   # ≈ 1 min a run here
    python bench/compare.py --base HEAD~1 --runs 3 --script bench_ui.py -- --cases 5000 \\
        --attach-mib 64                                       # ≈ 25 s a run
    # across the service-API refactor (8d1ba53): each side runs its own script
    python bench/compare.py --base 8d1ba53~1 --head 8d1ba53 --bench own \\
        --metrics 'durable|fts_all|case_list|stall' -- …

Exit status: 0; 1 when a run failed; 2 with `--fail-on-worse` when a figure is worse.
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType

BENCH = Path(__file__).resolve().parent
# Rates and speed ratios (bench_bundle's casebook / age throughput); everything else (times,
# sizes, overhead ratios) is better lower.
HIGHER_IS_BETTER = ("_per_s", "_speed_x")
HELPERS = "_common.py"  # builds vaults through the product's internals: each side's own


class RunFailed(RuntimeError):
    """A benchmark run (or the check before it) exited with an error; on which side, if any."""

    def __init__(self, message: str, side: str = "") -> None:
        super().__init__(message)
        self.side = side


@dataclass
class Side:
    """One side of the comparison: a source tree, its copy of bench/ and its runs' figures."""

    name: str
    label: str  # what it is: a commit, or the working tree
    root: Path
    bench: Path = Path()  # the copy of bench/ this side runs
    has_json: bool = True
    runs: list[dict[str, float]] = field(default_factory=list)
    seconds: list[float] = field(default_factory=list)

    @property
    def src(self) -> Path:
        """The tree's `src`, first on the child's PYTHONPATH."""
        return self.root / "src"

    def env(self) -> dict[str, str]:
        """The environment of a child process on this side."""
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join([str(self.src), str(self.bench)])
        env.pop("PYTHONHOME", None)
        return env


def git(*args: str, cwd: Path = BENCH) -> str:
    """Run git; its stdout, stripped."""
    res = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=False)
    if res.returncode:
        raise RunFailed(f"git {' '.join(args)}: {res.stderr.strip()}")
    return res.stdout.strip()


def describe(rev: str) -> str:
    """`abc1234 subject` of a commit, shortened."""
    line = git("log", "-1", "--format=%h %s", rev)
    return line if len(line) <= 72 else line[:71] + "…"


@contextlib.contextmanager
def worktree(rev: str, parent: Path, name: str) -> Iterator[tuple[Path, str]]:
    """A detached worktree of `rev` under `parent`, removed on the way out; (path, sha)."""
    sha = git("rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}")
    path = parent / name
    git("worktree", "add", "--detach", "--quiet", str(path), sha)
    try:
        compile_catalogs(path)
        yield path, sha
    finally:
        try:
            git("worktree", "remove", "--force", str(path))
        except RunFailed:
            shutil.rmtree(path, ignore_errors=True)
            with contextlib.suppress(RunFailed):
                git("worktree", "prune")


def compile_catalogs(root: Path) -> None:
    """Compile the UI's Qt catalogs (.ts → .qm, not in git) as the build does, if we can."""
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    if not lrelease.exists():
        return
    for ts in (root / "src").glob("casebook/ui/i18n/*.ts"):
        subprocess.run(
            [str(lrelease), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
            capture_output=True,
            check=False,
        )


def copy_bench(scripts: Path, helpers: Path, dest: Path) -> Path:
    """bench/*.py of `scripts` into `dest`, with `_common.py` from `helpers` if it has one."""
    dest.mkdir()
    for py in scripts.glob("*.py"):
        shutil.copy2(py, dest / py.name)
    if (helpers / HELPERS).is_file():
        shutil.copy2(helpers / HELPERS, dest / HELPERS)
    return dest


def check_side(side: Side, script: str, cwd: Path) -> None:
    """The side imports casebook from its own `src` and all that `script` needs; --json?"""
    code = "import casebook; print(casebook.__file__)"
    res = subprocess.run(
        [sys.executable, "-c", code],
        env=side.env(),
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
    )
    if res.returncode:
        raise RunFailed(
            f"{side.name} ({side.label}): cannot import casebook\n{res.stderr}", side.name
        )
    where = Path(res.stdout.strip()).resolve()
    if not where.is_relative_to(side.src.resolve()):
        raise RunFailed(f"{side.name}: casebook comes from {where}, not {side.src}", side.name)
    res = subprocess.run(
        [sys.executable, str(side.bench / script), "--help"],
        env=side.env(),
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
    )
    if res.returncode:
        raise RunFailed(
            f"{side.name} ({side.label}): {script} does not start on this side's code:\n"
            f"{res.stderr.strip()}",
            side.name,
        )
    side.has_json = "--json" in res.stdout
    print(f"{side.name}: {side.label}\n{'':6}casebook from {where}", flush=True)


def run_once(
    side: Side, script: str, args: Sequence[str], out: Path, tag: str, *, quiet: bool, cwd: Path
) -> None:
    """One run of `script` on `side`; its figures (JSON, or read from its output) are kept."""
    use_json = side.has_json
    cmd = [sys.executable, str(side.bench / script), *args]
    if use_json:
        cmd += ["--json", str(out)]
    lines: list[str] = []
    t0 = time.perf_counter()
    with subprocess.Popen(
        cmd,
        env=side.env(),
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        bufsize=1,
    ) as proc:
        try:
            assert proc.stdout is not None
            for line in proc.stdout:
                lines.append(line)
                if not quiet:
                    print(f"[{tag}] {line}", end="", flush=True)
            rc = proc.wait()
        except BaseException:
            proc.kill()
            proc.wait()
            raise
    seconds = time.perf_counter() - t0
    if rc:
        shown = "".join(lines[-40:]) if quiet else ""
        raise RunFailed(
            f"{tag}: {script} exited with {rc} after {seconds:.0f} s\n{shown}", side.name
        )
    if use_json:
        data = json.loads(out.read_text())
        figures = {k: float(v) for k, v in data.items() if isinstance(v, int | float)}
    else:
        figures = parse_printed(lines)
    if not figures:
        raise RunFailed(f"{tag}: {script} gave no figures", side.name)
    side.runs.append(figures)
    side.seconds.append(seconds)
    print(f"[{tag}] done in {seconds:.0f} s", flush=True)


# The printed figures of bench_store.py and bench_ui.py, for scripts without --json. The names
# are those --json uses (see FIGURES there).
_NUM = r"(-?[\d.]+)"
_SUMMARY = re.compile(
    rf"^\[(sqlcipher|plain)\] (.+?)\s+p50\s+{_NUM} ms\s+p95\s+{_NUM} ms\s+max\s+{_NUM} ms"
)
_WROTE = re.compile(rf"^\[(sqlcipher|plain)\] wrote .* in {_NUM} s \({_NUM} segments/s\)")
_RATIO = re.compile(rf"^(writes|fts all|list first|list next|durable segment):\s+{_NUM}x")
_PRINTED: list[tuple[re.Pattern[str], tuple[str, ...]]] = [
    (re.compile(rf"^unlock: KDF .*\) {_NUM} ms, whole unlock {_NUM} ms, overhead {_NUM} ms"),
     ("unlock_kdf_ms", "unlock_ms", "unlock_overhead_ms")),
    (re.compile(rf"^attachment .* intake {_NUM} MB/s.* read back {_NUM} MB/s, peak RSS {_NUM}"),
     ("attachment_intake_mb_per_s", "attachment_read_mb_per_s", "attachment_peak_rss_mib")),
    (re.compile(rf"^unlock: real KDF unlock to first rows\s+{_NUM} ms"),
     ("unlock_first_rows_ms",)),
    (re.compile(rf"^intake: .* in {_NUM} s \({_NUM} MiB/s\)"), ("intake_s", "intake_mib_per_s")),
    (re.compile(rf"^scroll: \d+ cases written in {_NUM} s"), ("scroll_setup_write_s",)),
    (re.compile(rf"^scroll: unlock to first rows on screen\s+{_NUM} ms"),
     ("scroll_unlock_first_rows_ms",)),
    (re.compile(rf"^scroll: longest stall until then\s+{_NUM} ms"),
     ("scroll_unlock_stall_max_ms",)),
    (re.compile(rf"^scroll: to the end of \d+ rows in {_NUM} s"), ("scroll_to_end_s",)),
    (re.compile(rf"^bundle: sealed .* in {_NUM} s"), ("bundle_seal_s",)),
    (re.compile(rf"^bundle: imported .* in {_NUM} s"), ("bundle_import_s",)),
]  # fmt: skip
_STALL = re.compile(rf"^(unlock|intake|scroll|bundle): longest UI-thread stall\s+{_NUM} ms")
_FILTER = re.compile(rf"^scroll: quick filter (.+?)\s+over all rows:\s+{_NUM} ms")
_FILTER_NAMES = {"000123": "000123", "0001": "0001", "задерж": "word"}


def _summary_name(what: str) -> str:
    """`fts common word` → fts_common, `case list first page` → case_list_first_page."""
    if what.startswith("fts "):
        return "fts_" + what[4:].removesuffix(" word").replace(" ", "_")
    if what == "durable segment":
        return "segment_durable"
    return what.replace(" ", "_")


def parse_printed(lines: Sequence[str]) -> dict[str, float]:
    """The figures a bench script printed, under the names its --json would give them."""
    out: dict[str, float] = {}
    bundle_phase = "seal"
    cleared = 0
    for raw in lines:
        line = raw.strip()
        if m := _SUMMARY.match(line):
            prefix = "" if m[1] == "sqlcipher" else "plain_"
            name = prefix + _summary_name(m[2].strip())
            for stat, value in zip(("p50", "p95", "max"), m.groups()[2:], strict=True):
                out[f"{name}_{stat}_ms"] = float(value)
        elif m := _WROTE.match(line):
            prefix = "" if m[1] == "sqlcipher" else "plain_"
            out[f"{prefix}write_s"] = float(m[2])
            out[f"{prefix}write_segments_per_s"] = float(m[3])
        elif m := _RATIO.match(line):
            key = m[1].replace(" ", "_") + ("" if m[1] == "writes" else "_p50")
            out[f"sqlcipher_over_plain_{key}_x"] = float(m[2])
            if m[1] == "fts all" and (p95 := re.search(rf"p95 {_NUM} ms", line)):
                out["fts_all_p95_ms"] = float(p95[1])
        elif m := _STALL.match(line):
            scenario = f"bundle_{bundle_phase}" if m[1] == "bundle" else m[1]
            out[f"{scenario}_stall_max_ms"] = float(m[2])
        elif m := _FILTER.match(line):
            text = ast.literal_eval(m[1])
            if text:
                name = _FILTER_NAMES.get(text, re.sub(r"\W", "_", text))
            else:
                name, cleared = ("cleared", "cleared_again")[min(cleared, 1)], cleared + 1
            out[f"scroll_filter_{name}_ms"] = float(m[2])
        else:
            for pattern, names in _PRINTED:
                if m := pattern.match(line):
                    out.update(zip(names, map(float, m.groups()), strict=True))
                    if names[0] in ("bundle_seal_s", "bundle_import_s"):
                        bundle_phase = names[0].removeprefix("bundle_").removesuffix("_s")
                    break
    stalls = [v for k, v in out.items() if k.endswith("_stall_max_ms")]
    if stalls:
        out["ui_stall_max_ms"] = max(stalls)
    return out


def badness(metric: str, ratio: float) -> float:
    """How much worse head is than base, as a fraction (negative: better)."""
    if metric.endswith(HIGHER_IS_BETTER):
        return 1 - ratio
    return ratio - 1


def table(base: Side, head: Side, threshold: float, pattern: re.Pattern[str] | None) -> int:
    """Print the side-by-side table; return how many figures are worse than the threshold."""
    names = sorted({k for run in base.runs + head.runs for k in run})
    if pattern is not None:
        names = [n for n in names if pattern.search(n)]
    width = max([len("metric"), *map(len, names)])
    print(f"\n{'metric':<{width}}  {'base':>10}  {'head':>10}  {'head/base':>9}  note")
    print("-" * (width + 48))
    worse = 0
    for name in names:
        b = [run[name] for run in base.runs if name in run]
        h = [run[name] for run in head.runs if name in run]
        if not b or not h:
            cells = [f"{statistics.median(x):10.3f}" if x else "—" for x in (b, h)]
            print(f"{name:<{width}}  {cells[0]:>10}  {cells[1]:>10}  {'':>9}  on one side only")
            continue
        mb, mh = statistics.median(b), statistics.median(h)
        if mb <= 0 or mh < 0:  # e.g. an overhead that came out negative: no ratio
            print(f"{name:<{width}}  {mb:10.3f}  {mh:10.3f}  {'—':>9}")
            continue
        ratio = mh / mb
        note = ""
        bad = badness(name, ratio)
        if bad > threshold:
            worse += 1
            note = f"WORSE by {100 * bad:.0f}%"
            if len(b) > 1 and min(h) <= max(b) and min(b) <= max(h):
                note += " (ranges overlap)"
        print(f"{name:<{width}}  {mb:10.3f}  {mh:10.3f}  {ratio:9.2f}  {note}")
    return worse


def parse(argv: Sequence[str]) -> tuple[argparse.Namespace, list[str]]:
    """Options of compare.py, and the bench script's own arguments (after `--`)."""
    argv = list(argv)
    rest: list[str] = []
    if "--" in argv:
        cut = argv.index("--")
        argv, rest = argv[:cut], argv[cut + 1 :]
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--base", required=True, metavar="REV", help="the commit to compare against")
    ap.add_argument(
        "--head", metavar="REV", help="a commit instead of the working tree (a second worktree)"
    )
    ap.add_argument("--script", default="bench_store.py", help="a script in bench/")
    ap.add_argument("--runs", type=int, default=3, help="runs per side (default 3)")
    ap.add_argument(
        "--bench",
        choices=["head", "own"],
        default="head",
        help="whose bench script runs on each side (default head)",
    )
    ap.add_argument(
        "--threshold", type=float, default=0.10, help="note figures worse by more (default 0.10)"
    )
    ap.add_argument("--metrics", metavar="REGEX", help="show only the figures matching this")
    ap.add_argument("--fail-on-worse", action="store_true", help="exit 2 if a figure is worse")
    ap.add_argument("-q", "--quiet", action="store_true", help="hide the runs' own output")
    args = ap.parse_args(argv)
    if args.runs < 1:
        ap.error("--runs must be at least 1")
    if "--json" in rest:
        ap.error("compare.py passes --json itself")
    if "/" in args.script:
        ap.error("--script is a file name in bench/")
    return args, rest


def _terminate(signum: int, frame: FrameType | None) -> None:
    raise SystemExit(128 + signum)


def main(argv: Sequence[str] | None = None) -> int:
    """Set up the sides, run them interleaved, print the table; the exit status."""
    args, script_args = parse(sys.argv[1:] if argv is None else argv)
    signal.signal(signal.SIGTERM, _terminate)  # removes the worktrees on `kill` too
    pattern = re.compile(args.metrics) if args.metrics else None
    script = args.script
    started = time.perf_counter()
    try:
        with contextlib.ExitStack() as stack:
            tmp = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="casebook-cmp-")))
            base_root, base_sha = stack.enter_context(worktree(args.base, tmp, "base"))
            base = Side("base", describe(base_sha), base_root)
            if args.head:
                head_root, head_sha = stack.enter_context(worktree(args.head, tmp, "head"))
                head = Side("head", describe(head_sha), head_root)
            else:
                root = Path(git("rev-parse", "--show-toplevel"))
                head = Side("head", f"working tree {root} (on {describe('HEAD')})", root)
            head.bench = copy_bench(head.root / "bench", head.root / "bench", tmp / "bench-head")
            scripts = head.root if args.bench == "head" else base.root
            base.bench = copy_bench(scripts / "bench", base.root / "bench", tmp / "bench-base")
            runs_dir = tmp / "runs"
            runs_dir.mkdir()
            for side in (base, head):
                if not (side.bench / script).is_file():
                    raise RunFailed(f"{side.name}: no bench/{script}", side.name)
                check_side(side, script, runs_dir)
            if not (base.has_json and head.has_json):
                base.has_json = head.has_json = False
                print("(a script without --json: figures are read from what both sides print)")
            print(f"{script} {' '.join(script_args)}: ×{args.runs} per side, interleaved\n")
            for i in range(1, args.runs + 1):
                for side in (base, head):
                    out = runs_dir / f"{side.name}-{i}.json"
                    tag = f"{side.name} {i}/{args.runs}"
                    run_once(side, script, script_args, out, tag, quiet=args.quiet, cwd=runs_dir)
    except RunFailed as exc:
        print(f"\ncompare.py: {exc}", file=sys.stderr)
        if exc.side == "base" and args.bench == "head":
            hint = "head's script may use APIs the base lacks: try --bench own"
            print(f"({hint})", file=sys.stderr)
        if exc.side == "head" and not args.head:
            print("(the working tree mid-edit? compare commits: --head REV)", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("\ncompare.py: interrupted; worktrees removed", file=sys.stderr)
        return 130
    print(f"\nbase: {base.label}\nhead: {head.label}")
    print(
        f"{script} {' '.join(script_args)} (--bench {args.bench}): "
        f"{args.runs} run(s) per side, medians; a run took "
        f"{statistics.median(base.seconds):.0f} s (base), "
        f"{statistics.median(head.seconds):.0f} s (head); all in "
        f"{time.perf_counter() - started:.0f} s"
    )
    worse = table(base, head, args.threshold, pattern)
    limit = f"{100 * args.threshold:.0f}%"
    print(f"\n{worse or 'No'} figure(s) worse on head than on base by more than {limit}.")
    return 2 if worse and args.fail_on_worse else 0


if __name__ == "__main__":
    sys.exit(main())
