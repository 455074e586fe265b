"""Opening SQLCipher the one safe way, and translating its errors.

Pragmas (DESIGN §2), set in this order and read back by `self_test` before any use:

    cipher_log_level = NONE      SQLCipher logs nothing to stderr
    key = "x'<64 hex>'"          a raw 256-bit key: no PBKDF2, and no plaintext header
    cipher_page_size = 4096      (see docs/storage.md for the measurement behind it)
    temp_store = MEMORY          FILE would write plaintext temp tables to /var/tmp
    secure_delete = ON           freed pages are zeroed
    foreign_keys = ON
    trusted_schema = OFF
    journal_mode = WAL           with synchronous = FULL: no acknowledged commit lost on power cut
    synchronous = FULL
    cache_size = -65536          64 MiB: decrypting pages is the slow part, so keep them

The FTS5 table is created with secure-delete=1; the self-test reads that back too.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, TypeAlias

import sqlcipher3

from casebook.base.errors import (
    CasebookError,
    DriveUnavailable,
    NotEnoughSpace,
    VaultCorrupt,
    WrongPassphrase,
)
from casebook.base.fsutil import os_error

__all__ = ["DB_ERRORS", "PRAGMAS", "Connection", "open_db", "self_test", "translate"]

Connection: TypeAlias = Any  # sqlcipher3 ships no type hints

CIPHER_PAGE_SIZE = 4096
PRAGMAS: tuple[tuple[str, str, object], ...] = (
    # (pragma, value to set, value read back)
    ("temp_store", "MEMORY", 2),
    ("secure_delete", "ON", 1),
    ("foreign_keys", "ON", 1),
    ("trusted_schema", "OFF", 0),
    ("journal_mode", "WAL", "wal"),
    ("synchronous", "FULL", 2),
)


# After a page fails its HMAC check, SQLCipher answers SQLITE_NOMEM on that connection, which
# sqlcipher3 raises as a bare MemoryError: it is caught with the driver's own errors.
DB_ERRORS: tuple[type[BaseException], ...] = (sqlcipher3.Error, MemoryError)


def translate(e: BaseException, *, key_verified: bool = True) -> CasebookError:
    """Map a sqlcipher3 exception to a casebook error. Never include SQL or query text."""
    if isinstance(e, MemoryError):
        return VaultCorrupt("database is damaged (a page failed its check)")
    text = str(e).lower()
    if "disk is full" in text or "database or disk is full" in text:
        return NotEnoughSpace("disk full")
    if "disk i/o error" in text or "unable to open" in text or "readonly" in text:
        return DriveUnavailable("storage I/O failed")
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        # The keyslot's MAC already proved the key right, so this is damage, not a wrong key.
        return VaultCorrupt("database is damaged") if key_verified else WrongPassphrase()
    return VaultCorrupt("database error")


def open_db(path: Path, key: bytes, *, create: bool = False) -> Connection:
    """Open (or create) the encrypted database with every pragma set and checked."""
    if len(key) != 32:
        raise ValueError("SQLCipher key must be 32 bytes")
    if not create and not path.exists():
        raise VaultCorrupt("vault.db is missing")
    if create:
        # Owner-only from the first byte; SQLite gives -wal and -shm the same mode.
        try:
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        except OSError as e:
            raise os_error(e) from e
    try:
        con: Connection = sqlcipher3.connect(
            str(path), isolation_level=None, check_same_thread=False
        )
    except DB_ERRORS as e:
        raise translate(e) from e
    try:
        con.execute("PRAGMA cipher_log_level = NONE")
        con.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        con.execute(f"PRAGMA cipher_page_size = {CIPHER_PAGE_SIZE}")
        # The first read decrypts page 1: a wrong key or a damaged header fails here.
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        for name, value, _ in PRAGMAS:
            con.execute(f"PRAGMA {name} = {value}").fetchall()
        con.execute("PRAGMA cache_size = -65536")
    except DB_ERRORS as e:
        con.close()
        raise translate(e) from e
    except BaseException:
        con.close()
        raise
    return con


def self_test(con: Connection, fts_tables: tuple[str, ...] = ()) -> None:
    """Refuse to run unless every safety pragma reads back as set (DESIGN §2)."""
    problems = []
    try:
        if not con.execute("PRAGMA cipher_version").fetchall():
            problems.append("not SQLCipher")
        level = con.execute("PRAGMA cipher_log_level").fetchone()
        if not level or str(level[0]).upper() != "NONE":
            problems.append("cipher_log_level")
        for name, _, expected in PRAGMAS:
            row = con.execute(f"PRAGMA {name}").fetchone()
            if row is None or row[0] != expected:
                problems.append(name)
        for table in fts_tables:
            row = con.execute(f"SELECT v FROM {table}_config WHERE k = 'secure-delete'").fetchone()
            if row is None or row[0] != 1:
                problems.append(f"{table} secure-delete")
    except DB_ERRORS as e:
        raise translate(e) from e
    if problems:
        raise VaultCorrupt("storage self-test failed: " + ", ".join(problems))
