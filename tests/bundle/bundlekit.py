"""Helpers for the bundle tests: replicas (cheap vaults), peers, fixed identities, exchanges.

A *replica* is a CaseService on a fresh SQLCipher store with a random raw key and no keyslots:
everything a bundle touches (ops, contents, blobs, peers, acks, bundle tables) is real, and it
costs a few milliseconds. The CLI tests use real vaults from `factory.make_vault`.

Colleagues made here trust each other fully (`befriend` gives the full clearance, `seal` a
consent gate that allows everyone), so that the tests of transport see every value travel; the
tests of export by audience (tests/bundle/test_bundle_audience.py) set clearances and gates
themselves.
"""

from __future__ import annotations

import os
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from casebook.base.paths import VaultPaths
from casebook.bundle import ExportResult, ImportResult, export_bundle, import_bundle
from casebook.bundle.audience import Audience
from casebook.crypto.keys import Identity
from casebook.domain.records import PeerRow
from casebook.domain.sensitivity import FULL_CLEARANCE, Clearance
from casebook.service import CaseService
from casebook.store.store import Store
from casebook.vault.session import Session
from factory import AllowAll

DATA = Path(__file__).resolve().parents[1] / "data" / "bundles"


def fixed_identity(seed: bytes, x_secret: bytes, created_ms: int = 1_700_000_000_000) -> Identity:
    """An identity from fixed key material (golden and corpus keys)."""
    return Identity._with_cert(seed, x_secret, created_ms)


def make_replica(
    root: Path, identity: Identity | None = None, key: bytes | None = None
) -> CaseService:
    """A cheap vault: real store and blobs, a raw key (random unless given), no keyslots."""
    root.mkdir(parents=True, exist_ok=True)
    store = Store.open(root / "vault.db", key or os.urandom(32), create=True)
    with store.transaction():
        store.keys.save_identity(identity or Identity.generate(int(time.time() * 1000)))
    return CaseService(Session(store, VaultPaths(root)))


def set_identity(svc: CaseService, identity: Identity) -> None:
    """Replace a vault's identity (test only: the vault must hold no ops yet)."""
    store = svc.store
    with store.transaction():
        store.con.execute("DELETE FROM identity")
        store.con.execute("DELETE FROM enc_keys")
        store.keys.save_identity(identity)
    svc.session.reload_identity()


TRUSTED = Audience(gate=AllowAll())  # as factory.TRUSTED


def befriend(
    a: CaseService,
    b: CaseService,
    *,
    verified: bool = True,
    clearance: Clearance | None = FULL_CLEARANCE,
) -> tuple[PeerRow, PeerRow]:
    """Make a and b peers of each other with `clearance` (None: the default for a new
    colleague); return (b as a's peer, a as b's peer)."""
    pb = a.peers.add(b.peers.my_card().encode(), f"peer-{b.me.hex()[:8]}")
    pa = b.peers.add(a.peers.my_card().encode(), f"peer-{a.me.hex()[:8]}")
    if verified:
        a.peers.mark_verified(pb)
        b.peers.mark_verified(pa)
    if clearance is not None:
        a.labels.set_clearance(pb, clearance)
        b.labels.set_clearance(pa, clearance)
    return a.peers.find(pb.name), b.peers.find(pa.name)


def peer(svc: CaseService, other: CaseService) -> PeerRow:
    """`other` as a peer of `svc`."""
    found = svc.peers.by_identity(other.me)
    if found is None:
        raise LookupError("not a peer")
    return found


def seal(src: CaseService, dst: Sequence[CaseService], out: Path, **kw: Any) -> ExportResult:
    """Export from src to the given replicas (every identity allowed unless `audience`)."""
    kw.setdefault("audience", TRUSTED)
    return export_bundle(src.session, [peer(src, d) for d in dst], out_path=out, **kw)


def op_count(svc: CaseService) -> int:
    """How many ops the vault holds."""
    return int(svc.store.query("SELECT count(*) FROM ops")[0][0])


def snapshot(svc: CaseService) -> tuple[bytes, int, int, int]:
    """What must not change when a bundle is refused: state, ops, contents, bundles_in."""
    q = svc.store.query
    return (
        svc.integrity.state_hash(),
        op_count(svc),
        int(q("SELECT count(*) FROM contents")[0][0]),
        int(q("SELECT count(*) FROM bundles_in")[0][0]),
    )


def deliver(svc: CaseService, path: Path) -> ImportResult:
    """Import a bundle."""
    return import_bundle(svc.session, path)
