"""Create a vault: passphrase twice with a strength meter, KDF calibration with progress, and
the recovery code shown once with an "I have written it down" step.

    step 1  passphrase, confirmation, meter    ──► run_task(create_vault, calibrate progress)
    step 2  "Measuring this computer's speed…" ──► Created(service, recovery_code)
    step 3  the code, once; the checkbox enables Continue ──► created(service)
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casebook import vault
from casebook.crypto.kdf import KdfPolicy
from casebook.service import CaseService
from casebook.ui.errors import message_for
from casebook.ui.tasks import CancelToken, ProgressRelay, TaskRunner
from casebook.ui.unlock.strength import MIN_LENGTH, estimate
from casebook.ui.widgets import (
    ErrorBanner,
    PassphraseEdit,
    centre,
    heading,
    plain_label,
    set_name,
)

__all__ = ["CreatePanel"]


class _Steps(QObject):
    """Pages shown one at a time in a plain layout (a QStackedWidget would not pass on the
    height that word-wrapped text needs)."""

    currentChanged = Signal(int)  # noqa: N815 - the QStackedWidget name the window uses

    def __init__(self, box: QWidget) -> None:
        super().__init__(box)
        self._layout = QVBoxLayout(box)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._pages: list[QWidget] = []
        self._current = 0

    def add(self, page: QWidget) -> None:
        page.setParent(self._layout.parentWidget())
        page.setVisible(not self._pages)
        self._layout.addWidget(page)
        self._pages.append(page)

    def currentIndex(self) -> int:  # noqa: N802 - mirrors QStackedWidget
        return self._current

    def setCurrentIndex(self, index: int) -> None:  # noqa: N802 - mirrors QStackedWidget
        for i, page in enumerate(self._pages):
            page.setVisible(i == index)
        self._current = index
        self.currentChanged.emit(index)


class CreatePanel(QWidget):
    """The screen shown when there is no vault at the chosen place."""

    created = Signal(object)  # CaseService, after the recovery code was acknowledged
    open_other_requested = Signal()

    def __init__(
        self,
        vault_root: Path,
        runner: TaskRunner,
        policy: KdfPolicy,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._root = vault_root
        self._runner = runner
        self._policy = policy
        self._token: CancelToken | None = None
        self._service: CaseService | None = None
        box = QWidget(self)
        self.steps = _Steps(box)
        for page in (
            self._build_passphrase_step(),
            self._build_progress_step(),
            self._build_code_step(),
        ):
            self.steps.add(page)
        centre(self, box)
        self.setFocusProxy(self.passphrase)

    # -- step 1 ---------------------------------------------------------------------------

    def _build_passphrase_step(self) -> QWidget:
        page = QWidget(self)
        self.title = heading(self.tr("Create a vault"), page)
        where = plain_label(
            self.tr("There is no vault here yet: %1").replace("%1", str(self._root)),
            page,
            wrap=True,
        )
        advice = plain_label(
            self.tr(
                "Choose a passphrase of four or more random words. It protects every case in "
                "the vault; nobody can reset it. You will also get a recovery code."
            ),
            page,
            wrap=True,
        )
        self.passphrase = PassphraseEdit(page)
        set_name(self.passphrase, self.tr("New passphrase"))
        self.confirm = PassphraseEdit(page)
        set_name(self.confirm, self.tr("Repeat the passphrase"))
        self.meter = QProgressBar(page)
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(10)
        set_name(self.meter, self.tr("Passphrase strength"))
        self.meter_label = plain_label("", page)
        self.create_button = QPushButton(self.tr("&Create vault"), page)
        self.create_button.setDefault(True)
        self.create_button.setEnabled(False)
        self.other_button = QPushButton(self.tr("&Open another vault…"), page)
        self.error = ErrorBanner(page)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        form.addRow(self.tr("&Repeat it:"), self.confirm)
        meter_row = QVBoxLayout()
        meter_row.addWidget(self.meter)
        meter_row.addWidget(self.meter_label)
        form.addRow(self.tr("Strength:"), meter_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.create_button)
        buttons.addStretch(1)
        buttons.addWidget(self.other_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.title)
        layout.addWidget(where)
        layout.addWidget(advice)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

        self.passphrase.textChanged.connect(self.on_passphrase_text_changed)
        self.confirm.textChanged.connect(self.on_passphrase_text_changed)
        self.confirm.returnPressed.connect(self.on_create_button_clicked)
        self.create_button.clicked.connect(self.on_create_button_clicked)
        self.other_button.clicked.connect(self.open_other_requested)
        self.on_passphrase_text_changed()
        return page

    def on_passphrase_text_changed(self) -> None:
        """Update the meter and whether Create is allowed."""
        text = self.passphrase.text()
        strength = estimate(text)
        self.meter.setValue(strength.score)
        colour = ("#c62828", "#c62828", "#ef6c00", "#2e7d32", "#2e7d32")[strength.score]
        self.meter.setStyleSheet(
            f"QProgressBar {{ border: 1px solid palette(mid); border-radius: 3px; }}"
            f" QProgressBar::chunk {{ background: {colour}; }}"
        )
        names = [
            self.tr("Very weak"),
            self.tr("Weak"),
            self.tr("Fair"),
            self.tr("Strong"),
            self.tr("Very strong"),
        ]
        if not text:
            hint = self.tr("Type a passphrase.")
        elif len(text) < MIN_LENGTH:
            hint = self.tr("Too short: use at least %n characters.", "", MIN_LENGTH)
        elif not strength.acceptable:
            hint = self.tr("%1: add more words.").replace("%1", names[strength.score])
        elif self.confirm.text() != text:
            hint = self.tr("%1. Now repeat it in the second field.").replace(
                "%1", names[strength.score]
            )
        else:
            hint = self.tr("%1. The passphrases match.").replace("%1", names[strength.score])
        self.meter_label.setText(hint)
        self.meter.setAccessibleDescription(hint)
        self.create_button.setEnabled(strength.acceptable and self.confirm.text() == text)

    def on_create_button_clicked(self) -> None:
        """Calibrate and create, off the UI thread."""
        if not self.create_button.isEnabled() or self._token is not None:
            return
        secret = self.passphrase.take()
        self.confirm.clear()
        self.error.clear_message()
        self.steps.setCurrentIndex(1)
        self.progress.setRange(0, 3)
        self.progress.setValue(0)
        relay = ProgressRelay(self)
        relay.progressed.connect(self.on_calibration_progressed)
        root, policy = self._root, self._policy
        self._token = self._runner.run_task(
            lambda token: vault.create_vault(
                root, secret, policy=policy, progress=relay.report, cancel=token.is_cancelled
            ),
            self._on_created,
            self,
        )

    # -- step 2 ---------------------------------------------------------------------------

    def _build_progress_step(self) -> QWidget:
        page = QWidget(self)
        title = heading(self.tr("Creating the vault"), page)
        self.progress_label = plain_label(
            self.tr(
                "Measuring this computer's speed, so that guessing the passphrase is slow for an "
                "attacker but unlocking takes you about a second…"
            ),
            page,
            wrap=True,
        )
        self.progress = QProgressBar(page)
        set_name(self.progress, self.tr("Progress of vault creation"))
        layout = QVBoxLayout(page)
        layout.addWidget(title)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress)
        layout.addStretch(1)
        return page

    def on_calibration_progressed(self, done: int, total: int) -> None:
        """Calibration measured one more round."""
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        if done >= total:
            self.progress.setRange(0, 0)
            self.progress_label.setText(self.tr("Writing the encrypted vault…"))

    def _on_created(self, result: vault.Created | BaseException) -> None:
        self._token = None
        if isinstance(result, BaseException):
            self.steps.setCurrentIndex(0)
            self.error.show_error(message_for(result))
            self.passphrase.setFocus()
            return
        self._service = result.service
        self.code.setText(result.recovery_code)
        self.code.setAccessibleName(self.tr("Recovery code"))
        self.steps.setCurrentIndex(2)
        self.written.setFocus()

    # -- step 3 ---------------------------------------------------------------------------

    def _build_code_step(self) -> QWidget:
        page = QWidget(self)
        title = heading(self.tr("Your recovery code"), page)
        text = plain_label(
            self.tr(
                "Write this code on paper now and keep it apart from this computer. It opens the "
                "vault if the passphrase is forgotten. It is shown only this once and is not "
                "stored anywhere in readable form."
            ),
            page,
            wrap=True,
        )
        self.code = QLabel(page)
        self.code.setTextFormat(Qt.TextFormat.PlainText)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setWeight(QFont.Weight.Bold)
        self.code.setFont(font)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setMinimumHeight(60)
        self.code.setStyleSheet("padding: 12px; border: 1px solid palette(mid);")
        self.written = QCheckBox(self.tr("I have &written it down"), page)
        self.continue_button = QPushButton(self.tr("&Continue to my cases"), page)
        self.continue_button.setEnabled(False)
        self.written.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self.on_continue_button_clicked)
        layout = QVBoxLayout(page)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addWidget(self.code)
        layout.addWidget(self.written)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.continue_button)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    def on_continue_button_clicked(self) -> None:
        """The code is written down: forget it and open the vault."""
        if not self.written.isChecked() or self._service is None:
            return
        service, self._service = self._service, None
        self.code.clear()
        self.created.emit(service)

    # -- lifecycle ------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """True from Create until Continue: switching language or vault now would lose the code."""
        return self._token is not None or self._service is not None

    def discard(self) -> None:
        """The panel is going away: stop work and lock a vault not yet handed over."""
        if self._token is not None:
            self._token.cancel()
        service, self._service = self._service, None
        if service is not None:
            service.lock()
        self.code.clear()
