"""The child process of test_ui_no_trace: the whole app, driven through every workflow with a
unique marker in every field. Run as `python -m ui.trace_child VAULT SOURCE MARKERS_JSON`.

Its HOME, TMPDIR and XDG folders are fresh; the parent inspects them afterwards.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from casebook.base.hardening import harden_process  # noqa: E402
from casebook.base.paths import app_paths  # noqa: E402
from casebook.crypto.kdf import KdfPolicy  # noqa: E402
from casebook.ui.app import build  # noqa: E402
from casebook.ui.search.search_dialog import SearchDialog  # noqa: E402
from casebook.ui.settings_dialog import SettingsDialog  # noqa: E402
from casebook.ui.viewer.viewer_dialog import ViewerDialog  # noqa: E402
from casebook.ui.workspace.case_view import Tab  # noqa: E402

from .driver import Driver, loop_wait_until  # noqa: E402


def main() -> int:
    """Run every workflow; exit 0 when all went through."""
    vault, source, markers = Path(sys.argv[1]), Path(sys.argv[2]), json.loads(sys.argv[3])
    m = markers
    harden_process()
    QApplication(sys.argv[:1])
    ctx = build(vault, app_paths(), kdf_policy=KdfPolicy.insecure_for_tests())
    ctx.window.show()
    ctx.window.activateWindow()
    d = Driver(ctx, loop_wait_until)
    wait = d.wait_until

    code = d.create_vault(m["passphrase"])
    d.add_case(m["title"])
    form = d.workspace.case_view.overview.form
    for name in ("jurisdiction", "court", "summary", "tags"):
        d.type_into(form.editors[name], m[name])
    deadlines = form.editors["deadlines"]
    QTest.mouseClick(deadlines.add_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    table = deadlines.table  # type: ignore[attr-defined]
    table.item(0, 0).setText("2031-01-01")
    table.item(0, 1).setText(m["deadline"])
    form.flush()
    d.settle()

    d.add_person(m["person"])
    people = d.workspace.case_view.people
    for name in ("aliases", "notes"):
        d.type_into(people.form.editors[name], m[name])
    people.form.flush()
    d.add_event("Detention", "~2024-03-05")
    events = d.workspace.case_view.events
    for name in ("place", "event_summary"):
        d.type_into(events.form.editors[name.replace("event_", "")], m[name])
    events.form.flush()
    d.settle()

    d.new_interview()
    interview = d.workspace.case_view.interviews
    for name in ("interviewer", "interpreter", "language", "consent_note"):
        d.type_into(interview.form.editors[name], m[name])
    d.type_into(interview.form.editors["place"], m["interview_place"])
    interview.form.flush()
    d.type_segment(m["segment"])
    d.type_segment(m["draft"], enter=False)

    # Attach, view, search, copy.
    d.attach(source)
    tab = d.workspace.case_view.attachments
    tab.table.selectRow(0)
    QTest.mouseClick(tab.view_button, Qt.MouseButton.LeftButton)
    viewer = d.dialog(ViewerDialog)
    wait(lambda: viewer.kind == "text")
    viewer.close()
    d.shortcut(Qt.Key.Key_F)
    search = d.dialog(SearchDialog)
    search.search_now(m["segment"][:12])
    wait(lambda: search.model.rowCount() > 0)
    search.results.selectRow(0)
    QTest.keyClick(search.results, Qt.Key.Key_Return)
    wait(lambda: d.workspace.case_view.current_tab == Tab.INTERVIEWS)
    ctx.clipboard.copy(m["segment"])

    # Lock (the draft goes into the vault), unlock with the recovery code, change settings.
    d.lock()
    assert QGuiApplication.clipboard().text() == ""
    d.unlock(code)
    notes = d.workspace.case_view.interviews.notes
    wait(lambda: notes.editor.toPlainText() == m["draft"])
    d.window.on_settings_action_triggered()
    settings = d.dialog(SettingsDialog)
    settings.auto_lock.setValue(7)
    settings.language.setCurrentIndex(1)
    settings.on_language_activated(1)
    settings.close()
    wait(lambda: d.window.workspace is not None)
    d.settle()

    ctx.window.close()  # saves the window size, flushes, closes the vault
    ctx.shutdown()
    QApplication.processEvents()
    print("workflows done")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
