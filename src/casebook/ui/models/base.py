"""The shared shape of casebook's table models: immutable rows, an IntEnum of columns.

A model never touches the vault. Rows come from a job on the store thread (see the `load_*`
functions next to each model) and are swapped in whole with `set_rows`. `data()` reads them.

A cell whose value is erased, hidden or withheld (`masked`) never reads blank: it says why, in
a dim italic.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable, Mapping
from enum import IntEnum
from typing import Any, ClassVar, Generic, TypeVar

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from casebook.domain.records import Record
from casebook.ui.labels import masked_text, pseudonym_label
from casebook.ui.vocabularies import Vocabularies, VocabularyBook

__all__ = ["ID_ROLE", "MASKED_COLOUR", "RowTableModel", "masked_font", "with_masks"]

RowT = TypeVar("RowT")
Index = QModelIndex | QPersistentModelIndex

ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1  # the record id (bytes) of a row
_DISPLAY = Qt.ItemDataRole.DisplayRole
_FONT = Qt.ItemDataRole.FontRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_SHIPPED = Vocabularies.shipped()
MASKED_COLOUR = QColor("#6b6b6b")  # dim, yet readable on the alternating row colours


_NAMED_BY = {"case": "title", "person": "name", "attachment": "name", "segment": "text"}


def with_masks(records: Iterable[Record], labels: Mapping[bytes, str]) -> dict[bytes, str]:
    """`labels`, where a record named by a value that is not shown says why instead of "".

    Runs in the store-thread jobs that name records (`QCoreApplication.translate` is
    thread-safe); the workspace is rebuilt when the language changes.
    """
    out = dict(labels)
    for r in records:
        name = _NAMED_BY.get(r.kind, "")
        why = r.masked.get(name) if name else None
        if why and r.pseudonym is not None and name in r.pseudonym.fields:
            out[r.id] = pseudonym_label(r.pseudonym)
        elif why and not out.get(r.id):
            out[r.id] = masked_text(why)
    return out


def masked_font() -> QFont:
    """The italic of a value that is not shown."""
    font = QFont()
    font.setItalic(True)
    return font


class RowTableModel(QAbstractTableModel, Generic[RowT]):
    """A flat table of immutable rows. Subclasses set `columns` and say how a cell reads."""

    columns: ClassVar[type[IntEnum]]
    # Column → the record field it shows, for rows with a `record` (erased values say so).
    column_fields: ClassVar[dict[int, str]] = {}

    # Every model made, weakly: a lock drops the rows of each, even of one whose dialog is gone
    # while a callback still holds its Python side (`drop_every_row`).
    _made: ClassVar[weakref.WeakSet[RowTableModel[Any]]] = weakref.WeakSet()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[RowT, ...] = ()
        self._book: VocabularyBook | None = None
        RowTableModel._made.add(self)

    @classmethod
    def drop_every_row(cls) -> None:
        """Empty every model that exists (at a lock): live ones through a reset, those whose
        Qt side is already deleted by forgetting their rows."""
        for model in list(cls._made):
            if shiboken6.isValid(model):
                model.clear()
            else:
                model._rows = ()

    # -- Qt overrides ---------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Rows of the (flat) table."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """One column per member of `columns`."""
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        """A cell's value for `role`; None for roles the model does not answer."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self.columns(index.column())
        if role == _DISPLAY:
            why = self.masked(row, column)
            if why:
                return self.pseudonym(row, column) or masked_text(why)
            return self.display(row, column)
        if role == ID_ROLE:
            return self.row_id(row)
        if role in (_FONT, _FOREGROUND) and self.masked(row, column):
            return masked_font() if role == _FONT else MASKED_COLOUR
        return self.other_role(row, column, role)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        """Column titles (translated by the subclass)."""
        if (
            orientation == Qt.Orientation.Horizontal
            and role == _DISPLAY
            and 0 <= section < len(self.columns)
        ):
            return self.header(self.columns(section))
        return None

    # -- for subclasses -------------------------------------------------------------------

    def display(self, row: RowT, column: IntEnum) -> str:
        """The text of one cell."""
        raise NotImplementedError

    def header(self, column: IntEnum) -> str:
        """The title of one column."""
        raise NotImplementedError

    def row_id(self, row: RowT) -> bytes:
        """The record id of a row."""
        return bytes(getattr(row, "id", b""))

    def other_role(self, row: RowT, column: IntEnum, role: int) -> Any:
        """Any other role (tooltips, decorations); None by default."""
        return None

    def masked(self, row: RowT, column: IntEnum) -> str:
        """Why the cell's value is not shown ("erased", "hidden", "withheld"), or "".

        By default: the reason `Record.masked` gives for the field `column_fields` names, for
        rows that carry their `record`.
        """
        name = self.column_fields.get(int(column))
        record = getattr(row, "record", None) if name else None
        if record is None:
            return ""
        return str(record.masked.get(name, "")) if record.fields.get(name) is None else ""

    def pseudonym(self, row: RowT, column: IntEnum) -> str:
        """A colleague's pseudonym for the value they withheld from this cell, or ""."""
        name = self.column_fields.get(int(column))
        record = getattr(row, "record", None) if name else None
        p = record.pseudonym if record is not None else None
        return pseudonym_label(p) if p is not None and name in p.fields else ""

    def use_vocabularies(self, book: VocabularyBook | None) -> None:
        """Label codes with the session's terms (the person's own too); repaint as they grow."""
        self._book = book
        if book is not None:
            book.changed.connect(self.on_book_changed)

    @property
    def vocabularies(self) -> Vocabularies:
        """The session's terms (the shipped ones when the model has no book)."""
        return self._book.current if self._book is not None else _SHIPPED

    def vocab_label(self, vocabulary: str, code: str | None, language: str) -> str:
        """The label of a vocabulary code in `language`."""
        return self.vocabularies.label(vocabulary, code, language)

    def on_book_changed(self) -> None:
        """New terms: every cell may read differently."""
        if self._rows:
            last = self.index(len(self._rows) - 1, len(self.columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    # -- for views ------------------------------------------------------------------------

    def set_rows(self, rows: Iterable[RowT]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def clear(self) -> None:
        """Drop every row (on lock)."""
        self.set_rows(())

    @property
    def rows(self) -> tuple[RowT, ...]:
        """The rows, in order."""
        return self._rows

    def row_at(self, index: Index) -> RowT | None:
        """The row behind an index, or None."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._rows[index.row()]

    def find(self, record_id: bytes) -> int:
        """The position of the row with this id, or -1."""
        for i, row in enumerate(self._rows):
            if self.row_id(row) == record_id:
                return i
        return -1
