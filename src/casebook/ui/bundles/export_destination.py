"""The export wizard's destination page: a folder (the USB drive), and how to split the bundle.

The bundle gets a neutral random name there; it is written whole, or in parts of a chosen size
(automatic: 4 GiB parts on FAT32 drives).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from casebook.base.errors import InputRejected
from casebook.bundle.volumes import GiB, MiB, parse_size
from casebook.ui.widgets import ErrorBanner, file_dialog, set_name

__all__ = ["DestinationPage"]

_VOLUMES: tuple[tuple[str, int | None], ...] = (
    ("auto", None),
    ("650M", 650 * MiB),
    ("4G", 4 * GiB - MiB),
    ("custom", None),
)


class DestinationPage(QWizardPage):
    """A folder, and how to split."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Where to write it"))
        self.setSubTitle(
            self.tr(
                "Choose a folder, usually on the USB drive. The file gets a neutral random "
                "name that says nothing about the cases or casebook."
            )
        )
        self.folder = QLineEdit(self)
        self.folder.setPlaceholderText(self.tr("No folder chosen"))
        set_name(self.folder, self.tr("Destination folder"))
        self.choose_button = QPushButton(self.tr("C&hoose…"), self)
        set_name(self.choose_button, self.tr("Choose the destination folder"))
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.choose_button)
        self.split = QComboBox(self)
        self.split.addItem(self.tr("Automatically (4 GiB parts on FAT32 drives)"), "auto")
        self.split.addItem(self.tr("650 MiB parts (CD)"), "650M")
        self.split.addItem(self.tr("4 GiB parts"), "4G")
        self.split.addItem(self.tr("Parts of my own size…"), "custom")
        set_name(self.split, self.tr("Split into parts"))
        self.part_size = QLineEdit(self)
        self.part_size.setPlaceholderText(self.tr("for example 700M or 2G"))
        set_name(self.part_size, self.tr("Size of each part"))
        self.problem = ErrorBanner(self)
        form = QFormLayout()
        # A row of a field and a button: the label needs its buddy, or its "&" shows.
        folder_label = QLabel(self.tr("&Folder:"), self)
        folder_label.setBuddy(self.folder)
        form.addRow(folder_label, row)
        form.addRow(self.tr("&Split:"), self.split)
        form.addRow(self.tr("Part si&ze:"), self.part_size)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        self.choose_button.clicked.connect(self.on_choose_button_clicked)
        self.folder.textChanged.connect(lambda _: self._update())
        self.part_size.textChanged.connect(lambda _: self._update())
        self.split.currentIndexChanged.connect(lambda _: self._update())
        self._update()

    def on_choose_button_clicked(self) -> None:
        """Ask for the folder."""
        dialog = file_dialog(
            self, self.tr("Choose the destination folder"), QFileDialog.FileMode.Directory
        )
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.fileSelected.connect(self.folder.setText)
        dialog.open()

    def volume_size(self) -> int | None:
        """Bytes per part, or None for automatic (one file, except on FAT32)."""
        key = self.split.currentData()
        if key == "custom":
            return parse_size(self.part_size.text())
        return dict(_VOLUMES)[key]

    def _problem(self) -> str | None:
        text = self.folder.text().strip()
        if not text:
            return ""
        if not Path(text).is_dir():
            return self.tr("This folder does not exist. Is the drive connected?")
        if self.split.currentData() == "custom":
            try:
                self.volume_size()
            except InputRejected:
                return self.tr("Write a size such as 700M or 2G (at least 1M).")
        return None

    def _update(self) -> None:
        custom = self.split.currentData() == "custom"
        self.part_size.setEnabled(custom)
        problem = self._problem()
        if problem:
            self.problem.show_error(problem)
        else:
            self.problem.clear_message()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        """An existing folder, and a valid part size."""
        return self._problem() is None
