"""What every screen of an unlocked vault needs, passed in through constructors.

There is no global: the main window builds one `Env` per unlocked session and drops it at lock.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject

from casebook.service import CaseService
from casebook.ui.clipboard import ClipboardGuard
from casebook.ui.peer_book import PeerBook
from casebook.ui.tasks import TaskRunner
from casebook.ui.unsaved import UNSAVED_DRAFT, Unsaved, UnsavedBook
from casebook.ui.vocabularies import VocabularyBook
from casebook.ui.worker import StoreClient

__all__ = ["Env"]

T = TypeVar("T")


@dataclass(frozen=True)
class Env:
    """The session's store client and the app's services."""

    client: StoreClient
    runner: TaskRunner
    language: str
    clipboard: ClipboardGuard
    report_error: Callable[[BaseException], None]
    notify_saved: Callable[[], None]
    me: bytes = b""  # this vault's author key, to tell "you" from peers
    vocabularies: VocabularyBook = field(default_factory=VocabularyBook)
    peers: PeerBook = field(default_factory=PeerBook)
    unsaved: UnsavedBook = field(default_factory=UnsavedBook)  # input that could not be saved

    def read(
        self,
        job: Callable[[CaseService], T],
        on_ok: Callable[[T], None],
        context: QObject,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run a query on the store thread; `on_ok(result)` if `context` still exists."""

        def done(result: Any) -> None:
            if isinstance(result, BaseException):
                (on_error or self.report_error)(result)
            else:
                on_ok(result)

        self.client.call(job, done, context)

    def write(
        self,
        job: Callable[[CaseService], T],
        on_ok: Callable[[T], None] | None,
        context: QObject | None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run a change on the store thread.

        A failure is always reported, even when `context` is gone by then (the person must
        learn that something was not saved); success calls `on_ok` only if `context` exists.
        """

        def done(result: Any) -> None:
            alive = context is None or shiboken6.isValid(context)
            if isinstance(result, BaseException):
                if on_error is not None and alive:
                    on_error(result)
                else:
                    self.report_error(result)
                return
            self.notify_saved()
            if on_ok is not None and alive:
                on_ok(result)

        self.client.call(job, done, None)

    def keep_unsaved(self, entries: list[Unsaved]) -> int:
        """Keep what was typed and cannot be saved inside the vault, as one draft (queued
        before the close); returns how many fields it holds."""
        self.unsaved.clear()
        for entry in entries:
            self.unsaved.put(entry)
        text = self.unsaved.to_text()
        self.write(lambda s: s.drafts.save(UNSAVED_DRAFT, text), None, None)
        self.unsaved.clear()
        return len(entries)

    def take_unsaved(self, text: str) -> list[Unsaved]:
        """After unlocking: the kept draft's fields, back in the book for the forms to show,
        and the draft emptied (the next lock keeps what is still not saved)."""
        self.unsaved.load(text)
        self.write(lambda s: s.drafts.save(UNSAVED_DRAFT, ""), None, None)
        return self.unsaved.entries()
