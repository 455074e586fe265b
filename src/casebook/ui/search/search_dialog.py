"""Global search (Ctrl+F): full-text across all cases, in the store; snippets show the matches.

Typing pauses briefly before each search; a slow answer to an older query is ignored. Enter in
the results (or a double click) opens the record and closes the dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from casebook.domain.records import SearchHit
from casebook.ui.env import Env
from casebook.ui.models.search import MARK_CLOSE, MARK_OPEN, SearchColumn, SearchModel
from casebook.ui.tables import make_table
from casebook.ui.widgets import Debouncer, plain_label, set_name

__all__ = ["SearchDialog", "SnippetDelegate", "split_marks"]

LIMIT = 100


def split_marks(snippet: str) -> list[tuple[str, bool]]:
    """The snippet as (text, is_match) pieces. Plain text: nothing is interpreted as markup."""
    pieces: list[tuple[str, bool]] = []
    rest = snippet
    while rest:
        start = rest.find(MARK_OPEN)
        if start < 0:
            pieces.append((rest, False))
            break
        if start:
            pieces.append((rest[:start], False))
        end = rest.find(MARK_CLOSE, start + 1)
        if end < 0:
            pieces.append((rest[start + 1 :], True))
            break
        pieces.append((rest[start + 1 : end], True))
        rest = rest[end + 1 :]
    return [(t, m) for t, m in pieces if t]


class SnippetDelegate(QStyledItemDelegate):
    """Paints a snippet with its matches in bold, by drawing text runs (never HTML)."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """Background as usual, then the pieces one after another, elided at the edge."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        rect = opt.rect.adjusted(4, 0, -4, 0)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = opt.palette.ColorRole.HighlightedText if selected else opt.palette.ColorRole.Text
        painter.save()
        painter.setPen(opt.palette.color(role))
        x = rect.left()
        for piece, match in split_marks(text):
            font = QFont(opt.font)
            font.setBold(match)
            metrics = QFontMetrics(font)
            room = rect.right() - x
            if room <= 0:
                break
            shown = metrics.elidedText(piece, Qt.TextElideMode.ElideRight, room)
            painter.setFont(font)
            painter.drawText(
                x,
                rect.top(),
                room,
                rect.height(),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                shown,
            )
            x += metrics.horizontalAdvance(shown)
            if shown != piece:
                break
        painter.restore()


class _QueryEdit(QLineEdit):
    down_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Down arrow moves into the results."""
        if event.key() == Qt.Key.Key_Down:
            self.down_pressed.emit()
            return
        super().keyPressEvent(event)


class SearchDialog(QDialog):
    """Search every case; choose a hit to open it."""

    hit_chosen = Signal(object)  # SearchHit

    def __init__(self, env: Env, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._env = env
        self._asked = 0
        self.setWindowTitle(self.tr("Search all cases"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.query = _QueryEdit(self)
        self.query.setPlaceholderText(self.tr("Words to find in every case…"))
        self.query.setClearButtonEnabled(True)
        set_name(self.query, self.tr("Search all cases"))
        self.model = SearchModel(self)
        self.results = make_table(self.model, self.tr("Search results"), self)
        self.results.setItemDelegateForColumn(SearchColumn.SNIPPET, SnippetDelegate(self.results))
        header = self.results.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(SearchColumn.SNIPPET, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(SearchColumn.WHERE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(SearchColumn.CASE, QHeaderView.ResizeMode.Interactive)
        self.results.setColumnWidth(SearchColumn.WHERE, 230)
        self.results.setColumnWidth(SearchColumn.CASE, 250)
        self.status = plain_label(
            self.tr(
                "Type to search. Words of three or more letters also "
                "find longer forms: “задерж” finds “задержание”."
            ),
            self,
            wrap=True,
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        self.resize(900, 520)
        self._debounce = Debouncer(self._search, 250, self)
        self.query.textChanged.connect(self._debounce.poke)
        self.query.returnPressed.connect(self.on_query_return_pressed)
        self.query.down_pressed.connect(self.on_query_return_pressed)
        self.results.activated.connect(self.on_results_activated)
        self.query.setFocus()

    def _search(self) -> None:
        text = self.query.text().strip()
        self._asked += 1
        asked = self._asked
        if not text:
            self.model.clear()
            self.status.setText("")
            return
        self._env.read(
            lambda s: s.reading.search(text, limit=LIMIT),
            lambda hits: self._show(asked, hits),
            self,
        )

    def _show(self, asked: int, hits: list[SearchHit]) -> None:
        if asked != self._asked:
            return  # an answer to an older query
        self.model.set_rows(hits)
        if not hits:
            self.status.setText(self.tr("Nothing found."))
        elif len(hits) >= LIMIT:
            self.status.setText(
                self.tr("The %n newest matches are shown; add words to narrow.", "", len(hits))
            )
        else:
            self.status.setText(self.tr("%n match(es).", "", len(hits)))

    def search_now(self, text: str) -> None:
        """Search for `text` at once (tests, and text passed in)."""
        self.query.setText(text)
        self._debounce.flush()

    def on_query_return_pressed(self) -> None:
        """Go to the first result."""
        self._debounce.flush()
        if self.model.rowCount():
            self.results.setFocus()
            self.results.selectRow(0)

    def on_results_activated(self, index: QModelIndex) -> None:
        """Open the chosen hit."""
        hit = self.model.row_at(index)
        if hit is not None:
            self.hit_chosen.emit(hit)
            self.close()
