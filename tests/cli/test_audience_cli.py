"""`casebook label`, `casebook peer clearance` and `casebook export` by audience, end to end.

Three real vaults talk only through the CLI: Alice seals one case to a trusted lawyer (Lev,
restricted, every category) and to a journalist ally (Jana, a new colleague's clearance). The
two have different clearances, so one bundle cannot serve both: the export refuses until told
`--split` (one bundle per group) or `--together`; each colleague then sees what the design says
and no more.
"""

from __future__ import annotations

import json
from pathlib import Path

from factory import CliResult, make_vault, run_cli

SOURCE_NOTE = "SRCNOTE-Жъ-51c0"
SECRET = "RESTRICTED-Жъ-8a1d"


def _ok(r: CliResult) -> str:
    assert r.code == 0, r.err
    assert "Traceback" not in r.err
    return r.out.strip()


def _vaults(tmp_path: Path) -> dict[str, Path]:
    roots = {n: tmp_path / n for n in ("alice", "lev", "jana")}
    for root in roots.values():
        make_vault(root).session.lock()
        _ok(run_cli(root, "identity", "export", "--out", str(root.with_suffix(".card"))))
    for name in ("lev", "jana"):
        _ok(
            run_cli(
                roots["alice"],
                "peer",
                "add",
                str(roots[name].with_suffix(".card")),
                "--name",
                name.title(),
            )
        )
        _ok(
            run_cli(
                roots[name],
                "peer",
                "add",
                str(roots["alice"].with_suffix(".card")),
                "--name",
                "Alice",
            )
        )
        _ok(run_cli(roots["alice"], "peer", "verify", name.title(), "--confirm"))
        _ok(run_cli(roots[name], "peer", "verify", "Alice", "--confirm"))
    return roots


def _case(root: Path) -> dict[str, str]:
    case = _ok(run_cli(root, "case", "add", "--title", "Дело о пикете"))
    victim = _ok(run_cli(root, "person", "add", case, "--name", "Иван Иванов", "--role", "victim"))
    source = _ok(run_cli(root, "person", "add", case, "--name", "Пётр Сидоров", "--role", "source"))
    _ok(run_cli(root, "set", source, "notes", SOURCE_NOTE))
    event = _ok(run_cli(root, "event", "add", case, "--type", "detention", "--date", "2024-03-05"))
    _ok(run_cli(root, "set", event, "summary", SECRET))
    return {"case": case, "victim": victim, "source": source, "event": event}


def test_label_and_clearance_commands(tmp_path: Path) -> None:
    roots = _vaults(tmp_path)
    a = roots["alice"]
    ids = _case(a)
    shown = json.loads(_ok(run_cli(a, "--json", "label", ids["event"])))
    summary = next(f for f in shown["fields"] if f["field"] == "summary")
    assert summary["effective"] == {"categories": [], "level": "confidential"}
    raised = json.loads(
        _ok(
            run_cli(
                a,
                "--json",
                "label",
                ids["event"],
                "--field",
                "summary",
                "--level",
                "restricted",
                "--category",
                "health",
            )
        )
    )
    summary = next(f for f in raised["fields"] if f["field"] == "summary")
    assert summary["own"] == {"categories": ["health"], "level": "restricted"}
    floor = json.loads(
        _ok(
            run_cli(
                a,
                "--json",
                "label",
                ids["case"],
                "--floor",
                "--level",
                "confidential",
                "--category",
                "sogi",
            )
        )
    )
    assert floor["floor"] == {"categories": ["sogi"], "level": "confidential"}
    assert "case floor: confidential: sogi" in _ok(run_cli(a, "label", ids["victim"]))
    _ok(run_cli(a, "label", ids["case"], "--floor", "--clear"))
    assert "floor" not in _ok(run_cli(a, "label", ids["victim"]))
    assert run_cli(a, "label", ids["event"], "--field", "nosuch", "--level", "public").code == 5
    assert run_cli(a, "label", ids["event"], "--category", "sogi").code == 2

    jana = json.loads(_ok(run_cli(a, "--json", "peer", "clearance", "Jana")))
    assert jana["level"] == "confidential"
    assert set(jana["allowed"]) == {"contact_location", "health", "minor"}
    _ok(run_cli(a, "peer", "clearance", "Lev", "--level", "restricted", "--allow", "all"))
    assert "restricted; allowed: contact_location, health, identity, minor, sogi, source" in _ok(
        run_cli(a, "peer", "clearance", "Lev")
    )
    _ok(run_cli(a, "peer", "clearance", "Lev", "--default"))
    assert json.loads(_ok(run_cli(a, "--json", "peer", "clearance", "Lev"))) == {
        **jana,
        "name": "Lev",
        "key_id": json.loads(_ok(run_cli(a, "--json", "peer", "clearance", "Lev")))["key_id"],
    }


def test_three_vaults_each_see_what_the_design_says(tmp_path: Path) -> None:
    roots = _vaults(tmp_path)
    a, lev, jana = roots["alice"], roots["lev"], roots["jana"]
    ids = _case(a)
    _ok(run_cli(a, "label", ids["event"], "--field", "summary", "--level", "restricted"))
    _ok(run_cli(a, "peer", "clearance", "Lev", "--level", "restricted", "--allow", "all"))
    # The victim agreed that his name goes to Lev for court; the source agreed to nothing.
    _ok(
        run_cli(
            a,
            "consent",
            "add",
            ids["victim"],
            "--scope",
            "court_domestic",
            "--status",
            "granted",
            "--audience",
            "peer:Lev",
            "--method",
            "written",
        )
    )
    usb = tmp_path / "usb"
    usb.mkdir()
    both = ("--to", "Lev", "--to", "Jana", "--case", ids["case"], "--purpose", "court_domestic")

    mixed = run_cli(a, "export", *both, "--out", str(usb))
    assert mixed.code == 2
    assert "Lev: restricted" in mixed.err
    assert "Jana: confidential" in mixed.err
    assert "--split" in mixed.err
    assert list(usb.iterdir()) == []

    preview = json.loads(
        _ok(run_cli(a, "--json", "export", *both, "--out", str(usb), "--split", "--dry-run"))
    )
    to_lev, to_jana = preview["bundles"]
    assert [r["name"] for r in to_lev["recipients"]] == ["Lev"]
    assert to_lev["left_out"] == []
    assert to_lev["withheld"] == []
    assert {p["why"] for p in to_lev["pseudonymised"]} == {"consent:no_consent"}
    assert [x["id"] for x in to_jana["left_out"]] == [ids["source"]]
    assert to_jana["left_out"][0]["why"] == "label"
    assert {(w["field"], w["why"]) for w in to_jana["withheld"]} == {("summary", "label")}
    (victim,) = to_jana["pseudonymised"]
    assert victim["id"] == ids["victim"]
    assert victim["pseudonym"]["ru"].startswith("Пострадавш")
    assert list(usb.iterdir()) == []  # a dry run writes nothing
    text = _ok(run_cli(a, "export", *both, "--out", str(usb), "--split", "--dry-run"))
    assert "Bundle 2: for Jana" in text
    assert "left out:  person" in text

    sealed = json.loads(_ok(run_cli(a, "--json", "export", *both, "--out", str(usb), "--split")))
    paths = {tuple(r["recipients"]): r["paths"][0] for r in sealed}
    assert len(paths) == 2
    lev_key = json.loads(_ok(run_cli(a, "--json", "peer", "clearance", "Lev")))["key_id"]
    jana_key = json.loads(_ok(run_cli(a, "--json", "peer", "clearance", "Jana")))["key_id"]
    _ok(run_cli(lev, "import", paths[(lev_key,)]))
    _ok(run_cli(jana, "import", paths[(jana_key,)]))

    at_lev = _ok(run_cli(lev, "--json", "case", "show", ids["case"]))
    at_jana = _ok(run_cli(jana, "--json", "case", "show", ids["case"]))
    # The lawyer: the source and the restricted summary, the victim's name (consent for
    # court), and the source only under a pseudonym (no consent).
    assert SOURCE_NOTE in at_lev
    assert SECRET in at_lev
    assert "Иван Иванов" in at_lev
    assert "Сидоров" not in at_lev
    # The journalist: no source, no restricted value, no name.
    for absent in (SOURCE_NOTE, SECRET, ids["source"], "Иванов", "Сидоров"):
        assert absent not in at_jana, absent
    shown = json.loads(at_jana)
    (person,) = shown["persons"]
    assert person["pseudonym"]["ru"] == victim["pseudonym"]["ru"]
    assert (
        person["pseudonym"]["sender"]
        == json.loads(_ok(run_cli(a, "--json", "identity", "show")))["card"]["identity"]
    )
    assert "pseudonym from Alice" in _ok(run_cli(jana, "case", "show", ids["case"]))
    verify = json.loads(_ok(run_cli(jana, "--json", "verify")))
    assert verify["ok"]
    assert verify["gaps"] > 0
    assert "normal" in _ok(run_cli(jana, "verify"))

    # One bundle for both: only what both may see.
    together = json.loads(
        _ok(run_cli(a, "--json", "export", *both, "--out", str(usb), "--together"))
    )
    assert together["left_out"] == 1
    assert len(together["recipients"]) == 2


def test_the_leak_scan_refuses_until_a_reason_is_given(tmp_path: Path) -> None:
    roots = _vaults(tmp_path)
    a = roots["alice"]
    ids = _case(a)
    _ok(run_cli(a, "set", ids["case"], "summary", "Ивановым подписан протокол"))
    usb = tmp_path / "usb"
    usb.mkdir()
    refused = run_cli(a, "export", "--to", "Jana", "--out", str(usb))
    assert refused.code == 5
    assert "LEAK:      'Ивановым' (a form of withheld 'Иванов') in case" in refused.out
    assert "--leak-override" in refused.err
    assert list(usb.iterdir()) == []
    dry = json.loads(
        _ok(run_cli(a, "--json", "export", "--to", "Jana", "--out", str(usb), "--dry-run"))
    )
    (leak,) = dry["bundles"][0]["leaks"]
    assert (leak["found"], leak["field"], leak["id"]) == ("Ивановым", "summary", ids["case"])
    assert (
        run_cli(a, "export", "--to", "Jana", "--out", str(usb), "--leak-override", "whatever").code
        == 2
    )
    done = json.loads(
        _ok(
            run_cli(
                a,
                "--json",
                "export",
                "--to",
                "Jana",
                "--out",
                str(usb),
                "--leak-override",
                "not_the_person",
            )
        )
    )
    assert done["leak_override"] == "not_the_person"
