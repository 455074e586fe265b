"""Create a vault: passphrase twice with a strength meter, KDF calibration with progress, and
the recovery code shown once with an "I have written it down" step.

    step 1  passphrase, confirmation, meter    ──► run_task(create_vault, calibrate progress)
    step 2  "Measuring this computer's speed…" ──► Created(service, recovery_code)
    step 3  the code, once: copy or print it, write it down, type it back ──► created(service)
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
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
from casebook.ui.unlock.passphrase_chooser import PassphraseChooser
from casebook.ui.unlock.recovery_code import RecoveryCodeView
from casebook.ui.widgets import ErrorBanner, centre, heading, plain_label, set_name

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
        *,
        language: str = "en",
        copy: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._language = language
        self._copy = copy
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
        self.demo = plain_label(
            self.tr(
                "Only looking around? A vault of fictional cases is one command away: "
                "“casebook demo --vault ~/casebook-demo” in a terminal (it asks for a passphrase "
                "for that vault), then Open another vault… and choose that folder."
            ),
            page,
            wrap=True,
        )
        self.demo.setObjectName("demoHint")
        self.chooser = PassphraseChooser(page, self._language)
        self.passphrase = self.chooser.passphrase
        self.confirm = self.chooser.confirm
        self.meter = self.chooser.meter
        self.meter_label = self.chooser.meter_label
        self.create_button = QPushButton(self.tr("&Create vault"), page)
        self.create_button.setDefault(True)
        self.create_button.setEnabled(False)
        self.other_button = QPushButton(self.tr("&Open another vault…"), page)
        self.error = ErrorBanner(page)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.chooser.add_rows(
            form, self.tr("&Passphrase:"), self.tr("&Repeat it:"), self.tr("Strength:")
        )
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
        layout.addSpacing(8)
        layout.addWidget(self.demo)

        self.chooser.acceptable_changed.connect(self.create_button.setEnabled)
        self.confirm.returnPressed.connect(self.on_create_button_clicked)
        self.create_button.clicked.connect(self.on_create_button_clicked)
        self.other_button.clicked.connect(self.open_other_requested)
        return page

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
        self._service = CaseService(result.session)
        self.steps.setCurrentIndex(2)
        self.code_view.show_code(result.recovery_code)

    # -- step 3 ---------------------------------------------------------------------------

    def _build_code_step(self) -> QWidget:
        self.code_view = RecoveryCodeView(self.tr("&Continue to my cases"), self, copy=self._copy)
        self.code = self.code_view.code
        self.written = self.code_view.written
        self.continue_button = self.code_view.continue_button
        self.code_view.acknowledged.connect(self.on_code_view_acknowledged)
        return self.code_view

    def on_code_view_acknowledged(self) -> None:
        """The code is written down (and off the screen): open the vault."""
        service, self._service = self._service, None
        if service is not None:
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
        self.code_view.clear()
