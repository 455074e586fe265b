"""Factories: valid objects with overrides, built on real SQLCipher, real PyNaCl, real files.

Every vault made here lives in a folder the test owns (its `tmp_path`) and uses fast KDF
parameters passed *explicitly* through `KdfPolicy.insecure_for_tests()`; nothing here reads an
environment switch.
"""

from __future__ import annotations

import io
import os
import secrets
import subprocess
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from casebook import cli
from casebook.bundle.audience import Audience, GateDecision
from casebook.crypto import keyslots as ks
from casebook.crypto.kdf import KdfPolicy
from casebook.crypto.keys import LABEL_SQLCIPHER, Identity, subkey
from casebook.domain.oplog import CREATED, DELETED, Op, SignedOp, sign_op
from casebook.domain.records import PeerRow
from casebook.domain.sensitivity import FULL_CLEARANCE
from casebook.service import CaseService
from casebook.store.store import Store
from casebook.vault import Created, create_vault, unlock

FAST = KdfPolicy.insecure_for_tests()
PASSPHRASE = "correct horse battery staple"
SRC = Path(__file__).resolve().parents[1] / "src"

# Run the CLI in a real child process, with the fast KDF handed in as an argument.
FAST_CLI = (
    "import sys\n"
    "from casebook.cli import main\n"
    "from casebook.crypto.kdf import KdfPolicy\n"
    "raise SystemExit(main(sys.argv[1:], kdf_policy=KdfPolicy.insecure_for_tests()))\n"
)


# -- vaults ---------------------------------------------------------------------------------


def make_vault(root: Path, passphrase: str = PASSPHRASE) -> Created:
    """A new, unlocked vault in `root` with fast KDF parameters."""
    return create_vault(root, passphrase, policy=FAST)


def make_service(root: Path, passphrase: str = PASSPHRASE) -> CaseService:
    """A new vault in `root`, unlocked, as the service the CLI and the GUI use."""
    return CaseService(make_vault(root, passphrase).session)


def open_vault(root: Path, secret: str = PASSPHRASE) -> CaseService:
    """Unlock an existing vault made by `make_vault`."""
    return CaseService(unlock(root, secret, policy=FAST))


def db_key(root: Path, passphrase: str = PASSPHRASE) -> bytes:
    """The SQLCipher key of a vault, from its keyslots (as `casebook.vault.unlock` derives it)."""
    slots = ks.decode_keyslots((root / "keyslots").read_bytes())
    master, _ = ks.open_slots(slots, passphrase, ["passphrase"], FAST)
    return subkey(master, LABEL_SQLCIPHER)


def open_raw_store(root: Path, passphrase: str = PASSPHRASE) -> Store:
    """The vault's Store opened directly, to tamper with rows as an attacker with the key could."""
    return Store.open(root / "vault.db", db_key(root, passphrase))


def vault_files(root: Path) -> list[Path]:
    """Every regular file in a vault folder, blobs included."""
    return sorted(p for p in root.rglob("*") if p.is_file())


def flip_byte(path: Path, offset: int, mask: int = 0x01) -> None:
    """XOR one byte of a file in place."""
    data = bytearray(path.read_bytes())
    data[offset] ^= mask
    path.write_bytes(bytes(data))


# -- trust: colleagues who may see everything (tests of transport, not of audiences) ----------


class AllowAll:
    """A consent gate that lets every identity through."""

    def identity_allowed(
        self, person_id: bytes, recipients: Sequence[bytes], purpose: str
    ) -> GateDecision:
        """Always yes."""
        return GateDecision(True, "")


# An export audience that asks no consent: with `trust`, every value travels (PROTECTION §2 is
# tested in tests/bundle/test_bundle_audience.py and tests/cli/test_audience_cli.py).
TRUSTED = Audience(gate=AllowAll())


def trust(svc: CaseService, peer: PeerRow) -> None:
    """Give a colleague the full clearance."""
    svc.labels.set_clearance(peer, FULL_CLEARANCE)


# -- records --------------------------------------------------------------------------------


def marker(prefix: str = "ZQX") -> str:
    """A unique string (ASCII and Cyrillic) that no file should hold in clear."""
    return f"{prefix}{secrets.token_hex(8)}Жъ"


def make_case(svc: CaseService, **overrides: Any) -> bytes:
    """A case with a title and summary."""
    fields: dict[str, Any] = {"title": "Дело Иванова", "summary": "Задержание после пикета"}
    fields.update(overrides)
    return svc.records.add_case(**fields)


def make_person(svc: CaseService, case_id: bytes, **overrides: Any) -> bytes:
    """A person in a case."""
    fields: dict[str, Any] = {"name": "Иван Иванов", "role": "victim"}
    fields.update(overrides)
    return svc.records.add_person(case_id, **fields)


def make_event(svc: CaseService, case_id: bytes, **overrides: Any) -> bytes:
    """An event in a case."""
    fields: dict[str, Any] = {"type": "detention", "date": "2024-03-05", "place": "Москва"}
    fields.update(overrides)
    return svc.records.add_event(case_id, **fields)


def make_interview(svc: CaseService, case_id: bytes, **overrides: Any) -> bytes:
    """An interview in a case, with a new interviewee unless one is given."""
    if "interviewee" not in overrides:
        overrides["interviewee"] = make_person(svc, case_id, role="witness")
    return svc.records.add_interview(case_id, **overrides)


@dataclass
class Filled:
    """A vault with one of everything."""

    svc: CaseService
    root: Path
    recovery_code: str
    case: bytes
    person: bytes
    event: bytes
    interview: bytes
    segment: bytes
    attachment: bytes


def make_filled_vault(root: Path, tmp: Path) -> Filled:
    """A vault with a case, a person, an event, an interview with a segment, an attachment."""
    created = make_vault(root)
    svc = CaseService(created.session)
    case = make_case(svc)
    person = make_person(svc, case)
    event = make_event(svc, case, summary="Его задержали у дома")
    interview = svc.records.add_interview(case, person)
    segment = svc.records.add_segment(interview, "Меня задержали утром, телефон изъяли")
    src = tmp / "протокол_обыска.txt"
    src.write_text("протокол обыска, копия", encoding="utf-8")
    attachment = svc.attachments.attach(case, src)
    return Filled(
        svc, root, created.recovery_code, case, person, event, interview, segment, attachment
    )


# -- signed ops from other authors ------------------------------------------------------------


@dataclass
class Author:
    """A peer who writes ops: a real Ed25519 identity and its own seq/prev chain."""

    identity: Identity = field(default_factory=lambda: Identity.generate(0))
    seq: int = 0
    prev: bytes | None = None
    hlc: int = 1 << 16

    @property
    def public(self) -> bytes:
        """The author id."""
        return self.identity.public

    def op(
        self,
        entity: str,
        entity_id: bytes,
        kind: str,
        field_name: str = "",
        value: Any = None,
        deps: Iterable[bytes] = (),
        hlc: int | None = None,
    ) -> SignedOp:
        """Sign the author's next op (seq and prev follow the chain)."""
        self.seq += 1
        self.hlc = self.hlc + 1 if hlc is None else max(self.hlc, hlc)
        signed = sign_op(
            Op(
                author=self.public,
                seq=self.seq,
                prev=self.prev,
                deps=tuple(dict.fromkeys(deps)),
                hlc=self.hlc if hlc is None else hlc,
                entity=entity,
                entity_id=entity_id,
                kind=kind,
                field=field_name,
                value=value,
            ),
            self.identity,
        )
        self.prev = signed.op_id
        return signed


def register_of_kind(kind: str, field_name: str) -> str:
    """The register name an op of this kind writes."""
    if kind in ("create", "attach"):
        return CREATED
    if kind == "delete":
        return DELETED
    return field_name


def new_store(path: Path) -> Store:
    """A fresh, empty Store with a random key."""
    return Store.open(path, os.urandom(32), create=True)


def apply_all(store: Store, ops: Sequence[SignedOp], batch: int = 0) -> None:
    """Apply ops in the given order, in one transaction or in batches of `batch`."""
    step = batch or max(1, len(ops))
    for i in range(0, len(ops), step):
        with store.transaction():
            for s in ops[i : i + step]:
                store.apply(s)


# -- the CLI --------------------------------------------------------------------------------


@dataclass(frozen=True)
class CliResult:
    """What one CLI run returned."""

    code: int
    out: str
    err: str


def _pipe_with(text: str) -> int:
    """The read end of a pipe that holds `text` and a newline, write end closed."""
    r, w = os.pipe()
    os.write(w, (text + "\n").encode("utf-8"))
    os.close(w)
    return r


def run_cli(
    vault: Path | None,
    *args: str,
    passphrase: str | None = PASSPHRASE,
    new_passphrase: str | None = None,
    policy: KdfPolicy = FAST,
) -> CliResult:
    """Run `casebook.cli.main` in this process, secrets through real pipe file descriptors."""
    argv: list[str] = []
    fds: list[int] = []
    if vault is not None:
        argv += ["--vault", str(vault)]
    if passphrase is not None:
        fd = _pipe_with(passphrase)
        fds.append(fd)
        argv += ["--passphrase-fd", str(fd)]
    if new_passphrase is not None:
        fd = _pipe_with(new_passphrase)
        fds.append(fd)
        argv += ["--new-passphrase-fd", str(fd)]
    out, err = io.StringIO(), io.StringIO()
    try:
        code = cli.main([*argv, *args], kdf_policy=policy, stdout=out, stderr=err)
    finally:
        for fd in fds:
            os.close(fd)
    return CliResult(code, out.getvalue(), err.getvalue())


def child_env(**overrides: str) -> dict[str, str]:
    """The environment for a child Python that imports casebook from this checkout."""
    env = {k: v for k, v in os.environ.items() if k != "CASEBOOK_HOME"}
    env["PYTHONPATH"] = str(SRC) + os.pathsep + env.get("PYTHONPATH", "")
    env.update(overrides)
    return env


def run_cli_process(
    vault: Path | None,
    *args: str,
    passphrase: str | None = PASSPHRASE,
    fast: bool = True,
    stdin: str | None = None,
    env: dict[str, str] | None = None,
    timeout: float = 120,
) -> CliResult:
    """Run the CLI in a real child process; `fast=False` is `python -m casebook` (real KDF)."""
    argv: list[str] = []
    pass_fds: tuple[int, ...] = ()
    if vault is not None:
        argv += ["--vault", str(vault)]
    read_fd = None
    if passphrase is not None:
        read_fd = _pipe_with(passphrase)
        pass_fds = (read_fd,)
        argv += ["--passphrase-fd", str(read_fd)]
    prog = ["-m", "casebook"] if not fast else ["-c", FAST_CLI]
    try:
        proc = subprocess.run(
            [sys.executable, *prog, *argv, *args],
            input=(stdin or "").encode("utf-8"),
            capture_output=True,
            pass_fds=pass_fds,
            env=env or child_env(),
            timeout=timeout,
            check=False,
        )
    finally:
        if read_fd is not None:
            os.close(read_fd)
    return CliResult(
        proc.returncode,
        proc.stdout.decode("utf-8", "replace"),
        proc.stderr.decode("utf-8", "replace"),
    )
