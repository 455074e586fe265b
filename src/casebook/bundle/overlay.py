"""overlay.jsonl: the sender's pseudonyms for values it withheld (PROTECTION §2).

One line per record whose identity fields the bundle carries without their values:

    <Ed25519 signature, 128 hex> <space> <canonical JSON>\\n

    {"entity": "person" | "interview", "entity_id": hex16, "fields": [sorted field names],
     "n": letter number, "pseudonym": {"en": "Witness B", "ru": "Свидетель Б"},
     "role": role code | "", "v": 1}

    sig = Ed25519(sender identity, b"casebook/v1/overlay\\x00" || BLAKE2b-256(JSON))

A person's line stands for its withheld name and aliases; an interview's for its withheld
interviewee (the pseudonym of the person it names: the reference itself is not disclosed). The
sender signs each line, so that a receiver can keep it and show it as "a pseudonym from that
sender" long after the bundle is gone; the manifest also binds the whole member by its
BLAKE2b-256, so a changed byte is refused as TAMPERED before any line is read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from casebook.base import canonical
from casebook.base.errors import (
    AuthenticationFailed,
    BundleRejected,
    InputRejected,
    RejectReason,
)
from casebook.crypto.keys import Identity, hash32, verify_signature
from casebook.domain.model import ENTITIES
from casebook.store.pseudonyms import Received

if TYPE_CHECKING:
    from casebook.store.store import Store

__all__ = ["OVERLAY_LABEL", "OverlayEntry", "encode_line", "parse_line", "take_overlay"]

OVERLAY_LABEL = b"casebook/v1/overlay\x00"
MAX_TEXT = 200  # characters of a pseudonym
_KEYS = {"entity", "entity_id", "fields", "n", "pseudonym", "role", "v"}
_HEX16 = re.compile(r"[0-9a-f]{32}")
_CODE = re.compile(r"[a-z0-9_]{0,64}")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


@dataclass(frozen=True)
class OverlayEntry:
    """One pseudonym a sender gave a record's withheld fields."""

    entity: str
    entity_id: bytes
    fields: tuple[str, ...]
    n: int
    en: str
    ru: str
    role: str

    def to_json(self) -> dict[str, Any]:
        """The canonical document that is signed."""
        return {
            "entity": self.entity,
            "entity_id": self.entity_id.hex(),
            "fields": sorted(self.fields),
            "n": self.n,
            "pseudonym": {"en": self.en, "ru": self.ru},
            "role": self.role,
            "v": 1,
        }


def encode_line(entry: OverlayEntry, identity: Identity) -> bytes:
    """The signed line (with its newline)."""
    doc = canonical.encode(entry.to_json())
    sig = identity.sign(OVERLAY_LABEL + hash32(doc))
    return sig.hex().encode("ascii") + b" " + doc + b"\n"


def _text(value: Any) -> str:
    if not isinstance(value, str) or not 0 < len(value) <= MAX_TEXT or _CONTROL.search(value):
        raise InputRejected("a pseudonym is one short line")
    return value


def parse_line(line: bytes, sender: bytes) -> tuple[OverlayEntry, bytes, bytes]:
    """(entry, JSON bytes, signature) of one line without its newline, verified under the
    sender's key. `InputRejected` when malformed, `AuthenticationFailed` for a bad signature."""
    if len(line) < 130 or line[128:129] != b" ":
        raise InputRejected("an overlay line is '<sig hex> <json>'")
    try:
        sig = bytes.fromhex(line[:128].decode("ascii"))
    except (UnicodeDecodeError, ValueError) as e:
        raise InputRejected("an overlay line's signature is not hex") from e
    doc_bytes = line[129:]
    doc = canonical.decode(doc_bytes)  # strict: canonical or refused
    if not isinstance(doc, dict) or set(doc) != _KEYS or doc["v"] != 1:
        raise InputRejected("an overlay entry has the wrong keys")
    entity, fields, n, pseudonym, role = (
        doc["entity"],
        doc["fields"],
        doc["n"],
        doc["pseudonym"],
        doc["role"],
    )
    if entity not in ("person", "interview"):
        raise InputRejected("an overlay entry names a person or an interview")
    if not isinstance(doc["entity_id"], str) or not _HEX16.fullmatch(doc["entity_id"]):
        raise InputRejected("an overlay entry's record id is not 32 hex digits")
    if (
        not isinstance(fields, list)
        or not fields
        or fields != sorted(set(fields))
        or not all(isinstance(f, str) and f in ENTITIES[entity].fields for f in fields)
    ):
        raise InputRejected("an overlay entry's fields are not fields of its record")
    if type(n) is not int or not 0 <= n < 100_000:
        raise InputRejected("an overlay entry's letter is out of range")
    if not isinstance(pseudonym, dict) or set(pseudonym) != {"en", "ru"}:
        raise InputRejected("an overlay entry's pseudonym is {en, ru}")
    if not isinstance(role, str) or not _CODE.fullmatch(role):
        raise InputRejected("an overlay entry's role is a code")
    entry = OverlayEntry(
        entity,
        bytes.fromhex(doc["entity_id"]),
        tuple(fields),
        n,
        _text(pseudonym["en"]),
        _text(pseudonym["ru"]),
        role,
    )
    verify_signature(sender, OVERLAY_LABEL + hash32(doc_bytes), sig)  # AuthenticationFailed
    return entry, doc_bytes, sig


def take_overlay(store: Store, sender: bytes, bundle_seq: int, lines: list[bytes]) -> int:
    """Verify every overlay line of an import under the sender's key and keep its pseudonym
    (inside the import's transaction): MALFORMED or BAD_SIGNATURE refuse the whole bundle.
    Returns how many were kept."""
    entries = []
    seen: set[bytes] = set()
    for line in lines:
        try:
            entry, doc, sig = parse_line(line, sender)
        except AuthenticationFailed as e:
            raise BundleRejected(RejectReason.BAD_SIGNATURE, "an overlay line's signature") from e
        except InputRejected as e:
            raise BundleRejected(RejectReason.MALFORMED, f"an overlay line is invalid ({e})") from e
        if entry.entity_id in seen:
            raise BundleRejected(RejectReason.MALFORMED, "two overlay lines for one record")
        seen.add(entry.entity_id)
        entries.append((entry, doc, sig))
    for entry, doc, sig in entries:
        received = Received(sender, entry.entity_id, entry.fields, entry.en, entry.ru, bundle_seq)
        store.pseudonyms.receive(received, doc, sig)
    return len(entries)
