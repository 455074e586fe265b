"""What a killed casebook leaves in its vault, cleared at the next unlock (docs/storage.md).

    contents rows   a content no held attach value names (before attach put content and
                    record in one transaction, a kill between the two left one): dropped in a
                    write transaction, and only when the cheap check finds a candidate
    blobs/          temp files and blob files no contents row names: removed by
                    `BlobStore.sweep`, which leaves what another running casebook may be
                    writing (a shared flock on the folder, or younger than an hour)

Listing only: no file is hashed or decrypted, so a normal vault unlocks a few ms later at most.
Nothing here may stop an unlock: a busy, full, read-only or damaged vault keeps its debris
until a later unlock, and `casebook verify` reports the damage.
"""

from __future__ import annotations

from dataclasses import dataclass

from casebook.base.errors import CasebookError
from casebook.store.blobs import BlobStore
from casebook.store.store import Store

__all__ = ["Debris", "clear_debris"]


@dataclass(frozen=True)
class Debris:
    """What one clearing removed."""

    contents: int = 0  # contents rows (their blob file goes with the files)
    files: int = 0  # temp files and unreferenced blob files


def clear_debris(store: Store, blobs: BlobStore) -> Debris:
    """Drop orphan contents, then remove temp and unreferenced blob files; never raises."""
    contents = 0
    try:
        if store.contents.unnamed():
            with store.transaction():  # checked again under the write lock
                orphans = store.contents.orphans()
                for sha in orphans:
                    store.contents.drop(sha)
            contents = len(orphans)
    except (CasebookError, OSError):
        pass  # busy, full, read-only or damaged: a later unlock tries again
    try:
        files = blobs.sweep(store.contents.blob_names)
    except (CasebookError, OSError):
        files = 0
    return Debris(contents, files)
