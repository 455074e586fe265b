"""Pseudonyms, given and received (PROTECTION §2).

pseudonym_letters  (audience, person) → the person's case and letter: a pseudonym once
                   given to an audience stays (`casebook.domain.pseudonyms`)
pseudonyms         received: per record and sender, the sender's signed overlay line with
                   its texts; shown in place of a value the sender withheld
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from casebook.store.store import Store

__all__ = ["Pseudonyms", "Received"]


@dataclass(frozen=True)
class Received:
    """A pseudonym a sender gave a record's withheld fields."""

    sender: bytes
    entity_id: bytes
    fields: tuple[str, ...]
    en: str
    ru: str
    bundle_seq: int

    def text(self, language: str) -> str:
        """The pseudonym in `language` ("ru" or English)."""
        return self.ru if language == "ru" else self.en


class Pseudonyms:
    """The one writer of `pseudonym_letters` and `pseudonyms`."""

    def __init__(self, store: Store) -> None:
        self._store = store

    # -- given ----------------------------------------------------------------------------

    def letters(self, audience: bytes) -> dict[bytes, tuple[bytes, int]]:
        """person → (case, letter) given in this audience."""
        rows = self._store.query(
            "SELECT person, case_id, n FROM pseudonym_letters WHERE audience = ?", (audience,)
        )
        return {bytes(p): (bytes(c), int(n)) for p, c, n in rows}

    def give(self, audience: bytes, given: Iterable[tuple[bytes, bytes, int]]) -> None:
        """Remember (person, case, letter) given in this audience (inside a transaction); a
        person who has a letter keeps it."""
        self._store.write_many(
            "INSERT OR IGNORE INTO pseudonym_letters VALUES (?, ?, ?, ?)",
            [(audience, person, case, n) for person, case, n in given],
        )

    # -- received -------------------------------------------------------------------------

    def receive(self, r: Received, line: bytes, sig: bytes) -> None:
        """Keep a sender's pseudonym for a record, replacing an older one of the same sender
        (inside the import's transaction)."""
        self._store.write(
            "INSERT INTO pseudonyms VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (entity_id, sender) DO UPDATE SET fields = excluded.fields,"
            " en = excluded.en, ru = excluded.ru, bundle_seq = excluded.bundle_seq,"
            " line = excluded.line, sig = excluded.sig WHERE excluded.bundle_seq >= bundle_seq",
            (r.sender, r.entity_id, ",".join(r.fields), r.en, r.ru, r.bundle_seq, line, sig),
        )

    def of(self, entity_ids: Sequence[bytes]) -> dict[bytes, Received]:
        """The newest pseudonym received for each of these records (any sender)."""
        out: dict[bytes, Received] = {}
        ids = list(entity_ids)
        for i in range(0, len(ids), 500):
            part = ids[i : i + 500]
            marks = ",".join("?" * len(part))
            rows = self._store.query(
                "SELECT sender, entity_id, fields, en, ru, bundle_seq FROM pseudonyms"
                f" WHERE entity_id IN ({marks}) ORDER BY bundle_seq",
                part,
            )
            for sender, eid, fields, en, ru, seq in rows:
                out[bytes(eid)] = Received(
                    bytes(sender),
                    bytes(eid),
                    tuple(f for f in fields.split(",") if f),
                    en,
                    ru,
                    int(seq),
                )
        return out

    def any(self) -> bool:
        """True when this vault holds any pseudonym received."""
        return bool(self._store.query("SELECT 1 FROM pseudonyms LIMIT 1"))
