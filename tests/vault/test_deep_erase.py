"""Deep erase: the whole vault under a new master key, the old key destroyed (PROTECTION §1).

Real vaults (keyslots, SQLCipher, blobs) with the fast KDF passed explicitly.
"""

from __future__ import annotations

import hashlib
import os
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from casebook.base.errors import Cancelled, InputRejected, VaultCorrupt, WrongPassphrase
from casebook.crypto.keys import Identity
from casebook.domain.peers import card_of
from casebook.service import CaseService
from casebook.store.store import Store
from casebook.vault import unlock
from casebook.vault.deep_erase import STEPS, DeepErased, deep_erase, finish_interrupted
from factory import FAST, PASSPHRASE, Filled, db_key, make_filled_vault, open_vault

MiB = 1024 * 1024


def _digests(root: Path) -> dict[str, str]:
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


@dataclass
class Before:
    """What the vault held before the deep erase."""

    filled: Filled
    big: bytes
    big_id: bytes
    peer_name: str
    state: bytes
    old_key: bytes


def _prepared(tmp_path: Path) -> Before:
    filled = make_filled_vault(tmp_path / "v", tmp_path)
    svc = filled.svc
    big = os.urandom(MiB + 17)  # over the inline limit: a blob file under its own key
    big_id = svc.attachments.attach_bytes(filled.case, big, name="видео.bin")
    svc.drafts.save("segment:draft", "недописанная запись")
    card = card_of(Identity.generate(int(time.time() * 1000))).encode()
    svc.peers.add(card, "Борис")
    return Before(filled, big, big_id, "Борис", svc.integrity.state_hash(), db_key(filled.root))


def _erase(before: Before, **kw: object) -> DeepErased:
    filled = before.filled
    return deep_erase(filled.root, filled.svc.session, PASSPHRASE, policy=FAST, **kw)  # type: ignore[arg-type]


def _assert_everything_there(svc: CaseService, before: Before) -> None:
    f = before.filled
    assert svc.integrity.state_hash() == before.state
    for rid in (f.case, f.person, f.event, f.interview, f.segment, f.attachment, before.big_id):
        svc.reading.get(rid)
    assert svc.reading.get(f.case).get("title") == "Дело Иванова"
    assert [h.id for h in svc.reading.search("телефон")] == [f.segment]
    assert svc.drafts.load("segment:draft") == "недописанная запись"
    assert [p.name for p in svc.peers.list()] == [before.peer_name]
    assert b"".join(svc.attachments.iter_bytes(before.big_id)) == before.big
    assert b"".join(svc.attachments.iter_bytes(f.attachment)) == "протокол обыска, копия".encode()
    assert svc.integrity.verify().ok


def test_everything_is_still_there_under_a_new_key(tmp_path: Path) -> None:
    before = _prepared(tmp_path)
    root = before.filled.root
    steps: list[tuple[int, int]] = []
    done = _erase(before, progress=lambda d, t: steps.append((d, t)))
    assert before.filled.svc.locked  # the old session is gone with its key
    assert steps[-1] == (STEPS, STEPS)
    svc = CaseService(done.session)
    _assert_everything_there(svc, before)
    svc.lock()
    assert sorted(p.name for p in root.iterdir()) == [".reserve", "blobs", "keyslots", "vault.db"]
    again = open_vault(root)  # the passphrase opens the new vault
    _assert_everything_there(again, before)
    again.lock()


def test_the_old_key_opens_nothing(tmp_path: Path) -> None:
    before = _prepared(tmp_path)
    root = before.filled.root
    done = _erase(before)
    done.session.lock()
    assert db_key(root) != before.old_key
    with pytest.raises((WrongPassphrase, VaultCorrupt)):
        Store.open(root / "vault.db", before.old_key)


def test_the_old_recovery_code_stops_working_and_the_new_one_works(tmp_path: Path) -> None:
    before = _prepared(tmp_path)
    root = before.filled.root
    done = _erase(before)
    done.session.lock()
    assert done.recovery_code != before.filled.recovery_code
    with pytest.raises(WrongPassphrase):
        unlock(root, before.filled.recovery_code, policy=FAST)
    svc = CaseService(unlock(root, done.recovery_code, policy=FAST))
    assert svc.integrity.state_hash() == before.state
    svc.lock()


@pytest.mark.parametrize("secret", ["wrong passphrase", "recovery"])
def test_a_wrong_passphrase_changes_nothing(tmp_path: Path, secret: str) -> None:
    before = _prepared(tmp_path)
    filled = before.filled
    filled.svc.store.checkpoint()
    # The recovery code opens the vault, but only the passphrase may order a deep erase.
    wrong = filled.recovery_code if secret == "recovery" else secret
    files = _digests(filled.root)
    with pytest.raises(WrongPassphrase):
        deep_erase(filled.root, filled.svc.session, wrong, policy=FAST)
    assert _digests(filled.root) == files
    assert not filled.svc.locked
    _assert_everything_there(filled.svc, before)
    filled.svc.lock()


def test_cancel_before_the_swap_leaves_the_vault_as_it_was(tmp_path: Path) -> None:
    before = _prepared(tmp_path)
    filled = before.filled
    filled.svc.store.checkpoint()
    files = _digests(filled.root)
    seen: list[int] = []

    def cancel() -> bool:
        return len(seen) >= 4  # after the export: the staged files exist and must go

    with pytest.raises(Cancelled):
        _erase(before, progress=lambda d, _t: seen.append(d), cancel=cancel)
    assert _digests(filled.root) == files
    _assert_everything_there(filled.svc, before)
    filled.svc.lock()


def test_refused_while_another_connection_has_the_vault_open(tmp_path: Path) -> None:
    before = _prepared(tmp_path)
    filled = before.filled
    other = open_vault(filled.root)  # another window, or a CLI command
    filled.svc.store.checkpoint()
    files = _digests(filled.root)
    with pytest.raises(InputRejected, match="open in another"):
        _erase(before)
    assert sorted(_digests(filled.root)) == sorted(files)
    other.records.add_segment(filled.interview, "ещё одна запись")  # both still work
    assert filled.svc.reading.segments(filled.interview)[-1].get("text") == "ещё одна запись"
    other.lock()
    done = _erase(before)  # alone now
    done.session.lock()


def test_an_interrupted_deep_erase_is_finished_or_undone(tmp_path: Path) -> None:
    before = _prepared(tmp_path)
    root = before.filled.root
    # Cut short before the swap: staged files beside the untouched vault.
    (root / ".vault.db.deep-erase").write_bytes(os.urandom(4096))
    (root / ".keyslots.deep-erase").write_bytes(b"{}")
    assert finish_interrupted(root) == "removed"
    assert not (root / ".vault.db.deep-erase").exists()
    assert not (root / ".keyslots.deep-erase").exists()
    assert finish_interrupted(root) is None
    # Cut short between the two renames: the new DB in place, its keyslots staged.
    done = _erase(before)
    done.session.lock()
    keyslots = (root / "keyslots").read_bytes()
    (root / "keyslots").rename(root / ".keyslots.deep-erase")
    (root / "keyslots").write_bytes(b"old slots")
    assert finish_interrupted(root) == "completed"
    assert (root / "keyslots").read_bytes() == keyslots
    svc = open_vault(root)
    assert svc.integrity.state_hash() == before.state
    svc.lock()


def test_a_session_of_another_vault_is_refused(tmp_path: Path) -> None:
    before = _prepared(tmp_path)
    other = tmp_path / "elsewhere"
    other.mkdir()
    with pytest.raises(InputRejected):
        deep_erase(other, before.filled.svc.session, PASSPHRASE, policy=FAST)
    before.filled.svc.lock()


def test_unlock_finishes_a_deep_erase_cut_short_between_its_renames(tmp_path: Path) -> None:
    before = _prepared(tmp_path)
    root = before.filled.root
    done = _erase(before)
    done.session.lock()
    (root / "keyslots").rename(root / ".keyslots.deep-erase")
    (root / "keyslots").write_bytes(b"old slots")  # what the crash left under the final name
    svc = open_vault(root)  # unlock finds the staged keyslots and finishes the swap first
    assert svc.integrity.state_hash() == before.state
    assert not (root / ".keyslots.deep-erase").exists()
    svc.lock()


def test_unlock_leaves_a_deep_erase_that_may_still_be_running_alone(tmp_path: Path) -> None:
    before = _prepared(tmp_path)
    root = before.filled.root
    before.filled.svc.lock()
    (root / ".vault.db.deep-erase").write_bytes(b"being written by another window")
    (root / ".keyslots.deep-erase").write_bytes(b"{}")
    svc = open_vault(root)
    assert (root / ".vault.db.deep-erase").exists()  # not ours to remove while it may run
    svc.lock()
