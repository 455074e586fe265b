"""Travel mode (issue 14): out with two cases, then search, history, `verify` and a hand
decryption of the vault's pages find nothing of them; back restores both with the same state
hash. Forgetting them asks no colleague to erase anything."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from bundlekit import befriend, deliver, make_replica, peer, seal

from casebook.base.errors import NotFound
from casebook.bundle.travel import TravelCheckFailed, check_bundle, travel_back, travel_out
from casebook.service import CaseService
from casebook.vault import unlock
from casebook.vault.deep_erase import deep_erase
from factory import FAST, PASSPHRASE, db_key, make_case, make_service, run_cli
from service.test_erasure import _forms, _plaintext_of

CANARY_A = "Зосима Канареечкин-Щеглов"
CANARY_B = "Евлампия Чижова-Снегирёва"
STAYS = "Дело о протоколе, остаётся"


def _fill(svc: CaseService, canary: str, tmp: Path) -> bytes:
    case = make_case(svc, title=f"Дело {canary.split()[1]}", summary=f"Кратко: {canary}")
    person = svc.records.add_person(case, canary, "witness", aliases=[canary.split()[0]])
    svc.records.set_field(person, "notes", f"Связаться через {canary}")
    interview = svc.records.add_interview(case, person, place=f"кафе у {canary}")
    svc.records.add_segment(interview, f"Со слов {canary}: обыск утром")
    svc.drafts.save(f"segment:{interview.hex()}", f"черновик {canary}")
    svc.attachments.attach_bytes(case, f"{canary}: показания".encode(), name=f"{canary}.txt")
    big = f"{canary} ".encode() * 80_000  # > 1 MiB: a blob file of its own
    svc.attachments.attach_bytes(case, big, name="протокол.bin")
    return case


def _finds_nothing(svc: CaseService, root: Path, cases: list[bytes], key: bytes) -> None:
    for canary in (CANARY_A, CANARY_B):
        for word in canary.split():
            assert svc.reading.search(word) == [], word
    titles = [c.title for c in svc.reading.list_cases()]
    assert titles == [STAYS]
    for case in cases:
        with pytest.raises(NotFound):
            svc.reading.history(case)
        assert svc.session.store.travel.case_ops([case]) == []
    assert svc.integrity.verify().ok
    blobs = list((root / "blobs").iterdir()) if (root / "blobs").exists() else []
    assert blobs == []  # the big attachments' files went with their cases
    svc.lock()
    plain = _plaintext_of(root, key)
    for canary in (CANARY_A, CANARY_B):
        for form in _forms(canary):
            assert form not in plain, form


def test_out_with_two_cases_then_back_with_the_same_state(tmp_path: Path) -> None:
    root = tmp_path / "v"
    svc = make_service(root)
    a = _fill(svc, CANARY_A, tmp_path)
    b = _fill(svc, CANARY_B, tmp_path)
    stays = make_case(svc, title=STAYS)
    before = {c: svc.store.case_state_hash(c) for c in (a, b)}
    stays_before = svc.store.case_state_hash(stays)
    drive = tmp_path / "other-drive"
    drive.mkdir()

    out = travel_out(svc.session, [a, b], [], drive, leave_note=False)
    assert [c.state_hash for c in out.cases] == [before[c] for c in sorted((a, b))]
    assert out.ops_forgotten > 10
    assert not out.noted
    assert svc.session.store.travel.notes() == []
    assert svc.store.case_state_hash(stays) == stays_before
    bundle = out.bundle.paths[0]
    assert bundle.parent == drive
    # Our chain goes on across the ops that left: the next op takes the next number.
    head = svc.store.author_head(svc.me)
    svc.records.set_field(stays, "court", "Районный суд")
    assert svc.store.author_head(svc.me)[0] == head[0] + 1
    assert svc.integrity.verify().ok

    # Nothing of them in search, history, verify, or the pages (before a deep erase, too).
    _finds_nothing(svc, root, [a, b], db_key(root))

    # Deep erase (travel's last step in the CLI and the GUI): still nothing, under the new key.
    session = unlock(root, PASSPHRASE, policy=FAST)
    erased = deep_erase(root, session, PASSPHRASE, policy=FAST)
    svc = CaseService(erased.session)
    _finds_nothing(svc, root, [a, b], db_key(root))

    # Back: both cases return with the state hash they left with; the chain is whole.
    svc = CaseService(unlock(root, PASSPHRASE, policy=FAST))
    back = travel_back(svc.session, bundle)
    assert back.all_whole
    assert {c.case_id: c.state_hash for c in back.cases} == before
    assert all(c.newer == 0 for c in back.cases)
    assert svc.session.store.travel.away_count() == 0
    assert svc.reading.search("Канареечкин")
    assert svc.reading.search("Снегирёва")
    assert sorted(c.title for c in svc.reading.list_cases()) == sorted(
        [STAYS, "Дело Канареечкин-Щеглов", "Дело Чижова-Снегирёва"]
    )
    big = [x for x in svc.reading.children(a, "attachment") if x.get("size", 0) > 1 << 20]
    assert b"".join(svc.attachments.iter_bytes(big[0].id)).startswith(CANARY_A.encode())
    assert svc.integrity.verify().ok
    svc.lock()


def test_a_note_is_left_only_when_asked_and_back_checks_against_it(tmp_path: Path) -> None:
    svc = make_service(tmp_path / "v")
    a = _fill(svc, CANARY_A, tmp_path)
    out = travel_out(svc.session, [a], [], tmp_path, leave_note=True)
    notes = svc.session.store.travel.notes()
    assert len(notes) == 1
    note_text = json.dumps(notes[0], ensure_ascii=False)
    assert all(w not in note_text for w in CANARY_A.split())  # ids and hashes, never text
    assert notes[0]["file"] == out.bundle.paths[0].name
    back = travel_back(svc.session, out.bundle.paths[0])
    assert [c.as_noted for c in back.cases] == [True]
    assert svc.session.store.travel.notes() == []  # the cases are back: the note goes
    svc.lock()


def test_colleagues_are_not_asked_to_erase_and_keep_their_copies(tmp_path: Path) -> None:
    me = make_replica(tmp_path / "me")
    anna = make_replica(tmp_path / "anna")
    befriend(me, anna)
    a = _fill(me, CANARY_A, tmp_path)
    first = seal(me, [anna], tmp_path / "b1.age")
    deliver(anna, first.paths[0])
    travel_out(me.session, [a], [peer(me, anna)], tmp_path / "drive", leave_note=False)
    other = make_case(me, title=STAYS)
    later = seal(me, [anna], tmp_path / "b2.age")
    result = deliver(anna, later.paths[0])
    assert result.erasures == 0
    assert anna.reading.search("Канареечкин")  # Anna keeps the case
    assert anna.erasure.erasures() == []
    assert anna.reading.get(other).get("title") == STAYS
    assert anna.integrity.verify().ok
    me.lock()
    anna.lock()


def test_a_bundle_that_lacks_part_of_a_case_is_refused_and_nothing_is_forgotten(
    tmp_path: Path,
) -> None:
    svc = make_service(tmp_path / "v")
    a = _fill(svc, CANARY_A, tmp_path)
    b = _fill(svc, CANARY_B, tmp_path)
    from casebook.bundle.export import export_bundle

    sealed = export_bundle(svc.session, [], out_path=tmp_path / "x.age", case_ids=[a])
    with pytest.raises(TravelCheckFailed):
        check_bundle(svc.session, sealed.paths[0], [a, b])
    assert svc.reading.search("Снегирёва")
    svc.lock()


def test_the_cli_travels_out_and_back(tmp_path: Path) -> None:
    root = tmp_path / "v"
    svc = make_service(root)
    a = _fill(svc, CANARY_A, tmp_path)
    b = _fill(svc, CANARY_B, tmp_path)
    make_case(svc, title=STAYS)
    before = {c.hex(): svc.store.case_state_hash(c).hex() for c in (a, b)}
    svc.lock()
    drive = tmp_path / "usb"
    drive.mkdir()
    out = run_cli(
        root,
        "travel",
        "out",
        "--case",
        a.hex(),
        "--case",
        b.hex()[:12],
        "--out",
        str(drive),
        "--yes",
        "--json",
    )
    assert out.code == 0, out.err
    doc = json.loads(out.out)
    assert doc["deep_erase"]["done"]
    assert len(doc["deep_erase"]["recovery_code"]) > 20
    assert {c["id"]: c["state_hash"] for c in doc["cases"]} == before
    assert not doc["note_left"]
    assert "no colleague is asked to erase" in out.err
    found = run_cli(root, "search", "Канареечкин", "--json")
    assert found.code == 0
    assert json.loads(found.out) == []
    assert run_cli(root, "history", a.hex()).code == 5
    assert run_cli(root, "verify").code == 0
    bundle = next(p for p in drive.iterdir() if not p.name.startswith("."))
    back = run_cli(root, "travel", "back", str(bundle), "--json")
    assert back.code == 0, back.err
    came = json.loads(back.out)
    assert came["all_whole"]
    assert {c["id"]: c["state_hash"] for c in came["cases"]} == before
    assert os.path.exists(bundle)


def test_another_window_sees_the_ops_that_went_away(tmp_path: Path) -> None:
    # The GUI has the vault open while the CLI sends a case travelling: the GUI's next op must
    # take the number after the ops that left, never one of theirs (a fork for colleagues).
    root = tmp_path / "v"
    gui = make_service(root)
    stays = make_case(gui, title=STAYS)
    cli = CaseService(unlock(root, PASSPHRASE, policy=FAST))
    a = _fill(cli, CANARY_A, tmp_path)
    gui.records.set_field(stays, "court", "до поездки")  # caches "nothing is away"
    travel_out(cli.session, [a], [], tmp_path, leave_note=False)
    top = cli.store.author_head(cli.me)[0]
    cli.lock()
    gui.records.set_field(stays, "court", "после поездки")
    assert gui.store.author_head(gui.me)[0] == top + 1
    assert gui.integrity.verify().ok
    gui.lock()
