"""Layers (STYLE) and process hardening (DESIGN §2).

Only casebook.ui imports PySide6: the core imports in a process that never loads Qt, and the
import-linter contracts in pyproject.toml hold. The CLI and the GUI disable core dumps and
ptrace attachment at start-up.
"""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
import textwrap
import tomllib
from pathlib import Path
from typing import Any

import pytest

import casebook
from factory import child_env

ROOT = Path(__file__).resolve().parents[1]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def _core_modules() -> list[str]:
    pkg = Path(casebook.__file__).parent
    names = []
    for path in sorted(pkg.rglob("*.py")):
        rel = path.relative_to(pkg.parent).with_suffix("")
        parts = list(rel.parts)
        if parts[-1] == "__init__":
            parts.pop()
        name = ".".join(parts)
        if name.startswith("casebook.ui") or name == "casebook.__main__":
            continue
        names.append(name)
    return names


IMPORT_CHILD = textwrap.dedent(
    """
    import importlib, json, sys
    names = json.loads(sys.argv[1])
    for name in names:
        importlib.import_module(name)
    print(json.dumps(sorted(m for m in sys.modules
                            if m.split(".")[0] in ("PySide6", "shiboken6", "casebook"))))
    """
)


def test_the_core_never_loads_qt() -> None:
    names = _core_modules()
    expected = {
        "casebook.cli",
        "casebook.report",
        "casebook.report.build",
        "casebook.service",
        "casebook.vault",
        "casebook.store.store",
        "casebook.store.db",
        "casebook.crypto.kdf",
        "casebook.crypto.keyslots",
    }
    assert expected <= set(names)
    proc = subprocess.run(
        [sys.executable, "-c", IMPORT_CHILD, json.dumps(names)],
        capture_output=True,
        env=child_env(),
        check=False,
    )
    assert proc.returncode == 0, proc.stderr.decode()
    loaded = json.loads(proc.stdout)
    assert not [m for m in loaded if m.startswith(("PySide6", "shiboken6"))]
    assert not [m for m in loaded if m.startswith("casebook.ui")]
    assert set(names) <= set(loaded)


def test_running_a_cli_command_never_loads_qt(tmp_path: Path) -> None:
    child = textwrap.dedent(
        """
        import io, sys
        from casebook.cli import main
        from casebook.crypto.kdf import KdfPolicy
        fast = KdfPolicy.insecure_for_tests()
        r = main(["--vault", sys.argv[1], "case", "list"], kdf_policy=fast,
                 stdout=io.StringIO(), stderr=io.StringIO())
        assert r == 4, r
        print(any(m.startswith(("PySide6", "shiboken6")) for m in sys.modules))
        """
    )
    proc = subprocess.run(
        [sys.executable, "-c", child, str(tmp_path / "none")],
        capture_output=True,
        env=child_env(),
        check=False,
    )
    assert proc.returncode == 0, proc.stderr.decode()
    assert proc.stdout.decode().strip() == "False"


def _run_lint_imports(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-logo", "--no-cache", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=child_env(),
        check=False,
        timeout=120,
    )


def test_lint_imports_passes() -> None:
    result = _run_lint_imports()
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout
    # The contracts that keep the layers are there.
    names = {c["name"] for c in _contracts()}
    assert {"crypto is a leaf", "store never imports the UI or the CLI"} <= names
    layers = next(c for c in _contracts() if c["type"] == "layers")["layers"]
    assert layers.index("casebook.ui") < layers.index("casebook.report")
    assert layers.index("casebook.report") < layers.index("casebook.service | casebook.bundle")
    doors = next(c for c in _contracts() if c.get("source_modules") == ["casebook.cli"])
    assert doors["forbidden_modules"] == ["casebook.ui"]
    assert doors["ignore_imports"] == [
        "casebook.cli -> casebook.ui.app",
        "casebook.cli.report -> casebook.ui.report_pdf",
    ]
    assert any("PySide6" in c.get("forbidden_modules", []) for c in _contracts())


def _contracts() -> list[dict[str, Any]]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    contracts: list[dict[str, Any]] = config["tool"]["importlinter"]["contracts"]
    return contracts


HARDEN_CHILD = textwrap.dedent(
    """
    import ctypes, ctypes.util, json, resource, sys
    libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
    PR_GET_DUMPABLE = 3
    before = libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0)
    try:  # start from core dumps allowed (this process may have inherited a zero limit)
        resource.setrlimit(resource.RLIMIT_CORE, (1 << 20, 1 << 20))
    except (ValueError, OSError):
        pass
    core_before = list(resource.getrlimit(resource.RLIMIT_CORE))
    if sys.argv[1] == "harden":
        from casebook.base.hardening import harden_process
        harden_process()
    else:
        import io
        from casebook.cli import main
        main(["--version"], stdout=io.StringIO(), stderr=io.StringIO())
    print(json.dumps({
        "before": before,
        "core_before": core_before,
        "dumpable": libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0),
        "core": list(resource.getrlimit(resource.RLIMIT_CORE)),
        "bytecode": sys.dont_write_bytecode,
    }))
    """
)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl is Linux only")
@pytest.mark.parametrize("how", ["harden", "cli"])
def test_core_dumps_and_ptrace_are_off(how: str) -> None:
    proc = subprocess.run(
        [sys.executable, "-c", HARDEN_CHILD, how],
        capture_output=True,
        env=child_env(),
        check=False,
    )
    assert proc.returncode == 0, proc.stderr.decode()
    result = json.loads(proc.stdout.decode().strip().splitlines()[-1])
    assert result["before"] == 1  # control: a fresh process is dumpable
    # The child first allows core dumps where it can: an in-process CLI test may already have
    # hardened this pytest worker, and a zero hard limit is inherited.
    assert result["core_before"] in ([1 << 20, 1 << 20], [0, 0])
    assert result["dumpable"] == 0
    assert result["core"] == [0, 0]
    assert result["bytecode"] is True


_SQL = re.compile(
    r"^\s*(SELECT|INSERT|UPDATE|DELETE|REPLACE|CREATE|DROP|ALTER|PRAGMA|BEGIN|COMMIT|ROLLBACK"
    r"|WITH|VACUUM|ATTACH)\b"
)
_DRIVER_CALL = re.compile(r"\.con\b|\bexecute(?:many|script)?\(")


def _sql_outside_store() -> list[str]:
    """Every place in src/ outside casebook.store that executes or spells SQL."""
    pkg = Path(casebook.__file__).parent
    found = []
    for path in sorted(pkg.rglob("*.py")):
        rel = path.relative_to(pkg)
        if rel.parts[0] == "store":
            continue
        text = path.read_text("utf-8")
        for n, line in enumerate(text.splitlines(), 1):
            if _DRIVER_CALL.search(line):
                found.append(f"{rel}:{n}: {line.strip()}")
        for node in ast.walk(ast.parse(text)):
            is_text = isinstance(node, ast.Constant) and isinstance(node.value, str)
            if is_text and _SQL.match(node.value):
                found.append(f"{rel}:{node.lineno}: SQL text {node.value[:40]!r}")
    return found


def test_only_the_store_speaks_sql() -> None:
    assert _sql_outside_store() == []


def test_the_sql_check_would_catch_a_query(tmp_path: Path) -> None:
    # Control: the patterns match what a stray query looks like.
    assert _SQL.match("SELECT 1 FROM ops")
    assert _DRIVER_CALL.search("store.con.execute(sql)")
    assert not _DRIVER_CALL.search("svc.reading.search(text)")


def test_bundle_and_sqlcipher_contracts_are_declared() -> None:
    contracts = {c["name"]: c for c in _contracts()}
    bundle = contracts["bundle takes the Session, never the service"]
    assert bundle["source_modules"] == ["casebook.bundle"]
    assert "casebook.service" in bundle["forbidden_modules"]
    driver = contracts["Only casebook.store imports the SQLCipher driver"]
    assert "casebook.store" not in driver["source_modules"]
    assert "sqlcipher3" in driver["forbidden_modules"]
    assert any(c["type"] == "layers" for c in contracts.values())
