"""The owner's own encryption key: rotate it, forget the old ones, and "what does X hold from me"
(PROTECTION §1). Real replicas, real bundles, real files (tests/bundle/bundlekit.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from bundlekit import befriend, deliver, make_replica, peer, seal

from casebook.base.errors import BundleRejected, RejectReason
from casebook.crypto import bech32
from casebook.domain.peers import parse_card
from casebook.service import CaseService
from factory import make_case


def _pair(tmp_path: Path) -> tuple[CaseService, CaseService, Path]:
    a, b = make_replica(tmp_path / "a"), make_replica(tmp_path / "b")
    befriend(a, b)
    out = tmp_path / "out"
    out.mkdir()
    return a, b, out


def test_rotate_gives_a_new_certified_key(tmp_path: Path) -> None:
    a = make_replica(tmp_path / "a")
    before = a.peers.my_card()
    after = a.peers.rotate_key()
    assert after.recipient != before.recipient
    assert after.identity == before.identity  # the same person: safety numbers unchanged
    assert after.created_ms > before.created_ms
    parsed = parse_card(after.encode())  # the card verifies its certificate when parsed
    assert parsed.recipient == after.recipient
    a.session.identity.cert.verify(a.me)
    assert bech32.format_recipient(a.session.identity.cert.x25519_public) == after.recipient
    assert len(a.store.keys.x25519_secrets()) == 2  # the old one is kept until forgotten


def test_a_bundle_to_the_old_key_opens_until_the_old_keys_are_forgotten(tmp_path: Path) -> None:
    a, b, out = _pair(tmp_path)
    make_case(b)
    early = seal(b, [a], out).paths[0]  # sealed to a's first key
    make_case(b)
    late = seal(b, [a], out).paths[0]
    a.peers.rotate_key()
    assert deliver(a, early).ops_new > 0  # the old secret still opens it
    assert a.peers.forget_old_keys() == 1
    assert a.store.keys.x25519_secrets() == [a.session.identity.x25519_secret]
    with pytest.raises(BundleRejected) as e:
        deliver(a, late)
    assert e.value.reason is RejectReason.NOT_FOR_US
    assert a.peers.forget_old_keys() == 0


def test_peers_learn_the_new_key_from_the_next_bundle(tmp_path: Path) -> None:
    a, b, out = _pair(tmp_path)
    card = a.peers.rotate_key()
    a.peers.forget_old_keys()
    make_case(a)
    assert deliver(b, seal(a, [b], out).paths[0]).new_key
    assert bech32.format_recipient(peer(b, a).x25519) == card.recipient
    make_case(b)
    assert deliver(a, seal(b, [a], out).paths[0]).ops_new > 0  # sealed to the new key


def test_rotate_survives_reopening(tmp_path: Path) -> None:
    a = make_replica(tmp_path / "a")
    card = a.peers.rotate_key()
    assert a.store.keys.load_identity().cert.x25519_public == a.session.identity.cert.x25519_public
    assert a.peers.my_card() == card


def test_holds_lists_the_bundles_sealed_to_a_peer(tmp_path: Path) -> None:
    a, b, out = _pair(tmp_path)
    c = make_replica(tmp_path / "c")
    befriend(a, c)
    assert a.peers.holds(peer(a, b)) == []
    make_case(a)
    first = seal(a, [b], out)
    seal(a, [c], out)
    make_case(a)
    third = seal(a, [b, c], out)
    held = a.peers.holds(peer(a, b))
    assert [h.bundle for h in held] == [first.seq, third.seq]
    assert all(h.sealed_ms > 0 for h in held)
    assert held[0].to_json() == {
        "bundle": first.seq,
        "sealed": held[0].sealed_ms,
        "disclosures": held[0].disclosures,
    }
    assert [h.bundle for h in a.peers.holds(peer(a, c))] == [2, third.seq]
