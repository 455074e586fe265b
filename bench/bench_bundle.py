"""Sealed bundles against the age CLI, in interleaved pairs: throughput, CPU, cores, peak memory.

    python bench/bench_bundle.py [--size-mib 1024] [--pairs 5] [--rss-sizes 64,4096]
                                 [--ops 100000] [--tmp DIR] [--json PATH] [--warm-age]

Two vaults (SQLCipher on a random raw key, real blobs) and one attachment of --size-mib random
bytes. Then --pairs rounds; each round runs, one after the other, in the same folder:

    seal  casebook: `export_bundle` (read the blob, decrypt it, seal, write, fsync, read back
                    from the drive and check every tag, rename); wall time includes the
                    interpreter's start and imports, as a CLI run does, and the ratios are
                    also given for the call alone, as the GUI (its vault open) waits for it
          age CLI:  `age -r` of the same bytes          age+sync: the same, then `sync FILE`
          read-back: `dd` of casebook's bundle, cold, O_DIRECT: the read from the drive that
                    casebook's seal makes after its fsync and age does not, and its share of
                    casebook's seal
    open  casebook: `import_bundle` into a fresh copy of the recipient vault (decrypt, verify
                    SHA-256, re-encrypt into the blob store, fsync, one transaction)
          age CLI:  `age -d` of its own file            age+sync: the same, then `sync FILE`

The order inside a round alternates (casebook first, then last), so that a trend in the
machine's load favours neither side. For each round the ratio of throughputs is taken
(age's wall time / casebook's): the table gives the median and the minimum of those per-pair
ratios, not a ratio of best times. Every input starts cold, for both sides: the blob and the
bundle are not in the page cache after casebook wrote them (O_DIRECT), so the age CLI's input
is dropped from the cache before each of its runs too; and everything dirty is synced first.
With --warm-age the age CLI's input stays in the cache (as right after it was written), which
favours it: casebook reads its blobs and bundles from the drive whatever the cache holds.

Every run is a child process; wall time runs from spawn to exit; CPU is the child's user +
system time. "cores" is CPU / wall: how many cores the run kept busy on average (the age CLI
uses one; casebook spreads its passes over two). "others" is how many cores the rest of the
machine used meanwhile (/proc/stat busy time minus ours): on a shared machine that is what was
taken from the second core. Peak RSS is VmHWM from /proc/<pid>/status: our children read
their own at exit, the age CLI's is polled every 10 ms. --rss-sizes seals and opens bundles of
other sizes once each (no age runs) to show that casebook's peak RSS does not grow with the
size. Then a bundle of --ops ops is imported into an empty vault, in a child too.

The table is also written to bench/out/bundle-<size>mib[-<tmp>].txt, and --json writes the
figures (for bench/compare.py). Not a test: run it by hand and put the table in the notes.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305  # noqa: E402

from _figures import write_json  # noqa: E402
from casebook.base.paths import VaultPaths  # noqa: E402
from casebook.bundle import export_bundle, import_bundle  # noqa: E402
from casebook.crypto.bech32 import format_identity, format_recipient  # noqa: E402
from casebook.crypto.keys import Identity  # noqa: E402
from casebook.service import CaseService  # noqa: E402
from casebook.store.store import Store  # noqa: E402
from casebook.vault.session import Session  # noqa: E402

MiB = 1024 * 1024
IMPLS = ("casebook", "age CLI", "age+sync")
READ_BACK = "read-back"  # seal only: dd of the sealed bundle, cold, alone
FIGURES: dict[str, float] = {}  # what --json writes: name → number (s, MiB, cores, ratio "_x")


@dataclass
class Run:
    wall: float  # spawn to exit
    user: float  # the child's user seconds
    sys: float  # and system seconds
    peak_rss: int  # bytes
    others: float  # cores the rest of the machine kept busy meanwhile
    inner: float = 0.0  # inside the child (ours only)

    @property
    def cpu(self) -> float:
        """User + system seconds."""
        return self.user + self.sys

    @property
    def cores(self) -> float:
        """Cores kept busy on average."""
        return self.cpu / self.wall if self.wall else 0.0


# -- the machine --------------------------------------------------------------------------------


def _children_cpu() -> tuple[float, float]:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime, r.ru_stime


def _spent(before: tuple[float, float]) -> tuple[float, float]:
    now = _children_cpu()
    return now[0] - before[0], now[1] - before[1]


def _busy() -> float:
    """CPU seconds the whole machine has spent busy (all cores), from /proc/stat."""
    try:
        with open("/proc/stat") as f:
            fields = [int(x) for x in f.readline().split()[1:]]
    except OSError:
        return 0.0
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)  # idle + iowait
    return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def _two_cores() -> float:
    """How much faster two threads seal 64 KiB chunks than one: 2.0 when both cores are free."""
    aead = ChaCha20Poly1305(os.urandom(32))
    chunk, nonce = bytearray(os.urandom(64 * 1024)), bytes(12)

    def seal(n: int) -> None:
        out = bytearray(len(chunk) + 16)
        for _ in range(n):
            aead.encrypt_into(nonce, chunk, None, out)

    start = time.perf_counter()
    seal(3000)
    one = time.perf_counter() - start
    threads = [threading.Thread(target=seal, args=(3000,)) for _ in range(2)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return 2 * one / (time.perf_counter() - start)


def _vmhwm(pid: int | str = "self") -> int:
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def _cold(*paths: Path) -> None:
    """Sync, then drop the cached pages of `paths`: the next read comes from the drive."""
    os.sync()
    for path in paths:
        if not path.exists():
            continue
        fd = os.open(path, os.O_RDONLY)
        try:
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        finally:
            os.close(fd)


# -- vaults -------------------------------------------------------------------------------------


def _open(root: Path, key: bytes) -> CaseService:
    return CaseService(Session(Store.open(root / "vault.db", key), VaultPaths(root)))


def _new_vault(root: Path, key: bytes) -> CaseService:
    root.mkdir(parents=True)
    store = Store.open(root / "vault.db", key, create=True)
    with store.transaction():
        store.keys.save_identity(Identity.generate(int(time.time() * 1000)))
    return CaseService(Session(store, VaultPaths(root)))


def _pair(d: Path, name: str) -> tuple[CaseService, CaseService, bytes, bytes]:
    ks, kr = os.urandom(32), os.urandom(32)
    s, r = _new_vault(d / f"{name}-sender", ks), _new_vault(d / f"{name}-recipient", kr)
    ps = s.peers.add(r.peers.my_card().encode(), "recipient")
    s.peers.mark_verified(ps)
    r.peers.mark_verified(r.peers.add(s.peers.my_card().encode(), "sender"))
    return s, r, ks, kr


def _fill_ops(svc: CaseService, count: int) -> None:
    case = svc.records.add_case("bench")
    writes: list[Any] = []
    made = 1
    i = 0
    while made < count:
        pid = os.urandom(16)
        writes += [
            ("person", pid, "create", "", {"case": case.hex()}),
            ("person", pid, "set", "name", f"свидетель {i}"),
            ("person", pid, "set", "notes", f"показания записаны {i}"),
        ]
        made += 3
        i += 1
        if len(writes) >= 3000 or made >= count:
            svc.session.commit_writes(writes)
            writes = []


def _random_file(path: Path, size_mib: int) -> None:
    with path.open("wb") as f:
        for _ in range(size_mib):
            f.write(os.urandom(MiB))


def _digest(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        while block := f.read(MiB):
            h.update(block)
    return h.hexdigest()


# -- runs ---------------------------------------------------------------------------------------


def _child(op: str, vault: str, target: str) -> None:
    """In the child: seal to the one peer into folder `target`, or open bundle `target`."""
    key = bytes.fromhex(sys.stdin.readline().strip())
    svc = _open(Path(vault), key)
    start = time.perf_counter()
    if op == "seal":
        result = export_bundle(svc.session, svc.peers.list(), out_path=Path(target))
        info: dict[str, Any] = {"path": str(result.paths[0]), "ops": result.ops}
    else:
        got = import_bundle(svc.session, Path(target))
        info = {"ops": got.ops_new, "attachments": got.attachments_new}
    info["inner"] = time.perf_counter() - start
    svc.lock()
    info["vmhwm"] = _vmhwm()
    print(json.dumps(info))


def _ours(op: str, vault: Path, target: Path, key: bytes) -> tuple[Run, dict[str, Any]]:
    cmd = [sys.executable, os.path.abspath(__file__), "--child", op, str(vault), str(target)]
    cpu, busy = _children_cpu(), _busy()
    start = time.perf_counter()
    proc = subprocess.run(cmd, input=key.hex() + "\n", capture_output=True, text=True, check=False)
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"casebook {op} failed:\n{proc.stderr}")
    user, system = _spent(cpu)
    info = json.loads(proc.stdout)
    others = max(0.0, (_busy() - busy - user - system) / wall)
    return Run(wall, user, system, info["vmhwm"], others, info["inner"]), info


def _age(cmd: list[str]) -> Run:
    cpu, busy = _children_cpu(), _busy()
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL)
    peak = 0
    while proc.poll() is None:
        peak = max(peak, _vmhwm(proc.pid))
        time.sleep(0.01)
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"{cmd[0]} failed with status {proc.returncode}")
    user, system = _spent(cpu)
    return Run(wall, user, system, peak, max(0.0, (_busy() - busy - user - system) / wall))


def _durable(cmd: list[str], output: Path) -> Run:
    """The age CLI, then `sync FILE` (fsync): what casebook pays for durability."""
    first = _age(cmd)
    synced = _age(["sync", str(output)])
    wall = first.wall + synced.wall
    others = (first.others * first.wall + synced.others * synced.wall) / wall
    user, system = first.user + synced.user, first.sys + synced.sys
    return Run(wall, user, system, first.peak_rss, others)


class Bench:
    """The vaults, files and runs of one size."""

    def __init__(self, d: Path, size_mib: int, age_cli: str, *, warm_age: bool = False) -> None:
        self.d, self.size, self.age_cli = d, size_mib, age_cli
        self.warm_age = warm_age
        s, r, self.ks, self.kr = _pair(d, f"v{size_mib}")
        self.plain = d / f"plain-{size_mib}.bin"
        _random_file(self.plain, size_mib)
        s.attachments.attach(s.records.add_case("bench"), self.plain, name="video.bin")
        self.key_file = d / "key.txt"
        self.key_file.write_text(format_identity(r.session.identity.x25519_secret) + "\n")
        self.recipient = format_recipient(r.session.identity.cert.x25519_public)
        s.lock()
        r.lock()
        self.sender, self.template = d / f"v{size_mib}-sender", d / f"v{size_mib}-recipient"
        self.blobs = self.sender / "blobs"
        self.out = d / f"usb-{size_mib}"
        self.out.mkdir()
        self.age_sealed, self.age_opened = d / "age.age", d / "age.out"
        self.fresh = d / "fresh-recipient"
        self.bundle: Path | None = None

    def _age_input(self, path: Path) -> None:
        if not self.warm_age:
            _cold(path)
            return
        os.sync()
        with path.open("rb") as f:  # read once, so that it is in the cache
            while f.read(8 * MiB):
                pass

    def seal_ours(self) -> Run:
        for f in self.out.iterdir():
            f.unlink()
        _cold(*self.blobs.iterdir())
        run, info = _ours("seal", self.sender, self.out, self.ks)
        self.bundle = Path(info["path"])
        return run

    def read_back_alone(self) -> Run:
        """The sealed bundle read cold from the drive by `dd` and nothing else: the I/O that
        casebook's read-back must do after its fsync (docs/bundle-format.md §9), which the age
        CLI does not do. O_DIRECT where the file system has it, as casebook reads."""
        if self.bundle is None:
            raise RuntimeError("seal first")
        cmd = ["dd", f"if={self.bundle}", "of=/dev/null", "bs=8M", "status=none"]
        probe = subprocess.run([*cmd, "count=1", "iflag=direct"], check=False)
        _cold(self.bundle)
        return _age([*cmd, "iflag=direct"] if probe.returncode == 0 else cmd)

    def _age_seal(self) -> list[str]:
        self.age_sealed.unlink(missing_ok=True)
        self._age_input(self.plain)
        return [self.age_cli, "-r", self.recipient, "-o", str(self.age_sealed), str(self.plain)]

    def seal_age(self, durable: bool) -> Run:
        cmd = self._age_seal()
        return _durable(cmd, self.age_sealed) if durable else _age(cmd)

    def open_ours(self) -> Run:
        if self.bundle is None:
            raise RuntimeError("seal first")
        shutil.rmtree(self.fresh, ignore_errors=True)
        shutil.copytree(self.template, self.fresh)
        _cold(self.bundle)
        run, info = _ours("open", self.fresh, self.bundle, self.kr)
        if info["attachments"] != 1:
            raise SystemExit("the bundle did not bring its attachment")
        return run

    def open_age(self, durable: bool) -> Run:
        self.age_opened.unlink(missing_ok=True)
        self._age_input(self.age_sealed)
        cmd = [self.age_cli, "-d", "-i", str(self.key_file), "-o", str(self.age_opened)]
        cmd.append(str(self.age_sealed))
        return _durable(cmd, self.age_opened) if durable else _age(cmd)

    def check(self) -> None:
        """What was imported is the plaintext; age -d | tar -t lists our bundle."""
        svc = _open(self.fresh, self.kr)
        att_id = svc.store.query("SELECT id FROM attachments")[0][0]
        h = hashlib.sha256()
        for chunk in svc.attachments.iter_bytes(att_id):
            h.update(chunk)
        svc.lock()
        if h.hexdigest() != _digest(self.plain):
            raise SystemExit("the imported attachment differs from the plaintext")
        listing = subprocess.run(
            ["sh", "-c", f"{self.age_cli} -d -i {self.key_file} {self.bundle} | tar -t"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
        # v1: manifest, sig, ops, one attachment, padding; v2 adds disclosures and overlay,
        # and custody.jsonl (docs/bundle-format.md §17).
        if len(listing) not in (5, 7, 8):
            raise SystemExit("age -d | tar -t does not list the bundle's members")

    def remove(self) -> None:
        """Delete every big file of this size."""
        for p in (self.fresh, self.sender, self.template, self.out):
            shutil.rmtree(p, ignore_errors=True)
        for p in (self.plain, self.age_sealed, self.age_opened):
            p.unlink(missing_ok=True)


def _round(bench: Bench, i: int, runs: dict[tuple[str, str], list[Run]]) -> None:
    """One interleaved pair of each op; casebook first in even rounds, last in odd ones."""
    order = IMPLS if i % 2 == 0 else tuple(reversed(IMPLS))
    for op in ("seal", "open"):
        for impl in order:
            durable = impl == "age+sync"
            if impl == "casebook":
                run = bench.seal_ours() if op == "seal" else bench.open_ours()
            else:
                run = bench.seal_age(durable) if op == "seal" else bench.open_age(durable)
            runs.setdefault((op, impl), []).append(run)
        if op == "seal":
            runs.setdefault((op, READ_BACK), []).append(bench.read_back_alone())
        print(f"  round {i + 1} {op}: " + ", ".join(
            f"{impl} {runs[op, impl][-1].wall:.2f} s" for impl in IMPLS
        ), flush=True)  # fmt: skip


# -- the table ----------------------------------------------------------------------------------


def _med(xs: list[float]) -> float:
    return statistics.median(xs)


def _table(runs: dict[tuple[str, str], list[Run]], size: int) -> list[str]:
    head = (
        f"{'op':<6}{'impl':<10}{'wall s':>8}{'(min)':>7}{'(max)':>7}{'CPU s':>7}{'(user':>7}"
        f"{'sys)':>6}{'cores':>7}{'others':>8}{'MiB/s':>7}{'peak RSS MiB':>14}"
    )
    lines = [head, "-" * len(head)]
    for (op, impl), rs in runs.items():
        wall = _med([r.wall for r in rs])
        cpu = _med([r.cpu for r in rs])
        cores = _med([r.cores for r in rs])
        others = _med([r.others for r in rs])
        rss = max(r.peak_rss for r in rs) / MiB
        lines.append(
            f"{op:<6}{impl:<10}{wall:>8.2f}{min(r.wall for r in rs):>7.2f}"
            f"{max(r.wall for r in rs):>7.2f}{cpu:>7.2f}{_med([r.user for r in rs]):>7.2f}"
            f"{_med([r.sys for r in rs]):>6.2f}{cores:>7.2f}{others:>8.2f}"
            f"{size / wall:>7.0f}{rss:>14.1f}"
        )
        key = f"{op}_{impl.replace(' CLI', '').replace('+', '_').replace('-', '_')}"
        FIGURES[f"{key}_wall_s"] = wall
        FIGURES[f"{key}_cpu_s"] = cpu
        FIGURES[f"{key}_peak_rss_mib"] = rss
    return lines


def _ratios(runs: dict[tuple[str, str], list[Run]]) -> list[str]:
    lines = []
    for op in ("seal", "open"):
        ours = runs[op, "casebook"]
        for impl, name in (("age CLI", "age"), ("age+sync", "sync")):
            pairs = zip(ours, runs[op, impl], strict=True)
            per_pair = [theirs.wall / mine.wall for mine, theirs in pairs]
            med, low = _med(per_pair), min(per_pair)
            verdict = "meets" if med >= 0.8 else "misses"
            lines.append(
                f"{op}: casebook / {impl:<8} throughput, per pair: median {med:.2f}×, "
                f"min {low:.2f}×  ({verdict} 0.8×)   pairs: "
                + " ".join(f"{x:.2f}" for x in per_pair)
            )
            FIGURES[f"{op}_{name}_median_speed_x"] = med
            FIGURES[f"{op}_{name}_min_speed_x"] = low
        # The call alone, inside casebook's process: what the GUI waits for (its vault is
        # open already), without the interpreter's start and the imports a CLI run pays.
        inner = [t.wall / m.inner for m, t in zip(ours, runs[op, "age+sync"], strict=True)]
        lines.append(
            f"{op}: the call alone (no process start, as in the GUI) / age+sync, per pair: "
            f"median {_med(inner):.2f}×, min {min(inner):.2f}×   pairs: "
            + " ".join(f"{x:.2f}" for x in inner)
        )
        FIGURES[f"{op}_sync_inner_median_speed_x"] = _med(inner)
        if (op, READ_BACK) in runs:
            share = [r.wall / m.wall for m, r in zip(ours, runs[op, READ_BACK], strict=True)]
            lines.append(
                f"{op}: the read-back's own I/O (dd of the bundle, cold) is {_med(share):.2f} of "
                "casebook's seal, per pair: " + " ".join(f"{x:.2f}" for x in share)
            )
            FIGURES[f"{op}_read_back_share_x"] = _med(share)
        peak = max(r.peak_rss for r in ours) / MiB
        verdict = "meets" if peak < 150 else "misses"
        lines.append(f"{op}: casebook peak RSS {peak:.1f} MiB  ({verdict} the 150 MiB target)")
    return lines


def main() -> None:
    """Measure, check and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mib", type=int, default=1024)
    parser.add_argument("--pairs", type=int, default=5, help="interleaved rounds (at least 5)")
    parser.add_argument(
        "--rss-sizes", default="64", help="other sizes (MiB, comma-separated) for peak RSS only"
    )
    parser.add_argument("--ops", type=int, default=100_000)
    parser.add_argument("--tmp", default=None, help="folder for the vaults and bundles")
    parser.add_argument("--json", metavar="PATH", help="also write the figures, name → number")
    parser.add_argument("--warm-age", action="store_true", help="leave the age CLI's input cached")
    parser.add_argument(
        "--child", nargs=3, metavar=("OP", "VAULT", "TARGET"), help=argparse.SUPPRESS
    )
    args = parser.parse_args()
    if args.child:
        _child(*args.child)
        return
    age_cli = shutil.which("age")
    if not age_cli:
        raise SystemExit("the age CLI is not on PATH (Debian package 'age')")
    version = subprocess.run([age_cli, "--version"], capture_output=True, text=True).stdout.strip()
    cores_before = _two_cores()
    rss_sizes = [int(x) for x in args.rss_sizes.split(",") if x.strip()]
    runs: dict[tuple[str, str], list[Run]] = {}
    rss_rows: list[tuple[int, Run, Run]] = []
    with tempfile.TemporaryDirectory(prefix="casebook-bench-", dir=args.tmp) as tmp:
        d = Path(tmp)
        print(f"preparing {args.size_mib} MiB in {d} …", flush=True)
        bench = Bench(d, args.size_mib, age_cli, warm_age=args.warm_age)
        for i in range(args.pairs):
            _round(bench, i, runs)
        bench.check()
        bundle_size = bench.bundle.stat().st_size if bench.bundle else 0
        bench.remove()
        for size in rss_sizes:
            print(f"peak RSS at {size} MiB …", flush=True)
            other = Bench(d, size, age_cli)
            sealed = other.seal_ours()
            opened = other.open_ours()
            rss_rows.append((size, sealed, opened))
            other.remove()
        ops_result = None
        if args.ops:
            print(f"preparing {args.ops} ops …", flush=True)
            s2, r2, ks2, kr2 = _pair(d, "ops")
            t0 = time.perf_counter()
            _fill_ops(s2, args.ops)
            fill = time.perf_counter() - t0
            s2.lock()
            r2.lock()
            out = d / "usb-ops"
            out.mkdir()
            seal_run, info = _ours("seal", d / "ops-sender", out, ks2)
            open_run, got = _ours("open", d / "ops-recipient", Path(info["path"]), kr2)
            ops_result = (info["ops"], got["ops"], seal_run, open_run, fill)

    size = args.size_mib
    cpu = platform.processor() or platform.machine()
    lines = [
        f"bundle of one {size} MiB attachment ({bundle_size / MiB:.1f} MiB sealed), "
        f"{args.pairs} interleaved pairs, "
        + ("the age CLI's input in the page cache" if args.warm_age else "every input cold"),
        f"{cpu}, {os.cpu_count()} CPUs, Python {platform.python_version()}, age {version}, "
        f"folder {args.tmp or tempfile.gettempdir()}",
        f"two threads vs one (2.0 = both cores free): {cores_before:.2f} before, "
        f"{_two_cores():.2f} after",
        "wall, CPU: medians over the pairs; cores: CPU / wall (casebook spreads over two, age uses",
        "one); others: cores the rest of the machine kept busy meanwhile (what it took from us)",
        "",
    ]
    lines += _table(runs, size)
    lines.append("")
    lines += _ratios(runs)
    FIGURES["two_cores_before_x"] = cores_before
    if rss_rows:
        lines.append("")
        main_seal = max(r.peak_rss for r in runs["seal", "casebook"]) / MiB
        main_open = max(r.peak_rss for r in runs["open", "casebook"]) / MiB
        rows = [(size, main_seal, main_open)] + [
            (s, a.peak_rss / MiB, b.peak_rss / MiB) for s, a, b in rss_rows
        ]
        rows.sort()
        lines.append(
            "casebook peak RSS by size (MiB): "
            + ", ".join(f"{s} MiB: seal {a:.1f}, open {b:.1f}" for s, a, b in rows)
        )
        peaks = [x for _, a, b in rows for x in (a, b)]
        spread = max(peaks) - min(peaks)
        lines.append(f"  spread {spread:.1f} MiB across sizes (flat: the buffers do not grow)")
        for s, a, b in rows:
            FIGURES[f"rss_{s}mib_seal_mib"] = a
            FIGURES[f"rss_{s}mib_open_mib"] = b
    if ops_result is not None:
        sent, applied, seal_run, open_run, fill = ops_result
        lines += [
            "",
            f"{sent} ops (made in {fill:.1f} s): seal {seal_run.inner:.2f} s, "
            f"import {open_run.inner:.2f} s in child ({applied / open_run.inner:.0f} ops/s, "
            f"peak RSS {open_run.peak_rss / MiB:.1f} MiB)",
        ]
        FIGURES["ops_import_s"] = open_run.inner
        FIGURES["ops_import_ops_per_s"] = applied / open_run.inner
        FIGURES["ops_import_peak_rss_mib"] = open_run.peak_rss / MiB
    lines.append(
        "checked: the imported attachment equals the plaintext; age -d | tar -t reads our bundle"
    )
    text = "\n".join(lines) + "\n"
    print()
    print(text, end="")
    out_dir = Path(__file__).resolve().parent / "out"
    out_dir.mkdir(exist_ok=True)
    where = f"-{Path(args.tmp).name}" if args.tmp else ""
    (out_dir / f"bundle-{size}mib{where}.txt").write_text(text, encoding="utf-8")
    write_json(args.json, FIGURES)


if __name__ == "__main__":
    main()
