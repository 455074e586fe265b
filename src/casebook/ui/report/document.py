"""report.json as a QTextDocument, built with cursor inserts only.

Case text never passes through HTML: `QTextCursor.insertText` takes it as characters, so a
`<img src="file:///…">` or `<a href=…>` typed into a note (or arriving in a colleague's bundle)
is printed as those characters, and the PDF gets no image and no link (PROTECTION §4). Nothing
here calls `setHtml`, `insertHtml` or sets an anchor. Sections follow `casebook.report.build`;
the fixed words come from `casebook.report.texts` in the report's language.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from typing import Any

from PySide6.QtGui import (
    QColor,
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextLength,
    QTextTableFormat,
)

from casebook.base.errors import Cancelled
from casebook.domain.dates import format_fuzzy
from casebook.report.build import short_id
from casebook.report.texts import PURPOSE, t

__all__ = ["ReportDocument", "utc"]


def report_font(family: str, size: float, *, bold: bool = False) -> QFont:
    """A font of the report: no ligatures, so that text copied out of the PDF (a command, a
    "fi" in a word) is the text that was typed."""
    font = QFont(family)
    font.setPointSizeF(size)
    font.setBold(bold)
    for tag in ("liga", "clig", "dlig"):
        font.setFeature(QFont.Tag(tag), 0)
    return font


def _is_runs(value: Any) -> bool:
    """True for a text with people in place of names: strings and {"p"}/{"w"} references."""
    return (
        isinstance(value, list)
        and any(isinstance(v, dict) for v in value)
        and all(
            isinstance(v, str) or (isinstance(v, dict) and ("p" in v or "w" in v)) for v in value
        )
    )


def utc(ms: int) -> str:
    """A time in ms as "2025-03-05 14:32 UTC" (the same on every machine)."""
    when = _dt.datetime.fromtimestamp(ms / 1000, tz=_dt.UTC)
    return when.strftime("%Y-%m-%d %H:%M UTC")


class ReportDocument:
    """Writes one report into a QTextDocument, section by section."""

    def __init__(
        self,
        doc: dict[str, Any],
        lang: str,
        *,
        family: str,
        mono: str,
        json_sha256: str,
        cancel: Callable[[], bool] | None = None,
    ) -> None:
        self.r = doc
        self.lang = lang
        self.json_sha256 = json_sha256
        self._cancel = cancel
        self.text = QTextDocument()
        self.text.setUndoRedoEnabled(False)
        self.text.setDefaultFont(report_font(family, 10))
        self.cursor = QTextCursor(self.text)
        self.plain = self._fmt(family, 10)
        self.bold = self._fmt(family, 10, bold=True)
        self.small = self._fmt(family, 8.5)
        self.dim = self._fmt(family, 8.5, color="#555555")
        self.mono = self._fmt(mono, 7.5)
        self.h1 = self._fmt(family, 18, bold=True)
        self.h2 = self._fmt(family, 14, bold=True)
        self.h3 = self._fmt(family, 11, bold=True)
        self.people = {
            p["ref"]: p for p in doc.get("persons", []) if isinstance(p, dict) and "ref" in p
        }
        self.conflicts = {(c["record"], c["field"]): c for c in doc.get("conflicts", [])}
        self._first = True

    @staticmethod
    def _fmt(
        family: str, size: float, *, bold: bool = False, color: str | None = None
    ) -> QTextCharFormat:
        f = QTextCharFormat()
        f.setFont(report_font(family, size, bold=bold))
        if color:
            f.setForeground(QColor(color))
        return f

    def t(self, key: str, **fields: object) -> str:
        """A fixed phrase in the report's language."""
        return t(key, self.lang, **fields)

    def check(self) -> None:
        """Stop with `Cancelled` when asked to."""
        if self._cancel is not None and self._cancel():
            raise Cancelled()

    # -- blocks -----------------------------------------------------------------------------

    def block(
        self, fmt: QTextCharFormat, *, before: float = 0, after: float = 4, page: bool = False
    ) -> None:
        """Start a paragraph (the very first reuses the document's empty one)."""
        bf = QTextBlockFormat()
        bf.setTopMargin(before)
        bf.setBottomMargin(after)
        if page:
            bf.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        if self._first:
            self.cursor.setBlockFormat(bf)
            self.cursor.setBlockCharFormat(fmt)
            self._first = False
        else:
            self.cursor.insertBlock(bf, fmt)

    def para(self, value: Any, fmt: QTextCharFormat | None = None, **kw: Any) -> None:
        """A paragraph of a value (text runs, codes, dates) or of a plain string."""
        self.block(fmt or self.plain, **kw)
        self.write(value, fmt or self.plain)

    def heading(self, text: str, level: int = 2, *, page: bool = False) -> None:
        """A section (2) or sub-section (3) title; sections may start a new page."""
        fmt = {1: self.h1, 2: self.h2}.get(level, self.h3)
        self.block(fmt, before=10 if level > 1 else 0, after=6, page=page)
        self.cursor.insertText(text, fmt)

    def field(self, label: str, value: Any, *, absent: str | None = None) -> None:
        """ "Label: value" on its own line; an absent value says why it is absent."""
        self.block(self.plain, after=2)
        self.cursor.insertText(f"{label}: ", self.bold)
        if absent is not None:
            self.cursor.insertText(self.absent_text(absent), self.dim)
        else:
            self.write(value, self.plain)

    def fields(self, rec: dict[str, Any], names: tuple[str, ...], labels: dict[str, str]) -> None:
        """The named fields of a record that have a value or a reason for having none."""
        absent = rec.get("absent", {})
        for name in names:
            if name in absent:
                if absent[name] == "conflict":
                    self.field(labels[name], self.conflict_inline(rec.get("ref", ""), name))
                else:
                    self.field(labels[name], None, absent=absent[name])
            elif rec.get(name) not in (None, "", []):
                self.field(labels[name], rec[name])

    # -- values -----------------------------------------------------------------------------

    def absent_text(self, why: str) -> str:
        """[withheld], [erased], … in the report's language."""
        key = why if why in ("erased", "hidden", "not_shared", "conflict") else "withheld"
        return f"[{self.t(key)}]"

    def person_name(self, ref: str) -> str:
        """A person's pseudonym (or name, where it is shown) in the report's language."""
        p = self.people.get(ref)
        if p is None:
            return ref
        if p.get("pseudonym"):
            return str(p["pseudonym"].get(self.lang, ref))
        name = p.get("name")
        return self.flat(name) if name else ref

    def flat(self, value: Any) -> str:
        """A value as one line of plain text."""
        if value is None:
            return ""
        if isinstance(value, str):
            return value
        if isinstance(value, list):
            sep = "" if _is_runs(value) else ", "
            return sep.join(self.flat(v) for v in value)
        if isinstance(value, dict):
            if "p" in value:
                return self.person_name(str(value["p"]))
            if "w" in value:
                return f"[{self.t('person_left_out')}]"
            if "code" in value:
                return str(value.get(self.lang) or value["code"])
            if "deleted" in value:
                return self.t("deleted") if value["deleted"] else self.t("restored")
            if "date" in value and "what" in value:
                return f"{format_fuzzy(str(value['date']), self.lang)} — {self.flat(value['what'])}"
        return str(value)

    def write(self, value: Any, fmt: QTextCharFormat) -> None:
        """Insert a value at the cursor: runs with people in bold, codes as labels."""
        if _is_runs(value):
            for run in value:
                if isinstance(run, str):
                    self.cursor.insertText(run, fmt)
                else:
                    self.cursor.insertText(self.flat(run), self.bold)
            return
        self.cursor.insertText(self.flat(value), fmt)

    def date(self, value: Any) -> str:
        """A fuzzy date as people say it."""
        return format_fuzzy(str(value), self.lang) if value else ""

    def conflict_inline(self, ref: str, name: str) -> str:
        """Every value of a conflicted field, on one line, and where the details are."""
        c = self.conflicts.get((ref, name))
        if c is None:
            return self.absent_text("conflict")
        shown = []
        for v in c["values"]:
            if v.get("absent"):
                shown.append(self.absent_text(str(v["absent"])))
            elif name == "date":
                shown.append(self.date(v.get("value")))
            else:
                shown.append(self.flat(v.get("value")))
        text = self.t("conflict_inline", values=" | ".join(shown))
        return f"⚠ {text} ({self.t('conflict')})"

    # -- tables -----------------------------------------------------------------------------

    def table(
        self,
        headers: list[str],
        rows: list[list[tuple[Any, QTextCharFormat]]],
        widths: list[int],
    ) -> None:
        """A table with a header row; each cell is (value, format); widths in percent. A row
        of one cell spans the whole table (a SHA-256 under its annex)."""
        self.block(self.plain, after=0)
        tf = QTextTableFormat()
        tf.setHeaderRowCount(1)
        tf.setCellPadding(3)
        tf.setCellSpacing(0)
        tf.setBorder(0.5)
        tf.setBorderBrush(QColor("#888888"))
        tf.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        tf.setColumnWidthConstraints(
            [QTextLength(QTextLength.Type.PercentageLength, w) for w in widths]
        )
        table = self.cursor.insertTable(len(rows) + 1, len(headers), tf)
        for col, text in enumerate(headers):
            cell = table.cellAt(0, col).firstCursorPosition()
            cell.insertText(text, self.bold)
        for r, row in enumerate(rows, 1):
            if len(row) == 1 and len(headers) > 1:
                table.mergeCells(r, 0, 1, len(headers))
            for col, (value, fmt) in enumerate(row):
                self.cursor = table.cellAt(r, col).firstCursorPosition()
                self.write(value, fmt)
        self.cursor = table.lastCursorPosition()
        self.cursor.movePosition(QTextCursor.MoveOperation.NextBlock)

    # -- the whole report -------------------------------------------------------------------

    def build(self) -> QTextDocument:
        """Every section, in order; the document is ready to paginate."""
        from casebook.ui.report.sections import write_sections

        write_sections(self)
        return self.text

    @property
    def title_line(self) -> str:
        """Report <id>."""
        return f"{self.t('report_id')} {short_id(bytes.fromhex(self.r['id']))}"

    @property
    def purpose_text(self) -> str:
        """The purpose in the report's language."""
        en, ru = PURPOSE[self.r["audience"]["purpose"]]
        return ru if self.lang == "ru" else en
