"""`casebook report` in real processes: the package is written after the warning, checks with
sha256sum, and is refused for a non-empty folder or without a confirmation; nothing is half
written. The PDF is rendered offscreen in the child, which never needs a display."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from factory import child_env, make_service, run_cli_process
from reportkit import CanaryCase, canary_case


@pytest.fixture
def vault(tmp_path: Path) -> tuple[Path, CanaryCase]:
    root = tmp_path / "vault"
    svc = make_service(root)
    c = canary_case(svc)
    svc.lock()
    return root, c


def test_the_report_is_written_after_the_warning_and_checks(
    vault: tuple[Path, CanaryCase], tmp_path: Path
) -> None:
    root, c = vault
    out = tmp_path / "для ЕСПЧ"
    # No display, and a platform that needs one: the command chooses offscreen itself.
    env = child_env(QT_QPA_PLATFORM="xcb")
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    done = run_cli_process(
        root,
        "report",
        "--case",
        c.case.hex()[:10],
        "--purpose",
        "echr",
        "--lang",
        "en",
        "--out",
        str(out),
        "--yes",
        "--json",
        env=env,
    )
    assert done.code == 0, done.err
    assert "NOT encrypted" in done.err
    result = json.loads(done.out)
    assert result["annexes"] == 2
    assert "report.pdf" in result["files"]
    checked = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=out, capture_output=True)
    assert checked.returncode == 0, checked.stdout
    assert (out / "report.pdf").read_bytes().startswith(b"%PDF-")
    assert (out / f"attachments/01_{c.pdf_sha}.pdf").exists()
    assert not [n for n in os.listdir(tmp_path) if n.startswith(".")]


def test_without_a_confirmation_nothing_is_written(
    vault: tuple[Path, CanaryCase], tmp_path: Path
) -> None:
    root, c = vault
    out = tmp_path / "pkg"
    args = ("report", "--case", c.case.hex(), "--purpose", "un", "--out", str(out))
    done = run_cli_process(root, *args)
    assert done.code == 2
    assert "confirmation needed" in done.err
    assert not out.exists()
    (out / "sub").mkdir(parents=True)
    done = run_cli_process(root, *args, "--yes")
    assert done.code == 5
    assert "not empty" in done.err
    assert os.listdir(out) == ["sub"]


def test_a_purpose_outside_the_list_is_a_usage_error(
    vault: tuple[Path, CanaryCase], tmp_path: Path
) -> None:
    root, c = vault
    args = ("report", "--case", c.case.hex(), "--purpose", "press", "--out", str(tmp_path / "x"))
    assert run_cli_process(root, *args, "--yes").code == 2


def test_an_unknown_colleague_is_refused(vault: tuple[Path, CanaryCase], tmp_path: Path) -> None:
    root, c = vault
    out = tmp_path / "pkg"
    done = run_cli_process(
        root,
        "report",
        "--case",
        c.case.hex(),
        "--purpose",
        "domestic",
        "--to",
        "Борис",
        "--out",
        str(out),
        "--yes",
    )
    assert done.code == 5, done.err
    assert not out.exists()
