"""The owner's keys, inside the encrypted DB and nowhere else.

    identity   the Ed25519 signing seed (one row)
    enc_keys   every X25519 key this vault has had; `current` marks the one in the card

Older X25519 secrets stay so that bundles sealed to them still open, until the owner forgets
them (`forget_old`): then bundles still lying on USB sticks stop opening for this vault.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from casebook.base.errors import InputRejected, VaultCorrupt
from casebook.crypto.keys import EncryptionCert, Identity

if TYPE_CHECKING:
    from casebook.store.store import Store

__all__ = ["Keys"]


class Keys:
    """The one writer of `identity` and `enc_keys`."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def save_identity(self, identity: Identity) -> None:
        """Store the owner's identity and current encryption key (inside a transaction)."""
        w = self._store.write
        w(
            "INSERT INTO identity (id, signing_seed, created_ms) VALUES (1, ?, ?)",
            (identity.signing_seed, identity.cert.created_ms),
        )
        w("UPDATE enc_keys SET current = 0")
        w(
            "INSERT INTO enc_keys VALUES (?, ?, ?, ?, 1)",
            (
                identity.cert.x25519_public,
                identity.x25519_secret,
                identity.cert.created_ms,
                identity.cert.signature,
            ),
        )

    def load_identity(self) -> Identity:
        """The owner's identity with its current encryption key."""
        rows = self._store.query(
            "SELECT i.signing_seed, k.x25519_secret, k.x25519_public, k.created_ms, k.cert_sig "
            "FROM identity i, enc_keys k WHERE k.current = 1"
        )
        if not rows:
            raise VaultCorrupt("identity missing")
        seed, x_secret, x_public, created, sig = rows[0]
        identity = Identity(seed, x_secret, EncryptionCert(x_public, created, sig))
        identity.cert.verify(identity.public)
        return identity

    def x25519_secrets(self) -> list[bytes]:
        """Every X25519 secret of the vault, the current one first (older keys still open)."""
        rows = self._store.query(
            "SELECT x25519_secret FROM enc_keys ORDER BY current DESC, created_ms DESC"
        )
        return [bytes(r[0]) for r in rows]

    def rotate(self, identity: Identity) -> None:
        """Make `identity`'s encryption key the current one (inside a transaction); the older
        keys stay, no longer current, so that bundles sealed to them still open."""
        rows = self._store.query("SELECT signing_seed FROM identity")
        if not rows or bytes(rows[0][0]) != identity.signing_seed:
            raise InputRejected("the new key is not certified by this vault's identity")
        # A forged or stale certificate must never become the key peers are told about.
        identity.cert.verify(identity.public)
        w = self._store.write
        w("UPDATE enc_keys SET current = 0")
        w(
            "INSERT INTO enc_keys VALUES (?, ?, ?, ?, 1)",
            (
                identity.cert.x25519_public,
                identity.x25519_secret,
                identity.cert.created_ms,
                identity.cert.signature,
            ),
        )

    def forget_old(self) -> int:
        """Delete every X25519 secret but the current one (inside a transaction); how many.

        `secure_delete` zeroes the freed rows' bytes in the DB file; the caller checkpoints the
        WAL so that its copies go too.
        """
        return self._store.write("DELETE FROM enc_keys WHERE current = 0")
