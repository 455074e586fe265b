"""Erase a record, or one field of it: what goes, why, and who already holds a copy.

    open ──► store thread: erasure.preview (+ the record's label, the texts about to go)
         ──► what is erased · reason (five codes) · every colleague and bundle that carried it
    Erase ──► store thread: erasure.erase(reason) ──► the clipboard is cleared if it holds an
              erased text ──► `erased` ──► the views reload and show "erased"

The dialog is honest about what erasing cannot do (PROTECTION §1): copies that colleagues
received stay until their casebook honours the request, which casebook cannot prove, and copies
on USB sticks, printouts and reports stay with whoever has them. "Erase" is never the default
button: Enter cancels.

A record erased whole takes its parts with it, in the core and in one transaction: an
interview its notes, a case everything in it. The dialog says how many.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QVBoxLayout,
    QWidget,
)

from casebook.domain.labels import term_labels
from casebook.service import CaseService
from casebook.service.erasure import REASONS, ErasureInfo, ErasurePreview, Holder
from casebook.ui.env import Env
from casebook.ui.erasure.reasons import long_date, reason_label
from casebook.ui.errors import message_for
from casebook.ui.labels import field_label, kind_label
from casebook.ui.models.erasures import name_of
from casebook.ui.report.filed import court_text, filed_lines
from casebook.ui.widgets import ErrorBanner, heading, plain_label, set_name

__all__ = ["EraseDialog", "Loaded", "load_preview"]


@dataclass(frozen=True)
class Loaded:
    """What the dialog shows, read on the store thread."""

    preview: ErasurePreview
    label: str  # the record's one-line name
    texts: tuple[str, ...]  # every text about to be erased (to clear from the clipboard)
    parts: tuple[bytes, ...] = ()  # records erased with it: an interview's notes, a case's


def _texts(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [v for v in value if isinstance(v, str)]
    return []


def load_preview(s: CaseService, record_id: bytes, field: str, language: str) -> Loaded:
    """Store-thread job: the preview, the record's label, and the texts that would go."""
    preview = s.erasure.preview(record_id, field)
    rec = preview.record
    label = name_of(s, rec, term_labels(language, s.records.vocabulary))
    texts = [t for name, v in rec.fields.items() if not field or name == field for t in _texts(v)]
    for entry in s.reading.history(record_id, limit=5000):
        if entry.entity_id == record_id and (not field or entry.field == field):
            texts += _texts(entry.value)
    # A whole record takes its parts with it (an interview's notes, a case's records): the
    # core erases them in the same transaction, and their texts leave the clipboard too.
    for part in preview.parts:
        texts += [t for v in part.fields.values() for t in _texts(v)]
    parts = tuple(p.id for p in preview.parts)
    return Loaded(preview, label, tuple(dict.fromkeys(texts)), parts)


class EraseDialog(QDialog):
    """Ask why, say who holds a copy, then erase."""

    erased = Signal(object)  # ErasureInfo

    def __init__(self, env: Env, record_id: bytes, field: str, parent: QWidget) -> None:
        super().__init__(parent)
        self._env = env
        self._record_id = record_id
        self._field = field
        self.loaded: Loaded | None = None
        self.setWindowTitle(self.tr("Erase"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.title = heading(
            self.tr("Erase this field") if field else self.tr("Erase this record"), self, scale=1.2
        )
        self.what = plain_label("", self, wrap=True, selectable=True)
        set_name(self.what, self.tr("What is erased"))
        self.reason = QComboBox(self)
        for code in REASONS:
            self.reason.addItem(reason_label(code), code)
        self.reason.setCurrentIndex(-1)  # a reason is chosen, never assumed
        self.reason.setPlaceholderText(self.tr("Choose a reason"))
        set_name(
            self.reason,
            self.tr("Reason"),
            self.tr("Colleagues see this reason with the erasure request; it is never free text."),
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("What:"), self.what)
        form.addRow(self.tr("&Reason:"), self.reason)

        copies = QGroupBox(self.tr("Who already has a copy"), self)
        self.holders = plain_label(self.tr("Looking at what was sent…"), copies, wrap=True)
        set_name(self.holders, self.tr("Who already has a copy"))
        self.beyond = plain_label(
            self.tr(
                "Copies on USB sticks, in printouts and in reports stay with whoever has them: "
                "casebook cannot reach them."
            ),
            copies,
            wrap=True,
        )
        copies_layout = QVBoxLayout(copies)
        copies_layout.addWidget(self.holders)
        copies_layout.addWidget(self.beyond)
        self.here = plain_label("", self, wrap=True)
        self.error = ErrorBanner(self)

        buttons = QDialogButtonBox(self)
        self.erase_button = buttons.addButton(
            self.tr("&Erase"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.cancel_button = buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.erase_button.setAutoDefault(False)
        self.erase_button.setDefault(False)
        self.cancel_button.setDefault(True)  # Enter never erases
        self.erase_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(form)
        layout.addWidget(copies)
        layout.addWidget(self.here)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(640)

        self.erase_button.clicked.connect(self.on_erase_button_clicked)
        self.cancel_button.clicked.connect(self.reject)
        self.reason.currentIndexChanged.connect(lambda _i: self._update_button())
        language = env.language
        env.read(
            lambda s: load_preview(s, record_id, field, language),
            self._show,
            self,
            lambda e: self.error.show_error(message_for(e)),
        )

    # -- the preview ----------------------------------------------------------------------

    def _show(self, loaded: Loaded) -> None:
        self.loaded = loaded
        preview = loaded.preview
        what = kind_label(preview.record.kind)
        if loaded.label:
            what += f" «{loaded.label}»"
        if self._field:
            what = (
                self.tr("%1, field “%2”")
                .replace("%1", what)
                .replace("%2", field_label(f"{preview.record.kind}.{self._field}"))
            )
        elif loaded.parts and preview.record.kind == "interview":
            notes = self.tr("%1, with every field and its %n note(s)", "", len(loaded.parts))
            what = notes.replace("%1", what)
        elif loaded.parts:
            inside = self.tr("%1, with everything in it (%n record(s))", "", len(loaded.parts))
            what = inside.replace("%1", what)
        else:
            what = self.tr("%1, with every field").replace("%1", what)
        self.what.setText(what)
        self.holders.setText(self._holders_text(preview))
        nothing = bool(self._field) and preview.values == 0
        if nothing:
            self.here.setText(self.tr("This field holds nothing to erase."))
        else:
            self.here.setText(
                self.tr(
                    "Here, %n value(s) are deleted for good: the current one and every earlier "
                    "version, from the record, its history, search and unsent drafts. The history "
                    "keeps a line saying that it was erased, when, by whom and why. Colleagues "
                    "get the erasure request with your next bundle to them.",
                    "",
                    preview.values,
                )
            )
        self.erase_button.setEnabled(not nothing)
        self._update_button()
        self.adjustSize()

    def _holders_text(self, preview: ErasurePreview) -> str:
        filed = filed_lines(preview.reports)
        if filed:
            filed.append(court_text())
        if not preview.holders:
            return "\n".join([self.tr("No colleague received this from you in a bundle."), *filed])
        lines = [
            self.tr("These colleagues already received it from you:"),
            *("• " + self.holder_line(h) for h in preview.holders),
            self.tr(
                "Their copies remain until their casebook honours the erasure request. Casebook "
                "cannot prove that it did."
            ),
            *filed,
        ]
        return "\n".join(lines)

    def holder_line(self, holder: Holder) -> str:
        """One colleague who received the value: who, in which bundles, and when last."""
        if holder.name:
            who = holder.name
        else:
            who = self.tr("someone no longer among your colleagues (key %1)").replace(
                "%1", holder.identity.hex()[:16]
            )
        numbers = ", ".join(QLocale().toString(n) for n in holder.bundles)
        return (
            self.tr("%1: %n bundle(s) (no. %2), the last sealed on %3", "", len(holder.bundles))
            .replace("%1", who)
            .replace("%2", numbers)
            .replace("%3", long_date(holder.last_sent_ms))
        )

    def _update_button(self) -> None:
        ready = self.loaded is not None and self.reason.currentIndex() >= 0
        nothing = self.loaded is not None and bool(self._field) and self.loaded.preview.values == 0
        self.erase_button.setEnabled(ready and not nothing)

    @property
    def holder_count(self) -> int:
        """How many colleagues the preview names (for tests and the screenshot tour)."""
        return len(self.loaded.preview.holders) if self.loaded is not None else 0

    # -- erasing --------------------------------------------------------------------------

    def on_erase_button_clicked(self) -> None:
        """Erase on the store thread; the dialog closes when it is done."""
        code = self.reason.currentData()
        if self.loaded is None or code is None:
            return
        record_id, field = self._record_id, self._field
        self.erase_button.setEnabled(False)
        self.cancel_button.setEnabled(False)
        self.error.clear_message()

        def failed(error: BaseException) -> None:
            self.cancel_button.setEnabled(True)
            self._update_button()
            self.error.show_error(message_for(error))

        def job(s: CaseService) -> ErasureInfo:
            return s.erasure.erase(record_id, field, reason=str(code))

        self._env.write(job, self._on_erased, self, failed)

    def _on_erased(self, info: ErasureInfo) -> None:
        texts = self.loaded.texts if self.loaded is not None else ()
        self.loaded = None  # the erased texts leave this dialog too
        self._env.clipboard.clear_if_holds(texts)
        self.erased.emit(info)
        self.accept()
