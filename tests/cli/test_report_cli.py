"""`casebook report` in real processes: the package is written after the warning, checks with
sha256sum, and is refused for a non-empty folder or without a confirmation; nothing is half
written. The PDF is rendered offscreen in the child, which never needs a display."""

from __future__ import annotations

import json
import os
import subprocess
import sys
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


SCRIPT = Path(__file__).resolve().parents[2] / "docs" / "verify" / "verify_package.py"


def _verify(folder: Path) -> subprocess.CompletedProcess[str]:
    """docs/verify/verify_package.py with the standard library alone, as a court runs it."""
    return subprocess.run(
        [sys.executable, "-I", "-S", str(SCRIPT), str(folder)],
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin:/usr/local/bin"},
        timeout=300,
        check=False,
    )


def test_bobs_report_shows_both_custodians_and_the_stdlib_script_verifies_it(
    tmp_path: Path,
) -> None:
    """Alice seals an attachment to Bob; Bob's report names both custodians by key with the
    cross-witness line, and the package the CLI wrote verifies without casebook; deleting or
    swapping a custody line fails."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bundle"))
    from bundlekit import befriend, deliver, make_replica, seal

    alice = make_replica(tmp_path / "alice")
    bob = make_service(tmp_path / "bob")
    befriend(alice, bob)
    case = alice.records.add_case("Дело Кошкодавова")
    alice.attachments.attach_bytes(case, "видео задержания".encode(), name="видео.mp4")
    usb = tmp_path / "usb"
    usb.mkdir()
    deliver(bob, seal(alice, [bob], usb / "a.age").paths[0])
    (bob_case,) = bob.reading.list_cases()
    alice_key, bob_key = alice.me.hex(), bob.me.hex()
    bob.lock()
    out = tmp_path / "pkg"
    done = run_cli_process(
        tmp_path / "bob",
        "report",
        "--case",
        bob_case.id.hex(),
        "--purpose",
        "echr",
        "--lang",
        "en",
        "--out",
        str(out),
        "--yes",
    )
    assert done.code == 0, done.err
    doc = json.loads((out / "report.json").read_text("utf-8"))
    custodians = {c["ref"]: c["identity"] for c in doc["custody"]["custodians"]}
    assert custodians == {"C1": bob_key, "C2": alice_key}
    (item,) = doc["custody"]["items"]
    assert [(e["event"], e["by"]) for e in item["entries"]] == [
        ("intake", "C2"),
        ("seal", "C2"),
        ("receive", "C1"),
    ]
    (cross,) = doc["custody"]["cross"]
    assert (cross["receiver"], cross["sender"]) == ("C1", "C2")
    text = subprocess.run(
        ["pdftotext", "-layout", str(out / "report.pdf"), "-"], capture_output=True, check=True
    ).stdout.decode()
    flat = " ".join(text.split())
    assert "C1 (signer of this report)" in flat
    assert alice_key[:16] in flat
    assert bob_key[:16] in flat
    assert f"C1's receipt (entry {cross['entry'][:16]}) names C2's custody head" in flat
    assert "C2's entries existed before C1 received the file" in flat

    checked = _verify(out)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    lines = (out / "custody.jsonl").read_bytes().splitlines(keepends=True)
    assert len(lines) == 5  # Alice's intake and seal, Bob's receipt, export and report
    for broken in (lines[:2] + lines[3:], [lines[1], lines[0], *lines[2:]]):
        (out / "custody.jsonl").write_bytes(b"".join(broken))
        assert _verify(out).returncode == 1
