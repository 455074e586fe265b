"""Salted value commitments and disclosures: how an op v2 signs a value it can later forget.

    nonce      = 32 random bytes, fresh for every op
    vc         = BLAKE2b-256(canonical(value), key=nonce, person=b"casebook/v2/val")
    disclosure = {"n": hex(nonce), "op": hex(op id), "v": value}     canonical JSON

The op's signed skeleton holds only `vc` (PROTECTION §1). The disclosure travels and is stored
beside the op, never signed on its own: it is checked against the skeleton's `vc`, so a forged one
is refused, and dropping it (erasure) changes no op id, no signature and no state hash.

The nonce is the BLAKE2b *key*, so `vc` hides the value: without the nonce, a guessed value (a
dictionary of surnames) cannot be confirmed against a skeleton, which an unsalted hash allows.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from casebook.base import canonical
from casebook.base.errors import InputRejected

if TYPE_CHECKING:
    from casebook.domain.oplog import SignedOp

__all__ = ["NONCE_SIZE", "VALUE_PERSON", "Disclosure", "commit", "commit_encoded"]

NONCE_SIZE = 32
VALUE_PERSON = b"casebook/v2/val"  # BLAKE2b's personalisation takes at most 16 bytes: this is 15
_HEX32 = re.compile(r"[0-9a-f]{64}")
_LINE_HEAD = re.compile(rb'\{"n":"([0-9a-f]{64})","op":"([0-9a-f]{64})","v":')


def commit(value: Any, nonce: bytes) -> bytes:
    """The 32-byte commitment `vc` to `value` under `nonce`."""
    return commit_encoded(canonical.encode(value), nonce)


def commit_encoded(encoded: bytes, nonce: bytes) -> bytes:
    """`commit` of a value given as its canonical bytes (no second encoding on hot paths)."""
    if len(nonce) != NONCE_SIZE:
        raise InputRejected("a commitment nonce is 32 bytes")
    return hashlib.blake2b(encoded, digest_size=32, key=nonce, person=VALUE_PERSON).digest()


@dataclass(frozen=True)
class Disclosure:
    """The nonce and value that open one op's commitment."""

    op_id: bytes
    # Kept out of repr: a disclosure must not leak its value or nonce into logs or tracebacks.
    nonce: bytes = field(repr=False)
    value: Any = field(repr=False)
    # The value's canonical bytes when known (decoded from a line, or just signed): hashing and
    # storing them again need no second encoding. Not an __init__ argument, so that
    # `dataclasses.replace(d, value=…)` can never pair a value with another value's bytes.
    encoded_value: bytes | None = field(default=None, init=False, repr=False, compare=False)

    @classmethod
    def with_bytes(cls, op_id: bytes, nonce: bytes, value: Any, encoded: bytes) -> Disclosure:
        """A disclosure whose value's canonical bytes are `encoded` (the caller vouches)."""
        d = cls(op_id, nonce, value)
        object.__setattr__(d, "encoded_value", encoded)
        return d

    def value_bytes(self) -> bytes:
        """The value's canonical encoding."""
        return (
            self.encoded_value if self.encoded_value is not None else canonical.encode(self.value)
        )

    def encode(self) -> bytes:
        """The canonical JSON form that is stored and carried in bundles."""
        return canonical.encode({"op": self.op_id.hex(), "n": self.nonce.hex(), "v": self.value})

    @classmethod
    def decode(cls, data: bytes) -> Disclosure:
        """Parse a disclosure from untrusted bytes; `InputRejected` if malformed.

        This checks the shape only: `matches` (or `oplog.accept_disclosure`) decides whether it
        opens an op.
        """
        doc = canonical.decode(data)
        if not isinstance(doc, dict) or set(doc) != {"op", "n", "v"}:
            raise InputRejected("invalid disclosure: wrong keys")
        for key in ("op", "n"):
            if not isinstance(doc[key], str) or not _HEX32.fullmatch(doc[key]):
                raise InputRejected("invalid disclosure: bad hex")
        # `decode` proved `data` canonical, so the value's bytes are exactly what follows the
        # sorted keys "n" and "op": the line without its head and its closing brace.
        head = len('{"n":"","op":"","v":') + 128
        op_id, nonce = bytes.fromhex(doc["op"]), bytes.fromhex(doc["n"])
        return cls.with_bytes(op_id, nonce, doc["v"], data[head:-1])

    @classmethod
    def from_line(cls, data: bytes) -> Disclosure:
        """Parse one line of a bundle's disclosures.jsonl, on the hot path of an import.

        The head (the sorted keys "n" and "op" with their hex) must be exactly canonical; the
        value is parsed with canonical JSON's strict rules but not re-encoded: its bytes are
        kept, and `matches` hashes them as they are, so a value not in canonical form cannot
        open the commitment its signer made over the canonical bytes. Use it only where the
        disclosure is then checked against its op (`oplog.accept_disclosure`).
        """
        head = _LINE_HEAD.match(data)
        if head is None or not data.endswith(b"}"):
            raise InputRejected("invalid disclosure: not a canonical line")
        value = canonical.parse_committed(data[head.end() : -1])
        nonce, op_id = (bytes.fromhex(g.decode("ascii")) for g in head.groups())
        return cls.with_bytes(op_id, nonce, value, data[head.end() : -1])

    def matches(self, signed: SignedOp) -> bool:
        """True when this disclosure opens `signed`'s commitment (same op, same `vc`)."""
        if signed.vc is None or len(self.nonce) != NONCE_SIZE:
            return False
        try:
            vc = commit_encoded(self.value_bytes(), self.nonce)
        except InputRejected:
            return False  # a value that has no canonical form commits to nothing
        # Both compares in constant time, and both always run: no early exit to time.
        same_op = hmac.compare_digest(self.op_id, signed.op_id)
        same_vc = hmac.compare_digest(vc, signed.vc)
        return same_op and same_vc
