"""After a lock, no model, widget, cache or Python object of casebook holds case text it could
drop (issue 14). A canary typed into every kind of field, searched for, copied and left as a
draft, is looked for after the lock in every string that any live Python container refers to
(`gc.get_objects()` and their referents: dicts, lists, tuples, instances, slots, closures,
frames), in bytes in UTF-8 and UTF-16, and in every text every live widget holds.

What this cannot see, and docs/ui.md says: memory already freed but not overwritten (CPython
does not scrub), Qt's C++ heap outside widgets, SQLCipher's freed page cache, swap.
"""

from __future__ import annotations

import gc
import secrets
import sys
from collections.abc import Callable, Iterator
from types import FrameType

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from casebook.ui.search.search_dialog import SearchDialog
from casebook.ui.workspace.case_view import Tab

from .driver import Driver, VaultInfo
from .leaks import widgets_holding


def _holders(token: str) -> Iterator[str]:
    """Where a live container refers to a str or bytes holding `token` (but not `token` itself,
    which this test holds)."""
    forms = [token.encode(e) for e in ("utf-8", "utf-16-le", "utf-16-be")]
    me = sys._getframe()  # noqa: SLF001 - the test's own frames hold the token on purpose
    frames: set[int] = set()
    f: FrameType | None = me
    while f is not None:
        frames.add(id(f))
        frames.add(id(f.f_locals))
        f = f.f_back
    for obj in gc.get_objects():
        if id(obj) in frames or obj is forms:
            continue
        for ref in gc.get_referents(obj):
            if isinstance(ref, str):
                if token in ref and ref != token:
                    yield f"{type(obj).__module__}.{type(obj).__qualname__}: {ref[:60]!r}"
            elif isinstance(ref, bytes | bytearray) and any(x in ref for x in forms):
                yield f"{type(obj).__module__}.{type(obj).__qualname__}: bytes"


def test_after_a_lock_no_object_holds_case_text(
    vault: VaultInfo, make_driver: Callable[..., Driver]
) -> None:
    token = "ZQX" + secrets.token_hex(6)
    d = make_driver(vault.root)
    d.unlock(vault.passphrase)
    d.add_case(f"Дело {token}")
    form = d.workspace.case_view.overview.form
    d.type_into(form.editors["court"], f"Суд {token}")
    d.type_into(form.editors["summary"], f"Кратко: {token} задержан")
    form.flush()
    d.add_person(f"Свидетель {token}")
    people = d.workspace.case_view.people
    d.type_into(people.form.editors["notes"], f"Звонить через {token}")
    people.form.flush()
    d.add_event("Detention", "~2024-03-05")
    d.new_interview()
    d.type_segment(f"Сказал: {token} видел обыск")
    d.type_segment(f"черновик {token}", enter=False)
    d.settle()
    d.shortcut(Qt.Key.Key_F)
    search = d.dialog(SearchDialog)
    search.search_now(token)
    d.wait_until(lambda: search.model.rowCount() > 0)
    search.results.selectRow(0)
    QTest.keyClick(search.results, Qt.Key.Key_Return)
    d.wait_until(lambda: d.workspace.case_view.current_tab == Tab.INTERVIEWS)
    d.window.clipboard.copy(f"копия {token}")
    gc.collect()
    assert list(_holders(token)), "the scan must see the canary while unlocked"

    d.lock()
    d.wait_until(lambda: not widgets_holding(token), timeout=3000)
    QTest.qWait(50)  # deleteLater'd widgets go
    gc.collect()
    found = sorted(set(_holders(token)))
    assert found == [], "\n".join(found)
