"""No trace (DESIGN §1, seizure): the real CLI leaves no case text anywhere on disk in clear.

Every command runs as a real `python -m casebook` process with the real KDF, with HOME, TMPDIR
and every XDG folder pointed at fresh, empty folders. Each record carries its own random marker
(ASCII and Cyrillic). Afterwards no file in those folders, and no raw file of the vault
(vault.db, -wal, -shm, keyslots, blobs/*), may hold any marker in UTF-8, UTF-16 or lower case.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from factory import CliResult, child_env, make_filled_vault, marker, run_cli_process

ENV_DIRS = (
    "HOME",
    "TMPDIR",
    "XDG_CONFIG_HOME",
    "XDG_DATA_HOME",
    "XDG_CACHE_HOME",
    "XDG_STATE_HOME",
    "XDG_RUNTIME_DIR",
)


def _token(text: str) -> str:
    found = re.search(r"[0-9a-f]{16}", text)
    assert found is not None
    return found.group(0)


def _forms(text: str) -> list[bytes]:
    forms = []
    for variant in {text, text.lower(), text.upper(), _token(text)}:
        forms += [variant.encode("utf-8"), variant.encode("utf-16-le"), variant.encode("utf-16-be")]
    return forms


def _ok(result: CliResult) -> str:
    assert result.code == 0, result.err
    assert "Traceback" not in result.err
    return result.out.strip()


@pytest.mark.slow
def test_the_real_cli_leaves_no_trace(tmp_path: Path) -> None:
    dirs = {name: tmp_path / name.lower() for name in ENV_DIRS}
    for d in dirs.values():
        d.mkdir(mode=0o700)
    env = child_env(**{name: str(d) for name, d in dirs.items()})
    vault = tmp_path / "vault-folder" / "v"
    outside = tmp_path / "outside"  # where the user's source files are: not searched
    outside.mkdir()

    m = {
        k: marker()
        for k in ("title", "summary", "person", "place", "event", "note", "file", "name", "small")
    }

    def run(*args: str, stdin: str | None = None) -> str:
        return _ok(run_cli_process(vault, *args, fast=False, stdin=stdin, env=env))

    assert "RECOVERY CODE" in run("init")
    case = run("case", "add", "--title", f"Дело {m['title']}", "--summary", m["summary"])
    person = run("person", "add", case, "--name", m["person"], "--role", "witness")
    run(
        "event",
        "add",
        case,
        "--type",
        "Задержание",
        "--date",
        "~2024-03-05",
        "--place",
        m["place"],
        "--summary",
        f"задержали {m['event']}",
    )
    interview = run("interview", "add", case, "--interviewee", person)
    run("note", "add", interview, "--text", "-", stdin=f"Записано: {m['note']}\n")

    # A large attachment (a blob file) whose name and content carry markers, and a small one.
    big = outside / f"{m['name']}.txt"
    chunk = (m["file"] + " ").encode("utf-8")
    big.write_bytes(chunk * (1_600_000 // len(chunk)))
    small = outside / "small.txt"
    small.write_text(f"маленький файл {m['small']}", "utf-8")
    run("attach", case, str(big))
    run("attach", case, str(small))

    # Read paths too: search and show must not leave caches behind.
    hits = json.loads(run("search", m["note"], "--json"))
    assert [h["kind"] for h in hits] == ["segment"]
    shown = json.loads(run("case", "show", case, "--json"))
    assert {a["fields"]["name"] for a in shown["attachments"]} == {big.name, "small.txt"}

    vault_files = sorted(p for p in vault.rglob("*") if p.is_file())
    names = {p.name for p in vault_files}
    assert {"vault.db", "keyslots"} <= names
    assert any(p.parent.name == "blobs" for p in vault_files)
    scanned = vault_files + sorted(p for d in dirs.values() for p in d.rglob("*") if p.is_file())
    all_forms = {key: _forms(value) for key, value in m.items()}
    leaks = []
    for path in scanned:
        data = path.read_bytes()
        for key, forms in all_forms.items():
            if any(form in data for form in forms):
                leaks.append(f"{key} in {path.relative_to(tmp_path)}")
    assert leaks == []
    # No file name anywhere carries a marker either.
    everything = [p for d in [*dirs.values(), vault] for p in d.rglob("*")]
    tokens = [_token(value) for value in m.values()]
    assert [p for p in everything if any(t in p.name for t in tokens)] == []
    # Whatever casebook put in HOME and the XDG folders does not name the vault folder
    # (settings hold no recent files or vaults).
    for p in everything:
        if p.is_file() and vault not in p.parents:
            assert str(vault).encode() not in p.read_bytes(), p


def test_an_open_vault_holds_no_plaintext_in_its_wal(tmp_path: Path) -> None:
    # While the vault is open, recent commits live in vault.db-wal: those pages are encrypted too.
    filled = make_filled_vault(tmp_path / "v", tmp_path)
    note = marker()
    filled.svc.records.add_segment(filled.interview, f"Записано: {note}")
    filled.svc.drafts.save("draft", f"черновик {note}")
    files = {p.name: p.read_bytes() for p in (tmp_path / "v").iterdir() if p.is_file()}
    assert files.get("vault.db-wal"), "expected a WAL with the latest commits"
    for name, data in files.items():
        assert not any(form in data for form in _forms(note)), name
        assert "Иванова".encode() not in data, name
    filled.svc.lock()
