"""Signed operations: the only way case data changes (DESIGN §4, PROTECTION §1).

    op v1   = {"v": 1, "author": hex32, "seq": int ≥ 1, "prev": hex32 | null, "deps": [hex32…],
               "hlc": int, "entity": kind, "entity_id": hex16, "kind": create|set|delete|resolve|
               attach, "field": str, "value": JSON}
    op v2   = {"v": 2, <the same header>, "kind": create|attach|set|resolve|delete|restore|redact,
               "vc": hex32 | null, "parents": {name: hex16} (create, attach),
               "targets": [hex32…], "reason": code (redact)}
    op_id   = BLAKE2b-256(canonical(op))
    sig     = Ed25519(author, b"casebook/v<v>/op\\x00" || op_id)

A v2 op signs a salted commitment `vc` to its value instead of the value, which travels in a
separate `Disclosure` (`casebook.domain.disclosure`): erasing a value changes no id, signature or
state hash. The fold reads skeletons only; the value is checked when a disclosure is accepted.

A *register* is (entity_id, field). `create` and `attach` write the register "_created" (their
parent ids sit in the v1 value or the v2 skeleton), `delete`, `restore` and a whole-record
`redact` write "_deleted", and `set`, `resolve` and a field `redact` write the named field. `deps`
lists the ops of the same register that the author saw as live when writing: the op supersedes
exactly those. A delete also lists every live op of the entity, so that an edit it did not see can
be surfaced (see `casebook.domain.fold`).

`prev` and `seq` chain each author's ops; two valid ops with the same (author, seq) are a fork.
The hybrid logical clock orders display and breaks ties; it never decides correctness.
"""

from __future__ import annotations

import dataclasses
import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import Any, TypeVar

from casebook.base import canonical
from casebook.base.errors import AuthenticationFailed, InputRejected
from casebook.crypto.keys import Identity, hash32, verify_signature
from casebook.domain.disclosure import Disclosure, commit_encoded
from casebook.domain.hlc import Hlc  # re-exported: the clock stamps ops
from casebook.domain.model import ENTITIES, validate_value

__all__ = [
    "parse_signed",
    "KINDS",
    "KINDS_V2",
    "REDACT_REASONS",
    "Hlc",
    "Op",
    "SignedOp",
    "accept_disclosure",
    "as_v2",
    "decode_signed",
    "register_of",
    "sign_op",
]

_T = TypeVar("_T")

VERSION = 1  # the version `sign_op` writes unless told otherwise, until the store keeps disclosures
KINDS = ("create", "set", "delete", "resolve", "attach")
KINDS_V2 = (*KINDS, "restore", "redact")
COMMITTING = ("create", "attach", "set", "resolve")  # v2 kinds with a value, hence a `vc`
REDACT_REASONS = ("consent_withdrawn", "safety", "mistake", "court_order", "other")
SIG_LABEL = b"casebook/v1/op\x00"
SIG_LABEL_V2 = b"casebook/v2/op\x00"
MAX_DEPS = 256
MAX_TARGETS = 4096  # one redact's erasures; a longer history is erased by several redacts
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
_HEADER = frozenset(
    ("v", "author", "seq", "prev", "deps", "hlc", "entity", "entity_id", "kind", "field")
)
_V2_EXTRA = {"create": {"parents"}, "attach": {"parents"}, "redact": {"targets", "reason"}}


@dataclass(frozen=True)
class Op:
    """An unsigned operation; `value` is the value known here (None for an erased v2 value)."""

    author: bytes
    seq: int
    prev: bytes | None
    deps: tuple[bytes, ...]
    hlc: int
    entity: str
    entity_id: bytes
    kind: str
    field: str
    value: Any = dataclasses.field(repr=False)  # case content stays out of logs and tracebacks
    version: int = VERSION  # set by `sign_op` and `decode_signed`
    parents: Mapping[str, bytes] | None = None  # v2 create/attach: {parent kind: id}
    targets: tuple[bytes, ...] = ()  # v2 redact: the ops whose disclosures are dropped
    reason: str | None = None  # v2 redact: one of REDACT_REASONS

    def to_json(self, vc: bytes | None = None) -> dict[str, Any]:
        """The op as the JSON object that is hashed (for v2, the skeleton with `vc`)."""
        doc: dict[str, Any] = {
            "v": self.version,
            "author": self.author.hex(),
            "seq": self.seq,
            "prev": self.prev.hex() if self.prev is not None else None,
            "deps": sorted(d.hex() for d in self.deps),
            "hlc": self.hlc,
            "entity": self.entity,
            "entity_id": self.entity_id.hex(),
            "kind": self.kind,
            "field": self.field,
        }
        if self.version == 1:
            doc["value"] = self.value
            return doc
        doc["vc"] = vc.hex() if vc is not None else None
        if self.kind in ("create", "attach"):
            doc["parents"] = {k: v.hex() for k, v in (self.parents or {}).items()}
        if self.kind == "redact":
            doc["targets"] = sorted(t.hex() for t in self.targets)
            doc["reason"] = self.reason
        return doc

    def encode(self, vc: bytes | None = None) -> bytes:
        """The canonical encoding."""
        return canonical.encode(self.to_json(vc))

    def parent_ids(self) -> dict[str, bytes]:
        """The parent ids a create/attach fixes, from the v1 value or the v2 skeleton."""
        if self.kind not in ("create", "attach"):
            return {}
        if self.version == 2:
            return dict(self.parents or {})
        return {p: bytes.fromhex(self.value[p]) for p in ENTITIES[self.entity].parents}


@dataclass(frozen=True)
class SignedOp:
    """An op with its id, its exact encoding, its author's signature and, for v2, its `vc`."""

    op: Op
    op_id: bytes
    encoded: bytes
    sig: bytes = dataclasses.field(repr=False)
    vc: bytes | None = None  # v2: the commitment in the skeleton, None for kinds without value
    disclosure: Disclosure | None = dataclasses.field(default=None, repr=False)  # v2, if known

    @property
    def register(self) -> tuple[bytes, str]:
        """(entity_id, field) this op writes."""
        return register_of(self.op)

    @property
    def deletes(self) -> bool:
        """True for an op of "_deleted" that deletes (False: it restores, or writes elsewhere)."""
        if self.op.version == 1:
            return self.op.kind == "delete" and self.op.value is True
        # v2 says it in the signed kind, so the fold never needs a value that may be erased.
        return self.op.kind == "delete" or (self.op.kind == "redact" and self.op.field == "")

    @property
    def value_known(self) -> bool:
        """False for a v2 op that commits to a value whose disclosure is not held here."""
        return self.vc is None or self.disclosure is not None

    def without_value(self) -> SignedOp:
        """The bare skeleton, as after erasure: same id, bytes and signature, no disclosure."""
        if self.op.version == 1:
            raise InputRejected("a v1 op holds its value inside its signed bytes")
        return replace(self, op=replace(self.op, value=None), disclosure=None)


def register_of(op: Op) -> tuple[bytes, str]:
    """The register an op writes."""
    if op.kind in ("create", "attach"):
        return op.entity_id, CREATED
    if op.kind in ("delete", "restore") or (op.kind == "redact" and op.field == ""):
        return op.entity_id, DELETED
    return op.entity_id, op.field


def as_v2(op: Op) -> Op:
    """`op` in v2's shape: parent ids move from a create value to `parents`, and a v1 delete
    (true/false) becomes `delete`/`restore` without a value. An op already in v2 shape is kept."""
    if op.kind in ("create", "attach") and op.parents is None and isinstance(op.value, dict):
        spec = ENTITIES.get(op.entity)
        names = spec.parents if spec is not None else ()
        refs = {p: op.value.get(p) for p in names}
        # A missing or malformed id is left where it is, for validation to refuse.
        if all(isinstance(r, str) and _HEX16.fullmatch(r) for r in refs.values()):
            parents = {p: bytes.fromhex(str(r)) for p, r in refs.items()}
            rest = {k: v for k, v in op.value.items() if k not in names}
            op = replace(op, parents=parents, value=rest)
    elif op.kind == "delete" and isinstance(op.value, bool):
        op = replace(op, kind="delete" if op.value else "restore", value=None)
    return replace(op, version=2)


def sign_op(
    op: Op, identity: Identity, *, version: int = VERSION, _nonce: bytes | None = None
) -> SignedOp:
    """Validate, encode, hash and sign `op` as an op of `version` with the owner's identity.

    For v2 the op goes through `as_v2`, its value is committed under a fresh random nonce and
    the result carries the `Disclosure`. `_nonce` is for known-answer tests only.
    """
    if op.author != identity.public:
        raise InputRejected("op author is not the signing identity")
    if version == 1:
        if _nonce is not None:
            raise InputRejected("a v1 op has no nonce")
        op = replace(op, version=1)
        _validate(op)
        encoded = op.encode()
        op_id = hash32(encoded)
        return SignedOp(op, op_id, encoded, identity.sign(SIG_LABEL + op_id))
    if version != 2:
        raise InputRejected("unknown op version")
    op = as_v2(op)
    _validate(op)
    _validate_value(op)
    vc = nonce = value_bytes = None
    if op.kind in COMMITTING:
        nonce = os.urandom(32) if _nonce is None else _nonce
        value_bytes = canonical.encode(op.value)
        vc = commit_encoded(value_bytes, nonce)
    encoded = op.encode(vc)
    op_id = hash32(encoded)
    disclosure = None
    if nonce is not None and value_bytes is not None:
        disclosure = Disclosure.with_bytes(op_id, nonce, op.value, value_bytes)
    return SignedOp(op, op_id, encoded, identity.sign(SIG_LABEL_V2 + op_id), vc, disclosure)


def accept_disclosure(signed: SignedOp, disclosure: Disclosure) -> SignedOp:
    """`signed` with its value, once `disclosure` opens its commitment and the model allows it.

    Raises `AuthenticationFailed` when the disclosure belongs to another op or does not match
    `vc` (a tampered value or nonce), and `InputRejected` when the value is not valid.
    """
    if signed.op.version != 2 or signed.vc is None:
        raise InputRejected("this op commits to no value")
    if not disclosure.matches(signed):
        raise AuthenticationFailed("the disclosure does not open this op")
    op = _evolve(signed.op, value=disclosure.value)
    _validate_value(op)
    return _evolve(signed, op=op, disclosure=disclosure)


def _evolve(obj: _T, **changes: Any) -> _T:
    """`dataclasses.replace` for the frozen, check-free dataclasses of this module, without
    running `__init__` again: a copy of the fields with `changes` (an import's hot path)."""
    new = object.__new__(type(obj))
    new.__dict__.update(obj.__dict__, **changes)
    return new


def _fail(why: str) -> InputRejected:
    return InputRejected(f"invalid op: {why}")


def _validate(op: Op) -> None:
    """Everything but a v2 value, which decoding never sees (`accept_disclosure` checks it)."""
    if op.kind not in {1: KINDS, 2: KINDS_V2}.get(op.version, ()):
        raise _fail("unknown kind or version")
    spec = ENTITIES.get(op.entity)
    if spec is None:
        raise _fail("unknown entity")
    if op.kind in ("set", "resolve") or (op.kind == "redact" and op.field != ""):
        if not _FIELD.fullmatch(op.field) or op.field not in spec.fields:
            raise _fail("bad field name")
    elif op.field != "":
        raise _fail("create, attach, delete and restore name no field")
    if op.seq < 1 or (op.seq == 1) != (op.prev is None):
        raise _fail("bad seq/prev")
    if len(op.deps) > MAX_DEPS or len(set(op.deps)) != len(op.deps):
        raise _fail("bad deps")
    if op.hlc < 0 or len(op.entity_id) != 16 or len(op.author) != 32:
        raise _fail("bad header")
    if op.version == 1:
        if op.parents is not None or op.targets or op.reason is not None:
            raise _fail("v1 keeps parents in the value and has no redact")
        _validate_value(op)
        return
    if op.kind in ("create", "attach"):
        if (op.kind == "attach") != (op.entity == "attachment"):
            raise _fail("create/attach mismatch")
        parents = op.parents or {}
        if op.parents is None or set(parents) != set(spec.parents):
            raise _fail("bad parents")
        if any(len(ref) != 16 for ref in parents.values()):
            raise _fail("bad parent id")
    elif op.parents is not None:
        raise _fail("only create and attach name parents")
    if op.kind == "redact":
        t = op.targets
        if not 1 <= len(t) <= MAX_TARGETS or len(set(t)) != len(t) or {len(x) for x in t} != {32}:
            raise _fail("bad targets")
        if op.reason not in REDACT_REASONS:
            raise _fail("unknown redact reason")
    elif op.targets or op.reason is not None:
        raise _fail("only redact has targets and a reason")


def _validate_value(op: Op) -> None:
    """The value must be what the model allows for this kind and field, already normalised."""
    spec = ENTITIES[op.entity]
    if op.kind in ("create", "attach"):
        if (op.kind == "attach") != (op.entity == "attachment") or op.field != "":
            raise _fail("create/attach mismatch")
        in_value = spec.parents if op.version == 1 else ()  # v2: parents are in the skeleton
        if not isinstance(op.value, dict) or set(op.value) != set(in_value) | set(spec.fixed):
            raise _fail("bad create value")
        for parent in in_value:
            ref = op.value[parent]
            if not isinstance(ref, str) or not _HEX16.fullmatch(ref):
                raise _fail("bad parent id")
        for name in spec.fixed:
            if not _FIXED_OK[name](op.value[name]):
                raise _fail(f"bad {name}")
        return
    if op.kind not in COMMITTING and op.version == 2:
        if op.value is not None:
            raise _fail(f"{op.kind} carries no value")
        return
    if op.kind == "delete":
        if op.field != "" or not isinstance(op.value, bool):
            raise _fail("bad delete")
        return
    if validate_value(spec.spec(op.field), op.value) != op.value:
        raise _fail("value not normalised")


def decode_signed(encoded: bytes, sig: bytes) -> SignedOp:
    """Parse and verify an op (v1, or a v2 skeleton) from untrusted bytes.

    Raises `InputRejected` for anything malformed and `AuthenticationFailed` for a bad
    signature. The op's id is computed, never taken from the input. A v2 value is not here:
    pair the op with its disclosure through `accept_disclosure`.
    """
    signed, message = parse_signed(encoded, sig)
    verify_signature(signed.op.author, message, sig)
    return signed


def parse_signed(encoded: bytes, sig: bytes) -> tuple[SignedOp, bytes]:
    """`decode_signed` without the signature check: the op, and the message its author must
    have signed. For a caller that checks a batch of signatures elsewhere (on a second core)
    and uses none of these ops before their signatures are checked."""
    doc = canonical.decode(encoded)
    if not isinstance(doc, dict) or type(doc.get("v")) is not int:
        raise _fail("wrong keys")
    if doc["v"] == 1:
        if set(doc) != _HEADER | {"value"}:
            raise _fail("wrong keys")
        op, vc, label = Op(**_header(doc), value=doc["value"], version=1), None, SIG_LABEL
    elif doc["v"] == 2:
        op, vc = _skeleton(doc)
        label = SIG_LABEL_V2
    else:
        raise _fail("unsupported version")
    _validate(op)
    op_id = hash32(encoded)
    if len(sig) != 64:
        raise AuthenticationFailed("bad signature length")
    return SignedOp(op, op_id, encoded, sig, vc), label + op_id


def _hex(v: Any, pattern: re.Pattern[str] = _HEX32) -> bytes:
    if not isinstance(v, str) or not pattern.fullmatch(v):
        raise _fail("bad hash or id")
    return bytes.fromhex(v)


def _sorted_ids(v: Any, what: str) -> tuple[bytes, ...]:
    if not isinstance(v, list) or v != sorted(v, key=str):
        raise _fail(f"{what} must be a sorted list")
    return tuple(_hex(d) for d in v)


def _header(doc: dict[str, Any]) -> dict[str, Any]:
    """The Op keyword arguments common to v1 and v2, type-checked."""
    for key in ("seq", "hlc"):
        if type(doc[key]) is not int:
            raise _fail(f"bad {key}")
    for key in ("entity", "kind", "field"):
        if not isinstance(doc[key], str):
            raise _fail(f"bad {key}")
    return {
        "author": _hex(doc["author"]),
        "seq": doc["seq"],
        "prev": None if doc["prev"] is None else _hex(doc["prev"]),
        "deps": _sorted_ids(doc["deps"], "deps"),
        "hlc": doc["hlc"],
        "entity": doc["entity"],
        "entity_id": _hex(doc["entity_id"], _HEX16),
        "kind": doc["kind"],
        "field": doc["field"],
    }


def _skeleton(doc: dict[str, Any]) -> tuple[Op, bytes | None]:
    """A v2 skeleton's op (no value) and its `vc`; the keys must be exactly its kind's."""
    kind = doc.get("kind")
    if not isinstance(kind, str) or kind not in KINDS_V2:
        raise _fail("unknown kind")
    if set(doc) != _HEADER | {"vc"} | _V2_EXTRA.get(kind, set()):
        raise _fail("wrong keys")
    vc = None if doc["vc"] is None else _hex(doc["vc"])
    if (vc is not None) != (kind in COMMITTING):
        raise _fail("vc must be set exactly for kinds with a value")
    parents = None
    if "parents" in doc:
        if not isinstance(doc["parents"], dict):
            raise _fail("bad parents")
        parents = {k: _hex(v, _HEX16) for k, v in doc["parents"].items()}
    targets: tuple[bytes, ...] = ()
    if "targets" in doc:
        if isinstance(doc["targets"], list) and len(doc["targets"]) > MAX_TARGETS:
            raise _fail("bad targets")
        targets = _sorted_ids(doc["targets"], "targets")
    reason = doc.get("reason")
    if "reason" in doc and not isinstance(reason, str):
        raise _fail("bad reason")
    op = Op(**_header(doc), value=None, version=2, parents=parents, targets=targets, reason=reason)
    return op, vc
