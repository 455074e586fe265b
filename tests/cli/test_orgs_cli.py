"""A consent for a named organisation (`org:NAME`, PROTECTION §3) through the CLI: the
colleague's organisation is recorded locally (`peer org`), the gate lets the identity through
to a member and not to anyone else (`consent check`), and a real split export carries the name
to the member's bundle and a pseudonym to the other's."""

from __future__ import annotations

import json
from pathlib import Path

from factory import CliResult, make_vault, run_cli

NAME = "Ирина Согласная"


def _ok(r: CliResult) -> str:
    assert r.code == 0, (r.out, r.err)
    assert "Traceback" not in r.err + r.out
    return r.out.strip()


def _vaults(tmp_path: Path) -> dict[str, Path]:
    roots = {n: tmp_path / n for n in ("alice", "lev", "jana")}
    for root in roots.values():
        make_vault(root).session.lock()
        _ok(run_cli(root, "identity", "export", "--out", str(root.with_suffix(".card"))))
    a = roots["alice"]
    for name in ("lev", "jana"):
        _ok(
            run_cli(a, "peer", "add", str(roots[name].with_suffix(".card")), "--name", name.title())
        )
        _ok(run_cli(roots[name], "peer", "add", str(a.with_suffix(".card")), "--name", "Alice"))
        _ok(run_cli(a, "peer", "verify", name.title(), "--confirm"))
        _ok(run_cli(roots[name], "peer", "verify", "Alice", "--confirm"))
    # Both may see names; their clearances differ (Jana not health), so two groups.
    _ok(run_cli(a, "peer", "clearance", "Lev", "--level", "restricted", "--allow", "all"))
    allow = [x for c in ("identity", "contact_location", "minor") for x in ("--allow", c)]
    _ok(run_cli(a, "peer", "clearance", "Jana", "--level", "restricted", *allow))
    return roots


def test_peer_org_is_local_and_listed(tmp_path: Path) -> None:
    a = _vaults(tmp_path)["alice"]
    assert json.loads(_ok(run_cli(a, "--json", "peer", "org", "Lev")))["organisation"] is None
    assert "no organisation" in _ok(run_cli(a, "peer", "org", "Lev"))
    shown = json.loads(_ok(run_cli(a, "--json", "peer", "org", "Lev", "Мемориал")))
    assert shown["organisation"] == "Мемориал"
    # One organisation, one name: another case of letters is written as known.
    _ok(run_cli(a, "peer", "org", "Jana", "МЕМОРИАЛ"))
    rows = {r["name"]: r for r in json.loads(_ok(run_cli(a, "--json", "peer", "list")))}
    assert rows["Lev"]["organisation"] == rows["Jana"]["organisation"] == "Мемориал"
    assert "[Мемориал]" in _ok(run_cli(a, "peer", "list"))
    _ok(run_cli(a, "peer", "org", "Jana", "--clear"))
    rows = {r["name"]: r for r in json.loads(_ok(run_cli(a, "--json", "peer", "list")))}
    assert rows["Jana"]["organisation"] is None
    assert run_cli(a, "peer", "org", "Jana", "X", "--clear").code == 2
    assert run_cli(a, "peer", "org", "Nobody", "X").code == 5
    bad = run_cli(a, "peer", "org", "Jana", "a" * 300)
    assert bad.code == 5
    assert "Traceback" not in bad.err


def test_an_org_consent_gates_and_exports_by_membership(tmp_path: Path) -> None:
    roots = _vaults(tmp_path)
    a, lev, jana = roots["alice"], roots["lev"], roots["jana"]
    _ok(run_cli(a, "peer", "org", "Lev", "Мемориал"))
    case = _ok(run_cli(a, "case", "add", "--title", "Дело о согласии"))
    person = _ok(run_cli(a, "person", "add", case, "--name", NAME, "--role", "witness"))
    _ok(
        run_cli(
            a, "consent", "add", person, "--scope", "share_org", "--status", "granted",
            "--audience", "org:Мемориал", "--method", "written",
        )
    )  # fmt: skip
    check = ("consent", "check", person, "--purpose", "bundle", "--to")
    allowed = json.loads(_ok(run_cli(a, "--json", *check, "Lev")))
    assert (allowed["allowed"], allowed["reason"]) == (True, "consent")
    denied = run_cli(a, "--json", *check, "Jana")
    assert denied.code == 7, denied.err
    assert json.loads(denied.out)["reason"] == "audience"
    assert run_cli(a, *check, "Lev", "--to", "Jana").code == 7  # every recipient must be in it

    usb = tmp_path / "usb"
    usb.mkdir()
    both = ("--to", "Lev", "--to", "Jana", "--case", case, "--out", str(usb), "--split")
    preview = json.loads(_ok(run_cli(a, "--json", "export", *both, "--dry-run")))
    why = {
        tuple(r["name"] for r in b["recipients"]): {p["why"] for p in b["pseudonymised"]}
        for b in preview["bundles"]
    }
    assert why == {("Lev",): set(), ("Jana",): {"consent:audience"}}
    sealed = json.loads(_ok(run_cli(a, "--json", "export", *both)))
    paths = {tuple(r["recipients"]): r["paths"][0] for r in sealed}
    keys = {
        n: json.loads(_ok(run_cli(a, "--json", "peer", "org", n)))["key_id"]
        for n in ("Lev", "Jana")
    }
    _ok(run_cli(lev, "import", paths[(keys["Lev"],)]))
    _ok(run_cli(jana, "import", paths[(keys["Jana"],)]))
    at_lev = json.loads(_ok(run_cli(lev, "--json", "case", "show", case)))
    at_jana = json.loads(_ok(run_cli(jana, "--json", "case", "show", case)))
    (p_lev,) = at_lev["persons"]
    (p_jana,) = at_jana["persons"]
    assert NAME in json.dumps(p_lev, ensure_ascii=False)
    assert p_lev.get("pseudonym") is None
    assert "Согласная" not in json.dumps(at_jana, ensure_ascii=False)
    assert p_jana["pseudonym"]["ru"].startswith("Свидетел")
    # The organisation never travelled: neither colleague's vault knows of it.
    for root in (lev, jana):
        assert "Мемориал" not in _ok(run_cli(root, "--json", "peer", "list"))
