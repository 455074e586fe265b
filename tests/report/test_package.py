"""casebook.report.package: the folder a court checks without casebook, written whole or not at
all, and checkable with sha256sum and OpenSSL exactly as VERIFY.txt says."""

from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from casebook.base.errors import (
    Cancelled,
    DestinationNotWritable,
    DriveUnavailable,
    InputRejected,
    NotEnoughSpace,
)
from casebook.report import Audience, build_report
from casebook.report.package import _part_token, _tag, clear_stale, write_package
from casebook.service import CaseService
from factory import make_service
from reportkit import CanaryCase, canary_case

PDF = b"%PDF-1.4 not a real one, the renderer is tested in tests/ui\n"


@pytest.fixture
def filled(tmp_path: Path) -> tuple[CaseService, CanaryCase]:
    svc = make_service(tmp_path / "v")
    return svc, canary_case(svc)


def _write(svc: CaseService, c: CanaryCase, out: Path, **kw: object) -> object:
    built = build_report(svc, c.case, Audience("echr"))
    return write_package(svc, built, out, PDF, **kw)  # type: ignore[arg-type]


def _debris(parent: Path) -> list[str]:
    return [n for n in os.listdir(parent) if n.startswith(".")]


def test_the_package_holds_every_file_and_sha256sum_checks_it(
    filled: tuple[CaseService, CanaryCase], tmp_path: Path
) -> None:
    svc, c = filled
    out = tmp_path / "для суда"
    result = _write(svc, c, out)
    names = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())
    assert names == sorted(result.files)  # type: ignore[attr-defined]
    assert set(names) == {
        "SHA256SUMS",
        "VERIFY.txt",
        "custody.jsonl",
        "keys.json",
        "report.json",
        "report.json.sig",
        "report.pdf",
        f"attachments/01_{c.pdf_sha}.pdf",
        f"attachments/02_{c.txt_sha}.txt",
    }
    assert (out / "attachments" / f"02_{c.txt_sha}.txt").read_text("utf-8") == "копия паспорта"
    assert (out / "report.pdf").read_bytes() == PDF
    done = subprocess.run(
        ["sha256sum", "-c", "--strict", "SHA256SUMS"], cwd=out, capture_output=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.decode().count(": OK") == len(names) - 1
    assert not _debris(tmp_path)


@pytest.mark.skipif(shutil.which("openssl") is None, reason="openssl is not installed")
def test_openssl_verifies_the_signature_following_verify_txt(
    filled: tuple[CaseService, CanaryCase], tmp_path: Path
) -> None:
    svc, c = filled
    out = tmp_path / "pkg"
    _write(svc, c, out)
    text = (out / "VERIFY.txt").read_text("utf-8")
    lines = [line.strip() for line in text.splitlines()]
    begin = lines.index("-----BEGIN PUBLIC KEY-----")
    pem = lines[begin : lines.index("-----END PUBLIC KEY-----", begin) + 1]
    work = tmp_path / "clerk"
    shutil.copytree(out, work)
    (work / "signer.pem").write_text("\n".join(pem) + "\n")  # saved as the clerk would
    # The commands exactly as VERIFY.txt prints them (the same in both languages).
    printf = [line.strip() for line in text.splitlines() if line.startswith("    printf")]
    openssl = [line.strip() for line in text.splitlines() if line.startswith("    openssl")]
    assert len(printf) == len(openssl) == 2
    assert len(set(printf)) == len(set(openssl)) == 1

    def verify() -> subprocess.CompletedProcess[bytes]:
        for command in (printf[0], openssl[0]):
            done = subprocess.run(["sh", "-c", command], cwd=work, capture_output=True)
        return done

    done = verify()
    assert done.returncode == 0, done.stderr
    assert b"Signature Verified Successfully" in done.stdout
    # A changed report.json no longer verifies.
    (work / "report.json").write_bytes((out / "report.json").read_bytes().replace(b"P1", b"P9"))
    assert verify().returncode != 0


def test_a_non_empty_folder_a_file_or_a_missing_parent_is_refused(
    filled: tuple[CaseService, CanaryCase], tmp_path: Path
) -> None:
    svc, c = filled
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "x").write_text("keep me")
    a_file = tmp_path / "file"
    a_file.write_text("keep me")
    for out in (busy, a_file, tmp_path / "no" / "such"):
        with pytest.raises(InputRejected):
            _write(svc, c, out)
    assert (busy / "x").read_text() == "keep me"
    assert a_file.read_text() == "keep me"
    empty = tmp_path / "empty"
    empty.mkdir()
    _write(svc, c, empty)
    assert (empty / "SHA256SUMS").exists()


def test_a_cancel_or_a_failure_leaves_nothing(
    filled: tuple[CaseService, CanaryCase], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    svc, c = filled
    out = tmp_path / "pkg"
    calls = [0]

    def cancel() -> bool:
        calls[0] += 1
        return calls[0] > 2

    with pytest.raises(Cancelled):
        _write(svc, c, out, cancel=cancel)
    assert not out.exists()
    assert not _debris(tmp_path)

    def broken(*_a: object, **_k: object) -> Iterator[bytes]:
        yield b"half"
        raise OSError(5, "I/O error")

    built = build_report(svc, c.case, Audience("echr"))
    monkeypatch.setattr(svc.attachments, "iter_bytes", broken)
    with pytest.raises(DriveUnavailable):  # the drive failed half-way through an annex
        write_package(svc, built, out, PDF)
    assert not out.exists()
    assert not _debris(tmp_path)


def test_a_killed_writers_folder_goes_and_a_live_ones_stays(tmp_path: Path) -> None:
    token = "0123456789abcdef"
    dead = tmp_path / f".{token}{_tag(token)}.part"
    dead.mkdir()
    (dead / "report.pdf").write_bytes(b"half")
    live_token = "fedcba9876543210"
    live = tmp_path / f".{live_token}{_tag(live_token)}.part"
    live.mkdir()
    other = tmp_path / ".0123456789abcdef00000000.part"  # a wrong tag: not ours
    other.mkdir()
    assert _part_token(dead.name) == token
    assert _part_token(other.name) is None
    fd = os.open(live, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        assert clear_stale(tmp_path) == 1
    finally:
        os.close(fd)
    assert not dead.exists()
    assert live.exists()
    assert other.exists()


def _needs_root() -> None:
    if os.geteuid() != 0:
        pytest.skip("mounting a file system needs root")


@contextlib.contextmanager
def _mounted(where: Path, *args: str) -> Iterator[Path]:
    _needs_root()
    where.mkdir(exist_ok=True)
    done = subprocess.run(["mount", *args, str(where)], capture_output=True, check=False)
    if done.returncode != 0:
        pytest.fail(f"running as root but cannot mount: {done.stderr.decode().strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def test_a_full_disk_says_so_and_leaves_nothing(
    filled: tuple[CaseService, CanaryCase], tmp_path: Path
) -> None:
    svc, c = filled
    with _mounted(tmp_path / "stick", "-t", "tmpfs", "-o", "size=64k", "tmpfs") as stick:
        built = build_report(svc, c.case, Audience("echr"))
        with pytest.raises(NotEnoughSpace):
            write_package(svc, built, stick / "pkg", os.urandom(256 * 1024))
        assert os.listdir(stick) == []


def test_a_read_only_drive_says_so_and_nothing_changes(
    filled: tuple[CaseService, CanaryCase], tmp_path: Path
) -> None:
    svc, c = filled
    src = tmp_path / "src"
    src.mkdir()
    with _mounted(tmp_path / "ro", "--bind", str(src)) as ro:
        subprocess.run(["mount", "-o", "remount,bind,ro", str(ro)], check=True)
        with pytest.raises(DestinationNotWritable):
            _write(svc, c, ro / "pkg")
    assert os.listdir(src) == []
