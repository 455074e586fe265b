"""Identity and colleagues: identity show/export/rotate/forget-old-keys,
peer add/list/verify/revoke/holds/org."""

from __future__ import annotations

import sys
from pathlib import Path

from casebook.base import errors
from casebook.cli import labels
from casebook.cli.common import (
    Command,
    Context,
    SubParsers,
    UsageError,
    group,
    integer,
    text_arg,
)


def _write_new_file(path: Path, data: bytes, mode: int = 0o600) -> None:
    from casebook.base.fsutil import atomic_write

    if path.exists():
        raise errors.InputRejected("the destination exists; choose a new file name")
    atomic_write(path, data, mode)


def cmd_identity_show(ctx: Context) -> int:
    """Print your key id, age recipient and card."""
    with ctx.service() as svc:
        card = svc.peers.my_card()
    if ctx.out.json:
        ctx.out.data({"key_id": card.key_id, "recipient": card.recipient, "card": card.to_json()})
    else:
        ctx.out.line(f"key id:    {card.key_id}")
        ctx.out.line(f"recipient: {card.recipient}")
        ctx.out.line(f"card:      {card.encode().decode('ascii').strip()}")
    return 0


def cmd_identity_export(ctx: Context) -> int:
    """Write your public identity card to a file."""
    from casebook.domain.cardfile import write_card_file

    with ctx.service() as svc:
        card = svc.peers.my_card()
    write_card_file(Path(ctx.args.out), card)
    ctx.out.note("Your identity card was written. It holds public keys only, and no name.")
    return 0


def cmd_identity_export_secret(ctx: Context) -> int:
    """Write your age secret key in clear, after a warning and a confirmation."""
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
        secret = svc.peers.export_secret()
    _write_new_file(Path(ctx.args.out), f"# casebook recovery key\n{secret}\n".encode())
    ctx.out.note("Secret key written. Keep it offline; delete it securely if it was a mistake.")
    return 0


def cmd_identity_rotate(ctx: Context) -> int:
    """Give your vault a new encryption key; --forget-old destroys the old ones at once."""
    with ctx.service() as svc:
        card = svc.peers.rotate_key()
        forgotten = svc.peers.forget_old_keys() if ctx.args.forget_old else None
    if ctx.out.json:
        ctx.out.data({"recipient": card.recipient, "card": card.to_json(), "forgotten": forgotten})
        return 0
    ctx.out.line(f"new recipient: {card.recipient}")
    ctx.out.note(
        "Your colleagues learn the new key from the card in your next bundle to them; until "
        "they import one, they still seal to the old key."
    )
    if forgotten is None:
        ctx.out.note(
            "The old keys are kept, so bundles sealed to them still open here. "
            "`casebook identity forget-old-keys` destroys them."
        )
    else:
        ctx.out.note(_forgot(forgotten))
    return 0


def _forgot(n: int) -> str:
    if n == 0:
        return "There was no old key to forget."
    return (
        f"{n} old key{'s' if n != 1 else ''} destroyed: bundles sealed to "
        f"{'them' if n != 1 else 'it'}, wherever copies lie, no longer open here."
    )


def cmd_identity_forget_old_keys(ctx: Context) -> int:
    """Destroy every encryption key but the current one."""
    with ctx.service() as svc:
        forgotten = svc.peers.forget_old_keys()
    if ctx.out.json:
        ctx.out.data({"forgotten": forgotten})
    else:
        ctx.out.line(_forgot(forgotten))
    return 0


def cmd_peer_holds(ctx: Context) -> int:
    """What a colleague holds from you: every bundle of yours sealed to them."""
    import datetime as dt

    with ctx.service() as svc:
        peer = svc.peers.find(ctx.args.peer)
        held = svc.peers.holds(peer)
    if ctx.out.json:
        ctx.out.data(
            {"peer": peer.key_id, "name": peer.name, "bundles": [h.to_json() for h in held]}
        )
        return 0
    if not held:
        ctx.out.line(f"You have sealed no bundle to {peer.name}.")
        return 0
    ctx.out.line(f"Your bundles sealed to {peer.name}:")
    for h in held:
        when = dt.datetime.fromtimestamp(h.sealed_ms / 1000).strftime("%Y-%m-%d %H:%M")
        ctx.out.line(f"  no. {h.bundle:<5} {when}  {h.disclosures} values")
    ctx.out.line("This is what you sent; casebook cannot know what they kept, passed on or erased.")
    return 0


def cmd_peer_add(ctx: Context) -> int:
    """Add a colleague from their card file."""
    from casebook.domain.cardfile import read_card_file

    data = read_card_file(Path(ctx.args.file))
    with ctx.service() as svc:
        peer = svc.peers.add(data, text_arg(ctx.args.name))
    if ctx.out.json:
        ctx.out.data(peer.to_json())
    else:
        ctx.out.line(f"{peer.key_id}  {peer.name}  (unverified: compare safety numbers next)")
    return 0


def cmd_peer_list(ctx: Context) -> int:
    """List colleagues, their status and the bundles exchanged with them."""
    from casebook.domain.records import Exchange

    with ctx.service() as svc:
        peers = svc.peers.list()
        ledger = svc.peers.exchanges()
        orgs = svc.peers.organisations()
    if ctx.out.json:
        rows = []
        for p in peers:
            x = ledger.get(p.identity, Exchange())
            rows.append(
                p.to_json()
                | {
                    "organisation": orgs.get(p.identity),
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
            org = f"  [{orgs[p.identity]}]" if p.identity in orgs else ""
            ctx.out.line(f"{p.key_id}  {p.status:<10}{cut}  {p.name}{org}  ({last}, {x.sent} out)")
    return 0


def cmd_peer_org(ctx: Context) -> int:
    """Show or set the organisation a colleague belongs to; it stays in this vault."""
    a = ctx.args
    if a.clear and a.name is not None:
        raise UsageError("give an organisation's name or --clear, not both")
    with ctx.service() as svc:
        peer = svc.peers.find(a.peer)
        if a.clear or a.name is not None:
            svc.peers.set_organisation(peer, None if a.clear else text_arg(a.name))
        org = svc.peers.organisation(peer)
    if ctx.out.json:
        ctx.out.data({"name": peer.name, "key_id": peer.key_id, "organisation": org})
    elif org is None:
        ctx.out.line(f"{peer.name} ({peer.key_id}): no organisation")
    else:
        ctx.out.line(f"{peer.name} ({peer.key_id}): {org}")
        ctx.out.note(f"A consent for org:{org} includes them. This stays in your vault.")
    return 0


def cmd_peer_verify(ctx: Context) -> int:
    """Show the safety number with a colleague; --confirm marks them verified."""
    with ctx.service() as svc:
        peer = svc.peers.find(ctx.args.peer)
        number = svc.peers.safety_number(peer)
        if ctx.args.confirm:
            svc.peers.mark_verified(peer)
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
    """Trust nothing more from a colleague (or nothing after one of their bundles)."""
    with ctx.service() as svc:
        peer = svc.peers.find(ctx.args.peer)
        svc.peers.revoke(peer, ctx.args.after)
    after = ctx.args.after
    ctx.out.note(
        f"{peer.name} revoked: "
        + ("nothing from them is trusted" if after is None else f"nothing after bundle {after}")
        + ", neither in their bundles nor relayed by others."
    )
    return 0


def register(sub: SubParsers, command: Command) -> None:
    """Add the identity and peer groups."""
    ident = group(sub, "identity", "your identity")
    command("show", cmd_identity_show, "your key id, age recipient and card", ident)
    sp = command("export", cmd_identity_export, "write your public identity card", ident)
    sp.add_argument("--out", required=True)
    sp = command(
        "export-secret", cmd_identity_export_secret, "write your age secret key (recovery)", ident
    )
    sp.add_argument("--out", required=True)
    sp.add_argument("--yes", action="store_true", help="confirm without asking")
    sp = command("rotate", cmd_identity_rotate, "give your vault a new encryption key", ident)
    sp.add_argument(
        "--forget-old",
        action="store_true",
        help="destroy the old keys now: what colleagues seal before they learn the new key "
        "will not open here",
    )
    command(
        "forget-old-keys",
        cmd_identity_forget_old_keys,
        "destroy old encryption keys: bundles sealed to them stop opening here",
        ident,
    )

    peer = group(sub, "peer", "colleagues")
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
    sp.add_argument(
        "--after", type=integer, metavar="BUNDLE_SEQ", help="keep bundles up to this one"
    )
    sp = command("holds", cmd_peer_holds, "what a colleague holds from you", peer)
    sp.add_argument("peer", help="name or key id")
    sp = command("org", cmd_peer_org, "show or set a colleague's organisation (kept locally)", peer)
    sp.add_argument("peer", help="name or key id")
    sp.add_argument("name", nargs="?", help="the organisation (a consent's org:NAME)")
    sp.add_argument("--clear", action="store_true", help="they belong to no organisation")
    labels.register_clearance(peer, command)
