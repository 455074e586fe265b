"""A colleague's erasure leaves a custody entry here: when an import purges a file this vault
held (its author's own erasure), or when the owner confirms a colleague's pending erasure, the
owner's `erase` entry ends the item's chain, in the same transaction (docs/custody.md)."""

from __future__ import annotations

import json
from pathlib import Path

from bundlekit import befriend, deliver, make_replica, seal

from casebook.service import CaseService
from factory import make_case, make_service, run_cli
from test_verify_package import _check, write_package

DATA = b"photo of the search protocol"


def _erase_entry(svc: CaseService, item: bytes) -> dict[str, object]:
    chain = svc.custody.chain(item)
    assert chain.ok, chain.problems
    last = chain.entries[-1]
    assert last.event == "erase"
    assert last.custodian.is_me
    return last.detail


def test_an_authors_erasure_on_import_ends_the_receivers_chain(tmp_path: Path) -> None:
    alice = make_replica(tmp_path / "alice")
    bob = make_service(tmp_path / "bob")  # a real vault: the CLI opens it below
    befriend(alice, bob)
    case = make_case(alice)
    att = alice.attachments.attach_bytes(case, DATA, name="протокол.jpg")
    item = alice.custody.item_of(att)
    deliver(bob, seal(alice, [bob], tmp_path / "1").paths[0])
    assert bob.store.contents.has(item)
    info = alice.erasure.erase(att, reason="safety")
    got = deliver(bob, seal(alice, [bob], tmp_path / "2").paths[0])
    assert got.erasures == 1
    assert not bob.store.contents.has(item)
    detail = _erase_entry(bob, item)
    assert detail == {
        "record": att.hex(),
        "op": info.redact_id.hex(),
        "reason": "safety",
        "by": alice.me.hex(),
    }
    events = [e.event for e in bob.custody.chain(item).entries]
    assert events == ["intake", "seal", "receive", "erase"]
    # Alice's own entry says who erased, too.
    assert _erase_entry(alice, item)["by"] == alice.me.hex()
    assert bob.custody.verify(record=False).problems == ()
    bob.session.lock()
    r = run_cli(tmp_path / "bob", "custody", item.hex(), "--json")
    assert r.code == 0, r.err
    doc = json.loads(r.out)
    assert doc["ok"] is True
    assert doc["entries"][-1]["event"] == "erase"
    assert doc["entries"][-1]["detail"]["by"] == alice.me.hex()
    assert doc["entries"][-1]["author"]["me"] is True
    text = run_cli(tmp_path / "bob", "custody", item.hex())
    assert text.code == 0
    assert "erasure by" in text.out


def test_an_erase_entry_on_a_chain_still_verifies_in_a_package(tmp_path: Path) -> None:
    """Bob holds the same bytes under a second record: one record is erased, the file stays,
    and the package of a later report carries the erase entry and verifies without casebook."""
    alice, bob = make_replica(tmp_path / "alice"), make_replica(tmp_path / "bob")
    befriend(alice, bob)
    case = make_case(alice)
    first = alice.attachments.attach_bytes(case, DATA, name="a.jpg")
    second = alice.attachments.attach_bytes(make_case(alice), DATA, name="b.jpg")
    item = alice.custody.item_of(first)
    deliver(bob, seal(alice, [bob], tmp_path / "1").paths[0])
    alice.erasure.erase(first, reason="mistake")
    deliver(bob, seal(alice, [bob], tmp_path / "2").paths[0])
    assert bob.store.contents.has(item)  # the second record still names it
    chain = bob.custody.chain(item)
    assert chain.ok, chain.problems
    mine = [e for e in chain.entries if e.event == "erase" and e.custodian.is_me]
    assert [e.detail["record"] for e in mine] == [first.hex()]
    folder = tmp_path / "package"
    write_package(bob, [second], folder)
    lines = [json.loads(x) for x in (folder / "custody.jsonl").read_text().splitlines()]
    assert "erase" in [x["entry"]["event"] for x in lines]
    done = _check(folder)
    assert done.returncode == 0, done.stdout + done.stderr


def test_a_confirmed_colleagues_erasure_ends_the_chain(tmp_path: Path) -> None:
    alice, bob, carol = (make_replica(tmp_path / n) for n in ("alice", "bob", "carol"))
    befriend(alice, bob)
    befriend(alice, carol)
    befriend(carol, bob)
    case = make_case(alice)
    att = alice.attachments.attach_bytes(case, DATA, name="протокол.pdf")
    item = alice.custody.item_of(att)
    deliver(bob, seal(alice, [bob], tmp_path / "1").paths[0])
    deliver(carol, seal(alice, [carol], tmp_path / "2").paths[0])
    info = carol.erasure.erase(att, reason="consent_withdrawn")
    deliver(bob, seal(carol, [bob], tmp_path / "3").paths[0])
    # Carol's erasure of Alice's file only hides it here: no entry until Bob confirms.
    assert bob.store.contents.has(item)
    assert [e.event for e in bob.custody.chain(item).entries][-1] == "receive"
    bob.erasure.confirm(info.redact_id)
    assert not bob.store.contents.has(item)
    assert _erase_entry(bob, item) == {
        "record": att.hex(),
        "op": info.redact_id.hex(),
        "reason": "consent_withdrawn",
        "by": carol.me.hex(),
    }
    assert bob.custody.verify(record=False).problems == ()


def test_a_file_taken_in_before_the_log_gets_a_late_root_before_its_erase(
    tmp_path: Path,
) -> None:
    alice, bob = make_replica(tmp_path / "alice"), make_replica(tmp_path / "bob")
    befriend(alice, bob)
    att = alice.attachments.attach_bytes(make_case(alice), DATA, name="a.jpg")
    item = alice.custody.item_of(att)
    deliver(bob, seal(alice, [bob], tmp_path / "1").paths[0])
    # As if Bob's copy came before custody existed: his log holds nothing of the item.
    bob.store.con.execute("DELETE FROM custody")
    alice.erasure.erase(att, reason="safety")
    got = deliver(bob, seal(alice, [bob], tmp_path / "2").paths[0])
    assert got.erasures == 1
    chain = bob.custody.chain(item)
    assert chain.ok, chain.problems
    assert [e.event for e in chain.entries] == ["note_late", "erase"]
    assert chain.entries[0].detail["event"] == "receive"
    assert chain.entries[0].detail["from"] == alice.me.hex()
