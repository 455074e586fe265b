"""A v2 bundle's values (disclosures), held from where they come in the archive (before the
ops) until each op is read and its commitment opens (PROTECTION §1, docs/bundle-format.md)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from casebook.base import canonical
from casebook.base.errors import AuthenticationFailed, BundleRejected, InputRejected, RejectReason
from casebook.bundle.reader import Bundle, iter_disclosure_lines
from casebook.domain.disclosure import Disclosure
from casebook.domain.oplog import SignedOp, accept_disclosure

if TYPE_CHECKING:
    from casebook.vault.session import Session

__all__ = ["Staging", "accepted", "stage_disclosures", "with_value", "with_value_held"]


# A canonical disclosure line begins with its sorted keys "n" and "op": the op id is read from
# the line without decoding it, and the line is decoded (and checked) when its op arrives.
_HEAD = re.compile(rb'\{"n":"[0-9a-f]{64}","op":"([0-9a-f]{64})","v":')


class Staging:
    """A bundle's disclosures until their ops are read (they come first in the archive). Up to
    IN_MEMORY bytes of lines are held in memory, as the lines themselves; more go to the
    vault's staging table, inside the import's transaction, so that memory stays flat whatever
    the bundle's size."""

    IN_MEMORY = 32 * 1024 * 1024

    def __init__(self, session: Session, size: int) -> None:
        self._erasure = session.store.erasure
        self._mem: dict[bytes, bytes] | None = {} if size <= self.IN_MEMORY else None
        self.overlay: list[bytes] = []  # overlay.jsonl's lines, taken after the ops

    def put(self, line: bytes) -> bool:
        """Hold one disclosure line; False for a second one of the same op."""
        head = _HEAD.match(line)
        if head is None:
            raise BundleRejected(RejectReason.MALFORMED, "a disclosure is invalid")
        op_id = bytes.fromhex(head.group(1).decode("ascii"))
        if self._mem is None:
            d = _decoded(line)
            return self._erasure.stage(d.op_id, d.nonce, canonical.encode(d.value))
        if op_id in self._mem:
            return False
        self._mem[op_id] = line
        return True

    def take(self, op_id: bytes) -> Disclosure | None:
        """The disclosure held for this op, no longer held."""
        if self._mem is not None:
            line = self._mem.pop(op_id, None)
            return None if line is None else _decoded(line)
        staged = self._erasure.take_staged(op_id)
        if staged is None:
            return None
        return Disclosure(op_id, staged[0], canonical.decode(staged[1]))

    def look(self, op_id: bytes) -> Disclosure | None:
        """The disclosure held in memory for this op, still held: touches no connection, and
        may run on an import's checking threads (None when the lines are staged in the vault)."""
        line = self._mem.get(op_id) if self._mem is not None else None
        return None if line is None else _decoded(line)

    def drop(self, op_id: bytes) -> bool:
        """Hold this op's disclosure no longer, after `look` paired it (in line order); False
        when it was not held (an op with the same id came before and took it)."""
        return self._mem is not None and self._mem.pop(op_id, None) is not None

    @property
    def in_memory(self) -> bool:
        """True when the lines are held in memory: `look` then pairs ops on an import's checking
        threads, and `drop` takes each value in line order."""
        return self._mem is not None

    def left(self) -> list[bytes]:
        """The ops whose disclosure is still held: the bundle did not carry them."""
        if self._mem is not None:
            return list(self._mem)
        return self._erasure.staged_left()

    def clear(self) -> None:
        """Hold nothing more (the staging table is empty between transactions)."""
        if self._mem is not None:
            self._mem.clear()
        else:
            self._erasure.clear_staged()


def _decoded(line: bytes) -> Disclosure:
    try:
        return Disclosure.from_line(line)
    except InputRejected as e:
        raise BundleRejected(RejectReason.MALFORMED, "a disclosure is invalid") from e


def stage_disclosures(session: Session, b: Bundle) -> Staging:
    """v2: hold every disclosure of the bundle until its op is read; each is checked against
    its op's commitment when the op arrives."""
    m = b.manifest
    staging = Staging(session, m.disclosures.size if m.disclosures is not None else 0)
    error: BundleRejected | None = None
    for line in iter_disclosure_lines(b, staging.overlay):
        if error is not None:
            continue  # read on: a changed byte is then reported as tampering (hash mismatch)
        try:
            if not staging.put(line):
                error = BundleRejected(RejectReason.MALFORMED, "two disclosures for one op")
        except BundleRejected as e:
            error = e
    if error is not None:
        raise error
    return staging


def with_value(staging: Staging, signed: SignedOp) -> SignedOp:
    """The op with its staged disclosure, once it opens the op's commitment (else TAMPERED)."""
    if signed.vc is None:
        return signed
    d = staging.take(signed.op_id)
    return signed if d is None else accepted(signed, d)


def with_value_held(staging: Staging, signed: SignedOp) -> SignedOp:
    """`with_value` for disclosures held in memory, on a checking thread: the value is looked
    at, not taken (`Staging.drop` takes it, in line order)."""
    if signed.vc is None:
        return signed
    d = staging.look(signed.op_id)
    return signed if d is None else accepted(signed, d)


def accepted(signed: SignedOp, d: Disclosure) -> SignedOp:
    """`signed` with the value `d` discloses; TAMPERED unless it opens the commitment."""
    try:
        return accept_disclosure(signed, d)
    except AuthenticationFailed as e:
        raise BundleRejected(RejectReason.TAMPERED, "a value does not match its op") from e
    except InputRejected as e:
        raise BundleRejected(RejectReason.MALFORMED, "a value is not valid for its op") from e
