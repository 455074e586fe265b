"""Bundles after an erasure: the erased value never travels again, and the erasure reaches the
colleague who had it (PROTECTION §1)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from bundlekit import befriend, deliver, make_replica, seal

from casebook.base.canonical import decode
from casebook.crypto.bech32 import format_identity
from factory import make_case

CANARY = "Зосима Канареечкин-Щеглов"
PHOTO = b"\x89PNG canary photo bytes " + CANARY.encode()


def _forms(text: str) -> list[bytes]:
    out = []
    for w in [text, text.lower(), *text.split()]:
        out += [w.encode("utf-8"), w.encode("utf-16-le"), w.encode("utf-16-be")]
    return out


def test_a_bundle_sealed_after_an_erasure_holds_neither_value_nor_canary(tmp_path: Path) -> None:
    if shutil.which("age") is None or shutil.which("tar") is None:
        pytest.fail("the age CLI and tar are required (Debian packages 'age' and 'tar')")
    a, b = make_replica(tmp_path / "a"), make_replica(tmp_path / "b")
    befriend(a, b)
    case = make_case(a, title="Дело о посте")
    person = a.records.add_person(case, CANARY, "witness", notes=f"звонить {CANARY}")
    photo = a.attachments.attach_bytes(case, PHOTO, name=f"{CANARY}.png")
    erased_ops = a.store.erasure.value_ops(person, ["name", "notes"]) + a.store.erasure.value_ops(
        photo, None
    )
    for field in ("name", "notes"):
        a.erasure.erase(person, field, reason="consent_withdrawn")
    a.erasure.erase(photo, reason="consent_withdrawn")
    path = seal(a, [b], tmp_path / "out").paths[0]
    key = tmp_path / "key.txt"
    key.write_text(format_identity(b.session.identity.x25519_secret) + "\n")
    work = tmp_path / "x"
    work.mkdir()
    subprocess.run(
        ["sh", "-c", f"age -d -i {key} {path} | tar -x"], cwd=work, check=True, capture_output=True
    )
    files = [p for p in work.rglob("*") if p.is_file()]
    assert files
    for f in files:
        data = f.read_bytes()
        for form in _forms(CANARY):
            assert form not in data, (f.name, form)
    assert not any(f.read_bytes() == PHOTO for f in files)
    disclosed = {
        decode(line)["op"]
        for line in (work / "casebook" / "disclosures.jsonl").read_bytes().splitlines()
    }
    assert disclosed
    assert not disclosed & {o.hex() for o in erased_ops}
    # The title still travels: only what was erased stays home.
    assert b.reading.list_cases() == []
    deliver(b, path)
    assert [c.title for c in b.reading.list_cases()] == ["Дело о посте"]
    assert b.reading.get(person).masked == {"name": "erased", "notes": "erased"}


def test_an_erasure_reaches_the_colleague_who_had_the_value(tmp_path: Path) -> None:
    a, b = make_replica(tmp_path / "a"), make_replica(tmp_path / "b")
    to_b, _ = befriend(a, b)
    case = make_case(a)
    person = a.records.add_person(case, CANARY, "witness")
    deliver(b, seal(a, [b], tmp_path / "1").paths[0])
    assert b.reading.get(person).get("name") == CANARY
    # Alice's dialog would name Bob and bundle 1 before she erases.
    preview = a.erasure.preview(person, "name")
    assert [(h.name, h.bundles) for h in preview.holders] == [(to_b.name, (1,))]
    info = a.erasure.erase(person, "name", reason="safety")
    assert info.received_by == ()
    result = deliver(b, seal(a, [b], tmp_path / "2").paths[0])
    assert result.erasures == 1
    # Bob's casebook honours its author's erasure at once: gone from the vault, search, history.
    rec = b.reading.get(person)
    assert rec.get("name") is None
    assert rec.masked == {"name": "erased"}
    assert b.reading.search("Канареечкин") == []
    assert all(h.shown != "value" for h in b.reading.history(person) if h.field == "name")
    assert b.erasure.erasures(pending=True) == []
    # Bob's next bundle acknowledges it: Alice sees "received the erasure request".
    deliver(a, seal(b, [a], tmp_path / "3").paths[0])
    assert a.erasure.info(info.redact_id).received_by == (b.me,)
    holds = a.peers.holds(to_b)
    assert [h.bundle for h in holds] == [1, 2]


def test_a_colleagues_erasure_that_arrives_first_keeps_the_evidence_until_confirmed(
    tmp_path: Path,
) -> None:
    # c erases a's attachment; b hears of the erasure before it receives the attachment. A
    # colleague's erasure only hides: the bytes are evidence, kept until b's owner confirms.
    import hashlib

    a, b, c = (make_replica(tmp_path / n) for n in "abc")
    befriend(a, b)
    befriend(a, c)
    befriend(c, b)
    case = make_case(a)
    data = b"scan of the search protocol " * 50_000  # over 1 MiB: a blob file
    sha = hashlib.sha256(data).digest()
    att = a.attachments.attach_bytes(case, data, name="протокол.pdf")
    deliver(c, seal(a, [c], tmp_path / "1").paths[0])
    c.erasure.erase(att, reason="mistake")
    deliver(b, seal(c, [b], tmp_path / "2").paths[0])  # the erasure, without the value
    result = deliver(b, seal(a, [b], tmp_path / "3").paths[0])  # then the value and bytes
    assert result.values_dropped == 0
    assert b.store.contents.has(sha)
    assert b.reading.get(att).masked == {"": "hidden"}
    (pending,) = b.erasure.erasures(pending=True)
    b.erasure.confirm(pending.redact_id)
    assert not b.store.contents.has(sha)
    assert not any((b.paths.blobs).iterdir())


def test_an_authors_erasure_of_an_attachment_removes_the_blob_file_at_once(
    tmp_path: Path,
) -> None:
    a, b = make_replica(tmp_path / "a"), make_replica(tmp_path / "b")
    befriend(a, b)
    case = make_case(a)
    att = a.attachments.attach_bytes(case, b"x" * (2 * 1024 * 1024), name="видео.bin")
    deliver(b, seal(a, [b], tmp_path / "1").paths[0])
    assert any(b.paths.blobs.iterdir())
    a.erasure.erase(att, reason="safety")
    deliver(b, seal(a, [b], tmp_path / "2").paths[0])
    assert b.reading.get(att).masked == {"": "erased"}
    assert not any(b.paths.blobs.iterdir())
