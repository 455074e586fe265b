"""Attachment bytes by SHA-256: `contents (sha256, size, blob_name, blob_key, data)`.

Small files are inline (`data`); larger ones are an encrypted file in `blobs/` whose random name
and key are kept here (`store/blobs.py`). Each content is stored once, however many attachment
records name it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from casebook.store.blobs import Intake

if TYPE_CHECKING:
    from casebook.store.store import Store

__all__ = ["Contents", "Located"]


@dataclass(frozen=True)
class Located:
    """Where one content's bytes are: inline `data`, or a blob file and its key."""

    sha256: bytes
    size: int
    blob_name: str | None
    blob_key: bytes | None
    data: bytes | None


class Contents:
    """The one writer of `contents`."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def has(self, sha256: bytes) -> bool:
        """True when the vault holds this content."""
        return bool(self._store.query("SELECT 1 FROM contents WHERE sha256 = ?", (sha256,)))

    def put(self, intake: Intake) -> bool:
        """Store an intake's content unless it is held already (inside a transaction).

        Returns False when the same bytes were already stored: the caller removes its blob.
        """
        if self.has(intake.sha256):
            return False
        self._store.write(
            "INSERT INTO contents VALUES (?, ?, ?, ?, ?)",
            (intake.sha256, intake.size, intake.blob_name, intake.blob_key, intake.data),
        )
        return True

    def drop(self, sha256: bytes) -> None:
        """Forget a content (inside a transaction): its inline bytes, or its blob's name and
        key; the blob file itself is removed by `BlobStore.sweep` after the commit."""
        self._store.write("DELETE FROM contents WHERE sha256 = ?", (sha256,))

    def locate(self, sha256: bytes) -> Located | None:
        """Where the content's bytes are, or None when the vault does not hold it."""
        rows = self._store.query(
            "SELECT size, blob_name, blob_key, data FROM contents WHERE sha256 = ?", (sha256,)
        )
        if not rows:
            return None
        size, name, key, data = rows[0]
        return Located(
            sha256,
            int(size),
            name,
            bytes(key) if key is not None else None,
            bytes(data) if data is not None else None,
        )

    def unnamed(self) -> list[bytes]:
        """Contents that no attachment record shows: a crash's leftovers, or (rarely) one a
        hidden value still names. Two index-only or narrow scans, no decoding: about 2 ms per
        thousand attachments, cheap enough for every unlock."""
        held = self._store.query("SELECT sha256 FROM contents")
        if not held:
            return []
        shown = self._store.query("SELECT sha256 FROM attachments WHERE sha256 IS NOT NULL")
        names = {str(r[0]).lower() for r in shown}
        return [bytes(r[0]) for r in held if bytes(r[0]).hex() not in names]

    def orphans(self) -> list[bytes]:
        """Contents that no attach op whose value is held here names (call it inside the
        transaction that drops them: an import may name one meanwhile)."""
        candidates = self.unnamed()
        if not candidates:
            return []
        held = self._store.erasure.held_contents()
        return [sha for sha in candidates if sha not in held]

    def blob_names(self) -> set[str]:
        """The names of every blob file a content refers to."""
        rows = self._store.query("SELECT blob_name FROM contents WHERE blob_name IS NOT NULL")
        return {str(r[0]) for r in rows}

    def blobs(self) -> list[tuple[bytes, str, bytes]]:
        """(sha256, blob name, blob key) of every content kept as a blob file."""
        rows = self._store.query(
            "SELECT sha256, blob_name, blob_key FROM contents WHERE blob_name IS NOT NULL"
        )
        return [(bytes(s), str(n), bytes(k)) for s, n, k in rows]

    def inline(self) -> list[tuple[bytes, bytes]]:
        """(sha256, data) of every content kept inline."""
        rows = self._store.query("SELECT sha256, data FROM contents WHERE data IS NOT NULL")
        return [(bytes(s), bytes(d)) for s, d in rows]
