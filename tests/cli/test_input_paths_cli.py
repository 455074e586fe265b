"""Paths given to `peer add`, `import` and `attach` that are not files (issue 15, item 7).

Real `casebook` processes, with a timeout: a named pipe must not be opened for reading (that
waits for a writer forever), and each kind of path says what it is, exit 5.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from factory import CliResult, make_vault, run_cli, run_cli_process

MESSAGES = {
    "fifo": "That path is a named pipe, not a file",
    "folder": "That path is a folder, not a file",
    "device": "That path is a device, not a file",
    "missing": "There is no file at that path",
}


@pytest.fixture
def vault(tmp_path: Path) -> tuple[Path, str]:
    """A vault and the id of a case in it."""
    root = tmp_path / "vault"
    make_vault(root).session.lock()
    added = run_cli(root, "case", "add", "--title", "Дело")
    assert added.code == 0, added.err
    return root, added.out.strip()


def _path(tmp_path: Path, kind: str) -> Path:
    if kind == "device":
        return Path("/dev/null")
    path = tmp_path / f"given-{kind}"
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "folder":
        path.mkdir()
    return path


def _refused(result: CliResult, kind: str) -> None:
    assert result.code == 5, (result.code, result.err)
    assert "Traceback" not in result.err
    assert result.err.startswith("casebook: " + MESSAGES[kind]), result.err
    assert result.out == ""


def _command(which: str, path: Path, case: str) -> list[str]:
    return {
        "peer add": ["peer", "add", str(path), "--name", "Коллега"],
        "import": ["import", str(path)],
        "attach": ["attach", case, str(path)],
    }[which]


@pytest.mark.parametrize("which", ["peer add", "import", "attach"])
@pytest.mark.parametrize("kind", ["fifo", "folder"])
def test_a_fifo_or_a_folder_is_named_and_refused_promptly(
    vault: tuple[Path, str], tmp_path: Path, which: str, kind: str
) -> None:
    root, case = vault
    path = _path(tmp_path, kind)
    # Before: `peer add` on a FIFO waited for a writer forever (the timeout raises).
    _refused(run_cli_process(root, *_command(which, path, case), timeout=30), kind)


@pytest.mark.parametrize("which", ["peer add", "import", "attach"])
@pytest.mark.parametrize("kind", ["device", "missing"])
def test_a_device_or_nothing_is_named(
    vault: tuple[Path, str], tmp_path: Path, which: str, kind: str
) -> None:
    root, case = vault
    _refused(run_cli(root, *_command(which, _path(tmp_path, kind), case)), kind)


def test_a_volume_that_is_a_fifo_is_refused_promptly(
    vault: tuple[Path, str], tmp_path: Path
) -> None:
    root, _ = vault
    first = tmp_path / "bundle.age.001"
    first.write_bytes(os.urandom(4096))
    os.mkfifo(tmp_path / "bundle.age.002")
    _refused(run_cli_process(root, "import", str(first), timeout=30), "fifo")


def test_a_link_to_a_fifo_is_a_fifo(vault: tuple[Path, str], tmp_path: Path) -> None:
    root, _ = vault
    link = tmp_path / "card.casebook"
    link.symlink_to(_path(tmp_path, "fifo"))
    _refused(run_cli_process(root, "peer", "add", str(link), "--name", "X", timeout=30), "fifo")
