"""The bundle chain on import: keyed by (sender, bundle_id), with `prev` kept.

A co-recipient cannot take another sender's bundle id; the same sender's id on another
manifest is a compromise (`id-reuse`, or `bundle-fork` at the same seq); and a chain fork is
found whichever of the two bundles arrives first. Real replicas, real bundles, real files;
the CLI through a real vault.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from bundleforge import hash_of, manifest_of, reseal
from bundlekit import befriend, deliver, make_replica, seal, snapshot

from casebook.bundle import CompromiseAlert, compromise_alerts, inspect_bundle
from casebook.service import CaseService
from factory import make_case, make_service, open_vault, run_cli


def _titles(svc: CaseService) -> set[str]:
    return {c.title for c in svc.reading.list_cases()}


def _trio(tmp_path: Path) -> tuple[CaseService, CaseService, CaseService, Path]:
    """alice, bob and mallory, all peers of each other; a folder for bundles."""
    alice, bob, mallory = (make_replica(tmp_path / n) for n in ("alice", "bob", "mallory"))
    befriend(alice, bob)
    befriend(alice, mallory)
    befriend(mallory, bob)
    out = tmp_path / "out"
    out.mkdir()
    return alice, bob, mallory, out


@pytest.mark.parametrize("first", ["forged", "real"])
def test_a_co_recipient_cannot_take_a_bundle_id(tmp_path: Path, first: str) -> None:
    alice, bob, mallory, out = _trio(tmp_path)
    make_case(alice, title="дело Алисы")
    real = seal(alice, [bob, mallory], out).paths[0]
    stolen_id = inspect_bundle(
        mallory.session, real
    ).bundle_id  # mallory can read it: a co-recipient
    make_case(mallory, title="дело Мэллори")
    own = seal(mallory, [bob], out).paths[0]

    def take(doc: dict[str, Any]) -> None:
        doc["bundle_id"] = stolen_id.hex()

    forged = reseal(mallory, own, tmp_path / "forged.age", take)
    order = [forged, real] if first == "forged" else [real, forged]
    results = [deliver(bob, p) for p in order]
    assert [r.already_imported for r in results] == [False, False]
    assert all(r.ops_new > 0 for r in results)
    assert {"дело Алисы", "дело Мэллори"} <= _titles(bob)
    rows = bob.store.query("SELECT sender FROM bundles_in WHERE bundle_id = ?", (stolen_id,))
    assert sorted(bytes(r[0]) for r in rows) == sorted([alice.me, mallory.me])
    assert compromise_alerts(bob.session) == []
    # Each is still a replay of itself.
    assert deliver(bob, real).already_imported
    assert deliver(bob, forged).already_imported


def test_prev_is_kept_and_a_replay_is_a_no_op(tmp_path: Path) -> None:
    alice, bob, _, out = _trio(tmp_path)
    make_case(alice)
    first = seal(alice, [bob], out).paths[0]
    make_case(alice)
    second = seal(alice, [bob], out).paths[0]
    deliver(bob, first)
    deliver(bob, second)
    rows = bob.store.query("SELECT seq, prev, manifest_hash FROM bundles_in ORDER BY seq")
    assert [(r[0], r[1]) for r in rows] == [(1, None), (2, bytes(rows[0][2]))]
    assert bytes(rows[0][2]) == hash_of(alice, first)
    before = snapshot(bob)
    again = deliver(bob, second)
    assert again.already_imported
    assert snapshot(bob) == before


def test_the_same_id_at_the_same_seq_with_another_manifest_is_a_bundle_fork(
    tmp_path: Path,
) -> None:
    alice, bob, _, out = _trio(tmp_path)
    make_case(alice)
    real = seal(alice, [bob], out).paths[0]

    def later(doc: dict[str, Any]) -> None:
        doc["created"] += 1

    twin = reseal(alice, real, tmp_path / "twin.age", later)
    deliver(bob, real)
    before = snapshot(bob)
    with pytest.raises(CompromiseAlert) as e:
        deliver(bob, twin)
    assert (e.value.kind, e.value.party, e.value.seq) == ("bundle-fork", alice.me, 1)
    assert snapshot(bob) == before
    assert [(a.kind, a.seq) for a in compromise_alerts(bob.session)] == [("bundle-fork", 1)]


def test_the_same_id_on_another_bundle_of_the_sender_is_id_reuse(tmp_path: Path) -> None:
    alice, bob, _, out = _trio(tmp_path)
    make_case(alice, title="первое")
    first = seal(alice, [bob], out).paths[0]
    make_case(alice, title="второе")
    second = seal(alice, [bob], out).paths[0]
    first_id = manifest_of(alice, first)["bundle_id"]

    def reuse(doc: dict[str, Any]) -> None:
        doc["bundle_id"] = first_id

    forged = reseal(alice, second, tmp_path / "reuse.age", reuse)
    deliver(bob, first)
    before = snapshot(bob)
    with pytest.raises(CompromiseAlert) as e:
        deliver(bob, forged)
    assert (e.value.kind, e.value.party, e.value.seq) == ("id-reuse", alice.me, 2)
    assert snapshot(bob) == before
    (alert,) = compromise_alerts(bob.session)
    assert (alert.kind, alert.party, alert.sender, alert.seq) == ("id-reuse", alice.me, alice.me, 2)
    assert alert.details["bundle_id"] == first_id
    # The real second bundle, with its own id, still comes in.
    assert deliver(bob, second).ops_new > 0
    assert _titles(bob) == {"первое", "второе"}


def _forked_chain(tmp_path: Path) -> tuple[CaseService, CaseService, Path, Path, Path]:
    """alice seals bundles 1 and 2; her stolen keys seal another bundle 1 (a twin vault)."""
    alice, bob, _, out = _trio(tmp_path)
    twin = make_replica(tmp_path / "twin", identity=alice.session.identity)
    twin.peers.mark_verified(twin.peers.add(bob.peers.my_card().encode(), "bob"))
    make_case(alice, title="настоящее")
    first = seal(alice, [bob], out).paths[0]
    make_case(alice, title="продолжение")
    second = seal(alice, [bob], out).paths[0]
    make_case(twin, title="подделка")
    fake_first = seal(twin, [bob], out).paths[0]
    return alice, bob, first, second, fake_first


def test_a_chain_fork_is_found_when_the_later_bundle_came_first(tmp_path: Path) -> None:
    alice, bob, first, second, fake_first = _forked_chain(tmp_path)
    deliver(bob, second)
    before = snapshot(bob)
    with pytest.raises(CompromiseAlert) as e:
        deliver(bob, fake_first)
    assert (e.value.kind, e.value.party, e.value.seq) == ("chain-fork", alice.me, 1)
    assert snapshot(bob) == before
    assert "подделка" not in _titles(bob)
    assert not deliver(bob, first).already_imported  # the real bundle 1 chains with bundle 2
    assert [(a.kind, a.seq) for a in compromise_alerts(bob.session)] == [("chain-fork", 1)]


def test_a_chain_fork_is_found_when_the_earlier_bundle_came_first(tmp_path: Path) -> None:
    alice, bob, _, second, fake_first = _forked_chain(tmp_path)
    deliver(bob, fake_first)
    before = snapshot(bob)
    with pytest.raises(CompromiseAlert) as e:
        deliver(bob, second)
    assert (e.value.kind, e.value.party, e.value.seq) == ("chain-fork", alice.me, 2)
    assert snapshot(bob) == before


def test_cli_refuses_a_reused_id_with_exit_5(tmp_path: Path) -> None:
    """Through a real vault: exit 5, the kind, the vault unchanged, the alert kept."""
    root = tmp_path / "vault"
    bob = make_service(root)
    alice = make_replica(tmp_path / "alice")
    befriend(alice, bob)
    bob.lock()
    out = tmp_path / "out"
    out.mkdir()
    make_case(alice)
    first = seal(alice, [bob], out).paths[0]
    make_case(alice)
    second = seal(alice, [bob], out).paths[0]
    first_id = manifest_of(alice, first)["bundle_id"]
    forged = reseal(alice, second, tmp_path / "f.age", lambda d: d.update(bundle_id=first_id))
    assert run_cli(root, "import", str(first)).code == 0
    state = _vault_state(root)
    r = run_cli(root, "--json", "import", str(forged))
    assert r.code == 5, r.err
    doc = json.loads(r.out)
    assert (doc["status"], doc["kind"], doc["seq"]) == ("compromise", "id-reuse", 2)
    assert "COMPROMISE ALERT (id-reuse)" in r.err
    assert "two different bundles under one bundle id (bundle 2)" in r.err
    assert "Traceback" not in r.err
    assert _vault_state(root) == state
    listed = run_cli(root, "--json", "alerts")
    assert [a["kind"] for a in json.loads(listed.out)] == ["id-reuse"]


def _vault_state(root: Path) -> tuple[Any, ...]:
    svc = open_vault(root)
    try:
        rows = svc.store.query("SELECT sender, bundle_id, seq FROM bundles_in ORDER BY 1, 3")
        blobs = sorted(p.name for p in svc.paths.blobs.glob("*"))
        return (*snapshot(svc), tuple(map(tuple, rows)), tuple(blobs))
    finally:
        svc.lock()
