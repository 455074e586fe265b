"""What the custody log's use cases return (service/custody.py): custodians, checked chain
entries, chains, the whole log's check and a verification package's custody part; and an
author's key as a package's keys.json gives it."""

from __future__ import annotations

import base64
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "ChainEntry",
    "Custodian",
    "CustodyChain",
    "CustodyCheck",
    "CustodyPackage",
    "key_json",
]


@dataclass(frozen=True)
class Custodian:
    """An author of custody entries: whose key, and what this vault calls them."""

    identity: bytes
    is_me: bool
    name: str | None  # the pet name of a peer; None for the owner or a key nobody added
    fingerprint: str

    @property
    def key_id(self) -> str:
        """16 hex digits of the identity key."""
        return self.identity.hex()[:16]

    def to_json(self) -> dict[str, Any]:
        """For `--json`."""
        return {
            "identity": self.identity.hex(),
            "key_id": self.key_id,
            "me": self.is_me,
            "name": self.name,
            "fingerprint": self.fingerprint,
        }


@dataclass(frozen=True)
class ChainEntry:
    """One entry of an item's chain, checked: `status` is "ok", "bad_signature" (its id or
    signature does not verify), "broken" (it does not follow the entry before it) or
    "revoked" (it verifies, but it is signed by a revoked key after its cut-off and came in
    after the revocation: not trusted, docs/custody.md)."""

    entry_id: bytes
    custodian: Custodian
    seq: int
    prev: bytes | None
    item: bytes
    item_prev: bytes | None
    time_ms: int
    event: str
    detail: dict[str, Any]
    status: str
    line: bytes = field(repr=False, default=b"")

    @property
    def late(self) -> bool:
        """True for an entry written after the fact, which says so."""
        return self.event == "note_late"

    def to_json(self) -> dict[str, Any]:
        """For `--json`."""
        return {
            "id": self.entry_id.hex(),
            "author": self.custodian.to_json(),
            "seq": self.seq,
            "prev": self.prev.hex() if self.prev else None,
            "item": self.item.hex(),
            "item_prev": self.item_prev.hex() if self.item_prev else None,
            "time": self.time_ms,
            "event": self.event,
            "detail": self.detail,
            "status": self.status,
        }


@dataclass(frozen=True)
class CustodyChain:
    """An item's chain as this vault holds it, root first, and what is wrong with it."""

    item: bytes
    entries: tuple[ChainEntry, ...]
    problems: tuple[str, ...]
    others: int = 0  # entries held for the item off this chain (a sender's later ones)
    revoked: tuple[bytes, ...] = ()  # entries signed by a revoked key after its cut-off

    @property
    def ok(self) -> bool:
        """True when every entry verifies, follows the one before, from a root, and is trusted
        (none signed by a revoked key after its cut-off)."""
        return bool(self.entries) and not self.problems

    @property
    def holds(self) -> bool:
        """True when every signature and link holds, trust in revoked keys aside (a package
        can carry it: a revoked key's entries are evidence of what that key signed)."""
        return bool(self.entries) and len(self.problems) == len(self.revoked)

    @property
    def custodians(self) -> tuple[Custodian, ...]:
        """Who held the item, in the order they first appear on the chain."""
        seen: dict[bytes, Custodian] = {}
        for e in self.entries:
            seen.setdefault(e.custodian.identity, e.custodian)
        return tuple(seen.values())

    @property
    def head(self) -> bytes | None:
        """The id of the chain's last entry."""
        return self.entries[-1].entry_id if self.entries else None

    def to_json(self) -> dict[str, Any]:
        """For `--json`."""
        return {
            "item": self.item.hex(),
            "ok": self.ok,
            "problems": list(self.problems),
            "custodians": [c.to_json() for c in self.custodians],
            "entries": [e.to_json() for e in self.entries],
            "others": self.others,
            "revoked": [r.hex() for r in self.revoked],
        }


@dataclass(frozen=True)
class CustodyCheck:
    """What `verify` found: entries and items checked, problems, and each item's bytes."""

    entries: int
    authors: int
    items: int
    problems: tuple[str, ...]
    contents: dict[str, str]  # item hex -> "ok" | "mismatch" | "missing"
    recorded: int = 0  # verify entries written

    @property
    def ok(self) -> bool:
        """True when the log holds and every item's bytes match their hash."""
        return not self.problems and all(r == "ok" for r in self.contents.values())

    def to_json(self) -> dict[str, Any]:
        """For `--json`."""
        return {
            "ok": self.ok,
            "entries": self.entries,
            "authors": self.authors,
            "items": self.items,
            "problems": list(self.problems),
            "contents": self.contents,
            "recorded": self.recorded,
        }


@dataclass(frozen=True)
class CustodyPackage:
    """The custody part of a verification package (docs/custody.md, "The package")."""

    jsonl: bytes  # custody.jsonl: every item's chain, items ascending, each root first
    keys_json: bytes  # keys.json: the authors' Ed25519 keys and the vault's fingerprint
    heads: dict[str, str]  # item hex -> the id of its chain's last entry
    entries: int


_SPKI_PREFIX = bytes.fromhex("302a300506032b6570032100")


def key_json(c: Custodian) -> dict[str, Any]:
    """An author's Ed25519 key as keys.json gives it (hex, key id, fingerprint, PEM)."""
    der = base64.b64encode(_SPKI_PREFIX + c.identity).decode("ascii")
    return {
        "identity": c.identity.hex(),
        "key_id": c.key_id,
        "fingerprint": c.fingerprint,
        "pem": f"-----BEGIN PUBLIC KEY-----\n{der}\n-----END PUBLIC KEY-----\n",
    }
