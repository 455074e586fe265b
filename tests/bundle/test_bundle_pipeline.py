"""The threaded bulk paths of sealing and opening a bundle: every worker ends, on every path.

Sealing runs a blob decryption ahead, the payload sealing behind, and a read-back reader;
opening runs the payload decryption ahead and the blob sealing behind. These tests fail each
stage in turn (cancel, full disk, damaged blob, damaged drive, damaged bundle) and check the
typed error, that nothing is left on disk, and that no `casebook-*` thread is left running.
"""

from __future__ import annotations

import errno
import os
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from casebook.base.errors import (
    BundleRejected,
    Cancelled,
    DriveUnavailable,
    NotEnoughSpace,
    RejectReason,
    VaultCorrupt,
)
from casebook.base.paths import VaultPaths
from casebook.bundle import export_bundle, import_bundle
from casebook.bundle import readback as readback_mod
from casebook.bundle import volumes as volumes_mod
from casebook.crypto.keys import Identity
from casebook.service import CaseService
from casebook.store.store import Store
from casebook.vault.session import Session

MiB = 1024 * 1024
SIZE = 5 * MiB + 12345  # several batches, and not a multiple of anything


def threads() -> list[str]:
    return [t.name for t in threading.enumerate() if t.name.startswith("casebook-")]


def replica(root: Path) -> CaseService:
    root.mkdir(parents=True)
    store = Store.open(root / "vault.db", os.urandom(32), create=True)
    with store.transaction():
        store.keys.save_identity(Identity.generate(int(time.time() * 1000)))
    return CaseService(Session(store, VaultPaths(root)))


@pytest.fixture
def pair(tmp_path: Path) -> tuple[CaseService, CaseService, Path, bytes]:
    a, b = replica(tmp_path / "a"), replica(tmp_path / "b")
    a.peers.mark_verified(a.peers.add(b.peers.my_card().encode(), "b"))
    b.peers.mark_verified(b.peers.add(a.peers.my_card().encode(), "a"))
    data = os.urandom(SIZE)
    src = tmp_path / "video.bin"
    src.write_bytes(data)
    a.attachments.attach(a.records.add_case(title="case"), src)
    out = tmp_path / "out"
    out.mkdir()
    return a, b, out, data


def seal(a: CaseService, out: Path, **kw: Any) -> Path:
    return export_bundle(a.session, a.peers.list(), out_path=out, **kw).paths[0]


def test_seal_and_open_leave_no_thread(pair: tuple[CaseService, CaseService, Path, bytes]) -> None:
    a, b, out, data = pair
    seen: list[tuple[int, int]] = []
    path = seal(a, out, progress=lambda d, t: seen.append((d, t)))
    assert threads() == []
    assert seen[-1][0] == seen[-1][1]
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    got = import_bundle(b.session, path)
    assert got.attachments_new == 1
    assert threads() == []
    att = b.store.query("SELECT id FROM attachments")[0][0]
    assert b"".join(b.attachments.iter_bytes(att)) == data


@pytest.mark.parametrize("after", [3, 10])
def test_cancel_while_sealing(
    pair: tuple[CaseService, CaseService, Path, bytes], after: int
) -> None:
    a, _, out, _ = pair
    calls = 0

    def cancel() -> bool:
        nonlocal calls
        calls += 1
        return calls > after

    with pytest.raises(Cancelled):
        seal(a, out, cancel=cancel)
    assert threads() == []
    assert list(out.iterdir()) == []
    assert not a.store.query("SELECT 1 FROM bundles_out")


def test_cancel_while_reading_back(
    pair: tuple[CaseService, CaseService, Path, bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    a, _, out, _ = pair
    started = threading.Event()

    class Slow(readback_mod.DeviceReader):
        def readinto(self, buf: Any) -> int:
            started.set()
            time.sleep(0.05)
            return super().readinto(buf)

    monkeypatch.setattr(readback_mod, "DeviceReader", Slow)
    with pytest.raises(Cancelled):
        seal(a, out, cancel=started.is_set)  # checked by the caller between buffers
    assert threads() == []
    assert list(out.iterdir()) == []
    assert not a.store.query("SELECT 1 FROM bundles_out")


def test_a_full_disk_in_the_writer_thread(
    pair: tuple[CaseService, CaseService, Path, bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    a, _, out, _ = pair
    callers: set[str] = set()
    written = [0]

    class Full(volumes_mod.DirectWriter):
        """A drive that fills up after 3 MiB."""

        def write(self, data: bytes | bytearray | memoryview) -> int:
            callers.add(threading.current_thread().name)
            written[0] += len(data)
            if written[0] > 3 * MiB:
                raise OSError(errno.ENOSPC, "No space left on device")
            return super().write(data)

    monkeypatch.setattr(volumes_mod, "DirectWriter", Full)
    with pytest.raises(NotEnoughSpace):
        seal(a, out)
    assert "casebook-write" in callers  # the payload is written by a worker
    assert threads() == []
    assert list(out.iterdir()) == []


def test_a_damaged_blob_stops_the_seal(pair: tuple[CaseService, CaseService, Path, bytes]) -> None:
    a, _, out, _ = pair
    (blob,) = list(a.paths.blobs.iterdir())
    with open(blob, "r+b") as fh:
        fh.seek(3 * MiB)
        byte = fh.read(1)
        fh.seek(3 * MiB)
        fh.write(bytes([byte[0] ^ 0x10]))
    with pytest.raises(VaultCorrupt):
        seal(a, out)
    assert threads() == []
    assert list(out.iterdir()) == []


@pytest.mark.parametrize("where", [0.1, 0.9])
def test_a_drive_that_changes_a_byte_after_the_fsync(
    pair: tuple[CaseService, CaseService, Path, bytes],
    monkeypatch: pytest.MonkeyPatch,
    where: float,
) -> None:
    a, _, out, _ = pair
    real = volumes_mod.VolumeWriter.close

    def corrupt(self: volumes_mod.VolumeWriter) -> None:
        real(self)
        size = self.temps[0].stat().st_size
        with open(self.temps[0], "r+b") as fh:  # in one read-back worker's half or the other
            fh.seek(int(size * where))
            byte = fh.read(1)
            fh.seek(int(size * where))
            fh.write(bytes([byte[0] ^ 1]))

    monkeypatch.setattr(volumes_mod.VolumeWriter, "close", corrupt)
    with pytest.raises(DriveUnavailable):
        seal(a, out)
    assert threads() == []
    assert list(out.iterdir()) == []


def test_a_drive_that_loses_the_end(
    pair: tuple[CaseService, CaseService, Path, bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    a, _, out, _ = pair
    real = volumes_mod.VolumeWriter.close

    def cut(self: volumes_mod.VolumeWriter) -> None:
        real(self)
        os.truncate(self.temps[-1], self.temps[-1].stat().st_size - 1)

    monkeypatch.setattr(volumes_mod.VolumeWriter, "close", cut)
    with pytest.raises(DriveUnavailable):
        seal(a, out, volume_size=2 * MiB)
    assert threads() == []
    assert list(out.iterdir()) == []


def test_volumes_are_read_back_across_their_edges(
    pair: tuple[CaseService, CaseService, Path, bytes],
) -> None:
    a, b, out, data = pair
    result = export_bundle(a.session, a.peers.list(), out_path=out, volume_size=MiB + 4321)
    assert len(result.paths) > 4
    assert threads() == []
    import_bundle(b.session, result.paths[0])
    att = b.store.query("SELECT id FROM attachments")[0][0]
    assert b"".join(b.attachments.iter_bytes(att)) == data


def test_cancel_and_damage_while_opening(
    pair: tuple[CaseService, CaseService, Path, bytes],
) -> None:
    a, b, out, _ = pair
    path = seal(a, out)
    calls = 0

    def cancel() -> bool:
        nonlocal calls
        calls += 1
        return calls > 4

    with pytest.raises(Cancelled):
        import_bundle(b.session, path, cancel=cancel)
    assert threads() == []
    size = path.stat().st_size
    with open(path, "r+b") as fh:  # inside the attachment, in a later batch
        fh.seek(size - 2 * MiB)
        byte = fh.read(1)
        fh.seek(size - 2 * MiB)
        fh.write(bytes([byte[0] ^ 0x80]))
    with pytest.raises(BundleRejected) as info:
        import_bundle(b.session, path)
    assert info.value.reason is RejectReason.TAMPERED
    assert threads() == []
    assert not (b.paths.blobs.exists() and any(b.paths.blobs.iterdir()))
    assert not b.store.query("SELECT 1 FROM contents")
