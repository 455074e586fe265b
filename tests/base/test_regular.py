"""`open_regular`: what a path is, checked before the open and again on what was opened."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from casebook.base import regular
from casebook.base.errors import NotARegularFile


def test_a_fifo_swapped_in_after_the_check_never_blocks_the_open(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fifo = tmp_path / "card"
    os.mkfifo(fifo)
    # The check saw a file; a FIFO stands there by the time of the open.
    monkeypatch.setattr(regular, "check_regular", lambda _p: os.stat(__file__))
    outcome: list[BaseException | object] = []

    def run() -> None:
        try:
            outcome.append(regular.open_regular(fifo))
        except BaseException as e:  # noqa: BLE001 - handed to the test thread
            outcome.append(e)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(10)
    if worker.is_alive():
        with open(fifo, "wb"):  # unblock it, then fail
            pass
        pytest.fail("opening a FIFO blocked")
    (got,) = outcome
    assert isinstance(got, NotARegularFile)
    assert got.kind == "fifo"


@pytest.mark.parametrize(
    ("make", "kind"),
    [
        (lambda p: p.mkdir(), "folder"),
        (lambda p: os.mkfifo(p), "fifo"),
        (lambda p: None, "missing"),
        (lambda p: p.symlink_to(p.with_name("nowhere")), "missing"),
    ],
)
def test_kinds(tmp_path: Path, make: object, kind: str) -> None:
    path = tmp_path / "x"
    make(path)  # type: ignore[operator]
    with pytest.raises(NotARegularFile) as e:
        regular.check_regular(path)
    assert e.value.kind == kind
    with pytest.raises(NotARegularFile):
        regular.open_regular(path)


def test_a_device_and_a_file(tmp_path: Path) -> None:
    with pytest.raises(NotARegularFile) as e:
        regular.open_regular(Path("/dev/null"))
    assert e.value.kind == "device"
    f = tmp_path / "f"
    f.write_bytes(b"abc")
    with regular.open_regular(f) as fh:
        assert fh.read() == b"abc"
        assert os.get_blocking(fh.fileno())
