"""Ops of a revoked author relayed by a trusted peer: those past the author's cut-off are
skipped, the rest of the bundle is applied (docs/bundle-format.md §10a).

The cut-off is on the revoked peer's bundle chain; the op bound is the highest `acks[author]`
(its own ops) in its bundles up to the cut-off that this vault imported. Real replicas, real
bundles, real files; the CLI through a real vault.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from bundlekit import befriend, deliver, make_replica, op_count, peer, seal

from casebook.base.errors import BundleRejected, RejectReason
from casebook.service import CaseService
from factory import make_case, make_service, open_vault, run_cli


def _titles(svc: CaseService) -> set[str]:
    return {c.title for c in svc.reading.list_cases()}


def _head(svc: CaseService, author: bytes) -> int:
    rows = svc.store.query("SELECT coalesce(max(seq), 0) FROM ops WHERE author = ?", (author,))
    return int(rows[0][0])


def _blobs(svc: CaseService) -> list[str]:
    return sorted(p.name for p in svc.paths.blobs.glob("*")) if svc.paths.blobs.exists() else []


class Net:
    """r (to be revoked), t (trusted, relays) and b (imports), all peers of each other."""

    def __init__(self, tmp_path: Path, b: CaseService | None = None) -> None:
        self.r = make_replica(tmp_path / "r")
        self.t = make_replica(tmp_path / "t")
        self.b = b or make_replica(tmp_path / "b")
        befriend(self.r, self.t)
        befriend(self.r, self.b)
        befriend(self.t, self.b)
        self.out = tmp_path / "out"
        self.out.mkdir()

    def send(self, src: CaseService, *dst: CaseService) -> Path:
        """Seal from src to dst and import it into each of them."""
        path = seal(src, list(dst), self.out).paths[0]
        for d in dst:
            deliver(d, path)
        return path

    def revoke(self, after: int | None) -> None:
        self.b.peers.revoke(peer(self.b, self.r), after)


def test_relayed_ops_after_the_cut_off_are_skipped(tmp_path: Path) -> None:
    n = Net(tmp_path)
    make_case(n.r, title="до отзыва")
    n.send(n.r, n.b, n.t)  # r's bundle 1: acks[r] is r's head now
    trusted = _head(n.r, n.r.me)
    assert n.b.store.query("SELECT sender_head FROM bundles_in")[0][0] == trusted
    make_case(n.r, title="после отзыва")  # the thief, with r's keys
    n.send(n.r, n.t)
    n.revoke(after=1)
    make_case(n.t, title="от Тани")
    bundle = seal(n.t, [n.b], n.out).paths[0]
    got = deliver(n.b, bundle)
    assert got.skipped_revoked == _head(n.r, n.r.me) - trusted > 0
    assert _titles(n.b) == {"до отзыва", "от Тани"}
    assert _head(n.b, n.r.me) == trusted
    assert _head(n.b, n.t.me) == _head(n.t, n.t.me)
    # Skipping is stable: the same bundle again is a replay, a later one skips them again.
    assert deliver(n.b, bundle).already_imported
    make_case(n.t, title="ещё от Тани")
    assert deliver(n.b, seal(n.t, [n.b], n.out).paths[0]).skipped_revoked == got.skipped_revoked
    assert "после отзыва" not in _titles(n.b)


@pytest.mark.parametrize("after", [None, 3])
def test_without_an_anchor_every_relayed_op_is_skipped(tmp_path: Path, after: int | None) -> None:
    """Revoked entirely, or a cut-off but none of r's bundles up to it here: nothing of r."""
    n = Net(tmp_path)
    make_case(n.r, title="чужое")
    n.send(n.r, n.t)
    n.revoke(after=after)
    make_case(n.t, title="от Тани")
    got = deliver(n.b, seal(n.t, [n.b], n.out).paths[0])
    assert got.skipped_revoked == _head(n.r, n.r.me) > 0
    assert _titles(n.b) == {"от Тани"}
    assert _head(n.b, n.r.me) == 0


def test_the_anchor_is_the_bundle_at_the_cut_off_not_a_later_one(tmp_path: Path) -> None:
    """Revoking after the fact: what came in bundles past the cut-off stays (revocation does
    not recall), but the bound for relayed ops comes from bundle 1 only."""
    n = Net(tmp_path)
    make_case(n.r, title="первое")
    n.send(n.r, n.b, n.t)
    at_cut_off = _head(n.r, n.r.me)
    make_case(n.r, title="второе")
    n.send(n.r, n.b, n.t)  # imported before anyone knew
    n.revoke(after=1)
    make_case(n.r, title="третье")
    n.send(n.r, n.t)
    got = deliver(n.b, seal(n.t, [n.b], n.out).paths[0])
    assert _titles(n.b) == {"первое", "второе"}
    assert got.skipped_revoked == _head(n.r, n.r.me) - at_cut_off  # its earlier ops included
    assert got.ops_new == 0


def test_the_cut_off_bundle_arriving_late_is_taken_whole(tmp_path: Path) -> None:
    n = Net(tmp_path)
    make_case(n.r, title="первое")
    n.send(n.r, n.b)
    make_case(n.r, title="второе")
    late = seal(n.r, [n.b], n.out).paths[0]  # bundle 2, still on a USB stick
    n.revoke(after=2)
    got = deliver(n.b, late)
    assert got.skipped_revoked == 0
    assert _titles(n.b) == {"первое", "второе"}
    make_case(n.r, title="подделка")
    third = seal(n.r, [n.b, n.t], n.out).paths[0]
    deliver(n.t, third)
    with pytest.raises(BundleRejected) as e:
        deliver(n.b, third)
    assert e.value.reason is RejectReason.REVOKED_SENDER
    relayed = deliver(n.b, seal(n.t, [n.b], n.out).paths[0])
    assert relayed.skipped_revoked > 0
    assert _titles(n.b) == {"первое", "второе"}


def test_a_skipped_attachment_is_verified_but_not_stored(tmp_path: Path) -> None:
    n = Net(tmp_path)
    case = make_case(n.r, title="дело")
    n.send(n.r, n.b, n.t)
    n.revoke(after=1)
    src = tmp_path / "video.bin"
    src.write_bytes(os.urandom(2 * 1024 * 1024))  # a blob file, not inline
    n.r.attachments.attach(case, src)
    n.send(n.r, n.t)
    contents = n.b.store.query("SELECT count(*) FROM contents")[0][0]
    blobs = _blobs(n.b)
    got = deliver(n.b, seal(n.t, [n.b], n.out).paths[0])
    assert got.skipped_revoked == 1
    assert (got.attachments, got.attachments_new) == (1, 0)
    assert n.b.store.query("SELECT count(*) FROM contents")[0][0] == contents
    assert _blobs(n.b) == blobs
    assert n.b.reading.children(case, "attachment") == []


def test_a_trusted_edit_of_a_skipped_record_stays_invisible(tmp_path: Path) -> None:
    """t edited a case that r's stolen keys created: t's op is kept (its own word), the case
    has no create here, so it shows nowhere; the vault still verifies."""
    n = Net(tmp_path)
    n.revoke(after=None)
    fake = make_case(n.r, title="подделка")
    n.send(n.r, n.t)
    n.t.records.set_field(fake, "title", "исправлено Таней")
    make_case(n.t, title="от Тани")
    got = deliver(n.b, seal(n.t, [n.b], n.out).paths[0])
    assert got.skipped_revoked == _head(n.r, n.r.me)
    assert got.ops_new == _head(n.t, n.t.me)
    assert _titles(n.b) == {"от Тани"}
    assert n.b.reading.count_cases() == 1
    report = n.b.integrity.verify()
    assert report.op_errors == ()


def test_cli_reports_skipped_ops(tmp_path: Path) -> None:
    root = tmp_path / "vault"
    n = Net(tmp_path, make_service(root))
    make_case(n.r, title="чужое")
    n.send(n.r, n.t)
    n.revoke(after=None)
    make_case(n.t)
    bundle = seal(n.t, [n.b], n.out).paths[0]
    skipped, sent = _head(n.r, n.r.me), _head(n.t, n.t.me)
    n.b.lock()
    r = run_cli(root, "import", str(bundle))
    assert r.code == 0, r.err
    assert (
        f"Skipped:     {skipped} change(s) signed by revoked colleagues after their cut-off"
        in r.out
    )
    again = run_cli(root, "--json", "import", str(bundle))
    assert json.loads(again.out)["status"] == "already_imported"
    svc = open_vault(root)
    try:
        assert (op_count(svc), _head(svc, n.r.me)) == (sent, 0)
    finally:
        svc.lock()


def test_a_revoked_colleagues_erasure_past_the_cut_off_does_nothing(tmp_path: Path) -> None:
    # A thief with r's keys erases t's evidence after r was revoked; relayed by t, the erasure
    # is skipped like every op of r past its cut-off: the value stays, nothing is pending.
    n = Net(tmp_path)
    case = make_case(n.t, title="дело")
    person = n.t.records.add_person(case, "Свидетель Важный", "witness")
    n.send(n.t, n.b, n.r)
    make_case(n.r, title="до отзыва")
    n.send(n.r, n.b, n.t)  # r's bundle 1
    n.revoke(after=1)
    n.r.erasure.erase(person, "name", reason="mistake")  # the thief, with r's keys
    n.send(n.r, n.t)
    got = deliver(n.b, seal(n.t, [n.b], n.out).paths[0])
    assert got.skipped_revoked >= 1
    assert got.erasures == 0
    assert n.b.reading.get(person).get("name") == "Свидетель Важный"
    assert n.b.erasure.erasures() == []
