"""Golden bundles (tests/data/bundles/golden): sealed once, committed, readable forever.

v1-* are format v1 (op v1); v2-* are format v2 (op v2 skeletons, disclosures, an erasure). Do
not regenerate these files when the code changes: if a golden bundle stops opening, the change
broke its format for every bundle already on a USB stick somewhere.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import sys
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
DOCS = Path(__file__).resolve().parents[2] / "docs" / "bundle-format.md"
EXPECTED: dict[str, dict[str, Any]] = json.loads((GOLDEN / "expected.json").read_text())
V2 = ("v2-basic.age", "v2-erasure.age")
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
        assert m.version == 1
        assert m.disclosures is None
        assert m.sender.identity == _identity("sender").public
        assert {r.identity for r in m.recipients} == {
            _identity("sender").public,
            _identity("recipient").public,
        }
        assert m.age_header == b.header.header_hash
        assert len(b.header.stanzas) == 4  # padded to the first bucket
    finally:
        b.close()


def _age_tar(name: str, tar_args: str, cwd: Path | None = None) -> str:
    if shutil.which("age") is None:
        pytest.fail("the age CLI is required (Debian package 'age')")
    files = " ".join(str(GOLDEN / f) for f in EXPECTED[name]["files"])
    key = GOLDEN / "recipient.key.txt"
    return subprocess.run(
        ["sh", "-c", f"cat {files} | age -d -i {key} | tar {tar_args}"],
        capture_output=True,
        check=True,
        text=True,
        cwd=cwd,
    ).stdout


@pytest.mark.parametrize("name", ["v1-basic.age", "v1-volumes.age", *V2])
def test_golden_opens_with_age_and_tar(name: str) -> None:
    listing = _age_tar(name, "-t").split()
    attachments = [f"casebook/attachments/{a}" for a in EXPECTED[name]["attachments"]]
    v2 = ["casebook/disclosures.jsonl", "casebook/overlay.jsonl"] if name in V2 else []
    assert listing == [
        "casebook/manifest.json",
        "casebook/manifest.sig",
        *v2,
        "casebook/ops.jsonl",
        *attachments,
        "casebook/padding",
    ]


# -- format v2 ------------------------------------------------------------------------------


def _no_cell_holds(svc: CaseService, text: str) -> None:
    """No row of any table of the vault holds `text` (as text, or as UTF-8 inside bytes)."""
    raw = text.encode()
    tables = [r[0] for r in svc.store.query("SELECT name FROM sqlite_master WHERE type = 'table'")]
    for table in tables:
        for row in svc.store.query(f'SELECT * FROM "{table}"'):
            for cell in row:
                assert not (isinstance(cell, str) and text in cell), table
                assert not (isinstance(cell, bytes) and raw in cell), table


def test_golden_v2_bundles_import_and_erase(tmp_path: Path) -> None:
    """v2-basic brings a person's name; v2-erasure, the sender's redact of it (reason safety):
    the recipient's vault forgets the value (purged: the sender erased its own value)."""
    svc = _recipient(tmp_path)
    basic, erasure = EXPECTED["v2-basic.age"], EXPECTED["v2-erasure.age"]
    person, name_op = bytes.fromhex(basic["person"]), bytes.fromhex(basic["name_op"])
    surname = basic["name"].split()[-1]

    preview = inspect_bundle(svc.session, GOLDEN / basic["files"][0])
    assert (preview.seq, preview.ops, preview.verified) == (1, basic["ops"], True)
    got = import_bundle(svc.session, GOLDEN / basic["files"][0])
    assert (got.seq, got.ops, got.ops_new) == (1, basic["ops"], basic["ops"])
    assert (got.values, got.values_dropped) == (basic["values"], basic["values_dropped"])
    assert got.values == basic["disclosures"]
    assert svc.integrity.state_hash().hex() == basic["state_hash"]
    rec = svc.reading.get(person)
    assert rec.fields["name"] == basic["name"]
    assert rec.masked == {}
    assert [h.id for h in svc.reading.search(surname)] == [person]
    assert svc.store.erasure.has_disclosure(name_op)
    assert _attachment_digests(svc) == set(basic["attachments"])

    got = import_bundle(svc.session, GOLDEN / erasure["files"][0])
    assert (got.seq, got.ops, got.ops_new) == (2, erasure["ops"], erasure["ops_new"])
    assert (got.values, got.values_dropped) == (erasure["values"], erasure["values_dropped"])
    assert (got.erasures, got.erasures_pending) == (erasure["erasures"], 0)
    assert svc.integrity.state_hash().hex() == erasure["state_hash"]
    rec = svc.reading.get(person)
    assert rec.masked == {"name": erasure["name"]} == {"name": "erased"}
    assert rec.fields["name"] is None
    assert svc.reading.search(surname) == []
    shown = {h.op_id: h for h in svc.reading.history(person)}
    assert (shown[name_op].shown, shown[name_op].value) == ("erased", None)
    assert not svc.store.erasure.has_disclosure(name_op)
    assert svc.store.erasure.status(name_op) == "purged"
    (info,) = svc.erasure.erasures()
    assert (info.redact_id.hex(), info.reason, info.author) == (
        erasure["redact"],
        erasure["reason"],
        _identity("sender").public,
    )
    assert (info.purged, info.hidden, info.pending) == (1, 0, False)
    _no_cell_holds(svc, surname)
    assert svc.integrity.verify().ok
    for name in V2:
        assert import_bundle(svc.session, GOLDEN / EXPECTED[name]["files"][0]).already_imported


def test_golden_v2_manifest(tmp_path: Path) -> None:
    for name in V2:
        b = open_bundle(GOLDEN / name, [_identity("recipient").x25519_secret])
        try:
            m = b.manifest
            doc = json.loads(m.encoded)
            assert (doc["format"], doc["version"]) == ("casebook-bundle", 2)
            assert [e["name"] for e in doc["entries"][:3]] == [
                "casebook/ops.jsonl",
                "casebook/disclosures.jsonl",
                "casebook/overlay.jsonl",
            ]
            assert m.disclosures is not None
            assert m.overlay is not None
            assert m.disclosures.count == EXPECTED[name]["disclosures"]
            assert (m.overlay.size, m.overlay.count) == (0, 0)
            assert m.ops.count == EXPECTED[name]["ops"]
        finally:
            b.close()


def _doc_snippet() -> str:
    """The Python check of docs/bundle-format.md ("Format v2"), verbatim."""
    blocks: list[str] = re.findall(r"```python\n(.*?)```", DOCS.read_text(), re.S)
    (snippet,) = [b for b in blocks if 'person=b"casebook/v2/val"' in b]
    assert len(snippet.strip().splitlines()) <= 6
    assert re.findall(r"^import (.*)$", snippet, re.M) == ["hashlib, json"]
    return snippet


@pytest.mark.parametrize("name", V2)
def test_golden_v2_with_age_tar_and_the_documented_check(name: str, tmp_path: Path) -> None:
    """What docs/bundle-format.md says an organisation sees with `age -d | tar -x`, and its
    six lines of Python that check every value against its op."""
    want = EXPECTED[name]
    _age_tar(name, "-x", cwd=tmp_path)
    root = tmp_path / "casebook"
    manifest = json.loads((root / "manifest.json").read_bytes())
    entries = {e["name"]: e for e in manifest["entries"]}
    ops_data = (root / "ops.jsonl").read_bytes()
    values_data = (root / "disclosures.jsonl").read_bytes()
    for member, data in (("ops.jsonl", ops_data), ("disclosures.jsonl", values_data)):
        entry = entries[f"casebook/{member}"]
        assert hashlib.blake2b(data, digest_size=32).hexdigest() == entry["blake2b"]
        assert (len(data), data.count(b"\n")) == (entry["size"], entry["count"])
    assert (root / "overlay.jsonl").read_bytes() == b""
    ops = {}
    for line in ops_data.splitlines():
        sig, op = line.split(b" ", 1)
        assert re.fullmatch(rb"[0-9a-f]{128}", sig)
        doc = json.loads(op)
        assert doc["v"] == 2
        assert "value" not in doc
        assert (doc["vc"] is None) == (doc["kind"] in ("delete", "restore", "redact"))
        ops[hashlib.blake2b(op, digest_size=32).hexdigest()] = doc
    disclosed = []
    for line in values_data.splitlines():
        d = json.loads(line)
        assert list(d) == ["n", "op", "v"]
        assert re.fullmatch("[0-9a-f]{64}", d["n"])
        assert line == json.dumps(d, ensure_ascii=False, separators=(",", ":")).encode()
        disclosed.append(d["op"])
    assert len(set(disclosed)) == len(disclosed) == want["disclosures"]
    assert set(disclosed) == {i for i, o in ops.items() if o["vc"] is not None} - (
        {want["name_op"]} if name == "v2-erasure.age" else set()
    )
    name_doc = ops[want["name_op"]]
    assert (name_doc["entity"], name_doc["field"], name_doc["kind"]) == ("person", "name", "set")
    redacts = [o for o in ops.values() if o["kind"] == "redact"]
    if name == "v2-erasure.age":  # the erased name: its op travels, its value does not
        assert want["name_op"] not in disclosed
        (redact,) = redacts
        assert (redact["reason"], redact["targets"], redact["field"]) == (
            "safety",
            [want["name_op"]],
            "name",
        )
        assert want["name"] == "erased"
        assert EXPECTED["v2-basic.age"]["name"].encode() not in (values_data + ops_data)
    else:
        assert redacts == []
        assert want["name"].encode() in values_data
    out = subprocess.run(
        [sys.executable, "-c", _doc_snippet()],
        cwd=root,
        capture_output=True,
        check=True,
        text=True,
    ).stdout.splitlines()
    assert sorted(out) == sorted(f"{op} ok" for op in disclosed)


def test_golden_v2_custody_continues_the_senders_chain(tmp_path: Path) -> None:
    """golden/v2-custody.age (docs/bundle-format.md §17): its custody entries are kept as the
    sender signed them, and the recipient's receipt continues the chain from the seal."""
    want = EXPECTED["v2-custody.age"]
    svc = _recipient(tmp_path)
    path = GOLDEN / want["files"][0]
    got = import_bundle(svc.session, path)
    assert (got.ops, got.seq) == (want["ops"], want["seq"])
    assert svc.integrity.state_hash().hex() == want["state_hash"]
    (item,) = want["attachments"]
    chain = svc.custody.chain(bytes.fromhex(item))
    assert chain.ok, chain.problems
    assert [e.event for e in chain.entries] == [*want["custody_events"], "receive"]
    assert [e.entry_id.hex() for e in chain.entries[:-1]] == want["custody_ids"]
    receive = chain.entries[-1]
    assert receive.detail["sender_head"] == want["custody_head"]
    assert receive.item_prev.hex() == want["custody_head"]
    assert receive.custodian.is_me
    assert import_bundle(svc.session, path).already_imported
    b = open_bundle(path, [_identity("recipient").x25519_secret])
    try:
        doc = json.loads(b.manifest.encoded)
        assert doc["custody_head"] == want["custody_head"]
        assert [e["name"] for e in doc["entries"][:4]] == [
            "casebook/ops.jsonl",
            "casebook/disclosures.jsonl",
            "casebook/overlay.jsonl",
            "casebook/custody.jsonl",
        ]
        assert doc["entries"][3]["count"] == want["custody_lines"]
    finally:
        b.close()


def test_golden_v2_overlay_imports_with_pseudonyms(tmp_path: Path) -> None:
    """v2-overlay: sealed to the recipient at a new colleague's clearance, without consent: the
    witness and the interview with her come with the sender's pseudonym, the source not at
    all (a gap in the sender's chain, which verify calls normal)."""
    svc = _recipient(tmp_path)
    want = EXPECTED["v2-overlay.age"]
    got = import_bundle(svc.session, GOLDEN / want["files"][0])
    assert (got.seq, got.ops, got.values) == (want["seq"], want["ops"], want["values"])
    assert svc.integrity.state_hash().hex() == want["state_hash"]
    person = svc.reading.get(bytes.fromhex(want["person"]))
    assert person.masked == {"name": "withheld"}
    assert person.fields["name"] is None
    assert person.pseudonym is not None
    assert {"en": person.pseudonym.en, "ru": person.pseudonym.ru} == want["pseudonym"]
    assert person.pseudonym.sender.hex() == want["sender"]
    interview = svc.reading.get(bytes.fromhex(want["interview"]))
    assert interview.pseudonym is not None
    assert interview.pseudonym.ru == want["pseudonym"]["ru"]
    assert svc.store.records.kind_of(bytes.fromhex(want["source"])) is None
    report = svc.integrity.verify()
    assert report.ok
    assert report.gaps > 0
    _no_cell_holds(svc, want["name"].split()[-1])


def test_golden_v2_overlay_with_age_and_tar(tmp_path: Path) -> None:
    """overlay.jsonl as docs/bundle-format.md §15 says: signed lines, checkable with the
    standard library and the sender's key."""
    from nacl.signing import VerifyKey

    want = EXPECTED["v2-overlay.age"]
    _age_tar("v2-overlay.age", "-x", cwd=tmp_path)
    root = tmp_path / "casebook"
    manifest = json.loads((root / "manifest.json").read_bytes())
    overlay = (root / "overlay.jsonl").read_bytes()
    (entry,) = [e for e in manifest["entries"] if e["name"] == "casebook/overlay.jsonl"]
    digest = hashlib.blake2b(overlay, digest_size=32).hexdigest()
    assert digest == entry["blake2b"] == want["overlay_blake2b"]
    assert overlay.count(b"\n") == entry["count"] == want["overlay"]
    sender = VerifyKey(bytes.fromhex(manifest["sender"]["identity"]))
    entities = set()
    for line in overlay.splitlines():
        sig, doc = line.split(b" ", 1)
        signed = b"casebook/v1/overlay\x00" + hashlib.blake2b(doc, digest_size=32).digest()
        sender.verify(signed, bytes.fromhex(sig.decode()))
        entry_doc = json.loads(doc)
        assert sorted(entry_doc) == ["entity", "entity_id", "fields", "n", "pseudonym", "role", "v"]
        assert entry_doc["pseudonym"] == want["pseudonym"]
        entities.add((entry_doc["entity"], entry_doc["entity_id"], tuple(entry_doc["fields"])))
    assert entities == {
        ("person", want["person"], ("aliases", "name")),
        ("interview", want["interview"], ("interviewee",)),
    }
    everything = b"".join(p.read_bytes() for p in root.iterdir())
    for absent in (want["name"], "Петров", "конвоя", want["source"]):
        assert absent.encode() not in everything, absent
