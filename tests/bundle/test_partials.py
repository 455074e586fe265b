"""An export's partial files: the next export to the drive removes a killed one's, and nothing
else (bundle/partials.py)."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from casebook.base.errors import DriveUnavailable
from casebook.base.locks import STALE_AFTER, Held
from casebook.bundle import partials
from casebook.bundle.partials import PartialLock, clear_partials, partial_names
from casebook.bundle.volumes import VolumeWriter
from factory import child_env

MIB = 1024 * 1024


def _touch(path: Path, age_s: float = 0) -> Path:
    path.write_bytes(b"x" * 100)
    if age_s:
        then = time.time() - age_s
        os.utime(path, (then, then))
    return path


def _names(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


def test_names_are_neutral_and_recognised(tmp_path: Path) -> None:
    one = partial_names(tmp_path, 1)
    three = partial_names(tmp_path, 3)
    (single,) = one
    assert single.name.startswith(".")
    assert single.name.endswith(".part")
    assert [p.name[-9:] for p in three] == [".001.part", ".002.part", ".003.part"]
    assert len({p.name[:25] for p in three}) == 1  # one token per set
    assert "casebook" not in "".join(p.name for p in one + three)
    for p in one + three:
        _touch(p)
    assert clear_partials(tmp_path) == 4
    assert _names(tmp_path) == set()


def test_only_casebooks_own_leftovers_go(tmp_path: Path) -> None:
    theirs = {
        ".abc.part",  # another program's
        f".{secrets.token_hex(12)}.part",  # the right shape, not casebook's tag
        f".{secrets.token_hex(12)}.001.part",
        "bundle.age",
        ".hidden",
    }
    for name in theirs:
        _touch(tmp_path / name, STALE_AFTER * 2)
    (tmp_path / "folder.part").mkdir()
    mine = partial_names(tmp_path, 2)
    for p in mine:
        _touch(p)
    assert clear_partials(tmp_path) == 2
    assert _names(tmp_path) == theirs | {"folder.part"}


def test_a_live_export_keeps_its_files(tmp_path: Path) -> None:
    finals = [tmp_path / "b.age.001", tmp_path / "b.age.002"]
    writer = VolumeWriter(finals, MIB)
    writer.write(os.urandom(MIB + 10))  # the first volume done, the second begun
    assert clear_partials(tmp_path) == 0
    assert {p.name for p in writer.temps} == _names(tmp_path)
    writer.close()
    writer.commit()
    assert _names(tmp_path) == {"b.age.001", "b.age.002"}


def test_a_set_without_its_first_file_goes(tmp_path: Path) -> None:
    """A writer removes (or renames) its first temp file last: the rest are leftovers."""
    _, second, third = partial_names(tmp_path, 3)
    _touch(second)
    _touch(third)
    assert clear_partials(tmp_path) == 2


def test_without_flock_the_age_rule_decides(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(partials, "open_locked", lambda *_a, **_k: (None, Held.UNKNOWN))
    young = partial_names(tmp_path, 1)[0]
    old = partial_names(tmp_path, 2)
    _touch(young)
    for p in old:
        _touch(p, STALE_AFTER + 60)
    assert clear_partials(tmp_path) == 2
    assert _names(tmp_path) == {young.name}


def test_a_writer_whose_first_file_was_removed_under_it_stops(tmp_path: Path) -> None:
    (path,) = partial_names(tmp_path, 1)
    with open(path, "xb") as fh:
        path.unlink()  # a cleaner got there between the creation and the lock
        with pytest.raises(DriveUnavailable):
            PartialLock(fh)


KILLED = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    from casebook.bundle.volumes import VolumeWriter
    w = VolumeWriter([Path(sys.argv[1]) / "x.age"], None)
    w.write(os.urandom(100_000))
    print("writing", flush=True)
    sys.stdin.read()
    """
)


def test_a_killed_writers_files_go_at_the_next_export(tmp_path: Path) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-c", KILLED, str(tmp_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        env=child_env(),
    )
    assert proc.stdout is not None
    try:
        assert proc.stdout.readline() == b"writing\n"
        assert clear_partials(tmp_path) == 0  # alive: its lock is held
        proc.kill()
        proc.wait(30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert len(_names(tmp_path)) == 1
    assert clear_partials(tmp_path) == 1
    assert _names(tmp_path) == set()
