"""`casebook export` and `casebook import` end to end, and recovery with age and tar alone.

Two real vaults (keyslots, SQLCipher, blobs) talk only through the CLI, run in process with
`kdf_policy=KdfPolicy.insecure_for_tests()` and secrets through real pipe file descriptors.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from casebook.base.canonical import decode, encode
from casebook.bundle.manifest import SIG_LABEL
from casebook.crypto.keys import hash32, verify_signature
from casebook.domain.oplog import decode_signed
from factory import CliResult, make_vault, run_cli

MiB = 1024 * 1024


def _ok(r: CliResult) -> str:
    assert r.code == 0, r.err
    assert "Traceback" not in r.err
    return r.out.strip()


def _vaults(tmp_path: Path, *, verify: bool = True) -> tuple[Path, Path]:
    a, b = tmp_path / "anna", tmp_path / "boris"
    for root in (a, b):
        make_vault(root).session.lock()
        _ok(run_cli(root, "identity", "export", "--out", str(root.with_suffix(".card"))))
    _ok(run_cli(a, "peer", "add", str(b.with_suffix(".card")), "--name", "Boris"))
    _ok(run_cli(b, "peer", "add", str(a.with_suffix(".card")), "--name", "Anna"))
    if verify:
        _ok(run_cli(a, "peer", "verify", "Boris", "--confirm"))
        _ok(run_cli(b, "peer", "verify", "Anna", "--confirm"))
    return a, b


def _cases(root: Path) -> list[dict[str, object]]:
    rows = json.loads(_ok(run_cli(root, "--json", "case", "list")))
    return [json.loads(_ok(run_cli(root, "--json", "case", "show", str(r["id"])))) for r in rows]


def _but_identity(cases: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The cases without what a colleague at the default clearance does not get: people's
    names (pseudonymised, PROTECTION §2)."""
    for case in cases:
        for person in case["persons"]:
            for key in ("masked", "pseudonym", "label"):
                person.pop(key, None)
            person["fields"]["name"] = person["fields"]["aliases"] = None
    return cases


def test_two_vaults_through_the_cli(tmp_path: Path) -> None:
    a, b = _vaults(tmp_path)
    usb = tmp_path / "usb"
    usb.mkdir()
    case = _ok(run_cli(a, "case", "add", "--title", "Дело о репосте"))
    _ok(run_cli(a, "person", "add", case, "--name", "Ирина", "--role", "victim"))
    doc = tmp_path / "протокол.pdf"
    doc.write_bytes(os.urandom(MiB + 3))
    _ok(run_cli(a, "attach", case, str(doc)))

    path = Path(_ok(run_cli(a, "export", "--to", "Boris", "--out", str(usb))))
    assert path.parent == usb
    assert "Дело" not in path.name
    got = run_cli(b, "import", str(path))
    out = _ok(got)
    assert "From:        Anna" in out
    assert "verified" in out
    assert "UNVERIFIED" not in out
    assert "Attachments: 1 (1 new)" in out
    # A new colleague's default clearance holds no names: Ирина went under a pseudonym.
    (person,) = _cases(b)[0]["persons"]
    assert person["masked"] == {"name": "withheld"}
    assert person["pseudonym"]["ru"].startswith("Пострадавший ")
    assert "Ирина" not in json.dumps(_cases(b), ensure_ascii=False)
    assert _but_identity(_cases(a)) == _but_identity(_cases(b))
    again = run_cli(b, "import", str(path))
    assert "already imported" in _ok(again)
    as_json = json.loads(_ok(run_cli(b, "--json", "import", str(path))))
    assert as_json["status"] == "already_imported"

    # Concurrent edits on both sides: the same conflict everywhere, resolved once.
    _ok(run_cli(a, "set", case, "title", "Версия Анны"))
    _ok(run_cli(b, "set", case, "title", "Версия Бориса"))
    to_b = Path(_ok(run_cli(a, "export", "--to", "Boris", "--out", str(usb))))
    to_a = Path(_ok(run_cli(b, "export", "--to", "Anna", "--out", str(usb / "back.age"))))
    res_b = json.loads(_ok(run_cli(b, "--json", "import", str(to_b))))
    res_a = json.loads(_ok(run_cli(a, "--json", "import", str(to_a))))
    assert res_a["conflicts"] == res_b["conflicts"] == 1
    conflicts_a = json.loads(_ok(run_cli(a, "--json", "conflicts")))
    assert conflicts_a == json.loads(_ok(run_cli(b, "--json", "conflicts")))
    keep = conflicts_a[0]["values"][0]["op_id"][:16]
    _ok(run_cli(a, "resolve", case, "title", "--keep", keep))
    _ok(run_cli(b, "import", _ok(run_cli(a, "export", "--to", "Boris", "--out", str(usb)))))
    assert json.loads(_ok(run_cli(b, "--json", "conflicts"))) == []
    # What passed between them, as the Peers window shows it.
    (anna,) = json.loads(_ok(run_cli(b, "--json", "peer", "list")))
    assert (anna["bundles_received"], anna["last_received_seq"]) == (3, 3)
    assert anna["bundles_sent"] == 1
    assert "last in: no. 3" in _ok(run_cli(b, "peer", "list"))
    assert _but_identity(_cases(a)) == _but_identity(_cases(b))


def test_cli_refusals_and_confirmation(tmp_path: Path) -> None:
    a, b = _vaults(tmp_path, verify=False)
    _ok(run_cli(a, "case", "add", "--title", "x"))
    usb = tmp_path / "usb"
    usb.mkdir()
    refused = run_cli(a, "export", "--to", "Boris", "--out", str(usb))
    assert refused.code == 2
    assert "--yes" in refused.err
    assert list(usb.iterdir()) == []
    path = _ok(run_cli(a, "export", "--to", "Boris", "--out", str(usb), "--yes"))
    assert "UNVERIFIED" in _ok(run_cli(b, "import", path))
    assert run_cli(a, "export", "--to", "Nobody", "--out", str(usb)).code == 5
    assert run_cli(a, "export", "--to", "Boris", "--out", str(usb), "--volume-size", "3X").code == 2
    junk = tmp_path / "photo.jpg"
    junk.write_bytes(b"\xff\xd8\xff" + os.urandom(5000))
    r = run_cli(b, "import", str(junk))
    assert r.code == 5
    assert "not_casebook" in r.err
    assert "nothing was changed" in r.err.lower()
    r = run_cli(b, "--json", "import", str(junk))
    assert json.loads(r.out)["reason"] == "not_casebook"
    assert run_cli(b, "import", str(tmp_path / "missing.age")).code == 5


def _run(cmd: str, cwd: Path) -> None:
    subprocess.run(["sh", "-c", cmd], cwd=cwd, check=True, capture_output=True)


def test_recovery_with_age_and_tar_only(tmp_path: Path) -> None:
    """What docs/bundle-format.md promises: casebook gone, the organisation still reads it."""
    if shutil.which("age") is None or shutil.which("tar") is None:
        pytest.fail("the age CLI and tar are required (Debian packages 'age' and 'tar')")
    a, b = _vaults(tmp_path)
    case = _ok(run_cli(a, "case", "add", "--title", "Дело"))
    doc = tmp_path / "doc.bin"
    doc.write_bytes(os.urandom(3 * MiB))
    _ok(run_cli(a, "attach", case, str(doc)))
    usb = tmp_path / "usb"
    usb.mkdir()
    paths = _ok(
        run_cli(a, "export", "--to", "Boris", "--out", str(usb / "b"), "--volume-size", "1M")
    ).split()
    assert len(paths) == 4
    key = tmp_path / "key.txt"
    _ok(run_cli(b, "identity", "export-secret", "--out", str(key), "--yes"))

    work = tmp_path / "recovered"
    work.mkdir()
    _run(f"cat {usb}/b.0* | age -d -i {key} | tar -x", work)
    root = work / "casebook"
    names = sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())
    sha = hashlib.sha256(doc.read_bytes()).hexdigest()
    assert names == [
        f"attachments/{sha}",
        "custody.jsonl",
        "disclosures.jsonl",
        "manifest.json",
        "manifest.sig",
        "ops.jsonl",
        "overlay.jsonl",
        "padding",
    ]
    assert (root / "attachments" / sha).read_bytes() == doc.read_bytes()
    _run(
        "sha256sum attachments/* > sums"
        " && b2sum -l 256 ops.jsonl disclosures.jsonl custody.jsonl >> sums",
        root,
    )
    sums = dict(line.split()[::-1] for line in (root / "sums").read_text().splitlines())
    manifest_bytes = (root / "manifest.json").read_bytes()
    manifest = decode(manifest_bytes)
    entries = {e["name"].removeprefix("casebook/"): e for e in manifest["entries"]}
    assert sums["ops.jsonl"] == entries["ops.jsonl"]["blake2b"]
    assert sums["disclosures.jsonl"] == entries["disclosures.jsonl"]["blake2b"]
    assert sums["custody.jsonl"] == entries["custody.jsonl"]["blake2b"]
    assert sums[f"attachments/{sha}"] == entries[f"attachments/{sha}"]["sha256"] == sha
    sender = bytes.fromhex(manifest["sender"]["identity"])
    sig = (root / "manifest.sig").read_bytes()
    verify_signature(sender, SIG_LABEL + hash32(manifest_bytes), sig)
    lines = (root / "ops.jsonl").read_bytes().splitlines()
    assert len(lines) == entries["ops.jsonl"]["count"]
    skeletons = {}
    for line in lines:
        sig_hex, _, op = line.partition(b" ")
        assert decode_signed(op, bytes.fromhex(sig_hex.decode())).op.author == sender
        skeletons[hash32(op).hex()] = decode(op)
    # Each value opens its op's commitment, recomputed as docs/bundle-format.md says, with
    # hashlib alone: BLAKE2b-256(canonical value, key = nonce, person = "casebook/v2/val").
    values = (root / "disclosures.jsonl").read_bytes().splitlines()
    assert len(values) == entries["disclosures.jsonl"]["count"] > 0
    for line in values:
        d = decode(line)
        vc = hashlib.blake2b(
            encode(d["v"]), digest_size=32, key=bytes.fromhex(d["n"]), person=b"casebook/v2/val"
        ).hexdigest()
        assert skeletons[d["op"]]["vc"] == vc
    titles = [decode(line)["v"] for line in values]
    assert "Дело" in titles
    assert (root / "padding").read_bytes() == bytes(manifest["padding"])
