"""What sealing and opening a bundle report: plain, immutable rows for the CLI and the UI."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from casebook.domain.peers import Card
from casebook.domain.records import PeerRow

__all__ = ["ExportResult", "ImportResult", "Preview"]


@dataclass(frozen=True)
class ExportResult:
    """What was sealed, where, and for whom."""

    paths: tuple[Path, ...]
    bundle_id: bytes
    seq: int
    ops: int
    attachments: int
    attachment_bytes: int
    payload_size: int
    file_size: int
    recipients: tuple[PeerRow, ...]
    sealed_to_self: bool
    left_out: int = 0  # records that stayed home whole (above the audience)
    withheld: int = 0  # fields whose values went without them
    pseudonymised: int = 0  # people who went under a pseudonym
    leak_override: str | None = None  # the reason it was sealed past the leak scan's hits

    def to_json(self) -> dict[str, Any]:
        """For `--json`."""
        return {
            "left_out": self.left_out,
            "withheld": self.withheld,
            "pseudonymised": self.pseudonymised,
            "leak_override": self.leak_override,
            "paths": [str(p) for p in self.paths],
            "bundle_id": self.bundle_id.hex(),
            "seq": self.seq,
            "ops": self.ops,
            "attachments": self.attachments,
            "attachment_bytes": self.attachment_bytes,
            "payload_size": self.payload_size,
            "file_size": self.file_size,
            "recipients": [p.key_id for p in self.recipients],
            "sealed_to_self": self.sealed_to_self,
        }


@dataclass(frozen=True)
class Preview:
    """Who sealed a bundle and what it holds, before anything is imported."""

    bundle_id: bytes
    seq: int
    created_ms: int
    sender: Card
    sender_name: str | None  # your name for the peer; None when you sealed it yourself
    verified: bool
    is_self: bool
    ops: int
    attachments: int
    attachment_bytes: int
    recipients: int
    volumes: int
    file_size: int
    cases: tuple[bytes, ...] | None
    already_imported: bool

    def to_json(self) -> dict[str, Any]:
        """For `--json`."""
        return {
            "bundle_id": self.bundle_id.hex(),
            "seq": self.seq,
            "created": self.created_ms,
            "sender": self.sender.key_id,
            "sender_name": self.sender_name,
            "verified": self.verified,
            "self": self.is_self,
            "ops": self.ops,
            "attachments": self.attachments,
            "attachment_bytes": self.attachment_bytes,
            "recipients": self.recipients,
            "volumes": self.volumes,
            "file_size": self.file_size,
            "cases": [c.hex() for c in self.cases] if self.cases is not None else None,
            "already_imported": self.already_imported,
        }


@dataclass(frozen=True)
class ImportResult:
    """What came, from whom, and how many conflicts the imported records now show."""

    bundle_id: bytes
    seq: int
    sender: bytes
    sender_name: str | None
    verified: bool
    is_self: bool
    already_imported: bool
    ops: int = 0
    ops_new: int = 0
    attachments: int = 0
    attachments_new: int = 0
    conflicts: int = 0
    far_future: int = 0
    skipped_revoked: int = 0  # ops of revoked authors past their cut-off, left out
    custody_revoked: int = 0  # custody entries of revoked authors past their cut-off: untrusted
    new_key: bool = False  # the sender's card carried a newer encryption key, now in use
    values: int = 0  # disclosures taken (v2)
    values_dropped: int = 0  # disclosures not kept: erased here, or for an op nobody holds
    erasures: int = 0  # erasure requests (redact ops) new here
    erasures_pending: int = 0  # of the vault's erasures, those now waiting for confirmation
    # Persons this bundle brought or changed that no consent decision names: "no consent"
    # here, so their identity goes no further from this vault (PROTECTION §3, fail closed).
    without_consent: tuple[bytes, ...] = ()

    def to_json(self) -> dict[str, Any]:
        """For `--json`."""
        return {
            "values": self.values,
            "values_dropped": self.values_dropped,
            "erasures": self.erasures,
            "erasures_pending": self.erasures_pending,
            "without_consent": [p.hex() for p in self.without_consent],
            "bundle_id": self.bundle_id.hex(),
            "seq": self.seq,
            "sender": self.sender.hex()[:16],
            "sender_name": self.sender_name,
            "verified": self.verified,
            "self": self.is_self,
            "already_imported": self.already_imported,
            "ops": self.ops,
            "ops_new": self.ops_new,
            "attachments": self.attachments,
            "attachments_new": self.attachments_new,
            "conflicts": self.conflicts,
            "far_future": self.far_future,
            "skipped_revoked": self.skipped_revoked,
            "custody_revoked": self.custody_revoked,
            "new_key": self.new_key,
        }
