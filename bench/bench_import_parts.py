"""Where the time of a 100k-op import goes, part by part, and the least it could take here.

    python bench/bench_import_parts.py [--ops 100000] [--pairs 3] [--tmp DIR]

Issue #13 asks for a 100k-op import in 7 s or less on this machine, and issue #9 for op v2 to
cost under 5% more than op v1. This bench takes the import apart, so that the figures say how
far each target is from what the parts themselves cost. Two vaults of --ops event ops (as in
bench_commitment.py: one signed v1, one v2) are sealed to a colleague; then, for each version,
each part runs in a child process of its own, --pairs times, versions interleaved:

    import      the whole `import_bundle` of the sealed bundle, as shipped (read, decrypt,
                parse and check on two worker threads, apply, commit)
    parse       every op line parsed (`decode_line`); for v2 also every disclosure line, and
                each op paired with its value (`accept_disclosure`): one thread
    verify      every op's Ed25519 signature checked (`first_bad_signature`): one thread
    store       the parsed, paired ops applied to an empty vault (`Store.apply_many`, batches
                of 1,024, one transaction, commit included): one thread, SQLCipher
    store-plain the same on plain SQLite (same schema and code, no key)
    rows        only the rows of the ops (and of their values, for v2) written to an empty
                vault in one transaction: what the op-log's own rows and indexes cost

The lines come straight from the sender's vault, the same bytes as in the bundle. What the
import spends beyond parse + verify + store is reading, decrypting and hashing the bundle,
the ledger, and the threads handing over.

The bound printed last is generous: it assumes parse and verify split perfectly over both cores
beside the store's thread and that Python's GIL costs nothing, so no implementation of this
design can import faster on this machine:

    two-core bound = max(store, (parse + verify + store) / 2)

Not a test: run it by hand and put the table in the notes.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import plain_service  # noqa: E402
from bench_commitment import _new_vault, _open, _pair, _run  # noqa: E402
from casebook.bundle.oplines import decode_line  # noqa: E402
from casebook.bundle.selection import disclosure_lines, op_lines  # noqa: E402
from casebook.crypto.keys import first_bad_signature  # noqa: E402
from casebook.domain.disclosure import Disclosure  # noqa: E402
from casebook.domain.oplog import SignedOp, accept_disclosure  # noqa: E402
from casebook.service import CaseService  # noqa: E402

PARTS = ("import", "parse", "verify", "store", "store-plain", "rows")
BATCH = 1024


def _lines(sender: CaseService) -> tuple[list[bytes], list[bytes]]:
    """The op lines and disclosure lines a bundle of everything carries, without newlines."""
    store = sender.session.store
    selection = store.exchange.selection([], None)
    ops = [line.rstrip(b"\n") for line, _kind, _enc in op_lines(store, selection)]
    values = [line.rstrip(b"\n") for line, *_ in disclosure_lines(store, selection)]
    return ops, values


def _parse(ops: list[bytes], values: list[bytes]) -> tuple[list[SignedOp], list[Any]]:
    """Every op parsed and paired with its value; and the (author, message, sig) to check."""
    held = {d.op_id: d for d in (Disclosure.from_line(v) for v in values)}
    out: list[SignedOp] = []
    checks: list[Any] = []
    for line in ops:
        signed, message = decode_line(line)
        disclosure = held.get(signed.op_id)
        if disclosure is not None:
            signed = accept_disclosure(signed, disclosure)
        out.append(signed)
        checks.append((signed.op.author, message, signed.sig))
    return out, checks


def _apply(svc: CaseService, ops: list[SignedOp]) -> None:
    store = svc.session.store
    with store.transaction():
        for i in range(0, len(ops), BATCH):
            store.apply_many(ops[i : i + BATCH])


def _rows(svc: CaseService, ops: list[SignedOp]) -> None:
    """The op rows (and value rows) alone, with the schema's indexes, in one transaction."""
    store = svc.session.store
    with store.transaction():
        for i in range(0, len(ops), BATCH):
            base = 100 + i
            part = ops[i : i + BATCH]
            store.write_many(
                "INSERT INTO ops (rowid, op_id, author, seq, prev, hlc, entity, entity_id, kind,"
                " field, reg_field, case_id, encoded, sig, v, husk)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0)",
                [
                    (base + j, s.op_id, s.op.author, s.op.seq, s.op.prev, s.op.hlc, s.op.entity)
                    + (s.op.entity_id, s.op.kind, s.op.field, s.register[1], None, s.encoded)
                    + (s.sig, s.op.version)
                    for j, s in enumerate(part)
                ],
            )
            values = [
                (base + j, s.disclosure.nonce, s.disclosure.value_bytes())
                for j, s in enumerate(part)
                if s.disclosure is not None
            ]
            store.write_many("INSERT INTO disclosures VALUES (?, ?, ?)", values)


def _child(part: str, folder: str, version: str) -> None:
    d, v = Path(folder), int(version)
    keys = json.loads((d / "keys.json").read_text())[version]
    sender = _open(d / f"v{v}-sender", bytes.fromhex(keys["sender"]))
    ops, values = _lines(sender)
    sender.lock()
    info: dict[str, Any] = {"ops": len(ops)}
    if part == "parse":
        start = time.perf_counter()
        _parse(ops, values)
    elif part == "verify":
        _parsed, checks = _parse(ops, values)
        start = time.perf_counter()
        if first_bad_signature(checks) is not None:
            raise SystemExit("a signature did not verify")
    else:
        parsed, _checks = _parse(ops, values)
        work = d / f"work-{part}-v{v}"
        shutil.rmtree(work, ignore_errors=True)
        svc = plain_service(work) if part == "store-plain" else _new_vault(work, os.urandom(32))
        start = time.perf_counter()
        (_rows if part == "rows" else _apply)(svc, parsed)
        info["wall"] = time.perf_counter() - start
        svc.lock()
        shutil.rmtree(work)
        print(json.dumps(info))
        return
    info["wall"] = time.perf_counter() - start
    print(json.dumps(info))


def _part(part: str, d: Path, v: int, keys: dict[str, Any], p: int) -> float:
    if part == "import":
        target = d / f"v{v}-r{p}"
        shutil.copytree(d / f"v{v}-pristine", target)
        got = _run("open", target, Path(keys["bundle"]), bytes.fromhex(keys["recipient"]))
        shutil.rmtree(target)
        return float(got["wall"])
    cmd = [sys.executable, os.path.abspath(__file__), "--child", part, str(d), str(v)]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise SystemExit(f"{part} failed:\n{proc.stderr}")
    return float(json.loads(proc.stdout)["wall"])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ops", type=int, default=100_000)
    ap.add_argument("--pairs", type=int, default=3)
    ap.add_argument("--tmp", default=None)
    ap.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        _child(*args.child)
        return
    with tempfile.TemporaryDirectory(dir=args.tmp) as tmp:
        d = Path(tmp)
        print(f"preparing two vaults of {args.ops} ops (v1, v2) …", flush=True)
        keys: dict[str, dict[str, Any]] = {}
        for v in (1, 2):
            ks, kr = _pair(d, f"v{v}", args.ops, v)
            out = d / f"out-v{v}"
            out.mkdir()
            sealed = _run("seal", d / f"v{v}-sender", out, ks)
            keys[str(v)] = {"sender": ks.hex(), "recipient": kr.hex(), "bundle": sealed["path"]}
        (d / "keys.json").write_text(json.dumps(keys))
        walls: dict[tuple[str, int], list[float]] = {(p, v): [] for p in PARTS for v in (1, 2)}
        for p in range(args.pairs):
            for part in PARTS:
                for v in (1, 2) if p % 2 == 0 else (2, 1):
                    walls[part, v].append(_part(part, d, v, keys[str(v)], p))
            print(f"pair {p + 1} of {args.pairs} done", flush=True)
    med = {k: statistics.median(w) for k, w in walls.items()}
    print(f"\n== a {args.ops}-op import, part by part: median of {args.pairs} runs, seconds ==")
    print(f"{'part':<12} {'v1':>8} {'v2':>8} {'v2 - v1':>8} {'v2 / v1':>8}")
    for part in PARTS:
        a, b = med[part, 1], med[part, 2]
        print(f"{part:<12} {a:8.2f} {b:8.2f} {b - a:+8.2f} {b / a:8.2f}")
    print()
    for v in (1, 2):
        parse, verify, store = med["parse", v], med["verify", v], med["store", v]
        bound = max(store, (parse + verify + store) / 2)
        print(
            f"v{v}: parse + verify + store {parse + verify + store:6.2f} s on one core; "
            f"two-core bound {bound:5.2f} s ({args.ops / bound:6.0f} ops/s); "
            f"import {med['import', v]:5.2f} s; SQLCipher / plain on the store "
            f"{store / med['store-plain', v]:4.2f}x"
        )
    extra = {p: med[p, 2] - med[p, 1] for p in ("parse", "store", "rows")}
    print(
        f"\nwhat v2 adds, per op: parse {1e6 * extra['parse'] / args.ops:5.1f} µs, store "
        f"{1e6 * extra['store'] / args.ops:5.1f} µs (of which the value rows "
        f"{1e6 * extra['rows'] / args.ops:5.1f} µs), against a v1 import of "
        f"{1e6 * med['import', 1] / args.ops:5.1f} µs per op "
        f"({100 * (extra['parse'] + extra['store']) / med['import', 1]:4.1f}% of it)"
    )


if __name__ == "__main__":
    main()
