"""Custody entries of a revoked colleague (docs/custody.md, "Revoked colleagues"): entries the
author announced in its own bundles up to the cut-off stay trusted; later ones that arrive
after the revocation (relayed by a trusted colleague) are kept, so the relayed chain still
holds together, but marked: "signed by a revoked key after its cut-off", in the chain, the
CLI, `verify` and the report's custody annex."""

from __future__ import annotations

import json
from pathlib import Path

from bundlekit import befriend, deliver, make_replica, peer, seal

from casebook.report.annex import Annex
from casebook.report.custody import custody_annex
from casebook.service import CaseService
from factory import make_case, make_service, run_cli

REVOKED = "signed by a revoked key after its cut-off"


class Team:
    """Carol takes in a file and seals it to Alice; Alice's bundle 1 to Bob (her own case
    only) announces her custody head, her receipt of the file. Bob revokes Alice after bundle
    1 (`after`; or wholly, None; or not yet, `revoke=False`). Then a thief with Alice's keys
    views the file and seals it to Dave, whom Bob trusts and who relays it to Bob."""

    def __init__(
        self,
        tmp_path: Path,
        *,
        after: int | None = 1,
        revoke: bool = True,
        bob: CaseService | None = None,
    ) -> None:
        self.root = tmp_path / "bob"
        self.alice, self.carol, self.dave = (
            make_replica(tmp_path / n) for n in ("alice", "carol", "dave")
        )
        self.bob = bob or make_service(self.root)
        befriend(self.carol, self.alice)
        befriend(self.alice, self.bob)
        befriend(self.alice, self.dave)
        befriend(self.dave, self.bob)
        out = tmp_path / "out"
        out.mkdir()
        self.case = make_case(self.carol)
        self.att = self.carol.attachments.attach_bytes(self.case, b"scan", name="a.jpg")
        self.item = self.carol.custody.item_of(self.att)
        deliver(self.alice, seal(self.carol, [self.alice], out).paths[0])
        own = make_case(self.alice)
        deliver(self.bob, seal(self.alice, [self.bob], out, case_ids=[own]).paths[0])
        if revoke:
            self.bob.peers.revoke(peer(self.bob, self.alice), after=after)
        self.alice.custody.viewed(self.att)
        deliver(self.dave, seal(self.alice, [self.dave], out).paths[0])
        self.got = deliver(self.bob, seal(self.dave, [self.bob], out).paths[0])


def test_entries_after_the_cut_off_are_kept_and_not_trusted(tmp_path: Path) -> None:
    t = Team(tmp_path)
    bob, a, c, d = t.bob, t.alice.me, t.carol.me, t.dave.me
    assert t.got.attachments_new == 1  # the relayed bundle is imported, not refused
    assert t.got.custody_revoked == 2
    assert t.got.to_json()["custody_revoked"] == 2
    chain = bob.custody.chain(t.item)
    assert not chain.ok
    assert chain.holds  # every signature and link holds: only trust is missing
    events = [(e.event, e.custodian.identity, e.status) for e in chain.entries]
    assert events == [
        ("intake", c, "ok"),
        ("seal", c, "ok"),
        ("receive", a, "ok"),  # announced in Alice's bundle 1, before the cut-off
        ("view", a, "revoked"),
        ("seal", a, "revoked"),
        ("receive", d, "ok"),
        ("seal", d, "ok"),
        ("receive", bob.me, "ok"),
    ]
    assert chain.revoked == tuple(e.entry_id for e in chain.entries[3:5])
    assert len(chain.problems) == 2
    assert all(REVOKED in p for p in chain.problems)
    check = bob.custody.verify(record=False)
    assert not check.ok
    assert sum(REVOKED in p for p in check.problems) == 2
    # The report's custody annex marks them.
    annex = Annex(1, t.att, t.item, "jpg", 4, "image/jpeg", None)
    (item,) = custody_annex(bob, [annex])["items"]
    assert item["ok"] is False
    assert item["revoked"] == 2
    assert [e["revoked"] for e in item["entries"]] == [False] * 3 + [True] * 2 + [False] * 3
    # A package still carries the chain: the signatures are evidence of what the key signed.
    assert bob.custody.package([t.item]).entries == 8
    bob.session.lock()
    r = run_cli(t.root, "custody", t.item.hex(), "--json")
    assert r.code == 5
    doc = json.loads(r.out)
    assert doc["ok"] is False
    assert [e["status"] for e in doc["entries"]][2:6] == ["ok", "revoked", "revoked", "ok"]
    assert len(doc["revoked"]) == 2
    assert all(REVOKED in p for p in doc["problems"])
    text = run_cli(t.root, "custody", t.item.hex())
    assert text.code == 5
    assert "NOT TRUSTED" in text.out
    assert text.out.count(f"[{REVOKED}]") == 2
    verify = run_cli(t.root, "custody", "verify", "--no-record")
    assert verify.code == 5
    assert REVOKED in verify.out


def test_entries_held_before_the_revocation_stay_trusted(tmp_path: Path) -> None:
    t = Team(tmp_path, revoke=False)
    t.bob.peers.revoke(peer(t.bob, t.alice), after=1)
    chain = t.bob.custody.chain(t.item)
    assert chain.ok, chain.problems
    assert t.bob.custody.verify(record=False).problems == ()


def test_a_revoked_peer_without_a_cut_off_is_trusted_for_nothing_new(tmp_path: Path) -> None:
    t = Team(tmp_path, after=None)
    chain = t.bob.custody.chain(t.item)
    statuses = [e.status for e in chain.entries]
    assert statuses == ["ok", "ok", "revoked", "revoked", "revoked", "ok", "ok", "ok"]
