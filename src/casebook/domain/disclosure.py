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

__all__ = ["NONCE_SIZE", "VALUE_PERSON", "Disclosure", "commit"]

NONCE_SIZE = 32
VALUE_PERSON = b"casebook/v2/val"  # BLAKE2b's personalisation takes at most 16 bytes: this is 15
_HEX32 = re.compile(r"[0-9a-f]{64}")


def commit(value: Any, nonce: bytes) -> bytes:
    """The 32-byte commitment `vc` to `value` under `nonce`."""
    if len(nonce) != NONCE_SIZE:
        raise InputRejected("a commitment nonce is 32 bytes")
    data = canonical.encode(value)
    return hashlib.blake2b(data, digest_size=32, key=nonce, person=VALUE_PERSON).digest()


@dataclass(frozen=True)
class Disclosure:
    """The nonce and value that open one op's commitment."""

    op_id: bytes
    # Kept out of repr: a disclosure must not leak its value or nonce into logs or tracebacks.
    nonce: bytes = field(repr=False)
    value: Any = field(repr=False)

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
        return cls(bytes.fromhex(doc["op"]), bytes.fromhex(doc["n"]), doc["v"])

    def matches(self, signed: SignedOp) -> bool:
        """True when this disclosure opens `signed`'s commitment (same op, same `vc`)."""
        if signed.vc is None or len(self.nonce) != NONCE_SIZE:
            return False
        try:
            vc = commit(self.value, self.nonce)
        except InputRejected:
            return False  # a value that has no canonical form commits to nothing
        # Both compares in constant time, and both always run: no early exit to time.
        same_op = hmac.compare_digest(self.op_id, signed.op_id)
        same_vc = hmac.compare_digest(vc, signed.vc)
        return same_op and same_vc
