"""The `casebook` command: its grammar, its output and its exit codes (the scripting contract).

    casebook [--vault DIR] [--passphrase-fd N] COMMAND …
    0 ok · 1 other error · 2 usage · 3 wrong passphrase · 4 vault missing or corrupt
    5 input rejected

Most runs are in-process (`casebook.cli.main` with the fast KDF passed explicitly and secrets
through real pipe file descriptors); a few are real `python -m casebook` processes with the real
KDF.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from casebook.crypto.recovery import parse_code
from factory import FAST, PASSPHRASE, CliResult, run_cli, run_cli_process

HEX_ID = re.compile(r"[0-9a-f]{32}\n")
CODE = re.compile(r"[0-9A-Z]{4}(?:-[0-9A-Z]{4}){6}")


def ok(result: CliResult) -> str:
    assert result.code == 0, result.err
    assert "Traceback" not in result.err
    return result.out


def an_id(result: CliResult) -> str:
    out = ok(result)
    assert HEX_ID.fullmatch(out), out  # only the id
    return out.strip()


def fails(result: CliResult, code: int) -> str:
    assert result.code == code, (result.code, result.err)
    assert "Traceback" not in result.err
    assert result.err.startswith("casebook: ") or result.err.startswith("usage: "), result.err
    return result.err


@dataclass
class Vault:
    root: Path
    code: str
    case: str
    person: str
    interview: str


def _init(root: Path) -> str:
    out = ok(run_cli(root, "init"))
    (code,) = CODE.findall(out)
    assert parse_code(code) == code
    return code


@pytest.fixture
def vault(tmp_path: Path) -> Vault:
    root = tmp_path / "v"
    code = _init(root)
    case = an_id(run_cli(root, "case", "add", "--title", "Дело Иванова", "--summary", "Пикет"))
    person = an_id(run_cli(root, "person", "add", case, "--name", "Иван", "--role", "victim"))
    interview = an_id(run_cli(root, "interview", "add", case, "--interviewee", person))
    return Vault(root, code, case, person, interview)


def test_init_prints_the_recovery_code_once(tmp_path: Path) -> None:
    root = tmp_path / "v"
    result = run_cli(root, "init")
    out = ok(result)
    (code,) = CODE.findall(out)
    assert "RECOVERY CODE" in out
    assert code not in result.err
    assert code not in (root / "keyslots").read_text()
    # The code opens the vault, typed any way.
    ok(run_cli(root, "case", "list", passphrase=code.lower().replace("-", " ")))
    fails(run_cli(root, "init"), 1)  # a vault is already there
    result = run_cli(tmp_path / "w", "--json", "init")
    doc = json.loads(ok(result))
    assert parse_code(doc["recovery_code"]) == doc["recovery_code"]
    assert doc["vault"] == str(tmp_path / "w")


def test_init_refuses_an_empty_passphrase(tmp_path: Path) -> None:
    fails(run_cli(tmp_path / "v", "init", passphrase=""), 2)
    assert not (tmp_path / "v" / "keyslots").exists()


def test_case_commands(vault: Vault) -> None:
    root = vault.root
    second = an_id(run_cli(root, "case", "add", "--title", "Second case", "--status", "court"))
    listed = json.loads(ok(run_cli(root, "case", "list", "--json")))
    assert isinstance(listed, list)
    assert len(listed) == 2
    assert {"id", "title", "status", "updated"} <= set(listed[0])
    assert listed[0]["id"] == second  # most recent first
    assert {r["title"] for r in listed} == {"Дело Иванова", "Second case"}
    assert all(isinstance(r["updated"], int) and r["updated"] > 0 for r in listed)
    assert json.loads(ok(run_cli(root, "--json", "case", "list"))) == listed
    assert [
        r["id"]
        for r in json.loads(ok(run_cli(root, "case", "list", "--json", "--status", "court")))
    ] == [second]
    text = ok(run_cli(root, "case", "list"))
    assert vault.case in text
    assert "Дело Иванова" in text

    shown = json.loads(ok(run_cli(root, "case", "show", vault.case, "--json")))
    assert shown["id"] == vault.case
    assert shown["fields"]["title"] == "Дело Иванова"
    assert shown["fields"]["summary"] == "Пикет"
    assert [p["id"] for p in shown["persons"]] == [vault.person]
    assert [i["id"] for i in shown["interviews"]] == [vault.interview]
    assert shown["interviews"][0]["segments"] == []
    # An 8-character prefix is enough.
    assert json.loads(ok(run_cli(root, "case", "show", vault.case[:8], "--json")))["id"] == (
        vault.case
    )
    assert "Дело Иванова" in ok(run_cli(root, "case", "show", vault.case))


def test_person_event_interview_note(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    root = vault.root
    witness = an_id(
        run_cli(root, "person", "add", vault.case, "--name", "Пётр", "--role", "Свидетель")
    )
    event = an_id(
        run_cli(
            root,
            "event",
            "add",
            vault.case,
            "--type",
            "Задержание",
            "--date",
            "~2024-03",
            "--place",
            "Москва",
            "--summary",
            "задержали у метро",
        )
    )
    note = an_id(run_cli(root, "note", "add", vault.interview, "--text", "Первая запись"))
    monkeypatch.setattr(sys, "stdin", io.StringIO("Запись со стандартного ввода\n"))
    note2 = an_id(run_cli(root, "note", "add", vault.interview, "--text", "-"))
    shown = json.loads(ok(run_cli(root, "case", "show", vault.case, "--json")))
    persons = {p["id"]: p["fields"]["role"] for p in shown["persons"]}
    assert persons == {vault.person: "victim", witness: "witness"}
    (ev,) = shown["events"]
    assert ev["id"] == event
    assert (ev["fields"]["type"], ev["fields"]["date"], ev["fields"]["place"]) == (
        "detention",
        "~2024-03",
        "Москва",
    )
    segments = shown["interviews"][0]["segments"]
    assert [(s["id"], s["fields"]["text"]) for s in segments] == [
        (note, "Первая запись"),
        (note2, "Запись со стандартного ввода"),
    ]
    assert shown["interviews"][0]["fields"]["interviewee"] == vault.person


def test_case_show_names_every_record_and_its_links(vault: Vault) -> None:
    root = vault.root
    petr = an_id(
        run_cli(root, "person", "add", vault.case, "--name", "Пётр Петров", "--role", "witness")
    )
    event = an_id(
        run_cli(root, "event", "add", vault.case, "--type", "detention", "--date", "~2024-03-05")
    )
    link = an_id(run_cli(root, "link", event, petr, "--role", "victim"))
    note = an_id(
        run_cli(root, "note", "add", vault.interview, "--text", "Пётр видел задержание\nу метро")
    )
    note_link = an_id(run_cli(root, "link", note, petr))

    text = ok(run_cli(root, "case", "show", vault.case))
    lines = text.splitlines()

    def block(record: str) -> str:
        """The record's lines, from its own to the next record's, spaces collapsed."""
        (start,) = [i for i, line in enumerate(lines) if record[:8] in line]
        end = start + 1
        while end < len(lines) and lines[end].startswith("    "):
            end += 1
        return " ".join(" ".join(lines[start:end]).split())

    assert lines[0] == "Дело Иванова"
    assert (
        block(event)
        == f"event {event[:8]} Detention about 5 March 2024 — with: Пётр Петров (Victim)"
    )
    # The fields in the form's order, the name left out as the label shows it.
    assert block(petr) == (
        f"person {petr[:8]} Пётр Петров with: Detention about 5 March 2024 (Victim) "
        "note “Пётр видел задержание у метро” Role: Witness"
    )
    assert block(vault.interview).startswith(f"interview {vault.interview[:8]} Иван Started: ")
    # Its notes as the note panel shows them: the time, the note, what it is linked to.
    note_block = block(note)
    assert re.fullmatch(
        rf"\d\d:\d\d:\d\d {note[:8]} Пётр видел задержание у метро — with: Пётр Петров", note_block
    )
    assert f"Notes: {note_block}" in block(vault.interview)
    # No full ids, no Python reprs: only the 8-character prefixes.
    assert not re.search(r"[0-9a-f]{9,}", text)
    for python in ("None", "[]", "{", "'"):
        assert python not in text

    shown = json.loads(ok(run_cli(root, "case", "show", vault.case, "--json")))
    base = {
        "kind",
        "id",
        "case_id",
        "fields",
        "created",
        "created_by",
        "updated",
        "deleted",
        "conflicts",
    }
    assert base | {"label", "persons", "events", "interviews", "attachments", "links"} <= set(shown)
    assert shown["label"] == "Дело Иванова"
    persons = {p["id"]: p for p in shown["persons"]}
    (ev,) = shown["events"]
    (interview,) = shown["interviews"]
    (seg,) = interview["segments"]
    for rec in [*persons.values(), ev, interview, seg, *shown["links"]]:
        assert base | {"label", "links"} <= set(rec)
    assert seg["interview_id"] == vault.interview
    assert (ev["label"], persons[petr]["label"], interview["label"]) == (
        "Detention about 5 March 2024",
        "Пётр Петров",
        "Иван",
    )
    assert seg["label"] == "Пётр видел задержание у метро"
    assert ev["links"] == [{"id": link, "other": petr, "label": "Пётр Петров", "role": "victim"}]
    assert seg["links"] == [{"id": note_link, "other": petr, "label": "Пётр Петров", "role": ""}]
    assert persons[petr]["links"] == [
        {"id": link, "other": event, "label": "Detention about 5 March 2024", "role": "victim"},
        {"id": note_link, "other": note, "label": "Пётр видел задержание у метро", "role": ""},
    ]
    assert persons[vault.person]["links"] == []
    assert {lk["id"] for lk in shown["links"]} == {link, note_link}
    assert {lk["label"] for lk in shown["links"]} == {"Victim", ""}

    # A deleted record drops out of its links' other ends.
    ok(run_cli(root, "delete", petr))
    shown = json.loads(ok(run_cli(root, "case", "show", vault.case, "--json")))
    assert shown["events"][0]["links"] == []
    assert "with:" not in ok(run_cli(root, "case", "show", vault.case))


def test_attach(vault: Vault, tmp_path: Path) -> None:
    data = os.urandom(3 * 1024 * 1024)
    src = tmp_path / "запись.ogg"
    src.write_bytes(data)
    att = an_id(run_cli(vault.root, "attach", vault.case, str(src)))
    shown = json.loads(ok(run_cli(vault.root, "case", "show", vault.case, "--json")))
    (a,) = shown["attachments"]
    assert a["id"] == att
    assert a["fields"]["sha256"] == hashlib.sha256(data).hexdigest()
    assert a["fields"]["size"] == len(data)
    assert a["fields"]["name"] == "запись.ogg"
    assert a["label"] == "запись.ogg"
    assert f"attachment  {att[:8]}  запись.ogg  (3.0 MiB, " in ok(
        run_cli(vault.root, "case", "show", vault.case)
    )
    out = tmp_path / "exported.ogg"
    result = run_cli(vault.root, "attachment", "export", att, "--out", str(out))
    ok(result)
    assert "NOT encrypted" in result.err
    assert out.read_bytes() == data
    fails(run_cli(vault.root, "attachment", "export", att, "--out", str(out)), 5)  # exists
    fails(run_cli(vault.root, "attach", vault.case, str(tmp_path / "missing.pdf")), 5)
    fails(run_cli(vault.root, "attach", vault.case, str(tmp_path)), 5)


def test_search_and_history(vault: Vault) -> None:
    root = vault.root
    note = an_id(run_cli(root, "note", "add", vault.interview, "--text", "Его задержали утром"))
    hits = json.loads(ok(run_cli(root, "search", "ЗАДЕРЖ", "--json")))
    assert len(hits) == 1
    assert {"case_id", "kind", "id", "snippet"} <= set(hits[0])
    assert (hits[0]["case_id"], hits[0]["kind"], hits[0]["id"]) == (vault.case, "segment", note)
    assert "⟦задержали⟧" in hits[0]["snippet"]
    assert json.loads(ok(run_cli(root, "search", '"NEAR(* OR -^', "--json"))) == []
    assert note in ok(run_cli(root, "search", "задерж"))

    ok(run_cli(root, "set", vault.case, "title", "Дело Иванова (апелляция)"))
    history = json.loads(ok(run_cli(root, "history", vault.case, "--json")))
    titles = [(h["value"], h["superseded"]) for h in history if h["field"] == "title"]
    assert titles == [("Дело Иванова", True), ("Дело Иванова (апелляция)", False)]
    assert all({"op_id", "time", "author", "kind", "entity", "me"} <= set(h) for h in history)
    assert all(h["me"] for h in history)
    assert any(h["entity"] == "segment" and h["entity_id"] == note for h in history)
    assert "апелляция" in ok(run_cli(root, "history", vault.case))


def test_delete_restore_and_conflicts(vault: Vault) -> None:
    root = vault.root
    ok(run_cli(root, "delete", vault.person))
    shown = json.loads(ok(run_cli(root, "case", "show", vault.case, "--json")))
    assert shown["persons"] == []
    ok(run_cli(root, "delete", vault.person, "--restore"))
    shown = json.loads(ok(run_cli(root, "case", "show", vault.case, "--json")))
    assert [p["id"] for p in shown["persons"]] == [vault.person]
    assert json.loads(ok(run_cli(root, "conflicts", "--json"))) == []
    fails(run_cli(root, "resolve", vault.case, "title", "--value", "x"), 5)
    ok(run_cli(root, "set", vault.case, "tags", '["a", "b"]', "--json-value"))
    fails(run_cli(root, "set", vault.case, "tags", "[not json", "--json-value"), 5)


def test_verify(vault: Vault) -> None:
    out = ok(run_cli(vault.root, "verify"))
    assert "The vault is sound." in out
    report = json.loads(ok(run_cli(vault.root, "verify", "--json")))
    assert report["ok"] is True
    assert report["ops_checked"] > 0


def test_passwd(vault: Vault) -> None:
    root = vault.root
    db_before = hashlib.sha256((root / "vault.db").read_bytes()).digest()
    result = run_cli(root, "passwd", new_passphrase="новый пароль")
    ok(result)
    assert "recovery code still works" in result.err
    assert hashlib.sha256((root / "vault.db").read_bytes()).digest() == db_before
    fails(run_cli(root, "case", "list"), 3)
    ok(run_cli(root, "case", "list", passphrase="новый пароль"))
    ok(run_cli(root, "case", "list", passphrase=vault.code))
    fails(run_cli(root, "passwd", passphrase="wrong", new_passphrase="x"), 3)
    fails(run_cli(root, "passwd", passphrase="новый пароль", new_passphrase=""), 2)
    ok(run_cli(root, "case", "list", passphrase="новый пароль"))


def test_passwd_reads_both_secrets_from_one_fd(vault: Vault) -> None:
    # Two lines on one descriptor: the current passphrase, then the new one.
    from casebook.cli import main

    r, w = os.pipe()
    os.write(w, (PASSPHRASE + "\nвторой\n").encode())
    os.close(w)
    err = io.StringIO()
    try:
        argv = ["--vault", str(vault.root), "--passphrase-fd", str(r), "--new-passphrase-fd"]
        code = main([*argv, str(r), "passwd"], kdf_policy=FAST, stdout=io.StringIO(), stderr=err)
    finally:
        os.close(r)
    assert code == 0, err.getvalue()
    ok(run_cli(vault.root, "case", "list", passphrase="второй"))


def test_recovery_code_command(vault: Vault) -> None:
    out = ok(run_cli(vault.root, "recovery-code"))
    (new,) = CODE.findall(out)
    ok(run_cli(vault.root, "case", "list", passphrase=new))
    fails(run_cli(vault.root, "case", "list", passphrase=vault.code), 3)


# -- exit codes -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["frobnicate"],
        ["case"],
        ["case", "add"],
        ["case", "add", "--title"],
        ["case", "fly", "--title", "x"],
        ["person", "add", "--name", "x", "--role", "victim"],
        ["event", "add", "CASE", "--type", "search"],
        ["search", "x", "--limit", "many"],
        ["--passphrase-fd", "zero", "case", "list"],
        ["resolve", "ID", "title"],
    ],
)
def test_usage_errors_exit_2(
    args: list[str], vault: Vault, capsys: pytest.CaptureFixture[str]
) -> None:
    result = run_cli(vault.root, *args)
    assert result.code == 2
    captured = capsys.readouterr()
    assert "Traceback" not in result.err + captured.err
    assert "usage:" in captured.err + result.err


def test_usage_errors_go_to_the_given_stream(vault: Vault) -> None:
    result = run_cli(vault.root, "frobnicate")
    assert "usage:" in result.err


def test_unreadable_passphrase_fd_is_a_usage_error(vault: Vault) -> None:
    r, w = os.pipe()
    os.write(w, b"\xff\xfe\n")
    os.close(w)
    from casebook.cli import main

    err = io.StringIO()
    try:
        code = main(
            ["--vault", str(vault.root), "--passphrase-fd", str(r), "case", "list"],
            stdout=io.StringIO(),
            stderr=err,
        )
    finally:
        os.close(r)
    assert code == 2
    assert "Traceback" not in err.getvalue()
    closed_fd = os.open(os.devnull, os.O_RDONLY)
    os.close(closed_fd)
    err = io.StringIO()
    code = main(
        ["--vault", str(vault.root), "--passphrase-fd", str(closed_fd), "case", "list"],
        stdout=io.StringIO(),
        stderr=err,
    )
    assert code == 2
    assert "Traceback" not in err.getvalue()


def test_wrong_passphrase_exits_3(vault: Vault) -> None:
    typo = vault.code[:-1] + ("1" if vault.code[-1] != "1" else "2")
    for secret in ("wrong", PASSPHRASE.upper(), " "):
        err = fails(run_cli(vault.root, "case", "list", passphrase=secret), 3)
        assert err == "casebook: Wrong passphrase, or the keyslots are damaged.\n"
    # A recovery code with a typo is named as one (issue 12), with the same exit code.
    err = fails(run_cli(vault.root, "case", "list", passphrase=typo), 3)
    assert "recovery code has a typo" in err


def test_missing_vault_exits_4(tmp_path: Path) -> None:
    for args in (["case", "list"], ["verify"], ["passwd"], ["recovery-code"]):
        err = fails(run_cli(tmp_path / "nothing", *args, new_passphrase="x"), 4)
        assert "no vault here" in err.lower()
    assert not (tmp_path / "nothing").exists()


DB_DAMAGE = {
    "flipped-page-1": lambda data: data[:2000] + bytes([data[2000] ^ 1]) + data[2001:],
    "empty": lambda data: b"",
    "one-page": lambda data: data[:4096],
    "half": lambda data: data[: len(data) // 2],
    "random": lambda data: os.urandom(len(data)),
    "plain-sqlite-header": lambda data: b"SQLite format 3\x00" + data[16:],
}


@pytest.mark.parametrize("damage", sorted(DB_DAMAGE))
def test_damaged_vault_exits_4(damage: str, vault: Vault) -> None:
    db = vault.root / "vault.db"
    db.write_bytes(DB_DAMAGE[damage](db.read_bytes()))
    err = fails(run_cli(vault.root, "case", "list"), 4)
    assert err == "casebook: The vault is damaged. Run `casebook verify` for details.\n"
    assert fails(run_cli(vault.root, "verify"), 4) == err
    assert fails(run_cli(vault.root, "note", "add", vault.interview, "--text", "x"), 4) == err


def test_garbage_keyslots_exit_3(vault: Vault) -> None:
    (vault.root / "keyslots").write_bytes(os.urandom(600))
    fails(run_cli(vault.root, "case", "list"), 3)


@pytest.mark.parametrize(
    "args",
    [
        ["event", "add", "{case}", "--type", "detention", "--date", "2024-02-30"],
        ["event", "add", "{case}", "--type", "detention", "--date", "на днях"],
        ["event", "add", "{case}", "--type", "detention", "--date", "5/3/2024"],
        ["deadline", "add", "{case}", "--due", "14.13.2027", "--what", "appeal"],
        ["set", "{case}", "deadlines", '[{{"date": "32.01.2024", "what": "x"}}]', "--json-value"],
        ["event", "add", "{case}", "--type", "picnic", "--date", "2024-03-05"],
        ["person", "add", "{case}", "--name", "X", "--role", "bystander"],
        ["person", "add", "{case}", "--name", " ", "--role", "victim"],
        ["person", "add", "{person}", "--name", "X", "--role", "victim"],
        ["person", "add", "0123456789abcdef0123456789abcdef", "--name", "X", "--role", "victim"],
        ["case", "show", "deadbeef"],
        ["case", "show", "dead"],
        ["case", "show", "{person}"],
        ["case", "add", "--title", ""],
        ["case", "add", "--title", "x", "--status", "lost"],
        ["note", "add", "{case}", "--text", "x"],
        ["note", "add", "{interview}", "--text", ""],
        ["interview", "add", "{case}", "--interviewee", "{case}"],
        ["history", "ffffffffffffffff"],
        ["set", "{case}", "colour", "red"],
        ["link", "{case}", "{person}", "--role", "nobody"],
    ],
)
def test_rejected_input_exits_5(args: list[str], vault: Vault) -> None:
    ids = {"case": vault.case, "person": vault.person, "interview": vault.interview}
    result = run_cli(vault.root, *(a.format(**ids) for a in args))
    fails(result, 5)
    assert result.out == ""


def test_messages_never_repeat_case_text(vault: Vault) -> None:
    secret = "Секретный свидетель 42"
    result = run_cli(vault.root, "case", "add", "--title", secret + "\n" + secret)
    fails(result, 5)
    assert "Секретный" not in result.err


# -- real processes, real KDF -----------------------------------------------------------------


@pytest.mark.slow
def test_real_processes_with_the_real_kdf(tmp_path: Path) -> None:
    root = tmp_path / "v"
    init = run_cli_process(root, "init", fast=False)
    assert init.code == 0, init.err
    (code,) = CODE.findall(init.out)
    slots = json.loads((root / "keyslots").read_text())["slots"]
    assert all(s["ops"] >= 3 and s["mem"] >= 256 * 1024 * 1024 for s in slots)
    added = run_cli_process(root, "case", "add", "--title", "Дело", fast=False)
    assert added.code == 0, added.err
    assert HEX_ID.fullmatch(added.out)
    wrong = run_cli_process(root, "case", "list", passphrase="wrong", fast=False)
    assert wrong.code == 3
    assert wrong.err == "casebook: Wrong passphrase, or the keyslots are damaged.\n"
    assert wrong.out == ""
    listed = run_cli_process(root, "case", "list", "--json", passphrase=code, fast=False)
    assert listed.code == 0, listed.err
    assert [c["title"] for c in json.loads(listed.out)] == ["Дело"]
    usage = run_cli_process(root, "case", "add", fast=False)
    assert usage.code == 2
    assert "usage:" in usage.err
    assert "Traceback" not in usage.err
