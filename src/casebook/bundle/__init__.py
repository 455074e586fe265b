"""Sealed bundles (DESIGN §6): case data handed from one vault to another on a USB stick.

A bundle is an age v1 file (casebook.crypto.age) whose payload is a strict ustar archive: a
signed manifest, the signed ops, the attachments, and PADMÉ padding. The format is specified
in docs/bundle-format.md, so that an organisation can read its bundles with `age` and `tar`
alone.

    format.py    the ustar envelope: headers, members, bounded reading
    manifest.py  the signed manifest: fields, bounds, signature
    padme.py     PADMÉ padding
    volumes.py   one file or numbered volumes; FAT32 detection
    selection.py which ops and attachments go: acks, case filter, version vector
    export.py    sealing: header, manifest, write, read back, bundles_out, rename
    reader.py    the v1 reader: age file → authenticated manifest → members
    importer.py  trust checks and the one-transaction import
    chain.py     the sender's bundle chain, revoked authors' op bounds, rotated keys
    results.py   what sealing and opening report
    alerts.py    compromise alerts kept in the vault
"""

from __future__ import annotations

from casebook.bundle.alerts import (
    AlertRecord,
    CompromiseAlert,
    acknowledge_alert,
    compromise_alerts,
)
from casebook.bundle.export import UnverifiedRecipients, export_bundle
from casebook.bundle.importer import import_bundle, inspect_bundle
from casebook.bundle.results import ExportResult, ImportResult, Preview

__all__ = [
    "AlertRecord",
    "CompromiseAlert",
    "ExportResult",
    "ImportResult",
    "Preview",
    "UnverifiedRecipients",
    "acknowledge_alert",
    "compromise_alerts",
    "export_bundle",
    "import_bundle",
    "inspect_bundle",
]
