"""The verification package: a plain folder a court checks without casebook.

    <out>/report.pdf          the report, rendered (PDF/A-1b)
    <out>/report.json         canonical, signed (casebook.report.build)
    <out>/report.json.sig     Ed25519, 64 raw bytes, over b"casebook/v1/report\\x00" || report.json
    <out>/custody.jsonl       the annexes' custody chains, ending with this report's entries
    <out>/keys.json           the keys that signed them, the signer's among them
    <out>/attachments/NN_<sha256>.<ext>   each annex, decrypted, hashed again as it is written
    <out>/VERIFY.txt          how to check all of it (Russian, then English)
    <out>/SHA256SUMS          every file above, as `sha256sum -c` reads it

Writing it is a plain export (the caller warns first): every annex leaves the vault unencrypted.
Nothing is half-written: the folder is built under a neutral hidden name beside `out`
(`.<token><tag>.part`, the same kind of name as a bundle's temp file, held by a `flock` while
it is written), every file fsynced, then renamed to `out` in one step. A failure or a cancel
removes it; a killed writer's folder is removed by the next report written beside it. `out` must
not exist or be an empty folder. Each annex is read back from the drive once written; the
custody entries (per annex `export_plain` with that hash, and `report`) are recorded just
before custody.jsonl is written, so that it carries them; if the last steps then fail, the log
keeps a record of a report that was never delivered, which is the honest side to err on.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import secrets
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from casebook.base.errors import Cancelled, DriveUnavailable, InputRejected, VaultCorrupt
from casebook.base.fsutil import fsync_dir, os_error, read_back
from casebook.base.locks import Held, is_stale, lock
from casebook.report.build import BuiltReport
from casebook.report.custody import custody_files, record_package
from casebook.report.verify_text import verify_txt
from casebook.service import CaseService

__all__ = ["PackageResult", "clear_stale", "write_package"]

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]
_TAG_KEY = b"casebook/v1/report-part"


@dataclass(frozen=True)
class PackageResult:
    """What was written."""

    folder: Path
    report_id: str
    files: tuple[str, ...]
    annexes: int
    bytes: int

    def to_json(self) -> dict[str, Any]:
        """For `--json` (the folder is the one the person gave)."""
        return {
            "folder": str(self.folder),
            "report_id": self.report_id,
            "files": list(self.files),
            "annexes": self.annexes,
            "bytes": self.bytes,
        }


def _tag(token: str) -> str:
    return hashlib.blake2b(token.encode("ascii"), digest_size=4, key=_TAG_KEY).hexdigest()


def _part_token(name: str) -> str | None:
    """The token of one of our temp folders' names, or None for anything else."""
    if not (name.startswith(".") and name.endswith(".part") and len(name) == 30):
        return None
    token, tag = name[1:17], name[17:25]
    return token if _tag(token) == tag else None


def clear_stale(parent: Path) -> int:
    """Remove folders a killed report left beside `parent`'s children; how many."""
    removed = 0
    try:
        names = os.listdir(parent)
    except OSError:
        return 0
    for name in names:
        if _part_token(name) is None:
            continue
        path = parent / name
        try:
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        except OSError:
            continue
        try:
            held = lock(fd, wait=False)
            if held is Held.NO:
                continue  # a report is being written there now
            if held is Held.UNKNOWN and not is_stale(path.stat().st_mtime):
                continue
            shutil.rmtree(path, ignore_errors=True)
            removed += 1
        finally:
            os.close(fd)
    return removed


def check_destination(out: Path) -> None:
    """`InputRejected` unless `out` is new (in an existing folder) or an empty folder."""
    if out.is_symlink() or (out.exists() and not out.is_dir()):
        raise InputRejected("the destination is a file; choose a new or empty folder")
    if out.is_dir() and any(out.iterdir()):
        raise InputRejected("the destination folder is not empty; choose a new or empty folder")
    if not out.parent.is_dir():
        raise InputRejected("the folder to write the report into does not exist")


class _Folder:
    """The temp folder: files written durably, their SHA-256 kept for SHA256SUMS."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.sums: dict[str, str] = {}
        self.size = 0

    def write(self, name: str, chunks: Any) -> str:
        """Write `name` from bytes or an iterable of chunks; return its SHA-256 (hex)."""
        digest = hashlib.sha256()
        path = self.root / name
        try:
            path.parent.mkdir(mode=0o700, exist_ok=True)
            with open(path, "xb") as fh:
                for chunk in [chunks] if isinstance(chunks, bytes) else chunks:
                    fh.write(chunk)
                    digest.update(chunk)
                    self.size += len(chunk)
                fh.flush()
                os.fsync(fh.fileno())
            os.chmod(path, 0o600)
        except OSError as e:
            raise os_error(e) from e
        self.sums[name] = digest.hexdigest()
        return self.sums[name]

    def read_back(self, name: str) -> tuple[bytes, int]:
        """SHA-256 and size of a file written here, read back from the drive (its cached
        pages dropped first where the OS allows): what the custody entry records."""
        return read_back(self.root / name)


def write_package(
    svc: CaseService,
    built: BuiltReport,
    out: Path,
    pdf: bytes,
    *,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> PackageResult:
    """Write the verification package of `built` (with its rendered `pdf`) to `out`."""
    out = Path(out)
    check_destination(out)
    clear_stale(out.parent)
    token = secrets.token_hex(8)
    tmp = out.parent / f".{token}{_tag(token)}.part"
    try:
        tmp.mkdir(mode=0o700)
        fd = os.open(tmp, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError as e:
        raise os_error(e) from e
    try:
        lock(fd)
        folder = _Folder(tmp)
        _fill(svc, built, folder, pdf, progress, cancel)
        try:
            fsync_dir(tmp / "attachments") if (tmp / "attachments").is_dir() else None
            fsync_dir(tmp)
            if out.is_dir():
                out.rmdir()  # empty (checked): rename puts the whole package in its place
            os.rename(tmp, out)
            fsync_dir(out.parent)
        except OSError as e:
            raise os_error(e) from e
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    finally:
        with contextlib.suppress(OSError):
            os.close(fd)
    files = tuple(sorted(folder.sums))
    return PackageResult(out, built.short_id, files, len(built.annexes), folder.size)


def _fill(
    svc: CaseService,
    built: BuiltReport,
    folder: _Folder,
    pdf: bytes,
    progress: Progress | None,
    cancel: CancelCheck | None,
) -> None:
    total = sum(a.size for a in built.annexes) + len(pdf) + 1
    done = 0

    def step(n: int) -> None:
        nonlocal done
        done += n
        if cancel is not None and cancel():
            raise Cancelled()
        if progress is not None:
            progress(min(done, total), total)

    folder.write("report.pdf", pdf)
    folder.write("report.json", built.data)
    folder.write("report.json.sig", built.signature)
    step(len(pdf))
    exported: dict[int, tuple[bytes, int]] = {}
    for annex in built.annexes:
        name = f"attachments/{annex.file_name}"

        def chunks(a: Any = annex) -> Any:
            for chunk in svc.attachments.iter_bytes(a.attachment_id, cancel=cancel):
                step(len(chunk))
                yield chunk

        if folder.write(name, chunks()) != annex.sha256.hex():
            raise VaultCorrupt("an annex's bytes differ from its recorded SHA-256")
        exported[annex.n] = folder.read_back(name)
        if exported[annex.n][0] != annex.sha256:
            raise DriveUnavailable("the drive gave back other bytes than were written")
    folder.write("VERIFY.txt", verify_txt(built.doc, built.short_id).encode("utf-8"))
    step(0)  # a cancel now still leaves nothing recorded
    record_package(svc, built, exported)
    jsonl, keys = custody_files(svc, built)
    folder.write("custody.jsonl", jsonl)
    folder.write("keys.json", keys)
    lines = "".join(f"{digest}  {name}\n" for name, digest in sorted(folder.sums.items()))
    folder.write("SHA256SUMS", lines.encode("utf-8"))
    step(1)
