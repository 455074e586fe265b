"""The custody log in one vault: what is recorded where, chains, forks, verification, late
entries, the package's part, and the canary: no file path and no case text in any entry."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from casebook.base.errors import DriveUnavailable, ForkDetected, InputRejected, NotFound
from casebook.domain.custody import Entry, sign_entry
from casebook.service import CaseService
from factory import make_case, make_filled_vault, make_service, marker


def _events(svc: CaseService, item: bytes) -> list[str]:
    return [e.event for e in svc.custody.chain(item).entries]


def test_every_access_is_recorded_on_the_items_chain(tmp_path: Path) -> None:
    f = make_filled_vault(tmp_path / "v", tmp_path)
    svc = f.svc
    item = svc.custody.item_of(f.attachment)
    data = b"".join(svc.attachments.iter_bytes(f.attachment))
    assert item == hashlib.sha256(data).digest()
    (intake,) = svc.custody.chain(item).entries
    assert intake.event == "intake"
    assert intake.item_prev is None
    assert intake.detail == {"record": f.attachment.hex(), "size": len(data)}
    assert intake.custodian.is_me
    assert intake.status == "ok"

    svc.custody.viewed(f.attachment)
    svc.attachments.export(f.attachment, tmp_path / "copy.txt")
    svc.custody.transfer_out(item, to="echr", ref="12345/21")
    svc.custody.transfer_out(item, to="court", ref="2а-77/2024", when="2024-03-05")
    chain = svc.custody.chain(item)
    assert chain.ok, chain.problems
    assert [e.event for e in chain.entries] == [
        "intake",
        "view",
        "export_plain",
        "transfer_out",
        "note_late",
    ]
    export = chain.entries[2]
    assert export.detail["written"] == item.hex()
    assert export.detail["size"] == len(data)
    late = chain.entries[4]
    assert late.late
    assert late.detail == {
        "event": "transfer_out",
        "when": "2024-03-05",
        "to": "court",
        "ref": "2а-77/2024",
    }
    # Seq and prev chain the owner's log; item_prev chains the item.
    for before, after in zip(chain.entries, chain.entries[1:], strict=False):
        assert after.item_prev == before.entry_id == after.prev
        assert after.seq == before.seq + 1
    assert svc.custody.resolve(f.attachment.hex()[:10]) == item
    assert svc.custody.resolve(item.hex()[:12]) == item
    with pytest.raises(NotFound):
        svc.custody.resolve("0123")


def test_a_transfer_names_a_body_and_a_number_only(tmp_path: Path) -> None:
    f = make_filled_vault(tmp_path / "v", tmp_path)
    item = f.svc.custody.item_of(f.attachment)
    for to, ref in (("Европейский суд", "12345/21"), ("echr", "Иванова"), ("echr", "a b 1")):
        with pytest.raises(InputRejected):
            f.svc.custody.transfer_out(item, to=to, ref=ref)
    with pytest.raises(InputRejected):
        f.svc.custody.transfer_out(item, to="echr", ref="12345/21", when="05.03.2024")
    assert _events(f.svc, item) == ["intake"]


def test_a_plain_export_that_reads_back_other_bytes_is_refused_and_not_recorded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from casebook.service import attachments

    f = make_filled_vault(tmp_path / "v", tmp_path)
    item = f.svc.custody.item_of(f.attachment)
    monkeypatch.setattr(attachments, "_read_back", lambda fh, path: (b"\x00" * 32, 1))
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(DriveUnavailable):
        f.svc.attachments.export(f.attachment, out / "copy.txt")
    assert list(out.iterdir()) == []
    assert _events(f.svc, item) == ["intake"]


def test_a_redacted_copy_is_linked_to_its_original(tmp_path: Path) -> None:
    f = make_filled_vault(tmp_path / "v", tmp_path)
    svc = f.svc
    original = svc.custody.item_of(f.attachment)
    src = tmp_path / "redacted.txt"
    src.write_text("протокол обыска, ██████", encoding="utf-8")
    copy_id = svc.attachments.attach_redacted_copy(f.attachment, src, case_id=f.case)
    copy = svc.custody.item_of(copy_id)
    orig_chain = svc.custody.chain(original)
    made = orig_chain.entries[-1]
    assert made.event == "derive"
    assert made.detail == {"to": copy.hex(), "record": copy_id.hex()}
    (root,) = svc.custody.chain(copy).entries
    assert root.event == "derive"
    assert root.item_prev is None
    assert root.detail["from"] == original.hex()
    assert root.detail["from_entry"] == made.entry_id.hex()
    assert svc.reading.get(copy_id).case_id == f.case
    other_case = make_case(svc, title="другое")
    with pytest.raises(InputRejected):
        svc.attachments.attach_redacted_copy(f.attachment, src, case_id=other_case)
    same = tmp_path / "same.txt"
    same.write_bytes(b"".join(svc.attachments.iter_bytes(f.attachment)))
    with pytest.raises(InputRejected):
        svc.attachments.attach_redacted_copy(f.attachment, same)


def test_an_erased_attachment_keeps_its_chain_with_an_erase_entry(tmp_path: Path) -> None:
    f = make_filled_vault(tmp_path / "v", tmp_path)
    svc = f.svc
    item = svc.custody.item_of(f.attachment)
    info = svc.erasure.erase(f.attachment, reason="safety")
    chain = svc.custody.chain(item)
    assert chain.ok
    erase = chain.entries[-1]
    assert erase.event == "erase"
    assert erase.detail == {
        "record": f.attachment.hex(),
        "op": info.redact_id.hex(),
        "reason": "safety",
        "by": svc.me.hex(),
    }
    # A whole case erased takes its files with it: each gets its entry.
    svc2 = make_service(tmp_path / "w")
    case = make_case(svc2)
    att = svc2.attachments.attach_bytes(case, b"a photo", name="photo.jpg")
    item2 = svc2.custody.item_of(att)
    svc2.erasure.erase(case, reason="consent_withdrawn")
    assert _events(svc2, item2) == ["intake", "erase"]
    assert svc2.custody.verify().ok


def test_content_taken_in_before_the_log_gets_a_late_first_entry(tmp_path: Path) -> None:
    f = make_filled_vault(tmp_path / "v", tmp_path)
    svc = f.svc
    item = svc.custody.item_of(f.attachment)
    svc.store.con.execute("DELETE FROM custody")  # as in a vault from before the log
    svc.custody.viewed(f.attachment)
    late, view = svc.custody.chain(item).entries
    assert late.event == "note_late"
    assert late.item_prev is None
    assert late.detail["event"] == "intake"
    assert late.detail["record"] == f.attachment.hex()
    assert isinstance(late.detail["when"], int)
    assert view.event == "view"
    assert view.item_prev == late.entry_id
    assert svc.custody.chain(item).ok


def test_a_second_entry_at_one_number_is_a_fork(tmp_path: Path) -> None:
    f = make_filled_vault(tmp_path / "v", tmp_path)
    svc = f.svc
    item = svc.custody.item_of(f.attachment)
    (first,) = svc.custody.chain(item).entries
    twin = sign_entry(
        Entry(svc.me, 1, None, item, None, 5, "intake", {"record": "00" * 16, "size": 1}),
        svc.session.identity,
    )
    with pytest.raises(ForkDetected), svc.store.transaction():
        svc.store.custody.put(twin)
    svc.custody.viewed(f.attachment)  # seq 2, after the intake
    after = sign_entry(
        Entry(
            svc.me, 7, first.entry_id, item, None, 5, "note_late", {"event": "intake", "when": 1}
        ),
        svc.session.identity,
    )
    with pytest.raises(ForkDetected), svc.store.transaction():
        svc.store.custody.put(after)  # a second entry after the owner's entry 1
    branch = sign_entry(
        Entry(svc.me, 9, b"\x01" * 32, item, first.entry_id, 5, "verify", {"result": "ok"}),
        svc.session.identity,
    )
    with pytest.raises(ForkDetected), svc.store.transaction():
        svc.store.custody.put(branch)  # a second entry after the intake on the item's chain
    assert svc.custody.verify(record=False).ok


def test_verify_finds_a_changed_entry_and_records_what_it_hashed(tmp_path: Path) -> None:
    f = make_filled_vault(tmp_path / "v", tmp_path)
    svc = f.svc
    item = svc.custody.item_of(f.attachment)
    check = svc.custody.verify()
    assert check.ok
    assert check.contents == {item.hex(): "ok"}
    assert check.recorded == 1
    assert _events(svc, item) == ["intake", "verify"]
    row = svc.store.custody.item_head(item)
    assert row is not None
    forged = row.encoded.replace(b'"result":"ok"', b'"result":"missing"')
    svc.store.con.execute(
        "UPDATE custody SET encoded = ? WHERE entry_id = ?", (forged, row.entry_id)
    )
    check = svc.custody.verify(record=False)
    assert not check.ok
    assert any("signature" in p for p in check.problems)
    chain = svc.custody.chain(item)
    assert not chain.ok
    assert chain.entries[-1].status == "bad_signature"
    svc.store.con.execute("DELETE FROM custody WHERE seq = 1")
    check = svc.custody.verify(record=False)
    assert any("broken" in p for p in check.problems)
    assert any("missing" in p for p in check.problems)


def test_report_entries_end_each_chain_and_the_package_holds_the_chains(tmp_path: Path) -> None:
    f = make_filled_vault(tmp_path / "v", tmp_path)
    svc = f.svc
    item = svc.custody.item_of(f.attachment)
    svc.custody.viewed(f.attachment)
    other = svc.attachments.attach_bytes(f.case, b"second file", name="b.txt")
    item2 = svc.custody.item_of(other)
    report_id = bytes(range(16))
    entries = svc.custody.report([item, item2], report_id, "echr", annex={item: 1, item2: 2})
    assert [e.entry.event for e in entries] == ["report", "report"]
    assert entries[0].entry.detail == {"report": report_id.hex(), "purpose": "echr", "annex": 1}
    pkg = svc.custody.package([item2, item])
    lines = [json.loads(line) for line in pkg.jsonl.splitlines()]
    assert pkg.entries == len(lines) == 5
    items = [line["entry"]["item"] for line in lines]
    assert items == sorted(items)
    assert pkg.heads == {
        item.hex(): entries[0].entry_id.hex(),
        item2.hex(): entries[1].entry_id.hex(),
    }
    keys = json.loads(pkg.keys_json)
    assert keys["vault"]["identity"] == svc.me.hex()
    assert [a["identity"] for a in keys["authors"]] == [svc.me.hex()]
    assert keys["vault"]["pem"].startswith("-----BEGIN PUBLIC KEY-----\n")
    assert len(keys["vault"]["fingerprint"].replace(" ", "")) == 30


def test_no_path_and_no_case_text_in_any_entry(tmp_path: Path) -> None:
    """The canary: identifying folder and file names at intake and at plain export leave no
    byte in the custody rows (decrypted) or in the package's custody.jsonl and keys.json."""
    word = marker()
    folder = tmp_path / f"Дело_Иванова_{word}"
    folder.mkdir()
    src = folder / f"протокол_{word}.pdf"
    src.write_bytes(b"%PDF-1.4 evidence " + word.encode())
    svc = make_service(tmp_path / "v")
    case = make_case(svc, title=f"Дело {word}", summary=f"задержан {word}")
    att = svc.attachments.attach(case, src)
    named = svc.attachments.attach(case, src, name=f"имя_{word}.pdf")
    out = tmp_path / f"ЕСПЧ_{word}"
    out.mkdir()
    svc.attachments.export(att, out / f"копия_{word}.pdf")
    svc.custody.viewed(named)
    item = svc.custody.item_of(att)
    svc.custody.transfer_out(item, to="echr", ref="12345/21")
    red = folder / f"вымарано_{word}.pdf"
    red.write_bytes(b"%PDF-1.4 redacted")
    svc.attachments.attach_redacted_copy(att, red)
    svc.custody.verify()
    svc.custody.report([item], b"\x07" * 16, "echr")
    pkg = svc.custody.package([item])
    rows = svc.store.query("SELECT * FROM custody")
    assert len(rows) >= 8
    blob = b"".join(
        bytes(v) if isinstance(v, bytes | memoryview) else str(v).encode() for r in rows for v in r
    )
    needles = [
        word,
        "Дело",
        "Иванова",
        "протокол",
        "копия",
        "вымарано",
        "ЕСПЧ",
        "имя_",
        str(tmp_path),
    ]
    for haystack in (blob, pkg.jsonl, pkg.keys_json):
        for needle in needles:
            assert needle.encode() not in haystack, needle
        assert word.encode("utf-16-le") not in haystack


def test_a_golden_schema_2_vault_gets_the_log_and_late_first_entries(tmp_path: Path) -> None:
    import shutil

    from casebook.crypto.kdf import KdfPolicy
    from casebook.vault import unlock

    golden = Path(__file__).resolve().parents[1] / "data" / "vaults" / "schema2"
    root = tmp_path / "v"
    shutil.copytree(golden, root)
    svc = CaseService(
        unlock(root, "golden vault passphrase", policy=KdfPolicy.insecure_for_tests())
    )
    try:
        (case,) = svc.reading.list_cases()
        (att,) = svc.reading.children(case.id, "attachment")
        svc.custody.viewed(att.id)
        late, view = svc.custody.chain(svc.custody.item_of(att.id)).entries
        assert (late.event, late.detail["event"], view.event) == ("note_late", "intake", "view")
        assert svc.custody.verify().ok
    finally:
        svc.lock()
