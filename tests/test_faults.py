"""Faults (DESIGN §1): wrong secrets, damaged files, a full disk, a killed process.

Nothing saved is lost, nothing half-written is taken for whole, and the user always gets a
clear message and an exit code, never a traceback.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from casebook.base.errors import CasebookError, NotEnoughSpace, VaultCorrupt
from factory import (
    PASSPHRASE,
    CliResult,
    child_env,
    flip_byte,
    make_case,
    make_filled_vault,
    make_interview,
    make_service,
    open_raw_store,
    open_vault,
    run_cli,
    run_cli_process,
)

TESTS = Path(__file__).resolve().parent
PAGE = 4096
DISK_FULL = "casebook: The disk is full. Free some space; nothing saved was lost.\n"


def _clean_failure(result: CliResult, code: int) -> None:
    assert result.code == code, (result.code, result.err)
    assert "Traceback" not in result.err
    assert result.err.startswith("casebook: ")
    assert result.err.count("\n") == 1  # one clear line


def _filled(tmp_path: Path) -> Path:
    f = make_filled_vault(tmp_path / "v", tmp_path)
    for i in range(30):
        f.svc.records.add_segment(f.interview, f"запись {i} " + secrets.token_hex(500))
    f.svc.drafts.save("note", "черновик")
    f.svc.lock()
    return f.root


def test_wrong_passphrase(tmp_path: Path) -> None:
    root = _filled(tmp_path)
    result = run_cli_process(root, "case", "list", passphrase="not it")
    _clean_failure(result, 3)
    assert result.out == ""


@pytest.mark.slow
def test_damaged_keyslots(tmp_path: Path) -> None:
    root = _filled(tmp_path)
    wrong = run_cli_process(root, "case", "list", passphrase="not it")
    slots = root / "keyslots"
    slots.write_bytes(slots.read_bytes()[:100])
    result = run_cli_process(root, "case", "list")
    _clean_failure(result, 3)
    assert result.err == wrong.err  # the same message as a wrong passphrase
    slots.write_bytes(b"")
    assert run_cli_process(root, "case", "list").err == wrong.err


@pytest.mark.slow
@pytest.mark.parametrize("offset", [0, 16, 100, 2000, PAGE - 1])
def test_a_flipped_byte_in_page_one_refuses_to_open(offset: int, tmp_path: Path) -> None:
    root = _filled(tmp_path)
    flip_byte(root / "vault.db", offset)
    result = run_cli_process(root, "case", "list")
    _clean_failure(result, 4)
    assert result.err == "casebook: The vault is damaged. Run `casebook verify` for details.\n"
    _clean_failure(run_cli_process(root, "verify"), 4)
    with pytest.raises(VaultCorrupt):
        open_vault(root)


def _root_page(root: Path, table: str) -> int:
    store = open_raw_store(root)
    try:
        return int(store.query("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,))[0][0])
    finally:
        store.close()


def _damage_a_later_page(tmp_path: Path) -> Path:
    root = _filled(tmp_path)
    page = _root_page(root, "drafts")  # a page that opening the vault never reads
    assert page > 1
    flip_byte(root / "vault.db", (page - 1) * PAGE + 300)
    return root


def test_damage_in_a_later_page_is_local(tmp_path: Path) -> None:
    root = _damage_a_later_page(tmp_path)
    listed = run_cli_process(root, "case", "list", "--json")
    assert listed.code == 0, listed.err
    svc = open_vault(root)
    with pytest.raises(VaultCorrupt):
        svc.drafts.load("note")
    svc.lock()


def test_a_flipped_byte_in_a_later_page_is_found_by_verify(tmp_path: Path) -> None:
    root = _damage_a_later_page(tmp_path)
    result = run_cli_process(root, "verify")
    assert "Traceback" not in result.err
    assert result.code == 4, result.err
    assert "pages:       DAMAGED" in result.out
    assert "The vault is DAMAGED." in result.out


def test_queries_after_meeting_a_damaged_page_fail_cleanly(tmp_path: Path) -> None:
    root = _damage_a_later_page(tmp_path)
    svc = open_vault(root)
    try:
        with pytest.raises(VaultCorrupt):
            svc.drafts.load("note")
        failure: Exception | None = None
        try:
            svc.reading.list_cases()
        except Exception as e:  # noqa: BLE001 - the point is which type it is
            failure = e
        assert failure is None or isinstance(failure, CasebookError), repr(failure)
    finally:
        svc.lock()


# -- a full disk --------------------------------------------------------------------------------


@contextlib.contextmanager
def tmpfs(where: Path, size: str) -> Iterator[Path]:
    """A small tmpfs mounted at `where` (root only), unmounted afterwards whatever happens."""
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    where.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(where)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.fail(f"running as root but cannot mount a tmpfs: {done.stderr.decode().strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def _blob_files(root: Path) -> list[str]:
    blobs = root / "blobs"
    return sorted(p.name for p in blobs.iterdir()) if blobs.is_dir() else []


def _words(n: int) -> str:
    return " ".join(secrets.token_hex(4) for _ in range(n))


@pytest.mark.slow
def test_a_full_disk_loses_nothing_acknowledged(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "mnt", "8m") as mnt:
        filler = mnt / "filler"
        filler.write_bytes(os.urandom(1024 * 1024))  # freed later, as a user would
        root = mnt / "v"
        svc = make_service(root)
        case = make_case(svc)
        interview = make_interview(svc, case)
        acked: dict[bytes, str] = {}

        def fill_the_disk() -> None:
            for i in range(100_000):
                text = f"запись {i} " + _words(2000)
                acked[svc.records.add_segment(interview, text)] = text

        with pytest.raises(NotEnoughSpace):
            fill_the_disk()
        assert len(acked) > 10
        # The service is still usable, and still refuses cleanly while the disk is full.
        with pytest.raises(NotEnoughSpace):
            svc.records.add_segment(interview, _words(50_000))
        big = tmp_path / "big.bin"
        big.write_bytes(os.urandom(4 * 1024 * 1024))
        with pytest.raises(NotEnoughSpace):
            svc.attachments.attach(case, big)
        assert _blob_files(root) == []
        svc.lock()

        # Through the CLI, in this process and in a real one.
        result = run_cli(root, "note", "add", interview.hex(), "--text", _words(100_000))
        _clean_failure(result, 1)
        assert result.err == DISK_FULL
        result = run_cli_process(
            root, "note", "add", interview.hex(), "--text", "-", stdin=_words(100_000)
        )
        _clean_failure(result, 1)
        assert result.err == DISK_FULL
        result = run_cli_process(root, "attach", case.hex(), str(big))
        _clean_failure(result, 1)
        assert result.err == DISK_FULL

        # Free space: everything acknowledged is there, and writing works again.
        filler.unlink()
        svc = open_vault(root)
        segments = {s.id: s.get("text") for s in svc.reading.segments(interview)}
        assert segments == acked
        later = svc.records.add_segment(interview, "после очистки")
        assert svc.integrity.verify().ok
        svc.lock()
        assert _blob_files(root) == []
        copy = tmp_path / "copy"
        shutil.copytree(root, copy)
    # The copy, taken off the unmounted tmpfs, opens with everything in it.
    svc = open_vault(copy)
    assert set(acked) | {later} == {s.id for s in svc.reading.segments(interview)}
    assert svc.integrity.verify().ok
    svc.lock()


# -- a killed process ---------------------------------------------------------------------------

WRITER = textwrap.dedent(
    """
    import secrets, sys
    from pathlib import Path
    sys.path.insert(0, sys.argv[1])
    from factory import open_vault

    svc = open_vault(Path(sys.argv[2]))
    interview = bytes.fromhex(sys.argv[3])
    i = 0
    while True:
        sid = svc.records.add_segment(interview, f"segment {i} " + secrets.token_hex(2000))
        # Acknowledged: add_segment has returned.
        sys.stdout.write(f"{i} {sid.hex()}\\n")
        sys.stdout.flush()
        i += 1
    """
)


@pytest.mark.slow
def test_a_killed_writer_loses_no_acknowledged_segment(tmp_path: Path) -> None:
    root = tmp_path / "v"
    svc = make_service(root)
    case = make_case(svc)
    interview = make_interview(svc, case)
    svc.lock()
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(TESTS), str(root), interview.hex()],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=child_env(),
    )
    acked: dict[int, str] = {}
    assert proc.stdout is not None
    try:
        for line in proc.stdout:
            n, sid = line.decode().split()
            acked[int(n)] = sid
            if len(acked) >= 60:
                os.kill(proc.pid, signal.SIGKILL)
                break
        rest = proc.stdout.read().decode()
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=30)
    for line in rest.splitlines(keepends=True):
        if line.endswith("\n"):  # a line cut by the kill was never acknowledged
            n, sid = line.split()
            acked[int(n)] = sid
    assert proc.returncode == -signal.SIGKILL, proc.stderr.read() if proc.stderr else ""
    assert len(acked) >= 60
    svc = open_vault(root)
    stored = {s.id.hex(): s.get("text") for s in svc.reading.segments(interview)}
    for n, sid in acked.items():
        assert sid in stored, f"acknowledged segment {n} was lost"
        assert stored[sid].startswith(f"segment {n} ")
    assert svc.integrity.verify().ok
    svc.lock()
    assert PASSPHRASE  # the same vault opens with the same passphrase afterwards
