"""Text that came from a vault or a bundle is shown as plain text, never rendered as HTML."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel

from casebook.ui.models.base import RowTableModel
from casebook.ui.workspace.case_view import Tab

from .driver import Driver, VaultInfo

HTML = "<b>bold</b><img src='file:///etc/passwd'><a href='https://x.invalid'>x</a>"


def test_vault_text_is_never_rendered_as_html(
    vault: VaultInfo, make_driver: Callable[..., Driver]
) -> None:
    d = make_driver(vault.root)
    d.unlock(vault.passphrase)
    d.add_case(HTML)
    d.add_person(HTML)
    d.new_interview()
    d.type_segment(HTML)
    ws = d.workspace
    for tab in Tab:
        d.show_tab(tab)
        for label in d.window.findChildren(QLabel):
            if "<b>" in label.text():
                assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()
        for view in d.window.findChildren(QAbstractItemView):
            model = view.model()
            if not isinstance(model, (RowTableModel, QSortFilterProxyModel)):
                continue  # Qt's own list models hold only our labels
            root = QModelIndex()
            for row in range(model.rowCount(root)):
                for col in range(model.columnCount(root)):
                    tip = model.index(row, col).data(Qt.ItemDataRole.ToolTipRole)
                    assert tip is None or "<b>" not in str(tip)
    assert HTML not in d.window.windowTitle()
    assert ws.cases.model.rows[0].title == HTML  # kept as typed, shown as typed
