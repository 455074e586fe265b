"""Panic wipe (issue 14): after `casebook wipe --keyslots`, neither the passphrase nor the
recovery code opens the vault, the keyslots file is gone (overwritten in place first), the WAL
and staged files go too, and it all takes well under a second."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from casebook.base.errors import CasebookError, VaultMissing
from casebook.vault import unlock
from casebook.vault.wipe import DOES, LIMITS, key_files, wipe_keyslots
from factory import FAST, PASSPHRASE, make_filled_vault, run_cli


def _cannot_open(root: Path, *secrets: str) -> None:
    for secret in secrets:
        with pytest.raises(CasebookError):
            unlock(root, secret, policy=FAST).lock()


def test_after_the_wipe_nothing_opens_it_and_the_keys_are_gone(tmp_path: Path) -> None:
    filled = make_filled_vault(tmp_path / "v", tmp_path)
    root, code = filled.root, filled.recovery_code
    # Staged files a deep erase or a cut-short write may leave: each holds a wrapped key.
    (root / ".keyslots.deep-erase").write_bytes((root / "keyslots").read_bytes())
    (root / ".keyslots.0123456789abcdef.part").write_bytes(b"half a key file")
    assert (root / "vault.db-wal").exists()  # the session is still open: the WAL is there
    # A second name for the key file's inode shows whether its bytes were overwritten.
    witness = tmp_path / "same-inode"
    os.link(root / "keyslots", witness)
    before = witness.read_bytes()

    start = time.monotonic()
    done = wipe_keyslots(root)
    assert time.monotonic() - start < 1.0
    assert done.seconds < 1.0
    assert "keyslots" in done.removed
    assert {".keyslots.deep-erase", "vault.db-wal"} <= set(done.removed)
    assert not done.folder_removed
    assert key_files(root) == []
    assert not (root / "keyslots").exists()
    assert [p.name for p in root.iterdir() if p.name.startswith(".keyslots")] == []
    after = witness.read_bytes()
    assert len(after) == len(before)
    assert after != before  # overwritten where it lay, not only unlinked
    filled.svc.lock()
    _cannot_open(root, PASSPHRASE, code)
    assert (root / "vault.db").exists()  # random bytes now, to anyone


def test_also_folder_removes_the_vault_and_a_second_wipe_finds_nothing(tmp_path: Path) -> None:
    filled = make_filled_vault(tmp_path / "v", tmp_path)
    filled.svc.lock()
    done = wipe_keyslots(filled.root, also_folder=True)
    assert done.folder_removed
    assert not filled.root.exists()
    with pytest.raises(VaultMissing):
        wipe_keyslots(filled.root)


def test_the_cli_says_what_it_does_and_does_not_and_wipes(tmp_path: Path) -> None:
    filled = make_filled_vault(tmp_path / "v", tmp_path)
    root, code = filled.root, filled.recovery_code
    filled.svc.lock()
    # Without --keyslots it does nothing; without --yes and no terminal it asks for --yes.
    assert run_cli(root, "wipe", passphrase=None).code == 2
    refused = run_cli(root, "wipe", "--keyslots", passphrase=None)
    assert refused.code == 2
    assert (root / "keyslots").exists()

    start = time.monotonic()
    result = run_cli(root, "wipe", "--keyslots", "--yes", "--json", passphrase=None)
    assert time.monotonic() - start < 1.0
    assert result.code == 0, result.err
    import json

    doc = json.loads(result.out)
    assert "keyslots" in doc["removed"]
    assert doc["limits"] == list(LIMITS)
    assert doc["does"] == list(DOES)
    assert doc["seconds"] < 1.0
    assert not (root / "keyslots").exists()
    for secret in (PASSPHRASE, code):
        assert run_cli(root, "verify", passphrase=secret).code == 4
    again = run_cli(root, "wipe", "--keyslots", "--yes", passphrase=None)
    assert again.code == 4
    assert "nothing to wipe" in again.err

    human = make_filled_vault(tmp_path / "w", tmp_path)
    human.svc.lock()
    text = run_cli(human.root, "wipe", "--keyslots", "--yes", "--also-folder", passphrase=None)
    assert text.code == 0
    assert "SSD" in text.out  # the limits, after the fact too
    assert "removed as well" in text.out
    assert not human.root.exists()
