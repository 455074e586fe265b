"""Labels and clearances: `casebook label` and `casebook peer clearance` (PROTECTION §2).

casebook label RECORD                                  show its labels
casebook label RECORD [--field F] --level L [--category C …]
casebook label RECORD [--field F] --clear              back to the model's default
casebook label CASE --floor --level L [--category C …] the least label of the whole case
casebook peer clearance PEER                           show how far a colleague may see
casebook peer clearance PEER --level L [--allow C …]   set it (`--allow all`, `--allow none`)
casebook peer clearance PEER --default                 back to a new colleague's default
"""

from __future__ import annotations

from casebook.cli.common import Command, Context, SubParsers, UsageError, record_id
from casebook.domain.sensitivity import Category, Clearance, Level, Sensitivity

__all__ = ["register", "register_clearance"]

_LEVELS = [lv.value for lv in Level]
_CATEGORIES = [c.value for c in Category]


def _label(args_level: str | None, categories: list[str] | None) -> Sensitivity:
    if args_level is None:
        raise UsageError("give --level (public, confidential or restricted), or --clear")
    return Sensitivity.parse(args_level, categories or [])


def cmd_label(ctx: Context) -> int:
    """Show or set a record's (or a field's) own label, or a case's floor."""
    a = ctx.args
    setting = a.level is not None or a.clear
    if a.category and a.level is None:
        raise UsageError("--category goes with --level")
    if a.floor and a.field:
        raise UsageError("a floor is a whole case's: --floor takes no --field")
    with ctx.service() as svc:
        rid = record_id(svc, a.record)
        if setting:
            label = None if a.clear else _label(a.level, a.category)
            if a.floor:
                svc.labels.set_floor(rid, label)
            else:
                svc.labels.label(rid, a.field, label)
        labels = svc.labels.labels_of(rid)
    if ctx.out.json:
        ctx.out.data(labels.to_json())
        return 0
    ctx.out.line(f"{labels.kind} {labels.id.hex()[:8]}: {labels.effective.text}")
    if labels.own is not None:
        ctx.out.line(f"  own label: {labels.own.text}")
    if labels.floor is not None:
        ctx.out.line(f"  case floor: {labels.floor.text}")
    for f in labels.fields:
        own = f"  (own: {f.own.text})" if f.own is not None else ""
        ctx.out.line(f"  {f.name:<16} {f.effective.text}{own}")
    return 0


def cmd_peer_clearance(ctx: Context) -> int:
    """Show or set how far a colleague may see; it stays in this vault."""
    a = ctx.args
    if a.allow and a.level is None:
        raise UsageError("--allow goes with --level")
    if a.default and a.level is not None:
        raise UsageError("--default takes no --level")
    with ctx.service() as svc:
        peer = svc.peers.find(a.peer)
        if a.default:
            svc.labels.set_clearance(peer, None)
        elif a.level is not None:
            allowed = _categories(a.allow or [])
            level = Sensitivity.parse(a.level).level
            svc.labels.set_clearance(peer, Clearance(level, allowed))
        clearance = svc.labels.clearance(peer)
    if ctx.out.json:
        ctx.out.data({"name": peer.name, "key_id": peer.key_id, **clearance.to_json()})
        return 0
    ctx.out.line(f"{peer.name} ({peer.key_id}): {clearance.text}")
    return 0


def _categories(codes: list[str]) -> frozenset[Category]:
    if codes == ["all"]:
        return frozenset(Category)
    if codes == ["none"]:
        return frozenset()
    return Sensitivity.parse("public", codes).categories


def register(sub: SubParsers, command: Command) -> None:
    """Add `label`."""
    sp = command("label", cmd_label, "show or raise a record's, field's or case's label")
    sp.add_argument("record", metavar="RECORD", help="the record's id (a prefix of 8+ works)")
    sp.add_argument("--field", metavar="F", help="label one field instead of the whole record")
    sp.add_argument("--floor", action="store_true", help="a case: the least label of all in it")
    sp.add_argument("--level", choices=_LEVELS, help="public, confidential or restricted")
    sp.add_argument(
        "--category", action="append", choices=_CATEGORIES, metavar="C", help="why: repeatable"
    )
    sp.add_argument("--clear", action="store_true", help="take the own label (or floor) away")


def register_clearance(peer: SubParsers, command: Command) -> None:
    """Add `peer clearance` to the peer group."""
    sp = command("clearance", cmd_peer_clearance, "show or set how far a colleague may see", peer)
    sp.add_argument("peer", help="name or key id")
    sp.add_argument("--level", choices=_LEVELS, help="the highest level they may see")
    sp.add_argument(
        "--allow",
        action="append",
        choices=[*_CATEGORIES, "all", "none"],
        metavar="C",
        help="a category they may see (repeatable; all, none)",
    )
    sp.add_argument("--default", action="store_true", help="back to a new colleague's default")
