"""CLI parity for correcting mistakes (issue 12): delete, list what was deleted, restore, and
correct a note segment."""

from __future__ import annotations

import json
from pathlib import Path

from factory import make_vault, run_cli


def _ok(*args: str, root: Path) -> str:
    result = run_cli(root, *args)
    assert result.code == 0, result.err
    return result.out.strip()


def test_delete_list_and_restore_every_kind(tmp_path: Path) -> None:
    root = tmp_path / "vault"
    make_vault(root).session.lock()
    case = _ok("case", "add", "--title", "Дело Иванова", root=root)
    person = _ok("person", "add", case, "--name", "И. Иванов", "--role", "victim", root=root)
    interview = _ok("interview", "add", case, "--interviewee", person, root=root)
    note = _ok("note", "add", interview, "--text", "Задержали 6 марта", root=root)
    for rid in (person, note):
        deleted = run_cli(root, "delete", rid)
        assert deleted.code == 0
        assert "casebook restore" in deleted.err
    listed = json.loads(_ok("deleted", case, "--json", root=root))
    assert {d["kind"] for d in listed["deleted"]} == {"person", "segment"}
    assert "И. Иванов" in _ok("deleted", case, root=root)
    _ok("restore", person[:12], root=root)
    _ok("restore", note, root=root)
    assert json.loads(_ok("deleted", case, "--json", root=root))["deleted"] == []
    _ok("delete", case, root=root)
    assert "Дело Иванова" in _ok("deleted", root=root)
    _ok("restore", case, root=root)
    assert json.loads(_ok("case", "list", "--json", root=root))[0]["title"] == "Дело Иванова"


def test_note_edit_keeps_the_old_text_in_history(tmp_path: Path) -> None:
    root = tmp_path / "vault"
    make_vault(root).session.lock()
    case = _ok("case", "add", "--title", "Дело", root=root)
    interview = _ok("interview", "add", case, root=root)
    note = _ok("note", "add", interview, "--text", "Задержали 6 марта", root=root)
    _ok("note", "edit", note, "--text", "Задержали 5 марта", root=root)
    history = _ok("history", case, root=root)
    assert "Задержали 6 марта" in history
    assert "Задержали 5 марта" in history
    empty = run_cli(root, "note", "edit", note, "--text", " ")
    assert empty.code == 5
