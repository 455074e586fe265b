"""Custody across vaults: a bundle carries the custody entries of its attachments and the
sender's custody head; the receiver verifies and keeps them, and its `receive` entry continues
each item's chain from the sender's. A fork is a compromise alert (docs/custody.md)."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from bundlekit import DATA, befriend, deliver, fixed_identity, make_replica, seal, snapshot

from casebook.base.errors import CompromiseAlert, VaultBusy
from casebook.base.paths import VaultPaths
from casebook.bundle import compromise_alerts, import_bundle
from casebook.bundle.reader import open_bundle
from casebook.domain.custody import Entry, sign_entry
from casebook.service import CaseService
from casebook.store.store import Store
from casebook.vault.session import Session
from factory import make_case


def _three(tmp_path: Path) -> tuple[CaseService, CaseService, CaseService, Path]:
    out = tmp_path / "usb"
    out.mkdir()
    a = make_replica(tmp_path / "alice")
    b = make_replica(tmp_path / "bob")
    c = make_replica(tmp_path / "carol")
    befriend(a, b)
    befriend(b, c)
    return a, b, c, out


def _file(svc: CaseService, data: bytes = b"photo of the protocol") -> tuple[bytes, bytes, bytes]:
    case = make_case(svc)
    att = svc.attachments.attach_bytes(case, data, name="photo.jpg")
    return case, att, svc.custody.item_of(att)


def test_the_receivers_chain_continues_the_senders(tmp_path: Path) -> None:
    alice, bob, carol, out = _three(tmp_path)
    _case, att, item = _file(alice)
    alice.custody.viewed(att)
    sent = seal(alice, [bob], out / "a1.age")
    got = deliver(bob, sent.paths[0])
    assert got.attachments_new == 1

    b = open_bundle(sent.paths[0], bob.store.keys.x25519_secrets())
    try:
        head = b.manifest.custody_head
        assert b.manifest.custody is not None
        assert b.manifest.custody.count == 3
    finally:
        b.close()
    chain = bob.custody.chain(item)
    assert chain.ok, chain.problems
    assert [(e.event, e.custodian.is_me) for e in chain.entries] == [
        ("intake", False),
        ("view", False),
        ("seal", False),
        ("receive", True),
    ]
    seal_entry, receive = chain.entries[2], chain.entries[3]
    assert seal_entry.entry_id == head
    assert seal_entry.detail["bundle"] == sent.bundle_id.hex()
    assert sorted(seal_entry.detail["to"]) == sorted([alice.me.hex(), bob.me.hex()])
    assert receive.item_prev == seal_entry.entry_id
    assert receive.detail == {
        "bundle": sent.bundle_id.hex(),
        "from": alice.me.hex(),
        "sender_head": head.hex(),
        "sender_entry": seal_entry.entry_id.hex(),
    }
    alice_as_bob_sees = chain.custodians[0]
    assert alice_as_bob_sees.identity == alice.me
    assert alice_as_bob_sees.name == bob.peers.by_identity(alice.me).name
    assert [c.identity for c in chain.custodians] == [alice.me, bob.me]
    # Alice's own log has the seal too, and both logs verify.
    assert [e.event for e in alice.custody.chain(item).entries] == ["intake", "view", "seal"]
    assert alice.custody.verify(record=False).ok
    assert bob.custody.verify(record=False).ok

    # Bob relays it to Carol: her chain holds Alice's, Bob's and her receipt.
    bob.custody.viewed(bob.reading.children(bob.reading.list_cases()[0].id, "attachment")[0].id)
    relayed = seal(bob, [carol], out / "b1.age")
    deliver(carol, relayed.paths[0])
    chain = carol.custody.chain(item)
    assert chain.ok, chain.problems
    assert [e.event for e in chain.entries] == [
        "intake",
        "view",
        "seal",
        "receive",
        "view",
        "seal",
        "receive",
    ]
    assert [c.identity for c in chain.custodians] == [alice.me, bob.me, carol.me]
    assert chain.custodians[0].name is None  # Carol never added Alice: a key, no name


def test_a_second_bundle_continues_the_receivers_own_chain(tmp_path: Path) -> None:
    alice, bob, _carol, out = _three(tmp_path)
    _case, att, item = _file(alice)
    deliver(bob, seal(alice, [bob], out / "a1.age").paths[0])
    alice.custody.viewed(att)
    second = seal(alice, [bob], out / "a2.age", case_ids=[alice.reading.list_cases()[0].id])
    deliver(bob, second.paths[0])
    chain = bob.custody.chain(item)
    assert chain.ok, chain.problems
    assert [e.event for e in chain.entries] == ["intake", "seal", "receive", "receive"]
    assert chain.entries[3].detail["bundle"] == second.bundle_id.hex()
    assert chain.others == 2  # Alice's view and second seal: held, on her branch
    assert bob.custody.verify(record=False).ok


def test_a_bundle_without_custody_is_received_from_its_sender(tmp_path: Path) -> None:
    keys = json.loads((DATA / "keys.json").read_text())
    ident = {
        n: fixed_identity(
            bytes.fromhex(keys[n]["ed25519_seed"]),
            bytes.fromhex(keys[n]["x25519"]),
            keys["created_ms"],
        )
        for n in ("sender", "recipient")
    }
    from casebook.domain.peers import card_of

    r = make_replica(tmp_path / "r", ident["recipient"])
    r.peers.mark_verified(r.peers.add(card_of(ident["sender"]).encode(), "Sender"))
    import_bundle(r.session, DATA / "golden" / "v2-basic.age")
    (item,) = r.store.custody.items()
    (receive,) = r.custody.chain(item).entries
    assert receive.event == "receive"
    assert receive.item_prev is None
    assert receive.detail["sender_head"] is None
    assert receive.detail["sender_entry"] is None


def test_a_fork_in_custody_alone_is_a_custody_fork(tmp_path: Path) -> None:
    """Alice's bundle chain is sound, but an entry in it forks her custody log."""
    alice, bob, _carol, out = _three(tmp_path)
    _case, att, item = _file(alice)
    deliver(bob, seal(alice, [bob], out / "a1.age").paths[0])
    # Alice's keys sign a second entry 1 of her log, and it reaches Bob in her next bundle.
    rows = alice.store.custody.of_item(item)
    twin_root = sign_entry(
        Entry(alice.me, 1, None, item, None, 1, "intake", {"record": att.hex(), "size": 1}),
        alice.session.identity,
    )
    alice.store.con.execute("DELETE FROM custody")
    with alice.store.transaction():
        alice.store.custody.put(twin_root)
    forked = seal(alice, [bob], out / "a2.age", case_ids=[alice.reading.list_cases()[0].id])
    before = snapshot(bob)
    with pytest.raises(CompromiseAlert) as caught:
        deliver(bob, forked.paths[0])
    assert caught.value.kind == "custody-fork"
    assert snapshot(bob) == before
    (alert,) = compromise_alerts(bob.session)
    assert (alert.kind, alert.party, alert.sender) == ("custody-fork", alice.me, alice.me)
    assert rows  # Bob still holds the first history only
    assert bob.custody.chain(item).ok


def test_an_entry_of_mine_that_i_never_wrote_is_a_compromise(tmp_path: Path) -> None:
    alice, bob, _carol, out = _three(tmp_path)
    _case, _att, item = _file(alice)
    # A thief with Bob's keys writes "Bob's" entry into Alice's vault, which relays it.
    stolen = sign_entry(
        Entry(bob.me, 1, None, item, None, 1, "note_late", {"event": "receive", "when": 1}),
        bob.session.identity,
    )
    with alice.store.transaction():
        alice.store.custody.put(stolen)
    with pytest.raises(CompromiseAlert) as caught:
        deliver(bob, seal(alice, [bob], out / "a1.age").paths[0])
    assert caught.value.kind == "custody-fork"
    assert caught.value.party == bob.me


def test_a_custody_append_while_sealing_leaves_no_bundle(tmp_path: Path) -> None:
    """Another process appends to the custody log while a bundle is sealed: the seal entries,
    signed against the old head, would fork the log; the export gives up, leaving no file."""
    key = os.urandom(32)
    alice = make_replica(tmp_path / "alice", key=key)
    bob = make_replica(tmp_path / "bob")
    befriend(alice, bob)
    out = tmp_path / "usb"
    out.mkdir()
    _case, att, item = _file(alice)
    other_store = Store.open(alice.paths.root / "vault.db", key)
    other = CaseService(Session(other_store, VaultPaths(alice.paths.root)))
    done: list[bool] = []

    def meanwhile() -> bool:  # called while the bundle is read back, before it is recorded
        if not done:
            done.append(True)
            other.custody.viewed(att)
        return False

    with pytest.raises(VaultBusy):
        seal(alice, [bob], out / "x.age", cancel=meanwhile)
    assert done
    assert list(out.iterdir()) == []
    assert [e.event for e in alice.custody.chain(item).entries] == ["intake", "view"]
    other.lock()
    assert alice.custody.verify(record=False).ok
    assert alice.store.exchange.last_out() is None


def test_the_bundle_custody_member_holds_no_names(tmp_path: Path) -> None:
    alice, bob, _carol, out = _three(tmp_path)
    case = make_case(alice, title="Дело Секретова")
    src = tmp_path / "Секретов_папка"
    src.mkdir()
    f = src / "Секретов_протокол.pdf"
    f.write_bytes(b"%PDF secret")
    att = alice.attachments.attach(case, f)
    alice.custody.viewed(att)
    sent = seal(alice, [bob], out / "a1.age")
    from casebook.bundle.reader import iter_custody_lines, iter_disclosure_lines

    b = open_bundle(sent.paths[0], bob.store.keys.x25519_secrets())
    try:
        for _ in iter_disclosure_lines(b):
            pass
        got = list(iter_custody_lines(b))
    finally:
        b.close()
    assert len(got) == 3
    lines = b"\n".join(got)
    for needle in ("Секретов", "протокол", "Дело", str(tmp_path)):
        assert needle.encode() not in lines
    shutil.rmtree(src)


def test_the_corpus_setup_bundle_brings_its_custody(tmp_path: Path) -> None:
    """hostile/custody-setup.age, the control of the custody refusals, imports with its chain."""
    keys = json.loads((DATA / "keys.json").read_text())
    ident = {
        n: fixed_identity(
            bytes.fromhex(keys[n]["ed25519_seed"]),
            bytes.fromhex(keys[n]["x25519"]),
            keys["created_ms"],
        )
        for n in ("sender", "recipient")
    }
    from casebook.domain.peers import card_of

    r = make_replica(tmp_path / "r", ident["recipient"])
    r.peers.mark_verified(r.peers.add(card_of(ident["sender"]).encode(), "Sender"))
    import_bundle(r.session, DATA / "hostile" / "custody-setup.age")
    (item,) = r.store.custody.items()
    chain = r.custody.chain(item)
    assert chain.ok, chain.problems
    assert [e.event for e in chain.entries] == ["intake", "view", "seal", "receive"]
