"""The vault's life: create, unlock, change passphrase, lock (DESIGN §2).

    create   calibrate Argon2id → random master key → vault.db (SQLCipher, key = sub-key
             "casebook/v1/sqlcipher") with the owner's identity → keyslots (passphrase and
             recovery code), written last and atomically
    unlock   keyslots → master key → sub-key → Store (pragmas self-tested) → `Session`
    passwd   rewrap the master key under the new passphrase; nothing is re-encrypted

The master key is dropped as soon as the store is open; a locked app holds no key material.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from casebook.base.errors import (
    Cancelled,
    InputRejected,
    VaultExists,
    VaultIncomplete,
    VaultMissing,
    WrongPassphrase,
)
from casebook.base.fsutil import atomic_write, make_private_dir, os_error
from casebook.base.paths import VaultPaths
from casebook.crypto import keyslots as ks
from casebook.crypto.kdf import DEFAULT_POLICY, KdfPolicy, calibrate
from casebook.crypto.keys import LABEL_SQLCIPHER, Identity, new_master_key, subkey
from casebook.crypto.recovery import new_code, parse_codes
from casebook.store.store import Store
from casebook.vault.session import Session

__all__ = ["Created", "change_passphrase", "create_vault", "unlock", "new_recovery_code"]

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


@dataclass(frozen=True)
class Created:
    """A new vault, unlocked, and its recovery code (shown once, never stored in clear)."""

    session: Session
    recovery_code: str


def create_vault(
    root: Path,
    passphrase: str,
    *,
    policy: KdfPolicy = DEFAULT_POLICY,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> Created:
    """Create a vault in `root` (missing or empty) and return it unlocked."""
    paths = VaultPaths(root)
    missing = paths.missing_part()
    if missing is not None:
        raise VaultIncomplete(missing)  # never a new vault over what is left of one
    if paths.exists():
        raise VaultExists("a vault is already here")
    if root.exists() and (not root.is_dir() or any(root.iterdir())):
        raise InputRejected("a new vault needs a missing or empty folder")
    if not passphrase:
        raise WrongPassphrase("empty passphrase")
    params = calibrate(policy, progress=progress, cancel=cancel)
    if cancel is not None and cancel():
        raise Cancelled()
    make_private_dir(root)
    master = new_master_key()
    code = new_code()
    slots = [
        ks.wrap(master, passphrase, "passphrase", params, policy),
        ks.wrap(master, code, "recovery", params, policy),
    ]
    store = Store.open(paths.db, subkey(master, LABEL_SQLCIPHER), create=True)
    try:
        with store.transaction():
            store.keys.save_identity(Identity.generate(int(time.time() * 1000)))
        # Last: until keyslots exist, the folder is not a vault that could be opened.
        atomic_write(paths.keyslots, ks.encode_keyslots(slots))
    except BaseException:
        store.close()
        for leftover in (
            paths.db,
            paths.db.with_name("vault.db-wal"),
            paths.db.with_name("vault.db-shm"),
        ):
            with contextlib.suppress(OSError):
                leftover.unlink()
        raise
    return Created(Session(store, paths), code)


def _read_slots(paths: VaultPaths) -> list[ks.Keyslot]:
    missing = paths.missing_part()
    if missing is not None:
        raise VaultIncomplete(missing)
    if not paths.keyslots.exists() or not paths.db.exists():
        raise VaultMissing("no vault here")
    try:
        data = paths.keyslots.read_bytes()
    except OSError as e:
        raise os_error(e) from e
    return ks.decode_keyslots(data)


def _open_master(
    slots: list[ks.Keyslot], secret: str, policy: KdfPolicy, cancel: CancelCheck | None
) -> tuple[bytes, int]:
    """Try a recovery code first when the secret is one, then passphrases."""
    # A code typed on a Russian keyboard reads as meant; in the rare case two readings are
    # both valid codes, each is tried.
    for code in parse_codes(secret):
        with contextlib.suppress(WrongPassphrase):
            return ks.open_slots(slots, code, ["recovery"], policy, cancel=cancel)
    return ks.open_slots(slots, secret, ["passphrase"], policy, cancel=cancel)


def unlock(
    root: Path,
    secret: str,
    *,
    policy: KdfPolicy = DEFAULT_POLICY,
    cancel: CancelCheck | None = None,
) -> Session:
    """Open the vault with a passphrase or the recovery code."""
    from casebook.vault.deep_erase import complete_swap  # it reads slots through this module

    paths = VaultPaths(root)
    complete_swap(root)  # a deep erase cut short between its renames: finish it first
    master, _ = _open_master(_read_slots(paths), secret, policy, cancel)
    store = Store.open(paths.db, subkey(master, LABEL_SQLCIPHER))
    return Session(store, paths)


def change_passphrase(
    root: Path,
    current: str,
    new: str,
    *,
    policy: KdfPolicy = DEFAULT_POLICY,
    cancel: CancelCheck | None = None,
) -> None:
    """Rewrap the master key under `new`. `current` may be the passphrase or recovery code."""
    if not new:
        raise WrongPassphrase("empty passphrase")
    paths = VaultPaths(root)
    slots = _read_slots(paths)
    master, _ = _open_master(slots, current, policy, cancel)
    params = next((s.params for s in slots if s.kind == "passphrase"), None)
    if params is None:
        params = calibrate(policy, cancel=cancel)
    kept = [s for s in slots if s.kind != "passphrase"]
    new_slot = ks.wrap(master, new, "passphrase", params, policy)
    atomic_write(paths.keyslots, ks.encode_keyslots([new_slot, *kept]))


def new_recovery_code(root: Path, current: str, *, policy: KdfPolicy = DEFAULT_POLICY) -> str:
    """Replace the recovery slot with a fresh code; the old code stops working."""
    paths = VaultPaths(root)
    slots = _read_slots(paths)
    master, _ = _open_master(slots, current, policy, None)
    params = next(s.params for s in slots if s.kind == "passphrase")
    code = new_code()
    kept = [s for s in slots if s.kind != "recovery"]
    atomic_write(
        paths.keyslots,
        ks.encode_keyslots([*kept, ks.wrap(master, code, "recovery", params, policy)]),
    )
    return code
