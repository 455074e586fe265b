"""A form over one record that saves each field as it is typed: no Save button to forget.

Each editor, once typing pauses (or at once for lists and checkboxes), sends `set_field` to the
store thread. `flush()` sends whatever is still waiting; the window calls it before a lock, so a
lock in the middle of a word loses nothing. Values are checked here first, so the person gets a
specific translated message at the field instead of the core's generic "not valid".

What cannot be saved (a date casebook cannot read) is never dropped: it stays in its field,
marked, with the reason under it; showing another record keeps it in the session's
`UnsavedBook` until this record is shown again, and a lock keeps it inside the vault
(`unsaved_inputs`, `casebook.ui.unsaved`).

The fields come from the model (`casebook.domain.model.form_fields`): each one's `type` picks its
editor, `required` its checks, and `label_key` its translated label.

Every text field can be erased ("Erase this field…" in its context menu, or Ctrl+Shift+Delete);
a value that is erased, hidden or not shared with you says so instead of standing blank.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from casebook.domain.labels import record_label
from casebook.domain.model import FieldSpec, FieldType
from casebook.domain.records import Record
from casebook.ui.env import Env
from casebook.ui.erasure.erase_dialog import EraseDialog
from casebook.ui.erasure.fields import add_erase_action, show_mask
from casebook.ui.labels import field_label, kind_label
from casebook.ui.unsaved import Unsaved
from casebook.ui.widgets import Debouncer, ErrorBanner, set_name
from casebook.ui.workspace.choices import OpenChoice, add_check, checked_codes
from casebook.ui.workspace.date_field import DateLine, date_hint
from casebook.ui.workspace.deadlines import DeadlinesEditor

__all__ = ["RecordForm", "date_hint"]

TYPING_PAUSE_MS = 600


class _Invalid(Exception):
    """A value the person must correct; the message is translated."""


class RecordForm(QWidget):
    """Editors for some fields of one record, saved as they change."""

    field_saved = Signal(str, object)  # field name, value (confirmed by the store)
    field_erased = Signal(str)  # field name: the views must read the record again

    def __init__(
        self,
        env: Env,
        fields: Sequence[FieldSpec],
        parent: QWidget | None = None,
        *,
        language: str = "en",
        open_choices: Sequence[str] = (),
    ) -> None:
        super().__init__(parent)
        self._env = env
        self._language = language
        self._open_choices = set(open_choices)  # lines offering choices (see `set_choices`)
        self._fields = {f.name: f for f in fields}
        self._record: Record | None = None
        self._saved: dict[str, Any] = {}
        self._loading = False
        self.editors: dict[str, QWidget] = {}
        self.erase_actions: dict[str, QAction] = {}
        self._masked: set[str] = set()  # fields showing why their value is not shown
        self._debouncers: dict[str, Debouncer] = {}
        self.conflict_banner = ErrorBanner(self)
        self.error = ErrorBanner(self)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for f in fields:
            editor = self._make_editor(f)
            label = field_label(f.label_key)
            set_name(editor, label)
            self.editors[f.name] = editor
            if isinstance(editor, DateLine):  # its note under it: what was not saved, and why
                box = editor.with_note(self)
                self.form.addRow(label + ":", box)
                buddy = self.form.labelForField(box)
                if isinstance(buddy, QLabel):
                    buddy.setBuddy(editor)
            else:
                self.form.addRow(label + ":", editor)
            self._debouncers[f.name] = Debouncer(self._saver(f.name), TYPING_PAUSE_MS, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.conflict_banner)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        self.setEnabled(False)
        env.vocabularies.changed.connect(self.on_vocabularies_changed)

    # -- editors --------------------------------------------------------------------------

    def _slot(self, name: str, *, now: bool = False, flush: bool = False) -> Callable[..., None]:
        """A slot for any signal of the editor of `name` (its arguments are ignored)."""

        def slot(*_args: object) -> None:
            if flush:
                self._debouncers[name].flush()
            else:
                self._on_changed(name, now=now)

        return slot

    def _saver(self, name: str) -> Callable[[], None]:
        return lambda: self._save(name)

    def _make_editor(self, f: FieldSpec) -> QWidget:
        changed = self._slot(f.name)
        now = self._slot(f.name, now=True)
        if f.type is FieldType.LINE and (f.vocab or f.name in self._open_choices):
            choice = OpenChoice(self)
            if f.vocab:
                self._fill_choices(f, choice)
                choice.setToolTip(self._add_term_hint())
            choice.activated.connect(now)
            completer = choice.completer()
            if completer is not None:  # a choice picked from what typing brought up
                completer.activated.connect(now)
            edit = choice.lineEdit()
            if edit is not None:
                edit.textEdited.connect(changed)
                edit.editingFinished.connect(self._slot(f.name, flush=True))
                self.erase_actions[f.name] = add_erase_action(edit, self._eraser(f.name))
            return choice
        if f.type in (FieldType.LINE, FieldType.DATE, FieldType.TAGS):
            line = DateLine(self._language, self) if f.type is FieldType.DATE else QLineEdit(self)
            if f.type is FieldType.TAGS:
                line.setPlaceholderText(self.tr("separate with commas"))
            line.textEdited.connect(changed)
            line.editingFinished.connect(self._slot(f.name, flush=True))
            self.erase_actions[f.name] = add_erase_action(line, self._eraser(f.name))
            return line
        if f.type is FieldType.MULTILINE:
            text = QPlainTextEdit(self)
            text.setTabChangesFocus(True)
            text.setMinimumHeight(70)
            text.textChanged.connect(changed)
            self.erase_actions[f.name] = add_erase_action(text, self._eraser(f.name))
            return text
        if f.type in (FieldType.VOCAB, FieldType.REF):
            combo = QComboBox(self)
            if f.type is FieldType.VOCAB:
                self._fill_choices(f, combo)
                combo.setToolTip(self._add_term_hint())
            combo.activated.connect(now)
            return combo
        if f.type is FieldType.CODES:
            checks = QListWidget(self)
            self._fill_choices(f, checks)
            checks.setToolTip(self._add_term_hint())
            checks.setMaximumHeight(110)
            checks.itemChanged.connect(now)
            return checks
        deadlines = DeadlinesEditor(self, language=self._language)
        deadlines.changed.connect(changed)
        return deadlines

    def _eraser(self, name: str) -> Callable[[], None]:
        def erase() -> None:
            self.open_erase(name)

        return erase

    def open_erase(self, name: str) -> EraseDialog | None:
        """Ask about erasing one field of the record (what goes, why, who has a copy)."""
        record = self._record
        if record is None:
            return None
        self.flush()  # what is being typed is part of what goes
        dialog = EraseDialog(self._env, record.id, name, self)
        dialog.erased.connect(lambda _info: self.field_erased.emit(name))
        dialog.open()
        return dialog

    def _fill_choices(self, f: FieldSpec, editor: QWidget) -> None:
        """(Re)fill a vocabulary editor with the session's terms, keeping what it shows."""
        choices = self._env.vocabularies.current.choices(f.vocab or "", self._language)
        loading, self._loading = self._loading, True
        try:
            if isinstance(editor, OpenChoice):
                editor.set_choices(choices)
            elif isinstance(editor, QComboBox):
                current = editor.currentData()
                editor.clear()
                if not f.required:
                    editor.addItem("—", None)
                for code, label in choices:
                    editor.addItem(label, code)
                if current is not None:
                    self._put(f.name, current)
            elif isinstance(editor, QListWidget):
                chosen = checked_codes(editor)
                editor.clear()
                for code, label in choices:
                    add_check(editor, code, label)
                if chosen:
                    self._put(f.name, chosen)
        finally:
            self._loading = loading

    def on_vocabularies_changed(self) -> None:
        """The person added a term: offer it in every drop-down of its vocabulary."""
        for f in self._fields.values():
            if f.type in (FieldType.VOCAB, FieldType.CODES):
                self._fill_choices(f, self.editors[f.name])

    def _add_term_hint(self) -> str:
        return self.tr("Missing a choice? Add it with Cases → Vocabularies…")

    def set_choices(self, name: str, options: Sequence[tuple[str, str]]) -> None:
        """The (stored value, label) choices of an open-choice line (colleagues, say)."""
        editor = self.editors[name]
        if isinstance(editor, OpenChoice):
            loading, self._loading = self._loading, True
            editor.set_choices(options)
            self._loading = loading

    def set_refs(self, name: str, options: Sequence[tuple[str, str]]) -> None:
        """The choices of a reference field: (hex id, label)."""
        combo = self.editors[name]
        if not isinstance(combo, QComboBox):
            return
        self._loading = True
        current = combo.currentData()
        combo.clear()
        combo.addItem("—", None)
        for hex_id, label in options:
            combo.addItem(label, hex_id)
        i = combo.findData(current)
        combo.setCurrentIndex(max(i, 0))
        self._loading = False

    # -- reading and writing values -------------------------------------------------------

    def _get(self, name: str) -> Any:
        f, editor = self._fields[name], self.editors[name]
        if isinstance(editor, QLineEdit):
            text = editor.text()
            if f.type is FieldType.TAGS:
                return [t.strip() for t in text.split(",") if t.strip()] or None
            if isinstance(editor, DateLine):
                problem = editor.problem()
                if problem:
                    raise _Invalid(problem)
                value = editor.stored()
                if value is None and f.required:
                    raise _Invalid(
                        self.tr("%1 needs a date.").replace("%1", field_label(f.label_key))
                    )
                return value
            if f.required and not text.strip():
                raise _Invalid(
                    self.tr("%1 cannot be empty.").replace("%1", field_label(f.label_key))
                )
            return text or None
        if isinstance(editor, QPlainTextEdit):
            return editor.toPlainText() or None
        if isinstance(editor, OpenChoice):
            return editor.value()
        if isinstance(editor, QComboBox):
            return editor.currentData()
        if isinstance(editor, QListWidget):
            return sorted(checked_codes(editor)) or None
        if isinstance(editor, DeadlinesEditor):
            return editor.value() or None  # rows that cannot be read are marked, not saved
        return None  # pragma: no cover

    def _put(self, name: str, value: Any) -> None:
        editor = self.editors[name]
        f = self._fields[name]
        if isinstance(editor, DateLine):
            editor.show_stored(None if value is None else str(value))
        elif isinstance(editor, QLineEdit):
            if f.type is FieldType.TAGS:
                editor.setText(", ".join(value or []))
            else:
                editor.setText("" if value is None else str(value))
            editor.setCursorPosition(0)
        elif isinstance(editor, QPlainTextEdit):
            editor.setPlainText("" if value is None else str(value))
        elif isinstance(editor, OpenChoice):
            editor.set_value(None if value is None else str(value))
        elif isinstance(editor, QComboBox):
            i = editor.findData(value)
            if i < 0 and value is not None and f.type is FieldType.VOCAB:
                editor.addItem(str(value), value)  # a term this session does not know (yet)
                i = editor.count() - 1
            editor.setCurrentIndex(max(i, 0))
        elif isinstance(editor, QListWidget):
            chosen = set(value or [])
            shown = {editor.item(i).data(Qt.ItemDataRole.UserRole) for i in range(editor.count())}
            for code in sorted(chosen - shown):
                add_check(editor, code, code)  # a term this session does not know (yet)
            for i in range(editor.count()):
                item = editor.item(i)
                code = item.data(Qt.ItemDataRole.UserRole)
                item.setCheckState(
                    Qt.CheckState.Checked if code in chosen else Qt.CheckState.Unchecked
                )
        elif isinstance(editor, DeadlinesEditor):
            editor.set_value(value or [])

    # -- the record -----------------------------------------------------------------------

    @property
    def record(self) -> Record | None:
        """The record being edited."""
        return self._record

    def set_record(self, record: Record | None) -> None:
        """Show `record` (after sending anything still waiting for the previous one, and
        keeping what could not be saved until that record is shown again)."""
        self.flush()
        same = record is not None and self._record is not None and record.id == self._record.id
        if not same:
            for entry in self.unsaved_inputs():
                self._env.unsaved.put(entry)
        kept = self.unsaved_inputs() if same else []
        self._record = record
        self._loading = True
        try:
            self.error.clear_message()
            self._saved = {}
            for name in self._fields:
                value = record.get(name) if record is not None else None
                self._put(name, value)
                self._saved[name] = value
                why = record.masked.get(name, "") if record is not None and value is None else ""
                if why or name in self._masked:
                    show_mask(self.editors[name], why)
                self._masked.discard(name)
                if why:
                    self._masked.add(name)
        finally:
            self._loading = False
        self.setEnabled(record is not None)
        conflicts = sorted(record.conflicts & set(self._fields)) if record else []
        if conflicts:
            names = ", ".join(field_label(self._fields[c].label_key) for c in conflicts)
            self.conflict_banner.show_error(
                QCoreApplication.translate(
                    "RecordForm",
                    "Conflicting edits in: %1. Compare and resolve them in the History tab.",
                ).replace("%1", names)
            )
        else:
            self.conflict_banner.clear_message()
        if record is not None:
            self._bring_back(record.id, kept)

    def _bring_back(self, record_id: bytes, kept: list[Unsaved]) -> None:
        """Put input that could not be saved back into its field, with the reason."""
        mine = {e.field: e for e in kept}
        for name in self._fields:
            entry = self._env.unsaved.take(record_id, name) or mine.get(name)
            if entry is None:
                continue
            editor = self.editors[name]
            if isinstance(editor, DateLine):
                editor.setText(entry.text)
            elif isinstance(editor, DeadlinesEditor):
                try:
                    rows = [(str(d), str(w)) for d, w in json.loads(entry.text)]
                except (ValueError, TypeError):
                    continue
                editor.add_rows(rows)
            self._save(name)

    def unsaved_inputs(self) -> list[Unsaved]:
        """What is typed in this form and cannot be saved (dates that cannot be read)."""
        record = self._record
        if record is None:
            return []
        label = record_label(record, self._env.vocabularies.current.labeller(self._language))
        where = label if record.kind == "case" and label else kind_label(record.kind)
        if label and record.kind != "case":  # a case is named by its title alone
            where = f"{where}: {label}"
        out = []
        for name, editor in self.editors.items():
            if isinstance(editor, DateLine) and editor.problem():
                out.append(Unsaved(record.id, name, editor.text(), where))
            elif isinstance(editor, DeadlinesEditor) and editor.problems():
                rows = json.dumps(editor.unsaved_rows(), ensure_ascii=False)
                out.append(Unsaved(record.id, name, rows, where))
        return out

    def _on_changed(self, name: str, *, now: bool = False) -> None:
        if self._loading or self._record is None:
            return
        if name in self._masked:  # a new value typed over an erased one: it reads as typed
            self._masked.discard(name)
            show_mask(self.editors[name], "")
        if now:
            self._save(name)
        else:
            self._debouncers[name].poke()

    def _save(self, name: str) -> None:
        record = self._record
        if record is None:
            return
        self._debouncers[name].cancel()
        editor = self.editors[name]
        try:
            value = self._get(name)
        except _Invalid as e:
            if isinstance(editor, DateLine):
                editor.show_problem(str(e))  # at the field, where it was typed
            else:
                self.error.show_error(str(e))
            return
        if isinstance(editor, DateLine):
            editor.show_problem("")
        elif isinstance(editor, DeadlinesEditor):
            editor.show_problems()
        self.error.clear_message()
        if value == self._saved.get(name):
            return
        previous = self._saved.get(name)
        self._saved[name] = value
        record_id = record.id

        def failed(error: BaseException) -> None:
            self._saved[name] = previous  # the next change tries again
            self._env.report_error(error)

        self._env.write(
            lambda s: s.records.set_field(record_id, name, value),
            lambda _: self.field_saved.emit(name, value),
            self,
            failed,
        )

    def flush(self) -> None:
        """Send every change still waiting for a pause in typing."""
        for debouncer in self._debouncers.values():
            debouncer.flush()

    @property
    def pending(self) -> bool:
        """True while a change waits for a pause in typing."""
        return any(d.due for d in self._debouncers.values())
