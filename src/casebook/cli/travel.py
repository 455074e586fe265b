"""`casebook travel out|back`: travel mode (casebook.bundle.travel; docs/travel.md).

casebook travel out --case ID [--case ID …] --out DIR [--to PEER …] [--note]
                    [--no-deep-erase] [--yes] [--json]
    seal the cases (to you, and to the colleagues named), read the bundle back, forget the
    cases here without asking anyone to erase anything, then deep-erase the vault (a new
    master key, a NEW recovery code, printed once). Says at each step what is where.
casebook travel back BUNDLE [--json]
    import the bundle and check that every case came back with every change it left with.
casebook travel notes [--json]
    the notes of what to import on return, if any were left (`--note`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from casebook.base import errors
from casebook.base.paths import VaultPaths
from casebook.cli.common import (
    Command,
    Context,
    Parser,
    SubParsers,
    group,
    naming_code_typos,
    passphrase,
    record_id,
)
from casebook.cli.erasure import confirm
from casebook.service import CaseService

_OUT_BEFORE = (
    "Travel out: the cases you name are sealed into one bundle, which is read back and checked, "
    "and then removed from this vault.",
    "Removing them here is not an erasure: no colleague is asked to erase anything, and "
    "colleagues keep what they hold.",
    "Afterwards: the bundle (in the folder you gave) holds the cases, sealed to you and to the "
    "colleagues you named. This laptop's vault no longer holds them: search, history, verify "
    "and the vault's pages find nothing of them.",
)


def _cases(svc: CaseService, texts: list[str]) -> list[bytes]:
    out = []
    for text in texts:
        case_id = record_id(svc, text)
        if svc.reading.kind_of(case_id) != "case":
            raise errors.NotFound("not a case")
        out.append(case_id)
    return out


def cmd_travel_out(ctx: Context) -> int:
    """Seal, check, forget here, deep-erase."""
    from casebook.bundle.travel import travel_out
    from casebook.cli.bundles import _confirm_unverified
    from casebook.vault import unlock
    from casebook.vault.deep_erase import deep_erase

    a = ctx.args
    if not VaultPaths(ctx.vault_root).exists():
        raise errors.VaultMissing("no vault here")
    for line in _OUT_BEFORE:
        ctx.out.note(line)
    confirm(ctx, "Travel with these cases and remove them from this vault?", "TRAVEL")
    secret = passphrase(a)
    with naming_code_typos(secret):
        svc = CaseService(unlock(ctx.vault_root, secret, policy=ctx.policy))
    try:
        cases = _cases(svc, a.case)
        peers = [svc.peers.find(t) for t in a.to or []]
        unverified = [p for p in peers if not p.verified]
        confirmed = _confirm_unverified(ctx, unverified) if unverified else False
        done = travel_out(
            svc.session,
            cases,
            peers,
            Path(a.out),
            leave_note=a.note,
            confirm_unverified=confirmed,
            progress=ctx.out.progress("Sealing"),
        )
        code = None
        deep: dict[str, Any] = {"done": False}
        if not a.no_deep_erase:
            try:
                erased = deep_erase(ctx.vault_root, svc.session, secret, policy=ctx.policy)
            except errors.WrongPassphrase:
                deep["reason"] = "deep erase takes the passphrase, not the recovery code"
            else:
                erased.session.lock()
                code = erased.recovery_code
                deep = {"done": True, "recovery_code": code}
    finally:
        svc.lock()
    if ctx.out.json:
        ctx.out.data({**done.to_json(), "deep_erase": deep})
        return 0
    names = ", ".join(p.name for p in done.bundle.recipients)
    ctx.out.line(f"Bundle: {', '.join(str(p) for p in done.bundle.paths)}")
    ctx.out.line(f"  sealed to you{' and ' + names if names else ''}; read back and checked.")
    ctx.out.line(
        f"This vault: {len(done.cases)} case(s) removed ({done.ops_forgotten} changes, "
        f"{done.records_forgotten} records); colleagues were asked to erase nothing."
    )
    for case in done.cases:
        ctx.out.line(f"  case {case.case_id.hex()[:16]}  state {case.state_hash.hex()[:16]}")
    if done.noted:
        ctx.out.line("A note of what to import on return is in the vault (`travel notes`).")
    else:
        ctx.out.line("No note was left here: remember which bundle to import on return.")
    if code is not None:
        ctx.out.line("Deep erase: the vault is under a new master key.")
        ctx.out.line("NEW RECOVERY CODE (shown once; the old one no longer works):")
        ctx.out.line(f"    {code}")
    elif not a.no_deep_erase:
        ctx.out.line(f"Deep erase was not done: {deep.get('reason')}. Run `casebook deep-erase`.")
    ctx.out.line(
        "Keep the bundle on a separate drive, or with the colleague it was sealed to; "
        "`casebook travel back BUNDLE` brings the cases back."
    )
    return 0


def cmd_travel_back(ctx: Context) -> int:
    """Import the travel bundle; check every case came back whole."""
    from casebook.bundle.travel import travel_back

    with ctx.service() as svc:
        done = travel_back(svc.session, Path(ctx.args.path), progress=ctx.out.progress("Opening"))
    if ctx.out.json:
        ctx.out.data(done.to_json())
        return 0 if done.all_whole else 1
    for case in done.cases:
        verdict = "back whole" if case.whole else "NOT whole"
        extra = f", plus {case.newer} newer change(s) from colleagues" if case.newer else ""
        noted = {True: ", as noted", False: ", NOT as noted", None: ""}[case.as_noted]
        ctx.out.line(
            f"case {case.case_id.hex()[:16]}: {verdict}, {case.ops} change(s), state "
            f"{case.state_hash.hex()[:16]}{noted}{extra}"
        )
    if done.missing:
        ctx.out.line(f"{done.missing} change(s) of the bundle were not taken (see `verify`).")
    ctx.out.line("This vault holds the cases again; the bundle still holds them too.")
    return 0 if done.all_whole else 1


def cmd_travel_notes(ctx: Context) -> int:
    """The notes of what to import on return."""
    with ctx.service() as svc:
        notes = svc.session.store.travel.notes()
    if ctx.out.json:
        ctx.out.data(notes)
        return 0
    if not notes:
        ctx.out.line("No travel notes.")
    for note in notes:
        ctx.out.line(f"bundle {note['file']}: {len(note['cases'])} case(s) to import on return")
    return 0


def register(sub: SubParsers, command: Command) -> None:
    """Add `travel out`, `travel back` and `travel notes`."""
    actions = group(sub, "travel", "travel mode: take cases off this laptop and bring them back")
    sp = command("out", cmd_travel_out, "seal cases, check the bundle, remove them here", actions)
    sp.add_argument("--case", action="append", required=True, metavar="ID", help="a case")
    sp.add_argument("--out", required=True, help="the folder (a separate drive) for the bundle")
    sp.add_argument("--to", action="append", metavar="PEER", help="also seal to this colleague")
    sp.add_argument("--note", action="store_true", help="leave a note of what to import")
    sp.add_argument("--no-deep-erase", action="store_true", help="skip the deep erase")
    sp.add_argument("--yes", action="store_true", help="confirm without asking")
    sp = command("back", cmd_travel_back, "import a travel bundle and check every case", actions)
    sp.add_argument("path", help="the travel bundle")
    command("notes", cmd_travel_notes, "the notes of what to import on return", actions)


__all__ = ["Parser", "register"]
