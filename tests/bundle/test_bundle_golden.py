"""Golden v1 bundles (tests/data/bundles/golden): sealed once, committed, readable forever.

Do not regenerate these files when the code changes: if a golden bundle stops opening, the
change broke format v1 for every bundle already on a USB stick somewhere.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from bundlekit import DATA, fixed_identity, make_replica

from casebook.bundle import import_bundle, inspect_bundle
from casebook.bundle.manifest import FORMAT
from casebook.bundle.reader import open_bundle
from casebook.domain.peers import card_of
from casebook.service import CaseService

GOLDEN = DATA / "golden"
EXPECTED: dict[str, dict[str, Any]] = json.loads((GOLDEN / "expected.json").read_text())
KEYS = json.loads((DATA / "keys.json").read_text())


def _identity(name: str) -> Any:
    k = KEYS[name]
    return fixed_identity(
        bytes.fromhex(k["ed25519_seed"]), bytes.fromhex(k["x25519"]), KEYS["created_ms"]
    )


def _recipient(tmp_path: Path) -> CaseService:
    svc = make_replica(tmp_path / "vault", _identity("recipient"))
    svc.peers.mark_verified(svc.peers.add(card_of(_identity("sender")).encode(), "Sender"))
    return svc


def _attachment_digests(svc: CaseService) -> set[str]:
    out = set()
    for (att_id,) in svc.store.query("SELECT id FROM attachments"):
        digest = hashlib.sha256()
        for chunk in svc.attachments.iter_bytes(att_id):
            digest.update(chunk)
        out.add(digest.hexdigest())
    return out


def test_golden_bundles_import_to_the_same_state(tmp_path: Path) -> None:
    svc = _recipient(tmp_path)
    seen: set[str] = set()
    for name in ("v1-basic.age", "v1-volumes.age"):
        want = EXPECTED[name]
        path = GOLDEN / want["files"][0]
        preview = inspect_bundle(svc.session, path)
        assert (preview.seq, preview.ops, preview.verified) == (want["seq"], want["ops"], True)
        assert preview.volumes == len(want["files"])
        got = import_bundle(svc.session, path)
        assert (got.ops, got.ops_new, got.seq) == (want["ops"], want["ops"], want["seq"])
        assert svc.integrity.state_hash().hex() == want["state_hash"]
        seen |= set(want["attachments"])
        assert _attachment_digests(svc) == seen
        assert import_bundle(svc.session, path).already_imported
    assert svc.integrity.verify().ok


def test_golden_manifest_is_v1(tmp_path: Path) -> None:
    b = open_bundle(GOLDEN / "v1-basic.age", [_identity("recipient").x25519_secret])
    try:
        m = b.manifest
        doc = json.loads(m.encoded)
        assert (doc["format"], doc["version"]) == (FORMAT, 1) == ("casebook-bundle", 1)
        assert m.version == 1 and m.disclosures is None  # read as v1, forever
        assert m.sender.identity == _identity("sender").public
        assert {r.identity for r in m.recipients} == {
            _identity("sender").public,
            _identity("recipient").public,
        }
        assert m.age_header == b.header.header_hash
        assert len(b.header.stanzas) == 4  # padded to the first bucket
    finally:
        b.close()


@pytest.mark.parametrize("name", ["v1-basic.age", "v1-volumes.age"])
def test_golden_opens_with_age_and_tar(name: str, tmp_path: Path) -> None:
    if shutil.which("age") is None:
        pytest.fail("the age CLI is required (Debian package 'age')")
    files = " ".join(str(GOLDEN / f) for f in EXPECTED[name]["files"])
    key = GOLDEN / "recipient.key.txt"
    listing = subprocess.run(
        ["sh", "-c", f"cat {files} | age -d -i {key} | tar -t"],
        capture_output=True,
        check=True,
        text=True,
    ).stdout.split()
    attachments = [f"casebook/attachments/{a}" for a in EXPECTED[name]["attachments"]]
    assert listing == [
        "casebook/manifest.json",
        "casebook/manifest.sig",
        "casebook/ops.jsonl",
        *attachments,
        "casebook/padding",
    ]
