"""Concurrent labels (PROTECTION §2, MUST): the effective label is the join on every replica,
and no export ever discloses a value above it.

Three befriended replicas hold one case with a person and an event. Each labels records and
fields on its own (concurrently with the others), then every replica seals to every other. The
`labels` register of each record must then read, on every replica, the target-by-target join of
each replica's last value; and a bundle sealed from any replica to a colleague of a random
clearance must carry no disclosure whose register's effective label that clearance does not
permit.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from bundlekit import TRUSTED, befriend, deliver, make_replica
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casebook.base import canonical
from casebook.base.paths import VaultPaths
from casebook.bundle import export_bundle
from casebook.bundle.reader import iter_disclosure_values, open_bundle
from casebook.domain.audience import join_labels
from casebook.domain.model import LABELS_FIELD
from casebook.domain.sensitivity import Category, Clearance, Level, Sensitivity
from casebook.service import CaseService
from casebook.store.store import Store
from casebook.vault.session import Session

N = 3
LEVELS = [lv.value for lv in Level]
CATS = [c.value for c in Category]


@dataclass(frozen=True)
class Template:
    root: Path
    keys: tuple[bytes, ...]
    records: tuple[bytes, ...]  # case, person, event


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    root = tmp_path_factory.mktemp("labels")
    keys = tuple(os.urandom(32) for _ in range(N + 1))
    reps = [make_replica(root / str(i), key=key) for i, key in enumerate(keys)]
    for i in range(N + 1):
        for j in range(i + 1, N + 1):
            befriend(reps[i], reps[j])
    r = reps[0].records
    case = r.add_case("общее дело", "сводка")
    person = r.add_person(case, "Анна Смирнова", "witness", notes="заметки")
    event = r.add_event(case, "detention", "2024-03-05", place="у суда", summary="итог")
    out = root / "usb"
    out.mkdir()
    path = export_bundle(
        reps[0].session, reps[0].peers.list()[:N], out_path=out, audience=TRUSTED
    ).paths[0]
    for svc in reps[1:]:
        deliver(svc, path)
    for svc in reps:
        svc.lock()
    shutil.rmtree(out)
    return Template(root, keys, (case, person, event))


def _open(root: Path, key: bytes) -> CaseService:
    return CaseService(Session(Store.open(root / "vault.db", key), VaultPaths(root)))


label = st.tuples(st.sampled_from(LEVELS), st.lists(st.sampled_from(CATS), max_size=2, unique=True))
write = st.tuples(
    st.integers(0, 2),  # case, person, event
    st.sampled_from(["", "summary", "notes", "place", "name", "title"]),
    label,
)
TARGETS = {0: {"", "summary", "title"}, 1: {"", "notes", "name"}, 2: {"", "summary", "place"}}


@pytest.mark.slow
@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    writes=st.lists(st.lists(write, max_size=3), min_size=N, max_size=N),
    clearance=st.tuples(st.sampled_from(LEVELS), st.lists(st.sampled_from(CATS), unique=True)),
    floor=st.one_of(st.none(), label),
)
def test_concurrent_labels_join_everywhere_and_no_export_exceeds_them(
    template: Template, writes: list[list[Any]], clearance: Any, floor: Any
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for i in range(N + 1):
            shutil.copytree(template.root / str(i), work / str(i))
        reps = [_open(work / str(i), template.keys[i]) for i in range(N + 1)]
        receiver, reps = reps[N], reps[:N]
        try:
            _run(template, reps, receiver, writes, clearance, floor, work)
        finally:
            for svc in (*reps, receiver):
                svc.lock()


def _run(
    template: Template,
    reps: list[CaseService],
    receiver: CaseService,
    writes: list[list[Any]],
    clearance: Any,
    floor: Any,
    work: Path,
) -> None:
    records = template.records
    finals: dict[int, dict[int, dict[str, Any] | None]] = {}
    for i, svc in enumerate(reps):  # concurrently: nobody has seen another's labels
        for rec, target, (level, cats) in writes[i]:
            if target not in TARGETS[rec]:
                continue
            svc.labels.label(records[rec], target, Sensitivity.parse(level, sorted(cats)))
            finals.setdefault(rec, {})[i] = svc.reading.get(records[rec]).get(LABELS_FIELD)
    if floor is not None:
        reps[N - 1].labels.set_floor(records[0], Sensitivity.parse(floor[0], sorted(floor[1])))
    usb = work / "usb"
    usb.mkdir()
    for i, svc in enumerate(reps):
        path = export_bundle(
            svc.session, svc.peers.list()[:N], out_path=usb / f"{i}.age", audience=TRUSTED
        ).paths[0]
        for j, other in enumerate(reps):
            if j != i:
                deliver(other, path)
    for rec in range(3):
        want = join_labels(finals.get(rec, {}).values())
        seen = {canonical.encode(svc.reading.get(records[rec]).get(LABELS_FIELD)) for svc in reps}
        assert seen == {canonical.encode(want)}, rec
        effective = {svc.labels.labels_of(records[rec]) for svc in reps}
        assert len(effective) == 1
    # Every replica seals to a colleague of a random clearance: nothing above it goes.
    level, cats = clearance
    limit = Clearance(Sensitivity.parse(level).level, Sensitivity.parse("public", cats).categories)
    for i, svc in enumerate(reps):
        to = svc.peers.by_identity(receiver.me)
        assert to is not None
        svc.labels.set_clearance(to, limit)
        result = export_bundle(svc.session, [to], out_path=usb / f"to-{i}.age", audience=TRUSTED)
        b = open_bundle(result.paths[0], receiver.store.keys.x25519_secrets())
        try:
            for line in iter_disclosure_values(b):
                op_id = bytes.fromhex(canonical.decode(line)["op"])
                row = svc.store.op_row(op_id)
                assert row is not None
                _check(svc, limit, row.entity, row.entity_id, row.field)
        finally:
            b.close()


def _check(svc: CaseService, limit: Clearance, kind: str, entity_id: bytes, field: str) -> None:
    labels = svc.labels.labels_of(entity_id)
    assert limit.permits(labels.effective), (kind, field)
    if field:
        (f,) = [x for x in labels.fields if x.name == field] or [None]
        if f is not None:
            assert limit.permits(f.effective), (kind, field)
