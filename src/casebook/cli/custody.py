"""The custody log (PROTECTION §4, docs/custody.md): show an item's chain, verify the log, and
record by hand that a copy went to a court or body.

    casebook custody ITEM [--json]
    casebook custody verify [--no-record] [--json]
    casebook custody transfer-out ITEM --to BODY --ref NUMBER [--when YYYY-MM-DD] [--json]

ITEM is an attachment id or a SHA-256 (a unique prefix of 8+ hex digits of either). A transfer
names the body by a code (echr, un, court, ...) and the number it gave the filing: never a
person's name or other free text, which the custody log never holds.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any

from casebook.cli.common import Command, Context, SubParsers, UsageError
from casebook.service.custody import (
    BODIES,
    REVOKED,
    ChainEntry,
    CustodyChain,
    CustodyCheck,
)

__all__ = ["describe", "register"]


def _when(ms: int) -> str:
    return _dt.datetime.fromtimestamp(ms / 1000).strftime("%Y-%m-%d %H:%M") if ms > 0 else "?"


def _short(value: Any) -> str:
    return str(value)[:16]


def describe(e: ChainEntry) -> str:
    """What an entry says, in a few words (ids shortened; there is no text to show)."""
    d = e.detail
    event = e.event
    if event == "note_late":
        return f"late entry: {d.get('event')} on {d.get('when')}" + _rest(d.get("event"), d)
    return event.replace("_", " ") + _rest(event, d)


def _rest(event: Any, d: dict[str, Any]) -> str:
    parts = []
    if "record" in d:
        parts.append(f"record {_short(d['record'])[:8]}")
    if "size" in d:
        parts.append(f"{d['size']} bytes")
    if event == "export_plain" and "written" in d:
        parts.append(f"written copy's SHA-256 {_short(d['written'])}")
    if event == "seal":
        parts.append(
            f"bundle {_short(d.get('bundle'))} (no. {d.get('seq')}) to {len(d.get('to', []))}"
        )
    if event == "receive":
        parts.append(f"bundle {_short(d.get('bundle'))} from {_short(d.get('from'))}")
        if d.get("sender_head"):
            parts.append(f"sender's custody head {_short(d['sender_head'])}")
    if event == "derive":
        if "from" in d:
            parts.append(f"redacted copy of {_short(d['from'])}")
        if "to" in d:
            parts.append(f"redacted copy made: {_short(d['to'])}")
    if event == "transfer_out":
        parts.append(f"to {d.get('to')}, no. {d.get('ref')}")
    if event in ("verify",):
        parts.append(str(d.get("result")))
    if event == "report":
        parts.append(f"report {_short(d.get('report'))}, {d.get('purpose')}")
    if event in ("erase", "override"):
        parts.append(f"reason {d.get('reason')}")
    if event == "erase" and "by" in d:
        parts.append(f"erasure by {_short(d['by'])}")
    return (": " + ", ".join(parts)) if parts else ""


_STATUS = {
    "bad_signature": "signature does not verify",
    "broken": "does not follow the entry before",
    "revoked": REVOKED,
}


def _who(e: ChainEntry) -> str:
    c = e.custodian
    name = "you" if c.is_me else (c.name or "someone not among your peers")
    return f"{name} ({c.key_id})"


def _show_chain(ctx: Context, chain: CustodyChain) -> None:
    out = ctx.out
    out.line(f"Item {chain.item.hex()}")
    if not chain.entries:
        out.line("No custody entry is held for it.")
        return
    if chain.ok:
        state = "verified"
    elif chain.holds:
        state = f"NOT TRUSTED ({len(chain.revoked)} {REVOKED})"
    else:
        state = "DOES NOT VERIFY"
    people = len(chain.custodians)
    out.line(
        f"Chain: {state}, {len(chain.entries)} entr{'y' if len(chain.entries) == 1 else 'ies'}, "
        f"{people} custodian{'s' if people != 1 else ''}"
    )
    for problem in chain.problems:
        out.line(f"  ! {problem}")
    for n, e in enumerate(chain.entries, 1):
        mark = "" if e.status == "ok" else f"  [{_STATUS.get(e.status, e.status)}]"
        out.line(f"{n:4d}  {_when(e.time_ms)}  {_who(e)}  {describe(e)}{mark}")
    if chain.others:
        out.line(
            f"({chain.others} more entries held for this item are on other custodians' branches.)"
        )
    out.line("Times are each custodian's own clock: the chain proves order, not the hour.")


def cmd_custody(ctx: Context) -> int:
    """Dispatch `custody ITEM`, `custody verify`, `custody transfer-out ITEM`."""
    words = ctx.args.words
    if words[0] == "verify":
        if len(words) != 1:
            raise UsageError("usage: casebook custody verify [--no-record]")
        return _verify(ctx)
    if words[0] == "transfer-out":
        if len(words) != 2:
            raise UsageError("usage: casebook custody transfer-out ITEM --to BODY --ref NUMBER")
        return _transfer_out(ctx, words[1])
    if len(words) != 1:
        raise UsageError("usage: casebook custody ITEM (or verify, or transfer-out ITEM)")
    with ctx.service() as svc:
        chain = svc.custody.chain(svc.custody.resolve(words[0]))
    if ctx.out.json:
        ctx.out.data(chain.to_json())
    else:
        _show_chain(ctx, chain)
    return 0 if chain.ok or not chain.entries else 5


def _transfer_out(ctx: Context, item_text: str) -> int:
    a = ctx.args
    if not a.to or not a.ref:
        raise UsageError("transfer-out needs --to BODY and --ref NUMBER")
    with ctx.service() as svc:
        item = svc.custody.resolve(item_text)
        entry = svc.custody.transfer_out(item, to=a.to, ref=a.ref, when=a.when)
    if ctx.out.json:
        ctx.out.data({"item": item.hex(), "entry": entry.entry_id.hex(), "seq": entry.entry.seq})
    else:
        late = " (a late entry, dated as you said)" if a.when else ""
        ctx.out.line(f"Recorded: a copy went to {a.to}, no. {a.ref}{late}.")
    return 0


def _verify(ctx: Context) -> int:
    with ctx.service() as svc:
        check: CustodyCheck = svc.custody.verify(
            record=not ctx.args.no_record, progress=ctx.out.progress("Hashing")
        )
    if ctx.out.json:
        ctx.out.data(check.to_json())
        return 0 if check.ok else 5
    ctx.out.line(
        f"{check.entries} custody entries of {check.authors} author(s), {check.items} item(s)."
    )
    for problem in check.problems:
        ctx.out.line(f"  ! {problem}")
    bad = {k: v for k, v in check.contents.items() if v != "ok"}
    ctx.out.line(f"{len(check.contents) - len(bad)} item(s) hashed again: as at intake.")
    for item, result in sorted(bad.items()):
        ctx.out.line(f"  ! {item}: {result}")
    if check.recorded:
        ctx.out.line(
            f"Recorded {check.recorded} verify entr{'y' if check.recorded == 1 else 'ies'}."
        )
    ctx.out.line("The custody log verifies." if check.ok else "The custody log DOES NOT verify.")
    return 0 if check.ok else 5


def register(sub: SubParsers, command: Command) -> None:
    """Add the custody command."""
    sp = command(
        "custody",
        cmd_custody,
        "an item's custody chain; `custody verify`; `custody transfer-out ITEM --to --ref`",
    )
    sp.add_argument(
        "words",
        nargs="+",
        metavar="ITEM | verify | transfer-out ITEM",
        help="an attachment id or SHA-256 (8+ hex digits), or an action",
    )
    sp.add_argument("--to", choices=BODIES, help="transfer-out: the court or body (a code)")
    sp.add_argument(
        "--ref", metavar="NUMBER", help="transfer-out: the number the body gave (12345/21)"
    )
    sp.add_argument(
        "--when", metavar="YYYY-MM-DD", help="transfer-out: when it happened, if not today"
    )
    sp.add_argument("--no-record", action="store_true", help="verify: do not record verify entries")
