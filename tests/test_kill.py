"""kill -9 at random moments (issue #15, DESIGN §1 "Faults").

Two workers, each with its own pair of real vaults (Alice and Bob, peers of each other), run
real CLI processes (`note add`, `attach` of a 1–2 MiB file so that blobs are written, `export`
to a folder standing for a USB drive, `import` of a bundle from it) and SIGKILL each one after a
random delay within its expected run time. A command that exited 0 before the kill was
acknowledged. Afterwards:

- every vault verifies (`casebook verify`, exit 0), and every acknowledged segment, attachment,
  export and import is there;
- every bundle under a final name on the drive is whole (it imports);
- after the next unlock no temp file, unreferenced blob or orphan content row remains, and
  after the next export to the drive no partial export file remains.

The debris each kill left is counted before the next command unlocks the vault again (and
cleans it), so the summary line says how much there was to clean (`pytest -s` shows it).
"""

from __future__ import annotations

import hashlib
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from casebook.bundle import import_bundle
from casebook.store.store import Store
from factory import (
    FAST_CLI,
    PASSPHRASE,
    child_env,
    db_key,
    make_case,
    make_interview,
    make_service,
    open_vault,
    run_cli_process,
)

MiB = 1024 * 1024
KILLS = 200  # at least, over both workers
WORKERS = 2
DEADLINE_S = 600  # only against a hang: the loop runs until it has its kills
KINDS = ("note", "attach", "export", "import")
LEAK_OK = ("--leak-override", "needed_for_purpose")
WEIGHTS = (3, 3, 3, 2)


@dataclass
class Side:
    """One vault of a pair, and what was acknowledged in it."""

    name: str
    root: Path
    interview: bytes = b""
    case: bytes = b""
    drive: Path = Path()  # where this side's exports go (the other side imports from it)
    key: bytes = b""  # the SQLCipher key, to look inside without unlocking
    segments: dict[str, str] = field(default_factory=dict)  # id -> text
    attachments: dict[str, bytes] = field(default_factory=dict)  # id -> sha256
    exports: list[Path] = field(default_factory=list)
    imports: list[Path] = field(default_factory=list)


@dataclass
class Tally:
    """What one worker did and found."""

    kills: Counter[str] = field(default_factory=Counter)
    acked: Counter[str] = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)
    debris: Counter[str] = field(default_factory=Counter)  # left by kills, before the next unlock


def _setup(tmp: Path, worker: int) -> tuple[Side, Side]:
    alice = Side("alice", tmp / f"w{worker}" / "alice")
    bob = Side("bob", tmp / f"w{worker}" / "bob")
    a, b = make_service(alice.root), make_service(bob.root)
    a.peers.mark_verified(a.peers.add(b.peers.my_card().encode(), "bob"))
    b.peers.mark_verified(b.peers.add(a.peers.my_card().encode(), "alice"))
    for side, svc in ((alice, a), (bob, b)):
        side.case = make_case(svc)
        side.interview = make_interview(svc, side.case)
        side.drive = tmp / f"w{worker}" / f"drive-{side.name}"
        side.drive.mkdir()
        svc.lock()
    return alice, bob


def _spawn(root: Path, *args: str) -> subprocess.Popen[bytes]:
    """The CLI in a real child process (fast KDF), the passphrase through a pipe."""
    r, w = os.pipe()
    os.write(w, (PASSPHRASE + "\n").encode())
    os.close(w)
    try:
        return subprocess.Popen(
            [sys.executable, "-c", FAST_CLI, "--vault", str(root), "--passphrase-fd", str(r)]
            + list(args),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            pass_fds=(r,),
            env=child_env(),
        )
    finally:
        os.close(r)


def _bundles(drive: Path) -> list[Path]:
    """Bundles under a final name (a partial export's temp file is hidden)."""
    return sorted(p for p in drive.iterdir() if not p.name.startswith("."))


def _partials(drive: Path) -> set[str]:
    return {p.name for p in drive.iterdir() if p.name.startswith(".")}


def _count_debris(side: Side) -> Counter[str]:
    """What is left in a vault, seen without unlocking it (which would clean it)."""
    found: Counter[str] = Counter()
    blobs = side.root / "blobs"
    names = sorted(p.name for p in blobs.iterdir()) if blobs.is_dir() else []
    if not side.key:
        side.key = db_key(side.root)  # once: Argon2 (even the test's) per kill adds up
    store = Store.open(side.root / "vault.db", side.key)
    try:
        referenced = store.contents.blob_names()
        found["orphan contents"] += len(store.contents.orphans())
    finally:
        store.close()
    found["temp blob files"] += sum(n.startswith(".") for n in names)
    found["unreferenced blobs"] += sum(not n.startswith(".") and n not in referenced for n in names)
    return found


class Worker:
    """Random commands on one pair of vaults, each killed at a random moment."""

    def __init__(self, alice: Side, bob: Side, seed: int, sources: Path) -> None:
        self.sides = (alice, bob)
        self.rng = random.Random(seed)
        self.sources = sources
        self.expected: dict[str, float] = {}
        self.startup = 0.0  # starting Python and opening the vault, without the work
        self.tally = Tally()
        self._n = 0
        self._partials_seen: set[str] = set()

    def _command(self, kind: str) -> tuple[Side, Side, list[str]]:
        side, other = self.rng.sample(self.sides, 2)
        if kind == "import" and not _bundles(other.drive):
            kind = "export"
        self._n += 1
        if kind == "note":
            args = ["note", "add", side.interview.hex(), "--text", f"segment {self._n} "]
            args[-1] += os.urandom(600).hex()
        elif kind == "attach":
            src = self.sources / f"{self._n}.bin"
            if self.rng.random() < 0.3 and any(self.sources.iterdir()):
                src = self.rng.choice(sorted(self.sources.iterdir()))  # the same bytes again
            else:
                src.write_bytes(os.urandom(self.rng.randint(MiB + 1, 2 * MiB)))
            args = ["attach", side.case.hex(), str(src)]
        elif kind == "export":
            # Durability, not the leak scan, is under test: the notes name people.
            args = ["export", "--to", other.name, "--out", str(side.drive), *LEAK_OK]
        else:
            args = ["import", str(self.rng.choice(_bundles(other.drive)))]
        return side, other, [kind, *args]

    def _acknowledge(self, side: Side, kind: str, args: list[str], out: str) -> None:
        lines = out.splitlines()
        if kind == "note":
            side.segments[lines[0].strip()] = args[-1]
        elif kind == "attach":
            side.attachments[lines[0].strip()] = hashlib.sha256(
                Path(args[-1]).read_bytes()
            ).digest()
        elif kind == "export":
            side.exports += [Path(line.strip()) for line in lines]
        else:
            side.imports.append(Path(args[-1]))

    def run_once(self, kind: str, *, kill: bool) -> None:
        side, other, (kind, *args) = self._command(kind)
        started = time.monotonic()
        proc = _spawn(side.root, *args)
        expected = self.expected.get(kind, 1.0)
        if not kill:
            delay = 120.0
        elif self.rng.random() < 0.25:
            delay = self.rng.uniform(0, expected)  # opening the vault included
        else:  # mostly once the vault is open: where the files are written
            delay = self.rng.uniform(min(0.8 * self.startup, expected), 1.05 * expected)
        killed = False
        try:
            proc.wait(timeout=delay)
        except subprocess.TimeoutExpired:
            os.kill(proc.pid, signal.SIGKILL)
            killed = True
        out, err = proc.communicate()
        took = time.monotonic() - started
        if proc.returncode == 0:
            self.tally.acked[kind] += 1
            self._acknowledge(side, kind, args, out.decode())
            old = self.expected.get(kind, took)
            self.expected[kind] = 0.7 * old + 0.3 * took if kind in self.expected else took
        elif killed and proc.returncode == -signal.SIGKILL:
            self.tally.kills[kind] += 1
            if delay >= expected:  # it takes longer now (exports grow with attachments)
                self.expected[kind] = 1.1 * expected
            self.tally.debris.update(_count_debris(side))
            new = _partials(side.drive) - self._partials_seen
            self.tally.debris["partial exports"] += len(new)
            self._partials_seen |= new
        else:
            self.tally.failures.append(f"{kind} {args[:2]} exit {proc.returncode}: {err.decode()}")

    def run(self, kills: int, deadline: float) -> Tally:
        started = time.monotonic()
        listed = _spawn(self.sides[0].root, "case", "list")
        listed.communicate()
        self.startup = time.monotonic() - started
        for kind in KINDS:  # learn how long each takes
            self.run_once(kind, kill=False)
        while sum(self.tally.kills.values()) < kills and time.monotonic() < deadline:
            self.run_once(self.rng.choices(KINDS, WEIGHTS)[0], kill=True)
        return self.tally


def _check_side(side: Side) -> None:
    """After the kills: verify (the next unlock), then nothing acknowledged is missing."""
    result = run_cli_process(side.root, "verify")
    assert result.code == 0, (side.name, result.out, result.err)
    left = _count_debris(side)
    assert sum(left.values()) == 0, (side.name, dict(left))
    svc = open_vault(side.root)
    try:
        held = {s.id.hex(): s.get("text") for s in svc.reading.segments(side.interview)}
        for sid, text in side.segments.items():
            assert held.get(sid) == text, f"{side.name}: acknowledged segment {sid} lost"
        for aid, sha in side.attachments.items():
            body = hashlib.sha256(b"".join(svc.attachments.iter_bytes(bytes.fromhex(aid))))
            assert body.digest() == sha, f"{side.name}: acknowledged attachment {aid} lost"
        for path in side.imports:
            assert import_bundle(svc.session, path).already_imported, path
    finally:
        svc.lock()
    for path in side.exports:
        assert path.is_file(), f"{side.name}: acknowledged export {path.name} is missing"


def _check_drive(side: Side, other: Side) -> None:
    """The next export clears the drive's partial files; every bundle on it is whole."""
    result = run_cli_process(
        side.root, "export", "--to", other.name, "--out", str(side.drive), *LEAK_OK
    )
    assert result.code == 0, result.err
    assert _partials(side.drive) == set()
    svc = open_vault(other.root)
    try:
        for path in _bundles(side.drive):
            import_bundle(svc.session, path)  # raises if anything under a final name is partial
        assert svc.integrity.verify().ok
    finally:
        svc.lock()


@pytest.mark.slow
def test_kill_9_at_random_moments_loses_nothing_and_leaves_nothing(tmp_path: Path) -> None:
    started = time.monotonic()
    workers = []
    for i in range(WORKERS):
        sources = tmp_path / f"w{i}" / "files"
        sources.mkdir(parents=True)
        alice, bob = _setup(tmp_path, i)
        workers.append(Worker(alice, bob, seed=random.randrange(1 << 30), sources=sources))
    deadline = time.monotonic() + DEADLINE_S
    with ThreadPoolExecutor(WORKERS) as pool:
        tallies = list(pool.map(lambda w: w.run(-(-KILLS // WORKERS), deadline), workers))
    kills = sum((t.kills for t in tallies), Counter())
    acked = sum((t.acked for t in tallies), Counter())
    debris = sum((t.debris for t in tallies), Counter())
    failures = [f for t in tallies for f in t.failures]
    assert failures == [], failures
    for w in workers:
        alice, bob = w.sides
        for side in (alice, bob):
            _check_side(side)
        for side, other in ((alice, bob), (bob, alice)):
            _check_drive(side, other)
    print(
        f"\nkill -9: {sum(kills.values())} kills {dict(kills)}, acknowledged {dict(acked)}, "
        f"debris left by kills and cleared at the next unlock or export {dict(debris)}, "
        f"{time.monotonic() - started:.0f} s"
    )
    assert sum(kills.values()) >= KILLS, f"only {dict(kills)} kills before the deadline"
    assert all(kills[k] > 0 for k in KINDS), dict(kills)
