"""A recovery code with a typo at the command line (issue 12): the message names the group with
the typo, exit 3, as the unlock screen does; a code typed on the Russian layout opens the vault."""

from __future__ import annotations

from pathlib import Path

from casebook.crypto.recovery import diagnose
from factory import make_vault, run_cli

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def _one_typo(code: str, group: int) -> str:
    """`code` with one character of group `group` (1-based) changed to another of the alphabet."""
    groups = code.split("-")
    for replacement in ALPHABET:
        changed = groups.copy()
        changed[group - 1] = replacement + groups[group - 1][1:]
        typed = "-".join(changed)
        typo = diagnose(typed)
        if typo is not None and typo.kind == "check" and typo.group == group:
            return typed
    raise AssertionError("no single typo placed in that group")


def test_a_code_with_a_typo_names_its_group(tmp_path: Path) -> None:
    root = tmp_path / "vault"
    created = make_vault(root)
    created.session.lock()
    typed = _one_typo(created.recovery_code, 3)
    result = run_cli(root, "case", "list", passphrase=typed)
    assert result.code == 3, result.err
    assert "typo in group 3" in result.err
    assert "nothing was changed" in result.err
    assert "Traceback" not in result.err
    again = run_cli(root, "recovery-code", passphrase=typed)
    assert again.code == 3
    assert "typo in group 3" in again.err


def test_a_wrong_passphrase_is_still_a_wrong_passphrase(tmp_path: Path) -> None:
    root = tmp_path / "vault"
    make_vault(root).session.lock()
    result = run_cli(root, "case", "list", passphrase="not the passphrase at all")
    assert result.code == 3
    assert "Wrong passphrase" in result.err
    assert "typo" not in result.err


def test_the_code_typed_on_the_russian_layout_opens(tmp_path: Path) -> None:
    root = tmp_path / "vault"
    created = make_vault(root)
    created.session.lock()
    russian = created.recovery_code.translate(
        str.maketrans("QWERTYUIOPASDFGHJKLZXCVBNM", "ЙЦУКЕНГШЩЗФЫВАПРОЛДЯЧСМИТЬ")
    )
    result = run_cli(root, "case", "list", passphrase=russian.lower())
    assert result.code == 0, result.err
