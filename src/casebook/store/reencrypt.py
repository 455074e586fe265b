"""Copy the whole encrypted DB into a fresh file under another key (deep erase, PROTECTION §1).

    ATTACH DATABASE <path> AS fresh KEY "x'<new key>'"    a new, empty SQLCipher file
    PRAGMA fresh.cipher_page_size = 4096                  as `db.open_db` sets it
    SELECT sqlcipher_export('fresh')                      schema, rows, FTS shadow tables
    DETACH DATABASE fresh
    Store.open(path, new key).close()                     pragmas and self-test, WAL truncated

`sqlcipher_export` writes every table afresh: the new file holds no free page and no page the
old key ever encrypted. The FTS5 index is copied through its shadow tables, its `secure-delete`
setting included (the self-test reads it back). The caller owns the file: it is removed here
only when the export itself fails.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from casebook.base.errors import InputRejected
from casebook.base.fsutil import os_error
from casebook.store import db
from casebook.store.store import Store

__all__ = ["export_to", "hold_alone", "let_go", "remove_db_files"]

_SCHEMA = "fresh"
_WAIT_MS = 2000  # how long to wait for another connection's write to end before refusing


def hold_alone(store: Store) -> None:
    """Hold the DB for this connection alone until `let_go` or `close`; refuse with
    `InputRejected` when another connection (another window, a CLI command) has it open.

    A copy of the DB is only whole if nobody writes between the copy and the swap, and a
    connection left open on the old file would go on writing into a file about to be dropped.
    In WAL mode, taking the EXCLUSIVE locking mode fails while any other connection is open.
    """
    con = store.con
    try:
        (previous,) = con.execute("PRAGMA busy_timeout").fetchone()
        con.execute(f"PRAGMA busy_timeout = {_WAIT_MS}")
        try:
            con.execute("PRAGMA locking_mode = EXCLUSIVE").fetchall()
            con.execute("BEGIN EXCLUSIVE")
            con.execute("COMMIT")  # the lock stays: that is what EXCLUSIVE locking mode does
        finally:
            con.execute(f"PRAGMA busy_timeout = {int(previous)}")
    except db.DB_ERRORS as e:
        with contextlib.suppress(*db.DB_ERRORS):
            con.execute("ROLLBACK")  # BEGIN may have worked and COMMIT not
        let_go(store)
        if "locked" in str(e).lower() or "busy" in str(e).lower():
            raise InputRejected(
                "the vault is open in another window or command: close it, then try again"
            ) from e
        raise db.translate(e) from e


def let_go(store: Store) -> None:
    """Back to normal locking: other connections may open the DB again."""
    with contextlib.suppress(*db.DB_ERRORS):
        store.con.execute("PRAGMA locking_mode = NORMAL").fetchall()
        # The lock is released at the next access, so make one.
        store.con.execute("SELECT count(*) FROM sqlite_master").fetchone()


def export_to(store: Store, path: Path, key: bytes) -> None:
    """Write the whole DB of `store` into a new file `path`, encrypted under `key`, durably.

    The copy is opened with the store's own checks before this returns. Raises `InputRejected`
    when `path` exists, and the store's errors (`NotEnoughSpace`, …) when the copy fails.
    """
    if len(key) != 32:
        raise ValueError("SQLCipher key must be 32 bytes")
    if path.exists():
        raise InputRejected("the export's file exists already")
    try:
        # Owner-only from the first byte, as `db.open_db` creates a vault.
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except OSError as e:
        raise os_error(e) from e
    try:
        _export(store.con, path, key)
        # The copy must pass what every open of a vault passes (pragmas, FTS secure-delete);
        # closing it checkpoints and removes its WAL.
        Store.open(path, key).close()
        _fsync(path)
    except BaseException:
        remove_db_files(path)
        raise


def _export(con: db.Connection, path: Path, key: bytes) -> None:
    try:
        con.execute(f"ATTACH DATABASE ? AS {_SCHEMA} KEY ?", (str(path), f"x'{key.hex()}'"))
    except db.DB_ERRORS as e:
        raise db.translate(e) from e
    try:
        # Set before the first page is written, like `open_db` does on the main schema.
        con.execute(f"PRAGMA {_SCHEMA}.cipher_page_size = {db.CIPHER_PAGE_SIZE}")
        con.execute(f"SELECT sqlcipher_export('{_SCHEMA}')").fetchall()
    except db.DB_ERRORS as e:
        raise db.translate(e) from e
    finally:
        with contextlib.suppress(*db.DB_ERRORS):
            con.execute(f"DETACH DATABASE {_SCHEMA}")


def _fsync(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as e:
        raise os_error(e) from e


def remove_db_files(path: Path) -> None:
    """Remove a DB file and whatever SQLite keeps beside it (journal, WAL, shared memory)."""
    for leftover in (path, *(path.with_name(path.name + s) for s in ("-journal", "-wal", "-shm"))):
        with contextlib.suppress(OSError):
            leftover.unlink()
