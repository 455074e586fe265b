"""DESIGN §8: PySide6 6.12.0 on CPython 3.11 drops a reference to None each time C++ calls a
Python override that returns None. 6.11.3 is clean; this test keeps it that way."""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QIdentityProxyModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

CALLS = 10_000


class _NoneModel(QAbstractTableModel):
    def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        return None  # what data() returns for every role it does not answer

    def canFetchMore(self, parent: Any) -> bool:
        return True

    def fetchMore(self, parent: Any) -> None:
        return None


def test_overrides_returning_none_keep_none_alive(qapp: Any) -> None:
    source = _NoneModel()
    proxy = QIdentityProxyModel()
    proxy.setSourceModel(source)
    index = proxy.index(1, 1)
    root = QModelIndex()
    proxy.data(index, Qt.ItemDataRole.ToolTipRole)  # warm up caches
    proxy.fetchMore(root)
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        proxy.data(index, Qt.ItemDataRole.ToolTipRole)
        proxy.fetchMore(root)
    after = sys.getrefcount(None)
    # 6.12.0 loses 2 × CALLS here and later aborts with "deallocating None".
    assert after - before == 0
