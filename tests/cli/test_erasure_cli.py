"""`casebook erase`, `erasures`, `deep-erase`, `identity rotate`, `peer holds`, end to end.

Real vaults (keyslots, SQLCipher, blobs) talk only through the CLI, run in process with
`kdf_policy=KdfPolicy.insecure_for_tests()` and secrets through real pipe file descriptors.
"""

from __future__ import annotations

import json
from pathlib import Path

from casebook.service.erasure import REASONS
from factory import CliResult, make_vault, run_cli


def _ok(r: CliResult) -> str:
    assert r.code == 0, r.err
    assert "Traceback" not in r.err + r.out
    return r.out.strip()


def _refused(r: CliResult, code: int) -> str:
    assert r.code == code, (r.out, r.err)
    assert "Traceback" not in r.err + r.out
    return r.err


def _vault(root: Path) -> Path:
    make_vault(root).session.lock()
    return root


def _vaults(tmp_path: Path) -> tuple[Path, Path]:
    a, b = _vault(tmp_path / "alice"), _vault(tmp_path / "bob")
    for root in (a, b):
        _ok(run_cli(root, "identity", "export", "--out", str(root.with_suffix(".card"))))
    _ok(run_cli(a, "peer", "add", str(b.with_suffix(".card")), "--name", "Bob"))
    _ok(run_cli(b, "peer", "add", str(a.with_suffix(".card")), "--name", "Alice"))
    _ok(run_cli(a, "peer", "verify", "Bob", "--confirm"))
    _ok(run_cli(b, "peer", "verify", "Alice", "--confirm"))
    return a, b


def _witness(root: Path) -> tuple[str, str]:
    case = _ok(run_cli(root, "case", "add", "--title", "Дело о пикете"))
    person = _ok(
        run_cli(root, "person", "add", case, "--name", "Ирина Свидетельница", "--role", "witness")
    )
    _ok(run_cli(root, "set", person, "notes", NOTES))
    return case, person


# What a colleague at the default clearance receives of the witness: her notes, not her name
# (PROTECTION §2), so the erasures that reach a colleague erase the notes.
NOTES = "видела задержание у подъезда"


# -- erase and erasures, one vault -----------------------------------------------------------


def test_erase_asks_then_erases_and_lists(tmp_path: Path) -> None:
    a = _vault(tmp_path / "alice")
    case, person = _witness(a)

    no_tty = run_cli(a, "erase", person, "--field", "name", "--reason", "safety")
    assert "--yes" in _refused(no_tty, 2)
    assert "Erase: person" in no_tty.out  # the preview came first
    assert "1 value" in no_tty.out
    assert "Ирина" in _ok(run_cli(a, "case", "show", case))  # nothing erased

    bad = run_cli(a, "erase", person, "--field", "name", "--reason", "because")
    err = _refused(bad, 2)
    assert all(code in err for code in REASONS)
    assert _refused(run_cli(a, "erase", person, "--field", "nope", "--reason", "safety"), 5)
    assert _refused(run_cli(a, "erase", "ffffffffffff", "--reason", "safety", "--yes"), 5)

    done = json.loads(
        _ok(run_cli(a, "--json", "erase", person, "--field", "name", "--reason", "safety", "--yes"))
    )
    assert done["preview"]["values"] == 1
    assert done["preview"]["holders"] == []
    assert done["erasure"]["purged"] == 1
    assert done["erasure"]["author_name"] == "you"
    assert "Ирина" not in _ok(run_cli(a, "case", "show", case))

    (listed,) = json.loads(_ok(run_cli(a, "--json", "erasures")))
    assert listed["id"] == done["erasure"]["id"]
    assert (listed["kind"], listed["record"], listed["field"]) == ("person", person, "name")
    assert (listed["reason"], listed["me"], listed["received_by"]) == ("safety", True, [])
    text = _ok(run_cli(a, "erasures"))
    assert f"person {person[:8]}  name  safety  by you" in text
    assert "received the erasure request: nobody yet" in text
    assert " erased" not in text.replace("Erased", "")  # never "erased" for a colleague
    assert json.loads(_ok(run_cli(a, "--json", "erasures", "--pending"))) == []

    # Confirming needs a colleague's erasure; the owner's own purged at once.
    short = listed["id"][:10]
    assert "nothing waiting" in _refused(run_cli(a, "erasures", "confirm", short), 5)
    assert _refused(run_cli(a, "erasures", "confirm", "xyz"), 2)
    assert _refused(run_cli(a, "erasures", "confirm", "00000000"), 5)


def test_erase_a_whole_record(tmp_path: Path) -> None:
    a = _vault(tmp_path / "alice")
    case, person = _witness(a)
    out = _ok(run_cli(a, "erase", person, "--reason", "consent_withdrawn", "--yes"))
    assert "Erase: person" in out
    assert "whole record" in out
    (listed,) = json.loads(_ok(run_cli(a, "--json", "erasures")))
    assert listed["field"] == ""
    assert "whole record" in _ok(run_cli(a, "erasures"))
    assert "Ирина" not in _ok(run_cli(a, "case", "show", case))


# -- two vaults ------------------------------------------------------------------------------


def test_the_preview_names_who_holds_it_and_who_received_the_request(tmp_path: Path) -> None:
    a, b = _vaults(tmp_path)
    usb = tmp_path / "usb"
    usb.mkdir()
    case, person = _witness(a)
    first = json.loads(_ok(run_cli(a, "--json", "export", "--to", "Bob", "--out", str(usb))))
    path = first["paths"][0]
    _ok(run_cli(b, "import", path))
    assert NOTES in _ok(run_cli(b, "case", "show", case))

    out = _ok(run_cli(a, "erase", person, "--field", "notes", "--reason", "safety", "--yes"))
    assert f"Bob: bundle {first['seq']}" in out
    assert "honours the erasure request, which casebook cannot prove" in out
    assert "USB sticks, printouts and reports" in out
    (listed,) = json.loads(_ok(run_cli(a, "--json", "erasures")))
    assert listed["received_by"] == []

    # The request travels in Alice's next bundle; Bob's next bundle acknowledges it.
    _ok(run_cli(b, "import", _ok(run_cli(a, "export", "--to", "Bob", "--out", str(usb)))))
    assert NOTES not in _ok(run_cli(b, "case", "show", case))
    back = _ok(run_cli(b, "export", "--to", "Alice", "--out", str(usb / "back.age")))
    _ok(run_cli(a, "import", back))
    (listed,) = json.loads(_ok(run_cli(a, "--json", "erasures")))
    (bob,) = json.loads(_ok(run_cli(a, "--json", "peer", "list")))
    assert listed["received_by"] == [bob["identity"]]
    assert listed["received_by_names"] == ["Bob"]
    assert "received the erasure request: Bob" in _ok(run_cli(a, "erasures"))


def test_a_colleagues_erasure_waits_for_confirmation(tmp_path: Path) -> None:
    a, b = _vaults(tmp_path)
    usb = tmp_path / "usb"
    usb.mkdir()
    case, person = _witness(a)
    _ok(run_cli(b, "import", _ok(run_cli(a, "export", "--to", "Bob", "--out", str(usb)))))
    _ok(run_cli(b, "erase", person, "--field", "notes", "--reason", "mistake", "--yes"))
    _ok(run_cli(a, "import", _ok(run_cli(b, "export", "--to", "Alice", "--out", str(usb)))))

    (pending,) = json.loads(_ok(run_cli(a, "--json", "erasures", "--pending")))
    assert (pending["me"], pending["author_name"], pending["hidden"]) == (False, "Bob", 1)
    # "received the erasure request" is said only of the owner's own erasures.
    assert "received the erasure request" not in _ok(run_cli(a, "erasures"))
    assert "waiting for your confirmation" in _ok(run_cli(a, "erasures", "--pending"))
    assert NOTES not in _ok(run_cli(a, "case", "show", case))  # hidden at once

    done = json.loads(_ok(run_cli(a, "--json", "erasures", "confirm", pending["id"][:12])))
    assert (done["hidden"], done["purged"]) == (0, 1)
    assert json.loads(_ok(run_cli(a, "--json", "erasures", "--pending"))) == []
    assert "nothing waiting" in _refused(run_cli(a, "erasures", "confirm", pending["id"]), 5)


def test_identity_rotate_forget_and_peer_holds(tmp_path: Path) -> None:
    a, b = _vaults(tmp_path)
    usb = tmp_path / "usb"
    usb.mkdir()
    assert "no bundle" in _ok(run_cli(a, "peer", "holds", "Bob"))
    _witness(a)
    sealed = json.loads(_ok(run_cli(a, "--json", "export", "--to", "Bob", "--out", str(usb))))
    held = json.loads(_ok(run_cli(a, "--json", "peer", "holds", "Bob")))
    assert held["name"] == "Bob"
    assert [h["bundle"] for h in held["bundles"]] == [sealed["seq"]]
    assert f"no. {sealed['seq']}" in _ok(run_cli(a, "peer", "holds", "Bob"))
    assert _refused(run_cli(a, "peer", "holds", "Nobody"), 5)

    before = json.loads(_ok(run_cli(a, "--json", "identity", "show")))["recipient"]
    # Bob seals to Alice's first key; Alice rotates; the old key still opens it until forgotten.
    _ok(run_cli(b, "case", "add", "--title", "от Боба"))
    to_old = _ok(run_cli(b, "export", "--to", "Alice", "--out", str(usb / "to-old.age")))
    rotated = json.loads(_ok(run_cli(a, "--json", "identity", "rotate")))
    assert rotated["recipient"] != before
    assert rotated["forgotten"] is None
    shown = json.loads(_ok(run_cli(a, "--json", "identity", "show")))["recipient"]
    assert shown == rotated["recipient"]
    _ok(run_cli(b, "case", "add", "--title", "ещё от Боба"))
    to_old_2 = _ok(run_cli(b, "export", "--to", "Alice", "--out", str(usb / "to-old-2.age")))
    _ok(run_cli(a, "import", to_old))
    assert json.loads(_ok(run_cli(a, "--json", "identity", "forget-old-keys"))) == {"forgotten": 1}
    refused = run_cli(a, "import", to_old_2)
    assert "not sealed to you" in _refused(refused, 5)
    assert "no old key" in _ok(run_cli(a, "identity", "forget-old-keys")).lower()
    again = json.loads(_ok(run_cli(a, "--json", "identity", "rotate", "--forget-old")))
    assert again["forgotten"] == 1


# -- deep erase ------------------------------------------------------------------------------


def test_deep_erase_prints_a_new_recovery_code(tmp_path: Path) -> None:
    root = tmp_path / "alice"
    old_code = make_vault(root).recovery_code
    case, _person = _witness(root)
    before = json.loads(_ok(run_cli(root, "--json", "case", "show", case)))

    no_tty = run_cli(root, "deep-erase")
    assert "--yes" in _refused(no_tty, 2)
    assert "new master key" in no_tty.err.lower()
    assert "image" in no_tty.err  # the honest limit is said before anything is done
    assert _refused(run_cli(root, "deep-erase", "--yes", passphrase="wrong"), 3)
    assert _refused(run_cli(root, "deep-erase", "--yes", passphrase=old_code), 3)

    out = _ok(run_cli(root, "deep-erase", "--yes"))
    assert "NEW RECOVERY CODE" in out
    assert _refused(run_cli(root, "case", "list", passphrase=old_code), 3)
    code = json.loads(_ok(run_cli(root, "--json", "deep-erase", "--yes")))["recovery_code"]
    assert code not in out  # each deep erase draws a new code
    after = json.loads(_ok(run_cli(root, "--json", "case", "show", case, passphrase=code)))
    assert after == before
    assert _ok(run_cli(root, "verify")).endswith("The vault is sound.")
    # No staged file, no old WAL: only the vault's own files (and its reserve of zeros).
    names = [n for n in sorted(p.name for p in root.iterdir()) if n != ".reserve"]
    assert names in (["keyslots", "vault.db"], ["blobs", "keyslots", "vault.db"])
