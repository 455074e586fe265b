"""Sealed bundles against the age CLI: throughput, peak memory, and a 100k-op import.

    python bench/bench_bundle.py [--size-mib 1024] [--repeat 2] [--ops 100000] [--tmp DIR]

Two vaults (SQLCipher on a random raw key, real blobs) and one attachment of --size-mib random
bytes. Side by side, interleaved, in the same folder:

    seal  casebook: `export_bundle` (read the blob, decrypt it, seal, fsync, drop the cache,
                    read back and decrypt, rename)      age CLI: `age -r` of the same bytes
    open  casebook: `import_bundle` into a fresh copy of the recipient vault (decrypt, verify
                    SHA-256, re-encrypt into the blob store, one transaction)
                                                        age CLI: `age -d` of its own file

"age+sync" is the age CLI followed by `sync FILE`: casebook fsyncs what it writes (and seal
drops the cache and reads the bundle back from the drive), age does not. Every run is a child
process; wall time runs from spawn to exit, CPU time is the child's user + system time. Peak
RSS is VmHWM from /proc/<pid>/status: our children read their own at exit, the age CLI's is
polled every 10 ms (ru_maxrss would carry the parent's peak across exec). Then a bundle of
--ops ops is imported into an empty vault, in a child too.

Casebook spreads its work over two cores (decrypt ahead, seal behind, two read-back workers);
the age CLI uses one. On a shared machine the second core is not always ours, so the bench
measures how much faster two threads seal than one (2.0 means the second core was free) before
and after, and prints it. The table is also written to bench/out/bundle-<size>mib[-<tmp>].txt.
Not a test: run it by hand and put the table in the notes.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from nacl.bindings import crypto_aead_chacha20poly1305_ietf_encrypt

from casebook.base.paths import VaultPaths
from casebook.bundle import export_bundle, import_bundle
from casebook.crypto.bech32 import format_identity, format_recipient
from casebook.crypto.keys import Identity
from casebook.service import CaseService
from casebook.store.store import Store
from casebook.vault.session import Session

MiB = 1024 * 1024


@dataclass
class Run:
    seconds: float  # spawn to exit
    inner: float  # inside the child (ours only; age: same as seconds)
    peak_rss: int  # bytes
    cpu: float = 0.0  # the child's user + system seconds


def _children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def _two_cores() -> float:
    """How much faster two threads seal 64 KiB chunks than one: 2.0 when both cores are free."""
    chunk, nonce, key = os.urandom(64 * 1024), bytes(12), os.urandom(32)

    def seal(n: int) -> None:
        for _ in range(n):
            crypto_aead_chacha20poly1305_ietf_encrypt(chunk, None, nonce, key)

    start = time.perf_counter()
    seal(1600)
    one = time.perf_counter() - start
    threads = [threading.Thread(target=seal, args=(1600,)) for _ in range(2)]
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


def _open(root: Path, key: bytes) -> CaseService:
    return CaseService(Session(Store.open(root / "vault.db", key), VaultPaths(root)))


def _new_vault(root: Path, key: bytes) -> CaseService:
    root.mkdir(parents=True)
    store = Store.open(root / "vault.db", key, create=True)
    with store.transaction():
        store.keys.save_identity(Identity.generate(int(time.time() * 1000)))
    return CaseService(Session(store, VaultPaths(root)))


# -- children -----------------------------------------------------------------------------------


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
    cpu = _children_cpu()
    start = time.perf_counter()
    proc = subprocess.run(cmd, input=key.hex() + "\n", capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"casebook {op} failed:\n{proc.stderr}")
    info = json.loads(proc.stdout)
    return Run(seconds, info["inner"], info["vmhwm"], _children_cpu() - cpu), info


def _age(cmd: list[str]) -> Run:
    cpu = _children_cpu()
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL)
    peak = 0
    while proc.poll() is None:
        peak = max(peak, _vmhwm(proc.pid))
        time.sleep(0.01)
    seconds = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"{cmd[0]} failed with status {proc.returncode}")
    return Run(seconds, seconds, peak, _children_cpu() - cpu)


def _durable(cmd: list[str], output: Path) -> Run:
    """The age CLI, then `sync FILE` (fsync): what casebook pays for durability."""
    output.unlink(missing_ok=True)
    os.sync()
    first = _age(cmd)
    synced = _age(["sync", str(output)])
    total = first.seconds + synced.seconds
    return Run(total, total, first.peak_rss, first.cpu + synced.cpu)


# -- setup --------------------------------------------------------------------------------------


def _digest(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        while block := f.read(MiB):
            h.update(block)
    return h.hexdigest()


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


def main() -> None:
    """Measure, check and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mib", type=int, default=1024)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--ops", type=int, default=100_000)
    parser.add_argument("--tmp", default=None, help="folder for the vaults and bundles")
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
    with tempfile.TemporaryDirectory(prefix="casebook-bench-", dir=args.tmp) as tmp:
        d = Path(tmp)
        print(f"preparing {args.size_mib} MiB in {d} …", flush=True)
        s, r, ks, kr = _pair(d, "big")
        plain = d / "plain.bin"
        with plain.open("wb") as f:
            for _ in range(args.size_mib):
                f.write(os.urandom(MiB))
        s.attachments.attach(s.records.add_case("bench"), plain, name="video.bin")
        key_file = d / "key.txt"
        key_file.write_text(format_identity(r.session.identity.x25519_secret) + "\n")
        recipient = format_recipient(r.session.identity.cert.x25519_public)
        s.lock()
        r.lock()
        template = d / "big-recipient"
        out = d / "usb"
        out.mkdir()
        age_sealed, age_opened = d / "age.age", d / "age.out"
        runs: dict[tuple[str, str], list[Run]] = {}
        bundle = None
        for _ in range(args.repeat):
            for f in out.iterdir():
                f.unlink()
            run, info = _ours("seal", d / "big-sender", out, ks)
            bundle = Path(info["path"])
            runs.setdefault(("seal", "casebook"), []).append(run)
            age_sealed.unlink(missing_ok=True)
            runs.setdefault(("seal", "age CLI"), []).append(
                _age([age_cli, "-r", recipient, "-o", str(age_sealed), str(plain)])
            )
            runs.setdefault(("seal", "age+sync"), []).append(
                _durable([age_cli, "-r", recipient, "-o", str(age_sealed), str(plain)], age_sealed)
            )
            fresh = d / "fresh-recipient"
            shutil.rmtree(fresh, ignore_errors=True)
            shutil.copytree(template, fresh)
            run, info = _ours("open", fresh, bundle, kr)
            if info["attachments"] != 1:
                raise SystemExit("the bundle did not bring its attachment")
            runs.setdefault(("open", "casebook"), []).append(run)
            age_opened.unlink(missing_ok=True)
            opening = [age_cli, "-d", "-i", str(key_file), "-o", str(age_opened), str(age_sealed)]
            runs.setdefault(("open", "age CLI"), []).append(_age(opening))
            runs.setdefault(("open", "age+sync"), []).append(_durable(opening, age_opened))
        # Check: what was imported is the plaintext; age -d opens our bundle.
        fresh_svc = _open(d / "fresh-recipient", kr)
        att_id = fresh_svc.store.query("SELECT id FROM attachments")[0][0]
        h = hashlib.sha256()
        for chunk in fresh_svc.attachments.iter_bytes(att_id):
            h.update(chunk)
        fresh_svc.lock()
        if h.hexdigest() != _digest(plain):
            raise SystemExit("the imported attachment differs from the plaintext")
        assert bundle is not None
        listing = subprocess.run(
            ["sh", "-c", f"{age_cli} -d -i {key_file} {bundle} | tar -t"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
        # v1: manifest, sig, ops, one attachment, padding; v2 adds disclosures and overlay,
        # and custody.jsonl (docs/bundle-format.md §17).
        if len(listing) not in (5, 7, 8):
            raise SystemExit("age -d | tar -t does not list the bundle's members")
        bundle_size = bundle.stat().st_size
        for p in (d / "fresh-recipient", d / "big-sender", d / "big-recipient"):
            shutil.rmtree(p)
        for p in (plain, age_sealed, age_opened, bundle):
            p.unlink()

        ops_result = None
        if args.ops:
            print(f"preparing {args.ops} ops …", flush=True)
            s2, r2, ks2, kr2 = _pair(d, "ops")
            t0 = time.perf_counter()
            _fill_ops(s2, args.ops)
            fill = time.perf_counter() - t0
            s2.lock()
            r2.lock()
            seal_run, info = _ours("seal", d / "ops-sender", out, ks2)
            open_run, got = _ours("open", d / "ops-recipient", Path(info["path"]), kr2)
            ops_result = (info["ops"], got["ops"], seal_run, open_run, fill)

    size = args.size_mib
    cpu = platform.processor() or platform.machine()
    lines = [
        f"bundle of one {size} MiB attachment ({bundle_size / MiB:.1f} MiB sealed), "
        f"best of {args.repeat}",
        f"{cpu}, {os.cpu_count()} CPUs, Python {platform.python_version()}, age {version}, "
        f"folder {args.tmp or tempfile.gettempdir()}",
        f"two threads vs one (2.0 = both cores free): {cores_before:.2f} before, "
        f"{_two_cores():.2f} after",
        "",
    ]
    head = (
        f"{'op':<6}{'impl':<10}{'wall s':>9}{'(worst)':>9}{'in-child s':>12}{'CPU s':>8}"
        f"{'MiB/s':>9}{'peak RSS MiB':>14}"
    )
    lines += [head, "-" * len(head)]
    best: dict[tuple[str, str], float] = {}
    for (op, impl), rs in runs.items():
        wall = min(x.seconds for x in rs)
        worst = max(x.seconds for x in rs)
        inner = min(x.inner for x in rs)
        used = min(x.cpu for x in rs)
        best[op, impl] = wall
        rss = max(x.peak_rss for x in rs) / MiB
        lines.append(
            f"{op:<6}{impl:<10}{wall:>9.2f}{worst:>9.2f}{inner:>12.2f}{used:>8.2f}"
            f"{size / wall:>9.0f}{rss:>14.1f}"
        )
    lines.append("")
    for op in ("seal", "open"):
        ratio = best[op, "age CLI"] / best[op, "casebook"]
        verdict = "meets" if ratio >= 0.8 else "misses"
        durable = best[op, "age+sync"] / best[op, "casebook"]
        lines.append(
            f"{op}: casebook / age CLI throughput = {ratio:.2f}×  ({verdict} the 0.8× target); "
            f"/ age CLI + fsync = {durable:.2f}×"
        )
    for op in ("seal", "open"):
        peak = max(x.peak_rss for x in runs[op, "casebook"]) / MiB
        verdict = "meets" if peak < 150 else "misses"
        lines.append(f"{op}: casebook peak RSS {peak:.1f} MiB  ({verdict} the 150 MiB target)")
    if ops_result is not None:
        sent, applied, seal_run, open_run, fill = ops_result
        lines += [
            "",
            f"{sent} ops (made in {fill:.1f} s): seal {seal_run.inner:.2f} s, "
            f"import {open_run.inner:.2f} s in child ({applied / open_run.inner:.0f} ops/s, "
            f"peak RSS {open_run.peak_rss / MiB:.1f} MiB)",
        ]
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


if __name__ == "__main__":
    main()
