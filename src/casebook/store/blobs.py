"""Attachment bytes: inline in the DB when small, otherwise encrypted files in `blobs/`.

    blobs/<32 random hex>        STREAM(blob_key, content), 64 KiB chunks (casebook.crypto.stream)
    contents(sha256, size, blob_name, blob_key, data)   in the encrypted DB

Each blob has its own random key, kept only in the DB, and a random name that says nothing of
its content. SHA-256 is taken at intake, as courts expect. Writing goes to a hidden temp name
and is fsynced before the DB row that points at it is committed; a crash in between leaves only
an unreferenced encrypted file, which `sweep` removes.

Another casebook may be writing into the same `blobs/` (the GUI and the CLI on one vault): from
its first intake until `settle` (or `release`) a BlobStore holds a shared `flock` on the folder.
`sweep` removes temp files and unreferenced blobs when it can take that lock exclusively (no
writer is alive), and otherwise only those nothing has written to for an hour
(`casebook.base.locks`).

Bulk paths use the second core: intake hashes in the caller's thread while a worker seals and
writes (`StreamWriter(background=True)`), and `reader` decrypts ahead in a worker
(`StreamReader(ahead=True)`). Both workers are joined before the file is closed, on every path.
A blob is written straight to the drive (`DirectWriter`: O_DIRECT where the file system has
it), so the page cache holds no copy of it and the fsync finds little left to write.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import secrets
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Protocol

from casebook.base.errors import AuthenticationFailed, Cancelled, VaultCorrupt, VaultReadOnly
from casebook.base.fsutil import commit_temp, make_private_dir, os_error, temp_file
from casebook.base.locks import Held, is_stale, open_locked
from casebook.base.pagecache import DirectWriter
from casebook.base.readahead import ReadAhead
from casebook.crypto.stream import StreamReader, StreamWriter, iter_decrypt

__all__ = ["INLINE_MAX", "BlobStore", "Intake"]

INLINE_MAX = 1024 * 1024
READ_SIZE = 1024 * 1024
_NAME = re.compile(r"[0-9a-f]{32}")
_TEMP = re.compile(r"\.(.*)\.[0-9a-f]{16}\.part")  # fsutil.temp_file's name for a blob


@dataclass(frozen=True)
class Intake:
    """What intake learned about a file: its digest, size, and where its bytes now are."""

    sha256: bytes
    size: int
    blob_name: str | None
    blob_key: bytes | None
    data: bytes | None


class Readable(Protocol):
    """Anything with a binary `read(n)`."""

    def read(self, n: int = -1, /) -> bytes:
        """Up to `n` bytes; b"" at the end."""
        ...


class BlobStore:
    """The `blobs/` folder of a vault."""

    def __init__(self, root: Path, *, read_only: bool = False) -> None:
        self.root = root
        self.read_only = read_only  # on read-only media: intake is refused before any read
        self._guard = threading.Lock()
        self._pending: dict[str, int] = {}  # blob name -> the thread that took it in
        self._lock_fd: int | None = None  # the shared flock on the folder, while any is pending

    def intake(
        self,
        src: Readable,
        size_hint: int,
        *,
        progress: Callable[[int, int], None] | None = None,
        cancel: Callable[[], bool] | None = None,
    ) -> Intake:
        """Read `src` to the end: hash it, and encrypt it to a blob unless it is small."""
        if self.read_only:
            raise VaultReadOnly("the vault is on read-only media")
        if size_hint <= INLINE_MAX:
            try:
                data = src.read(INLINE_MAX + 1)
            except OSError as e:
                raise os_error(e) from e
            if len(data) <= INLINE_MAX:
                if progress is not None:
                    progress(len(data), len(data))
                return Intake(hashlib.sha256(data).digest(), len(data), None, None, data)
            src = _Prefixed(data, src)
        make_private_dir(self.root)
        name = secrets.token_hex(16)
        key = os.urandom(32)
        digest = hashlib.sha256()
        done = 0
        final = self.root / name
        self._begin(name)  # from here until settled, a sweep elsewhere leaves it alone
        try:
            with temp_file(final) as (fh, tmp):
                # SHA-256 here, sealing and writing in the writer's worker: two cores. The
                # file goes straight to the drive (O_DIRECT where the file system has it).
                out = DirectWriter(fh)
                with StreamWriter(key, out, background=True) as writer:
                    while True:
                        if cancel is not None and cancel():
                            raise Cancelled()
                        try:
                            block = src.read(READ_SIZE)
                        except OSError as e:
                            raise os_error(e) from e
                        if not block:
                            break
                        digest.update(block)
                        try:
                            writer.write(block)
                        except OSError as e:
                            raise os_error(e) from e
                        done += len(block)
                        if progress is not None:
                            progress(done, max(size_hint, done))
                    try:
                        writer.close()
                        out.finish()
                    except OSError as e:
                        raise os_error(e) from e
                commit_temp(fh, tmp, final)
        except BaseException:
            self.settle(name)
            raise
        return Intake(digest.digest(), done, name, key, None)

    def open_chunks(
        self, name: str, key: bytes, *, cancel: Callable[[], bool] | None = None
    ) -> Iterator[bytes]:
        """Decrypt a blob chunk by chunk. Damage raises `VaultCorrupt`."""
        fh = self._open(name)
        try:
            yield from iter_decrypt(key, fh, cancel=cancel)
        except AuthenticationFailed as e:
            raise VaultCorrupt("attachment file is damaged") from e
        except OSError as e:
            raise os_error(e) from e
        finally:
            fh.close()

    @contextlib.contextmanager
    def reader(
        self, name: str, key: bytes, *, cancel: Callable[[], bool] | None = None
    ) -> Iterator[Iterator[memoryview]]:
        """Decrypt a blob ahead in a worker thread; the `with` gives its plaintext blocks.

        Each block (up to 1 MiB) is valid until the next one is taken. Damage raises
        `VaultCorrupt`; leaving the `with` block stops and joins the worker.
        """
        fh = self._open(name)
        try:
            # From the drive with O_DIRECT, a block ahead (base/readahead.py): no page cache.
            source = ReadAhead(fh.fileno())
        except BaseException:
            fh.close()
            raise
        try:
            with StreamReader(key, source, ahead=True, cancel=cancel) as stream:
                yield _vault_errors(stream.blocks())
        finally:
            source.close()  # after the stream's worker is joined: nobody reads any more
            fh.close()

    def _open(self, name: str) -> BinaryIO:
        try:
            return open(self.root / name, "rb")  # noqa: SIM115 - the caller closes it
        except FileNotFoundError as e:
            raise VaultCorrupt("attachment file is missing") from e
        except OSError as e:
            raise os_error(e) from e

    def remove(self, name: str) -> None:
        """Delete a blob file (its key is gone with its DB row, or was never committed)."""
        with contextlib.suppress(FileNotFoundError):
            (self.root / name).unlink()
        self.settle(name)

    def _begin(self, name: str) -> None:
        """An intake of `name` starts: hold the folder's shared lock (waiting out a sweep)."""
        with self._guard:
            self._pending[name] = threading.get_ident()
            if self._lock_fd is None:
                self._lock_fd, _ = open_locked(self.root, shared=True)

    def settle(self, name: str) -> None:
        """`name`'s DB row is committed, or its file removed: a sweep may judge it now."""
        with self._guard:
            self._pending.pop(name, None)
            if not self._pending:
                self._unlock()

    def release(self) -> None:
        """Forget every pending intake and let go of the lock (the session is locked)."""
        with self._guard:
            self._pending.clear()
            self._unlock()

    def _unlock(self) -> None:
        fd, self._lock_fd = self._lock_fd, None
        if fd is not None:
            with contextlib.suppress(OSError):
                os.close(fd)

    def sweep(self, referenced: Callable[[], set[str]] | set[str]) -> int:
        """Remove temp files and blob files that no DB row references; return how many.

        `referenced` (pass the callable, such as `store.contents.blob_names`) is read only once
        the folder is locked, so a blob another casebook commits meanwhile is either named or
        still held by it; a set read earlier could miss one. With the lock held by a live
        writer, only files nothing has written to for an hour go (`base.locks.STALE_AFTER`).
        Call it on the thread that owns the session: its own finished intakes are settled.
        """
        if not self.root.is_dir():
            return 0
        me = threading.get_ident()
        with self._guard:
            for name in [n for n, t in self._pending.items() if t == me]:
                del self._pending[name]  # this thread is here, so those intakes are over
            if not self._pending:
                self._unlock()
            ours = set(self._pending)  # intakes still running on other threads
        fd, held = open_locked(self.root, wait=False)
        try:
            names = referenced() if callable(referenced) else referenced
            return self._remove_unreferenced(names | ours, alone=held is Held.YES)
        finally:
            if fd is not None:
                os.close(fd)

    def _remove_unreferenced(self, keep: set[str], *, alone: bool) -> int:
        removed = 0
        try:
            entries = list(os.scandir(self.root))
        except OSError:
            return 0
        for entry in entries:
            temp = _TEMP.fullmatch(entry.name)
            name = temp.group(1) if temp else entry.name
            hidden_part = entry.name.startswith(".") and entry.name.endswith(".part")
            ours = hidden_part or _NAME.fullmatch(name) is not None
            if not ours or name in keep:
                continue
            try:
                if not entry.is_file(follow_symlinks=False):
                    continue
                if not alone and not is_stale(entry.stat(follow_symlinks=False).st_mtime):
                    continue  # a live casebook may be writing it
                os.unlink(entry.path)
            except OSError:
                continue
            removed += 1
        return removed


def _vault_errors(blocks: Iterator[memoryview]) -> Iterator[memoryview]:
    """`blocks`, with a damaged blob as `VaultCorrupt` and I/O errors translated."""
    try:
        yield from blocks
    except AuthenticationFailed as e:
        raise VaultCorrupt("attachment file is damaged") from e
    except OSError as e:
        raise os_error(e) from e


class _Prefixed:
    """`src` with `head` put back in front of it."""

    def __init__(self, head: bytes, src: Readable) -> None:
        self._head = head
        self._src = src

    def read(self, n: int = -1, /) -> bytes:
        if self._head:
            out, self._head = self._head[:n], self._head[n:]
            return out
        return self._src.read(n)
