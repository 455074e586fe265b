"""Deep erase: the whole vault copied under a new master key, the old key destroyed
(PROTECTION §1, docs/storage.md "Deep erase").

Erasing a value zeroes its pages (`secure_delete`, FTS5 `secure-delete`, the WAL truncated), but
an SSD may keep the old blocks, still encrypted under the vault's key. Deep erase makes that key
disappear: whatever the drive still holds belongs to a key that no longer exists anywhere.

    1. the passphrase must open the passphrase keyslot        (else `WrongPassphrase`, nothing
                                                               touched)
    2. calibrate Argon2id, as `create_vault` does
    3. a new master key, new keyslots wrapping it (the passphrase, and a NEW recovery code)
    4. hold the DB alone (refused while another window or command has it open); export it
       into `.vault.db.deep-erase` under the new SQLCipher sub-key, opened and self-tested,
       fsynced
    5. the new keyslots staged in `.keyslots.deep-erase`, fsynced
    ── until here, any failure or cancel removes both staged files: the vault is as it was ──
    6. swap: lock the old session (its WAL checkpointed and gone), remove any -wal/-shm left,
       rename the fresh DB over `vault.db`, fsync the folder, rename the staged keyslots over
       `keyslots` (last), fsync the folder
    7. unlock the new vault and return its session with the new recovery code

The rename of the DB is the commit point. A power cut before it leaves the staged files beside
the untouched vault; after it, the staged keyslots beside the new DB. `finish_interrupted`
tells the two apart from which staged files exist, with no secret, and removes or completes.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from casebook.base.errors import Cancelled, InputRejected
from casebook.base.fsutil import atomic_write, fsync_dir, os_error
from casebook.base.paths import VaultPaths
from casebook.crypto import keyslots as ks
from casebook.crypto.kdf import DEFAULT_POLICY, KdfPolicy, calibrate
from casebook.crypto.keys import LABEL_SQLCIPHER, new_master_key, subkey
from casebook.crypto.recovery import new_code
from casebook.store.reencrypt import export_to, hold_alone, let_go, remove_db_files
from casebook.store.store import Store
from casebook.vault.lifecycle import _read_slots
from casebook.vault.session import Session

__all__ = ["STEPS", "DeepErased", "deep_erase", "finish_interrupted"]

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]

STEPS = 6  # progress is reported as (step, STEPS)
_FRESH_DB = ".vault.db.deep-erase"
_FRESH_SLOTS = ".keyslots.deep-erase"


@dataclass(frozen=True)
class DeepErased:
    """The vault under its new master key, unlocked, and its new recovery code (shown once:
    the old code opened the old master key, which is gone)."""

    session: Session
    recovery_code: str


def _staged(paths: VaultPaths) -> tuple[Path, Path]:
    return paths.root / _FRESH_DB, paths.root / _FRESH_SLOTS


def finish_interrupted(root: Path) -> str | None:
    """Clean up after a deep erase cut short (crash, power cut); return what was done.

    "removed": it stopped before the swap, the staged files were removed, the vault is as it
    was. "completed": it stopped between the two renames, the staged keyslots now open the
    new DB. None: nothing was left. Needs no secret; safe to call before every unlock.
    """
    paths = VaultPaths(root)
    fresh_db, fresh_slots = _staged(paths)
    if fresh_db.exists():
        # The DB was not swapped: the old vault is whole. Keyslots go first, so that a crash
        # during this cleanup can never leave staged keyslots without the DB they belong to.
        with contextlib.suppress(OSError):
            fresh_slots.unlink()
        remove_db_files(fresh_db)
        return "removed"
    if fresh_slots.exists():
        try:
            os.replace(fresh_slots, paths.keyslots)
            fsync_dir(paths.root)
        except OSError as e:
            raise os_error(e) from e
        return "completed"
    return None


def complete_swap(root: Path) -> bool:
    """Finish a deep erase that stopped between its two renames (the new DB in place, its
    keyslots still staged): the one interruption after which the vault would not open. Safe
    before every unlock; leaves a deep erase that stopped before the swap to `finish_interrupted`
    (its staged DB may belong to a deep erase still running in another window)."""
    paths = VaultPaths(root)
    fresh_db, fresh_slots = _staged(paths)
    if fresh_db.exists() or not fresh_slots.exists():
        return False
    return finish_interrupted(root) == "completed"


def deep_erase(
    root: Path,
    session: Session,
    passphrase: str,
    *,
    policy: KdfPolicy = DEFAULT_POLICY,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> DeepErased:
    """Re-encrypt the vault in `root` (open as `session`) under a new master key.

    Raises `WrongPassphrase` unless `passphrase` opens the passphrase keyslot, and `Cancelled`
    when `cancel()` turns true before the swap; in both cases, and on any other failure before
    the swap, the vault and `session` are as they were. From the swap on, `session` is locked:
    use the returned one.
    """
    paths = VaultPaths(root)
    if session.paths.root.resolve() != paths.root.resolve():
        raise InputRejected("the session is not of this vault")
    store = session.store  # VaultLocked, before anything is done, if it is locked
    finish_interrupted(root)

    def step(n: int) -> None:
        if cancel is not None and cancel():
            raise Cancelled()
        if progress is not None:
            progress(n, STEPS)

    # The passphrase slot only: deep erase is the owner's decision, and it replaces the
    # recovery code, so the code itself must not be able to order it.
    ks.open_slots(_read_slots(paths), passphrase, ["passphrase"], policy, cancel=cancel)
    step(1)
    params = calibrate(policy, cancel=cancel)
    step(2)
    # The slow part (Argon2id, twice) before the vault is held, so that it is held briefly.
    master = new_master_key()
    key = subkey(master, LABEL_SQLCIPHER)
    code = new_code()
    slots = [
        ks.wrap(master, passphrase, "passphrase", params, policy),
        ks.wrap(master, code, "recovery", params, policy),
    ]
    step(3)
    fresh_db, fresh_slots = _staged(paths)
    hold_alone(store)  # nobody writes between the copy and the swap, or opens the old file
    try:
        export_to(store, fresh_db, key)
        step(4)
        atomic_write(fresh_slots, ks.encode_keyslots(slots))
        step(5)
    except BaseException:
        with contextlib.suppress(OSError):
            fresh_slots.unlink()
        remove_db_files(fresh_db)
        let_go(store)
        raise
    _swap(paths, session, fresh_db, fresh_slots)
    new_session = Session(Store.open(paths.db, key), paths)
    if progress is not None:
        progress(STEPS, STEPS)
    return DeepErased(new_session, code)


def _swap(paths: VaultPaths, session: Session, fresh_db: Path, fresh_slots: Path) -> None:
    """Put the fresh DB and keyslots in place; the DB's rename is the commit point."""
    # Closing checkpoints the WAL into the old file and removes it. A -wal left beside the
    # new DB would be replayed into it, so whatever remains of the old one goes first.
    session.lock()
    try:
        for leftover in ("-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                paths.db.with_name(paths.db.name + leftover).unlink()
        os.replace(fresh_db, paths.db)
    except OSError as e:
        # Not swapped: the old vault is whole (its session is locked; unlock it again).
        with contextlib.suppress(OSError):
            fresh_slots.unlink()
        remove_db_files(fresh_db)
        raise os_error(e) from e
    try:
        fsync_dir(paths.root)
        # Last: once these keyslots are in place, the old master key exists nowhere.
        os.replace(fresh_slots, paths.keyslots)
        fsync_dir(paths.root)
    except OSError as e:
        # The new DB is in place and the staged keyslots beside it: `finish_interrupted`
        # completes the swap at the next attempt.
        raise os_error(e) from e
