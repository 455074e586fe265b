"""Numbers too long for Python's int() (issue 15, item 2), through real `casebook` processes.

Python refuses to convert more than 4,300 digits with a plain ValueError, which the CLI could
only report as exit 1, "Internal error". Each parser counts digits first: a JSON value typed on
the command line is refused (5), a keyslots file is damaged like any other (3), a hostile
bundle is refused with its reason (5), and nothing changes.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from casebook.crypto.keys import Identity
from casebook.domain.peers import card_of
from factory import CliResult, make_service, make_vault, open_vault, run_cli, run_cli_process

DATA = Path(__file__).resolve().parents[1] / "data" / "bundles"
LONG = "9" * 5000


def _no_crash(r: CliResult, code: int) -> None:
    assert r.code == code, (r.code, r.out, r.err)
    assert "Traceback" not in r.err
    assert "Internal error" not in r.err


@pytest.fixture
def vault(tmp_path: Path) -> tuple[Path, str]:
    """A vault and the id of a case in it."""
    root = tmp_path / "vault"
    make_vault(root).session.lock()
    added = run_cli(root, "case", "add", "--title", "Дело")
    assert added.code == 0, added.err
    return root, added.out.strip()


@pytest.mark.parametrize("value", [LONG, f"[{LONG}]", f'{{"a": -{LONG}}}', "1" + "0" * 19])
def test_set_json_value_with_a_long_number_exits_5(vault: tuple[Path, str], value: str) -> None:
    root, case = vault
    before = run_cli(root, "history", case, "--json").out
    r = run_cli_process(root, "set", case, "tags", value, "--json-value")
    _no_crash(r, 5)
    assert "The input was rejected." in r.err
    assert run_cli(root, "history", case, "--json").out == before


def test_a_long_number_in_the_keyslots_exits_3(vault: tuple[Path, str]) -> None:
    root, _ = vault
    wrong = run_cli_process(root, "case", "list", passphrase="not the passphrase")
    path = root / "keyslots"
    text, n = re.subn(r'"ops": \d+', f'"ops": {LONG}', path.read_text("ascii"))
    assert n >= 1
    path.write_text(text, "ascii")
    r = run_cli_process(root, "case", "list")
    _no_crash(r, 3)
    assert (r.code, r.err) == (wrong.code, wrong.err)
    assert r.err == "casebook: Wrong passphrase, or the keyslots are damaged.\n"


def test_export_with_a_long_volume_size_is_a_usage_error(
    vault: tuple[Path, str], tmp_path: Path
) -> None:
    root, _ = vault
    for size in (LONG, f"1.{LONG}G"):
        r = run_cli_process(
            root, "export", "--to", "x", "--out", str(tmp_path), "--volume-size", size
        )
        _no_crash(r, 2)
        assert "a size is a number" in r.err


def _recipient(tmp_path: Path) -> Path:
    """The corpus recipient's vault, with real keyslots, knowing the corpus sender as a peer."""
    keys = json.loads((DATA / "keys.json").read_text())

    def identity(name: str) -> Identity:
        k = keys[name]
        return Identity._with_cert(
            bytes.fromhex(k["ed25519_seed"]), bytes.fromhex(k["x25519"]), keys["created_ms"]
        )

    root = tmp_path / "recipient"
    svc = make_service(root)
    store = svc.session.store
    with store.transaction():
        store.con.execute("DELETE FROM identity")
        store.con.execute("DELETE FROM enc_keys")
        store.keys.save_identity(identity("recipient"))
    svc.session.reload_identity()
    svc.peers.mark_verified(svc.peers.add(card_of(identity("sender")).encode(), "Sender"))
    svc.lock()
    return root


def _held(root: Path) -> tuple[int, int]:
    svc = open_vault(root)
    try:
        q = svc.store.query
        return int(q("SELECT count(*) FROM ops")[0][0]), int(
            q("SELECT count(*) FROM bundles_in")[0][0]
        )
    finally:
        svc.lock()


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("huge-number-manifest.age", "too_large"),
        ("huge-seq.age", "malformed"),
        ("huge-ack.age", "malformed"),
    ],
)
def test_a_hostile_bundle_with_a_huge_number_exits_5(
    tmp_path: Path, name: str, reason: str
) -> None:
    root = _recipient(tmp_path)
    before = _held(root)
    r = run_cli_process(root, "--json", "import", str(DATA / "hostile" / name))
    _no_crash(r, 5)
    assert f"({reason})" in r.err
    assert json.loads(r.out)["reason"] == reason
    assert _held(root) == before
    assert run_cli_process(root, "import", str(DATA / "hostile" / "valid-1.age")).code == 0


@pytest.mark.parametrize("number", ["9" * 30, "9" * 5000, "-" + "9" * 30])
@pytest.mark.parametrize(
    "args",
    [
        ["alerts", "ack", "{n}"],
        ["search", "x", "--limit", "{n}"],
        ["peer", "revoke", "nobody", "--after", "{n}"],
        ["--passphrase-fd", "{n}", "case", "list"],
        ["--new-passphrase-fd", "{n}", "passwd"],
    ],
)
def test_an_integer_option_past_64_bits_is_a_usage_error(
    vault: tuple[Path, str], args: list[str], number: str
) -> None:
    """argparse's int() would take it, and SQLite or os.read() then overflow: exit 1."""
    root, _ = vault
    _no_crash(run_cli(root, *(a.format(n=number) for a in args)), 2)


@pytest.mark.parametrize("number", [str(2**63 - 1), str(2**31), str(-(2**63))])
def test_a_64_bit_integer_option_never_crashes(vault: tuple[Path, str], number: str) -> None:
    root, _ = vault
    assert run_cli(root, "search", "x", "--limit", number).code in (0, 5)
    _no_crash(run_cli(root, "alerts", "ack", number), 5)
    _no_crash(run_cli(root, "--passphrase-fd", number, "case", "list", passphrase=None), 2)
    r = run_cli_process(root, "alerts", "ack", "9" * 5000)
    _no_crash(r, 2)
