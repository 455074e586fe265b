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

Faults (docs/storage.md "Faults"), as measured with SQLCipher 4.12 / SQLite 3.51:

    busy        another process holds the write lock: SQLite waits `BUSY_TIMEOUT_MS`, then says
                "database is locked" → `VaultBusy` (never damage)
    full disk   the first read of a WAL vault sizes the -shm file to 32 KiB; with no space left
                that fails as a bare "disk I/O error". `open_db` then opens in EXCLUSIVE locking
                mode, whose WAL index lives in memory: reads work, a write fails with "database
                or disk is full" → `NotEnoughSpace`, and works once space is freed
    read-only   no -shm can be created: "unable to open database file". On read-only media the
                vault opens with `mode=ro` (when -wal and -shm exist, SQLite reads the WAL with a
                private index) or `mode=ro&immutable=1` (no WAL to read), `query_only` set; a
                write is refused with `VaultReadOnly`; journal_mode is not applicable
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
    VaultBusy,
    VaultCorrupt,
    VaultReadOnly,
    WrongPassphrase,
)
from casebook.base.fsutil import os_error

__all__ = [
    "BUSY_TIMEOUT_MS",
    "DB_ERRORS",
    "PRAGMAS",
    "Connection",
    "open_db",
    "read_only_media",
    "self_test",
    "short_of_space",
    "translate",
]

Connection: TypeAlias = Any  # sqlcipher3 ships no type hints

CIPHER_PAGE_SIZE = 4096
# How long a write waits for another process's write (an import holds the lock for its whole
# payload): short waits just work, a long one ends in `VaultBusy`.
BUSY_TIMEOUT_MS = 5000
# Below this, an I/O error on the vault's drive is taken for a full disk, not a lost drive.
LOW_SPACE = 1024 * 1024
WAL_HEADER = 32  # a -wal file no longer than its header holds no transaction
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


def short_of_space(folder: Path) -> bool:
    """True when the drive holding `folder` has (almost) no space or no inode left."""
    try:
        st = os.statvfs(folder)
    except OSError:
        return False
    no_inodes = st.f_files > 0 and st.f_favail == 0
    return st.f_bavail * st.f_frsize < LOW_SPACE or no_inodes


def read_only_media(folder: Path) -> bool:
    """True when nothing can be written in `folder` (write-protected or read-only mount)."""
    try:
        if os.statvfs(folder).f_flag & os.ST_RDONLY:
            return True
    except OSError:
        return False
    return not os.access(folder, os.W_OK)


def translate(
    e: BaseException, *, key_verified: bool = True, folder: Path | None = None
) -> CasebookError:
    """Map a sqlcipher3 exception to a casebook error. Never include SQL or query text.

    sqlcipher3 gives neither the extended result code nor the errno, so an I/O error is told
    apart by the drive: with `folder` (the vault's) short of space, it is a full disk.
    """
    if isinstance(e, MemoryError):
        return VaultCorrupt("database is damaged (a page failed its check)")
    text = str(e).lower()
    if "locked" in text or "busy" in text:
        # SQLITE_BUSY after the busy timeout: another process writes. Never damage.
        return VaultBusy("another connection holds the vault's write lock")
    if "disk is full" in text or "database or disk is full" in text:
        return NotEnoughSpace("disk full")
    if "readonly" in text or "read-only" in text:
        return VaultReadOnly("the vault cannot be written here")
    if "disk i/o error" in text or "unable to open" in text:
        if folder is not None and short_of_space(folder):
            return NotEnoughSpace("disk full (I/O error with no space left)")
        return DriveUnavailable("storage I/O failed")
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        # The keyslot's MAC already proved the key right, so this is damage, not a wrong key.
        return VaultCorrupt("database is damaged") if key_verified else WrongPassphrase()
    return VaultCorrupt("database error")


def open_db(path: Path, key: bytes, *, create: bool = False) -> Connection:
    """Open (or create) the encrypted database with every pragma set and checked.

    On read-only media it opens read-only (`PRAGMA query_only` reads 1); on a full disk, in
    EXCLUSIVE locking mode (see the module docstring).
    """
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
    folder = path.parent
    if not create and read_only_media(folder):
        return _open(_read_only_uri(path), key, read_only=True, folder=folder)
    if not create and not os.access(path, os.W_OK):
        # A write-protected file in a writable folder: SQLite can still make its -shm file.
        uri = path.absolute().as_uri() + "?mode=ro"
        return _open(uri, key, read_only=True, folder=folder)
    try:
        return _open(str(path), key, read_only=False, folder=folder)
    except NotEnoughSpace:
        if create:
            raise
    # No room for the -shm file: an EXCLUSIVE connection keeps its WAL index in memory.
    return _open(str(path), key, read_only=False, folder=folder, exclusive=True)


def _read_only_uri(path: Path) -> str:
    """`mode=ro`, reading the WAL when SQLite can; `immutable=1` when there is none to read."""
    uri = path.absolute().as_uri()
    wal, shm = (path.with_name(path.name + s) for s in ("-wal", "-shm"))
    try:
        wal_size = wal.stat().st_size if wal.exists() else 0
        has_shm = shm.exists()
    except OSError as e:
        raise os_error(e) from e
    if wal_size <= WAL_HEADER:
        # Nothing committed waits in a WAL: the file alone is the vault, and nobody can change
        # it on this medium. Without immutable, SQLite would need to create the -shm file.
        return uri + "?mode=ro&immutable=1"
    if has_shm:
        return uri + "?mode=ro"  # SQLite ≥ 3.22 reads the WAL with a private index
    # The latest changes are in a WAL that cannot be read without a -shm file, which cannot be
    # created here; `immutable` would show an older state, perhaps a half-checkpointed one.
    raise VaultReadOnly("the vault's latest changes cannot be read on read-only media")


def _open(
    target: str, key: bytes, *, read_only: bool, folder: Path, exclusive: bool = False
) -> Connection:
    try:
        con: Connection = sqlcipher3.connect(
            target,
            uri=read_only,
            isolation_level=None,
            check_same_thread=False,
            timeout=BUSY_TIMEOUT_MS / 1000,
        )
    except DB_ERRORS as e:
        raise translate(e, folder=folder) from e
    try:
        con.execute("PRAGMA cipher_log_level = NONE")
        con.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        con.execute(f"PRAGMA cipher_page_size = {CIPHER_PAGE_SIZE}")
        if exclusive:
            con.execute("PRAGMA locking_mode = EXCLUSIVE").fetchall()
        # The first read decrypts page 1: a wrong key or a damaged header fails here.
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        for name, value, _ in PRAGMAS:
            if read_only and name == "journal_mode":
                continue  # setting it writes the header; nothing is journalled read-only
            con.execute(f"PRAGMA {name} = {value}").fetchall()
        con.execute("PRAGMA cache_size = -65536")
        if read_only:
            con.execute("PRAGMA query_only = ON")
    except DB_ERRORS as e:
        con.close()
        raise translate(e, folder=folder) from e
    except BaseException:
        con.close()
        raise
    return con


def self_test(con: Connection, fts_tables: tuple[str, ...] = ()) -> tuple[str, ...]:
    """Refuse to run unless every safety pragma reads back as set (DESIGN §2).

    Returns the pragmas that do not apply: on a read-only connection (`query_only`), nothing is
    written, so `journal_mode` is whatever the medium allows (WAL, or none when immutable).
    """
    problems = []
    not_applicable: list[str] = []
    try:
        read_only = con.execute("PRAGMA query_only").fetchone()[0] == 1
        if not con.execute("PRAGMA cipher_version").fetchall():
            problems.append("not SQLCipher")
        level = con.execute("PRAGMA cipher_log_level").fetchone()
        if not level or str(level[0]).upper() != "NONE":
            problems.append("cipher_log_level")
        for name, _, expected in PRAGMAS:
            row = con.execute(f"PRAGMA {name}").fetchone()
            if read_only and name == "journal_mode":
                if row is None or row[0] != expected:
                    not_applicable.append(name)
            elif row is None or row[0] != expected:
                problems.append(name)
        for table in fts_tables:
            row = con.execute(f"SELECT v FROM {table}_config WHERE k = 'secure-delete'").fetchone()
            if row is None or row[0] != 1:
                problems.append(f"{table} secure-delete")
    except DB_ERRORS as e:
        raise translate(e) from e
    if problems:
        raise VaultCorrupt("storage self-test failed: " + ", ".join(problems))
    return tuple(not_applicable)
