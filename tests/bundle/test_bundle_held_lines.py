"""Sealing reads the ops and values from the vault once when their lines fit in memory, and
twice past that: both ways write the same members, and the colleague gets the same state."""

from __future__ import annotations

from pathlib import Path

import pytest
from bundleforge import open_plain
from bundlekit import befriend, deliver, make_replica, seal

from casebook.bundle import selection as selection_mod
from casebook.bundle.format import NAME_DISCLOSURES, NAME_OPS
from casebook.service import CaseService


def _cases(svc: CaseService, count: int) -> None:
    for i in range(count):
        case = svc.records.add_case(f"Дело о задержании {i}")
        svc.records.add_event(case, "detention", "2024-03-05", summary=f"Задержан у суда, {i}")


@pytest.mark.parametrize("held", ["both", "values", "none"])
def test_held_or_read_again_the_bundle_is_the_same(
    tmp_path: Path, held: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = make_replica(tmp_path / "a"), make_replica(tmp_path / "b")
    befriend(a, b)
    _cases(a, 20)
    passes: list[selection_mod.Content] = []
    first_pass = selection_mod.first_pass

    def recording(*args, **kw):  # type: ignore[no-untyped-def]
        content = first_pass(*args, **kw)
        passes.append(content)
        return content

    monkeypatch.setattr("casebook.bundle.export.first_pass", recording)
    if held == "values":  # room for the values, which come first, not for the ops after them
        dry = a.store.exchange.selection([b.me], None)
        values = selection_mod.first_pass(a.store, dry, None).disclosures
        monkeypatch.setattr(selection_mod, "HOLD_BYTES", values.size + 48 * values.count + 100)
    elif held == "none":
        monkeypatch.setattr(selection_mod, "HOLD_BYTES", 0)
    out = tmp_path / "out"
    out.mkdir()
    path = seal(a, [b], out).paths[0]
    (content,) = passes
    members = open_plain(b, path)
    if held == "both":  # the usual size: both members held from the first pass
        assert content.op_lines is not None
        assert content.disclosure_lines is not None
        assert b"".join(content.op_lines) == members[NAME_OPS]
        assert b"".join(content.disclosure_lines) == members[NAME_DISCLOSURES]
    elif held == "none":  # nothing fits: both read again
        assert content.op_lines is None
        assert content.disclosure_lines is None
    else:  # the values fit, the ops no longer do
        assert content.disclosure_lines is not None
        assert content.op_lines is None
    assert members[NAME_OPS].count(b"\n") == content.ops.count
    assert members[NAME_DISCLOSURES].count(b"\n") == content.disclosures.count
    got = deliver(b, path)
    assert got.ops_new == content.ops.count
    assert b.integrity.state_hash() == a.integrity.state_hash()
