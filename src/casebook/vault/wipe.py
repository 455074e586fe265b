"""Panic wipe: the keyslots overwritten and removed, so that the vault opens for nobody
(DESIGN §1, "an honest panic wipe of the keyslots"; docs/storage.md "Panic wipe").

`vault.db` and the blob files are encrypted under a master key that exists only wrapped in
`keyslots`. Destroy every copy of the wrapped key and the vault is random bytes: neither the
passphrase nor the recovery code opens it, because there is nothing left for them to unwrap.

    1. every file that holds a wrapped master key or pages of the open database:
         keyslots                      the passphrase and recovery slots
         .keyslots.*                   staged keyslots (deep erase) and temp files of a write
                                       that was cut short
         vault.db-wal, vault.db-shm    the newest pages (encrypted), the WAL index
         .vault.db.*                   a deep erase's staged database, under ITS new key
    2. each: overwritten in place with random bytes, flushed to the drive (fsync), renamed to
       a random name, removed; then the folder is flushed
    3. optionally (`also_folder`), the rest of the folder: vault.db, blobs/, the reserve, and
       the folder itself, removed without overwriting (it is ciphertext under a key that no
       longer exists; overwriting gigabytes would take minutes when seconds count)

What it cannot do, and says so (`LIMITS`): a drive that remaps writes (SSDs, flash, copy-on-write
filesystems, snapshots) may keep the old blocks of `keyslots`; a disk image or backup taken
before the wipe, with the passphrase or recovery code, still opens that copy; colleagues keep
the bundles they received; a casebook window that has the vault open keeps it readable in
memory until it locks or quits.

No marker is left. A file saying "wiped on …" would tell whoever searches the laptop that its
owner destroyed a vault, and it would be plaintext on the disk. So afterwards a folder with
`vault.db` and no `keyslots` looks the same whether it was wiped or its key file was lost;
casebook says that the key file is missing (and, in the window that wiped it, that it was
wiped).
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

from casebook.base.errors import VaultMissing
from casebook.base.fsutil import fsync_dir, os_error
from casebook.base.paths import VaultPaths

__all__ = ["DOES", "LIMITS", "Wiped", "key_files", "wipe_keyslots"]

DOES = (
    "overwrites the key file (keyslots) with random bytes, flushes it to the drive and removes "
    "it, with any staged or half-written copy of it",
    "removes the vault's write-ahead log and its index, and a deep erase's staged database",
    "after this, neither the passphrase nor the recovery code opens the vault: the key they "
    "unlock is gone",
)
LIMITS = (
    "an SSD, a USB stick or a copy-on-write filesystem may keep old blocks of the key file "
    "that no program can reach; a forensic lab may",
    "a disk image or backup taken before the wipe, together with the passphrase or recovery "
    "code, still opens that copy",
    "colleagues keep every bundle you sealed to them, and can read them",
    "a casebook window or command that has this vault open keeps it readable in memory until "
    "it locks or quits",
)


@dataclass(frozen=True)
class Wiped:
    """What a wipe did: the files overwritten and removed, the folder, the time taken."""

    removed: tuple[str, ...]  # names within the vault folder, as they were
    folder_removed: bool
    seconds: float

    def to_json(self) -> dict[str, object]:
        """For `--json`."""
        return {
            "removed": list(self.removed),
            "folder_removed": self.folder_removed,
            "seconds": round(self.seconds, 3),
            "does": list(DOES),
            "limits": list(LIMITS),
        }


def key_files(root: Path) -> list[Path]:
    """The files of `root` that a wipe overwrites and removes (see the module's step 1)."""
    paths = VaultPaths(root)
    found = [paths.keyslots, paths.db.with_name("vault.db-wal"), paths.db.with_name("vault.db-shm")]
    if root.is_dir():
        found += sorted(p for p in root.iterdir() if p.name.startswith((".keyslots", ".vault.db")))
    return [p for p in found if p.is_file() and not p.is_symlink()]


def _overwrite(path: Path) -> None:
    """Random bytes over the whole file, flushed to the drive, before it is removed."""
    size = path.stat().st_size
    with open(path, "r+b", buffering=0) as fh:
        left = size
        while left > 0:
            n = min(left, 1 << 20)
            fh.write(secrets.token_bytes(n))
            left -= n
        os.fsync(fh.fileno())


def _destroy(path: Path) -> None:
    _overwrite(path)
    # A random name first, so that the directory entry that named it is gone before the inode.
    moved = path.with_name(f".{secrets.token_hex(8)}")
    os.replace(path, moved)
    moved.unlink()


def wipe_keyslots(root: Path, *, also_folder: bool = False) -> Wiped:
    """Overwrite and remove the keyslots (and the WAL and staging files) of the vault in
    `root`; with `also_folder`, remove the whole vault folder afterwards.

    Raises `VaultMissing` when there is no key file here to wipe (never a vault, or wiped
    already), `DriveUnavailable` or `NotEnoughSpace` when the drive refuses.
    """
    start = time.monotonic()
    targets = key_files(root)
    if not any(p.name.startswith(("keyslots", ".keyslots")) for p in targets):
        raise VaultMissing("no key file here")
    # The key files first, each flushed, before anything slow: if the drive is pulled out
    # halfway, the keyslots are already gone.
    ordered = sorted(targets, key=lambda p: not p.name.lstrip(".").startswith("keyslots"))
    removed = []
    try:
        for path in ordered:
            _destroy(path)
            removed.append(path.name)
        fsync_dir(root)
    except OSError as e:
        raise os_error(e) from e
    folder_removed = False
    if also_folder:  # without it, the encrypted DB stays: random bytes to anyone without the key
        try:
            shutil.rmtree(root)
            folder_removed = True
            with contextlib.suppress(OSError):
                fsync_dir(root.parent)
        except OSError as e:
            raise os_error(e) from e
    return Wiped(tuple(removed), folder_removed, time.monotonic() - start)
