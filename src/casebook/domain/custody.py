"""The custody log (PROTECTION §4): who held a piece of evidence, what they did with it, in order.

    entry    = {"v": 1, "author": hex32, "seq": n >= 1, "prev": hex32 | null,
                "item": hex32, "item_prev": hex32 | null, "time": ms (the author's clock),
                "event": code, "detail": {ids, hashes, codes, counts}}
    entry_id = BLAKE2b-256(canonical(entry))
    sig      = Ed25519(author, b"casebook/v1/custody\\x00" || entry_id)
    line     = canonical {"entry": entry, "id": hex(entry_id), "sig": hex(sig)}    custody.jsonl

`item` is an attachment's SHA-256 (for an override about a record, not a file:
SHA-256(b"casebook/v1/record\\x00" || record id), `record_item`). Two links: `prev` chains an
author's own log (seq 1, 2, ...: two entries at one seq, or after one prev, are a fork);
`item_prev` chains the item's history: the author's previous entry for the item, or, for the
first entry of a receiver, the sender's last entry (its `receive` continues the sender's chain),
or null at a root (`ROOTS`).

`detail` is built from a fixed schema per event (`SCHEMA`): record and bundle ids, hashes,
identity keys, codes, counts, dates and a body's reference number, never free text. So no file
path and no case text can enter an entry, whoever calls the writer (docs/custody.md).
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from casebook.base import canonical
from casebook.base.errors import AuthenticationFailed, InputRejected
from casebook.crypto.keys import Identity, hash32, verify_signature

__all__ = [
    "BODIES",
    "EVENTS",
    "MAX_ENTRY",
    "MAX_LINE",
    "ROOTS",
    "SIG_LABEL",
    "Entry",
    "SignedEntry",
    "can_start",
    "chain_problems",
    "decode_entry",
    "parse_line",
    "record_item",
    "sign_entry",
    "validate_detail",
]

SIG_LABEL = b"casebook/v1/custody\x00"
RECORD_ITEM_LABEL = b"casebook/v1/record\x00"
VERSION = 1
MAX_ENTRY = 4096  # one entry's canonical bytes: ids and codes only, far below this
MAX_LINE = 2 * MAX_ENTRY  # one custody.jsonl line
MAX_RECIPIENTS = 64
EVENTS = (
    "intake",
    "view",
    "export_plain",
    "seal",
    "receive",
    "derive",
    "verify",
    "report",
    "transfer_out",
    "erase",
    "override",
    "note_late",
)
# Events that may start an item's chain (item_prev null).
ROOTS = ("intake", "derive", "receive", "note_late", "override")
# Bodies a copy is handed to by hand (`transfer_out`): codes, shown with labels in the UI.
BODIES = ("echr", "un", "court", "prosecutor", "asylum", "ombudsman", "police", "other")
VERIFY_RESULTS = ("ok", "mismatch", "missing")

_HEX16 = re.compile(r"[0-9a-f]{32}")
_HEX32 = re.compile(r"[0-9a-f]{64}")
_CODE = re.compile(r"[a-z][a-z0-9_]{0,31}")
_DATE = re.compile(r"[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])")
# A reference number a court or body gave (12345/21, 2а-123/2024, CCPR/C/123/D/4567/2020):
# letters, digits and / . - only, at least one digit; no spaces, so no name with a first name.
_REF = re.compile(r"(?=.*[0-9])[0-9A-Za-zА-Яа-яЁё/.\-№]{1,48}")
_MAX_COUNT = 2**62


def _hex16(v: Any) -> bool:
    return isinstance(v, str) and _HEX16.fullmatch(v) is not None


def _hex32(v: Any) -> bool:
    return isinstance(v, str) and _HEX32.fullmatch(v) is not None


def _hex32_or_null(v: Any) -> bool:
    return v is None or _hex32(v)


def _hexid(v: Any) -> bool:
    return _hex16(v) or _hex32(v)


def _count(v: Any) -> bool:
    return type(v) is int and 0 <= v <= _MAX_COUNT


def _code(v: Any) -> bool:
    return isinstance(v, str) and _CODE.fullmatch(v) is not None


def _keys(v: Any) -> bool:
    return (
        isinstance(v, list)
        and 0 < len(v) <= MAX_RECIPIENTS
        and all(_hex32(k) for k in v)
        and v == sorted(set(v))
    )


def _body(v: Any) -> bool:
    return v in BODIES


def _ref(v: Any) -> bool:
    return isinstance(v, str) and _REF.fullmatch(v) is not None


def _when(v: Any) -> bool:
    return _count(v) or (isinstance(v, str) and _DATE.fullmatch(v) is not None)


def _result(v: Any) -> bool:
    return v in VERIFY_RESULTS


def _event(v: Any) -> bool:
    return v in EVENTS and v != "note_late"


Check = Callable[[Any], bool]
# Per event, the alternative shapes of `detail`: (required keys, optional keys), each key with
# its check. Every value is an id, a hash, a key, a code, a count, a date or a reference.
_SHAPES: dict[str, tuple[tuple[dict[str, Check], dict[str, Check]], ...]] = {
    "intake": (({"record": _hex16, "size": _count}, {}),),
    "view": (({"record": _hex16}, {}),),
    "export_plain": (({"record": _hex16, "written": _hex32, "size": _count}, {}),),
    "seal": (({"bundle": _hex16, "seq": _count, "to": _keys}, {}),),
    "receive": (
        (
            {
                "bundle": _hex16,
                "from": _hex32,
                "sender_head": _hex32_or_null,
                "sender_entry": _hex32_or_null,
            },
            {},
        ),
    ),
    "derive": (
        # On the original's chain: a redacted copy was made of it.
        ({"to": _hex32, "record": _hex16}, {}),
        # On the copy's chain: made from the original, after that entry of the original's.
        ({"from": _hex32, "from_entry": _hex32, "record": _hex16, "size": _count}, {}),
    ),
    "verify": (({"result": _result}, {}),),
    "report": (({"report": _hexid, "purpose": _code}, {"annex": _count}),),
    "transfer_out": (({"to": _body, "ref": _ref}, {}),),
    # `by`: whose erasure it was (the redact's author: the owner, or a colleague whose
    # erasure purged here); entries from before it was added lack it.
    "erase": (({"record": _hex16, "op": _hex32, "reason": _code}, {"by": _hex32}),),
    "override": (
        ({"reason": _code}, {"op": _hex32, "record": _hex16, "to": _keys, "scope": _code}),
    ),
}
# A late entry names the event it reconstructs and when it happened (a date, or ms of the
# author's clock); the rest of its keys are that event's, all optional (a reconstruction may
# not know them all).
_LATE: dict[str, Check] = {"event": _event, "when": _when}


def _fits(
    detail: Mapping[str, Any], required: dict[str, Check], optional: dict[str, Check]
) -> bool:
    keys = set(detail)
    if not set(required) <= keys or not keys <= set(required) | set(optional):
        return False
    checks = required | optional
    return all(checks[k](v) for k, v in detail.items())


def validate_detail(event: str, detail: Any) -> None:
    """Raise `InputRejected` unless `detail` has one of the shapes of `event` (`_SHAPES`)."""
    if event not in EVENTS:
        raise InputRejected("not a custody event")
    if not isinstance(detail, dict):
        raise InputRejected("a custody detail is an object")
    if event == "note_late":
        late = detail.get("event")
        if not _event(late):
            raise InputRejected("a late custody entry names the event it reconstructs")
        extra: dict[str, Check] = {}
        for required, optional in _SHAPES[str(late)]:
            extra |= required | optional
        if _fits(detail, _LATE, extra):
            return
    elif any(_fits(detail, req, opt) for req, opt in _SHAPES[event]):
        return
    raise InputRejected(f"the custody detail of {event!r} has unexpected keys or values")


def can_start(event: str, detail: Mapping[str, Any]) -> bool:
    """True when an entry may start an item's chain: an intake, a receipt, a late entry, an
    override about a record, or the copy's side of a derivation (it names its original)."""
    return event in ROOTS and (event != "derive" or "from" in detail)


def record_item(record_id: bytes) -> bytes:
    """The item id of a record that is not a file (an override about a person's values)."""
    return hashlib.sha256(RECORD_ITEM_LABEL + record_id).digest()


@dataclass(frozen=True)
class Entry:
    """One custody entry, unsigned."""

    author: bytes
    seq: int
    prev: bytes | None
    item: bytes
    item_prev: bytes | None
    time_ms: int
    event: str
    detail: Mapping[str, Any] = dataclasses.field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """The entry as the JSON object that is hashed."""
        return {
            "v": VERSION,
            "author": self.author.hex(),
            "seq": self.seq,
            "prev": self.prev.hex() if self.prev is not None else None,
            "item": self.item.hex(),
            "item_prev": self.item_prev.hex() if self.item_prev is not None else None,
            "time": self.time_ms,
            "event": self.event,
            "detail": dict(self.detail),
        }

    def encode(self) -> bytes:
        """The canonical bytes; `InputRejected` when the entry breaks the format."""
        _check_entry(self)
        data = canonical.encode(self.to_json())
        if len(data) > MAX_ENTRY:
            raise InputRejected("a custody entry is too large")
        return data


@dataclass(frozen=True)
class SignedEntry:
    """An entry with its id, its exact bytes and its author's signature."""

    entry: Entry
    entry_id: bytes
    encoded: bytes
    sig: bytes

    def line(self) -> bytes:
        """Its line of custody.jsonl (canonical JSON, then a newline)."""
        doc = {
            "entry": canonical.decode(self.encoded),
            "id": self.entry_id.hex(),
            "sig": self.sig.hex(),
        }
        return canonical.encode(doc) + b"\n"


def _check_entry(e: Entry) -> None:
    if len(e.author) != 32 or len(e.item) != 32:
        raise InputRejected("a custody entry's author and item are 32 bytes")
    if type(e.seq) is not int or not 1 <= e.seq <= _MAX_COUNT:
        raise InputRejected("a custody entry's seq is 1 or more")
    if (e.seq == 1) != (e.prev is None) or (e.prev is not None and len(e.prev) != 32):
        raise InputRejected("a custody entry's seq and prev disagree")
    if e.item_prev is not None and len(e.item_prev) != 32:
        raise InputRejected("a custody entry's item_prev is 32 bytes")
    if not _count(e.time_ms):
        raise InputRejected("a custody entry's time is a count of milliseconds")
    validate_detail(e.event, dict(e.detail))


def sign_entry(entry: Entry, identity: Identity) -> SignedEntry:
    """Sign an entry with the author's identity key (which must be the entry's author)."""
    if entry.author != identity.public:
        raise InputRejected("a custody entry is signed by its author")
    encoded = entry.encode()
    entry_id = hash32(encoded)
    return SignedEntry(entry, entry_id, encoded, identity.sign(SIG_LABEL + entry_id))


def _hex_or_none(v: Any, what: str) -> bytes | None:
    if v is None:
        return None
    if not _hex32(v):
        raise InputRejected(f"a custody entry's {what} is not a 64-digit hash")
    return bytes.fromhex(v)


def _from_json(doc: Any) -> Entry:
    keys = {"v", "author", "seq", "prev", "item", "item_prev", "time", "event", "detail"}
    if not isinstance(doc, dict) or set(doc) != keys or doc["v"] != VERSION:
        raise InputRejected("not a custody entry")
    if not (_hex32(doc["author"]) and _hex32(doc["item"])):
        raise InputRejected("a custody entry's author or item is not a 64-digit hash")
    if type(doc["seq"]) is not int or type(doc["time"]) is not int:
        raise InputRejected("a custody entry's seq and time are integers")
    if not isinstance(doc["detail"], dict) or not isinstance(doc["event"], str):
        raise InputRejected("a custody entry's event is a code and its detail an object")
    entry = Entry(
        author=bytes.fromhex(doc["author"]),
        seq=doc["seq"],
        prev=_hex_or_none(doc["prev"], "prev"),
        item=bytes.fromhex(doc["item"]),
        item_prev=_hex_or_none(doc["item_prev"], "item_prev"),
        time_ms=doc["time"],
        event=doc["event"],
        detail=doc["detail"],
    )
    _check_entry(entry)
    return entry


def decode_entry(encoded: bytes, sig: bytes) -> SignedEntry:
    """Decode and verify an entry from its canonical bytes and signature.

    `InputRejected` for anything malformed; `AuthenticationFailed` for a bad signature."""
    if len(encoded) > MAX_ENTRY:
        raise InputRejected("a custody entry is too large")
    entry = _from_json(canonical.decode(encoded))
    entry_id = hash32(encoded)
    if len(sig) != 64:
        raise AuthenticationFailed("a custody signature is 64 bytes")
    verify_signature(entry.author, SIG_LABEL + entry_id, sig)
    return SignedEntry(entry, entry_id, encoded, sig)


def parse_line(line: bytes) -> SignedEntry:
    """One line of custody.jsonl (without its newline), verified: its id is the hash of its
    entry and its signature is the author's. `InputRejected` or `AuthenticationFailed`."""
    if len(line) > MAX_LINE:
        raise InputRejected("a custody line is too long")
    doc = canonical.decode(line)
    if not isinstance(doc, dict) or set(doc) != {"entry", "id", "sig"}:
        raise InputRejected("a custody line is {entry, id, sig}")
    sig, entry_id = doc["sig"], doc["id"]
    if not (isinstance(sig, str) and re.fullmatch(r"[0-9a-f]{128}", sig) and _hex32(entry_id)):
        raise InputRejected("a custody line's id or signature is not hex")
    signed = decode_entry(canonical.encode(doc["entry"]), bytes.fromhex(sig))
    if signed.entry_id.hex() != entry_id:
        raise AuthenticationFailed("a custody line's id is not the hash of its entry")
    return signed


def chain_problems(path: Sequence[SignedEntry]) -> list[str]:
    """What is wrong with an item's chain, given root first (an empty list: it holds).

    The root's `item_prev` is null and its event may start a chain; every later entry names
    the one before it, and all are about the same item."""
    problems: list[str] = []
    if not path:
        return ["no entry"]
    root = path[0].entry
    if root.item_prev is not None:
        problems.append("the first entry names an earlier one that is not here")
    elif not can_start(root.event, root.detail):
        problems.append(f"the chain starts with {root.event!r}, not with intake or receipt")
    for before, after in zip(path, path[1:], strict=False):
        if after.entry.item != root.item:
            problems.append(f"entry {after.entry_id.hex()[:16]} is about another item")
        if after.entry.item_prev != before.entry_id:
            problems.append(f"entry {after.entry_id.hex()[:16]} does not follow the one before")
    return problems
