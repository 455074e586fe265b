"""What a killed casebook leaves in its vault is cleared at the next unlock (vault/debris.py),
except what another running casebook may still be writing."""

from __future__ import annotations

import hashlib
import os
import secrets
import threading
import time
from pathlib import Path

import pytest

from casebook.base.errors import DriveUnavailable
from casebook.base.locks import STALE_AFTER, open_locked
from casebook.store.blobs import Intake
from casebook.vault.debris import Debris
from factory import Filled, make_filled_vault, open_raw_store, open_vault

MIB = 1024 * 1024


@pytest.fixture
def filled(tmp_path: Path) -> Filled:
    f = make_filled_vault(tmp_path / "v", tmp_path)
    big = tmp_path / "scan.bin"
    big.write_bytes(os.urandom(2 * MIB))
    f.svc.attachments.attach(f.case, big)  # one real blob
    f.svc.lock()
    return f


def _blobs(root: Path) -> set[str]:
    return {p.name for p in (root / "blobs").iterdir()}


def _plant(root: Path, name: str, age_s: float = 0) -> Path:
    path = root / "blobs" / name
    path.write_bytes(os.urandom(1000))
    if age_s:
        then = time.time() - age_s
        os.utime(path, (then, then))
    return path


def _orphan_content(root: Path, *, blob: str | None = None) -> bytes:
    """A contents row no record names, as a kill between two transactions used to leave."""
    data = os.urandom(100)
    sha = hashlib.sha256(data).digest()
    intake = Intake(sha, 100, blob, os.urandom(32) if blob else None, None if blob else data)
    store = open_raw_store(root)
    try:
        with store.transaction():
            store.contents.put(intake)
    finally:
        store.close()
    return sha


def _contents(root: Path) -> set[bytes]:
    store = open_raw_store(root)
    try:
        return {bytes(r[0]) for r in store.query("SELECT sha256 FROM contents")}
    finally:
        store.close()


def test_unlock_clears_temp_files_unreferenced_blobs_and_orphan_contents(filled: Filled) -> None:
    root = filled.root
    kept = _blobs(root)
    named = _contents(root)
    _plant(root, f".{secrets.token_hex(16)}.{secrets.token_hex(8)}.part")  # a cut intake
    _plant(root, secrets.token_hex(16))  # renamed, never committed
    orphan_blob = secrets.token_hex(16)
    _plant(root, orphan_blob)
    _orphan_content(root)
    _orphan_content(root, blob=orphan_blob)
    _plant(root, "README")  # not casebook's: left alone
    svc = open_vault(root)
    assert svc.session.debris == Debris(contents=2, files=3)
    assert _blobs(root) == kept | {"README"}
    assert _contents(root) == named
    assert svc.integrity.verify().ok
    assert open_vault(root).session.debris == Debris()  # nothing left the second time


def test_unlock_leaves_what_a_live_casebook_may_be_writing(filled: Filled) -> None:
    root = filled.root
    kept = _blobs(root)
    young = {
        _plant(root, secrets.token_hex(16)).name,
        _plant(root, ".a.0123456789abcdef.part").name,
    }
    _plant(root, secrets.token_hex(16), age_s=STALE_AFTER + 60)
    _plant(root, f".b.{secrets.token_hex(8)}.part", age_s=STALE_AFTER + 60)
    # Another casebook is taking a file in: it holds the shared lock on blobs/.
    fd, _ = open_locked(root / "blobs", shared=True)
    assert fd is not None
    try:
        assert open_vault(root).session.debris.files == 2  # only those an hour old
        assert _blobs(root) == kept | young
    finally:
        os.close(fd)  # it ended (or was killed)
    assert open_vault(root).session.debris.files == 2
    assert _blobs(root) == kept


def test_a_content_a_hidden_value_names_is_kept(filled: Filled) -> None:
    """A colleague's pending erasure hides an attachment's fields, not its evidence."""
    root = filled.root
    store = open_raw_store(root)
    try:
        with store.transaction():
            store.con.execute("UPDATE attachments SET sha256 = NULL")  # as masking shows it
        assert len(store.contents.unnamed()) == 2
        assert store.contents.orphans() == []
    finally:
        store.close()
    before = _contents(root)
    assert open_vault(root).session.debris == Debris()
    assert _contents(root) == before


def test_content_and_record_commit_together(filled: Filled, tmp_path: Path) -> None:
    svc = open_vault(filled.root)
    before, blobs = _contents(filled.root), _blobs(filled.root)
    src = tmp_path / "new.bin"
    src.write_bytes(os.urandom(2 * MIB))

    def fail(_writes: object) -> None:
        raise DriveUnavailable("cut here")  # between the content's row and the attach op

    svc.session.commit_in_transaction = fail  # type: ignore[method-assign]
    with pytest.raises(DriveUnavailable):
        svc.attachments.attach(filled.case, src)
    assert _contents(filled.root) == before
    assert _blobs(filled.root) == blobs


class _Gate:
    """A source that gives 3 MiB in two halves, waiting between them."""

    def __init__(self) -> None:
        self.halfway = threading.Event()
        self.go_on = threading.Event()
        self._left = [os.urandom(MIB + MIB // 2), os.urandom(MIB + MIB // 2)]

    def read(self, n: int = -1, /) -> bytes:
        if len(self._left) == 1 and not self.halfway.is_set():
            self.halfway.set()
            self.go_on.wait(30)
        return self._left.pop(0) if self._left else b""


def test_a_sweep_leaves_an_intake_running_on_another_thread(filled: Filled) -> None:
    svc = open_vault(filled.root)
    blobs = svc.session.blobs
    gate = _Gate()
    taken: list[Intake] = []
    worker = threading.Thread(target=lambda: taken.append(blobs.intake(gate, 3 * MIB)))
    worker.start()
    try:
        assert gate.halfway.wait(30)
        assert any(n.startswith(".") for n in _blobs(filled.root))  # its temp file
        assert svc.integrity.sweep_blobs() == 0
    finally:
        gate.go_on.set()
        worker.join(30)
    (intake,) = taken
    assert svc.integrity.sweep_blobs() == 0  # renamed, not yet recorded: still its own
    att = svc.attachments.record(filled.case, intake, name="x.bin")
    assert len(b"".join(svc.attachments.iter_bytes(att))) == 3 * MIB
    assert svc.integrity.verify().ok
