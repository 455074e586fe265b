"""Bundles that reach a vault in a bad state (issue 15, item 6): a copy of a bundle imported
before is read through before it is called "already imported".

Two real vaults exchange a real bundle with an attachment large enough to span many STREAM
chunks; copies of it are then damaged by flipping one byte of the ciphertext (no re-sealing),
and the checked imports run as real `casebook` processes.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from bundlekit import snapshot

from casebook.base.errors import BundleRejected, RejectReason
from casebook.base.paths import VaultPaths
from casebook.bundle import import_bundle, inspect_bundle
from factory import CliResult, flip_byte, make_vault, open_vault, run_cli, run_cli_process

KiB = 1024


def _ok(r: CliResult) -> str:
    assert r.code == 0, r.err
    assert "Traceback" not in r.err
    return r.out.strip()


@pytest.fixture
def exchanged(tmp_path: Path) -> tuple[Path, Path]:
    """(Boris's vault, a bundle from Anna to Boris with a 600 KiB attachment)."""
    a, b = tmp_path / "anna", tmp_path / "boris"
    for root in (a, b):
        make_vault(root).session.lock()
        _ok(run_cli(root, "identity", "export", "--out", str(root.with_suffix(".card"))))
    _ok(run_cli(a, "peer", "add", str(b.with_suffix(".card")), "--name", "Boris"))
    _ok(run_cli(b, "peer", "add", str(a.with_suffix(".card")), "--name", "Anna"))
    case = _ok(run_cli(a, "case", "add", "--title", "Дело о копии"))
    doc = tmp_path / "протокол.pdf"
    doc.write_bytes(os.urandom(600 * KiB))
    _ok(run_cli(a, "attach", case, str(doc)))
    usb = tmp_path / "usb"
    usb.mkdir()
    path = Path(_ok(run_cli(a, "export", "--to", "Boris", "--out", str(usb / "b.age"), "--yes")))
    return b, path


def _state(root: Path) -> tuple[object, ...]:
    """Everything a refused or repeated import must leave as it was, files on disk included."""
    svc = open_vault(root)
    try:
        blobs = VaultPaths(root).blobs
        files = sorted(p.name for p in blobs.iterdir()) if blobs.exists() else []
        return (*snapshot(svc), tuple(files))
    finally:
        svc.lock()


def _damaged_copy(path: Path, where: str) -> Path:
    copy = path.with_name(f"copy-{where}.age")
    shutil.copyfile(path, copy)
    size = copy.stat().st_size
    # Past the first 64 KiB chunk (the manifest's), so the copy still says who sealed it.
    offset = {"attachment": size // 2, "final-chunk": size - 20}[where]
    flip_byte(copy, offset, 0x40)
    return copy


@pytest.mark.parametrize("where", ["attachment", "final-chunk"])
def test_a_damaged_copy_of_an_imported_bundle_is_refused_with_a_note(
    exchanged: tuple[Path, Path], where: str
) -> None:
    root, path = exchanged
    damaged = _damaged_copy(path, where)

    # A vault that never imported it refuses the damaged copy, without the note.
    first = run_cli_process(root, "--json", "import", str(damaged), timeout=60)
    assert first.code == 5, first.err
    assert "you already have its contents" not in first.err
    assert "already_imported" not in json.loads(first.out)

    _ok(run_cli_process(root, "import", str(path), timeout=60))
    before = _state(root)

    # The same damaged copy, now that the intact bundle came in: refused, with the note.
    again = run_cli_process(root, "import", str(damaged), timeout=60)
    assert again.code == 5, (again.out, again.err)
    assert "Traceback" not in again.err
    assert "damaged (you already have its contents" in again.err
    assert "bundle refused (tampered)" in again.err
    assert "Nothing was changed." in again.err
    assert "already imported:" not in again.out
    as_json = run_cli_process(root, "--json", "import", str(damaged), timeout=60)
    assert as_json.code == 5
    doc = json.loads(as_json.out)
    assert doc["status"] == "rejected"
    assert doc["reason"] == "tampered"
    assert doc["already_imported"] is True
    assert _state(root) == before

    # An intact copy is still "already imported", exit 0, and changes nothing either.
    intact = path.with_name("intact-copy.age")
    shutil.copyfile(path, intact)
    same = run_cli_process(root, "import", str(intact), timeout=60)
    assert "was already imported: nothing changed" in _ok(same)
    assert _state(root) == before


def test_verifying_a_copy_stores_no_attachment_and_the_preview_does_not_vouch(
    exchanged: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    root, path = exchanged
    _ok(run_cli(root, "import", str(path)))
    damaged = _damaged_copy(path, "attachment")

    def no_intake(*_a: object, **_k: object) -> object:
        raise AssertionError("a copy of a bundle imported before is hashed, never stored")

    svc = open_vault(root)
    monkeypatch.setattr(svc.session.blobs, "intake", no_intake)
    try:
        # The header-level look says only that its number was imported: it read no payload.
        assert inspect_bundle(svc.session, damaged).already_imported
        with pytest.raises(BundleRejected) as refused:
            import_bundle(svc.session, damaged)
        assert refused.value.reason is RejectReason.TAMPERED
        assert refused.value.already_imported
        seen: list[tuple[int, int]] = []
        result = import_bundle(svc.session, path, progress=lambda d, t: seen.append((d, t)))
        assert result.already_imported
        assert seen[-1] == (path.stat().st_size, path.stat().st_size)  # read to its end
    finally:
        svc.lock()


def test_a_fresh_import_is_refused_without_the_note(exchanged: tuple[Path, Path]) -> None:
    root, path = exchanged
    damaged = _damaged_copy(path, "attachment")
    svc = open_vault(root)
    try:
        with pytest.raises(BundleRejected) as refused:
            import_bundle(svc.session, damaged)
        assert not refused.value.already_imported
    finally:
        svc.lock()
