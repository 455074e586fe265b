"""Signed operations: the only way case data changes (DESIGN §4).

    op      = {"v": 1, "author": hex32, "seq": int ≥ 1, "prev": hex32 | null, "deps": [hex32…],
               "hlc": int, "entity": kind, "entity_id": hex16, "kind": create|set|delete|resolve|
               attach, "field": str, "value": JSON}
    op_id   = BLAKE2b-256(canonical(op))
    sig     = Ed25519(author, b"casebook/v1/op\\x00" || op_id)

A *register* is (entity_id, field). `create` and `attach` write the register "_created" (their
value holds the parent ids and any fixed metadata), `delete` writes "_deleted", and `set` and
`resolve` write the named field. `deps` lists the ops of the same register that the author saw
as live when writing: the op supersedes exactly those. `delete` also lists every live op of the
entity, so that an edit it did not see can be surfaced (see `casebook.domain.fold`).

`prev` and `seq` chain each author's ops; two valid ops with the same (author, seq) are a fork.
The hybrid logical clock orders display and breaks ties; it never decides correctness.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from casebook.base import canonical
from casebook.base.errors import AuthenticationFailed, InputRejected
from casebook.crypto.keys import Identity, hash32, verify_signature
from casebook.domain.model import ENTITIES, validate_value

__all__ = [
    "KINDS",
    "Hlc",
    "Op",
    "SignedOp",
    "decode_signed",
    "register_of",
    "sign_op",
]

VERSION = 1
KINDS = ("create", "set", "delete", "resolve", "attach")
SIG_LABEL = b"casebook/v1/op\x00"
MAX_DEPS = 256
CREATED, DELETED = "_created", "_deleted"
_HEX32 = re.compile(r"[0-9a-f]{64}")
_HEX16 = re.compile(r"[0-9a-f]{32}")
_CONTROL = re.compile(r"[\x00-\x1f\x7f\ud800-\udfff]")
_FIELD = re.compile(r"[a-z][a-z0-9_]{0,63}")
_MEDIA_TYPE = re.compile(r"[a-z0-9][a-z0-9!#$&^_.+-]{0,63}/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}")
_SHA256 = re.compile(r"[0-9a-f]{64}")
_FIXED_OK: dict[str, Callable[[Any], bool]] = {
    "name": lambda v: isinstance(v, str) and 0 < len(v) <= 1000 and not _CONTROL.search(v),
    "media_type": lambda v: isinstance(v, str) and _MEDIA_TYPE.fullmatch(v) is not None,
    "size": lambda v: type(v) is int and 0 <= v < 2**63,
    "sha256": lambda v: isinstance(v, str) and _SHA256.fullmatch(v) is not None,
}


@dataclass(frozen=True)
class Op:
    """An unsigned operation."""

    author: bytes
    seq: int
    prev: bytes | None
    deps: tuple[bytes, ...]
    hlc: int
    entity: str
    entity_id: bytes
    kind: str
    field: str
    value: Any

    def to_json(self) -> dict[str, Any]:
        """The op as the JSON object that is hashed."""
        return {
            "v": VERSION,
            "author": self.author.hex(),
            "seq": self.seq,
            "prev": self.prev.hex() if self.prev is not None else None,
            "deps": sorted(d.hex() for d in self.deps),
            "hlc": self.hlc,
            "entity": self.entity,
            "entity_id": self.entity_id.hex(),
            "kind": self.kind,
            "field": self.field,
            "value": self.value,
        }

    def encode(self) -> bytes:
        """The canonical encoding."""
        return canonical.encode(self.to_json())


@dataclass(frozen=True)
class SignedOp:
    """An op with its id, its exact encoding and its author's signature."""

    op: Op
    op_id: bytes
    encoded: bytes
    sig: bytes = field(repr=False)

    @property
    def register(self) -> tuple[bytes, str]:
        """(entity_id, field) this op writes."""
        return register_of(self.op)


def register_of(op: Op) -> tuple[bytes, str]:
    """The register an op writes."""
    if op.kind in ("create", "attach"):
        return op.entity_id, CREATED
    if op.kind == "delete":
        return op.entity_id, DELETED
    return op.entity_id, op.field


def sign_op(op: Op, identity: Identity) -> SignedOp:
    """Encode, hash and sign `op` with the owner's identity."""
    if op.author != identity.public:
        raise InputRejected("op author is not the signing identity")
    _validate(op)
    encoded = op.encode()
    op_id = hash32(encoded)
    return SignedOp(op, op_id, encoded, identity.sign(SIG_LABEL + op_id))


def _fail(why: str) -> InputRejected:
    return InputRejected(f"invalid op: {why}")


def _validate(op: Op) -> None:
    if op.kind not in KINDS:
        raise _fail("unknown kind")
    if op.entity not in ENTITIES:
        raise _fail("unknown entity")
    if op.kind in ("set", "resolve"):
        if not _FIELD.fullmatch(op.field):
            raise _fail("bad field name")
    elif op.field != "":
        raise _fail("create, attach and delete name no field")
    if op.seq < 1 or (op.seq == 1) != (op.prev is None):
        raise _fail("bad seq/prev")
    if len(op.deps) > MAX_DEPS or len(set(op.deps)) != len(op.deps):
        raise _fail("bad deps")
    if op.hlc < 0 or len(op.entity_id) != 16 or len(op.author) != 32:
        raise _fail("bad header")
    _validate_value(op)


def _validate_value(op: Op) -> None:
    """The value must be what the model allows for this kind and field, already normalised."""
    spec = ENTITIES[op.entity]
    if op.kind in ("create", "attach"):
        if (op.kind == "attach") != (op.entity == "attachment") or op.field != "":
            raise _fail("create/attach mismatch")
        if not isinstance(op.value, dict) or set(op.value) != set(spec.parents) | set(spec.fixed):
            raise _fail("bad create value")
        for parent in spec.parents:
            ref = op.value[parent]
            if not isinstance(ref, str) or not _HEX16.fullmatch(ref):
                raise _fail("bad parent id")
        for name in spec.fixed:
            if not _FIXED_OK[name](op.value[name]):
                raise _fail(f"bad {name}")
        return
    if op.kind == "delete":
        if op.field != "" or not isinstance(op.value, bool):
            raise _fail("bad delete")
        return
    if validate_value(spec.spec(op.field), op.value) != op.value:
        raise _fail("value not normalised")


def decode_signed(encoded: bytes, sig: bytes) -> SignedOp:
    """Parse and verify an op from untrusted bytes.

    Raises `InputRejected` for anything malformed and `AuthenticationFailed` for a bad
    signature. The op's id is computed, never taken from the input.
    """
    doc = canonical.decode(encoded)
    if not isinstance(doc, dict) or set(doc) != {
        "v",
        "author",
        "seq",
        "prev",
        "deps",
        "hlc",
        "entity",
        "entity_id",
        "kind",
        "field",
        "value",
    }:
        raise _fail("wrong keys")
    if doc["v"] != VERSION:
        raise _fail("unsupported version")

    def hex32(v: Any) -> bytes:
        if not isinstance(v, str) or not _HEX32.fullmatch(v):
            raise _fail("bad hash")
        return bytes.fromhex(v)

    if not isinstance(doc["entity_id"], str) or not _HEX16.fullmatch(doc["entity_id"]):
        raise _fail("bad entity id")
    for key in ("seq", "hlc"):
        if type(doc[key]) is not int:
            raise _fail(f"bad {key}")
    if not isinstance(doc["deps"], list) or doc["deps"] != sorted(doc["deps"]):
        raise _fail("deps must be a sorted list")
    for key in ("entity", "kind", "field"):
        if not isinstance(doc[key], str):
            raise _fail(f"bad {key}")
    op = Op(
        author=hex32(doc["author"]),
        seq=doc["seq"],
        prev=None if doc["prev"] is None else hex32(doc["prev"]),
        deps=tuple(hex32(d) for d in doc["deps"]),
        hlc=doc["hlc"],
        entity=doc["entity"],
        entity_id=bytes.fromhex(doc["entity_id"]),
        kind=doc["kind"],
        field=doc["field"],
        value=doc["value"],
    )
    _validate(op)
    op_id = hash32(encoded)
    if len(sig) != 64:
        raise AuthenticationFailed("bad signature length")
    verify_signature(op.author, SIG_LABEL + op_id, sig)
    return SignedOp(op, op_id, encoded, sig)


class Hlc:
    """A hybrid logical clock: (wall milliseconds << 16) | counter.

    `now()` never goes backwards, even when the wall clock does; `observe()` moves it past a
    timestamp seen in someone else's op.
    """

    COUNTER_BITS = 16

    def __init__(self, last: int = 0) -> None:
        self.last = last

    @staticmethod
    def wall() -> int:
        """The wall clock as an HLC value with counter 0."""
        return int(time.time() * 1000) << Hlc.COUNTER_BITS

    def now(self) -> int:
        """A fresh timestamp greater than every one issued or observed."""
        self.last = max(self.wall(), self.last + 1)
        return self.last

    def observe(self, stamp: int) -> None:
        """Take note of a timestamp from an op that arrived."""
        self.last = max(self.last, stamp)

    @staticmethod
    def to_ms(stamp: int) -> int:
        """The wall-clock milliseconds of a stamp."""
        return stamp >> Hlc.COUNTER_BITS

    @staticmethod
    def is_far_future(stamp: int, *, slack_ms: int = 24 * 3600 * 1000) -> bool:
        """True for a stamp more than a day ahead of this machine's clock: flagged, not refused."""
        return Hlc.to_ms(stamp) > int(time.time() * 1000) + slack_ms
