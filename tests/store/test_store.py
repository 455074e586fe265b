"""casebook.store.store: applying signed ops, forks, transactions, identity."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from casebook.base.errors import AuthenticationFailed, ForkDetected, VaultCorrupt
from casebook.crypto.keys import Identity
from casebook.domain.fold import fold
from casebook.store.store import Store
from factory import Author, apply_all, new_store

CASE = bytes.fromhex("0c" * 16)


def test_apply_is_idempotent(tmp_path: Path) -> None:
    store = new_store(tmp_path / "s.db")
    a = Author()
    create = a.op("case", CASE, "create", "", {})
    title = a.op("case", CASE, "set", "title", "Дело", deps=[])
    with store.transaction():
        assert store.apply(create)
        assert store.apply(title)
        assert not store.apply(title)
    with store.transaction():
        assert not store.apply(create)
    assert store.query("SELECT count(*) FROM ops")[0][0] == 2
    assert store.author_head(a.public) == (2, title.op_id)
    assert store.max_hlc() == title.op.hlc
    assert store.state_hash() == fold([create, title]).state_hash()
    store.close()


def test_a_fork_is_detected_and_nothing_is_applied(tmp_path: Path) -> None:
    store = new_store(tmp_path / "s.db")
    a = Author()
    create = a.op("case", CASE, "create", "", {})
    title = a.op("case", CASE, "set", "title", "Дело", deps=[])
    apply_all(store, [create, title])
    # The same author signs a different op at seq 2: proof that the key is compromised.
    a.seq, a.prev = 1, create.op_id
    forked = a.op("case", CASE, "set", "title", "Подменённое", deps=[])
    assert forked.op.seq == title.op.seq
    assert forked.op_id != title.op_id
    other = Author().op("case", CASE, "set", "summary", "x", deps=[])
    with pytest.raises(ForkDetected):
        apply_all(store, [other, forked])
    # The whole transaction was rolled back, including the innocent op before the fork.
    assert not store.has_op(forked.op_id)
    assert not store.has_op(other.op_id)
    assert store.query("SELECT title FROM cases")[0][0] == "Дело"
    store.close()


def test_a_failed_transaction_leaves_nothing(tmp_path: Path) -> None:
    store = new_store(tmp_path / "s.db")
    a = Author()
    create = a.op("case", CASE, "create", "", {})

    class Boom(Exception):
        pass

    def apply_then_fail() -> None:
        with store.transaction():
            store.apply(create)
            raise Boom

    with pytest.raises(Boom):
        apply_then_fail()
    assert store.query("SELECT count(*) FROM ops")[0][0] == 0
    assert store.query("SELECT count(*) FROM cases")[0][0] == 0
    apply_all(store, [create])
    assert store.has_op(create.op_id)
    store.close()


def test_commits_are_durable_across_reopen(tmp_path: Path) -> None:
    key = os.urandom(32)
    path = tmp_path / "s.db"
    store = Store.open(path, key, create=True)
    a = Author()
    ops = [a.op("case", CASE, "create", "", {})]
    ops.append(a.op("case", CASE, "set", "title", "Дело", deps=[]))
    apply_all(store, ops, batch=1)
    expected = store.state_hash()
    store.close()
    assert not path.with_name("s.db-wal").exists() or path.with_name("s.db-wal").stat().st_size == 0
    store = Store.open(path, key)
    assert store.state_hash() == expected
    store.close()


def test_identity_round_trip_and_tamper(tmp_path: Path) -> None:
    store = new_store(tmp_path / "s.db")
    ident = Identity.generate(1_700_000_000_000)
    with store.transaction():
        store.keys.save_identity(ident)
    assert store.keys.load_identity() == ident
    other = Identity.generate(1)
    with store.transaction():
        store.con.execute("UPDATE enc_keys SET cert_sig = ?", (other.cert.signature,))
    with pytest.raises(AuthenticationFailed):
        store.keys.load_identity()
    store.close()


def test_missing_identity_is_corruption(tmp_path: Path) -> None:
    store = new_store(tmp_path / "s.db")
    with pytest.raises(VaultCorrupt):
        store.keys.load_identity()
    store.close()
