"""The hostile corpus (tests/data/bundles/hostile, made by make_corpus.py): every file is
refused through the real CLI with exit 5 and its reason, and the vault does not change.

The vaults are real (keyslots, SQLCipher, blobs) with the corpus's fixed test identities: the
recipient, who knows the sender as a verified peer, and a third party who knows it too.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from bundlekit import DATA, fixed_identity, set_identity, snapshot

from casebook.bundle import compromise_alerts
from casebook.domain.peers import card_of
from factory import CliResult, make_service, open_vault, run_cli

HOSTILE = DATA / "hostile"
GOLDEN = DATA / "golden"
CORPUS: dict[str, dict[str, Any]] = json.loads((HOSTILE / "corpus.json").read_text())
KEYS = json.loads((DATA / "keys.json").read_text())
REFUSED = sorted(n for n, e in CORPUS.items() if e["reason"])


def _identity(name: str) -> Any:
    k = KEYS[name]
    return fixed_identity(
        bytes.fromhex(k["ed25519_seed"]), bytes.fromhex(k["x25519"]), KEYS["created_ms"]
    )


@pytest.fixture(scope="module")
def bases(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """One vault per corpus identity that imports: made once, copied by each test."""
    out = {}
    sender = card_of(_identity("sender")).encode()
    for name in ("recipient", "third"):
        root = tmp_path_factory.mktemp("bases") / name
        svc = make_service(root)
        set_identity(svc, _identity(name))
        svc.peers.mark_verified(svc.peers.add(sender, "Sender"))
        svc.lock()
        out[name] = root
    return out


def _vault(bases: dict[str, Path], which: str, tmp_path: Path) -> Path:
    root = tmp_path / which
    shutil.copytree(bases[which], root)
    return root


def _state(root: Path) -> tuple[Any, ...]:
    svc = open_vault(root)
    try:
        blobs = (
            sorted(p.name for p in svc.paths.blobs.glob("*")) if svc.paths.blobs.exists() else []
        )
        return (*snapshot(svc), tuple(blobs))
    finally:
        svc.lock()


def _refused(root: Path, path: Path) -> tuple[CliResult, dict[str, Any]]:
    r = run_cli(root, "--json", "import", str(path))
    assert r.code == 5, (r.out, r.err)
    assert "Traceback" not in r.err
    assert "nothing was" in r.err.lower()
    return r, json.loads(r.out)


@pytest.mark.parametrize("name", REFUSED)
def test_hostile_bundle_is_refused(name: str, bases: dict[str, Path], tmp_path: Path) -> None:
    entry = CORPUS[name]
    root = _vault(bases, entry["vault"], tmp_path)
    if entry["setup"] == "revoke-after-1":
        assert run_cli(root, "peer", "revoke", "Sender", "--after", "1").code == 0
    elif entry["setup"] == "import-valid-1":
        assert run_cli(root, "import", str(HOSTILE / "valid-1.age")).code == 0
    before = _state(root)
    r, doc = _refused(root, HOSTILE / name)
    if entry["reason"] == "COMPROMISE":
        assert doc["status"] == "compromise"
        assert "COMPROMISE ALERT" in r.err
    else:
        assert doc == {
            "status": "rejected",
            "reason": entry["reason"].lower(),
            "detail": doc["detail"],
        }
        assert f"({entry['reason'].lower()})" in r.err
    assert _state(root) == before


def test_the_control_bundle_imports(bases: dict[str, Path], tmp_path: Path) -> None:
    root = _vault(bases, "recipient", tmp_path)
    r = run_cli(root, "--json", "import", str(HOSTILE / "valid-1.age"))
    assert r.code == 0, r.err
    assert json.loads(r.out)["ops_new"] > 0


def test_revocation_cut_off(bases: dict[str, Path], tmp_path: Path) -> None:
    """Bundles up to the cut-off stay acceptable; with no cut-off nothing is."""
    root = _vault(bases, "recipient", tmp_path)
    assert run_cli(root, "peer", "revoke", "Sender", "--after", "1").code == 0
    assert run_cli(root, "import", str(HOSTILE / "valid-1.age")).code == 0
    other = _vault(bases, "recipient", tmp_path / "x")
    assert run_cli(other, "peer", "revoke", "Sender").code == 0
    _, doc = _refused(other, HOSTILE / "valid-1.age")
    assert doc["reason"] == "revoked_sender"


def test_a_fork_is_kept_as_an_alert(bases: dict[str, Path], tmp_path: Path) -> None:
    root = _vault(bases, "recipient", tmp_path)
    assert run_cli(root, "import", str(HOSTILE / "valid-1.age")).code == 0
    _refused(root, HOSTILE / "fork.age")
    svc = open_vault(root)
    try:
        alerts = compromise_alerts(svc.session)
    finally:
        svc.lock()
    sender = bytes.fromhex(card_of(_identity("sender")).identity.hex())
    assert [(a.kind, a.party, a.seq) for a in alerts] == [("bundle-fork", sender, 1)]


@pytest.mark.parametrize("layout", ["first-only", "gap"])
def test_missing_volume(layout: str, bases: dict[str, Path], tmp_path: Path) -> None:
    root = _vault(bases, "recipient", tmp_path)
    usb = tmp_path / "usb"
    usb.mkdir()
    first, second = GOLDEN / "v1-volumes.age.001", GOLDEN / "v1-volumes.age.002"
    shutil.copy(first, usb / "b.001")
    if layout == "gap":
        shutil.copy(second, usb / "b.003")
    before = _state(root)
    _, doc = _refused(root, usb / "b.001")
    assert doc["reason"] == "missing_volume"
    assert _state(root) == before
