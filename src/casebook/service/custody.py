"""The custody log's use cases (PROTECTION §4, docs/custody.md).

    resolve(text)            an item (SHA-256) from an attachment id or a SHA-256 prefix
    chain(item)              the item's chain as this vault holds it, root first, each entry
                             verified, with its custodian's name, key id and fingerprint
    viewed / transfer_out / report / override / note_late
                             the owner's entries (intake, plain export, sealing, receipt,
                             derivation and erasure are recorded where they happen)
    verify()                 the whole log: signatures, ids, the owner's chain, every item's
                             chain, forks; each held item's bytes hashed again, and recorded
    package(items)           custody.jsonl and keys.json of a verification package

An entry of a revoked colleague past its custody cut-off that came in after the revocation is
kept but not trusted: its status is "revoked", its chain is not `ok`, and `verify` says so.

Time in an entry is the author's clock: proof of order (the chains) and of existence before a
colleague's receipt, never of the hour.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from typing import Any

from casebook.base.errors import (
    AuthenticationFailed,
    Cancelled,
    CasebookError,
    InputRejected,
    NotFound,
    VaultReadOnly,
)
from casebook.domain.custody import (
    BODIES,
    SIG_LABEL,
    SignedEntry,
    can_start,
    chain_problems,
    decode_entry,
    record_item,
    validate_detail,
)
from casebook.domain.peers import fingerprint
from casebook.service.custody_results import (
    ChainEntry,
    Custodian,
    CustodyChain,
    CustodyCheck,
    CustodyPackage,
    key_json,
)
from casebook.service.reading import Reading
from casebook.store.custody import CustodyRow
from casebook.vault.custody import CustodyWriter, append
from casebook.vault.session import Session

__all__ = [
    "BODIES",
    "REVOKED",
    "ChainEntry",
    "Custodian",
    "Custody",
    "CustodyChain",
    "CustodyCheck",
    "CustodyPackage",
]

# Why an entry is not trusted although its signature verifies (docs/custody.md).
REVOKED = "signed by a revoked key after its cut-off"
Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]
_HEX = frozenset("0123456789abcdef")
_MAX_CHAIN = 10_000_000


class Custody:
    """The custody log of an unlocked vault."""

    def __init__(self, session: Session, reading: Reading) -> None:
        self._session = session
        self._reading = reading
        self._fingerprints: dict[bytes, str] = {}

    # -- items ----------------------------------------------------------------------------

    def item_of(self, attachment_id: bytes) -> bytes:
        """The item (SHA-256) of an attachment record."""
        rec = self._reading.get(attachment_id)
        sha = rec.get("sha256") if rec.kind == "attachment" else None
        if not isinstance(sha, str) or len(sha) != 64:
            raise NotFound("no attachment with this id, or its details were erased")
        return bytes.fromhex(sha)

    def resolve(self, text: str) -> bytes:
        """The item that `text` names: an attachment id (or a unique prefix of 8+ hex digits),
        or a SHA-256 (or a unique prefix of 8+ hex digits). `NotFound` otherwise."""
        t = text.strip().lower()
        if len(t) < 8 or not set(t) <= _HEX or len(t) > 64:
            raise NotFound("an item is an attachment id or a SHA-256 (8+ hex digits)")
        if len(t) <= 32:
            try:
                return self.item_of(self._reading.resolve_id(t))
            except NotFound:
                pass
        found = self._session.store.custody.find_items(t)
        if len(found) != 1:
            raise NotFound("no item, or several, start with this SHA-256")
        return found[0]

    # -- recording ------------------------------------------------------------------------

    def _record(self, item: bytes, event: str, detail: dict[str, Any]) -> SignedEntry:
        validate_detail(event, detail)
        store = self._session.store
        with store.transaction():
            return append(self._session, item, event, detail)

    def viewed(self, attachment_id: bytes) -> SignedEntry | None:
        """Record that the owner opened an attachment in the viewer. None when it cannot be
        recorded: the vault is on read-only media, where nothing can be written (the viewer
        still opens, and says that this view is not in the custody log)."""
        item = self.item_of(attachment_id)
        if self._session.read_only:
            return None
        try:
            return self._record(item, "view", {"record": attachment_id.hex()})
        except VaultReadOnly:
            return None

    def transfer_out(
        self, item: bytes, *, to: str, ref: str, when: str | None = None
    ) -> SignedEntry:
        """Record by hand that a copy went to a court or body (`to`: a code of `BODIES`) under
        its reference number. With `when` (YYYY-MM-DD), the entry is a late one that says when
        the transfer happened."""
        self._require_held(item)
        detail: dict[str, Any] = {"to": to, "ref": ref.strip()}
        if when:
            return self._record(item, "note_late", {"event": "transfer_out", "when": when} | detail)
        return self._record(item, "transfer_out", detail)

    def note_late(
        self, item: bytes, event: str, when: str | int, detail: dict[str, Any] | None = None
    ) -> SignedEntry:
        """A late entry: `event` happened `when` (a date, or ms), written now, and saying so."""
        return self._record(item, "note_late", {"event": event, "when": when} | (detail or {}))

    def report(
        self,
        items: Sequence[bytes],
        report_id: bytes,
        purpose: str,
        annex: dict[bytes, int] | None = None,
    ) -> list[SignedEntry]:
        """Record that each item went into report `report_id` for `purpose`, with its annex
        number when given: one transaction, one entry per item, in the order given."""
        store = self._session.store
        details = []
        for item in items:
            detail: dict[str, Any] = {"report": report_id.hex(), "purpose": purpose}
            if annex and item in annex:
                detail["annex"] = annex[item]
            validate_detail("report", detail)
            details.append((item, detail))
        with store.transaction():
            writer = CustodyWriter(self._session)
            out = [writer.add(item, "report", detail) for item, detail in details]
            store.custody.put_own(writer.entries, writer.head)
        return out

    def override(
        self,
        *,
        reason: str,
        item: bytes | None = None,
        record_id: bytes | None = None,
        op_id: bytes | None = None,
        to: Sequence[bytes] = (),
        scope: str | None = None,
    ) -> SignedEntry:
        """Record an override (a value sent without a matching consent, PROTECTION §3), on the
        item of an attachment, or of a record (`record_item`) when `item` is None."""
        if item is None:
            if record_id is None:
                raise InputRejected("an override names an item or a record")
            item = record_item(record_id)
        detail: dict[str, Any] = {"reason": reason}
        if op_id is not None:
            detail["op"] = op_id.hex()
        if record_id is not None:
            detail["record"] = record_id.hex()
        if to:
            detail["to"] = sorted({k.hex() for k in to})
        if scope is not None:
            detail["scope"] = scope
        return self._record(item, "override", detail)

    def override_in_transaction(self, item: bytes, detail: dict[str, Any]) -> SignedEntry:
        """`override`'s entry inside a transaction the caller holds (with its signed op)."""
        validate_detail("override", detail)
        return append(self._session, item, "override", detail)

    def _require_held(self, item: bytes) -> None:
        store = self._session.store
        if store.custody.item_head(item) is None and store.custody.attachment_origin(item) is None:
            raise NotFound("this vault holds no such item")

    # -- reading --------------------------------------------------------------------------

    def custodian(self, identity: bytes) -> Custodian:
        """Who an author key is here."""
        if identity not in self._fingerprints:
            self._fingerprints[identity] = fingerprint(identity)
        me = identity == self._session.me
        peer = None if me else self._session.store.peers.by_identity(identity)
        return Custodian(identity, me, peer.name if peer else None, self._fingerprints[identity])

    def _check(self, row: CustodyRow, before: bytes | None) -> tuple[str, SignedEntry | None]:
        try:
            signed = decode_entry(row.encoded, row.sig)
        except AuthenticationFailed:
            return "bad_signature", None
        except InputRejected:
            return "bad_signature", None
        if signed.entry_id != row.entry_id:
            return "bad_signature", None
        if row.item_prev != before:
            return "broken", signed
        return "ok", signed

    def path(self, item: bytes) -> list[CustodyRow]:
        """The item's chain as rows, root first: from the owner's last entry for it (or the
        last one held, when the owner has none) back through `item_prev`."""
        log = self._session.store.custody
        head = log.item_head(item, self._session.me) or log.item_head(item)
        rows: list[CustodyRow] = []
        row = head
        while row is not None and len(rows) < _MAX_CHAIN:
            rows.append(row)
            row = log.get(row.item_prev) if row.item_prev is not None else None
        rows.reverse()
        return rows

    def chain(self, item: bytes) -> CustodyChain:
        """The item's chain, root first, each entry verified again, with its custodian."""
        rows = self.path(item)
        untrusted = self._session.store.custody.untrusted([r.entry_id for r in rows])
        entries: list[ChainEntry] = []
        signed: list[SignedEntry] = []
        problems: list[str] = []
        revoked: list[bytes] = []
        before: bytes | None = None
        for i, row in enumerate(rows):
            status, s = self._check(row, before if i else row.item_prev)
            if status == "bad_signature":
                problems.append(f"entry {row.entry_id.hex()[:16]}: its signature does not verify")
            elif status == "ok" and row.entry_id in untrusted:
                status = "revoked"
                revoked.append(row.entry_id)
                problems.append(f"entry {row.entry_id.hex()[:16]}: {REVOKED}")
            if s is not None:
                signed.append(s)
            entries.append(
                ChainEntry(
                    row.entry_id,
                    self.custodian(row.author),
                    row.seq,
                    row.prev,
                    row.item,
                    row.item_prev,
                    row.time_ms,
                    row.event,
                    row.detail(),
                    status,
                    row.line(),
                )
            )
            before = row.entry_id
        if len(signed) == len(rows):
            problems += chain_problems(signed)
        elif rows and rows[0].item_prev is not None:
            problems.append("the first entry names an earlier one that is not here")
        held = len(self._session.store.custody.of_item(item))
        return CustodyChain(item, tuple(entries), tuple(problems), held - len(rows), tuple(revoked))

    # -- verification ---------------------------------------------------------------------

    def verify(
        self,
        *,
        record: bool = True,
        progress: Progress | None = None,
        cancel: CancelCheck | None = None,
    ) -> CustodyCheck:
        """Check the whole log and hash every held item's bytes again; record a `verify`
        entry per item hashed (unless `record` is False or the vault is read-only)."""
        store = self._session.store
        problems: list[str] = []
        count, authors = self._verify_log(problems)
        contents: dict[str, str] = {}
        items = store.custody.items()
        for i, item in enumerate(items):
            if cancel is not None and cancel():
                raise Cancelled()
            if store.custody.attachment_origin(item) is None:
                continue  # erased here, or a record's item: no bytes to hash
            contents[item.hex()] = self._hash_result(item)
            if progress is not None:
                progress(i + 1, len(items))
        recorded = 0
        if record and contents and not self._session.read_only:
            with store.transaction():
                writer = CustodyWriter(self._session)
                for item_hex, result in contents.items():
                    writer.add(bytes.fromhex(item_hex), "verify", {"result": result})
                store.custody.put_own(writer.entries, writer.head)
                recorded = len(contents)
        return CustodyCheck(count, authors, len(items), tuple(problems), contents, recorded)

    def _hash_result(self, item: bytes) -> str:
        store = self._session.store
        located = store.contents.locate(item)
        if located is None:
            return "missing"
        digest = hashlib.sha256()
        try:
            if located.data is not None:
                digest.update(located.data)
            elif located.blob_name is not None and located.blob_key is not None:
                for chunk in self._session.blobs.open_chunks(located.blob_name, located.blob_key):
                    digest.update(chunk)
            else:
                return "missing"
        except CasebookError:
            return "mismatch"
        return "ok" if digest.digest() == item else "mismatch"

    def _verify_log(self, problems: list[str]) -> tuple[int, int]:
        """Every entry's id and signature, each author's chain where it is contiguous (the
        owner's has no gap), and every `item_prev` held (or a root)."""
        store = self._session.store
        me = self._session.me
        untrusted = store.custody.untrusted()
        count = 0
        authors = 0
        last_author: bytes | None = None
        expected: tuple[int, bytes | None] = (1, None)
        for row in store.custody.iter_all():
            count += 1
            if row.author != last_author:
                authors += 1
                last_author, expected = row.author, (1, None)
            where = f"entry {row.entry_id.hex()[:16]}"
            status, s = self._check(row, row.item_prev)
            if s is None or status == "bad_signature":
                problems.append(f"{where}: its signature does not verify")
            elif (s.entry.author, s.entry.seq, s.entry.item) != (row.author, row.seq, row.item):
                problems.append(f"{where}: its columns differ from its signed bytes")
            elif row.entry_id in untrusted:
                problems.append(f"{where}: {REVOKED}")
            contiguous = row.seq == expected[0]
            if (contiguous and row.prev != expected[1]) or (
                not contiguous and (row.author == me or row.seq < expected[0])
            ):
                problems.append(
                    f"{where}: the log of {row.author.hex()[:16]} is broken at seq {row.seq}"
                )
            expected = (row.seq + 1, row.entry_id)
            if row.item_prev is None:
                if not can_start(row.event, row.detail()):
                    problems.append(f"{where}: {row.event!r} cannot start an item's chain")
            elif not store.custody.has(row.item_prev):
                problems.append(f"{where}: the entry before it is missing")
        return count, authors

    # -- the verification package ---------------------------------------------------------

    def package(self, items: Sequence[bytes]) -> CustodyPackage:
        """custody.jsonl and keys.json for these items: each item's chain from its root to
        the owner's last entry (call `report` first, so that every chain ends with it), items
        ascending. `InputRejected` when an item has no chain or its chain does not verify (a
        chain with entries of a revoked key after its cut-off is carried: report.json marks
        them)."""
        lines: list[bytes] = []
        heads: dict[str, str] = {}
        authors: set[bytes] = set()
        for item in sorted(set(items)):
            chain = self.chain(item)
            if not chain.holds:
                raise InputRejected(f"the custody chain of {item.hex()[:16]} does not verify")
            lines += [e.line for e in chain.entries]
            heads[item.hex()] = chain.entries[-1].entry_id.hex()
            authors |= {e.custodian.identity for e in chain.entries}
        me = self.custodian(self._session.me)
        keys = {
            "format": "casebook-custody-keys",
            "v": 1,
            "signed": _SIGNED,
            "vault": key_json(me),
            "authors": [key_json(self.custodian(a)) for a in sorted(authors)],
        }
        text = json.dumps(keys, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
        return CustodyPackage(b"".join(lines), text.encode("utf-8"), heads, len(lines))


_SIGNED = (
    "Ed25519(author, the ASCII bytes " + SIG_LABEL.decode("ascii").rstrip("\x00") + ", one zero"
    " byte, then BLAKE2b-256 of the entry's canonical JSON); see VERIFY.txt"
)
