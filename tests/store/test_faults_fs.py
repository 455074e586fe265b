"""What laptops do to a vault (issue #15, items 1, 3, 4), on real file systems and processes.

- busy: another process holds the write lock (an import in progress): a write waits the busy
  timeout, then says the vault is busy, never that it is damaged; a short wait just works;
- full: a tmpfs filled to the last byte: reading, searching, verifying and exporting to another
  drive work; a write says the disk is full and changes nothing; freeing space ends it;
- read-only: a read-only bind mount: reading works, a write says read-only, no byte changes.

Mounting needs root (this machine and CI run as root); elsewhere these tests are skipped.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlcipher3

from casebook.base.errors import (
    NotEnoughSpace,
    VaultBusy,
    VaultCorrupt,
    VaultReadOnly,
)
from casebook.store import db
from casebook.store.store import Store
from factory import (
    CliResult,
    child_env,
    db_key,
    make_case,
    make_interview,
    make_service,
    open_raw_store,
    open_vault,
    run_cli_process,
)

TESTS = Path(__file__).resolve().parents[1]
BUSY = (
    "casebook: The vault is busy: another casebook window or command is writing to it (an "
    "import, perhaps). Wait for it to finish and try again; nothing was changed.\n"
)
DISK_FULL = "casebook: The disk is full. Free some space; nothing saved was lost.\n"
READ_ONLY = (
    "casebook: The vault is on read-only media (a write-protected drive): it can be read, not "
    "changed. Copy the vault folder to a writable drive to change it.\n"
)
WORD = "кошкодав"  # a word the search finds in the one note


def _needs_root() -> None:
    if os.geteuid() != 0:
        pytest.skip("mounting a file system needs root")


def _mount(*args: str) -> None:
    done = subprocess.run(["mount", *args], capture_output=True, check=False)
    if done.returncode != 0:
        pytest.fail(f"running as root but cannot mount: {done.stderr.decode().strip()}")


@contextlib.contextmanager
def tmpfs(where: Path, size: str) -> Iterator[Path]:
    """A small tmpfs at `where`, unmounted afterwards whatever happens."""
    _needs_root()
    where.mkdir()
    _mount("-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(where))
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


@contextlib.contextmanager
def read_only_view(src: Path, where: Path) -> Iterator[Path]:
    """`src` bind-mounted read-only at `where`, unmounted afterwards whatever happens."""
    _needs_root()
    where.mkdir()
    _mount("--bind", str(src), str(where))
    try:
        _mount("-o", "remount,bind,ro", str(where))
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def fill(folder: Path) -> Path:
    """Fill the drive holding `folder` to its last byte; return the file that holds it all."""
    filler = folder / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        for size in (1024 * 1024, 4096, 1):
            block = b"\x5a" * size
            with contextlib.suppress(OSError):
                while True:
                    os.write(fd, block)
    finally:
        os.close(fd)
    st = os.statvfs(folder)
    assert st.f_bavail == 0
    return filler


def _ok(result: CliResult) -> str:
    assert result.code == 0, (result.code, result.err)
    return result.out


def _refused(result: CliResult, code: int, message: str) -> None:
    assert (result.code, result.err) == (code, message)


def _vault(root: Path) -> tuple[bytes, bytes]:
    """A locked vault at `root` with one case and one note; (case id, interview id)."""
    svc = make_service(root)
    case = make_case(svc, title="Дело Иванова")
    interview = make_interview(svc, case)
    svc.records.add_segment(interview, f"обыск, {WORD} у двери")
    svc.lock()
    return case, interview


def _case_titles(root: Path) -> list[str]:
    cases = json.loads(_ok(run_cli_process(root, "case", "list", "--json")))
    return sorted(c["title"] for c in cases)


def _hashes(folder: Path) -> dict[str, str]:
    """Every file below `folder` and its SHA-256."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


# -- translation ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("database is locked", VaultBusy),
        ("database table is locked", VaultBusy),
        ("database schema is locked: main", VaultBusy),
        ("attempt to write a readonly database", VaultReadOnly),
        ("database or disk is full", NotEnoughSpace),
    ],
)
def test_a_lock_is_busy_and_never_damage(message: str, expected: type[Exception]) -> None:
    error = db.translate(sqlcipher3.OperationalError(message))
    assert type(error) is expected
    assert not isinstance(error, VaultCorrupt)


def test_the_connection_waits_for_a_lock(tmp_path: Path) -> None:
    _vault(tmp_path / "v")
    store = open_raw_store(tmp_path / "v")
    try:
        assert store.con.execute("PRAGMA busy_timeout").fetchone()[0] == db.BUSY_TIMEOUT_MS
    finally:
        store.close()


# -- busy: another process holds the write lock ---------------------------------------------------

HOLDER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    sys.path.insert(0, sys.argv[1])
    from factory import open_raw_store

    store = open_raw_store(Path(sys.argv[2]))
    store.con.execute("BEGIN IMMEDIATE")  # what an import holds for its whole payload
    store.con.execute("INSERT OR REPLACE INTO meta VALUES ('holder', 1)")
    print("held", flush=True)
    hold = float(sys.argv[3])
    if hold < 0:
        sys.stdin.read()  # until the test closes our stdin
    else:
        time.sleep(hold)
    store.con.execute("ROLLBACK")
    store.close()
    print("released", flush=True)
    """
)


@contextlib.contextmanager
def write_lock_held(root: Path, seconds: float = -1) -> Iterator[subprocess.Popen[str]]:
    """A child process holding the vault's write lock (for `seconds`, or until we are done)."""
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(TESTS), str(root), str(seconds)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=child_env(),
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "held"
        yield child
    finally:
        assert child.stdin is not None
        child.stdin.close()
        child.wait(timeout=60)


def test_a_write_while_another_process_writes_says_busy(tmp_path: Path) -> None:
    root = tmp_path / "v"
    _, interview = _vault(root)
    with write_lock_held(root):
        result = run_cli_process(root, "note", "add", interview.hex(), "--text", "вторая")
        _refused(result, 6, BUSY)
        assert "damaged" not in result.err
        # Reading goes on while the lock is held, and the vault is sound.
        assert "The vault is sound." in _ok(run_cli_process(root, "verify"))
        assert _case_titles(root) == ["Дело Иванова"]
    svc = open_vault(root)
    assert [s.get("text") for s in svc.reading.segments(interview)] == [f"обыск, {WORD} у двери"]
    svc.lock()


def test_a_write_waits_for_a_short_lock(tmp_path: Path) -> None:
    root = tmp_path / "v"
    _, interview = _vault(root)
    with write_lock_held(root, seconds=1.5) as holder:
        _ok(run_cli_process(root, "note", "add", interview.hex(), "--text", "вторая"))
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "released"
    svc = open_vault(root)
    texts = sorted(s.get("text") for s in svc.reading.segments(interview))
    assert texts == sorted([f"обыск, {WORD} у двери", "вторая"])
    svc.lock()


def test_a_store_in_this_process_says_busy(tmp_path: Path) -> None:
    root = tmp_path / "v"
    _vault(root)
    store = open_raw_store(root)
    store.con.execute("PRAGMA busy_timeout = 100")
    try:
        with write_lock_held(root), pytest.raises(VaultBusy), store.transaction():
            store.set_meta("other", 1)
    finally:
        store.close()


# -- full: a tmpfs filled to the last byte --------------------------------------------------------


def test_a_full_disk_reads_and_refuses_writes(tmp_path: Path) -> None:
    attachment = os.urandom(2 * 1024 * 1024)  # a blob file, read back on a full disk
    src = tmp_path / "evidence.bin"
    src.write_bytes(attachment)
    roomy = tmp_path / "usb"
    roomy.mkdir()
    with tmpfs(tmp_path / "mnt", "16m") as mnt:
        root = mnt / "v"
        case, _ = _vault(root)
        att = _ok(run_cli_process(root, "attach", case.hex(), str(src))).strip()
        titles = _case_titles(root)
        filler = fill(mnt)

        # Reading, searching and verifying work.
        assert _case_titles(root) == titles
        assert "Дело Иванова" in _ok(run_cli_process(root, "case", "show", case.hex()))
        hits = json.loads(_ok(run_cli_process(root, "search", WORD, "--json")))
        assert len(hits) == 1
        assert "The vault is sound." in _ok(run_cli_process(root, "verify"))
        # A plain export is recorded in the custody log before the copy gets its name: this
        # drive never had room for the reserve, so it is refused and leaves no file.
        out = roomy / "evidence.bin"
        result = run_cli_process(root, "attachment", "export", att, "--out", str(out))
        assert result.code == 1, result.err
        assert result.err.endswith(DISK_FULL)
        assert list(roomy.iterdir()) == []

        # A write says the disk is full and changes nothing.
        _refused(run_cli_process(root, "case", "add", "--title", "Новое"), 1, DISK_FULL)
        _refused(run_cli_process(root, "attach", case.hex(), str(src)), 1, DISK_FULL)
        assert _case_titles(root) == titles
        assert "The vault is sound." in _ok(run_cli_process(root, "verify"))

        # Free space: writing works again.
        filler.unlink()
        _ok(run_cli_process(root, "case", "add", "--title", "Новое"))
        _ok(run_cli_process(root, "attachment", "export", att, "--out", str(out)))
        assert out.read_bytes() == attachment
        assert _case_titles(root) == sorted([*titles, "Новое"])
        assert "The vault is sound." in _ok(run_cli_process(root, "verify"))


def test_a_bundle_is_sealed_to_another_drive_from_a_full_disk(tmp_path: Path) -> None:
    """An export writes its bundle elsewhere, but records its number in the vault: on a full
    disk the vault gives back the room it kept for that (`.reserve`), and the export works."""
    bob = tmp_path / "bob"
    _vault(bob)
    usb = tmp_path / "usb"
    usb.mkdir()
    with tmpfs(tmp_path / "mnt", "32m") as mnt:
        root = mnt / "v"
        case, _ = _vault(root)
        _ok(run_cli_process(root, "case", "list"))  # an unlock with room makes the reserve
        assert (root / ".reserve").exists()
        for who, other, name in ((root, bob, "Борис"), (bob, root, "Алиса")):
            card = tmp_path / f"{name}.card"
            _ok(run_cli_process(other, "identity", "export", "--out", str(card)))
            _ok(run_cli_process(who, "peer", "add", str(card), "--name", name))
            _ok(run_cli_process(who, "peer", "verify", name, "--confirm"))
        filler = fill(mnt)
        try:
            # The title names the victim, whose name stays home: sealed past the leak scan.
            paths = _ok(
                run_cli_process(
                    root,
                    "export",
                    "--to",
                    "Борис",
                    "--out",
                    str(usb),
                    "--leak-override",
                    "needed_for_purpose",
                )
            )
            assert not (root / ".reserve").exists()  # given back, for this record
            bundle = Path(paths.split()[0])
            assert bundle.parent == usb
        finally:
            filler.unlink()
        _ok(run_cli_process(bob, "import", str(bundle)))
        assert "Дело Иванова" in _ok(run_cli_process(bob, "case", "list"))
        _ok(run_cli_process(root, "case", "list"))  # room again: the reserve comes back
        assert (root / ".reserve").exists()


def test_a_store_open_on_a_full_disk_writes_once_space_is_freed(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "mnt", "8m") as mnt:
        root = mnt / "v"
        _vault(root)
        filler = fill(mnt)
        store = open_raw_store(root)
        try:
            assert not store.read_only
            assert store.query("SELECT count(*) FROM cases")[0][0] == 1
            with pytest.raises(NotEnoughSpace), store.transaction():
                store.set_meta("big", os.urandom(256 * 1024))
            assert store.get_meta("big") is None
            filler.unlink()
            with store.transaction():
                store.set_meta("big", b"x")
            assert store.get_meta("big") == b"x"
        finally:
            store.close()


# -- read-only: a write-protected drive -----------------------------------------------------------


def test_a_vault_on_read_only_media_reads_and_refuses_writes(tmp_path: Path) -> None:
    root = tmp_path / "v"
    case, interview = _vault(root)
    titles = _case_titles(root)
    before = _hashes(root)
    with read_only_view(root, tmp_path / "ro") as ro:
        assert _case_titles(ro) == titles
        assert "Дело Иванова" in _ok(run_cli_process(ro, "case", "show", case.hex()))
        hits = json.loads(_ok(run_cli_process(ro, "search", WORD, "--json")))
        assert len(hits) == 1
        verified = _ok(run_cli_process(ro, "verify"))
        assert "opened read-only" in verified
        assert "The vault is sound." in verified
        _refused(run_cli_process(ro, "case", "add", "--title", "Новое"), 1, READ_ONLY)
        text = ["note", "add", interview.hex(), "--text", "x"]
        _refused(run_cli_process(ro, *text), 1, READ_ONLY)
        big = tmp_path / "big.bin"
        big.write_bytes(os.urandom(2 * 1024 * 1024))
        _refused(run_cli_process(ro, "attach", case.hex(), str(big)), 1, READ_ONLY)

        store = Store.open(ro / "vault.db", db_key(ro))
        try:
            assert store.read_only
            assert store.not_applicable == ("journal_mode",)  # immutable: no WAL to read
            with pytest.raises(VaultReadOnly), store.transaction():
                store.set_meta("x", 1)
        finally:
            store.close()
    assert _hashes(root) == before


NOT_RECORDED = (
    "Not recorded: this export is not in the custody log, because the vault is read-only "
    "(on read-only media nothing can be written).\n"
)


def test_views_and_exports_on_read_only_media_work_and_say_they_are_not_recorded(
    tmp_path: Path,
) -> None:
    root = tmp_path / "v"
    svc = make_service(root)
    att = svc.attachments.attach_bytes(make_case(svc), b"scan of the protocol", name="p.pdf")
    item = svc.custody.item_of(att)
    svc.lock()
    out = tmp_path / "out"
    out.mkdir()
    before = _hashes(root)
    with read_only_view(root, tmp_path / "ro") as ro:
        # The CLI's export writes the copy and says on stderr that it is not recorded.
        result = run_cli_process(ro, "attachment", "export", att.hex(), "--out", str(out / "a"))
        assert result.code == 0, result.err
        assert result.err.endswith(NOT_RECORDED)
        assert (out / "a").read_bytes() == b"scan of the protocol"
        done = run_cli_process(
            ro, "--json", "attachment", "export", att.hex(), "--out", str(out / "b")
        )
        assert done.code == 0, done.err
        assert json.loads(done.out) == {"size": 20, "custody_recorded": False}
        assert NOT_RECORDED in done.err
        # The core: a view opens and reports that it was not recorded; the chain is as it was.
        ro_svc = open_vault(ro)
        try:
            assert ro_svc.session.read_only
            assert ro_svc.custody.viewed(att) is None
            copy = ro_svc.attachments.export_copy(att, out / "c")
            assert (copy.size, copy.recorded) == (20, False)
            assert [e.event for e in ro_svc.custody.chain(item).entries] == ["intake"]
        finally:
            ro_svc.lock()
    assert _hashes(root) == before
    # On writable media the same export is recorded, and says nothing of the kind.
    result = run_cli_process(root, "attachment", "export", att.hex(), "--out", str(out / "d"))
    assert result.code == 0, result.err
    assert NOT_RECORDED not in result.err
    svc = open_vault(root)
    try:
        assert [e.event for e in svc.custody.chain(item).entries] == ["intake", "export_plain"]
    finally:
        svc.lock()


CRASHER = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    sys.path.insert(0, sys.argv[1])
    from factory import make_case, open_vault

    svc = open_vault(Path(sys.argv[2]))
    make_case(svc, title="После сбоя")
    os._exit(0)  # no close, no checkpoint: the case is only in the -wal file
    """
)


def test_read_only_media_reads_the_wal_a_crash_left(tmp_path: Path) -> None:
    root = tmp_path / "v"
    _vault(root)
    subprocess.run(
        [sys.executable, "-c", CRASHER, str(TESTS), str(root)], env=child_env(), check=True
    )
    assert (root / "vault.db-wal").stat().st_size > db.WAL_HEADER
    before = _hashes(root)
    with read_only_view(root, tmp_path / "ro") as ro:
        assert _case_titles(ro) == ["Дело Иванова", "После сбоя"]
        assert "The vault is sound." in _ok(run_cli_process(ro, "verify"))
    assert _hashes(root) == before
    # Without its -shm file, SQLite cannot read that WAL on read-only media: casebook says so
    # rather than show an older state.
    (root / "vault.db-shm").unlink()
    with read_only_view(root, tmp_path / "ro2") as ro:
        _refused(run_cli_process(ro, "case", "list"), 1, READ_ONLY)
