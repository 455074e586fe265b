"""A folder holding part of a vault (issue 12): `vault.db` without its key file, or the key file
without the database. Every command says what is missing and how to restore it, exit 4, and
`init` never creates a vault over what is left."""

from __future__ import annotations

from pathlib import Path

import pytest

from factory import make_vault, run_cli


@pytest.fixture
def vault(tmp_path: Path) -> Path:
    root = tmp_path / "vault"
    make_vault(root).session.lock()
    return root


def test_vault_db_without_keyslots_says_restore_the_key_file(vault: Path) -> None:
    (vault / "keyslots").unlink()
    db = (vault / "vault.db").read_bytes()
    for args in (("case", "list"), ("verify",)):
        result = run_cli(vault, *args)
        assert result.code == 4, result.err
        assert "key file (keyslots)" in result.err
        assert "backup" in result.err
        assert "Create one" not in result.err
        assert "casebook init" not in result.err
    made = run_cli(vault, "init", passphrase=None, new_passphrase="another passphrase here")
    assert made.code == 4, made.err
    assert "Do not create a new vault here" in made.err
    assert not (vault / "keyslots").exists()
    assert (vault / "vault.db").read_bytes() == db  # nothing was written over it


def test_keyslots_without_vault_db_says_restore_the_database(vault: Path) -> None:
    (vault / "vault.db").unlink()
    result = run_cli(vault, "case", "list")
    assert result.code == 4
    assert "not vault.db" in result.err
    made = run_cli(vault, "init", passphrase=None, new_passphrase="another passphrase here")
    assert made.code == 4
    assert not (vault / "vault.db").exists()
