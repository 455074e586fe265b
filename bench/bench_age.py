"""Seal/open throughput and peak memory of casebook's age layer against the age CLI.

    python bench/bench_age.py [--size-mib 1024] [--repeat 3] [--tmp DIR]

Both implementations run as child processes on the same plaintext, file to file, in the same
temporary directory; each output file is deleted before the run that writes it. Wall time runs
from spawn to exit (interpreter start-up included for us, process start for age). Peak RSS is
the child's VmHWM, polled every 10 ms (``ru_maxrss`` would carry the parent's RSS over exec).
Both open the same ciphertext, written by the age CLI. The plaintext is random. Not a test: run
it by hand and put the table in the notes (DESIGN §7).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import psutil

from casebook.crypto import age, bech32

MiB = 1024 * 1024


@dataclass
class Run:
    seconds: float
    peak_rss: int  # bytes


def _child(op: str, src: str, dst: str) -> None:
    """Runs in the child: seal to the recipient, or open with the identity, read from stdin."""
    key = bytes.fromhex(sys.stdin.readline().strip())
    with open(src, "rb") as inp, open(dst, "wb") as out:
        if op == "seal":
            age.encrypt([key], inp, out)
        else:
            age.decrypt([key], inp, out)


def _peak_rss(pid: int, psutil_proc: psutil.Process) -> int:
    """The child's peak RSS so far: VmHWM on Linux (per address space, so not inherited across
    exec like ru_maxrss is), else its current RSS (sampled)."""
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    try:
        return int(psutil_proc.memory_info().rss)
    except psutil.Error:
        return 0


def _run(cmd: list[str], stdin: bytes = b"") -> Run:
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL)
    assert proc.stdin is not None
    proc.stdin.write(stdin)
    proc.stdin.close()
    watched = psutil.Process(proc.pid)
    peak = 0
    while proc.poll() is None:
        peak = max(peak, _peak_rss(proc.pid, watched))
        time.sleep(0.01)
    seconds = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"{cmd[0]} failed with status {proc.returncode}")
    return Run(seconds, peak)


def _digest(path: Path) -> bytes:
    h = hashlib.blake2b(digest_size=32)
    with path.open("rb") as f:
        while block := f.read(MiB):
            h.update(block)
    return h.digest()


def _aead_speed() -> float:
    """MiB/s of OpenSSL's ChaCha20-Poly1305 alone on 64 KiB chunks (what crypto/chunks.py
    uses, into a reused buffer): the ceiling for us."""
    from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

    aead = ChaCha20Poly1305(os.urandom(32))
    chunk, nonce = bytearray(os.urandom(64 * 1024)), bytes(12)
    out = bytearray(len(chunk) + 16)
    start = time.perf_counter()
    for _ in range(2048):
        aead.encrypt_into(nonce, chunk, None, out)
    return 128 / (time.perf_counter() - start)


def _write_random(path: Path, size_mib: int) -> None:
    with path.open("wb") as f:
        for _ in range(size_mib):
            f.write(os.urandom(MiB))


def main() -> None:
    """Measure, verify and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mib", type=int, default=1024)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--tmp", default=None, help="directory for the temporary files")
    parser.add_argument("--child", nargs=3, metavar=("OP", "SRC", "DST"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(*args.child)
        return

    age_cli = shutil.which("age")
    if not age_cli:
        raise SystemExit("the age CLI is not on PATH (Debian package 'age')")
    version = subprocess.run([age_cli, "--version"], capture_output=True, text=True).stdout
    identity = age.generate_identity()
    recipient = age.public_key(identity)
    me = [sys.executable, os.path.abspath(__file__), "--child"]

    with tempfile.TemporaryDirectory(prefix="casebook-bench-", dir=args.tmp) as tmp:
        d = Path(tmp)
        plain, key_file = d / "plain.bin", d / "key.txt"
        key_file.write_text(bech32.format_identity(identity) + "\n")
        key_file.chmod(0o600)
        print(f"writing {args.size_mib} MiB of random data to {d} …", flush=True)
        _write_random(plain, args.size_mib)
        age_sealed, ours_sealed = d / "age.age", d / "ours.age"
        age_opened, ours_opened = d / "age.out", d / "ours.out"
        ops = {
            ("seal", "casebook"): (ours_sealed, [*me, "seal", str(plain), str(ours_sealed)]),
            ("seal", "age CLI"): (
                age_sealed,
                [age_cli, "-r", bech32.format_recipient(recipient), "-o", str(age_sealed)]
                + [str(plain)],
            ),
            ("open", "casebook"): (ours_opened, [*me, "open", str(age_sealed), str(ours_opened)]),
            ("open", "age CLI"): (
                age_opened,
                [age_cli, "-d", "-i", str(key_file), "-o", str(age_opened), str(age_sealed)],
            ),
        }
        keys = {"seal": recipient.hex().encode() + b"\n", "open": identity.hex().encode() + b"\n"}
        runs: dict[tuple[str, str], list[Run]] = {k: [] for k in ops}
        for _ in range(args.repeat):
            for (op, impl), (target, cmd) in ops.items():  # interleaved, to share any drift
                target.unlink(missing_ok=True)
                runs[op, impl].append(_run(cmd, keys[op] if impl == "casebook" else b""))
        want = _digest(plain)
        for path in (ours_opened, age_opened):
            if _digest(path) != want:
                raise SystemExit(f"{path.name} does not match the plaintext")
        subprocess.run(
            [age_cli, "-d", "-i", str(key_file), "-o", str(age_opened), str(ours_sealed)],
            check=True,
        )
        if _digest(age_opened) != want:
            raise SystemExit("age -d does not give back what casebook sealed")

    size = args.size_mib
    print()
    print(f"age v1, X25519, {size} MiB file to file, best of {args.repeat} (median)")
    cpu = platform.processor() or platform.machine()
    python = platform.python_version()
    print(f"{cpu}, {os.cpu_count()} CPUs, Python {python}, age {version.strip()}")
    print()
    print(f"{'op':<6}{'impl':<10}{'time s':>16}{'MiB/s':>18}{'peak RSS MiB':>14}")
    best: dict[tuple[str, str], float] = {}
    for (op, impl), rs in runs.items():
        times = [r.seconds for r in rs]
        best[op, impl] = min(times)
        med = statistics.median(times)
        rss = max(r.peak_rss for r in rs) / MiB
        speed = f"{size / min(times):.0f} ({size / med:.0f})"
        print(f"{op:<6}{impl:<10}{min(times):>8.2f} ({med:5.2f}){speed:>18}{rss:>14.1f}")
    print()
    for op in ("seal", "open"):
        ratio = best[op, "age CLI"] / best[op, "casebook"]
        print(f"{op}: casebook / age CLI throughput = {ratio:.2f}×")
    print(f"OpenSSL ChaCha20-Poly1305 alone, 64 KiB chunks, in process: {_aead_speed():.0f} MiB/s")
    print("outputs verified: both opened files match; age -d opens casebook's sealed file")


if __name__ == "__main__":
    main()
