"""Cases → Vocabularies…: the terms each drop-down offers, and adding the vault's own.

    choose a vocabulary ──► its terms (built in, then added)       from the session's book
    code, English, Russian ──► store thread: add_term + load_vocabularies ──► book.set
                                 every drop-down and table of that vocabulary offers it at once

A code is what records store, so it cannot change later; the labels are what people read.
Simple mistakes are named here; anything the core refuses maps through the error table.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casebook.service import CaseService
from casebook.ui.env import Env
from casebook.ui.errors import message_for
from casebook.ui.models.terms import TermColumn, TermsModel, term_rows
from casebook.ui.tables import make_table, select_id
from casebook.ui.vocabularies import Vocabularies, load_vocabularies
from casebook.ui.widgets import ErrorBanner, heading, plain_label, set_name

__all__ = ["VocabularyDialog"]


class VocabularyDialog(QDialog):
    """Browse a vocabulary and add a term to it."""

    def __init__(self, env: Env, parent: QWidget, vocabulary: str = "event_type") -> None:
        super().__init__(parent)
        self._env = env
        self.setWindowTitle(self.tr("Vocabularies"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        title = heading(self.tr("Vocabularies"), self, scale=1.15)
        intro = plain_label(
            self.tr(
                "These are the choices the drop-downs offer. Add your own term when none fits, "
                "for example an article of a law: it is kept in this vault and offered "
                "everywhere that vocabulary is used."
            ),
            self,
            wrap=True,
        )
        self.vocabulary = QComboBox(self)
        names = self._names()
        for name in env.vocabularies.current.terms:
            self.vocabulary.addItem(names.get(name, name), name)
        self.vocabulary.setCurrentIndex(max(0, self.vocabulary.findData(vocabulary)))
        vocabulary_label = QLabel(self.tr("&Vocabulary:"), self)
        vocabulary_label.setBuddy(self.vocabulary)
        set_name(self.vocabulary, self.tr("Vocabulary"))
        self.model = TermsModel(self)
        self.table = make_table(
            self.model, self.tr("Terms of this vocabulary"), self, stretch=TermColumn.ENGLISH
        )
        self.table.setMinimumHeight(200)
        header = self.table.horizontalHeader()
        for column in (TermColumn.ENGLISH, TermColumn.RUSSIAN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

        self.code = QLineEdit(self)
        self.code.setMaxLength(64)
        set_name(self.code, self.tr("Code"), self.tr("Letters, digits and underscores."))
        self.english = QLineEdit(self)
        set_name(self.english, self.tr("English label"))
        self.russian = QLineEdit(self)
        set_name(self.russian, self.tr("Russian label"))
        code_hint = plain_label(
            self.tr(
                "The code is what records store and cannot be changed later: letters, digits "
                "and underscores, for example koap_20_2_8."
            ),
            self,
            wrap=True,
        )
        self.add_button = QPushButton(self.tr("&Add term"), self)
        self.message = ErrorBanner(self)
        add_box = QGroupBox(self.tr("Add a term"), self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        code_column = QVBoxLayout()
        code_column.addWidget(self.code)
        code_column.addWidget(code_hint)
        code_label = QLabel(self.tr("&Code:"), self)
        code_label.setBuddy(self.code)
        form.addRow(code_label, code_column)
        form.addRow(self.tr("&English label:"), self.english)
        form.addRow(self.tr("R&ussian label:"), self.russian)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        box_layout = QVBoxLayout(add_box)
        box_layout.addLayout(form)
        box_layout.addLayout(add_row)
        box_layout.addWidget(self.message)

        buttons = QDialogButtonBox(self)
        self.close_button = buttons.addButton(
            self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole
        )
        top = QHBoxLayout()
        top.addWidget(vocabulary_label)
        top.addWidget(self.vocabulary, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(add_box)
        layout.addWidget(buttons)
        self.setMinimumSize(860, 620)

        self.vocabulary.currentIndexChanged.connect(self.on_vocabulary_changed)
        self.add_button.clicked.connect(self.on_add_button_clicked)
        self.russian.returnPressed.connect(self.on_add_button_clicked)
        self.close_button.clicked.connect(self.reject)
        env.vocabularies.changed.connect(self.on_vocabularies_changed)
        self.on_vocabulary_changed()
        self.vocabulary.setFocus()

    def _names(self) -> dict[str, str]:
        return {
            "event_type": self.tr("What happened (event types)"),
            "legal_article": self.tr("Legal articles"),
            "detention_type": self.tr("Detention types"),
            "role": self.tr("Roles of people"),
            "case_status": self.tr("Case statuses"),
            "consent_scope": self.tr("Consent scopes"),
            "sensitivity": self.tr("Sensitivity"),
            "language": self.tr("Languages of interviews"),
        }

    @property
    def current_vocabulary(self) -> str:
        """The name of the vocabulary shown."""
        return str(self.vocabulary.currentData())

    def on_vocabulary_changed(self, *_args: object) -> None:
        """Show the terms of the chosen vocabulary."""
        self.model.set_rows(term_rows(self._env.vocabularies.current, self.current_vocabulary))
        self.message.clear_message()

    def on_vocabularies_changed(self) -> None:
        """A term was added (here or elsewhere): show it."""
        self.model.set_rows(term_rows(self._env.vocabularies.current, self.current_vocabulary))

    # -- adding ---------------------------------------------------------------------------

    def _problem(self, code: str, en: str, ru: str) -> str | None:
        """A mistake worth naming before asking the store (which checks everything again)."""
        if not code:
            return self.tr("Type a code for the term.")
        if self._env.vocabularies.current.has(self.current_vocabulary, code):
            return self.tr("This vocabulary already has a term with this code.")
        if not en and not ru:
            return self.tr("Type the term in English or in Russian, or both.")
        return None

    def on_add_button_clicked(self) -> None:
        """Add the term on the store thread, then offer it everywhere."""
        name = self.current_vocabulary
        code = self.code.text().strip().lower()
        en, ru = self.english.text().strip(), self.russian.text().strip()
        problem = self._problem(code, en, ru)
        if problem is not None:
            self.message.show_error(problem)
            return
        self.message.clear_message()
        self.add_button.setEnabled(False)
        book = self._env.vocabularies

        def job(s: CaseService) -> Vocabularies:
            s.records.add_term(name, code, en, ru)
            return load_vocabularies(s)

        def added(vocabularies: Vocabularies) -> None:
            book.set(vocabularies)  # even if the dialog was closed meanwhile
            if shiboken6.isValid(self):
                self._on_added(code, en, ru)

        def failed(error: BaseException) -> None:
            if shiboken6.isValid(self):
                self.add_button.setEnabled(True)
                self.message.show_error(message_for(error))
            else:
                self._env.report_error(error)

        self._env.write(job, added, None, failed)

    def _on_added(self, code: str, en: str, ru: str) -> None:
        self.add_button.setEnabled(True)
        for field in (self.code, self.english, self.russian):
            field.clear()
        label = ru if self._env.language == "ru" and ru else en or ru
        self.message.show_notice(self.tr("Added “%1”.").replace("%1", label))
        layout = self.layout()
        if layout is not None:
            layout.activate()  # the notice takes room from the table: scroll after that
        select_id(self.table, code.encode())
        self.code.setFocus()
