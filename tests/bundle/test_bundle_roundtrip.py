"""Sealing and opening between replicas: content, acks, volumes, failures, alerts."""

from __future__ import annotations

import errno
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pyrage
import pytest
from bundlekit import befriend, deliver, make_replica, op_count, peer, seal, snapshot

from casebook.base.errors import (
    BundleRejected,
    Cancelled,
    DriveUnavailable,
    InputRejected,
    NotEnoughSpace,
    RejectReason,
)
from casebook.bundle import (
    CompromiseAlert,
    UnverifiedRecipients,
    compromise_alerts,
    export_bundle,
    import_bundle,
    inspect_bundle,
)
from casebook.bundle import export as export_mod
from casebook.bundle import importer as importer_mod
from casebook.bundle import volumes as volumes_mod
from casebook.bundle.volumes import VolumeWriter
from casebook.crypto.bech32 import format_identity
from casebook.service import CaseService
from casebook.store.store import Store
from casebook.vault.session import Session
from factory import child_env, make_case, make_event, make_person, marker

MiB = 1024 * 1024


def _pair(tmp_path: Path, *, verified: bool = True) -> tuple[CaseService, CaseService, Path]:
    a, b = make_replica(tmp_path / "a"), make_replica(tmp_path / "b")
    befriend(a, b, verified=verified)
    out = tmp_path / "out"
    out.mkdir()
    return a, b, out


def _attach(svc: CaseService, case: bytes, tmp: Path, size: int, name: str = "f.bin") -> bytes:
    src = tmp / name
    src.write_bytes(os.urandom(size))
    return svc.attachments.attach(case, src)


def _content(svc: CaseService, attachment: bytes) -> bytes:
    return b"".join(svc.attachments.iter_bytes(attachment))


def test_round_trip_with_attachments(tmp_path: Path) -> None:
    a, b, out = _pair(tmp_path)
    case = make_case(a)
    make_person(a, case)
    make_event(a, case)
    small = _attach(a, case, tmp_path, 1000, "small.txt")
    big = _attach(a, case, tmp_path, 3 * MiB + 17, "big.bin")
    result = seal(a, [b], out)
    assert result.ops == op_count(a)
    assert result.attachments == 2
    assert result.attachment_bytes == 3 * MiB + 1017
    assert [p.parent for p in result.paths] == [out]
    assert re.fullmatch(r"[0-9a-f]{16}\.age", result.paths[0].name)  # neutral name
    assert result.file_size == result.paths[0].stat().st_size
    got = deliver(b, result.paths[0])
    assert (got.ops, got.ops_new, got.attachments, got.attachments_new) == (op_count(a),) * 2 + (
        2,
        2,
    )
    assert got.verified
    assert not got.already_imported
    assert got.conflicts == 0
    assert b.integrity.state_hash() == a.integrity.state_hash()
    assert _content(b, small) == _content(a, small)
    assert _content(b, big) == _content(a, big)
    assert b.integrity.verify().ok
    assert list(out.iterdir()) == [result.paths[0]]  # no temp file left


def test_replay_is_a_noop_that_says_so(tmp_path: Path) -> None:
    a, b, out = _pair(tmp_path)
    make_case(a)
    path = seal(a, [b], out).paths[0]
    deliver(b, path)
    before = snapshot(b)
    again = deliver(b, path)
    assert again.already_imported
    assert again.ops_new == 0
    assert snapshot(b) == before
    assert inspect_bundle(b.session, path).already_imported


def test_acks_limit_what_is_sent(tmp_path: Path) -> None:
    a, b, out = _pair(tmp_path)
    case = make_case(a)
    deliver(b, seal(a, [b], out).paths[0])
    # Until b says what it holds, a sends everything again.
    assert seal(a, [b], out).ops == op_count(a)
    deliver(a, seal(b, [a], out).paths[0])
    assert seal(a, [b], out).ops == 0
    a.records.set_field(case, "title", "новое название")
    fresh = seal(a, [b], out)
    assert fresh.ops == 1
    deliver(b, fresh.paths[0])
    assert b.integrity.state_hash() == a.integrity.state_hash()


def test_case_filter_sends_whole_cases(tmp_path: Path) -> None:
    a, b, out = _pair(tmp_path)
    one, two = make_case(a), make_case(a, title="другое")
    make_person(a, one)
    deliver(b, seal(a, [b], out).paths[0])
    deliver(a, seal(b, [a], out).paths[0])  # b has acknowledged everything
    only = seal(a, [b], out, case_ids=[one])
    ops_of_one = a.store.query("SELECT count(*) FROM ops WHERE case_id = ?", (one,))[0][0]
    assert only.ops == ops_of_one > 0
    c = make_replica(tmp_path / "c")
    befriend(a, c)
    deliver(c, seal(a, [c], out, case_ids=[one]).paths[0])
    assert c.reading.get(one).get("title") == a.reading.get(one).get("title")
    assert not c.store.query("SELECT 1 FROM ops WHERE case_id = ?", (two,))


def test_volumes_round_trip(tmp_path: Path) -> None:
    a, b, out = _pair(tmp_path)
    case = make_case(a)
    att = _attach(a, case, tmp_path, 3 * MiB)
    result = seal(a, [b], out / "bundle", volume_size=MiB)
    assert [p.name for p in result.paths] == [f"bundle.{i:03d}" for i in range(1, 5)]
    assert all(p.stat().st_size == MiB for p in result.paths[:-1])
    assert sum(p.stat().st_size for p in result.paths) == result.file_size
    preview = inspect_bundle(b.session, result.paths[2])
    assert preview.volumes == 4
    deliver(b, out / "bundle")
    assert _content(b, att) == _content(a, att)


def test_missing_and_damaged_volumes(tmp_path: Path) -> None:
    a, b, out = _pair(tmp_path)
    case = make_case(a)
    _attach(a, case, tmp_path, 3 * MiB)
    paths = seal(a, [b], out / "v", volume_size=MiB).paths
    before = snapshot(b)
    last = paths[-1].read_bytes()
    paths[-1].unlink()  # the manifest says four; three are here
    with pytest.raises(BundleRejected) as e:
        deliver(b, paths[0])
    assert e.value.reason is RejectReason.MISSING_VOLUME
    paths[-1].write_bytes(last)
    with open(paths[1], "r+b") as fh:  # a middle volume cut short, the total still right
        data = fh.read()
        fh.seek(0)
        fh.truncate()
        fh.write(data[:-10])
    paths[-1].write_bytes(last + bytes(10))
    with pytest.raises(BundleRejected) as e:
        deliver(b, paths[0])
    assert e.value.reason is RejectReason.MALFORMED
    assert snapshot(b) == before


def test_fat32_target_is_split(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    a, b, out = _pair(tmp_path)
    case = make_case(a)
    _attach(a, case, tmp_path, 2 * MiB)
    seen: list[Path] = []

    def fake_fat(folder: Path) -> int:
        seen.append(folder)
        return MiB

    monkeypatch.setattr(export_mod, "volume_size_for", fake_fat)
    result = seal(a, [b], out)
    assert seen == [out]
    assert len(result.paths) == 3
    deliver(b, result.paths[0])
    assert b.integrity.state_hash() == a.integrity.state_hash()


def test_unverified_and_revoked_recipients(tmp_path: Path) -> None:
    a, b, out = _pair(tmp_path, verified=False)
    make_case(a)
    with pytest.raises(UnverifiedRecipients) as e:
        seal(a, [b], out)
    assert e.value.key_ids == (b.me.hex()[:16],)
    assert list(out.iterdir()) == []
    path = seal(a, [b], out, confirm_unverified=True).paths[0]
    got = deliver(b, path)
    assert not got.verified
    assert got.sender_name
    a.peers.revoke(peer(a, b))
    with pytest.raises(InputRejected):
        seal(a, [b], out, confirm_unverified=True)


def test_cancel_and_full_disk_leave_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b, out = _pair(tmp_path)
    case = make_case(a)
    _attach(a, case, tmp_path, 2 * MiB)
    calls = 0

    def cancel() -> bool:
        nonlocal calls
        calls += 1
        return calls > 5

    with pytest.raises(Cancelled):
        seal(a, [b], out, cancel=cancel)
    assert list(out.iterdir()) == []
    written = [0]

    class Full(volumes_mod.DirectWriter):
        """A drive that fills up after 512 KiB."""

        def write(self, data: bytes | bytearray | memoryview) -> int:
            written[0] += len(data)
            if written[0] > MiB // 2:
                raise OSError(errno.ENOSPC, "No space left on device")
            return super().write(data)

    monkeypatch.setattr(volumes_mod, "DirectWriter", Full)
    with pytest.raises(NotEnoughSpace):
        seal(a, [b], out, volume_size=MiB)
    assert list(out.iterdir()) == []
    assert not a.store.query("SELECT 1 FROM bundles_out")


def test_failed_read_back_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    a, b, out = _pair(tmp_path)
    make_case(a)
    real = VolumeWriter.close

    def corrupt(self: VolumeWriter) -> None:
        real(self)
        with open(self.temps[0], "r+b") as fh:  # the drive flips a bit after the write
            fh.seek(600)
            byte = fh.read(1)
            fh.seek(600)
            fh.write(bytes([byte[0] ^ 1]))

    monkeypatch.setattr(VolumeWriter, "close", corrupt)
    with pytest.raises(DriveUnavailable):
        seal(a, [b], out)
    assert list(out.iterdir()) == []
    assert not a.store.query("SELECT 1 FROM bundles_out")


def test_import_is_all_or_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    a, b, out = _pair(tmp_path)
    case = make_case(a)
    _attach(a, case, tmp_path, 2 * MiB)
    make_person(a, case)
    path = seal(a, [b], out).paths[0]
    before = snapshot(b)
    real = importer_mod.finish

    def fail(bundle: object) -> None:
        real(bundle)  # type: ignore[arg-type]
        raise BundleRejected(RejectReason.TAMPERED, "injected after everything was staged")

    monkeypatch.setattr(importer_mod, "finish", fail)
    with pytest.raises(BundleRejected):
        deliver(b, path)
    assert snapshot(b) == before
    assert not (b.paths.blobs.exists() and any(b.paths.blobs.iterdir()))
    monkeypatch.setattr(importer_mod, "finish", real)
    calls = 0

    def cancel() -> bool:
        nonlocal calls
        calls += 1
        return calls > 3

    with pytest.raises(Cancelled):
        import_bundle(b.session, path, cancel=cancel)
    assert snapshot(b) == before
    deliver(b, path)
    assert b.integrity.state_hash() == a.integrity.state_hash()


def test_nothing_readable_in_the_bundle(tmp_path: Path) -> None:
    a, b, out = _pair(tmp_path)
    secret = marker()
    case = make_case(a, title=secret)
    src = tmp_path / "note.txt"
    src.write_text(secret * 1000, encoding="utf-8")
    a.attachments.attach(case, src)
    path = seal(a, [b], out).paths[0]
    data = path.read_bytes()
    for form in (secret.encode("utf-8"), secret.encode("utf-16-le"), case.hex().encode()):
        assert form not in data
    assert secret not in path.name
    assert case.hex() not in path.name
    deliver(b, path)
    for f in b.paths.root.rglob("*"):
        if f.is_file():
            assert secret.encode("utf-8") not in f.read_bytes()


def test_preview_says_who_sealed_it(tmp_path: Path) -> None:
    a, b, out = _pair(tmp_path, verified=False)
    case = make_case(a)
    _attach(a, case, tmp_path, 10)
    path = seal(a, [b], out, confirm_unverified=True).paths[0]
    before = snapshot(b)
    p = inspect_bundle(b.session, path)
    assert p.sender.identity == a.me
    assert p.sender_name == peer(b, a).name
    assert not p.verified
    assert not p.is_self
    assert not p.already_imported
    assert (p.ops, p.attachments, p.attachment_bytes, p.recipients) == (op_count(a), 1, 10, 2)
    assert p.file_size == path.stat().st_size
    assert snapshot(b) == before
    assert p.to_json()["sender"] == a.me.hex()[:16]


def test_self_sealing(tmp_path: Path) -> None:
    a, b, out = _pair(tmp_path)
    make_case(a)
    mine = seal(a, [b], out).paths[0]
    own = deliver(a, mine)
    assert own.is_self
    assert own.ops_new == 0
    hidden = seal(a, [b], out, include_self=False).paths[0]
    with pytest.raises(BundleRejected) as e:
        deliver(a, hidden)
    assert e.value.reason is RejectReason.NOT_FOR_US
    deliver(b, hidden)


def test_conflicts_are_reported_on_both_sides(tmp_path: Path) -> None:
    a, b, out = _pair(tmp_path)
    case = make_case(a)
    deliver(b, seal(a, [b], out).paths[0])
    a.records.set_field(case, "title", "версия А")
    b.records.set_field(case, "title", "версия Б")
    from_a = seal(a, [b], out).paths[0]
    from_b = seal(b, [a], out).paths[0]
    assert deliver(b, from_a).conflicts == 1
    assert deliver(a, from_b).conflicts == 1
    assert a.integrity.state_hash() == b.integrity.state_hash()
    assert (
        [c.entity_id for c in a.conflicts.list()]
        == [c.entity_id for c in b.conflicts.list()]
        == [case]
    )


def test_a_second_bundle_with_one_number_is_a_compromise(tmp_path: Path) -> None:
    a, b, out = _pair(tmp_path)
    make_case(a)
    deliver(b, seal(a, [b], out).paths[0])
    with a.store.transaction():  # as if a's keys signed a second history
        a.store.con.execute("DELETE FROM bundles_out")
    make_case(a)
    forked = seal(a, [b], out).paths[0]
    before = snapshot(b)
    with pytest.raises(CompromiseAlert) as e:
        deliver(b, forked)
    assert (e.value.kind, e.value.party, e.value.seq) == ("bundle-fork", a.me, 1)
    assert snapshot(b) == before
    alerts = compromise_alerts(b.session)
    assert [(x.kind, x.party, x.seq) for x in alerts] == [("bundle-fork", a.me, 1)]
    with pytest.raises(CompromiseAlert):
        inspect_bundle(b.session, forked)
    assert len(compromise_alerts(b.session)) == 1


def test_a_broken_bundle_chain_is_a_compromise(tmp_path: Path) -> None:
    a, b, out = _pair(tmp_path)
    make_case(a)
    deliver(b, seal(a, [b], out).paths[0])
    with a.store.transaction():
        a.store.con.execute("UPDATE bundles_out SET manifest_hash = ?", (os.urandom(32),))
    with pytest.raises(CompromiseAlert) as e:
        deliver(b, seal(a, [b], out).paths[0])
    assert e.value.kind == "chain-fork"


def test_a_forked_op_is_a_compromise(tmp_path: Path) -> None:
    a, b, out = _pair(tmp_path)
    twin = make_replica(tmp_path / "twin", identity=a.session.identity)  # a's keys, stolen
    relay = make_replica(tmp_path / "relay")
    befriend(twin, relay)
    befriend(relay, b)
    make_case(a, title="настоящее")
    make_case(twin, title="подделка")  # the same (author, seq) as a's first op
    deliver(b, seal(a, [b], out).paths[0])
    deliver(relay, seal(twin, [relay], out).paths[0])
    before = snapshot(b)
    with pytest.raises(CompromiseAlert) as e:
        deliver(b, seal(relay, [b], out).paths[0])
    assert (e.value.kind, e.value.party, e.value.seq) == ("op-fork", a.me, 1)
    assert e.value.sender == relay.me
    assert snapshot(b) == before
    assert [x.kind for x in compromise_alerts(b.session)] == ["op-fork"]


def test_other_implementations_decrypt_it(tmp_path: Path) -> None:
    a, b, out = _pair(tmp_path)
    case = make_case(a)
    _attach(a, case, tmp_path, 100_000)
    path = seal(a, [b], out).paths[0]
    key = tmp_path / "key.txt"
    key.write_text(format_identity(b.session.identity.x25519_secret) + "\n")
    plain = pyrage.decrypt(
        path.read_bytes(), [pyrage.x25519.Identity.from_str(key.read_text().strip())]
    )
    if shutil.which("age") is None:
        pytest.fail("the age CLI is required (Debian package 'age')")
    by_cli = subprocess.run(
        ["age", "-d", "-i", str(key), str(path)], capture_output=True, check=True
    ).stdout
    assert by_cli == plain
    listing = (
        subprocess.run(["tar", "-t"], input=plain, capture_output=True, check=True)
        .stdout.decode()
        .split()
    )
    assert listing[:6] == [
        "casebook/manifest.json",
        "casebook/manifest.sig",
        "casebook/disclosures.jsonl",
        "casebook/overlay.jsonl",
        "casebook/custody.jsonl",
        "casebook/ops.jsonl",
    ]
    assert listing[-1] == "casebook/padding"
    assert len(listing) == 8


def test_export_refuses_a_missing_folder_and_an_existing_file(tmp_path: Path) -> None:
    a, b, out = _pair(tmp_path)
    with pytest.raises(InputRejected):
        seal(a, [b], tmp_path / "missing" / "x.age")
    (out / "taken.age").write_bytes(b"")
    with pytest.raises(InputRejected):
        seal(a, [b], out / "taken.age")
    with pytest.raises(InputRejected):
        export_bundle(a.session, [], out_path=out, include_self=False)


KILLED_EXPORT = """
import os, sys
from pathlib import Path
sys.path[:0] = [sys.argv[2], sys.argv[2] + "/bundle"]
from bundlekit import befriend, make_replica, seal
from factory import make_case
tmp = Path(sys.argv[1])
a, b = make_replica(tmp / "a"), make_replica(tmp / "b")
befriend(a, b)
src = tmp / "big.bin"
src.write_bytes(os.urandom(48 << 20))
a.attachments.attach(make_case(a), src)
seal(a, [b], tmp / "usb", progress=lambda done, total: print(done, flush=True))
"""


@pytest.mark.slow
def test_a_killed_export_leaves_nothing_that_looks_whole(tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    tests = str(Path(__file__).resolve().parents[1])
    proc = subprocess.Popen(
        [sys.executable, "-c", KILLED_EXPORT, str(tmp_path), tests],
        stdout=subprocess.PIPE,
        env=child_env(),
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()  # the first progress report: the payload is being written
    proc.kill()
    proc.wait()
    assert line, "the child never started writing"
    left = list(usb.iterdir())
    assert left, "the kill came too late to test anything"
    assert all(p.name.startswith(".") and p.name.endswith(".part") for p in left)


KILLED_IMPORT = """
import sys
from pathlib import Path
sys.path[:0] = [sys.argv[3], sys.argv[3] + "/bundle"]
from casebook.bundle import import_bundle
from casebook.base.paths import VaultPaths
from casebook.store.store import Store
from casebook.vault.session import Session
root = Path(sys.argv[1])
svc = Session(Store.open(root / "vault.db", bytes.fromhex(sys.argv[4])), VaultPaths(root))
import_bundle(svc, Path(sys.argv[2]), progress=lambda done, total: print(done, flush=True))
"""


@pytest.mark.slow
def test_a_killed_import_changes_nothing(tmp_path: Path) -> None:
    a, _, out = _pair(tmp_path)
    key = os.urandom(32)
    b = make_replica(tmp_path / "b2", key=key)
    befriend(a, b)
    case = make_case(a)
    _attach(a, case, tmp_path, 48 * MiB)
    path = seal(a, [b], out).paths[0]
    before = snapshot(b)
    b.lock()
    tests = str(Path(__file__).resolve().parents[1])
    proc = subprocess.Popen(
        [sys.executable, "-c", KILLED_IMPORT, str(b.paths.root), str(path), tests, key.hex()],
        stdout=subprocess.PIPE,
        env=child_env(),
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()  # the attachment is streaming into the blob store
    proc.kill()
    proc.wait()
    assert line, "the child never started reading"
    b = CaseService(Session(Store.open(b.paths.root / "vault.db", key), b.paths))
    assert snapshot(b) == before
    b.integrity.sweep_blobs()  # what a crash can leave: an encrypted blob no row names
    assert not (b.paths.blobs.exists() and any(b.paths.blobs.iterdir()))
    assert deliver(b, path).attachments_new == 1
    assert b.integrity.state_hash() == a.integrity.state_hash()
