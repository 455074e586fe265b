"""Key material: the master key, sub-keys by domain label, and the owner's identity keys.

    master key   32 random bytes, kept only wrapped in `keyslots`
    sub-key      BLAKE2b-256(key=master, msg=label), label like b"casebook/v1/sqlcipher"
    identity     Ed25519 signing key (authorship, certificates)
    encryption   X25519 key in age's format, certified by the identity key, rotatable

A certificate binds an X25519 public key to the identity:
    sig = Ed25519(identity, b"casebook/v1/enc-cert\\x00" || x25519_pub || uint64_be(created_ms))
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from functools import cached_property

from nacl import bindings
from nacl.encoding import RawEncoder
from nacl.exceptions import BadSignatureError
from nacl.hash import blake2b
from nacl.public import PrivateKey
from nacl.signing import SigningKey, VerifyKey

from casebook.base.errors import AuthenticationFailed

__all__ = [
    "first_bad_signature",
    "LABEL_SQLCIPHER",
    "EncryptionCert",
    "Identity",
    "hash32",
    "new_master_key",
    "subkey",
    "verify_signature",
]

MASTER_KEY_SIZE = 32
LABEL_SQLCIPHER = b"casebook/v1/sqlcipher"
_CERT_LABEL = b"casebook/v1/enc-cert\x00"


def new_master_key() -> bytes:
    """32 bytes from the OS's CSPRNG."""
    return os.urandom(MASTER_KEY_SIZE)


def subkey(master: bytes, label: bytes) -> bytes:
    """A 32-byte key for one purpose, derived from the master key by its domain label."""
    if len(master) != MASTER_KEY_SIZE or not label.startswith(b"casebook/"):
        raise ValueError("bad master key or label")
    return blake2b(label, digest_size=32, key=master, encoder=RawEncoder)


def hash32(data: bytes) -> bytes:
    """BLAKE2b-256, the integrity hash of casebook (op ids, manifests).

    hashlib's BLAKE2b gives the same digest as libsodium's and costs less per call on the
    small inputs hashed here; large streams use libsodium (DESIGN §8).
    """
    return hashlib.blake2b(data, digest_size=32).digest()


def verify_signature(public: bytes, message: bytes, signature: bytes) -> None:
    """Raise `AuthenticationFailed` unless `signature` is `public`'s Ed25519 over `message`."""
    try:
        VerifyKey(public).verify(message, signature)
    except (BadSignatureError, ValueError, TypeError) as e:
        raise AuthenticationFailed("bad signature") from e


def first_bad_signature(items: list[tuple[bytes, bytes, bytes]]) -> int | None:
    """The index of the first (public, message, signature) that does not verify, or None.

    For a batch of ops checked on a second core: libsodium releases the GIL while it works,
    and no key object is built per signature."""
    for i, (public, message, signature) in enumerate(items):
        if len(public) != 32 or len(signature) != 64:
            return i
        try:
            bindings.crypto_sign_open(signature + message, public)
        except (BadSignatureError, ValueError, TypeError):
            return i
    return None


@dataclass(frozen=True)
class EncryptionCert:
    """An X25519 public key certified by an identity key."""

    x25519_public: bytes
    created_ms: int
    signature: bytes

    def message(self) -> bytes:
        """The bytes that the identity key signs."""
        return _CERT_LABEL + self.x25519_public + self.created_ms.to_bytes(8, "big")

    def verify(self, identity_public: bytes) -> None:
        """Raise `AuthenticationFailed` unless the identity key signed this certificate."""
        verify_signature(identity_public, self.message(), self.signature)


@dataclass(frozen=True)
class Identity:
    """The owner's secret keys. Lives only inside the unlocked vault."""

    signing_seed: bytes = field(repr=False)  # 32 bytes, Ed25519 seed
    x25519_secret: bytes = field(repr=False)  # 32 bytes
    cert: EncryptionCert

    @classmethod
    def generate(cls, now_ms: int) -> Identity:
        """A fresh identity with a certified encryption key."""
        seed = os.urandom(32)
        enc = PrivateKey.generate()
        return cls._with_cert(seed, bytes(enc), now_ms)

    @classmethod
    def _with_cert(cls, seed: bytes, x_secret: bytes, now_ms: int) -> Identity:
        x_public = bindings.crypto_scalarmult_base(x_secret)
        unsigned = EncryptionCert(x_public, now_ms, b"")
        sig = SigningKey(seed).sign(unsigned.message()).signature
        return cls(seed, x_secret, EncryptionCert(x_public, now_ms, sig))

    @cached_property
    def _signing_key(self) -> SigningKey:
        return SigningKey(self.signing_seed)

    @cached_property
    def public(self) -> bytes:
        """The Ed25519 public key: the author id."""
        return bytes(self._signing_key.verify_key)

    def sign(self, message: bytes) -> bytes:
        """Ed25519 signature over `message` (64 bytes)."""
        return self._signing_key.sign(message).signature

    def rotate_encryption_key(self, now_ms: int) -> Identity:
        """A new certified X25519 key under the same identity."""
        return self._with_cert(self.signing_seed, bytes(PrivateKey.generate()), now_ms)
