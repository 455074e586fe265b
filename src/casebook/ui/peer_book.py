"""The session's peers, and the one way a peer is named on screen: name plus trust mark.

    unlock, peer added/verified/revoked ──► store thread: service.peers.list() ──► PeerBook.set
                                                                          ──► changed

Every place that names a colleague (Peers, the wizards, History, conflicts) asks the book, so
a peer verified or revoked in one window is marked so everywhere at once. The mark is always a
word as well as a colour and a symbol: colour alone says nothing to a colour-blind reader or a
screen reader.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QColor

from casebook.domain.labels import colleague_key, colleague_ref
from casebook.domain.records import PeerRow
from casebook.ui.translation import QT_TRANSLATE_NOOP

__all__ = ["Mark", "PeerBook", "mark_for", "peer_label"]

_CONTEXT = "PeerMarks"


@dataclass(frozen=True)
class Mark:
    """How a trust state shows: symbol, word, colour, and a sentence for tooltips."""

    symbol: str
    word: str
    colour: QColor
    explanation: str

    @property
    def short(self) -> str:
        """Symbol and word, e.g. "✔ verified"."""
        return f"{self.symbol} {self.word}"


_MARKS = {
    "verified": (
        "✔",
        QT_TRANSLATE_NOOP("PeerMarks", "verified"),
        "#2e7d32",
        QT_TRANSLATE_NOOP(
            "PeerMarks", "You compared safety numbers with this colleague: their key is theirs."
        ),
    ),
    "unverified": (
        "⚠",
        QT_TRANSLATE_NOOP("PeerMarks", "unverified"),
        "#8a5a00",
        QT_TRANSLATE_NOOP(
            "PeerMarks",
            "Safety numbers not compared yet: a stranger's key could stand in for this "
            "colleague's. Compare them in person or on a call.",
        ),
    ),
    "revoked": (
        "✖",
        QT_TRANSLATE_NOOP("PeerMarks", "revoked"),
        "#b00020",
        QT_TRANSLATE_NOOP(
            "PeerMarks",
            "Revoked: nothing is sealed to this colleague, and nothing from them after the "
            "cut-off is accepted.",
        ),
    ),
}


def mark_for(status: str) -> Mark:
    """The mark of "verified", "unverified" or "revoked", in the interface language."""
    symbol, word, colour, explanation = _MARKS[status]
    tr = QCoreApplication.translate
    return Mark(symbol, tr(_CONTEXT, word), QColor(colour), tr(_CONTEXT, explanation))


def peer_label(peer: PeerRow) -> str:
    """ "Anna Petrova (✔ verified)": how a peer is named in running text."""
    return f"{peer.name} ({mark_for(peer.status).short})"


class PeerBook(QObject):
    """The session's peers by identity key; `changed` whenever they are reloaded."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._peers: dict[bytes, PeerRow] = {}

    def set(self, peers: list[PeerRow]) -> None:
        """Replace every peer (a fresh `service.peers.list()`)."""
        self._peers = {p.identity: p for p in peers}
        self.changed.emit()

    @property
    def peers(self) -> list[PeerRow]:
        """Every peer, by name."""
        return sorted(self._peers.values(), key=lambda p: p.name.casefold())

    def get(self, identity: bytes) -> PeerRow | None:
        """The peer with this identity key, if any."""
        return self._peers.get(identity)

    def author_label(self, author: bytes, me: bytes) -> str:
        """Who made a change: "You", a peer with its mark, or a short key id for a stranger."""
        if author == me:
            return QCoreApplication.translate("PeerMarks", "You")
        peer = self._peers.get(author)
        if peer is None:
            return QCoreApplication.translate("PeerMarks", "unknown key %1").replace(
                "%1", author.hex()[:12]
            )
        return peer_label(peer)

    def colleague_name(self, value: str, me: bytes) -> str:
        """How a field that names a colleague by key reads here: "You", their name, or a short
        key id; any other text (typed before colleagues could be chosen) as it is."""
        key = colleague_key(value)
        if key is None:
            return value
        if key == me:
            return QCoreApplication.translate("PeerMarks", "You")
        peer = self._peers.get(key)
        if peer is None:
            return QCoreApplication.translate("PeerMarks", "unknown key %1").replace(
                "%1", key.hex()[:12]
            )
        return peer.name

    def colleague_choices(self, me: bytes) -> list[tuple[str, str]]:
        """(stored value, name) of the owner ("You") and every colleague, for a drop-down."""
        you = QCoreApplication.translate("PeerMarks", "You")
        return [
            (colleague_ref(me), you),
            *((colleague_ref(p.identity), p.name) for p in self.peers),
        ]
