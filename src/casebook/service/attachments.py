"""Files in the vault: intake (hash at intake, encrypt), the attach op, reading back, export.

Large files become encrypted blob files (`store/blobs.py`); small ones stay inline in the DB.
Intake touches no database connection, so it may run on any thread; `record` then stores the
content, signs the attach op and the custody entry (`intake`, or for a redacted copy `derive`
on both items) in one short transaction. A plain export hashes the file it wrote, read back
from the drive, into an `export_plain` custody entry (docs/custody.md).
"""

from __future__ import annotations

import io
import mimetypes
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from casebook.base.errors import (
    DriveUnavailable,
    InputRejected,
    NotEnoughSpace,
    VaultCorrupt,
    VaultReadOnly,
)
from casebook.base.fsutil import commit_temp, os_error, read_back, temp_file
from casebook.base.regular import open_regular
from casebook.base.reserve import release_reserve
from casebook.service.reading import Reading
from casebook.store.blobs import Intake
from casebook.vault.custody import CustodyWriter, append
from casebook.vault.session import Session

__all__ = ["Attachments", "Exported"]


@dataclass(frozen=True)
class Exported:
    """A decrypted copy written: its size, and whether the custody log records it (False: the
    vault is on read-only media, where nothing can be written; say so to the person)."""

    size: int
    recorded: bool


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
        self,
        case_id: bytes,
        intake: Intake,
        *,
        name: str,
        media_type: str | None = None,
        derived_from: bytes | None = None,
    ) -> bytes:
        """Store an intake's content (once per SHA-256), sign its attach op and its custody
        entry; return its id. `derived_from`: the attachment this is a redacted copy of."""
        blobs = self._session.blobs
        try:
            self._reading.require("case", case_id)
            original = self._original_item(derived_from, intake)
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
                self._custody_intake(entity_id, intake, original)
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

    def _original_item(self, derived_from: bytes | None, intake: Intake) -> bytes | None:
        """The SHA-256 of the attachment a copy is derived from (None for an intake)."""
        if derived_from is None:
            return None
        rec = self._reading.require("attachment", derived_from)
        sha = rec.get("sha256")
        if not isinstance(sha, str) or len(sha) != 64:
            raise InputRejected("the original's details were erased")
        if bytes.fromhex(sha) == intake.sha256:
            raise InputRejected("the redacted copy is the same file as the original")
        return bytes.fromhex(sha)

    def _custody_intake(self, entity_id: bytes, intake: Intake, original: bytes | None) -> None:
        """Inside the attach's transaction: `intake`, or `derive` on the original and on the
        copy (which names the original's entry, so its chain proves it came after it)."""
        record = entity_id.hex()
        if original is None:
            append(self._session, intake.sha256, "intake", {"record": record, "size": intake.size})
            return
        writer = CustodyWriter(self._session)
        made = writer.add(original, "derive", {"to": intake.sha256.hex(), "record": record})
        copy = {
            "from": original.hex(),
            "from_entry": made.entry_id.hex(),
            "record": record,
            "size": intake.size,
        }
        writer.add(intake.sha256, "derive", copy)
        self._session.store.custody.put_own(writer.entries, writer.head)

    def attach_redacted_copy(
        self,
        original_id: bytes,
        src: Path,
        *,
        name: str | None = None,
        case_id: bytes | None = None,
        progress: Progress | None = None,
        cancel: CancelCheck | None = None,
    ) -> bytes:
        """Take in a redacted copy of an attachment (made outside casebook) into the same
        case (`case_id`, when given, must be it), its custody chain linked to the original's;
        return the copy's id."""
        rec = self._reading.require("attachment", original_id)
        if rec.case_id is None or (case_id is not None and case_id != rec.case_id):
            raise InputRejected("the original is an attachment of another case")
        intake = self.intake_file(src, progress=progress, cancel=cancel)
        return self.record(rec.case_id, intake, name=name or src.name, derived_from=original_id)

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
        """`export_copy`, returning the bytes written."""
        return self.export_copy(attachment_id, dest, progress=progress, cancel=cancel).size

    def export_copy(
        self,
        attachment_id: bytes,
        dest: Path,
        *,
        progress: Progress | None = None,
        cancel: CancelCheck | None = None,
    ) -> Exported:
        """Write the decrypted attachment to `dest` (the caller has warned the user).

        The copy is written to a hidden temp file, fsynced, read back from the drive and hashed;
        only a copy equal to the attachment is recorded in the custody log (`export_plain`, the
        hash read back), and only a recorded copy gets its name. `DriveUnavailable` when the
        drive gave back other bytes, `NotEnoughSpace` when the vault's drive is full and its
        reserve is gone: no file is left either way (docs/custody.md). On read-only media the
        copy is written and not recorded (`Exported.recorded` is False)."""
        rec = self._reading.require("attachment", attachment_id)
        item = bytes.fromhex(str(rec.get("sha256", "")))
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
            written, size = _read_back(fh, tmp)
            if written != item or size != done:
                raise DriveUnavailable("the exported copy differs from the attachment")
            recorded = False
            if not self._session.read_only:  # read-only media record nothing (docs/custody.md)
                detail = {"record": attachment_id.hex(), "written": written.hex(), "size": size}
                recorded = self._record_export(item, detail)
            commit_temp(fh, tmp, dest)
        return Exported(done, recorded)

    def _record_export(self, item: bytes, detail: dict[str, object]) -> bool:
        """Record the copy; False when the vault turns out to be read-only."""
        try:
            self._record_export_once(item, detail)
        except VaultReadOnly:
            return False
        return True

    def _record_export_once(self, item: bytes, detail: dict[str, object]) -> None:
        store = self._session.store
        try:
            with store.transaction():
                append(self._session, item, "export_plain", detail)
        except NotEnoughSpace:
            # The vault's drive is full: the reserve is kept for an export's record.
            if not release_reserve(self._session.paths.root):
                raise
            with store.transaction():
                append(self._session, item, "export_plain", detail)


def _read_back(written: BinaryIO, path: Path) -> tuple[bytes, int]:
    """SHA-256 and size of a file just written, fsynced, then read back from the drive (its
    cached pages are dropped first where the OS allows, so the bytes come from the drive)."""
    try:
        written.flush()
        os.fsync(written.fileno())
    except OSError as e:
        raise os_error(e) from e
    return read_back(path)
