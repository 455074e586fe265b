"""casebook.crypto.kdf: Argon2id bounds (checked before any work) and calibration."""

from __future__ import annotations

import ast
import inspect
import os
import time
from pathlib import Path

import psutil
import pytest

from casebook import cli, vault
from casebook.base.errors import Cancelled, WrongPassphrase
from casebook.crypto.kdf import (
    DEFAULT_POLICY,
    MIB,
    SALT_SIZE,
    KdfParams,
    KdfPolicy,
    calibrate,
    derive,
)

GIB = 1024 * MIB
SALT = bytes(range(SALT_SIZE))

OUT_OF_BOUNDS = [
    pytest.param(KdfParams(ops=2, mem=256 * MIB), id="ops-below-floor"),
    pytest.param(KdfParams(ops=3, mem=255 * MIB), id="mem-below-floor"),
    pytest.param(KdfParams(ops=0, mem=0), id="zero"),
    pytest.param(KdfParams(ops=-1, mem=-1), id="negative"),
    pytest.param(KdfParams(ops=65, mem=256 * MIB), id="ops-above-ceiling"),
    pytest.param(KdfParams(ops=3, mem=64 * GIB), id="mem-64GiB"),
    pytest.param(KdfParams(ops=3, mem=4 * GIB + 1024), id="mem-just-above-ceiling"),
    pytest.param(KdfParams(ops=2**62, mem=2**62), id="huge"),
]


@pytest.mark.parametrize("params", OUT_OF_BOUNDS)
def test_out_of_bounds_parameters_are_refused_before_argon2(params: KdfParams) -> None:
    proc = psutil.Process()
    rss = proc.memory_info().rss
    t0 = time.perf_counter()
    with pytest.raises(WrongPassphrase):
        derive(b"passphrase", SALT, params, DEFAULT_POLICY)
    # Argon2 at the floor alone takes a noticeable fraction of a second, and 64 GiB would
    # either take minutes or fail to allocate.
    assert time.perf_counter() - t0 < 0.05
    assert proc.memory_info().rss - rss < 16 * MIB


def test_bounds_apply_to_the_test_policy_too() -> None:
    fast = KdfPolicy.insecure_for_tests()
    t0 = time.perf_counter()
    for params in (KdfParams(ops=3, mem=64 * GIB), KdfParams(ops=65, mem=8192)):
        with pytest.raises(WrongPassphrase):
            derive(b"x", SALT, params, fast)
    assert time.perf_counter() - t0 < 0.05


def test_derive_is_deterministic_and_salted() -> None:
    fast = KdfPolicy.insecure_for_tests()
    params = KdfParams(ops=1, mem=8192)
    a = derive(b"passphrase", SALT, params, fast)
    assert len(a) == 32
    assert derive(b"passphrase", SALT, params, fast) == a
    assert derive(b"passphrase", bytes(SALT_SIZE), params, fast) != a
    assert derive(b"passphrasE", SALT, params, fast) != a
    assert derive(b"passphrase", SALT, KdfParams(ops=2, mem=8192), fast) != a
    with pytest.raises(WrongPassphrase):
        derive(b"passphrase", SALT[:-1], params, fast)


def test_test_calibration_gives_the_test_floor() -> None:
    fast = KdfPolicy.insecure_for_tests()
    assert calibrate(fast) == KdfParams(ops=fast.min_ops, mem=fast.min_mem)


def test_calibration_can_be_cancelled() -> None:
    t0 = time.perf_counter()
    with pytest.raises(Cancelled):
        calibrate(DEFAULT_POLICY, cancel=lambda: True)
    assert time.perf_counter() - t0 < 0.05


def test_the_floor_is_the_one_of_the_design() -> None:
    assert DEFAULT_POLICY.min_ops >= 3
    assert DEFAULT_POLICY.min_mem >= 256 * MIB
    assert DEFAULT_POLICY.max_mem <= 4 * GIB


def test_fast_parameters_are_never_the_default() -> None:
    # Fast parameters reach the code only as an explicit argument, never by default.
    for func, name in (
        (cli.main, "kdf_policy"),
        (vault.create_vault, "policy"),
        (vault.unlock, "policy"),
        (vault.change_passphrase, "policy"),
        (vault.new_recovery_code, "policy"),
    ):
        assert inspect.signature(func).parameters[name].default is DEFAULT_POLICY
    # …and no module but kdf.py itself calls the test policy, so no setting or variable can.
    src = Path(vault.__file__).parent
    callers = [
        p.relative_to(src).as_posix()
        for p in src.rglob("*.py")
        if p.name != "kdf.py" and _calls(p, "insecure_for_tests")
    ]
    assert callers == []
    assert not any("INSECURE" in k.upper() and "CASEBOOK" in k.upper() for k in os.environ)


def _calls(path: Path, name: str) -> bool:
    """True when the module calls (or takes a reference to) an attribute called `name`."""
    tree = ast.parse(path.read_text("utf-8"))
    return any(
        (isinstance(node, ast.Attribute) and node.attr == name)
        or (isinstance(node, ast.Name) and node.id == name)
        for node in ast.walk(tree)
    )


@pytest.mark.slow
def test_real_calibration_meets_the_floor() -> None:
    steps: list[tuple[int, int]] = []
    params = calibrate(DEFAULT_POLICY, progress=lambda done, total: steps.append((done, total)))
    assert params.ops >= 3
    assert params.mem >= 256 * MIB
    assert params.ops <= DEFAULT_POLICY.max_ops
    assert steps == [(1, 3), (2, 3), (3, 3)]
    DEFAULT_POLICY.check(params)
