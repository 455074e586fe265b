"""`casebook consent add|list|withdraw|check|override`, end to end through real vaults."""

from __future__ import annotations

import json
import os
from pathlib import Path

from casebook.domain import consent as rules
from factory import CliResult, make_vault, open_vault, run_cli


def _ok(r: CliResult) -> str:
    assert r.code == 0, r.err
    assert "Traceback" not in r.err + r.out
    return r.out.strip()


def _refused(r: CliResult, code: int) -> str:
    assert r.code == code, (r.out, r.err)
    assert "Traceback" not in r.err + r.out
    return r.err


def _vaults(tmp_path: Path) -> tuple[Path, Path]:
    a, b = tmp_path / "alice", tmp_path / "bob"
    for root in (a, b):
        make_vault(root).session.lock()
        _ok(run_cli(root, "identity", "export", "--out", str(root.with_suffix(".card"))))
    _ok(run_cli(a, "peer", "add", str(b.with_suffix(".card")), "--name", "Bob"))
    _ok(run_cli(b, "peer", "add", str(a.with_suffix(".card")), "--name", "Alice"))
    _ok(run_cli(a, "peer", "verify", "Bob", "--confirm"))
    _ok(run_cli(b, "peer", "verify", "Alice", "--confirm"))
    return a, b


def _witness(root: Path) -> tuple[str, str]:
    case = _ok(run_cli(root, "case", "add", "--title", "Дело о согласии"))
    person = _ok(
        run_cli(root, "person", "add", case, "--name", "Ирина Согласная", "--role", "witness")
    )
    return case, person


def test_add_list_check_withdraw(tmp_path: Path) -> None:
    a, b = _vaults(tmp_path)
    case, person = _witness(a)

    # Fail closed: nothing recorded, nothing allowed (exit 7, not an error).
    denied = run_cli(a, "consent", "check", person, "--to", "Bob", "--purpose", "bundle")
    assert denied.code == 7
    assert "no_consent" in denied.out

    added = json.loads(
        _ok(
            run_cli(
                a,
                "--json",
                "consent",
                "add",
                person,
                "--scope",
                "share_peers",
                "court_domestic",
                "--status",
                "granted",
                "--audience",
                "peer:Bob",
                "--method",
                "written",
                "--expires",
                "2099-12-31",
                "--conditions",
                "Не публиковать адрес",
            )
        )
    )
    assert added["status"] == "granted"
    assert added["scope"] == ["court_domestic", "share_peers"]
    assert added["audience"][0].startswith("peer:")
    assert len(added["audience"][0]) == 69

    ok = run_cli(a, "--json", "consent", "check", person, "--to", "Bob", "--purpose", "bundle")
    assert json.loads(_ok(ok)) == {
        "allowed": True,
        "reason": "consent",
        "detail": json.loads(ok.out)["detail"],
    }
    court = run_cli(a, "consent", "check", person, "--purpose", "court_domestic")
    assert _ok(court).startswith("allowed")

    listing = _ok(run_cli(a, "consent", "list", person))
    assert "share_peers" in listing
    assert "granted → Bob" in listing
    doc = json.loads(_ok(run_cli(a, "--json", "consent", "list", person)))
    assert doc["standing"]["share_peers"]["state"] == "granted"
    assert doc["standing"]["asylum"]["state"] == "none"
    everything = _ok(run_cli(a, "consent", "list"))
    assert "Ирина Согласная" in everything
    assert _ok(run_cli(a, "consent", "list", "--case", case)).count("granted") == 1

    # Bob receives the identity in a bundle, then the person withdraws.
    usb = tmp_path / "usb"
    usb.mkdir()
    # Bob may see identities (his clearance); the consent above lets this person's go to him.
    _ok(run_cli(a, "peer", "clearance", "Bob", "--level", "restricted", "--allow", "all"))
    _ok(run_cli(b, "import", _ok(run_cli(a, "export", "--to", "Bob", "--out", str(usb)))))
    withdrawn = _ok(run_cli(a, "consent", "withdraw", person, "--scope", "share_peers"))
    assert "Withdrawn: share_peers" in withdrawn
    assert "Bob: bundle(s) 1" in withdrawn
    assert f"casebook erase {_full(a, person)} --field name --reason consent_withdrawn" in (
        withdrawn
    )
    assert "Rule 47 § 4" in withdrawn
    denied = run_cli(a, "consent", "check", person, "--to", "Bob", "--purpose", "bundle")
    assert denied.code == 7
    assert "withdrawn" in denied.out
    assert _ok(run_cli(a, "consent", "check", person, "--purpose", "court_domestic"))

    # Bob's vault got the decisions with the case, and gates alike.
    assert _ok(run_cli(b, "consent", "check", person, "--purpose", "court_domestic"))
    # (Bob has not seen the withdrawal yet: his copy still shows the grant to Bob only.)
    j = json.loads(
        run_cli(b, "--json", "consent", "check", person, "--to", "Alice", "--purpose", "bundle").out
    )
    assert (j["allowed"], j["reason"]) == (False, "audience")


def _full(root: Path, prefix: str) -> str:
    shown = json.loads(_ok(run_cli(root, "--json", "consent", "list", prefix)))
    return str(shown["decisions"][0]["subject"])


def test_override_and_refusals(tmp_path: Path) -> None:
    a, _b = _vaults(tmp_path)
    _case, person = _witness(a)
    _ok(run_cli(a, "consent", "add", person, "--scope", "share_peers", "--status", "refused"))
    assert run_cli(a, "consent", "check", person, "--to", "Bob", "--purpose", "bundle").code == 7
    bad = run_cli(
        a, "consent", "override", person, "--purpose", "bundle", "--to", "Bob", "--reason", "x"
    )
    assert all(code in _refused(bad, 2) for code in rules.OVERRIDE_REASONS)
    done = json.loads(
        _ok(
            run_cli(
                a,
                "--json",
                "consent",
                "override",
                person,
                "--purpose",
                "bundle",
                "--to",
                "Bob",
                "--reason",
                "court_order",
            )
        )
    )
    assert done["reason"] == "court_order"
    assert done["expires"]
    check = json.loads(
        _ok(run_cli(a, "--json", "consent", "check", person, "--to", "Bob", "--purpose", "bundle"))
    )
    assert (check["allowed"], check["reason"]) == (True, "override")
    assert "override" in _ok(run_cli(a, "consent", "list", person))


def test_usage_and_input_errors(tmp_path: Path) -> None:
    a, _b = _vaults(tmp_path)
    _case, person = _witness(a)
    _refused(run_cli(a, "consent", "add", person, "--status", "granted"), 2)  # no --scope
    _refused(run_cli(a, "consent", "add", person, "--scope", "store", "--status", "maybe"), 2)
    _refused(run_cli(a, "consent", "add", person, "--scope", "gossip", "--status", "granted"), 5)
    _refused(
        run_cli(
            a,
            "consent",
            "add",
            person,
            "--scope",
            "store",
            "--status",
            "granted",
            "--audience",
            "peer:Nobody",
        ),
        5,
    )
    _refused(
        run_cli(
            a,
            "consent",
            "add",
            person,
            "--scope",
            "store",
            "--status",
            "granted",
            "--expires",
            "someday",
        ),
        5,
    )
    _refused(run_cli(a, "consent", "check", person, "--purpose", "gossip"), 2)
    _refused(run_cli(a, "consent", "withdraw", "ffffffffffff", "--scope", "store"), 5)
    # A decision is not edited: `casebook set` refuses it.
    dec = json.loads(
        _ok(
            run_cli(
                a, "--json", "consent", "add", person, "--scope", "store", "--status", "granted"
            )
        )
    )
    _refused(run_cli(a, "set", dec["id"], "status", "withdrawn"), 5)


def test_a_consent_conflict_is_listed_and_resolved(tmp_path: Path) -> None:
    a, _b = _vaults(tmp_path)
    _case, person = _witness(a)
    _ok(run_cli(a, "consent", "add", person, "--scope", "share_peers", "--status", "granted"))
    # A withdrawal that did not see the grant, as it would arrive from a colleague.
    svc = open_vault(a)
    try:
        pid = svc.reading.resolve_id(person)
        case_id = svc.reading.get(pid).case_id
        assert case_id is not None
        wid = os.urandom(16)
        svc.session.commit_writes(
            [
                ("consent", wid, "create", "", {"case": case_id.hex()}),
                ("consent", wid, "set", "subject", pid.hex()),
                ("consent", wid, "set", "scope", ["share_peers"]),
                ("consent", wid, "set", "status", "withdrawn"),
                ("consent", wid, "set", "audience", ["any"]),
            ]
        )
    finally:
        svc.lock()
    (found,) = json.loads(_ok(run_cli(a, "--json", "conflicts")))
    assert (found["entity"], found["field"]) == ("consent", "share_peers")
    assert {v["value"] for v in found["values"]} == {"granted", "withdrawn"}
    denied = run_cli(a, "consent", "check", person, "--to", "Bob", "--purpose", "bundle")
    assert denied.code == 7
    assert "conflict" in denied.out
    _ok(run_cli(a, "resolve", person, "share_peers", "--keep", wid.hex()[:12]))
    assert json.loads(_ok(run_cli(a, "--json", "conflicts"))) == []
    state = json.loads(_ok(run_cli(a, "--json", "consent", "list", person)))["standing"]
    assert state["share_peers"]["state"] == "withdrawn"
