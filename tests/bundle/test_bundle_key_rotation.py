"""A peer's rotated X25519 key, carried by the card in its bundles, is taken over when the
certificate verifies under the stored identity key, is newer than the stored one, and the
bundle is later in the peer's chain than every bundle of it imported before
(docs/bundle-format.md §10a). Real replicas, real bundles, real files; the CLI through a real
vault.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from bundleforge import drop_old_keys, peer_key, reseal, rotate_key
from bundlekit import befriend, deliver, make_replica, peer, seal, snapshot

from casebook.base.errors import BundleRejected, RejectReason
from casebook.bundle import import_bundle
from casebook.crypto import bech32
from casebook.crypto.keys import Identity
from casebook.domain.peers import card_of
from casebook.service import CaseService
from factory import make_case, make_service, open_vault, run_cli


def _pair(tmp_path: Path) -> tuple[CaseService, CaseService, Path]:
    a, b = make_replica(tmp_path / "a"), make_replica(tmp_path / "b")
    befriend(a, b)
    out = tmp_path / "out"
    out.mkdir()
    return a, b, out


def test_a_newer_key_in_the_card_is_used_for_the_next_bundle(tmp_path: Path) -> None:
    a, b, out = _pair(tmp_path)
    new = rotate_key(a)
    make_case(a)
    got = deliver(b, seal(a, [b], out).paths[0])
    assert got.new_key
    assert peer_key(b, a.me) == (
        new.cert.x25519_public,
        new.cert.created_ms,
        new.cert.signature,
    )
    assert peer(b, a).verified  # the safety number is over identity keys: unchanged
    drop_old_keys(a)  # the old secret is gone: only the new key opens what b seals now
    make_case(b)
    assert deliver(a, seal(b, [a], out).paths[0]).ops_new > 0


def test_an_older_bundle_does_not_roll_the_key_back(tmp_path: Path) -> None:
    a, b, out = _pair(tmp_path)
    make_case(a)
    old_bundle = seal(a, [b], out).paths[0]
    new = rotate_key(a)
    make_case(a)
    new_bundle = seal(a, [b], out).paths[0]
    assert deliver(b, new_bundle).new_key
    assert not deliver(b, old_bundle).new_key
    assert peer_key(b, a.me)[0] == new.cert.x25519_public


def test_a_newer_card_file_is_not_undone_by_an_older_bundle(tmp_path: Path) -> None:
    a, _, out = _pair(tmp_path)
    c = make_replica(tmp_path / "c")
    make_case(a)
    a.peers.mark_verified(a.peers.add(c.peers.my_card().encode(), "c"))
    old_bundle = seal(a, [c], out).paths[0]  # sealed before the rotation
    new = rotate_key(a)
    c.peers.add(a.peers.my_card().encode(), "a")  # c meets a after it: the newer card
    got = deliver(c, old_bundle)
    assert not got.new_key
    assert peer_key(c, a.me)[0] == new.cert.x25519_public


def test_a_bundle_earlier_in_the_chain_does_not_change_the_key(tmp_path: Path) -> None:
    """A card newer than the stored one, but in a bundle below one already imported: only a
    sender's software gone wrong makes that; the key stays."""
    a, b, out = _pair(tmp_path)
    make_case(a)
    first = seal(a, [b], out).paths[0]
    seal(a, [b], out)  # bundle 2, which b never gets
    make_case(a)
    deliver(b, seal(a, [b], out).paths[0])  # bundle 3
    old = peer_key(b, a.me)
    rotate_key(a)
    card = card_of(a.session.identity).to_json()

    def new_card(doc: dict[str, Any]) -> None:
        doc["sender"] = card

    got = deliver(b, reseal(a, first, tmp_path / "late.age", new_card))
    assert not got.already_imported
    assert not got.new_key
    assert peer_key(b, a.me) == old


def test_a_revoked_peer_keeps_its_old_key(tmp_path: Path) -> None:
    a, b, out = _pair(tmp_path)
    b.peers.revoke(peer(b, a), after=5)
    old = peer_key(b, a.me)
    rotate_key(a)
    make_case(a)
    got = deliver(b, seal(a, [b], out).paths[0])  # within the cut-off: imported
    assert not got.new_key
    assert peer_key(b, a.me) == old


def _swap_recipient(key: bytes) -> Any:
    def edit(doc: dict[str, Any]) -> None:
        doc["sender"]["recipient"] = bech32.format_recipient(key)

    return edit


def _strangers_cert(stranger: Identity) -> Any:
    def edit(doc: dict[str, Any]) -> None:
        doc["sender"]["recipient"] = bech32.format_recipient(stranger.cert.x25519_public)
        doc["sender"]["created"] = stranger.cert.created_ms
        doc["sender"]["cert"] = stranger.cert.signature.hex()

    return edit


@pytest.mark.parametrize("how", ["swapped-key", "strangers-cert"])
def test_a_card_whose_certificate_does_not_verify_is_refused(tmp_path: Path, how: str) -> None:
    """The sender's own keys sign the manifest, but the card's key is not certified by its
    identity: refused, the stored key and the vault unchanged."""
    a, b, out = _pair(tmp_path)
    stranger = Identity.generate(a.session.identity.cert.created_ms + 10)
    make_case(a)
    real = seal(a, [b], out).paths[0]
    edit = (
        _swap_recipient(stranger.cert.x25519_public)
        if how == "swapped-key"
        else _strangers_cert(stranger)
    )
    forged = reseal(a, real, tmp_path / "forged.age", edit)
    key, before = peer_key(b, a.me), snapshot(b)
    with pytest.raises(BundleRejected) as e:
        import_bundle(b.session, forged)
    assert e.value.reason is RejectReason.MALFORMED
    assert "card" in e.value.detail
    assert peer_key(b, a.me) == key
    assert snapshot(b) == before


def test_cli_says_the_key_changed(tmp_path: Path) -> None:
    root = tmp_path / "vault"
    b = make_service(root)
    a = make_replica(tmp_path / "a")
    befriend(a, b)
    b.lock()
    out = tmp_path / "out"
    out.mkdir()
    new = rotate_key(a)
    make_case(a)
    r = run_cli(root, "import", str(seal(a, [b], out).paths[0]))
    assert r.code == 0, r.err
    assert "Key:         the sender has a new encryption key; your next bundles use it" in r.out
    listed = json.loads(run_cli(root, "--json", "peer", "list").out)
    assert [p["recipient"] for p in listed] == [bech32.format_recipient(new.cert.x25519_public)]
    svc = open_vault(root)
    try:
        assert peer_key(svc, a.me)[0] == new.cert.x25519_public
    finally:
        svc.lock()
