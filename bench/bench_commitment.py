"""What the commitment of op v2 costs: the same work with v1 ops and with v2 ops, same commit.

    python bench/bench_commitment.py [--ops 100000] [--pairs 5] [--segments 200] [--tmp DIR]

Op v2 signs a salted commitment to its value and carries the value beside the op, as a
disclosure (PROTECTION §1); v1 signs the value inside the op. Everything else is the same
code, so this bench compares the two on one checkout, side by side, interleaved:

    import   a bundle of --ops ops (events: create, summary, place) sealed from a vault whose
             ops are v1, and one whose ops are v2, each imported into an empty vault in a
             child process (wall time, CPU time, peak RSS), --pairs times in turn
    seal     the same two vaults sealed to one colleague, in children, in turn
    segment  a typed note segment saved until it is durable (one transaction, fsync), signed
             as v1 and as v2 alternately in one vault, --segments each

For each, the median and the minimum of the per-pair ratios v2 / v1 (1.05 = the commitment
costs 5%). The machine may be shared: pairs are interleaved so that load hits both sides.
Not a test: run it by hand and put the table in the notes.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from casebook.base.paths import VaultPaths
from casebook.bundle import export_bundle, import_bundle
from casebook.crypto.keys import Identity
from casebook.domain.oplog import Op, sign_op
from casebook.domain.sensitivity import FULL_CLEARANCE
from casebook.service import CaseService
from casebook.store.store import Store
from casebook.vault import session as session_module
from casebook.vault.session import Session


def _vmhwm() -> int:
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    return 0


def _open(root: Path, key: bytes) -> CaseService:
    return CaseService(Session(Store.open(root / "vault.db", key), VaultPaths(root)))


def _new_vault(root: Path, key: bytes) -> CaseService:
    root.mkdir(parents=True)
    store = Store.open(root / "vault.db", key, create=True)
    with store.transaction():
        store.keys.save_identity(Identity.generate(int(time.time() * 1000)))
    return CaseService(Session(store, VaultPaths(root)))


def _fill(svc: CaseService, count: int, version: int) -> None:
    """`count` ops of events in one case, signed as `version` by the vault's owner (events:
    no person's identity, which the consent gate would keep home)."""
    session = svc.session
    me, ident = session.me, session.identity
    case = os.urandom(16)
    seq, prev, hlc = 0, None, 1 << 20
    batch: list[Any] = []

    def op(entity: str, eid: bytes, kind: str, fld: str, value: Any) -> None:
        nonlocal seq, prev, hlc
        seq, hlc = seq + 1, hlc + 1
        o = Op(me, seq, prev, (), hlc, entity, eid, kind, fld, value)
        signed = sign_op(o, ident, version=version)
        prev = signed.op_id
        batch.append(signed)

    op("case", case, "create", "", {})
    op("case", case, "set", "title", "bench")
    i = 0
    while seq < count:
        eid = os.urandom(16)
        op("event", eid, "create", "", {"case": case.hex()})
        op("event", eid, "set", "summary", f"задержание у здания суда, изъят телефон {i}")
        op("event", eid, "set", "place", f"Москва, ОВД {i}")
        i += 1
        if len(batch) >= 3000 or seq >= count:
            with session.store.transaction():
                session.store.apply_many(batch)
            batch.clear()


def _pair(d: Path, name: str, ops: int, version: int) -> tuple[bytes, bytes]:
    ks, kr = os.urandom(32), os.urandom(32)
    s = _new_vault(d / f"{name}-sender", ks)
    r = _new_vault(d / f"{name}-recipient", kr)
    recipient = s.peers.add(r.peers.my_card().encode(), "recipient")
    s.peers.mark_verified(recipient)
    # Cleared for everything: both bundles carry every value, so the two sides differ by the
    # commitment alone (what labels withhold, and its import path, is another question).
    s.labels.set_clearance(recipient, FULL_CLEARANCE)
    r.peers.mark_verified(r.peers.add(s.peers.my_card().encode(), "sender"))
    _fill(s, ops, version)
    s.lock()
    r.lock()
    shutil.copytree(d / f"{name}-recipient", d / f"{name}-pristine")
    return ks, kr


# -- children ----------------------------------------------------------------------------------


def _child(op: str, vault: str, target: str) -> None:
    key = bytes.fromhex(sys.stdin.readline().strip())
    svc = _open(Path(vault), key)
    start = time.perf_counter()
    cpu = time.process_time()
    if op == "seal":
        result = export_bundle(svc.session, svc.peers.list(), out_path=Path(target))
        info: dict[str, Any] = {"path": str(result.paths[0]), "ops": result.ops}
    else:
        got = import_bundle(svc.session, Path(target))
        info = {"ops": got.ops_new}
    info["wall"] = time.perf_counter() - start
    info["cpu"] = time.process_time() - cpu
    svc.lock()
    info["rss"] = _vmhwm()
    print(json.dumps(info))


def _run(op: str, vault: Path, target: Path, key: bytes) -> dict[str, Any]:
    cmd = [sys.executable, os.path.abspath(__file__), "--child", op, str(vault), str(target)]
    proc = subprocess.run(cmd, input=key.hex() + "\n", capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise SystemExit(f"{op} failed:\n{proc.stderr}")
    return dict(json.loads(proc.stdout))


def _segments(d: Path, count: int) -> tuple[list[float], list[float]]:
    """Durable segment saves signed as v1 and as v2, alternately, in one vault."""
    svc = _new_vault(d / "typing", os.urandom(32))
    case = svc.records.add_case("bench")
    interview = svc.records.add_interview(case)
    times: dict[int, list[float]] = {1: [], 2: []}
    real = session_module.sign_op
    try:
        for i in range(2 * count):
            version = 1 + i % 2

            def signer(op: Op, identity: Identity, *, version: int = version, **_: Any) -> Any:
                return real(op, identity, version=version)

            session_module.sign_op = signer  # type: ignore[assignment]
            t = time.perf_counter()
            svc.records.add_segment(interview, f"Меня задержали утром, телефон изъяли {i}.")
            times[version].append(time.perf_counter() - t)
    finally:
        session_module.sign_op = real  # type: ignore[assignment]
    svc.lock()
    return times[1], times[2]


def _ratios(v1: list[float], v2: list[float]) -> str:
    r = [b / a for a, b in zip(v1, v2, strict=True)]
    return f"v2/v1 median {statistics.median(r):.3f}  min {min(r):.3f}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ops", type=int, default=100_000)
    ap.add_argument("--pairs", type=int, default=5)
    ap.add_argument("--segments", type=int, default=200)
    ap.add_argument("--tmp", default=None)
    ap.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        _child(*args.child)
        return
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    with tempfile.TemporaryDirectory(dir=args.tmp) as tmp:
        d = Path(tmp)
        print(f"preparing two vaults of {args.ops} ops (v1, v2) …", flush=True)
        keys = {v: _pair(d, f"v{v}", args.ops, v) for v in (1, 2)}
        rows: dict[str, dict[int, list[dict[str, Any]]]] = {"seal": {1: [], 2: []}}
        rows["import"] = {1: [], 2: []}
        for p in range(args.pairs):
            for v in (1, 2) if p % 2 == 0 else (2, 1):
                ks, kr = keys[v]
                out = d / f"out-v{v}-{p}"
                out.mkdir()
                sealed = _run("seal", d / f"v{v}-sender", out, ks)
                rows["seal"][v].append(sealed)
                target = d / f"v{v}-r{p}"
                shutil.copytree(d / f"v{v}-pristine", target)
                rows["import"][v].append(_run("open", target, Path(sealed["path"]), kr))
                shutil.rmtree(target)
                shutil.rmtree(out)
        print(f"\n== op v1 against op v2, {args.ops} ops, {args.pairs} interleaved pairs ==")
        for what, by in rows.items():
            for v in (1, 2):
                walls = [r["wall"] for r in by[v]]
                cpus = [r["cpu"] for r in by[v]]
                rss = max(r["rss"] for r in by[v]) / 2**20
                ops = by[v][0]["ops"]
                print(
                    f"{what:<7} v{v}: wall median {statistics.median(walls):6.2f} s "
                    f"(min {min(walls):6.2f}), cpu median {statistics.median(cpus):6.2f} s, "
                    f"{ops / statistics.median(walls):8.0f} ops/s, peak RSS {rss:5.0f} MiB"
                )
            print(
                f"{what:<7} wall {_ratios([r['wall'] for r in by[1]], [r['wall'] for r in by[2]])}"
                f"; cpu {_ratios([r['cpu'] for r in by[1]], [r['cpu'] for r in by[2]])}"
            )
        if args.segments:
            s1, s2 = _segments(d, args.segments)
            for v, s in ((1, s1), (2, s2)):
                ordered = sorted(s)
                p95 = ordered[int(0.95 * (len(ordered) - 1))]
                print(
                    f"segment v{v}: p50 {1000 * statistics.median(s):6.2f} ms, "
                    f"p95 {1000 * p95:6.2f} ms"
                )
            print(f"segment {_ratios(s1, s2)}")


if __name__ == "__main__":
    main()
