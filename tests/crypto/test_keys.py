"""casebook.crypto.keys: sub-keys by label, hashes, identities and certificates."""

from __future__ import annotations

import hashlib

import pytest

from casebook.base.errors import AuthenticationFailed
from casebook.crypto.keys import (
    LABEL_SQLCIPHER,
    EncryptionCert,
    Identity,
    hash32,
    new_master_key,
    subkey,
    verify_signature,
)


def test_master_keys_are_random() -> None:
    keys = {new_master_key() for _ in range(100)}
    assert len(keys) == 100
    assert all(len(k) == 32 for k in keys)


def test_subkeys_are_separated_by_label() -> None:
    master = bytes(range(32))
    sql = subkey(master, LABEL_SQLCIPHER)
    other = subkey(master, b"casebook/v1/blobs")
    assert len(sql) == 32
    assert sql != other
    assert sql != master
    assert subkey(master, LABEL_SQLCIPHER) == sql
    assert subkey(bytes(32), LABEL_SQLCIPHER) != sql
    # BLAKE2b keyed by the master key, over the label.
    assert sql == hashlib.blake2b(LABEL_SQLCIPHER, digest_size=32, key=master).digest()


@pytest.mark.parametrize(
    ("master", "label"),
    [(bytes(31), LABEL_SQLCIPHER), (bytes(33), LABEL_SQLCIPHER), (bytes(32), b"sqlcipher")],
)
def test_subkey_refuses_bad_input(master: bytes, label: bytes) -> None:
    with pytest.raises(ValueError, match="bad master key or label"):
        subkey(master, label)


def test_hash32_is_blake2b_256() -> None:
    for data in (b"", b"casebook", bytes(range(256)) * 100):
        assert hash32(data) == hashlib.blake2b(data, digest_size=32).digest()


def test_identity_signs_and_certifies() -> None:
    alice = Identity.generate(1_700_000_000_000)
    bob = Identity.generate(1_700_000_000_000)
    assert alice.public != bob.public
    assert len(alice.public) == 32
    sig = alice.sign(b"message")
    verify_signature(alice.public, b"message", sig)
    for public, message, signature in [
        (bob.public, b"message", sig),
        (alice.public, b"messagE", sig),
        (alice.public, b"message", sig[:-1] + bytes([sig[-1] ^ 1])),
        (alice.public, b"message", sig[:32]),
        (b"\x00" * 31, b"message", sig),
    ]:
        with pytest.raises(AuthenticationFailed):
            verify_signature(public, message, signature)
    alice.cert.verify(alice.public)
    with pytest.raises(AuthenticationFailed):
        alice.cert.verify(bob.public)
    # A certificate whose date was changed no longer verifies.
    backdated = EncryptionCert(alice.cert.x25519_public, 1, alice.cert.signature)
    with pytest.raises(AuthenticationFailed):
        backdated.verify(alice.public)


def test_rotation_keeps_the_identity() -> None:
    alice = Identity.generate(1)
    rotated = alice.rotate_encryption_key(2)
    assert rotated.public == alice.public
    assert rotated.x25519_secret != alice.x25519_secret
    assert rotated.cert.x25519_public != alice.cert.x25519_public
    rotated.cert.verify(alice.public)
    assert rotated.cert.created_ms == 2


def test_identity_repr_does_not_show_secret_keys() -> None:
    alice = Identity.generate(1)
    shown = repr(alice)
    assert repr(alice.signing_seed) not in shown
    assert repr(alice.x25519_secret) not in shown
