"""Deleting with a question first: one helper for every kind of record.

The question names what goes and says how to get it back (Cases → Deleted items…); "Keep" is
the default button, so Enter keeps. The record, its values and its history stay in the vault:
a delete is one more signed change, and Restore is another.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from casebook.ui.env import Env
from casebook.ui.widgets import message_box

__all__ = ["ask_to_delete", "delete_record"]


def ask_to_delete(
    parent: QWidget,
    title: str,
    question: str,
    on_yes: Callable[[], None],
) -> QMessageBox:
    """Ask `question` (the restore hint is added); `on_yes()` if the person chooses Delete."""
    hint = QCoreApplication.translate("Deleting", "Cases → Deleted items… brings it back.")
    delete = QCoreApplication.translate("Deleting", "Delete")
    keep_text = QCoreApplication.translate("Deleting", "Keep")
    box, (yes, keep) = message_box(
        parent,
        QMessageBox.Icon.Question,
        title,
        f"{question}\n\n{hint}",
        [
            (delete, QMessageBox.ButtonRole.DestructiveRole),
            (keep_text, QMessageBox.ButtonRole.RejectRole),
        ],
    )
    if isinstance(keep, QPushButton):
        box.setDefaultButton(keep)  # Enter keeps
    box.setEscapeButton(keep)

    def chosen() -> None:
        if box.clickedButton() is yes:
            on_yes()

    box.finished.connect(chosen)
    box.open()
    return box


def delete_record(
    env: Env,
    parent: QWidget,
    record_id: bytes,
    title: str,
    question: str,
    done: Callable[[], None],
) -> QMessageBox:
    """Ask, then delete `record_id` on the store thread and call `done()`."""
    return ask_to_delete(
        parent,
        title,
        question,
        lambda: env.write(lambda s: s.records.delete(record_id), lambda _: done(), parent),
    )
