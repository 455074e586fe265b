"""Files in the vault: intake (hash at intake, encrypt), the attach op, reading back, export.

Large files become encrypted blob files (`store/blobs.py`); small ones stay inline in the DB.
Intake touches no database connection, so it may run on any thread; `record` then stores the
content and signs the attach op in one short transaction.
"""

from __future__ import annotations

import io
import mimetypes
import os
from collections.abc import Callable, Iterator
from pathlib import Path

from casebook.base.errors import VaultCorrupt
from casebook.base.fsutil import commit_temp, os_error, temp_file
from casebook.base.regular import open_regular
from casebook.service.reading import Reading
from casebook.store.blobs import Intake
from casebook.vault.session import Session

__all__ = ["Attachments"]

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


def _shown_name(name: str) -> str:
    # File names can hold control characters on Linux; they are metadata, keep them readable.
    shown = "".join(
        "_" if ord(c) < 32 or c == "\x7f" or 0xD800 <= ord(c) <= 0xDFFF else c for c in name
    ).strip()
    return shown or "attachment"


class Attachments:
    """Attachments of cases."""

    def __init__(self, session: Session, reading: Reading) -> None:
        self._session = session
        self._reading = reading

    def intake_file(
        self,
        src: Path,
        *,
        progress: Progress | None = None,
        cancel: CancelCheck | None = None,
    ) -> Intake:
        """Hash a file and encrypt it into `blobs/` (small files stay in memory).

        An intake that is never recorded leaves only an encrypted file that `sweep_blobs`
        removes.
        """
        # A folder, a named pipe or a device is `NotARegularFile`, and a pipe never blocks.
        fh = io.BufferedReader(open_regular(src))
        try:
            size = os.fstat(fh.fileno()).st_size
            return self._session.blobs.intake(fh, size, progress=progress, cancel=cancel)
        finally:
            fh.close()

    def record(
        self, case_id: bytes, intake: Intake, *, name: str, media_type: str | None = None
    ) -> bytes:
        """Store an intake's content (once per SHA-256) and sign its attach op; return its id."""
        blobs = self._session.blobs
        try:
            self._reading.require("case", case_id)
        except BaseException:
            if intake.blob_name:
                blobs.remove(intake.blob_name)
            raise
        shown = _shown_name(name)
        mtype = media_type or mimetypes.guess_type(shown)[0] or "application/octet-stream"
        entity_id = os.urandom(16)
        value = {
            "case": case_id.hex(),
            "name": shown[:1000],
            "media_type": mtype[:200],
            "size": intake.size,
            "sha256": intake.sha256.hex(),
        }
        store = self._session.store
        try:
            # Content and record in one transaction: a kill leaves both or neither (the blob
            # file was fsynced before; if the commit never happens, a sweep removes it).
            with store.transaction():
                stored = store.contents.put(intake)
                self._session.commit_in_transaction(
                    [("attachment", entity_id, "attach", "", value)]
                )
        except BaseException:
            if intake.blob_name:
                blobs.remove(intake.blob_name)
            raise
        if intake.blob_name:
            if stored:
                blobs.settle(intake.blob_name)
            else:
                blobs.remove(intake.blob_name)  # the same bytes were already stored
        return entity_id

    def attach(
        self,
        case_id: bytes,
        src: Path,
        *,
        name: str | None = None,
        media_type: str | None = None,
        progress: Progress | None = None,
        cancel: CancelCheck | None = None,
    ) -> bytes:
        """Take a file into the vault, encrypted; return the attachment id.

        The file is streamed with constant memory. Its SHA-256 is recorded at intake.
        """
        self._reading.require("case", case_id)
        intake = self.intake_file(src, progress=progress, cancel=cancel)
        return self.record(case_id, intake, name=name or src.name, media_type=media_type)

    def attach_bytes(
        self, case_id: bytes, data: bytes, *, name: str, media_type: str | None = None
    ) -> bytes:
        """Take bytes already in memory into the vault (no file is written anywhere)."""
        self._reading.require("case", case_id)
        intake = self._session.blobs.intake(io.BytesIO(data), len(data))
        return self.record(case_id, intake, name=name, media_type=media_type)

    def iter_bytes(
        self, attachment_id: bytes, *, cancel: CancelCheck | None = None
    ) -> Iterator[bytes]:
        """The attachment's bytes, chunk by chunk, authenticated. For the in-app viewer."""
        rec = self._reading.require("attachment", attachment_id)
        located = self._session.store.contents.locate(bytes.fromhex(rec.get("sha256", "")))
        if located is None:
            raise VaultCorrupt("attachment content is missing")
        if located.data is not None:
            yield located.data
            return
        if located.blob_name is None or located.blob_key is None:
            raise VaultCorrupt("attachment content is missing")
        yield from self._session.blobs.open_chunks(
            located.blob_name, located.blob_key, cancel=cancel
        )

    def export(
        self,
        attachment_id: bytes,
        dest: Path,
        *,
        progress: Progress | None = None,
        cancel: CancelCheck | None = None,
    ) -> int:
        """Write the decrypted attachment to `dest` (the caller has warned the user)."""
        rec = self._reading.require("attachment", attachment_id)
        total = int(rec.get("size", 0))
        done = 0
        with temp_file(dest) as (fh, tmp):
            for chunk in self.iter_bytes(attachment_id, cancel=cancel):
                try:
                    fh.write(chunk)
                except OSError as e:
                    raise os_error(e) from e
                done += len(chunk)
                if progress is not None:
                    progress(done, total)
            commit_temp(fh, tmp, dest)
        return done
