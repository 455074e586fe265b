"""docs/verify/verify_package.py, the stand-alone checker of a verification package: run with
Python's standard library alone (`python -I -S`: no casebook, no site-packages) and the
`openssl` command, on a package whose custody part casebook wrote. Every signature, every
chain from intake to this report's entry, every attachment's SHA-256; deleting, reordering or
changing any line, or any attachment byte, fails."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from casebook.service import CaseService
from factory import make_case, make_service

SCRIPT = Path(__file__).resolve().parents[1] / "docs" / "verify" / "verify_package.py"
REPORT_ID = bytes(range(32))


def _check(folder: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    if shutil.which("openssl") is None:
        pytest.fail("the openssl command is required (Debian package 'openssl')")
    return subprocess.run(
        [sys.executable, "-I", "-S", str(SCRIPT), str(folder), *extra],
        capture_output=True,
        text=True,
        check=False,
        env={"PATH": "/usr/bin:/bin:/usr/local/bin"},
        timeout=300,
    )


def write_package(svc: CaseService, attachments: list[bytes], folder: Path) -> None:
    """A verification package's custody part, as `casebook report` writes it: each annex
    exported (export_plain), a report entry per item, then custody.jsonl and keys.json."""
    folder.mkdir()
    (folder / "attachments").mkdir()
    items = []
    for n, att in enumerate(attachments, 1):
        item = svc.custody.item_of(att)
        svc.attachments.export(att, folder / "attachments" / f"{n:02d}_{item.hex()}.bin")
        items.append(item)
    svc.custody.report(items, REPORT_ID, "echr", annex={i: n for n, i in enumerate(items, 1)})
    pkg = svc.custody.package(items)
    (folder / "custody.jsonl").write_bytes(pkg.jsonl)
    (folder / "keys.json").write_bytes(pkg.keys_json)
    (folder / "report.json").write_text(json.dumps({"id": REPORT_ID.hex()}))
    sums = [
        f"{hashlib.sha256(p.read_bytes()).hexdigest()}  attachments/{p.name}"
        for p in sorted((folder / "attachments").iterdir())
    ]
    (folder / "SHA256SUMS").write_text("\n".join(sums) + "\n")


def _package(tmp_path: Path) -> Path:
    svc = make_service(tmp_path / "v")
    case = make_case(svc)
    a = svc.attachments.attach_bytes(case, b"first: a photo", name="a.jpg")
    b = svc.attachments.attach_bytes(case, b"second: a scan", name="b.pdf")
    svc.custody.viewed(a)
    svc.custody.transfer_out(svc.custody.item_of(b), to="court", ref="2-1/24", when="2024-03-05")
    folder = tmp_path / "package"
    write_package(svc, [a, b], folder)
    svc.lock()
    return folder


def test_a_package_verifies_with_the_stdlib_and_openssl(tmp_path: Path) -> None:
    folder = _package(tmp_path)
    done = _check(folder)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "OK: the package verifies." in done.stdout
    assert REPORT_ID.hex()[:16] in done.stdout
    other = _check(folder, "--report-id", "ab" * 32)
    assert other.returncode == 1
    assert "not with" in other.stdout


def _mutated(folder: Path, tmp_path: Path, name: str) -> Path:
    copy = tmp_path / name
    shutil.copytree(folder, copy)
    return copy


def test_deleting_reordering_or_changing_any_line_fails(tmp_path: Path) -> None:
    folder = _package(tmp_path)
    lines = (folder / "custody.jsonl").read_bytes().splitlines(keepends=True)
    assert len(lines) >= 6
    for i in range(len(lines)):
        copy = _mutated(folder, tmp_path, f"del{i}")
        (copy / "custody.jsonl").write_bytes(b"".join(lines[:i] + lines[i + 1 :]))
        done = _check(copy)
        assert done.returncode == 1, (i, done.stdout)
        assert "FAILED" in done.stdout
    for i in range(len(lines) - 1):
        copy = _mutated(folder, tmp_path, f"swap{i}")
        swapped = [*lines]
        swapped[i], swapped[i + 1] = swapped[i + 1], swapped[i]
        (copy / "custody.jsonl").write_bytes(b"".join(swapped))
        assert _check(copy).returncode == 1, i
    copy = _mutated(folder, tmp_path, "changed")
    doc = json.loads(lines[1])
    doc["entry"]["time"] += 1
    changed = json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    (copy / "custody.jsonl").write_bytes(b"".join([lines[0], changed.encode() + b"\n", *lines[2:]]))
    assert "id is not" in _check(copy).stdout
    copy = _mutated(folder, tmp_path, "resigned")
    doc = json.loads(lines[1])
    doc["sig"] = ("0" if doc["sig"][0] != "0" else "1") + doc["sig"][1:]
    again = json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    (copy / "custody.jsonl").write_bytes(b"".join([lines[0], again.encode() + b"\n", *lines[2:]]))
    assert "signature does not verify" in _check(copy).stdout


def test_an_attachment_changed_or_missing_fails(tmp_path: Path) -> None:
    folder = _package(tmp_path)
    files = sorted((folder / "attachments").iterdir())
    copy = _mutated(folder, tmp_path, "flipped")
    target = copy / "attachments" / files[0].name
    data = bytearray(target.read_bytes())
    data[0] ^= 1
    target.write_bytes(bytes(data))
    assert "SHA-256" in _check(copy).stdout
    copy = _mutated(folder, tmp_path, "gone")
    (copy / "attachments" / files[1].name).unlink()
    (copy / "SHA256SUMS").unlink()
    assert "has no file" in _check(copy).stdout
    copy = _mutated(folder, tmp_path, "sums")
    (copy / "SHA256SUMS").write_text("00" * 32 + "  attachments/" + files[0].name + "\n")
    assert "SHA256SUMS" in _check(copy).stdout


def test_two_custodians_alice_seals_to_bob_and_bobs_package_verifies(tmp_path: Path) -> None:
    """Alice seals an attachment to Bob; Bob's chain continues Alice's, and Bob's package holds
    both custodians' entries, each verifying under its own key."""
    sys.path.insert(0, str(Path(__file__).resolve().parent / "bundle"))
    from bundlekit import befriend, deliver, make_replica, seal

    alice = make_replica(tmp_path / "alice")
    bob = make_replica(tmp_path / "bob")
    befriend(alice, bob)
    case = make_case(alice)
    att = alice.attachments.attach_bytes(case, b"the original video", name="v.mp4")
    alice.custody.viewed(att)
    usb = tmp_path / "usb"
    usb.mkdir()
    deliver(bob, seal(alice, [bob], usb / "a.age").paths[0])
    (bob_case,) = bob.reading.list_cases()
    (bob_att,) = bob.reading.children(bob_case.id, "attachment")
    chain = bob.custody.chain(bob.custody.item_of(bob_att.id))
    assert [c.identity for c in chain.custodians] == [alice.me, bob.me]
    folder = tmp_path / "package"
    write_package(bob, [bob_att.id], folder)
    keys = json.loads((folder / "keys.json").read_text())
    assert {a["identity"] for a in keys["authors"]} == {alice.me.hex(), bob.me.hex()}
    assert keys["vault"]["identity"] == bob.me.hex()
    done = _check(folder)
    assert done.returncode == 0, done.stdout + done.stderr
    events = [json.loads(line)["entry"]["event"] for line in (folder / "custody.jsonl").open()]
    assert events == ["intake", "view", "seal", "receive", "export_plain", "report"]
