"""Consent decisions in words: states, audiences and one-line summaries, in both languages.

Codes (scopes, statuses, methods, override reasons) read as the vocabularies' own labels; what
is not a vocabulary term (a scope's state, who may receive it) is translated here, under the
context "Consent".
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from casebook.domain.consent import Decision, Override, Standing, expired
from casebook.domain.dates import format_fuzzy
from casebook.ui.peer_book import PeerBook
from casebook.ui.translation import QT_TRANSLATE_NOOP
from casebook.ui.vocabularies import Vocabularies

__all__ = [
    "STATES",
    "audience_text",
    "decision_text",
    "override_text",
    "scopes_text",
    "standing_lines",
    "state_text",
]

_CONTEXT = "Consent"

# What a scope's live decisions add up to (`casebook.domain.consent.Standing.state`).
STATES = {
    "granted": QT_TRANSLATE_NOOP("Consent", "agreed"),
    "refused": QT_TRANSLATE_NOOP("Consent", "refused"),
    "withdrawn": QT_TRANSLATE_NOOP("Consent", "withdrawn"),
    "conflict": QT_TRANSLATE_NOOP("Consent", "conflict: counts as withdrawn"),
    "expired": QT_TRANSLATE_NOOP("Consent", "expired"),
    "incomplete": QT_TRANSLATE_NOOP("Consent", "not fully known: counts as no"),
    "none": QT_TRANSLATE_NOOP("Consent", "not asked"),
}


def state_text(state: str) -> str:
    """A scope's state in the interface language."""
    source = STATES.get(state)
    return QCoreApplication.translate(_CONTEXT, source) if source else state


def audience_text(audience: Sequence[str], peers: PeerBook) -> str:
    """Who may receive it: "anyone you work with", colleagues by name, an organisation."""
    out = []
    for entry in audience:
        kind, _, rest = entry.partition(":")
        if entry == "any":
            out.append(QCoreApplication.translate("Consent", "anyone you work with"))
        elif kind == "peer":
            try:
                peer = peers.get(bytes.fromhex(rest))
            except ValueError:
                peer = None
            key = QCoreApplication.translate("Consent", "key %1").replace("%1", rest[:12])
            out.append(peer.name if peer else key)
        elif kind == "org":
            out.append(QCoreApplication.translate("Consent", "organisation %1").replace("%1", rest))
    return ", ".join(out) or QCoreApplication.translate("Consent", "nobody")


def scopes_text(scopes: Sequence[str], terms: Vocabularies, language: str) -> str:
    """Scope codes as their labels, in vocabulary order."""
    order = [code for code, _label in terms.choices("consent_scope", language)]
    ranked = sorted(scopes, key=lambda s: order.index(s) if s in order else len(order))
    return "; ".join(terms.label("consent_scope", s, language) for s in ranked)


def decision_text(d: Decision, terms: Vocabularies, language: str, peers: PeerBook) -> str:
    """One decision on one line: "Agreed: Use in a national court — to anyone (oral)"."""
    status = terms.label("consent_status", d.status, language) if d.status else "?"
    text = f"{status}: {scopes_text(sorted(d.scopes), terms, language)}"
    if d.status == "granted":
        text += " — " + audience_text(d.audience, peers)
    extras = []
    if d.method:
        extras.append(terms.label("consent_method", d.method, language))
    if d.expires:
        extras.append(QCoreApplication.translate("Consent", "until %1").replace("%1", d.expires))
    if extras:
        text += f" ({', '.join(extras)})"
    return text


def standing_lines(
    standing: Sequence[Standing], terms: Vocabularies, language: str, peers: PeerBook
) -> list[str]:
    """Where the asked-about uses stand, one line per state (and audience): "Agreed — anyone
    you work with: Keeping the notes…; Use in a national court"."""
    groups: dict[tuple[str, tuple[str, ...]], list[str]] = {}
    for s in standing:
        if s.state == "none":
            continue
        audience = s.audience if s.state == "granted" else ()
        label = terms.label("consent_scope", s.scope, language)
        groups.setdefault((s.state, audience), []).append(label)
    lines = []
    for (state, audience), labels in groups.items():
        head = state_text(state)
        head = head[:1].upper() + head[1:]
        if state == "granted":
            head += " — " + audience_text(audience, peers)
        lines.append(f"{head}: {'; '.join(labels)}")
    return lines


def override_text(
    o: Override, terms: Vocabularies, language: str, peers: PeerBook, today: _dt.date
) -> str:
    """One override on one line: "Override (Court order): A report for a national court —
    anyone you work with, until 7 December 2026" ("ended" once past)."""
    reason = terms.label("override_reason", o.reason, language) if o.reason else "?"
    purpose = terms.label("consent_purpose", o.purpose, language) if o.purpose else "?"
    head = QCoreApplication.translate("Consent", "Override (%1)").replace("%1", reason)
    text = f"{head}: {purpose} — {audience_text(o.audience, peers)}"
    if o.expires:
        when = format_fuzzy(o.expires, language)
        if expired(o.expires, today):
            text += ", " + QCoreApplication.translate("Consent", "ended %1").replace("%1", when)
        else:
            text += ", " + QCoreApplication.translate("Consent", "until %1").replace("%1", when)
    return text
