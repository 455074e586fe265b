"""casebook.vault: create, unlock, change the passphrase, replace the recovery code, lock."""

from __future__ import annotations

import hashlib
import json
import unicodedata
import zlib
from collections import Counter
from pathlib import Path

import pytest

from casebook import vault
from casebook.base.errors import (
    CasebookError,
    VaultExists,
    VaultLocked,
    VaultMissing,
    WrongPassphrase,
)
from casebook.crypto.kdf import DEFAULT_POLICY
from casebook.crypto.recovery import parse_code
from casebook.service import CaseService
from factory import (
    FAST,
    PASSPHRASE,
    make_case,
    make_filled_vault,
    make_vault,
    open_vault,
)


def _chi_square(data: bytes) -> float:
    counts = Counter(data)
    expected = len(data) / 256
    return sum((counts.get(b, 0) - expected) ** 2 / expected for b in range(256))


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_vault_db_has_no_header_and_looks_random(tmp_path: Path) -> None:
    filled = make_filled_vault(tmp_path / "v", tmp_path)
    for i in range(40):
        filled.svc.records.add_segment(
            filled.interview, f"Запись {i}: " + "показания свидетеля " * 20
        )
    filled.svc.lock()  # checkpoints the WAL into vault.db
    data = (tmp_path / "v" / "vault.db").read_bytes()
    assert len(data) >= 64 * 1024
    assert not data.startswith(b"SQLite format 3")
    # Plain SQLite pages compress by far more than 1%; encrypted pages do not compress.
    assert len(zlib.compress(data, 9)) > 0.99 * len(data)
    # 255 degrees of freedom: mean 255, sd ~22.6; anything structured lands far above 400.
    assert _chi_square(data) < 400
    assert "задерж".encode() not in data
    assert "Иванов".encode() not in data


def test_keyslots_hold_a_passphrase_and_a_recovery_slot(tmp_path: Path) -> None:
    make_vault(tmp_path / "v").session.lock()
    doc = json.loads((tmp_path / "v" / "keyslots").read_text("ascii"))
    assert doc["format"] == "casebook-keyslots"
    assert sorted(s["kind"] for s in doc["slots"]) == ["passphrase", "recovery"]
    assert all(s["kdf"] == "argon2id" for s in doc["slots"])
    # Each slot has its own salt and nonce.
    assert len({s["salt"] for s in doc["slots"]}) == 2
    assert len({s["nonce"] for s in doc["slots"]}) == 2


def test_unlock_with_passphrase_and_recovery_code(tmp_path: Path) -> None:
    root = tmp_path / "v"
    created = make_vault(root)
    case = make_case(CaseService(created.session), title="Дело Петрова")
    created.session.lock()
    code = created.recovery_code
    assert parse_code(code) == code
    typed = [
        PASSPHRASE,
        code,
        code.lower(),
        code.replace("-", " ").lower(),
        " " + code.replace("-", "").lower() + "\n",
    ]
    for secret in typed:
        svc = open_vault(root, secret)
        assert svc.reading.get(case).get("title") == "Дело Петрова"
        svc.lock()


def test_wrong_secrets_are_refused(tmp_path: Path) -> None:
    root = tmp_path / "v"
    created = make_vault(root)
    created.session.lock()
    code = created.recovery_code
    # A code with one character changed fails its checksum and is tried as a passphrase.
    typo = ("1" if code[0] != "1" else "2") + code[1:]
    for secret in ["wrong", PASSPHRASE + " ", PASSPHRASE.upper(), typo, ""]:
        with pytest.raises(WrongPassphrase):
            open_vault(root, secret)


def test_passphrase_is_nfc_normalised(tmp_path: Path) -> None:
    root = tmp_path / "v"
    composed = "пароль ёлка é"
    make_vault(root, composed).session.lock()
    open_vault(root, unicodedata.normalize("NFD", composed)).lock()


def test_passwd_rewraps_without_reencrypting(tmp_path: Path) -> None:
    root = tmp_path / "v"
    filled = make_filled_vault(root, tmp_path)
    filled.svc.lock()
    before = {p.name: _digest(p) for p in root.iterdir() if p.is_file() and p.name != "keyslots"}
    slots_before = (root / "keyslots").read_bytes()

    vault.change_passphrase(root, PASSPHRASE, "новый пароль", policy=FAST)

    after = {p.name: _digest(p) for p in root.iterdir() if p.is_file() and p.name != "keyslots"}
    assert after == before  # vault.db (and everything else) untouched
    assert (root / "keyslots").read_bytes() != slots_before
    with pytest.raises(WrongPassphrase):
        open_vault(root, PASSPHRASE)
    svc = open_vault(root, "новый пароль")
    assert svc.reading.get(filled.case).get("title") == "Дело Иванова"
    svc.lock()
    # The recovery code still opens the vault, and can itself change the passphrase.
    open_vault(root, filled.recovery_code).lock()
    vault.change_passphrase(root, filled.recovery_code, "третий", policy=FAST)
    open_vault(root, "третий").lock()
    with pytest.raises(WrongPassphrase):
        open_vault(root, "новый пароль")


def test_passwd_with_a_wrong_current_passphrase_changes_nothing(tmp_path: Path) -> None:
    root = tmp_path / "v"
    make_vault(root).session.lock()
    slots = (root / "keyslots").read_bytes()
    with pytest.raises(WrongPassphrase):
        vault.change_passphrase(root, "wrong", "new", policy=FAST)
    with pytest.raises(WrongPassphrase):
        vault.change_passphrase(root, PASSPHRASE, "", policy=FAST)
    assert (root / "keyslots").read_bytes() == slots
    # No temp file left: the one hidden file is the reserve (zeros, base/reserve.py).
    assert [p.name for p in root.iterdir() if p.name.startswith(".")] == [".reserve"]


def test_new_recovery_code_replaces_the_old_one(tmp_path: Path) -> None:
    root = tmp_path / "v"
    created = make_vault(root)
    created.session.lock()
    new = vault.new_recovery_code(root, PASSPHRASE, policy=FAST)
    assert new != created.recovery_code
    assert parse_code(new) == new
    open_vault(root, new).lock()
    open_vault(root, PASSPHRASE).lock()
    with pytest.raises(WrongPassphrase):
        open_vault(root, created.recovery_code)
    doc = json.loads((root / "keyslots").read_text("ascii"))
    assert sorted(s["kind"] for s in doc["slots"]) == ["passphrase", "recovery"]


def test_lock_makes_the_service_refuse_everything(tmp_path: Path) -> None:
    created = make_vault(tmp_path / "v")
    svc = CaseService(created.session)
    case = make_case(svc)
    svc.lock()
    assert svc.locked
    calls = [
        lambda: svc.reading.list_cases(),
        lambda: svc.reading.get(case),
        lambda: svc.records.add_case("x"),
        lambda: svc.reading.search("Иванова"),
        lambda: svc.reading.history(case),
        lambda: svc.integrity.verify(),
        lambda: svc.drafts.load("k"),
        lambda: svc.drafts.save("k", "v"),
        lambda: svc.records.set_field(case, "title", "y"),
    ]
    for call in calls:
        with pytest.raises(VaultLocked):
            call()
    with pytest.raises(VaultLocked):  # no reference to the signing key is kept
        _ = svc.session.identity
    svc.lock()  # locking twice is harmless


def test_create_refuses_an_existing_vault_and_an_empty_passphrase(tmp_path: Path) -> None:
    root = tmp_path / "v"
    make_vault(root).session.lock()
    with pytest.raises(VaultExists):
        make_vault(root)
    with pytest.raises(WrongPassphrase):
        vault.create_vault(tmp_path / "w", "", policy=FAST)
    assert not (tmp_path / "w" / "keyslots").exists()


def test_unlock_without_a_vault(tmp_path: Path) -> None:
    with pytest.raises(VaultMissing):
        open_vault(tmp_path / "nothing")
    root = tmp_path / "v"
    make_vault(root).session.lock()
    (root / "vault.db").unlink()
    with pytest.raises(VaultMissing):
        open_vault(root)


def test_vault_folder_is_private(tmp_path: Path) -> None:
    root = tmp_path / "v"
    make_vault(root).session.lock()
    assert root.stat().st_mode & 0o777 == 0o700
    assert (root / "keyslots").stat().st_mode & 0o777 == 0o600


def test_fast_parameters_are_refused_by_the_default_policy(tmp_path: Path) -> None:
    # A vault made with test parameters is below the production floor: the real app refuses it.
    root = tmp_path / "v"
    make_vault(root).session.lock()
    with pytest.raises(WrongPassphrase):
        vault.unlock(root, PASSPHRASE, policy=DEFAULT_POLICY)


def test_create_refuses_a_non_empty_folder(tmp_path: Path) -> None:
    docs = tmp_path / "Documents"
    docs.mkdir(mode=0o755)
    docs.chmod(0o755)
    (docs / "letter.txt").write_text("не трогать", "utf-8")
    with pytest.raises(CasebookError):
        make_vault(docs)
    assert sorted(p.name for p in docs.iterdir()) == ["letter.txt"]
    assert docs.stat().st_mode & 0o777 == 0o755
