"""Compromise alerts live in their own table, survive the import's rollback, and can be
acknowledged (API and CLI). Real replicas and bundles; the CLI through a real vault."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from bundleforge import open_plain
from bundlekit import befriend, deliver, make_replica, seal, snapshot

from casebook.base.errors import InputRejected
from casebook.bundle import CompromiseAlert, acknowledge_alert, compromise_alerts
from casebook.bundle.manifest import manifest_hash
from casebook.service import CaseService
from factory import make_case, make_service, run_cli


def _forked(tmp_path: Path, b: CaseService | None = None) -> tuple[CaseService, CaseService, Path]:
    """a's keys sign two bundles numbered 1; b imports the first. Returns (a, b, the second)."""
    a = make_replica(tmp_path / "a")
    b = b or make_replica(tmp_path / "b")
    befriend(a, b)
    out = tmp_path / "out"
    out.mkdir()
    make_case(a)
    deliver(b, seal(a, [b], out).paths[0])
    with a.store.transaction():  # as if a's keys signed a second history
        a.store.con.execute("DELETE FROM bundles_out")
    make_case(a)
    return a, b, seal(a, [b], out).paths[0]


def test_an_alert_is_a_typed_row_in_the_alerts_table(tmp_path: Path) -> None:
    a, b, forked = _forked(tmp_path)
    with pytest.raises(CompromiseAlert):
        deliver(b, forked)
    (alert,) = compromise_alerts(b.session)
    assert (alert.kind, alert.party, alert.seq, alert.sender) == ("bundle-fork", a.me, 1, a.me)
    assert alert.id > 0
    assert alert.created_ms > 0
    assert not alert.acknowledged
    assert alert.detail == "two different bundles with one number"
    assert alert.details["bundle_seq"] == 1
    assert len(alert.details["bundle_id"]) == 32
    assert alert.to_json()["acknowledged"] is False
    assert b.store.query("SELECT count(*) FROM alerts")[0][0] == 1
    assert b.store.query("SELECT count(*) FROM meta WHERE k LIKE 'alert/%'")[0][0] == 0


def test_an_alert_found_mid_transaction_is_kept_after_the_rollback(tmp_path: Path) -> None:
    """An op fork shows only while the ops are applied: the transaction rolls back, the alert
    is written after it, and nothing else of the bundle stays."""
    a, b = make_replica(tmp_path / "a"), make_replica(tmp_path / "b")
    twin = make_replica(tmp_path / "twin", identity=a.session.identity)  # a's keys, stolen
    relay = make_replica(tmp_path / "relay")
    befriend(a, b)
    befriend(twin, relay)
    befriend(relay, b)
    out = tmp_path / "out"
    out.mkdir()
    make_case(a, title="настоящее")
    make_case(twin, title="подделка")
    make_case(relay, title="своё")
    deliver(b, seal(a, [b], out).paths[0])
    deliver(relay, seal(twin, [relay], out).paths[0])
    bundle = seal(relay, [b], out).paths[0]
    before = snapshot(b)
    with pytest.raises(CompromiseAlert):
        deliver(b, bundle)
    assert snapshot(b) == before
    (alert,) = compromise_alerts(b.session)
    assert (alert.kind, alert.party, alert.seq, alert.sender) == ("op-fork", a.me, 1, relay.me)
    assert alert.details["bundle_seq"] == 1


def test_acknowledging_an_alert(tmp_path: Path) -> None:
    a, b, forked = _forked(tmp_path)
    with pytest.raises(CompromiseAlert):
        deliver(b, forked)
    (alert,) = compromise_alerts(b.session)
    seen = acknowledge_alert(b.session, alert.id)
    assert seen.acknowledged
    assert seen.created_ms == alert.created_ms
    assert compromise_alerts(b.session, unacknowledged=True) == []
    assert [x.acknowledged for x in compromise_alerts(b.session)] == [True]
    # The same evidence again keeps the one alert, still acknowledged.
    with pytest.raises(CompromiseAlert):
        deliver(b, forked)
    assert compromise_alerts(b.session) == [seen]
    with pytest.raises(InputRejected):
        acknowledge_alert(b.session, alert.id + 1000)


def test_alert_details_name_the_refused_bundle(tmp_path: Path) -> None:
    a, b, forked = _forked(tmp_path)
    with pytest.raises(CompromiseAlert):
        deliver(b, forked)
    manifest = open_plain(a, forked)["casebook/manifest.json"]
    (alert,) = compromise_alerts(b.session)
    assert alert.details["manifest_hash"] == manifest_hash(manifest).hex()
    assert alert.details["bundle_id"] == json.loads(manifest)["bundle_id"]


def test_cli_lists_and_acknowledges_alerts(tmp_path: Path) -> None:
    root = tmp_path / "vault"
    b = make_service(root)
    _, b, forked = _forked(tmp_path, b)
    b.lock()
    r = run_cli(root, "alerts")
    assert (r.code, r.out) == (0, "")
    assert "No compromise alerts." in r.err
    assert run_cli(root, "import", str(forked)).code == 5
    listed = run_cli(root, "--json", "alerts")
    assert listed.code == 0, listed.err
    (doc,) = json.loads(listed.out)
    assert (doc["kind"], doc["seq"], doc["acknowledged"]) == ("bundle-fork", 1, False)
    human = run_cli(root, "alerts")
    assert "NEW" in human.out
    assert "bundle-fork" in human.out
    acked = run_cli(root, "alerts", "ack", str(doc["id"]))
    assert acked.code == 0, acked.err
    assert f"Alert {doc['id']} marked as seen" in acked.err
    assert json.loads(run_cli(root, "--json", "alerts", "--new").out) == []
    assert json.loads(run_cli(root, "--json", "alerts").out)[0]["acknowledged"] is True
    missing = run_cli(root, "alerts", "ack", "999")
    assert missing.code == 5
    assert "no compromise alert has this id" in missing.err
