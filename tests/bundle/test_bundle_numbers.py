"""Numbers in a bundle (issue 15, items 2 and 8; docs/bundle-format.md §10b).

A number longer than any parser converts is refused before the signature is checked, with a
reason, not a crash. A manifest signed with the sender's real key may still claim what cannot
be true: a seq far past the sender's chain, or more of the recipient's own ops than it wrote
(refused, MALFORMED); acks for anyone past what the vault can know are clamped, so that the
acks table (export selection) and `sender_head` (the revocation anchor) stay meaningful.
Real replicas, real bundles, real files.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from bundleforge import reseal
from bundlekit import befriend, deliver, make_replica, peer, seal, snapshot

from casebook.base import canonical
from casebook.base.errors import BundleRejected, RejectReason
from casebook.bundle import inspect_bundle
from casebook.bundle.chain import MAX_SEQ_GAP
from casebook.bundle.manifest import parse_manifest
from casebook.service import CaseService
from factory import make_case

HUGE = 2**62


def _head(svc: CaseService, author: bytes) -> int:
    rows = svc.store.query("SELECT coalesce(max(seq), 0) FROM ops WHERE author = ?", (author,))
    return int(rows[0][0])


def _stored(svc: CaseService, sender: bytes) -> tuple[int, dict[bytes, int]]:
    """(the highest sender_head of the sender's bundles, the sender's acks), as recorded."""
    q = svc.store.query
    head = int(q("SELECT max(sender_head) FROM bundles_in WHERE sender = ?", (sender,))[0][0])
    acks = {
        bytes(a): int(s) for a, s in q("SELECT author, seq FROM acks WHERE peer = ?", (sender,))
    }
    return head, acks


def _pair(tmp_path: Path) -> tuple[CaseService, CaseService, Path]:
    alice, bob = make_replica(tmp_path / "alice"), make_replica(tmp_path / "bob")
    befriend(alice, bob)
    out = tmp_path / "out"
    out.mkdir()
    return alice, bob, out


def _set(**values: Any) -> Any:
    def go(doc: dict[str, Any]) -> None:
        doc.update(values)

    return go


def _refused(svc: CaseService, path: Path, reason: RejectReason) -> str:
    before = snapshot(svc)
    with pytest.raises(BundleRejected) as info:
        inspect_bundle(svc.session, path)
    assert info.value.reason is reason
    with pytest.raises(BundleRejected) as info:
        deliver(svc, path)
    assert info.value.reason is reason
    assert snapshot(svc) == before
    return info.value.detail


# -- item 2: a number too long for any parser -----------------------------------------------


@pytest.mark.parametrize("digits", [21, 4301, 5000, 100_000])
def test_a_manifest_with_a_long_number_is_too_large(digits: int) -> None:
    data = canonical.encode(
        {"format": "casebook-bundle", "version": 2, "created": 7, "acks": {}}
    ).replace(b'"created":7', b'"created":' + b"9" * digits)
    with pytest.raises(BundleRejected) as info:
        parse_manifest(data)
    assert info.value.reason is RejectReason.TOO_LARGE
    with pytest.raises(BundleRejected) as info:  # a 20-digit number past 2^63 - 1 too
        parse_manifest(data.replace(b"9" * digits, b"9" * 20))
    assert info.value.reason is RejectReason.TOO_LARGE


# -- item 8: the sender's bundle seq ---------------------------------------------------------


@pytest.mark.parametrize(("gap", "ok"), [(MAX_SEQ_GAP, True), (MAX_SEQ_GAP + 1, False)])
def test_a_seq_far_past_the_senders_chain_is_refused(tmp_path: Path, gap: int, ok: bool) -> None:
    alice, bob, out = _pair(tmp_path)
    make_case(alice, title="первое")
    deliver(bob, seal(alice, [bob], out).paths[0])
    make_case(alice, title="второе")
    second = seal(alice, [bob], out).paths[0]
    jumped = reseal(alice, second, tmp_path / "jumped.age", _set(seq=1 + gap))
    if ok:
        assert deliver(bob, jumped).seq == 1 + gap
    else:
        detail = _refused(bob, jumped, RejectReason.MALFORMED)
        assert "1,000,000" in detail


@pytest.mark.parametrize("seq", [HUGE - 1, MAX_SEQ_GAP + 1])
def test_a_first_bundle_far_up_the_chain_is_refused(tmp_path: Path, seq: int) -> None:
    alice, bob, out = _pair(tmp_path)
    make_case(alice)
    made = seal(alice, [bob], out).paths[0]
    jumped = reseal(alice, made, tmp_path / "jumped.age", _set(seq=seq, prev="00" * 32))
    _refused(bob, jumped, RejectReason.MALFORMED)


# -- item 8: acks ----------------------------------------------------------------------------


def test_acks_for_more_of_my_ops_than_i_wrote_are_refused(tmp_path: Path) -> None:
    alice, bob, out = _pair(tmp_path)
    make_case(bob)
    deliver(alice, seal(bob, [alice], out).paths[0])
    mine = _head(bob, bob.me)
    made = seal(alice, [bob], out).paths[0]
    over = reseal(alice, made, tmp_path / "over.age", _set(acks={bob.me.hex(): mine + 1}))
    detail = _refused(bob, over, RejectReason.MALFORMED)
    assert "your changes" in detail
    # The true claim imports, and the acks table keeps it.
    deliver(bob, made)
    assert _stored(bob, alice.me)[1][bob.me] == mine


def test_a_case_filtered_bundle_imports_with_its_acks_clamped(tmp_path: Path) -> None:
    """A bundle of one case carries the sender's whole version vector: more than the vault
    can check. It imports; the acks kept are what the vault can know, which costs at most a
    resend; the next full bundle restores the whole claim."""
    alice, bob, out = _pair(tmp_path)
    first = make_case(alice, title="первое")
    carried = _head(alice, alice.me)
    make_case(alice, title="второе")
    one = seal(alice, [bob], out, case_ids=[first]).paths[0]
    got = deliver(bob, one)
    assert got.ops_new == carried < _head(alice, alice.me)
    assert _stored(bob, alice.me) == (carried, {alice.me: carried})
    deliver(bob, seal(alice, [bob], out).paths[0])
    assert _stored(bob, alice.me) == (_head(alice, alice.me), {alice.me: _head(alice, alice.me)})
    assert {c.title for c in bob.reading.list_cases()} == {"первое", "второе"}


def test_an_inflated_ack_cannot_move_the_revocation_anchor(tmp_path: Path) -> None:
    """A thief with r's keys fills a gap at the cut-off with acks[r] = 2^62: r's ops in that
    bundle are taken (the bundle is at the cut-off), but the anchor stays at what the vault
    held plus the bundle's ops, so the thief's later ops, relayed by a trusted peer, are
    skipped."""
    r, t, b = (make_replica(tmp_path / n) for n in ("r", "t", "b"))
    befriend(r, t)
    befriend(r, b)
    befriend(t, b)
    out = tmp_path / "out"
    out.mkdir()
    make_case(r, title="до отзыва")
    real = seal(r, [b], out).paths[0]  # bundle 1 never reaches b
    anchor = _head(r, r.me)
    forged = reseal(r, real, tmp_path / "forged.age", _set(acks={r.me.hex(): HUGE}))
    b.peers.revoke(peer(b, r), 1)
    assert deliver(b, forged).skipped_revoked == 0
    assert _stored(b, r.me) == (anchor, {r.me: anchor})
    make_case(r, title="после отзыва")  # the thief, with r's keys
    deliver(t, seal(r, [t], out).paths[0])
    got = deliver(b, seal(t, [b], out).paths[0])
    assert got.skipped_revoked == _head(r, r.me) - anchor > 0
    assert {c.title for c in b.reading.list_cases()} == {"до отзыва"}
