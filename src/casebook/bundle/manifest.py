"""The signed manifest of a bundle (v1 and v2): what the sender vouches for.

    manifest = canonical JSON (casebook.base.canonical) of
      {"format": "casebook-bundle", "version": 1 | 2,
       "bundle_id": hex(16 random bytes),
       "sender": <the sender's identity card, as in casebook.domain.peers>,
       "recipients": [{"identity": hex(Ed25519), "recipient": "age1…"}, …]   sorted, 1..64
       "seq": n ≥ 1, "prev": null (n = 1) | hex(BLAKE2b-256 of manifest n-1),
       "created": ms since 1970,
       "acks": {hex(author): k, …}      the sender holds that author's ops 1..k
       "cases": null | [hex(case id), …] the case filter, when one was used
       "entries": [{"name": "casebook/ops.jsonl", "size": s, "count": c, "blake2b": hex},
              v2:  {"name": "casebook/disclosures.jsonl", "size": s, "count": c, "blake2b": hex},
              v2:  {"name": "casebook/overlay.jsonl", "size": s, "count": c, "blake2b": hex},
        custody:  {"name": "casebook/custody.jsonl", "size": s, "count": c, "blake2b": hex},
                   {"name": "casebook/attachments/<sha256>", "size": s, "sha256": hex}, …]
       "padding": p,
       "volumes": {"count": v, "size": null (v = 1) | bytes of every volume but the last},
       "age_header": hex(BLAKE2b-256 of the exact age header, intro through the MAC line),
    custody: "custody_head": null | hex(the id of the sender's latest custody entry)}

    manifest.sig = Ed25519(sender, b"casebook/v1/manifest\\x00" || BLAKE2b-256(manifest))

Signing the recipients and the age header binds the envelope to this one sealing: a recipient
who re-encrypts it to someone else cannot keep the header (Davis, "Defective Sign & Encrypt").
`parse_manifest` reads v1 and v2: exact keys, exact types, every count and size bounded. A v2
manifest lists the disclosures and the overlay right after the ops entry; in the archive they
come before ops.jsonl, so that an import holds every value before it applies the ops.

The custody extension of v2 (docs/bundle-format.md §17, docs/custody.md): a v2 manifest may
carry `custody_head`, and then lists casebook/custody.jsonl right after the overlay (the
member follows overlay.jsonl in the archive); a manifest without the key is read as before.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from casebook.base import canonical
from casebook.base.errors import (
    AuthenticationFailed,
    BundleRejected,
    CasebookError,
    InputRejected,
    NumberTooLarge,
    RejectReason,
)
from casebook.bundle.format import (
    ATTACHMENT_PREFIX,
    MAX_MANIFEST,
    NAME_CUSTODY,
    NAME_DISCLOSURES,
    NAME_OPS,
    NAME_OVERLAY,
    SIG_SIZE,
)
from casebook.crypto import bech32
from casebook.crypto.keys import Identity, hash32, verify_signature
from casebook.domain.peers import Card, parse_card

__all__ = [
    "FORMAT",
    "MAX_ATTACHMENTS",
    "MAX_AUTHORS",
    "MAX_CASES",
    "MAX_OPS",
    "MAX_RECIPIENTS",
    "MAX_VOLUMES",
    "SIG_LABEL",
    "VERSION",
    "Entry",
    "Manifest",
    "Recipient",
    "manifest_hash",
    "parse_manifest",
    "sign_manifest",
    "verify_manifest",
]

FORMAT = "casebook-bundle"
VERSION = 2  # what `export_bundle` writes; 1 is still read (golden v1 bundles, forever)
VERSIONS = (1, 2)
SIG_LABEL = b"casebook/v1/manifest\x00"
MAX_RECIPIENTS = 64
MAX_ATTACHMENTS = 20_000  # about 3 MB of entries: the manifest stays under MAX_MANIFEST
MAX_AUTHORS = 10_000
MAX_CASES = 10_000
MAX_OPS = 100_000_000
MAX_VOLUMES = 999
MAX_SIZE = 2**62  # any one size, and their sum
_HEX = {n: re.compile(f"[0-9a-f]{{{2 * n}}}") for n in (16, 32)}
_KEYS = {
    "format",
    "version",
    "bundle_id",
    "sender",
    "recipients",
    "seq",
    "prev",
    "created",
    "acks",
    "cases",
    "entries",
    "padding",
    "volumes",
    "age_header",
}


@dataclass(frozen=True)
class Recipient:
    """A real recipient: the identity it is known by and the age key it was sealed to."""

    identity: bytes
    x25519: bytes


@dataclass(frozen=True)
class Entry:
    """An archive member the manifest vouches for; `count` is the number of ops (ops only)."""

    name: str
    size: int
    digest: bytes  # BLAKE2b-256 for ops.jsonl, SHA-256 for an attachment
    count: int = 0

    @property
    def sha256(self) -> bytes:
        """An attachment's SHA-256 (its digest)."""
        return self.digest


@dataclass(frozen=True)
class Manifest:
    """A manifest (v1, or v2 with its disclosures and overlay entries)."""

    bundle_id: bytes
    sender: Card
    recipients: tuple[Recipient, ...]
    seq: int
    prev: bytes | None
    created_ms: int
    acks: Mapping[bytes, int]
    cases: tuple[bytes, ...] | None
    ops: Entry
    attachments: tuple[Entry, ...]
    padding: int
    volumes: int
    volume_size: int | None
    age_header: bytes
    encoded: bytes = field(default=b"", compare=False, repr=False)
    version: int = VERSION
    disclosures: Entry | None = None  # v2 only
    overlay: Entry | None = None  # v2 only
    custody: Entry | None = None  # v2 with custody: custody.jsonl
    custody_head: bytes | None = None  # ... and the sender's custody head (None: no entry yet)

    def to_json(self) -> dict[str, Any]:
        """The manifest's JSON object."""
        entries: list[dict[str, Any]] = [
            {
                "name": self.ops.name,
                "size": self.ops.size,
                "count": self.ops.count,
                "blake2b": self.ops.digest.hex(),
            }
        ]
        for extra in self._line_members():
            entries.append(
                {
                    "name": extra.name,
                    "size": extra.size,
                    "count": extra.count,
                    "blake2b": extra.digest.hex(),
                }
            )
        entries += [
            {"name": a.name, "size": a.size, "sha256": a.digest.hex()} for a in self.attachments
        ]
        doc: dict[str, Any] = {
            "format": FORMAT,
            "version": self.version,
            "bundle_id": self.bundle_id.hex(),
            "sender": self.sender.to_json(),
            "recipients": [
                {"identity": r.identity.hex(), "recipient": bech32.format_recipient(r.x25519)}
                for r in self.recipients
            ],
            "seq": self.seq,
            "prev": self.prev.hex() if self.prev is not None else None,
            "created": self.created_ms,
            "acks": {a.hex(): s for a, s in self.acks.items()},
            "cases": [c.hex() for c in self.cases] if self.cases is not None else None,
            "entries": entries,
            "padding": self.padding,
            "volumes": {"count": self.volumes, "size": self.volume_size},
            "age_header": self.age_header.hex(),
        }
        if self.custody is not None:
            doc["custody_head"] = self.custody_head.hex() if self.custody_head else None
        return doc

    def _line_members(self) -> list[Entry]:
        """The JSON-lines members after the ops entry: v2's disclosures and overlay, and the
        custody lines when the manifest carries them."""
        if self.version != 2:
            if self.custody is not None:
                raise InputRejected("only a v2 manifest carries custody")
            return []
        if self.disclosures is None or self.overlay is None:
            raise InputRejected("a v2 manifest lists its disclosures and overlay")
        extra = [self.disclosures, self.overlay]
        return extra + ([self.custody] if self.custody is not None else [])

    def encode(self) -> bytes:
        """The canonical bytes that are signed and stored as casebook/manifest.json."""
        return canonical.encode(self.to_json())

    def member_sizes(self, manifest_size: int) -> list[int]:
        """The data size of every archive member, in order, padding included."""
        extra = [e.size for e in (self.disclosures, self.overlay, self.custody) if e is not None]
        head = [manifest_size, SIG_SIZE, *extra, self.ops.size]
        return head + [a.size for a in self.attachments] + [self.padding]


def manifest_hash(encoded: bytes) -> bytes:
    """BLAKE2b-256 of the manifest bytes: what is signed, and what the next `prev` names."""
    return hash32(encoded)


def sign_manifest(encoded: bytes, identity: Identity) -> bytes:
    """The sender's signature over the manifest (64 bytes)."""
    return identity.sign(SIG_LABEL + manifest_hash(encoded))


def verify_manifest(encoded: bytes, sig: bytes, sender: bytes) -> None:
    """Raise BAD_SIGNATURE unless `sender` signed exactly these manifest bytes."""
    try:
        verify_signature(sender, SIG_LABEL + manifest_hash(encoded), sig)
    except AuthenticationFailed as e:
        raise BundleRejected(RejectReason.BAD_SIGNATURE, "the manifest signature is bad") from e


def _bad(detail: str) -> BundleRejected:
    return BundleRejected(RejectReason.MALFORMED, f"manifest: {detail}")


def _big(detail: str) -> BundleRejected:
    return BundleRejected(RejectReason.TOO_LARGE, f"manifest: {detail}")


def _int(value: Any, what: str, low: int = 0, high: int = MAX_SIZE) -> int:
    if type(value) is not int or value < low:
        raise _bad(f"bad {what}")
    if value > high:
        raise _big(f"{what} is too large")
    return value


def _hex(value: Any, size: int, what: str) -> bytes:
    if not isinstance(value, str) or not _HEX[size].fullmatch(value):
        raise _bad(f"bad {what}")
    return bytes.fromhex(value)


def _list(value: Any, what: str, limit: int) -> list[Any]:
    if not isinstance(value, list):
        raise _bad(f"bad {what}")
    if len(value) > limit:
        raise _big(f"too many {what}")
    return value


def _object(value: Any, keys: set[str], what: str) -> dict[str, Any]:
    if not isinstance(value, dict) or set(value) != keys:
        raise _bad(f"bad {what}")
    return value


def _recipients(value: Any) -> tuple[Recipient, ...]:
    out = []
    for item in _list(value, "recipients", MAX_RECIPIENTS):
        r = _object(item, {"identity", "recipient"}, "recipient")
        text = r["recipient"]
        if not isinstance(text, str) or len(text) > 100:
            raise _bad("bad recipient key")
        try:
            x25519 = bech32.parse_recipient(text)
            canonical_text = bech32.format_recipient(x25519)
        except CasebookError as e:
            raise _bad("bad recipient key") from e
        if canonical_text != text:
            raise _bad("recipient key not in canonical form")
        out.append(Recipient(_hex(r["identity"], 32, "recipient identity"), x25519))
    ids = [r.identity for r in out]
    if not out or ids != sorted(set(ids)):
        raise _bad("recipients must be sorted, unique and not empty")
    return tuple(out)


def _lines_entry(item: Any, name: str, what: str) -> Entry:
    """An entry for a member of JSON lines: name, size, line count, BLAKE2b-256."""
    o = _object(item, {"name", "size", "count", "blake2b"}, f"{what} entry")
    if o["name"] != name:
        raise _bad(f"the entry for the {what} is missing or out of place")
    return Entry(
        name,
        _int(o["size"], f"{what} size"),
        _hex(o["blake2b"], 32, f"{what} hash"),
        _int(o["count"], f"{what} count", 0, MAX_OPS),
    )


def _entries(
    value: Any, version: int, custody: bool
) -> tuple[Entry, tuple[Entry, ...], tuple[Entry, ...]]:
    """(ops, the v2 disclosures, overlay and custody entries, attachments)."""
    items = _list(value, "entries", MAX_ATTACHMENTS + 4)
    lines = (4 if custody else 3) if version == 2 else 1
    if len(items) < lines:
        raise _bad("no ops entry")
    ops = _lines_entry(items[0], NAME_OPS, "ops")
    extra: tuple[Entry, ...] = ()
    if version == 2:
        extra = (
            _lines_entry(items[1], NAME_DISCLOSURES, "disclosures"),
            _lines_entry(items[2], NAME_OVERLAY, "overlay"),
        )
    if custody:
        extra += (_lines_entry(items[3], NAME_CUSTODY, "custody"),)
    if len(items) - lines > MAX_ATTACHMENTS:
        raise _big("too many attachments")
    attachments = []
    for item in items[lines:]:
        a = _object(item, {"name", "size", "sha256"}, "attachment entry")
        sha = _hex(a["sha256"], 32, "attachment hash")
        if a["name"] != ATTACHMENT_PREFIX + sha.hex():
            raise _bad("an attachment's name is not its hash")
        attachments.append(Entry(a["name"], _int(a["size"], "attachment size"), sha))
    shas = [a.digest for a in attachments]
    if shas != sorted(set(shas)):
        raise _bad("attachments must be sorted and unique")
    return ops, extra, tuple(attachments)


def _acks(value: Any) -> dict[bytes, int]:
    if not isinstance(value, dict):
        raise _bad("bad acks")
    if len(value) > MAX_AUTHORS:
        raise _big("too many authors in acks")
    return {_hex(k, 32, "ack author"): _int(v, "ack", 1, 2**62) for k, v in value.items()}


def _cases(value: Any) -> tuple[bytes, ...] | None:
    if value is None:
        return None
    ids = [_hex(c, 16, "case id") for c in _list(value, "cases", MAX_CASES)]
    if not ids or ids != sorted(set(ids)):
        raise _bad("cases must be sorted, unique and not empty")
    return tuple(ids)


def _volumes(value: Any) -> tuple[int, int | None]:
    v = _object(value, {"count", "size"}, "volumes")
    count = _int(v["count"], "volume count", 1, MAX_VOLUMES)
    if count == 1:
        if v["size"] is not None:
            raise _bad("one volume has no volume size")
        return 1, None
    return count, _int(v["size"], "volume size", 1)


def parse_manifest(data: bytes) -> Manifest:
    """Parse a v1 or v2 manifest from untrusted bytes (not yet authenticated: see verify_manifest).

    Raises `BundleRejected`: NOT_CASEBOOK when it is not a casebook manifest at all,
    UNSUPPORTED_VERSION for another version, TOO_LARGE past a bound (a number of more than
    `canonical.MAX_INT_DIGITS` digits included), MALFORMED otherwise.
    """
    if len(data) > MAX_MANIFEST:
        raise _big("over its size bound")
    try:
        doc = canonical.decode(data)
    except NumberTooLarge as e:  # before the signature: anyone with our card can send one
        raise _big("a number is too long or too large") from e
    except InputRejected as e:
        raise BundleRejected(RejectReason.NOT_CASEBOOK, "the manifest is not canonical JSON") from e
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise BundleRejected(RejectReason.NOT_CASEBOOK, "not a casebook manifest")
    version = doc.get("version")
    if type(version) is not int or version not in VERSIONS:
        raise BundleRejected(RejectReason.UNSUPPORTED_VERSION, "a newer bundle format")
    custody = version == 2 and "custody_head" in doc
    if set(doc) != (_KEYS | {"custody_head"} if custody else _KEYS):
        raise _bad("unexpected or missing keys")
    head = doc.get("custody_head")
    custody_head = None if head is None else _hex(head, 32, "custody head")
    try:
        sender = parse_card(canonical.encode(doc["sender"]))
    except InputRejected as e:
        raise _bad("the sender's card is invalid") from e
    seq = _int(doc["seq"], "seq", 1, 2**62)
    prev = None if doc["prev"] is None else _hex(doc["prev"], 32, "prev")
    if (seq == 1) != (prev is None):
        raise _bad("seq and prev disagree")
    ops, extra, attachments = _entries(doc["entries"], version, custody)
    padding = _int(doc["padding"], "padding")
    if ops.size + sum(e.size for e in (*extra, *attachments)) + padding > MAX_SIZE:
        raise _big("the bundle is too large")
    volumes, volume_size = _volumes(doc["volumes"])
    return Manifest(
        bundle_id=_hex(doc["bundle_id"], 16, "bundle id"),
        sender=sender,
        recipients=_recipients(doc["recipients"]),
        seq=seq,
        prev=prev,
        created_ms=_int(doc["created"], "created"),
        acks=_acks(doc["acks"]),
        cases=_cases(doc["cases"]),
        ops=ops,
        attachments=attachments,
        padding=padding,
        volumes=volumes,
        volume_size=volume_size,
        age_header=_hex(doc["age_header"], 32, "age header hash"),
        encoded=data,
        version=version,
        disclosures=extra[0] if extra else None,
        overlay=extra[1] if extra else None,
        custody=extra[2] if custody else None,
        custody_head=custody_head,
    )
