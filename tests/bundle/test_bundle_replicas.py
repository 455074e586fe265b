"""Five replicas exchange bundles in any order, with losses, duplicates and delays, and end in
the same state, showing the same conflicts (DESIGN §4: state is a function of the set of ops).

Each example copies five befriended template vaults, runs random steps (edits, new records,
deletes, bundles to random recipients that are delivered, lost, duplicated or held back), then
delivers what was held back in a random order and lets every replica seal once to all others.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from bundlekit import befriend, deliver, make_replica
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from casebook.base.errors import NotFound
from casebook.base.paths import VaultPaths
from casebook.bundle import export_bundle
from casebook.service import CaseService
from casebook.store.store import Store
from casebook.vault.session import Session
from factory import make_case

N = 5
FATES = ("deliver", "lose", "duplicate", "hold")


@dataclass(frozen=True)
class Template:
    """Five befriended vaults, closed; each example works on a copy."""

    root: Path
    keys: tuple[bytes, ...]
    case: bytes


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    root = tmp_path_factory.mktemp("replicas")
    keys = tuple(os.urandom(32) for _ in range(N))
    reps = [make_replica(root / str(i), key=key) for i, key in enumerate(keys)]
    for i in range(N):
        for j in range(i + 1, N):
            befriend(reps[i], reps[j])
    case = make_case(reps[0], title="общее дело")
    out = root / "usb"
    out.mkdir()
    path = export_bundle(reps[0].session, reps[0].peers.list(), out_path=out).paths[0]
    for svc in reps[1:]:
        deliver(svc, path)
    for svc in reps:
        svc.lock()
    shutil.rmtree(out)
    return Template(root, keys, case)


def _open(root: Path, key: bytes) -> CaseService:
    return CaseService(Session(Store.open(root / "vault.db", key), VaultPaths(root)))


step = st.one_of(
    st.tuples(st.just("edit"), st.integers(0, N - 1), st.sampled_from(["title", "summary"])),
    st.tuples(st.just("person"), st.integers(0, N - 1), st.just("")),
    st.tuples(st.just("delete"), st.integers(0, N - 1), st.just("")),
    st.tuples(
        st.just("send"),
        st.integers(0, N - 1),
        st.tuples(st.integers(1, 2**N - 1), st.sampled_from(FATES)),
    ),
    st.tuples(st.just("release"), st.integers(0, N - 1), st.integers(0, 50)),
)


def _conflicts(svc: CaseService) -> list[tuple[Any, ...]]:
    return sorted(
        (c.entity_id, c.field, c.values[0].op_id, tuple(sorted(v.op_id for v in c.values)))
        for c in svc.conflicts.list()
    )


@pytest.mark.slow
@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    opening=st.lists(
        st.tuples(st.integers(0, N - 1), st.sampled_from(["title", "summary"])), max_size=5
    ),
    steps=st.lists(step, min_size=4, max_size=20),
    order=st.randoms(use_true_random=False),
)
def test_replicas_converge(
    template: Template, opening: list[tuple[int, str]], steps: list[Any], order: Any
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for i in range(N):
            shutil.copytree(template.root / str(i), work / str(i))
        reps = [_open(work / str(i), template.keys[i]) for i in range(N)]
        usb = work / "usb"
        usb.mkdir()
        held: list[tuple[Path, list[int]]] = []
        try:
            for who, field in opening:  # concurrent edits: nobody has seen anyone's yet
                reps[who].records.set_field(template.case, field, f"{field} by {who}")
            for n, (kind, who, arg) in enumerate(steps):
                svc = reps[who]
                if kind == "release":
                    if held:
                        path, targets = held.pop(arg % len(held))
                        for t in targets:
                            deliver(reps[t], path)
                elif kind == "edit":
                    svc.records.set_field(template.case, arg, f"{arg} {who}.{n}")
                elif kind == "person":
                    svc.records.add_person(template.case, f"свидетель {who}.{n}", "witness")
                elif kind == "delete":
                    people = svc.reading.children(template.case, "person")
                    if people:
                        svc.records.delete(people[0].id)
                else:
                    mask, fate = arg
                    targets = [t for t in range(N) if mask >> t & 1 and t != who]
                    if not targets:
                        continue
                    peers = [svc.peers.by_identity(reps[t].me) for t in targets]
                    path = export_bundle(svc.session, [p for p in peers if p], out_path=usb).paths[
                        0
                    ]
                    if fate == "hold":
                        held.append((path, targets))
                    elif fate != "lose":
                        for t in targets:
                            deliver(reps[t], path)
                            if fate == "duplicate":
                                assert deliver(reps[t], path).already_imported
            order.shuffle(held)
            for path, targets in held:
                for t in targets:
                    deliver(reps[t], path)
            finals = [
                (i, export_bundle(svc.session, svc.peers.list(), out_path=usb).paths[0])
                for i, svc in enumerate(reps)
            ]
            order.shuffle(finals)
            for i, path in finals:
                for t in range(N):
                    if t != i:
                        deliver(reps[t], path)
            hashes = {svc.integrity.state_hash() for svc in reps}
            assert len(hashes) == 1
            conflicts = [_conflicts(svc) for svc in reps]
            assert all(c == conflicts[0] for c in conflicts)
            event(f"conflicts: {min(len(conflicts[0]), 2)}+")
            counts = {svc.store.query("SELECT count(*) FROM ops")[0][0] for svc in reps}
            assert len(counts) == 1
        except NotFound:
            pytest.fail("a replica lost a record")
        finally:
            for svc in reps:
                svc.lock()
