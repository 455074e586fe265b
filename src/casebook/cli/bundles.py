"""Bundles: export (seal changes for colleagues), import (open one), alerts (compromises)."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from casebook.base import errors
from casebook.cli.common import (
    EXIT,
    Command,
    Context,
    Parser,
    SubParsers,
    UsageError,
    integer,
    record_id,
)

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
    """Seal a bundle for colleagues (unverified ones need --yes or a typed confirmation): one
    per clearance group, each with what all its recipients may see (cli/audience.py)."""
    from casebook.bundle import export_bundle
    from casebook.bundle.volumes import parse_size
    from casebook.cli import audience

    a = ctx.args
    try:
        volume = parse_size(a.volume_size) if a.volume_size else None
    except errors.InputRejected as e:
        raise UsageError(str(e)) from e
    with ctx.service() as svc:
        peers = [svc.peers.find(t) for t in a.to]
        cases = []
        for text in a.case or []:
            case_id = record_id(svc, text)
            if svc.reading.kind_of(case_id) != "case":
                raise errors.NotFound("not a case")
            cases.append(case_id)
        unverified = [p for p in peers if not p.verified]
        if a.dry_run:
            plans = audience.run_export(ctx, svc, peers, cases or None, None)
            return _print_plans(ctx, plans)
        confirmed = _confirm_unverified(ctx, unverified) if unverified else False

        def seal(group: list[Any], how: Any) -> Any:
            return export_bundle(
                svc.session,
                group,
                out_path=Path(a.out),
                case_ids=cases or None,
                volume_size=volume,
                include_self=not a.no_self,
                confirm_unverified=confirmed,
                audience=how,
                progress=ctx.out.progress("Sealing"),
            )

        results = audience.run_export(ctx, svc, peers, cases or None, seal)
    if ctx.out.json:
        docs = [r.to_json() for r in results]
        ctx.out.data(docs[0] if len(docs) == 1 else docs)
        return 0
    for result in results:
        for path in result.paths:
            ctx.out.line(str(path))
        names = ", ".join(p.name for p in result.recipients) or "nobody else"
        ctx.out.note(
            f"Sealed bundle {result.seq} for {names}"
            f"{' and you' if result.sealed_to_self else ''}: "
            f"{result.ops} change(s), {result.attachments} attachment(s), {result.file_size} bytes"
            + (f" in {len(result.paths)} volumes." if len(result.paths) > 1 else ".")
        )
        if result.left_out or result.withheld or result.pseudonymised:
            ctx.out.note(
                f"  Kept home: {result.left_out} record(s) whole, {result.withheld} field(s)' "
                f"values; {result.pseudonymised} person(s) under a pseudonym."
            )
        if result.leak_override:
            ctx.out.note(f"  Sealed past the leak scan ({result.leak_override}): recorded.")
    return 0


def _print_plans(ctx: Context, plans: list[Any]) -> int:
    """`export --dry-run`: what each bundle would carry."""
    from casebook.cli import audience

    if ctx.out.json:
        ctx.out.data({"bundles": [p.to_json() for p in plans]})
        return 0
    for n, plan in enumerate(plans, 1):
        audience.print_plan(ctx, plan, n)
    if len(plans) > 1:
        ctx.out.note(f"{len(plans)} bundles: the recipients fall into {len(plans)} groups.")
    return 0


def cmd_import(ctx: Context) -> int:
    """Open a bundle: who sealed it, what came; exit 5 with the reason when it is refused."""
    from casebook.bundle import CompromiseAlert, import_bundle

    with ctx.service() as svc:
        try:
            result = import_bundle(
                svc.session, Path(ctx.args.path), progress=ctx.out.progress("Opening")
            )
        except errors.BundleRejected as e:
            why = _REFUSALS.get(e.reason.name, "it was refused")
            if ctx.out.json:
                doc: dict[str, Any] = {
                    "status": "rejected",
                    "reason": e.reason.name.lower(),
                    "detail": e.detail,
                }
                if e.already_imported:  # a damaged copy of a bundle imported before
                    doc["already_imported"] = True
                ctx.out.data(doc)
            held = (
                " This copy is damaged (you already have its contents: this bundle was imported"
                " before from an intact copy)."
                if e.already_imported
                else ""
            )
            ctx.out.note(
                f"casebook: bundle refused ({e.reason.name.lower()}): {why}.{held} "
                "Nothing was changed."
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
    if result.without_consent:
        ctx.out.line(
            f"Consent:     {len(result.without_consent)} person(s) have no consent records here: "
            "their identity is not shared onward (`casebook consent list`)"
        )
    if result.far_future:
        ctx.out.line(f"Note:        {result.far_future} change(s) are dated in the future")
    if result.skipped_revoked:
        ctx.out.line(
            f"Skipped:     {result.skipped_revoked} change(s) signed by revoked colleagues after "
            "their cut-off; tell the sender whom you revoked"
        )
    if result.custody_revoked:
        n = result.custody_revoked
        ctx.out.line(
            f"Custody:     {n} entr{'y' if n == 1 else 'ies'} signed by a revoked key after its"
            " cut-off: kept, not trusted (`casebook custody`)"
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
        alerts = compromise_alerts(svc.session, unacknowledged=ctx.args.new)
        names = {p.identity: p.name for p in svc.peers.list()}
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
        alert = acknowledge_alert(svc.session, ctx.args.id)
    if ctx.out.json:
        ctx.out.data(alert.to_json())
    else:
        ctx.out.note(f"Alert {alert.id} marked as seen; it stays in the vault.")
    return 0


def register(sub: SubParsers, command: Command) -> None:
    """Add export, import and alerts (with its `ack` action)."""
    sp = command("export", cmd_export, "seal changes for colleagues into a bundle file")
    sp.add_argument("--to", action="append", required=True, metavar="PEER", help="name or key id")
    sp.add_argument("--case", action="append", metavar="ID", help="only these cases (all of them)")
    sp.add_argument("--out", required=True, help="a new file, or a folder (a random name)")
    sp.add_argument("--volume-size", metavar="SIZE", help="split into volumes: 700M, 4G, …")
    sp.add_argument("--yes", action="store_true", help="seal to unverified peers without asking")
    sp.add_argument("--no-self", action="store_true", help="do not seal it to yourself too")
    from casebook.cli import audience

    audience.add_arguments(sp)
    sp = command("import", cmd_import, "open a bundle and apply it (all of it, or nothing)")
    sp.add_argument("path", help="the bundle file, or any of its volumes")
    sp = command("alerts", cmd_alerts, "list compromise alerts; `alerts ack ID` marks one seen")
    sp.add_argument("--new", action="store_true", help="only those not yet marked as seen")
    actions = sp.add_subparsers(dest="sub", metavar="ACTION", parser_class=Parser)
    sp = command("ack", cmd_alerts_ack, "mark a compromise alert as seen", actions)
    sp.add_argument("id", type=integer, help="the alert's number, from `casebook alerts`")
