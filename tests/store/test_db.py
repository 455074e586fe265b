"""casebook.store.db: the pragmas are set, read back, and enforced by the self-test."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import sqlcipher3

from casebook.base.errors import DriveUnavailable, NotEnoughSpace, VaultCorrupt, WrongPassphrase
from casebook.store import db
from casebook.store.schema import FTS_TABLES
from casebook.store.store import Store
from factory import child_env, make_service, new_store

EXPECTED = {
    "temp_store": 2,
    "secure_delete": 1,
    "foreign_keys": 1,
    "trusted_schema": 0,
    "journal_mode": "wal",
    "synchronous": 2,
}


def _read_back(con: db.Connection) -> dict[str, object]:
    got: dict[str, object] = {
        name: con.execute(f"PRAGMA {name}").fetchone()[0] for name in EXPECTED
    }
    got["cipher_log_level"] = con.execute("PRAGMA cipher_log_level").fetchone()[0]
    got["fts secure-delete"] = con.execute(
        "SELECT v FROM fts_config WHERE k = 'secure-delete'"
    ).fetchone()[0]
    got["cipher_page_size"] = int(con.execute("PRAGMA cipher_page_size").fetchone()[0])
    return got


WANTED = {**EXPECTED, "cipher_log_level": "NONE", "fts secure-delete": 1, "cipher_page_size": 4096}


def test_pragmas_after_create_and_reopen(tmp_path: Path) -> None:
    path = tmp_path / "x.db"
    key = os.urandom(32)
    store = Store.open(path, key, create=True)
    assert _read_back(store.con) == WANTED
    assert store.con.execute("PRAGMA cipher_version").fetchone()[0]
    store.close()
    store = Store.open(path, key)
    assert _read_back(store.con) == WANTED
    store.close()


def test_pragmas_of_an_unlocked_vault(tmp_path: Path) -> None:
    svc = make_service(tmp_path / "v")
    assert _read_back(svc.store.con) == WANTED
    svc.lock()


BREAKERS = {
    "temp_store": ["PRAGMA temp_store = FILE"],
    "secure_delete": ["PRAGMA secure_delete = OFF"],
    "foreign_keys": ["PRAGMA foreign_keys = OFF"],
    "trusted_schema": ["PRAGMA trusted_schema = ON"],
    "journal_mode": ["PRAGMA journal_mode = DELETE"],
    "synchronous": ["PRAGMA synchronous = NORMAL"],
    "cipher_log_level": ["PRAGMA cipher_log_level = WARN"],
    "fts secure-delete": ["INSERT INTO fts(fts, rank) VALUES ('secure-delete', 0)"],
}
RESTORE = {
    "journal_mode": "PRAGMA journal_mode = WAL",
    "cipher_log_level": "PRAGMA cipher_log_level = NONE",
    "fts secure-delete": "INSERT INTO fts(fts, rank) VALUES ('secure-delete', 1)",
}


@pytest.mark.parametrize("name", sorted(BREAKERS))
def test_self_test_refuses_a_changed_pragma(name: str, tmp_path: Path) -> None:
    store = new_store(tmp_path / "x.db")
    db.self_test(store.con, FTS_TABLES)  # sound to begin with
    try:
        for stmt in BREAKERS[name]:
            store.con.execute(stmt).fetchall()
        with pytest.raises(VaultCorrupt, match="self-test"):
            db.self_test(store.con, FTS_TABLES)
    finally:
        if name in RESTORE:  # cipher_log_level is process-wide: put it back
            store.con.execute(RESTORE[name]).fetchall()
        store.close()


def test_a_plain_sqlite_file_is_refused(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "plain.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    with pytest.raises(VaultCorrupt):
        Store.open(path, os.urandom(32))


def test_open_refuses_missing_files_and_bad_keys(tmp_path: Path) -> None:
    with pytest.raises(VaultCorrupt):
        db.open_db(tmp_path / "missing.db", os.urandom(32))
    assert not (tmp_path / "missing.db").exists()
    with pytest.raises(ValueError, match="32 bytes"):
        db.open_db(tmp_path / "x.db", b"short", create=True)


def test_a_wrong_key_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "x.db"
    new_store(path).close()
    with pytest.raises(VaultCorrupt):
        Store.open(path, os.urandom(32))


def test_unknown_schema_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "x.db"
    key = os.urandom(32)
    store = Store.open(path, key, create=True)
    with store.transaction():
        store.con.execute("UPDATE meta SET v = 99 WHERE k = 'schema'")
    store.close()
    with pytest.raises(VaultCorrupt):
        Store.open(path, key)


@pytest.mark.parametrize(
    ("message", "verified", "expected"),
    [
        ("file is not a database", True, VaultCorrupt),
        ("file is not a database", False, WrongPassphrase),
        ("database disk image is malformed", True, VaultCorrupt),
        ("database or disk is full", True, NotEnoughSpace),
        ("disk I/O error", True, DriveUnavailable),
        ("unable to open database file", True, DriveUnavailable),
        ("no such table: cases", True, VaultCorrupt),
    ],
)
def test_translate(message: str, verified: bool, expected: type[Exception]) -> None:
    error = db.translate(sqlcipher3.DatabaseError(message), key_verified=verified)
    assert type(error) is expected
    assert "cases" not in str(error)  # never repeats SQL or query text


WRONG_KEY_CHILD = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    from casebook.store.store import Store
    from casebook.base.errors import CasebookError
    try:
        Store.open(Path(sys.argv[1]), os.urandom(32))
    except CasebookError as e:
        print(type(e).__name__)
    """
)

RAW_CHILD = textwrap.dedent(
    """
    import sys, sqlcipher3
    con = sqlcipher3.connect(sys.argv[1])
    con.execute("PRAGMA key = \\"x'" + "ab" * 32 + "'\\"")
    try:
        con.execute("SELECT count(*) FROM sqlite_master").fetchall()
    except sqlcipher3.Error as e:
        print(type(e).__name__)
    """
)


def test_sqlcipher_prints_nothing_on_a_wrong_key(tmp_path: Path) -> None:
    path = tmp_path / "x.db"
    new_store(path).close()
    # Control: SQLCipher left to itself does write to fd 2, so the capture below can see it.
    raw = subprocess.run(
        [sys.executable, "-c", RAW_CHILD, str(path)],
        capture_output=True,
        env=child_env(),
        check=True,
    )
    assert raw.stderr.strip(), "control: raw SQLCipher was expected to log the HMAC failure"
    ours = subprocess.run(
        [sys.executable, "-c", WRONG_KEY_CHILD, str(path)],
        capture_output=True,
        env=child_env(),
        check=True,
    )
    assert ours.stdout.decode().strip() == "VaultCorrupt"
    assert ours.stderr == b""
