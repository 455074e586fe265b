"""Checking a vault end to end: every page, every op's hash, signature and chain, every blob."""

from __future__ import annotations

import hashlib
from collections.abc import Callable

from casebook.base.errors import AuthenticationFailed, CasebookError, VaultCorrupt
from casebook.domain.disclosure import Disclosure
from casebook.domain.oplog import accept_disclosure, decode_signed
from casebook.domain.records import VerifyReport
from casebook.vault.session import Session

__all__ = ["Integrity"]

Progress = Callable[[int, int], None]


class Integrity:
    """`casebook verify`, the state hash, and sweeping orphaned blob files."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def verify(self, *, progress: Progress | None = None) -> VerifyReport:
        """Check every page (SQLCipher HMACs), every op (hash, signature, chain, and for v2 the
        disclosure against its commitment), every blob. Husks (v1 ops whose value was erased)
        are counted: they were checked before erasure, and their bytes are gone on purpose."""
        store = self._session.store
        page_errors = store.integrity_messages()
        op_errors: list[str] = []
        counts = [0, 0, 0, 0]  # ops, authors, husks, gaps: kept when reading fails half-way
        try:
            self._verify_ops(op_errors, counts)
        except CasebookError as e:
            op_errors.append(f"reading ops failed: {e}")
        checked, authors, husks, gaps = counts
        blob_errors: list[str] = []
        blobs = 0
        try:
            blob_rows = store.contents.blobs()
        except CasebookError as e:
            blob_rows = []
            blob_errors.append(f"reading contents failed: {e}")
        for i, (sha, name, key) in enumerate(blob_rows):
            blobs += 1
            try:
                digest = hashlib.sha256()
                for chunk in self._session.blobs.open_chunks(name, key):
                    digest.update(chunk)
                if digest.digest() != sha:
                    raise VaultCorrupt("digest differs")
            except CasebookError:
                blob_errors.append(f"attachment {sha.hex()[:16]}: blob is damaged or missing")
            if progress is not None:
                progress(i + 1, len(blob_rows))
        try:
            inline = store.contents.inline()
        except CasebookError as e:
            inline = []
            blob_errors.append(f"reading contents failed: {e}")
        for sha, data in inline:
            blobs += 1
            if hashlib.sha256(data).digest() != sha:
                blob_errors.append(f"attachment {sha.hex()[:16]}: content is damaged")
        return VerifyReport(
            pages_checked=True,
            page_errors=tuple(page_errors),
            ops_checked=checked,
            op_errors=tuple(op_errors),
            blobs_checked=blobs,
            blob_errors=tuple(blob_errors),
            authors=authors,
            husks=husks,
            gaps=gaps,
        )

    def _verify_ops(self, op_errors: list[str], counts: list[int]) -> None:
        """Re-verify every op and each author's chain, counting ops and authors."""
        me, store = self._session.me, self._session.store
        # Our ops of cases that travelled (bundle/travel.py): the chain runs across them.
        away = store.travel.away_of(me)
        last_author: bytes | None = None
        expected_prev: bytes | None = None
        expected_seq = 1
        for row in store.iter_ops():
            counts[0] += 1
            if row.author != last_author:
                counts[1] += 1
                last_author, expected_prev, expected_seq = row.author, None, 1
            if row.husk:
                counts[2] += 1  # erased, checked before erasure: its bytes are gone on purpose
            else:
                try:
                    signed = decode_signed(row.encoded, row.sig)
                    if signed.op_id != row.op_id:
                        raise AuthenticationFailed("op id does not match its content")
                    held = store.erasure.disclosed(row.op_id) if signed.vc is not None else None
                    if held is not None:
                        accept_disclosure(signed, Disclosure(row.op_id, held[0], held[1]))
                except CasebookError as e:
                    op_errors.append(f"op {row.op_id.hex()}: {e}")
            if row.author == me and away:
                while (
                    expected_seq < row.seq
                    and expected_seq in away
                    and away[expected_seq][1] == expected_prev
                ):
                    expected_prev, expected_seq = away[expected_seq][0], expected_seq + 1
            # A peer's chain may have gaps: case-filtered bundles carry only some of its ops.
            # Where the previous op is here its id must match; our own chain has no gaps.
            contiguous = row.seq == expected_seq
            gap_allowed = row.author != me and row.seq > expected_seq
            counts[3] += int(gap_allowed)  # normal: what was left out of what we were sent
            if (contiguous and row.prev != expected_prev) or not (contiguous or gap_allowed):
                op_errors.append(
                    f"op {row.op_id.hex()}: chain broken at seq {row.seq} of author "
                    f"{row.author.hex()[:16]}"
                )
            expected_prev, expected_seq = row.op_id, row.seq + 1

    def state_hash(self) -> bytes:
        """The digest of the fold's state (equal across replicas with the same ops)."""
        return self._session.store.state_hash()

    def sweep_blobs(self) -> int:
        """Remove encrypted blob files that no record references (left by a crash), leaving
        those another running casebook may be writing (unlock does this too)."""
        return self._session.blobs.sweep(self._session.store.contents.blob_names)
