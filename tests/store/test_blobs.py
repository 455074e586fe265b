"""Attachments: inline when small, encrypted blob files when large (casebook.store.blobs)."""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from casebook.base.errors import Cancelled, InputRejected, VaultCorrupt
from casebook.store.blobs import INLINE_MAX
from factory import Filled, child_env, make_filled_vault, marker, vault_files

MIB = 1024 * 1024
TESTS = Path(__file__).resolve().parents[1]


@pytest.fixture
def filled(tmp_path: Path) -> Filled:
    return make_filled_vault(tmp_path / "v", tmp_path)


def _blobs(f: Filled) -> list[Path]:
    d = f.root / "blobs"
    return sorted(d.iterdir()) if d.is_dir() else []


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _recognisable(size: int) -> tuple[bytes, bytes]:
    """Content that is easy to look for: a marker every 4 KiB, random bytes between."""
    mark = marker("BLOB").encode()
    out = bytearray()
    while len(out) < size:
        out += mark + os.urandom(4096 - len(mark))
    return bytes(out[:size]), mark


def test_a_large_file_becomes_an_encrypted_blob(filled: Filled, tmp_path: Path) -> None:
    svc = filled.svc
    data, mark = _recognisable(3 * MIB + 123)
    src = _write(tmp_path / "видео допроса.mp4", data)
    steps: list[tuple[int, int]] = []
    att = svc.attachments.attach(filled.case, src, progress=lambda d, t: steps.append((d, t)))
    (blob,) = _blobs(filled)
    assert re.fullmatch(r"[0-9a-f]{32}", blob.name)
    assert hashlib.sha256(data).hexdigest()[:32] != blob.name
    assert blob.stat().st_size > len(data)  # chunk tags
    rec = svc.reading.get(att)
    assert rec.get("sha256") == hashlib.sha256(data).hexdigest()
    assert rec.get("size") == len(data)
    assert rec.get("name") == "видео допроса.mp4"
    assert rec.get("media_type") == "video/mp4"
    assert b"".join(svc.attachments.iter_bytes(att)) == data
    assert steps[-1] == (len(data), len(data))
    assert [d for d, _ in steps] == sorted(d for d, _ in steps)
    # Nothing of the content is in clear in any file of the vault.
    svc.lock()
    probe = data[5000:5064]
    for path in vault_files(filled.root):
        raw = path.read_bytes()
        assert mark not in raw, path.name
        assert probe not in raw, path.name
    assert (filled.root / "blobs").stat().st_mode & 0o777 == 0o700


@pytest.mark.parametrize("size", [0, 1, 1000, INLINE_MAX])
def test_small_files_stay_inline(size: int, filled: Filled, tmp_path: Path) -> None:
    data = os.urandom(size)
    att = filled.svc.attachments.attach(filled.case, _write(tmp_path / "small.bin", data))
    assert _blobs(filled) == []
    assert b"".join(filled.svc.attachments.iter_bytes(att)) == data
    assert filled.svc.reading.get(att).get("sha256") == hashlib.sha256(data).hexdigest()
    assert filled.svc.reading.get(att).get("media_type") == "application/octet-stream"


def test_just_above_the_inline_limit_is_a_blob(filled: Filled, tmp_path: Path) -> None:
    data = os.urandom(INLINE_MAX + 1)
    att = filled.svc.attachments.attach(filled.case, _write(tmp_path / "f.bin", data))
    assert len(_blobs(filled)) == 1
    assert b"".join(filled.svc.attachments.iter_bytes(att)) == data


def test_same_content_is_stored_once(filled: Filled, tmp_path: Path) -> None:
    data = os.urandom(2 * MIB)
    a = filled.svc.attachments.attach(filled.case, _write(tmp_path / "a.bin", data))
    b = filled.svc.attachments.attach(
        filled.case, _write(tmp_path / "b.bin", data), name="копия.bin"
    )
    assert a != b
    assert len(_blobs(filled)) == 1
    assert b"".join(filled.svc.attachments.iter_bytes(b)) == data
    assert filled.svc.reading.get(b).get("name") == "копия.bin"
    other = filled.svc.attachments.attach(
        filled.case, _write(tmp_path / "c.bin", os.urandom(2 * MIB))
    )
    assert len(_blobs(filled)) == 2
    assert filled.svc.reading.get(other).get("sha256") != filled.svc.reading.get(a).get("sha256")


@pytest.mark.parametrize(
    "damage",
    [
        "flip-middle",
        "flip-first",
        "flip-last",
        "truncate-chunk",
        "truncate-byte",
        "empty",
        "append",
    ],
)
def test_a_damaged_blob_raises_vault_corrupt(damage: str, filled: Filled, tmp_path: Path) -> None:
    data = os.urandom(2 * MIB + 77)
    att = filled.svc.attachments.attach(filled.case, _write(tmp_path / "f.bin", data))
    (blob,) = _blobs(filled)
    raw = bytearray(blob.read_bytes())
    chunk = 64 * 1024 + 16
    if damage == "flip-middle":
        raw[len(raw) // 2] ^= 0x01
    elif damage == "flip-first":
        raw[0] ^= 0x80
    elif damage == "flip-last":
        raw[-1] ^= 0x01
    elif damage == "truncate-chunk":
        del raw[(len(raw) // chunk) * chunk :]  # drop the final chunk
    elif damage == "truncate-byte":
        del raw[-1:]
    elif damage == "empty":
        raw = bytearray()
    else:
        raw += b"\x00" * 16
    blob.write_bytes(bytes(raw))
    with pytest.raises(VaultCorrupt):
        for _ in filled.svc.attachments.iter_bytes(att):
            pass
    report = filled.svc.integrity.verify()
    assert len(report.blob_errors) == 1
    assert not report.ok


def test_cancel_mid_intake_leaves_nothing(filled: Filled, tmp_path: Path) -> None:
    svc = filled.svc
    src = _write(tmp_path / "big.bin", os.urandom(8 * MIB))
    before = svc.integrity.state_hash()
    contents = svc.store.query("SELECT count(*) FROM contents")[0][0]
    calls = 0

    def cancel() -> bool:
        nonlocal calls
        calls += 1
        return calls > 3

    with pytest.raises(Cancelled):
        svc.attachments.attach(filled.case, src, cancel=cancel)
    assert calls > 3
    assert _blobs(filled) == []  # no blob, no hidden temp file
    assert svc.store.query("SELECT count(*) FROM contents")[0][0] == contents
    assert svc.integrity.state_hash() == before
    assert len(svc.reading.children(filled.case, "attachment")) == 1
    assert svc.integrity.verify().ok


def test_export_round_trip(filled: Filled, tmp_path: Path) -> None:
    data = os.urandom(2 * MIB + 5)
    att = filled.svc.attachments.attach(filled.case, _write(tmp_path / "f.bin", data))
    dest = tmp_path / "out" / "f.bin"
    dest.parent.mkdir()
    assert filled.svc.attachments.export(att, dest) == len(data)
    assert dest.read_bytes() == data
    assert sorted(p.name for p in dest.parent.iterdir()) == ["f.bin"]


def test_blobs_are_libsodiums_stream_bytes_both_ways(filled: Filled, tmp_path: Path) -> None:
    # The at-rest AEAD is OpenSSL's now (crypto/chunks.py); blobs written by libsodium before
    # must open, and new ones must be the very bytes libsodium would have written.
    from nacl import bindings

    def sodium_stream(key: bytes, data: bytes) -> bytes:
        step, out = 64 * 1024, []
        count = max(1, -(-len(data) // step))
        for i in range(count):
            nonce = i.to_bytes(11, "big") + (b"\x01" if i == count - 1 else b"\x00")
            piece = data[i * step : (i + 1) * step]
            out.append(bindings.crypto_aead_chacha20poly1305_ietf_encrypt(piece, None, nonce, key))
        return b"".join(out)

    data = os.urandom(2 * MIB + 77)
    att = filled.svc.attachments.attach(filled.case, _write(tmp_path / "f.bin", data))
    (name, key), *_ = [(n, k) for _, n, k in filled.svc.store.contents.blobs()]
    (blob,) = _blobs(filled)
    assert blob.name == name
    assert blob.read_bytes() == sodium_stream(key, data)
    other = os.urandom(len(data))
    blob.write_bytes(sodium_stream(key, other))  # as an older casebook would have sealed it
    assert b"".join(filled.svc.attachments.iter_bytes(att)) == other


def test_attach_refuses_what_is_not_a_file(filled: Filled, tmp_path: Path) -> None:
    from casebook.base.errors import CasebookError

    with pytest.raises(CasebookError):
        filled.svc.attachments.attach(filled.case, tmp_path / "missing.bin")
    with pytest.raises(CasebookError):
        filled.svc.attachments.attach(filled.case, tmp_path)
    with pytest.raises(InputRejected):
        filled.svc.attachments.attach(filled.person, _write(tmp_path / "x", b"x"))


def test_sweep_removes_only_orphans(filled: Filled, tmp_path: Path) -> None:
    att = filled.svc.attachments.attach(
        filled.case, _write(tmp_path / "f.bin", os.urandom(2 * MIB))
    )
    (kept,) = _blobs(filled)
    orphan = filled.root / "blobs" / ("ab" * 16)
    orphan.write_bytes(b"left by a crash")
    (filled.root / "blobs" / ".x.part").write_bytes(b"temp")
    assert filled.svc.integrity.sweep_blobs() == 2
    assert _blobs(filled) == [kept]
    assert len(b"".join(filled.svc.attachments.iter_bytes(att))) == 2 * MIB


RSS_CHILD = textwrap.dedent(
    """
    import hashlib, json, sys
    from pathlib import Path
    import psutil
    sys.path.insert(0, sys.argv[3])
    from factory import make_case, make_service, make_vault

    def peak():
        # VmHWM: the peak RSS since the last reset through clear_refs (Linux >= 4.0).
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
        raise RuntimeError("no VmHWM")

    def reset_peak():
        with open("/proc/self/clear_refs", "w") as fh:
            fh.write("5")

    root, src = Path(sys.argv[1]), Path(sys.argv[2])
    svc = make_service(root)
    case = make_case(svc)
    svc.attachments.attach(case, Path(sys.argv[4]))  # warm up every code path on a small blob
    base = psutil.Process().memory_info().rss
    reset_peak()
    att = svc.attachments.attach(case, src)
    after_intake = peak()
    reset_peak()
    digest = hashlib.sha256()
    for chunk in svc.attachments.iter_bytes(att):
        digest.update(chunk)
    after_read = peak()
    print(json.dumps({"base": base, "intake": after_intake, "read": after_read,
                      "sha": digest.hexdigest(), "rec": svc.reading.get(att).get("sha256")}))
    svc.lock()
    """
)


@pytest.mark.slow
def test_intake_of_200_mib_keeps_memory_flat(tmp_path: Path) -> None:
    block = os.urandom(MIB)
    src = tmp_path / "big.bin"
    expected = hashlib.sha256()
    with open(src, "wb") as fh:
        for i in range(200):
            piece = i.to_bytes(4, "big") + block[4:]
            fh.write(piece)
            expected.update(piece)
    small = _write(tmp_path / "small.bin", os.urandom(2 * MIB))
    proc = subprocess.run(
        [sys.executable, "-c", RSS_CHILD, str(tmp_path / "v"), str(src), str(TESTS), str(small)],
        capture_output=True,
        env=child_env(),
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr.decode()
    result = json.loads(proc.stdout)
    assert result["sha"] == result["rec"] == expected.hexdigest()
    assert result["intake"] - result["base"] < 60 * MIB, result
    assert result["read"] - result["base"] < 60 * MIB, result
