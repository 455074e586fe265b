"""Immutable rows that the core returns to the CLI and the UI.

They are plain data: the UI's models hold them, `data()` reads them, and nothing in them
touches the database.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "Exchange",
    "AlertRecord",
    "PeerRow",
    "Pseudonym",
    "CaseRow",
    "ConflictInfo",
    "ConflictValue",
    "HistoryEntry",
    "Record",
    "SearchHit",
    "VerifyReport",
]


@dataclass(frozen=True)
class CaseRow:
    """One line of the case list."""

    id: bytes
    title: str
    status: str
    updated_ms: int
    conflicted: bool = False
    cursor: tuple[int, bytes] = (0, b"")  # pass as `before` to get the next page

    def to_json(self) -> dict[str, Any]:
        """For `--json`."""
        return {
            "id": self.id.hex(),
            "title": self.title,
            "status": self.status,
            "updated": self.updated_ms,
            "conflicted": self.conflicted,
        }


@dataclass(frozen=True)
class Record:
    """Any record (case, person, event, interview, segment, attachment, link)."""

    kind: str
    id: bytes
    case_id: bytes | None
    parents: Mapping[str, bytes]
    fields: Mapping[str, Any]
    created_ms: int
    created_by: bytes | None
    updated_ms: int
    deleted: bool
    conflicts: frozenset[str] = frozenset()
    masked: Mapping[str, str] = field(default_factory=dict)  # field → erased|hidden|withheld
    # A colleague's pseudonym for the fields they withheld ("Свидетель Б"): shown in their place.
    pseudonym: Pseudonym | None = None

    def get(self, name: str, default: Any = None) -> Any:
        """A field's value."""
        value = self.fields.get(name)
        return default if value is None else value

    def to_json(self) -> dict[str, Any]:
        """For `--json`."""
        return {
            "kind": self.kind,
            "id": self.id.hex(),
            "case_id": self.case_id.hex() if self.case_id else None,
            **{f"{k}_id": v.hex() for k, v in self.parents.items() if k != "case"},
            "fields": dict(self.fields),
            "created": self.created_ms,
            "created_by": self.created_by.hex() if self.created_by else None,
            "updated": self.updated_ms,
            "deleted": self.deleted,
            "conflicts": sorted(self.conflicts),
            "masked": dict(sorted(self.masked.items())),
            **({"pseudonym": self.pseudonym.to_json()} if self.pseudonym is not None else {}),
        }


@dataclass(frozen=True)
class Pseudonym:
    """What a sender calls a record whose identity it withheld, in both languages."""

    en: str
    ru: str
    sender: bytes
    fields: tuple[str, ...]  # the withheld fields it stands for

    def text(self, language: str) -> str:
        """The pseudonym in `language` ("ru" or English)."""
        return self.ru if language == "ru" else self.en

    def to_json(self) -> dict[str, Any]:
        """For `--json`."""
        return {
            "en": self.en,
            "ru": self.ru,
            "sender": self.sender.hex(),
            "fields": list(self.fields),
        }


@dataclass(frozen=True)
class SearchHit:
    """A full-text hit; `snippet` is plain text with matches between ⟦ and ⟧."""

    case_id: bytes | None
    kind: str
    id: bytes
    field: str
    snippet: str
    case_title: str = ""

    def to_json(self) -> dict[str, Any]:
        """For `--json`."""
        return {
            "case_id": self.case_id.hex() if self.case_id else None,
            "kind": self.kind,
            "id": self.id.hex(),
            "field": self.field,
            "snippet": self.snippet,
            "case_title": self.case_title,
        }


@dataclass(frozen=True)
class HistoryEntry:
    """One op as a person reads it: who changed what, when."""

    op_id: bytes
    time_ms: int
    author: bytes
    author_is_me: bool
    kind: str
    entity: str
    entity_id: bytes
    field: str
    value: Any
    superseded: bool
    far_future: bool
    shown: str = "value"  # or erased, hidden, withheld: the value is not here, or not shown

    def to_json(self) -> dict[str, Any]:
        """For `--json`."""
        return {
            "op_id": self.op_id.hex(),
            "time": self.time_ms,
            "author": self.author.hex(),
            "me": self.author_is_me,
            "kind": self.kind,
            "entity": self.entity,
            "entity_id": self.entity_id.hex(),
            "field": self.field,
            "value": self.value,
            "superseded": self.superseded,
            "far_future": self.far_future,
            "shown": self.shown,
        }


@dataclass(frozen=True)
class ConflictValue:
    """One of the concurrent values of a conflicted field."""

    op_id: bytes
    value: Any
    author: bytes
    time_ms: int
    provisional: bool
    field: str = ""  # for a delete/edit conflict: the edited field ("" for the delete itself)
    shown: str = "value"  # erased (the erasure itself), hidden (concurrent with an erasure)


@dataclass(frozen=True)
class ConflictInfo:
    """A field with several live values."""

    entity: str
    entity_id: bytes
    case_id: bytes | None
    field: str
    values: tuple[ConflictValue, ...]

    def to_json(self) -> dict[str, Any]:
        """For `--json`."""
        return {
            "entity": self.entity,
            "entity_id": self.entity_id.hex(),
            "case_id": self.case_id.hex() if self.case_id else None,
            "field": self.field,
            "values": [
                {
                    "op_id": v.op_id.hex(),
                    "value": v.value,
                    "author": v.author.hex(),
                    "time": v.time_ms,
                    "provisional": v.provisional,
                    "field": v.field,
                }
                for v in self.values
            ],
        }


@dataclass(frozen=True)
class VerifyReport:
    """What `verify` found. Empty problem lists mean the vault is sound."""

    pages_checked: bool
    page_errors: tuple[str, ...]
    ops_checked: int
    op_errors: tuple[str, ...]
    blobs_checked: int
    blob_errors: tuple[str, ...]
    authors: int = 0
    extra: Mapping[str, Any] = field(default_factory=dict)
    husks: int = 0  # v1 ops whose value was erased: checked before erasure
    # Gaps in colleagues' chains: normal, a bundle carries only some of its sender's ops (a
    # case filter; records above the receiver's clearance stay home whole).
    gaps: int = 0

    @property
    def ok(self) -> bool:
        """True when nothing failed."""
        return not (self.page_errors or self.op_errors or self.blob_errors)

    def to_json(self) -> dict[str, Any]:
        """For `--json`."""
        return {
            "ok": self.ok,
            "page_errors": list(self.page_errors),
            "ops_checked": self.ops_checked,
            "op_errors": list(self.op_errors),
            "blobs_checked": self.blobs_checked,
            "blob_errors": list(self.blob_errors),
            "authors": self.authors,
            "husks": self.husks,
            "gaps": self.gaps,
        }


@dataclass(frozen=True)
class PeerRow:
    """A colleague: their public keys, your name for them, and how far you trust them."""

    identity: bytes
    name: str
    x25519: bytes
    verified: bool
    revoked: bool
    revoked_after: int | None
    added_ms: int

    @property
    def key_id(self) -> str:
        """A short id for display and for the CLI (16 hex digits of the identity key)."""
        return self.identity.hex()[:16]

    @property
    def status(self) -> str:
        """ "revoked", "verified" or "unverified": the mark shown wherever the peer is named."""
        if self.revoked:
            return "revoked"
        return "verified" if self.verified else "unverified"

    def to_json(self) -> dict[str, Any]:
        """For `--json`."""
        from casebook.crypto.bech32 import format_recipient

        return {
            "name": self.name,
            "key_id": self.key_id,
            "identity": self.identity.hex(),
            "recipient": format_recipient(self.x25519),
            "status": self.status,
            "verified": self.verified,
            "revoked": self.revoked,
            "revoked_after": self.revoked_after,
            "added": self.added_ms,
        }


@dataclass(frozen=True)
class AlertRecord:
    """A compromise alert as kept in the vault."""

    id: int
    kind: str
    party: bytes
    seq: int
    sender: bytes
    created_ms: int
    details: Mapping[str, Any] = field(default_factory=dict)
    acknowledged: bool = False

    @property
    def detail(self) -> str:
        """The one-line explanation (English, for logs and the CLI)."""
        return str(self.details.get("detail", ""))

    def to_json(self) -> dict[str, Any]:
        """For `--json` and the UI."""
        return {
            "id": self.id,
            "kind": self.kind,
            "party": self.party.hex(),
            "seq": self.seq,
            "sender": self.sender.hex(),
            "created": self.created_ms,
            "details": dict(self.details),
            "acknowledged": self.acknowledged,
        }


@dataclass(frozen=True)
class Exchange:
    """Bundles exchanged with one peer: received (how many, highest number, when) and sent."""

    received: int = 0
    last_received_seq: int | None = None
    last_received_ms: int | None = None
    sent: int = 0
    last_sent_ms: int | None = None
