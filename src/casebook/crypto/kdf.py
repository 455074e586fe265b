"""Argon2id: parameters, their bounds, and calibration.

A slot stores its own parameters, so a vault made on a fast desktop still opens on an old laptop.
Parameters read from disk are untrusted: below the floor they would make a brute-force attack
cheap, above the ceiling a tampered slot could exhaust memory or hang the app. Both are refused.

    floor:    ops >= 3, mem >= 256 MiB          (DESIGN §2)
    ceiling:  ops <= 64, mem <= 4 GiB
    target:   about 1 s on the machine that creates the vault

Tests use fast parameters only through `KdfPolicy.insecure_for_tests()`, an explicit argument
that no environment variable or setting can reach.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from nacl import pwhash

from casebook.base.errors import Cancelled, WrongPassphrase

__all__ = [
    "DEFAULT_POLICY",
    "KdfParams",
    "KdfPolicy",
    "calibrate",
    "derive",
]

SALT_SIZE = pwhash.argon2id.SALTBYTES  # 16
MIB = 1024 * 1024


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters as stored in a keyslot."""

    ops: int
    mem: int  # bytes

    def to_json(self) -> dict[str, int]:
        """The parameters as a JSON object."""
        return {"ops": self.ops, "mem": self.mem}


@dataclass(frozen=True)
class KdfPolicy:
    """Which parameters may be created and accepted, and how long calibration aims for."""

    min_ops: int = 3
    min_mem: int = 256 * MIB
    max_ops: int = 64
    max_mem: int = 4096 * MIB
    target_seconds: float = 1.0

    @classmethod
    def insecure_for_tests(cls) -> KdfPolicy:
        """Fast, weak parameters. Only for tests; never reachable from the CLI or settings."""
        return cls(min_ops=1, min_mem=8 * 1024, max_ops=64, max_mem=4096 * MIB, target_seconds=0)

    def check(self, params: KdfParams) -> None:
        """Refuse parameters outside the bounds, as a damaged slot (same message as a wrong
        passphrase, by design: DESIGN §2)."""
        if not (self.min_ops <= params.ops <= self.max_ops):
            raise WrongPassphrase("kdf ops out of bounds")
        if not (self.min_mem <= params.mem <= self.max_mem):
            raise WrongPassphrase("kdf memory out of bounds")


DEFAULT_POLICY = KdfPolicy()


def derive(passphrase: bytes, salt: bytes, params: KdfParams, policy: KdfPolicy) -> bytes:
    """Argon2id(passphrase, salt) → 32 bytes, after checking `params` against `policy`."""
    policy.check(params)
    if len(salt) != SALT_SIZE:
        raise WrongPassphrase("bad salt length")
    return pwhash.argon2id.kdf(32, passphrase, salt, opslimit=params.ops, memlimit=params.mem)


def calibrate(
    policy: KdfPolicy,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> KdfParams:
    """Find parameters that take about `policy.target_seconds` here, never below the floor.

    Memory stays at the floor (256 MiB): old laptops have little to spare, and time is raised
    through passes instead. Progress is reported as (step, steps).
    """
    base = KdfParams(ops=policy.min_ops, mem=policy.min_mem)
    if policy.target_seconds <= 0:
        return base
    steps = 3
    timings = []
    for step in range(steps):
        if cancel is not None and cancel():
            raise Cancelled()
        t0 = time.perf_counter()
        derive(b"calibration", bytes(SALT_SIZE), base, policy)
        timings.append(time.perf_counter() - t0)
        if progress is not None:
            progress(step + 1, steps)
    per_pass = min(timings) / base.ops
    ops = max(policy.min_ops, min(policy.max_ops, round(policy.target_seconds / per_pass)))
    return KdfParams(ops=ops, mem=base.mem)
