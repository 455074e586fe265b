"""Section 7 of a rendered report: each annex's chain of custody.

    custody = {"custodians": [{"ref": "C1", "key_id", "fingerprint", "signer": bool}],
               "items": [{"sha256", "annexes": [n, …], "ok": bool,
                          "entries": [{"id", "by": "C1", "event", "time", "late",
                                       "revoked"}]}],
               "cross": [{"sha256", "receiver": "C2", "sender": "C1", "entry", "head"}]}

Custodians are named by key, never by the pet names colleagues have in the signer's vault.
"""

from __future__ import annotations

from casebook.domain.custody import EVENTS
from casebook.report.texts import t
from casebook.ui.report.document import ReportDocument, utc

__all__ = ["write_custody"]


def write_custody(w: ReportDocument) -> None:
    """The custody annex, or a line saying the log holds nothing for these annexes."""
    custody = w.r.get("custody") or {}
    items = custody.get("items", [])
    w.para(w.t("custody_intro"), w.small)
    if not items:
        w.para(w.t("no_custody"))
        return
    custodians = custody.get("custodians", [])
    for c in custodians:
        mark = f" ({t('custody_signer', w.lang)})" if c.get("signer") else ""
        w.field(f"{c['ref']}{mark}", f"{c['key_id']}  {c.get('fingerprint', '')}".strip())
    for item in items:
        w.check()
        annexes = ", ".join(str(n) for n in item.get("annexes", []))
        w.heading(t("custody_item", w.lang, annexes=annexes), 3)
        w.para(item["sha256"], w.mono, after=2)
        rows = []
        for i, e in enumerate(item.get("entries", []), 1):
            event = t(f"ev_{e['event']}", w.lang) if f"ev_{e['event']}" in _EVENTS else e["event"]
            if e.get("late"):
                event += f" ({t('late', w.lang)})"
            if e.get("revoked"):
                event += f" ⚠ {t('custody_revoked_entry', w.lang)}"
            rows.append(
                [
                    (str(i), w.plain),
                    (utc(int(e["time"])), w.small),
                    (event, w.plain),
                    (e["by"], w.plain),
                    (e["id"][:16], w.mono),
                ]
            )
        w.table(
            ["#", w.t("custody_time"), w.t("custody_event"), w.t("custody_by"), "ID"],
            rows,
            [5, 24, 37, 15, 19],
        )
        if (
            not item.get("ok", True)
            and item.get("revoked")
            and (item.get("problems") == item.get("revoked"))
        ):
            w.para("⚠ " + w.t("custody_revoked"), w.bold)
        elif not item.get("ok", True):
            w.para("⚠ " + w.t("custody_broken"), w.bold)
    for x in custody.get("cross", []):
        w.para(
            "⇄ "
            + w.t(
                "custody_cross",
                receiver=x["receiver"],
                sender=x["sender"],
                entry=x["entry"][:16],
                head=x["head"][:16],
            ),
            w.plain,
        )


_EVENTS = {f"ev_{e}" for e in EVENTS}
