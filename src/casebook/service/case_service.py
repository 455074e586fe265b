"""CaseService: the typed core API of an unlocked vault, in parts.

    CaseService(session)
      .records       add and change cases, people, events, interviews, notes, links, terms
      .attachments   take files in, read them back, export them
      .drafts        half-typed text, kept in the vault
      .reading       records, the case list, search, history
      .conflicts     concurrent values and their resolution
      .peers         the owner's card, colleagues, trust, what passed between you
      .integrity     verify every page, op and blob; the state hash
      .erasure       forget a value here and ask colleagues to; confirm their requests
      .trash         deleted records and removed deadlines, and restoring them
      .custody       the custody log: each item's chain, entries made by hand, verification,
                     the custody part of a verification package
      .consent       the consent ledger: decisions, overrides, withdrawal, the gate
      .stats         the docket's figures: cases, events, articles, near deadlines
      .labels        sensitivity labels of records, case floors, colleagues' clearances

Everything the CLI and the GUI do to case data goes through here; sealing and opening bundles
go through `casebook.bundle` with `service.session`. Long work takes a `progress(done, total)`
callable and a `cancel()` callable; nothing here knows of Qt. One thread owns a CaseService (the
store's connection is not shared).
"""

from __future__ import annotations

from casebook.base.paths import VaultPaths
from casebook.service.attachments import Attachments
from casebook.service.conflicts import Conflicts
from casebook.service.consent import ConsentService
from casebook.service.custody import Custody
from casebook.service.drafts import Drafts
from casebook.service.erasure import Erasure
from casebook.service.integrity import Integrity
from casebook.service.labels import Labels
from casebook.service.peers import Peers
from casebook.service.reading import Reading
from casebook.service.records import Records
from casebook.service.stats import Statistics
from casebook.service.trash import Trash
from casebook.store.store import Store
from casebook.vault.session import Session, Write

__all__ = ["CaseService", "Write"]


class CaseService:
    """An unlocked vault's use cases, each part over the same `Session`."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.reading = Reading(session)
        self.records = Records(session, self.reading)
        self.attachments = Attachments(session, self.reading)
        self.drafts = Drafts(session)
        self.peers = Peers(session)
        self.integrity = Integrity(session)
        self.erasure = Erasure(session, self.reading)
        self.trash = Trash(session, self.reading, self.records)
        self.custody = Custody(session, self.reading)
        self.consent = ConsentService(
            session, self.reading, self.records, self.erasure, self.custody
        )
        self.conflicts = Conflicts(session, self.reading, self.records, self.consent)
        self.stats = Statistics(session, self.records)
        self.labels = Labels(session, self.reading)

    @property
    def store(self) -> Store:
        """The open store, or `VaultLocked`."""
        return self.session.store

    @property
    def paths(self) -> VaultPaths:
        """The vault's folder and files."""
        return self.session.paths

    @property
    def me(self) -> bytes:
        """The owner's identity key."""
        return self.session.me

    @property
    def locked(self) -> bool:
        """True after `lock()`."""
        return self.session.locked

    def lock(self) -> None:
        """Close the connection and drop the keys. The object is unusable afterwards."""
        self.session.lock()
