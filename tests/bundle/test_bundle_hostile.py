"""The hostile corpus (tests/data/bundles/hostile, made by make_corpus.py): every file is
refused through the real CLI with exit 5 and its reason, and the vault does not change; or, for
the format v2 cases marked `"outcome": "neutralised"`, imported with what is hostile in it made
harmless (a value dropped and counted, an erasure only hidden or ignored).

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
NEUTRALISED = sorted(n for n, e in CORPUS.items() if e.get("outcome") == "neutralised")


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


def _blobs(svc: Any) -> tuple[str, ...]:
    return tuple(
        sorted(p.name for p in svc.paths.blobs.glob("*")) if svc.paths.blobs.exists() else []
    )


def _state(root: Path) -> tuple[Any, ...]:
    svc = open_vault(root)
    try:
        q = svc.store.query
        values = tuple(
            tuple(bytes(c) if isinstance(c, bytes) else c for c in row)
            for table in ("disclosures", "redactions", "staged_disclosures", "custody")
            for row in q(f"SELECT * FROM {table} ORDER BY 1, 2")  # noqa: S608 - fixed names
        )
        return (*snapshot(svc), values, _blobs(svc))
    finally:
        svc.lock()


def _setup(root: Path, setup: str | None) -> None:
    """What a corpus entry's `setup` asks for, done to the vault before the import."""
    if setup is None:
        return
    if setup == "revoke-after-1":
        assert run_cli(root, "peer", "revoke", "Sender", "--after", "1").code == 0
    elif setup == "import-valid-1":
        assert run_cli(root, "import", str(HOSTILE / "valid-1.age")).code == 0
    elif setup.startswith("import:"):
        r = run_cli(root, "import", str(HOSTILE / setup.removeprefix("import:")))
        assert r.code == 0, r.err
    elif setup == "peer-third":  # the third party becomes a verified peer of the recipient
        svc = open_vault(root)
        try:
            svc.peers.mark_verified(svc.peers.add(card_of(_identity("third")).encode(), "Third"))
        finally:
            svc.lock()
    else:
        raise AssertionError(f"unknown setup {setup}")


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
    _setup(root, entry["setup"])
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


# -- format v2: values dropped and counted, erasures hidden or ignored ----------------------------


def _imported(root: Path, name: str) -> dict[str, Any]:
    """Import a neutralised case through the CLI: exit 0, and what the corpus expects."""
    r = run_cli(root, "--json", "import", str(HOSTILE / name))
    assert r.code == 0, (r.out, r.err)
    doc: dict[str, Any] = json.loads(r.out)
    expect = CORPUS[name]["expect"]
    counts = ("ops_new", "values", "values_dropped", "erasures", "erasures_pending")
    assert {k: doc[k] for k in counts if k in expect} == {
        k: expect[k] for k in counts if k in expect
    }
    return doc


def _neutralised(bases: dict[str, Path], tmp_path: Path, name: str) -> tuple[Path, Any]:
    entry = CORPUS[name]
    root = _vault(bases, entry["vault"], tmp_path)
    _setup(root, entry["setup"])
    return root, entry["expect"]


def _disclosure_rows(svc: Any, op_hex: str) -> int:
    rows = svc.store.query(
        "SELECT count(*) FROM disclosures d JOIN ops o ON o.rowid = d.op_rowid WHERE o.op_id = ?",
        (bytes.fromhex(op_hex),),
    )
    return int(rows[0][0])


@pytest.mark.parametrize(
    "name",
    [n if n == "v2-attachment-erased.age" else n for n in NEUTRALISED],
)
def test_neutralised_v2_bundle(name: str, bases: dict[str, Path], tmp_path: Path) -> None:
    """Imported (exit 0), the counts the corpus records, nothing staged left, a sound vault; a
    dropped value is never stored; and the same bundle again changes nothing."""
    root, expect = _neutralised(bases, tmp_path, name)
    _imported(root, name)
    after = _state(root)
    svc = open_vault(root)
    try:
        assert svc.store.query("SELECT count(*) FROM staged_disclosures")[0][0] == 0
        if "dropped_op" in expect:
            assert _disclosure_rows(svc, expect["dropped_op"]) == 0
        assert svc.integrity.verify().ok
    finally:
        svc.lock()
    r = run_cli(root, "--json", "import", str(HOSTILE / name))
    assert r.code == 0
    assert json.loads(r.out)["already_imported"] is True
    assert _state(root) == after


def test_v2_orphan_disclosure_is_dropped_and_the_rest_applies(
    bases: dict[str, Path], tmp_path: Path
) -> None:
    root, expect = _neutralised(bases, tmp_path, "v2-disclosure-orphan.age")
    _imported(root, "v2-disclosure-orphan.age")
    svc = open_vault(root)
    try:
        orphan = bytes.fromhex(expect["dropped_op"])
        assert not svc.store.has_op(orphan)
        assert svc.store.query("SELECT count(*) FROM disclosures")[0][0] == expect["values"]
        (person,) = svc.reading.search("Иванов")
        assert svc.reading.get(person.id).fields["name"] == "Иван Иванов"
    finally:
        svc.lock()


def _count(root: Path, table: str) -> int:
    svc = open_vault(root)
    try:
        return int(svc.store.query(f"SELECT count(*) FROM {table}")[0][0])  # noqa: S608
    finally:
        svc.lock()


def test_v2_value_of_an_erased_op_is_never_stored(bases: dict[str, Path], tmp_path: Path) -> None:
    """The recipient saw the author erase the name; a later bundle carrying the name's value
    again applies its new op and drops the value, which never reaches the vault."""
    root, expect = _neutralised(bases, tmp_path, "v2-disclosure-erased.age")
    values_before = _count(root, "disclosures")
    _imported(root, "v2-disclosure-erased.age")
    assert _count(root, "disclosures") == values_before + 1  # the new op's value only
    svc = open_vault(root)
    try:
        assert svc.store.erasure.status(bytes.fromhex(expect["dropped_op"])) == "purged"
        assert _disclosure_rows(svc, expect["dropped_op"]) == 0
        person = svc.reading.get(bytes.fromhex(expect["person"]))
        assert person.masked == {"name": "erased"}
        assert svc.reading.search("Иванов") == []
        (place,) = svc.reading.search("Тверская")
        assert place.kind == "event"
    finally:
        svc.lock()


def test_v2_erased_attachment_bytes_are_not_kept(bases: dict[str, Path], tmp_path: Path) -> None:
    """An attachment its author erased comes again with its value and bytes: the bundle is
    imported, the value dropped, the bytes hashed through and never stored."""
    root, expect = _neutralised(bases, tmp_path, "v2-attachment-erased.age")
    before = _state(root)
    _imported(root, "v2-attachment-erased.age")
    after = _state(root)
    state, ops, contents, bundles_in, values, blobs = range(6)
    for i in (state, ops, contents, values, blobs):  # no op, content, value or blob file more
        assert after[i] == before[i]
    assert after[bundles_in] == before[bundles_in] + 1
    svc = open_vault(root)
    try:
        assert not svc.store.contents.has(bytes.fromhex(expect["sha256"]))
        assert _disclosure_rows(svc, expect["dropped_op"]) == 0
    finally:
        svc.lock()


def test_v2_forged_redact_only_hides_and_foreign_targets_are_ignored(
    bases: dict[str, Path], tmp_path: Path
) -> None:
    """A colleague's redact of the sender's name hides it (not shown, not searched) and keeps
    the value until the owner confirms; its redact naming another record's op does nothing."""
    root, expect = _neutralised(bases, tmp_path, "v2-forged-redact.age")
    _imported(root, "v2-forged-redact.age")
    svc = open_vault(root)
    try:
        erasure = svc.store.erasure
        hidden, hide = bytes.fromhex(expect["hidden_op"]), bytes.fromhex(expect["hide"])
        ignored, ignore = bytes.fromhex(expect["ignored_op"]), bytes.fromhex(expect["ignore"])
        assert erasure.status(hidden) == "hidden"
        assert erasure.has_disclosure(hidden)  # kept: not purged
        assert svc.store.value_state(hidden).shown == "hidden"
        assert svc.reading.get(bytes.fromhex(expect["person"])).fields["name"] is None
        assert svc.reading.search(expect["name"].split()[-1]) == []
        info = svc.erasure.info(hide)
        assert (info.author, info.author_is_me) == (_identity("third").public, False)
        assert (info.hidden, info.purged, info.pending) == (1, 0, True)
        assert erasure.targets_of(ignore) == [(ignored, "ignored")]
        assert erasure.status(ignored) is None
        assert erasure.has_disclosure(ignored)
        case = svc.reading.get(bytes.fromhex(expect["case"]))
        assert case.fields["title"] == expect["title"]
        assert "title" not in case.masked
        # The owner confirms: now, and only now, the value is purged.
        svc.erasure.confirm(hide)
        assert erasure.status(hidden) == "purged"
        assert not erasure.has_disclosure(hidden)
    finally:
        svc.lock()


# -- numbers a real key may sign, bounded by what the vault knows (docs/bundle-format.md §10b) ---


def test_acks_past_what_the_vault_can_know_are_clamped(
    bases: dict[str, Path], tmp_path: Path
) -> None:
    """The sender claims acks of 2^62 for itself and a third party: the bundle imports, and the
    acks table and the revocation anchor (`sender_head`) keep only what this vault can know."""
    root, expect = _neutralised(bases, tmp_path, "huge-sender-ack.age")
    _imported(root, "huge-sender-ack.age")
    sender = _identity("sender").public
    svc = open_vault(root)
    try:
        q = svc.store.query
        (head,) = q("SELECT sender_head FROM bundles_in WHERE sender = ?", (sender,))[0]
        acks = {
            bytes(a).hex(): s
            for a, s in q("SELECT author, seq FROM acks WHERE peer = ?", (sender,))
        }
    finally:
        svc.lock()
    assert head == expect["sender_head"]
    assert acks == expect["acks"]
