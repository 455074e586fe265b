"""Storage benchmark: SQLCipher against plain SQLite on the same workload (issue #2).

Workload: N cases (title, summary, status, one interview) and M note segments spread over them,
signed as the service signs them (op v2) and stored a batch at a time through `Store.apply_many`,
the import's path (records created whole: rows, fold and search index per batch), so that the
1M-segment vault fills in minutes; `--fill service` writes them one service call per op instead
(sign → apply → fold → FTS, about an hour for the default size).
Then: FTS queries by word class, the case list, typing a segment until durable, unlock with a
calibrated KDF, and a large attachment intake (in a child process, for its peak RSS).

    python bench/bench_store.py                       # 100k cases, 1M segments
    python bench/bench_store.py --cases 10000 --segments 100000   # quick
    python bench/bench_store.py --json figures.json   # also write the figures (for compare.py)

Targets (DESIGN §7): writes ≤ 1.5× plain, searches ≤ 1.1× plain, FTS p95 < 50 ms, durable
segment < 20 ms, unlock ≈ KDF + < 300 ms, intake ≥ 250 MB/s with flat memory.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import Corpus, percentile, plain_service, summary_ms, write_random_file
from _figures import stats_ms, write_json
from casebook.crypto.kdf import DEFAULT_POLICY, KdfPolicy
from casebook.crypto.keys import LABEL_SQLCIPHER, subkey
from casebook.domain.oplog import Op, SignedOp, sign_op
from casebook.service import CaseService, Write
from casebook.vault import create_vault, unlock

QUERIES = {
    "common word": ["и", "the", "на", "was", "без"],
    "domain word": ["задержали", "адвокат", "protocol", "телефон", "экстремизм"],
    "rare word": ["слово1234", "слово777", "слово15000", "слово4242", "слово9999"],
    "two words": ["адвокат протокол", "police officer", "обыск телефон"],
    "prefix": ["задерж", "интерр", "экстрем"],
}

# What --json writes: the figures printed, name → number (ms, s, MB/s, MiB or a ratio "_x").
FIGURES: dict[str, float] = {}


def _workload(cases: int, segments: int, corpus: Corpus) -> Iterator[list[Write]]:
    """The writes of the workload, a case with its interview and segments at a time."""
    per_case = max(1, segments // cases)
    for _ in range(cases):
        cid, iid = os.urandom(16), os.urandom(16)
        writes: list[Write] = [
            ("case", cid, "create", "", {}),
            ("case", cid, "set", "title", corpus.sentence(4)),
            ("case", cid, "set", "summary", corpus.sentence(20)),
            ("case", cid, "set", "status", "open"),
            ("interview", iid, "create", "", {"case": cid.hex()}),
        ]
        for _ in range(per_case):
            sid = os.urandom(16)
            writes += [
                ("segment", sid, "create", "", {"case": cid.hex(), "interview": iid.hex()}),
                ("segment", sid, "set", "text", corpus.sentence(25)),
            ]
        yield writes


def populate(svc: CaseService, cases: int, segments: int, corpus: Corpus, fill: str) -> float:
    """Write the workload; return seconds."""
    t0 = time.perf_counter()
    if fill == "service":
        batch: list[Write] = []
        for writes in _workload(cases, segments, corpus):
            batch += writes
            if len(batch) >= 4000:
                svc.session.commit_writes(batch)
                batch.clear()
        if batch:
            svc.session.commit_writes(batch)
        return time.perf_counter() - t0
    # Bulk: each op signed as `Session` signs it (a new record's ops depend on nothing), the
    # owner's chain continued, and a batch applied in one transaction.
    session = svc.session
    store, me, identity = session.store, session.me, session.identity
    head = store.author_head(me)
    seq, prev = head if head is not None else (0, None)
    signed: list[SignedOp] = []
    for writes in _workload(cases, segments, corpus):
        for entity, eid, kind, fld, value in writes:
            seq += 1
            op = Op(me, seq, prev, (), session.hlc.now(), entity, eid, kind, fld, value)
            signed.append(sign_op(op, identity, version=2))
            prev = signed[-1].op_id
        if len(signed) >= 4000:
            with store.transaction():
                store.apply_many(signed)
            signed.clear()
    if signed:
        with store.transaction():
            store.apply_many(signed)
    return time.perf_counter() - t0


def measure(
    svc: CaseService, label: str, cases: int, segments: int, fill: str
) -> dict[str, object]:
    corpus = Corpus()
    write_s = populate(svc, cases, segments, corpus, fill)
    out: dict[str, object] = {"write_s": write_s}
    print(
        f"[{label}] wrote {cases} cases, {segments} segments in {write_s:.1f} s "
        f"({segments / write_s:.0f} segments/s)",
        flush=True,
    )
    # Warm the cache once, as a working app would be.
    for qs in QUERIES.values():
        for q in qs:
            svc.reading.search(q)
    all_samples: list[float] = []
    for cls, qs in QUERIES.items():
        samples = []
        for _ in range(20):
            for q in qs:
                t = time.perf_counter()
                svc.reading.search(q, limit=50)
                samples.append(time.perf_counter() - t)
        all_samples += samples
        out[f"fts {cls}"] = samples
        print(f"[{label}] fts {cls:<12} {summary_ms(samples)}", flush=True)
    out["fts all"] = all_samples
    first = []
    pages = []
    for _ in range(20):
        t = time.perf_counter()
        page = svc.reading.list_cases(limit=200)
        first.append(time.perf_counter() - t)
        for _ in range(10):
            if not page:
                break
            t = time.perf_counter()
            page = svc.reading.list_cases(limit=200, before=page[-1].cursor)
            pages.append(time.perf_counter() - t)
    out["list first"] = first
    out["list next"] = pages
    print(f"[{label}] case list first page {summary_ms(first)}", flush=True)
    print(f"[{label}] case list next page  {summary_ms(pages)}", flush=True)
    return out


def typing(sides: dict[str, CaseService], r: dict[str, dict[str, object]], count: int) -> None:
    """Durable segment saves on both vaults, alternately (the order swapped each round), so
    that the drive's state and other load hit both sides alike."""
    corpus = Corpus(seed=11)
    where = {
        label: svc.reading.children(svc.reading.list_cases(limit=1)[0].id, "interview")[0].id
        for label, svc in sides.items()
    }
    times: dict[str, list[float]] = {label: [] for label in sides}
    order = list(sides)
    for _ in range(count):
        text = corpus.sentence(25)
        for label in order:
            t = time.perf_counter()
            sides[label].records.add_segment(where[label], text)
            times[label].append(time.perf_counter() - t)
        order.reverse()
    for label, samples in times.items():
        r[label]["durable segment"] = samples
        print(f"[{label}] durable segment      {summary_ms(samples)}", flush=True)


def record_store(prefix: str, r: dict[str, object], segments: int) -> None:
    """Put the figures `measure` printed for one side into FIGURES, names prefixed."""
    write_s = r["write_s"]
    assert isinstance(write_s, float)
    FIGURES[f"{prefix}write_s"] = write_s
    FIGURES[f"{prefix}write_segments_per_s"] = segments / write_s
    names = {"list first": "case_list_first_page", "list next": "case_list_next_page"}
    names |= {"durable segment": "segment_durable", "fts all": "fts_all"}
    names |= {f"fts {c}": "fts_" + c.removesuffix(" word").replace(" ", "_") for c in QUERIES}
    for key, name in names.items():
        samples = r[key]
        assert isinstance(samples, list)
        FIGURES.update(stats_ms(prefix + name, samples))


def bench_unlock(tmp: Path) -> None:
    root = tmp / "unlock"
    created = create_vault(root, "correct horse battery staple", policy=DEFAULT_POLICY)
    created.session.lock()
    from casebook.crypto import keyslots as ks
    from casebook.crypto.kdf import derive

    slot = ks.decode_keyslots((root / "keyslots").read_bytes())[0]
    kdf, total = [], []
    for _ in range(3):
        t = time.perf_counter()
        derive(b"x", slot.salt, slot.params, DEFAULT_POLICY)
        kdf.append(time.perf_counter() - t)
        t = time.perf_counter()
        unlock(root, "correct horse battery staple").lock()
        total.append(time.perf_counter() - t)
    k, u = min(kdf), min(total)
    FIGURES.update(
        {
            "unlock_kdf_ms": 1000 * k,
            "unlock_ms": 1000 * u,
            "unlock_overhead_ms": 1000 * (u - k),
        }
    )
    print(
        f"unlock: KDF (ops={slot.params.ops}, mem={slot.params.mem >> 20} MiB) {k * 1000:.0f} ms,"
        f" whole unlock {u * 1000:.0f} ms, overhead {1000 * (u - k):.0f} ms (target < 300 ms)"
    )


# Peak memory is read from VmHWM: ru_maxrss survives execve on Linux, so a child would report
# its parent's peak (the 256 MiB Argon2 run of bench_unlock) instead of its own.
_CHILD = r"""
import json, sys, time, pathlib
def hwm():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
from casebook.service import CaseService
from casebook.vault import unlock
from casebook.crypto.kdf import KdfPolicy
svc = CaseService(unlock(pathlib.Path(sys.argv[1]), "pw", policy=KdfPolicy.insecure_for_tests()))
case = svc.reading.list_cases(limit=1)[0].id
t = time.perf_counter()
att = svc.attachments.attach(case, pathlib.Path(sys.argv[2]))
intake = time.perf_counter() - t
rss_in = hwm()
t = time.perf_counter()
n = 0
for chunk in svc.attachments.iter_bytes(att):
    n += len(chunk)
read = time.perf_counter() - t
print(json.dumps({"intake_s": intake, "read_s": read, "bytes": n, "rss_mib": rss_in,
                  "rss_after_read_mib": hwm()}))
"""


def bench_attachment(tmp: Path, size_mib: int) -> None:
    root = tmp / "attach"
    created = create_vault(root, "pw", policy=KdfPolicy.insecure_for_tests())
    CaseService(created.session).records.add_case("bench")
    created.session.lock()
    src = tmp / "big.bin"
    write_random_file(src, size_mib << 20)
    res = subprocess.run(
        [sys.executable, "-c", _CHILD, str(root), str(src)],
        capture_output=True,
        text=True,
        check=True,
    )
    r = json.loads(res.stdout)
    mb = r["bytes"] / 1e6
    FIGURES["attachment_intake_mb_per_s"] = mb / r["intake_s"]
    FIGURES["attachment_read_mb_per_s"] = mb / r["read_s"]
    FIGURES["attachment_peak_rss_mib"] = r["rss_after_read_mib"]
    print(
        f"attachment {size_mib} MiB: intake {mb / r['intake_s']:.0f} MB/s (target ≥ 250), "
        f"read back {mb / r['read_s']:.0f} MB/s, peak RSS {r['rss_after_read_mib']:.0f} MiB"
    )
    src.unlink()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--cases", type=int, default=100_000)
    ap.add_argument("--segments", type=int, default=1_000_000)
    ap.add_argument("--attachment-mib", type=int, default=1024)
    ap.add_argument("--skip", nargs="*", default=[], choices=["store", "unlock", "attachment"])
    ap.add_argument("--json", metavar="PATH", help="also write the figures there, name → number")
    ap.add_argument(
        "--fill",
        choices=["bulk", "service"],
        default="bulk",
        help="how the workload is written: a batch at a time (apply_many), or one service call"
        " per op",
    )
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(dir=os.environ.get("BENCH_DIR")) as d:
        tmp = Path(d)
        if "store" not in args.skip:
            enc = CaseService(
                create_vault(tmp / "enc", "pw", policy=KdfPolicy.insecure_for_tests()).session
            )
            r_enc = measure(enc, "sqlcipher", args.cases, args.segments, args.fill)
            plain = plain_service(tmp / "plain")
            r_plain = measure(plain, "plain", args.cases, args.segments, args.fill)
            # The fills' gigabytes reach the drive first: written back during the saves, they
            # would slow each fsync as they do nowhere else (a user opens a vault at rest).
            os.sync()
            sides = {"sqlcipher": enc, "plain": plain}
            typing(sides, {"sqlcipher": r_enc, "plain": r_plain}, 500)
            enc.lock()
            plain.lock()
            record_store("", r_enc, args.segments)
            record_store("plain_", r_plain, args.segments)
            print("\n== SQLCipher / plain SQLite (same code, same workload) ==")
            FIGURES["sqlcipher_over_plain_writes_x"] = FIGURES["write_s"] / FIGURES["plain_write_s"]
            print(
                f"writes:            {r_enc['write_s'] / r_plain['write_s']:.2f}x  (target ≤ 1.5)"
            )
            for key in ("fts all", "list first", "list next", "durable segment"):
                e, p = r_enc[key], r_plain[key]
                if not (isinstance(e, list) and isinstance(p, list)):
                    raise TypeError(key)
                ratio = percentile(e, 50) / percentile(p, 50)
                FIGURES[f"sqlcipher_over_plain_{key.replace(' ', '_')}_p50_x"] = ratio
                print(
                    f"{key + ':':<18} {ratio:.2f}x at p50; SQLCipher p95 "
                    f"{1000 * percentile(e, 95):.1f} ms"
                )
            _ = subkey, LABEL_SQLCIPHER
        if "unlock" not in args.skip:
            bench_unlock(tmp)
        if "attachment" not in args.skip:
            bench_attachment(tmp, args.attachment_mib)
    write_json(args.json, FIGURES)


if __name__ == "__main__":
    main()
