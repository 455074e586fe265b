"""An unlocked vault: the store, the blobs, the owner's keys and clock, and the lock.

    unlock / create_vault ──► Session ──► CaseService(session)      the use cases
                                      └─► casebook.bundle (session)  sealing and opening

A Session is the one object that holds key material while the vault is open. `lock()` closes
the connection and drops every reference it holds; Python cannot scrub memory, but nothing keeps
the keys alive afterwards. One thread owns a Session (the connection is not shared).

`commit_writes` is the one way case data changes: each write becomes an op signed by the owner
(op v2: a salted commitment to the value, the value kept as a separate disclosure) and applied,
all in one transaction. `redact_in_transaction` signs an erasure.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from casebook.base.errors import VaultLocked
from casebook.base.paths import VaultPaths
from casebook.base.reserve import ensure_reserve
from casebook.crypto.keys import Identity
from casebook.domain.oplog import CREATED, DELETED, Hlc, Op, SignedOp, sign_op
from casebook.store.blobs import BlobStore
from casebook.store.store import Store
from casebook.vault.debris import clear_debris

__all__ = ["Session", "Write"]

Write = tuple[str, bytes, str, str, Any]  # entity, entity_id, kind, field, value


class Session:
    """An unlocked vault."""

    def __init__(self, store: Store, paths: VaultPaths) -> None:
        self._store: Store | None = store
        self.paths = paths
        # On read-only media (write-protected): it reads; every write raises `VaultReadOnly`.
        self.read_only = store.read_only
        self.blobs = BlobStore(paths.blobs, read_only=store.read_only)
        self._identity: Identity | None = store.keys.load_identity()
        self.me = self._identity.public
        self.hlc = Hlc(store.max_hlc())
        # What a killed casebook left behind, cleared by listing (vault/debris.py).
        self.debris = clear_debris(store, self.blobs)
        if not store.read_only:
            ensure_reserve(paths.root)  # room for an export's record on a full disk

    @property
    def store(self) -> Store:
        """The open store, or `VaultLocked`."""
        if self._store is None:
            raise VaultLocked("vault is locked")
        return self._store

    @property
    def identity(self) -> Identity:
        """The owner's keys, or `VaultLocked`."""
        if self._identity is None:
            raise VaultLocked("vault is locked")
        return self._identity

    def reload_identity(self) -> Identity:
        """Read the owner's keys again from the store (after a key rotation)."""
        self._identity = self.store.keys.load_identity()
        self.me = self._identity.public
        return self._identity

    @property
    def locked(self) -> bool:
        """True after `lock()`."""
        return self._store is None

    def lock(self) -> None:
        """Close the connection and drop the keys. The session is unusable afterwards."""
        store, self._store = self._store, None
        self._identity = None
        self.blobs.release()
        if store is not None:
            store.close()

    def commit_writes(self, writes: Sequence[Write]) -> list[SignedOp]:
        """Sign and apply several changes in one transaction: all of them, or none.

        Each write is (entity, entity_id, kind, field, value) with a value already valid for
        the model (the services validate; bulk callers must too: `sign_op` re-checks).
        """
        store = self.store
        with store.transaction():
            return self.commit_in_transaction(writes)

    def commit_in_transaction(self, writes: Sequence[Write]) -> list[SignedOp]:
        """`commit_writes` inside a transaction the caller holds (to add local rows to it)."""
        self.hlc.observe(self.store.max_hlc())
        done = []
        for entity, entity_id, kind, fld, value in writes:
            if kind in ("create", "attach"):
                reg = CREATED
            elif kind == "delete":
                reg = DELETED
            else:
                reg = fld
            done.append(self._sign_and_apply(entity, entity_id, kind, fld, value, reg))
        return done

    def redact_in_transaction(
        self, entity: str, entity_id: bytes, field: str, targets: Sequence[bytes], reason: str
    ) -> SignedOp:
        """Sign and apply one erasure of `field` ("" for the whole record) naming `targets`,
        inside a transaction the caller holds. Like a set (field) or a delete (record), it
        depends on every live op it supersedes."""
        self.hlc.observe(self.store.max_hlc())
        extra = {"targets": tuple(targets), "reason": reason}
        return self._sign_and_apply(
            entity, entity_id, "redact", field, None, field or DELETED, extra
        )

    def _sign_and_apply(
        self,
        entity: str,
        entity_id: bytes,
        kind: str,
        field: str,
        value: Any,
        reg: str,
        extra: dict[str, Any] | None = None,
    ) -> SignedOp:
        """The owner's next op on register `reg`, depending on its live ops (and, for a
        delete or a whole-record erasure, on every live op of the entity), signed and applied."""
        store = self.store
        # Read inside the write lock: another session (GUI and CLI at once) may have signed.
        head = store.author_head(self.me)
        deps = [o.op_id for o in store.live_ops(entity_id, reg)]
        if reg == DELETED:
            deps += store.live_ops_of_entity(entity_id)
        op = Op(
            author=self.me,
            seq=head[0] + 1 if head else 1,
            prev=head[1] if head else None,
            deps=tuple(dict.fromkeys(deps)),
            hlc=self.hlc.now(),
            entity=entity,
            entity_id=entity_id,
            kind=kind,
            field=field,
            value=value,
            **(extra or {}),
        )
        signed = sign_op(op, self.identity, version=2)
        store.apply(signed)
        return signed
