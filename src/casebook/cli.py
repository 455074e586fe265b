"""The `casebook` command: every core capability, scriptable, with `--json` and exit codes.

    casebook [--vault DIR] [--passphrase-fd N] COMMAND …      (no COMMAND: the desktop app)

Exit codes (the contract scripts rely on):

    0 ok · 1 other error · 2 usage · 3 wrong passphrase · 4 vault missing or corrupt
    5 input rejected

Messages are plain English (STYLE: the CLI may stay English); they never contain case text,
and no traceback ever reaches the user.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn, TextIO

from casebook import __version__
from casebook.base import errors
from casebook.base.hardening import harden_process
from casebook.base.paths import AppPaths, VaultPaths, app_paths
from casebook.crypto.kdf import DEFAULT_POLICY, KdfPolicy
from casebook.service import CaseService

__all__ = ["EXIT", "main"]

EXIT = {"ok": 0, "error": 1, "usage": 2, "passphrase": 3, "vault": 4, "rejected": 5}

# (error type, exit code, message): the first matching row wins, so subclasses come first.
_ERRORS: tuple[tuple[type[BaseException], int, str], ...] = (
    (errors.WrongPassphrase, 3, "Wrong passphrase, or the keyslots are damaged."),
    (errors.VaultMissing, 4, "There is no vault here. Create one with `casebook init`."),
    (errors.VaultCorrupt, 4, "The vault is damaged. Run `casebook verify` for details."),
    (errors.VaultExists, 1, "A vault already exists here. Choose an empty folder."),
    (errors.NotFound, 5, "No record has this id (a unique prefix of 8+ characters works)."),
    (errors.BundleRejected, 5, "The bundle was refused; nothing was changed."),
    (errors.UnknownPeer, 5, "This key belongs to nobody you have added as a peer."),
    (errors.InputRejected, 5, "The input was rejected."),
    (errors.NotEnoughSpace, 1, "The disk is full. Free some space; nothing saved was lost."),
    (errors.DriveUnavailable, 1, "The drive is not available. Reconnect it and try again."),
    (errors.ForkDetected, 1, "An author's keys are compromised: their changes were refused."),
    (errors.Cancelled, 1, "Cancelled; nothing was changed."),
    (errors.VaultLocked, 1, "The vault is locked."),
    (errors.CasebookError, 1, "The operation failed; nothing was changed."),
)


class UsageError(Exception):
    """Bad command-line use (exit 2)."""


def _error_row(e: BaseException) -> tuple[int, str]:
    for etype, code, message in _ERRORS:
        if isinstance(e, etype):
            return code, message
    return 1, "Internal error; nothing was changed."


# -- secrets -------------------------------------------------------------------------------


def _read_fd_line(fd: int) -> str:
    """One line from file descriptor `fd`, without its line ending."""
    chunks = bytearray()
    try:
        while True:
            b = os.read(fd, 1)
            if not b or b == b"\n":
                break
            chunks += b
    except OSError as e:
        raise UsageError(f"cannot read from file descriptor {fd}") from e
    try:
        return chunks.decode("utf-8").rstrip("\r")
    except UnicodeDecodeError as e:
        raise UsageError("the passphrase is not valid UTF-8") from e


def _ask(prompt: str) -> str:
    try:
        return getpass.getpass(prompt)
    except (EOFError, OSError) as e:
        raise UsageError("no terminal to ask on: use --passphrase-fd") from e


def _passphrase(args: argparse.Namespace) -> str:
    if args.passphrase_fd is not None:
        return _read_fd_line(args.passphrase_fd)
    return _ask("Passphrase or recovery code: ")


def _new_passphrase(args: argparse.Namespace) -> str:
    if args.new_passphrase_fd is not None:
        value = _read_fd_line(args.new_passphrase_fd)
    else:
        value = _ask("New passphrase: ")
        if _ask("Repeat the new passphrase: ") != value:
            raise UsageError("the passphrases differ")
    if not value:
        raise UsageError("the passphrase is empty")
    return value


# -- output --------------------------------------------------------------------------------


class Out:
    """Where the command writes: data on stdout, progress and messages on stderr."""

    def __init__(self, stdout: TextIO, stderr: TextIO, as_json: bool) -> None:
        self.stdout, self.stderr, self.json = stdout, stderr, as_json

    def data(self, value: Any) -> None:
        """Emit JSON data."""
        self.stdout.write(json.dumps(value, ensure_ascii=False, indent=1) + "\n")

    def line(self, text: str = "") -> None:
        """Emit a line of human output."""
        self.stdout.write(text + "\n")

    def note(self, text: str) -> None:
        """A message for the person, on stderr."""
        self.stderr.write(text + "\n")

    def progress(self, label: str) -> Callable[[int, int], None]:
        """A progress callback that draws on stderr when it is a terminal."""
        tty = self.stderr.isatty()

        def report(done: int, total: int) -> None:
            if tty and total:
                self.stderr.write(f"\r{label} {100 * done // total:3d}%")
                if done >= total:
                    self.stderr.write("\n")
                self.stderr.flush()

        return report


# -- commands ------------------------------------------------------------------------------


class Context:
    """What a command needs: paths, the secret reader, the KDF policy, the output."""

    def __init__(self, args: argparse.Namespace, policy: KdfPolicy, out: Out) -> None:
        self.args = args
        self.policy = policy
        self.out = out
        paths = app_paths()
        self.app_paths: AppPaths = paths
        self.vault_root: Path = Path(args.vault) if args.vault else paths.default_vault

    @contextlib.contextmanager
    def service(self) -> Any:
        """Unlock the vault for the duration of one command."""
        from casebook.vault import unlock

        if not VaultPaths(self.vault_root).exists():
            raise errors.VaultMissing("no vault here")
        svc = unlock(self.vault_root, _passphrase(self.args), policy=self.policy)
        try:
            yield svc
        finally:
            svc.lock()


def _id(svc: CaseService, text: str) -> bytes:
    return svc.resolve_id(text)


def _text_arg(value: str) -> str:
    """`-` reads the text from stdin, which keeps it out of shell history and `ps`."""
    if value == "-":
        return sys.stdin.read().rstrip("\n")
    return value


def cmd_init(ctx: Context) -> int:
    from casebook.vault import create_vault

    if VaultPaths(ctx.vault_root).exists():
        raise errors.VaultExists("vault exists")
    args = ctx.args
    if args.new_passphrase_fd is None and args.passphrase_fd is not None:
        args.new_passphrase_fd = args.passphrase_fd
    passphrase = _new_passphrase(args)
    ctx.out.note("Calibrating the key derivation for this computer (about 3 s)…")
    created = create_vault(
        ctx.vault_root,
        passphrase,
        policy=ctx.policy,
        progress=ctx.out.progress("Calibrating"),
    )
    key_id = created.service.me.hex()
    created.service.lock()
    if ctx.out.json:
        ctx.out.data(
            {"vault": str(ctx.vault_root), "recovery_code": created.recovery_code, "key": key_id}
        )
    else:
        ctx.out.line(f"Vault created in {ctx.vault_root}")
        ctx.out.line("")
        ctx.out.line("RECOVERY CODE (shown once; write it on paper and keep it apart):")
        ctx.out.line("")
        ctx.out.line(f"    {created.recovery_code}")
        ctx.out.line("")
        ctx.out.line("It opens the vault if the passphrase is lost. Anyone holding it can too.")
    return 0


def cmd_passwd(ctx: Context) -> int:
    from casebook.vault import change_passphrase

    if not VaultPaths(ctx.vault_root).exists():
        raise errors.VaultMissing("no vault here")
    current = _passphrase(ctx.args)
    new = _new_passphrase(ctx.args)
    change_passphrase(ctx.vault_root, current, new, policy=ctx.policy)
    ctx.out.note("Passphrase changed. The recovery code still works.")
    return 0


def cmd_recovery_code(ctx: Context) -> int:
    from casebook.vault import new_recovery_code

    if not VaultPaths(ctx.vault_root).exists():
        raise errors.VaultMissing("no vault here")
    code = new_recovery_code(ctx.vault_root, _passphrase(ctx.args), policy=ctx.policy)
    if ctx.out.json:
        ctx.out.data({"recovery_code": code})
    else:
        ctx.out.line("NEW RECOVERY CODE (the old one no longer works):")
        ctx.out.line(f"    {code}")
    return 0


def cmd_verify(ctx: Context) -> int:
    with ctx.service() as svc:
        report = svc.verify(progress=ctx.out.progress("Checking attachments"))
    if ctx.out.json:
        ctx.out.data(report.to_json())
    else:
        ctx.out.line(f"pages:       {'ok' if not report.page_errors else 'DAMAGED'}")
        for msg in report.page_errors:
            ctx.out.line(f"  {msg}")
        ctx.out.line(
            f"ops:         {report.ops_checked} checked from {report.authors} author(s), "
            f"{len(report.op_errors)} failed"
        )
        for msg in report.op_errors:
            ctx.out.line(f"  {msg}")
        ctx.out.line(
            f"attachments: {report.blobs_checked} checked, {len(report.blob_errors)} failed"
        )
        for msg in report.blob_errors:
            ctx.out.line(f"  {msg}")
        ctx.out.line("The vault is sound." if report.ok else "The vault is DAMAGED.")
    return 0 if report.ok else 4


def cmd_case_add(ctx: Context) -> int:
    a = ctx.args
    with ctx.service() as svc:
        case_id = svc.add_case(
            _text_arg(a.title), _text_arg(a.summary) if a.summary else "", status=a.status
        )
    ctx.out.line(case_id.hex())
    return 0


def cmd_case_list(ctx: Context) -> int:
    with ctx.service() as svc:
        rows = []
        before = None
        while True:
            page = svc.list_cases(status=ctx.args.status, limit=1000, before=before)
            rows += page
            if len(page) < 1000:
                break
            before = page[-1].cursor
    if ctx.out.json:
        ctx.out.data([r.to_json() for r in rows])
    else:
        for r in rows:
            mark = " [conflict]" if r.conflicted else ""
            ctx.out.line(f"{r.id.hex()}  {r.status:<9} {r.title}{mark}")
    return 0


def cmd_case_show(ctx: Context) -> int:
    with ctx.service() as svc:
        case_id = _id(svc, ctx.args.id)
        case = svc.get(case_id)
        if case.kind != "case":
            raise errors.NotFound("not a case")
        doc = case.to_json()
        for kind in ("person", "event", "interview", "attachment", "link"):
            doc[kind + "s"] = [r.to_json() for r in svc.children(case_id, kind)]
        for interview in doc["interviews"]:
            interview["segments"] = [
                s.to_json() for s in svc.segments(bytes.fromhex(interview["id"]))
            ]
    if ctx.out.json:
        ctx.out.data(doc)
    else:
        _print_case(ctx.out, doc)
    return 0


def _print_case(out: Out, doc: dict[str, Any]) -> None:
    f = doc["fields"]
    out.line(f"{f.get('title') or ''}   [{f.get('status') or ''}]   {doc['id']}")
    if f.get("summary"):
        out.line(f["summary"])
    for key in ("jurisdiction", "court"):
        if f.get(key):
            out.line(f"{key}: {f[key]}")
    if f.get("tags"):
        out.line("tags: " + ", ".join(f["tags"]))
    for p in doc["persons"]:
        out.line(
            f"person     {p['id']}  {p['fields'].get('role') or '':<12} {p['fields'].get('name')}"
        )
    for e in doc["events"]:
        ef = e["fields"]
        date, place = ef.get("date") or "", ef.get("place") or ""
        out.line(f"event      {e['id']}  {date:<12} {ef.get('type')}  {place}")
    for i in doc["interviews"]:
        out.line(f"interview  {i['id']}  {len(i['segments'])} segment(s)")
        for s in i["segments"]:
            out.line(f"  {s['created']}  {s['fields'].get('text')}")
    for a in doc["attachments"]:
        af = a["fields"]
        out.line(f"attachment {a['id']}  {af.get('size')} B  {af.get('name')}")


def cmd_person_add(ctx: Context) -> int:
    a = ctx.args
    with ctx.service() as svc:
        pid = svc.add_person(_id(svc, a.case_id), _text_arg(a.name), a.role)
    ctx.out.line(pid.hex())
    return 0


def cmd_event_add(ctx: Context) -> int:
    a = ctx.args
    with ctx.service() as svc:
        eid = svc.add_event(
            _id(svc, a.case_id),
            a.type,
            a.date,
            place=_text_arg(a.place) if a.place else "",
            summary=_text_arg(a.summary) if a.summary else "",
        )
    ctx.out.line(eid.hex())
    return 0


def cmd_interview_add(ctx: Context) -> int:
    a = ctx.args
    with ctx.service() as svc:
        iid = svc.add_interview(
            _id(svc, a.case_id), _id(svc, a.interviewee) if a.interviewee else None
        )
    ctx.out.line(iid.hex())
    return 0


def cmd_note_add(ctx: Context) -> int:
    a = ctx.args
    with ctx.service() as svc:
        sid = svc.add_segment(_id(svc, a.interview_id), _text_arg(a.text))
    ctx.out.line(sid.hex())
    return 0


def cmd_attach(ctx: Context) -> int:
    a = ctx.args
    path = Path(a.file)
    if not path.is_file():
        raise errors.InputRejected("not a readable file")
    with ctx.service() as svc:
        att = svc.attach(
            _id(svc, a.case_id), path, name=a.name, progress=ctx.out.progress("Encrypting")
        )
    ctx.out.line(att.hex())
    return 0


def cmd_attachment_export(ctx: Context) -> int:
    a = ctx.args
    dest = Path(a.out)
    if dest.exists():
        raise errors.InputRejected("the destination exists; choose a new file name")
    ctx.out.note(
        "Warning: the exported file is NOT encrypted. Anyone with access to where you put it can "
        "read it. Delete it securely when done."
    )
    with ctx.service() as svc:
        n = svc.export_attachment(_id(svc, a.id), dest, progress=ctx.out.progress("Exporting"))
    ctx.out.note(f"{n} bytes written.")
    return 0


def cmd_set(ctx: Context) -> int:
    a = ctx.args
    value: Any = _text_arg(a.value)
    with ctx.service() as svc:
        rid = _id(svc, a.id)
        if a.json_value:
            try:
                value = json.loads(value)
            except json.JSONDecodeError as e:
                raise errors.InputRejected("the value is not JSON") from e
        elif value == "":
            value = None
        svc.set_field(rid, a.field, value)
    return 0


def cmd_delete(ctx: Context) -> int:
    with ctx.service() as svc:
        svc.delete(_id(svc, ctx.args.id), restore=ctx.args.restore)
    return 0


def cmd_link(ctx: Context) -> int:
    a = ctx.args
    with ctx.service() as svc:
        lid = svc.link(_id(svc, a.a), _id(svc, a.b), a.role)
    ctx.out.line(lid.hex())
    return 0


def cmd_search(ctx: Context) -> int:
    with ctx.service() as svc:
        hits = svc.search(_text_arg(ctx.args.query), limit=ctx.args.limit)
    if ctx.out.json:
        ctx.out.data([h.to_json() for h in hits])
    else:
        for h in hits:
            case = h.case_id.hex() if h.case_id else "-"
            ctx.out.line(f"{case}  {h.kind:<10} {h.id.hex()}  {h.snippet}")
    return 0


def cmd_history(ctx: Context) -> int:
    with ctx.service() as svc:
        entries = svc.history(_id(svc, ctx.args.id))
    if ctx.out.json:
        ctx.out.data([e.to_json() for e in entries])
    else:
        import datetime as dt

        for e in entries:
            when = dt.datetime.fromtimestamp(e.time_ms / 1000).strftime("%Y-%m-%d %H:%M:%S")
            who = "you" if e.author_is_me else e.author.hex()[:16]
            what = e.kind if not e.field else f"{e.kind} {e.field}"
            old = " (superseded)" if e.superseded else ""
            value = json.dumps(e.value, ensure_ascii=False)
            ctx.out.line(f"{when}  {who:<16}  {e.entity:<10} {what}: {value}{old}")
    return 0


def cmd_conflicts(ctx: Context) -> int:
    with ctx.service() as svc:
        found = svc.conflicts()
    if ctx.out.json:
        ctx.out.data([c.to_json() for c in found])
    else:
        for c in found:
            ctx.out.line(f"{c.entity} {c.entity_id.hex()} field {c.field}:")
            for v in c.values:
                mark = "*" if v.provisional else " "
                ctx.out.line(
                    f"  {mark} {v.op_id.hex()[:16]}  {v.author.hex()[:16]}  "
                    f"{json.dumps(v.value, ensure_ascii=False)}"
                )
    return 0


def cmd_resolve(ctx: Context) -> int:
    a = ctx.args
    with ctx.service() as svc:
        rid = _id(svc, a.id)
        if a.keep:
            live = {o.op_id.hex(): o.op_id for c in svc.conflicts() for o in c.values}
            match = [v for k, v in live.items() if k.startswith(a.keep.lower())]
            if len(match) != 1:
                raise errors.InputRejected("no single conflicting value has this id")
            svc.resolve(rid, a.field, choice=match[0])
        elif a.field == "_deleted":
            keep = a.value.strip().lower()
            if keep not in ("deleted", "restored"):
                raise errors.InputRejected("for _deleted, --value is 'deleted' or 'restored'")
            svc.resolve(rid, a.field, value=keep == "deleted")
        else:
            svc.resolve(rid, a.field, value=_text_arg(a.value))
    return 0


def cmd_vocab_list(ctx: Context) -> int:
    from casebook.domain import vocab

    names = [ctx.args.name] if ctx.args.name else sorted(vocab.shipped())
    with ctx.service() as svc:
        doc = {n: [t.__dict__ for t in svc.vocabulary(n)] for n in names}
    if ctx.out.json:
        ctx.out.data(doc)
    else:
        for name, terms in doc.items():
            ctx.out.line(f"{name}:")
            for t in terms:
                ctx.out.line(f"  {t['code']:<22} {t['en']} / {t['ru']}")
    return 0


def cmd_vocab_add(ctx: Context) -> int:
    a = ctx.args
    with ctx.service() as svc:
        tid = svc.add_term(a.name, a.code, a.en or "", a.ru or "")
    ctx.out.line(tid.hex())
    return 0


def _write_new_file(path: Path, data: bytes, mode: int = 0o600) -> None:
    from casebook.base.fsutil import atomic_write

    if path.exists():
        raise errors.InputRejected("the destination exists; choose a new file name")
    atomic_write(path, data, mode)


def cmd_identity_show(ctx: Context) -> int:
    with ctx.service() as svc:
        card = svc.my_card()
    if ctx.out.json:
        ctx.out.data({"key_id": card.key_id, "recipient": card.recipient, "card": card.to_json()})
    else:
        ctx.out.line(f"key id:    {card.key_id}")
        ctx.out.line(f"recipient: {card.recipient}")
        ctx.out.line(f"card:      {card.encode().decode('ascii').strip()}")
    return 0


def cmd_identity_export(ctx: Context) -> int:
    from casebook.domain.cardfile import write_card_file

    with ctx.service() as svc:
        card = svc.my_card()
    write_card_file(Path(ctx.args.out), card)
    ctx.out.note("Your identity card was written. It holds public keys only, and no name.")
    return 0


def cmd_identity_export_secret(ctx: Context) -> int:
    warning = (
        "WARNING: this writes your SECRET decryption key in clear. Whoever holds the file can "
        "open every bundle ever sealed to you. Do this only for your organisation's emergency "
        "recovery, onto offline storage kept in a safe place."
    )
    ctx.out.note(warning)
    if not ctx.args.yes:
        if not sys.stdin.isatty():
            raise UsageError("confirmation needed: add --yes, or run on a terminal")
        if input("Type EXPORT to continue: ").strip() != "EXPORT":
            raise errors.Cancelled()
    with ctx.service() as svc:
        secret = svc.export_secret()
    _write_new_file(Path(ctx.args.out), f"# casebook recovery key\n{secret}\n".encode())
    ctx.out.note("Secret key written. Keep it offline; delete it securely if it was a mistake.")
    return 0


def cmd_peer_add(ctx: Context) -> int:
    from casebook.domain.cardfile import read_card_file

    data = read_card_file(Path(ctx.args.file))
    with ctx.service() as svc:
        peer = svc.add_peer(data, _text_arg(ctx.args.name))
    if ctx.out.json:
        ctx.out.data(peer.to_json())
    else:
        ctx.out.line(f"{peer.key_id}  {peer.name}  (unverified: compare safety numbers next)")
    return 0


def cmd_peer_list(ctx: Context) -> int:
    from casebook.bundle.ledger import Exchange, exchanges

    with ctx.service() as svc:
        peers = svc.peers()
        ledger = exchanges(svc)
    if ctx.out.json:
        rows = []
        for p in peers:
            x = ledger.get(p.identity, Exchange())
            rows.append(
                p.to_json()
                | {
                    "bundles_received": x.received,
                    "last_received_seq": x.last_received_seq,
                    "bundles_sent": x.sent,
                }
            )
        ctx.out.data(rows)
    else:
        for p in peers:
            cut = (
                f" after bundle {p.revoked_after}"
                if p.revoked and p.revoked_after is not None
                else ""
            )
            x = ledger.get(p.identity, Exchange())
            last = f"last in: no. {x.last_received_seq}" if x.received else "nothing in yet"
            ctx.out.line(f"{p.key_id}  {p.status:<10}{cut}  {p.name}  ({last}, {x.sent} out)")
    return 0


def cmd_peer_verify(ctx: Context) -> int:
    with ctx.service() as svc:
        peer = svc.find_peer(ctx.args.peer)
        number = svc.safety_number(peer)
        if ctx.args.confirm:
            svc.mark_verified(peer)
    if ctx.out.json:
        ctx.out.data(
            {
                "peer": peer.key_id,
                "safety_number": number,
                "verified": ctx.args.confirm or peer.verified,
            }
        )
    else:
        ctx.out.line(f"Safety number with {peer.name}:")
        ctx.out.line("")
        groups = number.split()
        for i in range(0, 12, 4):
            ctx.out.line("    " + "  ".join(groups[i : i + 4]))
        ctx.out.line("")
        if ctx.args.confirm:
            ctx.out.line("Marked as verified.")
        else:
            ctx.out.line(
                "Compare it in person or on a call; if it is the same, run again with --confirm."
            )
    return 0


def cmd_peer_revoke(ctx: Context) -> int:
    with ctx.service() as svc:
        peer = svc.find_peer(ctx.args.peer)
        svc.revoke_peer(peer, ctx.args.after)
    after = ctx.args.after
    ctx.out.note(
        f"{peer.name} revoked: "
        + ("nothing from them is trusted" if after is None else f"nothing after bundle {after}")
        + ", neither in their bundles nor relayed by others."
    )
    return 0


def cmd_demo(ctx: Context) -> int:
    from casebook.vault import create_vault

    try:
        from casebook.service.demo import populate
    except ImportError as e:  # pragma: no cover - shipped with the app
        raise errors.CasebookError("demo data is not available") from e
    args = ctx.args
    if args.new_passphrase_fd is None and args.passphrase_fd is not None:
        args.new_passphrase_fd = args.passphrase_fd
    created = create_vault(ctx.vault_root, _new_passphrase(args), policy=ctx.policy)
    try:
        populate(created.service)
    finally:
        created.service.lock()
    ctx.out.line(f"Demo vault created in {ctx.vault_root}. All of its cases are fictional.")
    ctx.out.line(f"Recovery code: {created.recovery_code}")
    return 0


# -- parser --------------------------------------------------------------------------------


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {message}\n")


def _globals(p: argparse.ArgumentParser, *, suppress: bool) -> None:
    d = argparse.SUPPRESS if suppress else None
    p.add_argument("--vault", metavar="DIR", default=d, help="the vault folder")
    p.add_argument(
        "--passphrase-fd",
        metavar="N",
        type=int,
        default=d,
        help="read the passphrase (or recovery code) as one line from file descriptor N",
    )
    p.add_argument(
        "--new-passphrase-fd",
        metavar="M",
        type=int,
        default=d,
        help="init, passwd: read the new passphrase from file descriptor M",
    )
    p.add_argument("--json", action="store_true", default=d, help="machine-readable output")


def build_parser() -> argparse.ArgumentParser:
    """The whole command-line grammar."""
    text_help = "text ('-' reads it from stdin, keeping it out of shell history)"
    p = _Parser(prog="casebook", description="Offline, encrypted case notebook.")
    p.add_argument("--version", action="version", version=f"casebook {__version__}")
    _globals(p, suppress=False)
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def command(
        name: str, func: Callable[[Context], int], help_text: str, parent: Any = sub
    ) -> Any:
        sp = parent.add_parser(name, help=help_text, description=help_text)
        _globals(sp, suppress=True)
        sp.set_defaults(func=func)
        return sp

    command("init", cmd_init, "create a vault and print its recovery code once")
    command("passwd", cmd_passwd, "change the passphrase (nothing is re-encrypted)")
    command("recovery-code", cmd_recovery_code, "replace the recovery code with a new one")
    command("verify", cmd_verify, "check every page, op signature and attachment")
    command("demo", cmd_demo, "create a vault filled with fictional cases")

    case = sub.add_parser("case", help="cases").add_subparsers(
        dest="sub", metavar="ACTION", required=True, parser_class=_Parser
    )
    sp = command("add", cmd_case_add, "open a case; prints its id", case)
    sp.add_argument("--title", required=True, help=text_help)
    sp.add_argument("--summary", help=text_help)
    sp.add_argument("--status", default="open")
    sp = command("list", cmd_case_list, "list cases, most recent first", case)
    sp.add_argument("--status")
    sp = command("show", cmd_case_show, "show a case with its records", case)
    sp.add_argument("id")

    person = sub.add_parser("person", help="people").add_subparsers(
        dest="sub", metavar="ACTION", required=True, parser_class=_Parser
    )
    sp = command("add", cmd_person_add, "add a person to a case; prints the id", person)
    sp.add_argument("case_id")
    sp.add_argument("--name", required=True, help=text_help)
    sp.add_argument("--role", required=True, help="victim, witness, perpetrator, source, …")

    event = sub.add_parser("event", help="events").add_subparsers(
        dest="sub", metavar="ACTION", required=True, parser_class=_Parser
    )
    sp = command("add", cmd_event_add, "record an event; prints the id", event)
    sp.add_argument("case_id")
    sp.add_argument("--type", required=True, help="search, detention, interrogation, …")
    sp.add_argument("--date", required=True, help="2024-03-05, 2024-03, ~2024-03-05, A/B")
    sp.add_argument("--place", help=text_help)
    sp.add_argument("--summary", help=text_help)

    interview = sub.add_parser("interview", help="interviews").add_subparsers(
        dest="sub", metavar="ACTION", required=True, parser_class=_Parser
    )
    sp = command("add", cmd_interview_add, "start an interview; prints the id", interview)
    sp.add_argument("case_id")
    sp.add_argument("--interviewee", metavar="PERSON_ID")

    note = sub.add_parser("note", help="note segments").add_subparsers(
        dest="sub", metavar="ACTION", required=True, parser_class=_Parser
    )
    sp = command("add", cmd_note_add, "append a timestamped segment; prints its id", note)
    sp.add_argument("interview_id")
    sp.add_argument("--text", required=True, help=text_help)

    sp = command("attach", cmd_attach, "encrypt a file into a case; prints the attachment id")
    sp.add_argument("case_id")
    sp.add_argument("file")
    sp.add_argument("--name", help="the name to record instead of the file's")

    att = sub.add_parser("attachment", help="attachments").add_subparsers(
        dest="sub", metavar="ACTION", required=True, parser_class=_Parser
    )
    sp = command("export", cmd_attachment_export, "decrypt an attachment to a new file", att)
    sp.add_argument("id")
    sp.add_argument("--out", required=True)

    sp = command("set", cmd_set, "change one field of a record ('' clears it)")
    sp.add_argument("id")
    sp.add_argument("field")
    sp.add_argument("value", help=text_help)
    sp.add_argument("--json-value", action="store_true", help="the value is JSON (lists)")
    sp = command("delete", cmd_delete, "delete a record (history keeps it)")
    sp.add_argument("id")
    sp.add_argument("--restore", action="store_true", help="undo a delete")
    sp = command("link", cmd_link, "link two records of a case; prints the link id")
    sp.add_argument("a")
    sp.add_argument("b")
    sp.add_argument("--role")

    ident = sub.add_parser("identity", help="your identity").add_subparsers(
        dest="sub", metavar="ACTION", required=True, parser_class=_Parser
    )
    command("show", cmd_identity_show, "your key id, age recipient and card", ident)
    sp = command("export", cmd_identity_export, "write your public identity card", ident)
    sp.add_argument("--out", required=True)
    sp = command(
        "export-secret", cmd_identity_export_secret, "write your age secret key (recovery)", ident
    )
    sp.add_argument("--out", required=True)
    sp.add_argument("--yes", action="store_true", help="confirm without asking")

    peer = sub.add_parser("peer", help="colleagues").add_subparsers(
        dest="sub", metavar="ACTION", required=True, parser_class=_Parser
    )
    sp = command("add", cmd_peer_add, "add a colleague from their card file", peer)
    sp.add_argument("file")
    sp.add_argument("--name", required=True, help="your name for them (kept locally)")
    command("list", cmd_peer_list, "list colleagues and their status", peer)
    sp = command(
        "verify", cmd_peer_verify, "show the safety number; --confirm marks verified", peer
    )
    sp.add_argument("peer", help="name or key id")
    sp.add_argument("--confirm", action="store_true")
    sp = command("revoke", cmd_peer_revoke, "trust nothing more from a colleague", peer)
    sp.add_argument("peer", help="name or key id")
    sp.add_argument("--after", type=int, metavar="BUNDLE_SEQ", help="keep bundles up to this one")

    voc = sub.add_parser("vocab", help="vocabularies").add_subparsers(
        dest="sub", metavar="ACTION", required=True, parser_class=_Parser
    )
    sp = command("list", cmd_vocab_list, "list vocabulary terms (English / Russian)", voc)
    sp.add_argument("name", nargs="?", help="event_type, role, legal_article, …")
    sp = command("add", cmd_vocab_add, "add your own term to a vocabulary", voc)
    sp.add_argument("name")
    sp.add_argument("code")
    sp.add_argument("--en", help="English label")
    sp.add_argument("--ru", help="Russian label")

    sp = command("search", cmd_search, "full-text search across all cases")
    sp.add_argument("query", help=text_help)
    sp.add_argument("--limit", type=int, default=50)
    sp = command("history", cmd_history, "who changed what and when")
    sp.add_argument("id")
    command("conflicts", cmd_conflicts, "fields with concurrent values")
    sp = command("resolve", cmd_resolve, "end a conflict by keeping one value or a new one")
    sp.add_argument("id")
    sp.add_argument("field")
    group = sp.add_mutually_exclusive_group(required=True)
    group.add_argument("--keep", metavar="OP_ID", help="keep this value (op id prefix)")
    group.add_argument("--value", help=text_help)
    _bundle_commands(command)
    return p


# -- bundles -------------------------------------------------------------------------------

_REFUSALS = {
    "MALFORMED": "the file is damaged, or not a valid bundle",
    "NOT_FOR_US": "it was not sealed to you (nor to a key this vault holds)",
    "UNKNOWN_SENDER": "it was sealed by someone who is not your peer: add their card first",
    "REVOKED_SENDER": "it was sealed by a revoked colleague, after their cut-off",
    "FORWARDED": "it was re-encrypted by someone other than its sender (forwarded to you)",
    "TRUNCATED": "the file is incomplete: copy it again",
    "TAMPERED": "the file was changed after it was sealed",
    "MISSING_VOLUME": "a volume of this bundle is missing: copy all of its parts",
    "TOO_LARGE": "a length in the file is beyond casebook's bounds",
    "NOT_CASEBOOK": "this is not a casebook bundle",
    "BAD_SIGNATURE": "its signature does not verify",
    "UNSUPPORTED_VERSION": "it was made by a newer casebook: update casebook to open it",
}


def _confirm_unverified(ctx: Context, peers: Sequence[Any]) -> bool:
    """Ask before sealing to colleagues whose safety number was never compared."""
    names = ", ".join(f"{p.name} ({p.key_id})" for p in peers)
    ctx.out.note(
        f"Not verified: {names}. Until you compare safety numbers (`casebook peer verify`), "
        "a stranger's key could stand in for theirs."
    )
    if ctx.args.yes:
        return True
    if not sys.stdin.isatty():
        raise UsageError("sealing to an unverified peer needs confirmation: add --yes")
    if input("Seal to them anyway? Type YES to continue: ").strip() != "YES":
        raise errors.Cancelled()
    return True


def cmd_export(ctx: Context) -> int:
    """Seal a bundle for colleagues (unverified ones need --yes or a typed confirmation)."""
    from casebook.bundle import export_bundle
    from casebook.bundle.volumes import parse_size

    a = ctx.args
    try:
        volume = parse_size(a.volume_size) if a.volume_size else None
    except errors.InputRejected as e:
        raise UsageError(str(e)) from e
    with ctx.service() as svc:
        peers = [svc.find_peer(t) for t in a.to]
        cases = []
        for text in a.case or []:
            case_id = _id(svc, text)
            if svc.kind_of(case_id) != "case":
                raise errors.NotFound("not a case")
            cases.append(case_id)
        unverified = [p for p in peers if not p.verified]
        confirmed = _confirm_unverified(ctx, unverified) if unverified else False
        result = export_bundle(
            svc,
            peers,
            out_path=Path(a.out),
            case_ids=cases or None,
            volume_size=volume,
            include_self=not a.no_self,
            confirm_unverified=confirmed,
            progress=ctx.out.progress("Sealing"),
        )
    if ctx.out.json:
        ctx.out.data(result.to_json())
        return 0
    for path in result.paths:
        ctx.out.line(str(path))
    names = ", ".join(p.name for p in result.recipients) or "nobody else"
    ctx.out.note(
        f"Sealed bundle {result.seq} for {names}{' and you' if result.sealed_to_self else ''}: "
        f"{result.ops} change(s), {result.attachments} attachment(s), {result.file_size} bytes"
        + (f" in {len(result.paths)} volumes." if len(result.paths) > 1 else ".")
    )
    return 0


def cmd_import(ctx: Context) -> int:
    """Open a bundle: who sealed it, what came; exit 5 with the reason when it is refused."""
    from casebook.bundle import CompromiseAlert, import_bundle

    with ctx.service() as svc:
        try:
            result = import_bundle(svc, Path(ctx.args.path), progress=ctx.out.progress("Opening"))
        except errors.BundleRejected as e:
            why = _REFUSALS.get(e.reason.name, "it was refused")
            if ctx.out.json:
                ctx.out.data(
                    {"status": "rejected", "reason": e.reason.name.lower(), "detail": e.detail}
                )
            ctx.out.note(
                f"casebook: bundle refused ({e.reason.name.lower()}): {why}. Nothing was changed."
            )
            return EXIT["rejected"]
        except CompromiseAlert as alert:
            if ctx.out.json:
                ctx.out.data(
                    {
                        "status": "compromise",
                        "kind": alert.kind,
                        "party": alert.party.hex(),
                        "seq": alert.seq,
                    }
                )
            ctx.out.note(_compromise_message(alert))
            return EXIT["rejected"]
    if ctx.out.json:
        ctx.out.data(
            {"status": "already_imported" if result.already_imported else "imported"}
            | result.to_json()
        )
        return 0
    who = "you" if result.is_self else f"{result.sender_name} ({result.sender.hex()[:16]})"
    trust = "verified" if result.verified else "UNVERIFIED: compare safety numbers"
    ctx.out.line(f"From:        {who}, {trust}")
    if result.already_imported:
        ctx.out.line(f"Bundle {result.seq} was already imported: nothing changed.")
        return 0
    ctx.out.line(f"Bundle:      {result.seq}")
    ctx.out.line(f"Changes:     {result.ops} ({result.ops_new} new)")
    ctx.out.line(f"Attachments: {result.attachments} ({result.attachments_new} new)")
    ctx.out.line(
        f"Conflicts:   {result.conflicts}"
        + (" (see `casebook conflicts`)" if result.conflicts else "")
    )
    if result.far_future:
        ctx.out.line(f"Note:        {result.far_future} change(s) are dated in the future")
    if result.skipped_revoked:
        ctx.out.line(
            f"Skipped:     {result.skipped_revoked} change(s) signed by revoked colleagues after "
            "their cut-off; tell the sender whom you revoked"
        )
    if result.new_key:
        ctx.out.line("Key:         the sender has a new encryption key; your next bundles use it")
    return 0


def _compromise_message(alert: errors.CompromiseAlert) -> str:
    """What the CLI says about a compromise alert, by kind."""
    who = alert.party.hex()[:16]
    if alert.kind == "id-reuse":
        what = f"signed two different bundles under one bundle id (bundle {alert.seq})"
    elif alert.kind == "op-fork":
        what = f"signed two different changes with one number ({alert.seq})"
    else:
        what = f"signed two different bundle histories at bundle {alert.seq}"
    return (
        f"casebook: COMPROMISE ALERT ({alert.kind}): the keys of {who} {what}. Nothing was "
        "imported; the alert is kept (`casebook alerts`). Revoke this peer with a cut-off before "
        "the fork, and talk to them in person."
    )


def cmd_alerts(ctx: Context) -> int:
    """List the compromise alerts kept in the vault."""
    from casebook.bundle import compromise_alerts

    with ctx.service() as svc:
        alerts = compromise_alerts(svc, unacknowledged=ctx.args.new)
        names = {p.identity: p.name for p in svc.peers()}
        me = svc.me
    if ctx.out.json:
        ctx.out.data([a.to_json() for a in alerts])
        return 0
    for a in alerts:
        name = "you" if a.party == me else names.get(a.party, "not a peer")
        ctx.out.line(
            f"{a.id:>4}  {'seen' if a.acknowledged else 'NEW ':<4}  {a.kind:<11}  "
            f"{a.party.hex()[:16]}  {a.seq:>6}  {name}: {a.detail}"
        )
    if not alerts:
        ctx.out.note("No compromise alerts.")
    return 0


def cmd_alerts_ack(ctx: Context) -> int:
    """Mark one compromise alert as seen."""
    from casebook.bundle import acknowledge_alert

    with ctx.service() as svc:
        alert = acknowledge_alert(svc, ctx.args.id)
    if ctx.out.json:
        ctx.out.data(alert.to_json())
    else:
        ctx.out.note(f"Alert {alert.id} marked as seen; it stays in the vault.")
    return 0


def _bundle_commands(command: Callable[..., Any]) -> None:
    """Register `export` and `import`."""
    sp = command("export", cmd_export, "seal changes for colleagues into a bundle file")
    sp.add_argument("--to", action="append", required=True, metavar="PEER", help="name or key id")
    sp.add_argument("--case", action="append", metavar="ID", help="only these cases (all of them)")
    sp.add_argument("--out", required=True, help="a new file, or a folder (a random name)")
    sp.add_argument("--volume-size", metavar="SIZE", help="split into volumes: 700M, 4G, …")
    sp.add_argument("--yes", action="store_true", help="seal to unverified peers without asking")
    sp.add_argument("--no-self", action="store_true", help="do not seal it to yourself too")
    sp = command("import", cmd_import, "open a bundle and apply it (all of it, or nothing)")
    sp.add_argument("path", help="the bundle file, or any of its volumes")
    sp = command("alerts", cmd_alerts, "list compromise alerts; `alerts ack ID` marks one seen")
    sp.add_argument("--new", action="store_true", help="only those not yet marked as seen")
    actions = sp.add_subparsers(dest="sub", metavar="ACTION", parser_class=_Parser)
    sp = command("ack", cmd_alerts_ack, "mark a compromise alert as seen", actions)
    sp.add_argument("id", type=int, help="the alert's number, from `casebook alerts`")


def main(
    argv: Sequence[str] | None = None,
    *,
    kdf_policy: KdfPolicy = DEFAULT_POLICY,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """Run one command and return its exit code. `kdf_policy` is for tests only."""
    harden_process()
    out_stream = stdout or sys.stdout
    err_stream = stderr or sys.stderr
    parser = build_parser()
    try:
        with contextlib.redirect_stderr(err_stream), contextlib.redirect_stdout(out_stream):
            args = parser.parse_args(argv)
    except SystemExit as e:
        return int(e.code) if isinstance(e.code, int) else 2
    if args.command is None:
        return _run_gui(args)
    out = Out(out_stream, err_stream, bool(args.json))
    try:
        ctx = Context(args, kdf_policy, out)
        return int(args.func(ctx))
    except UsageError as e:
        err_stream.write(f"casebook: {e}\n")
        return 2
    except KeyboardInterrupt:
        err_stream.write("casebook: interrupted; nothing was changed.\n")
        return 130
    except Exception as e:  # noqa: BLE001 - the one place every failure becomes a message
        code, message = _error_row(e)
        detail = ""
        if isinstance(e, errors.InputRejected) and not isinstance(e, errors.NotFound):
            detail = f" ({e})"
        err_stream.write(f"casebook: {message}{detail}\n")
        return code


def _run_gui(args: argparse.Namespace) -> int:
    paths = app_paths()
    root = Path(args.vault) if args.vault else paths.default_vault
    try:
        from casebook.ui.app import run
    except ImportError:
        sys.stderr.write("casebook: the desktop app is not available; see `casebook --help`.\n")
        return 1
    return int(run(root, paths))
