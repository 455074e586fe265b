"""Identity cards and safety numbers (DESIGN §5).

An identity card is what a colleague needs to seal to you and to check what you sealed. It
holds public keys and a certificate, and no name: names are local pet names.

    card = canonical JSON {"type": "casebook-card", "v": 1,
                           "identity": hex(Ed25519 public key),
                           "recipient": "age1…" (X25519 public key, age's format),
                           "created": ms, "cert": hex(Ed25519 signature)}
    cert = Ed25519(identity, b"casebook/v1/enc-cert\\x00" || x25519 || uint64_be(created))

A card file is the canonical JSON and a newline; a QR code encodes the same text.

The X25519 key is rotatable: a newer card of the same identity (its certificate verifies under
the identity key, and its `created` is later than the stored one) replaces the stored key. The
importer takes such a card over from a peer's bundle only when the bundle is also newer in the
peer's bundle chain (`newer_key`; docs/bundle-format.md §10a).

Safety number (Signal's construction, over the identity keys):

    fp(key)  = h_5199, h_0 = SHA-512(0x0000 || key || "casebook"), h_i+1 = SHA-512(h_i || key)
    digits   = the first 30 bytes of fp as 6 chunks of 5 bytes, each uint40_be mod 100000 (5 digits)
    number   = the two 30-digit strings, sorted, concatenated: 60 digits in 12 groups of 5

Both sides compute the same number; if a key was swapped in transit, the numbers differ.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from casebook.base import canonical
from casebook.base.errors import AuthenticationFailed, CasebookError, InputRejected
from casebook.crypto import bech32
from casebook.crypto.keys import EncryptionCert, Identity

__all__ = [
    "MAX_CARD_BYTES",
    "Card",
    "card_of",
    "fingerprint",
    "newer_key",
    "parse_card",
    "safety_number",
]

MAX_CARD_BYTES = 4096
_ITERATIONS = 5200
_STABLE_ID = b"casebook"


@dataclass(frozen=True)
class Card:
    """A peer's public identity: verified certificate included."""

    identity: bytes
    x25519: bytes
    created_ms: int
    cert_sig: bytes

    @property
    def recipient(self) -> str:
        """The age recipient string (age1…)."""
        return bech32.format_recipient(self.x25519)

    @property
    def key_id(self) -> str:
        """A short, stable id for display: the first 16 hex digits of the identity key."""
        return self.identity.hex()[:16]

    def to_json(self) -> dict[str, object]:
        """The card's JSON object."""
        return {
            "type": "casebook-card",
            "v": 1,
            "identity": self.identity.hex(),
            "recipient": self.recipient,
            "created": self.created_ms,
            "cert": self.cert_sig.hex(),
        }

    def encode(self) -> bytes:
        """The card file's bytes."""
        return canonical.encode(self.to_json()) + b"\n"

    @property
    def cert(self) -> EncryptionCert:
        """The certificate that binds the X25519 key to the identity."""
        return EncryptionCert(self.x25519, self.created_ms, self.cert_sig)


def newer_key(identity: bytes, stored_x25519: bytes, stored_created_ms: int, card: Card) -> bool:
    """True when `card` certifies, under `identity`, another X25519 key newer than the stored one.

    Raises `AuthenticationFailed` when the card is not `identity`'s, or its certificate does not
    verify under `identity`: such a card is never taken over, whatever else it says.
    """
    if card.identity != identity:
        raise AuthenticationFailed("the card belongs to another identity")
    card.cert.verify(identity)
    return card.x25519 != stored_x25519 and card.created_ms > stored_created_ms


def card_of(identity: Identity) -> Card:
    """The owner's own card."""
    return Card(
        identity.public,
        identity.cert.x25519_public,
        identity.cert.created_ms,
        identity.cert.signature,
    )


def parse_card(data: bytes) -> Card:
    """Parse and verify a card from untrusted bytes; `InputRejected` for anything wrong."""
    if len(data) > MAX_CARD_BYTES:
        raise InputRejected("not an identity card (too large)")
    try:
        doc = canonical.decode(data.strip())
    except InputRejected as e:
        raise InputRejected("not an identity card") from e
    if not isinstance(doc, dict) or doc.get("type") != "casebook-card" or doc.get("v") != 1:
        raise InputRejected("not an identity card")
    if set(doc) != {"type", "v", "identity", "recipient", "created", "cert"}:
        raise InputRejected("identity card has unexpected fields")
    try:
        identity = bytes.fromhex(doc["identity"])
        sig = bytes.fromhex(doc["cert"])
        x25519 = bech32.parse_recipient(doc["recipient"])
    except (TypeError, ValueError, CasebookError) as e:
        raise InputRejected("identity card is damaged") from e
    created = doc["created"]
    if len(identity) != 32 or len(sig) != 64 or type(created) is not int or created < 0:
        raise InputRejected("identity card is damaged")
    try:
        EncryptionCert(x25519, created, sig).verify(identity)
    except AuthenticationFailed as e:
        raise InputRejected("identity card's certificate does not verify") from e
    return Card(identity, x25519, created, sig)


def _fingerprint_digits(key: bytes) -> str:
    h = hashlib.sha512(b"\x00\x00" + key + _STABLE_ID).digest()
    for _ in range(_ITERATIONS - 1):
        h = hashlib.sha512(h + key).digest()
    return "".join(f"{int.from_bytes(h[i : i + 5], 'big') % 100000:05d}" for i in range(0, 30, 5))


def fingerprint(key: bytes) -> str:
    """One identity key's half of every safety number it is part of: 30 digits in 6 groups of
    5 (the key's fingerprint, as printed in a custody annex and `keys.json`)."""
    digits = _fingerprint_digits(key)
    return " ".join(digits[i : i + 5] for i in range(0, 30, 5))


def safety_number(mine: bytes, theirs: bytes) -> str:
    """The 60-digit safety number of two identity keys, as 12 groups of 5 digits."""
    a, b = sorted((_fingerprint_digits(mine), _fingerprint_digits(theirs)))
    digits = a + b
    return " ".join(digits[i : i + 5] for i in range(0, 60, 5))
