"""The Report wizard and the Statistics view, driven like a person would.

- Case report… without an open case says to open one; with one: purpose and language, a
  preview of the real pages from memory, a folder and the ticked warning, then the package;
- nothing is written before the last page, and a non-empty folder cannot be chosen;
- the preview can be stopped; the wizard closes only once writing has ended;
- Statistics… shows the docket with a chart (QtCharts, or painted without it).
"""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWizard

from casebook.crypto.kdf import KdfPolicy
from casebook.service import CaseService
from casebook.ui.report.report_wizard import Page, ReportWizard
from casebook.ui.stats.chart import BarChart
from casebook.ui.stats.stats_dialog import StatsDialog
from casebook.vault import unlock
from reportkit import CANARIES, canary_case

from .conftest import PASSPHRASE
from .driver import Driver, VaultInfo


def _canary_vault(vault: VaultInfo, policy: KdfPolicy) -> bytes:
    svc = CaseService(unlock(vault.root, PASSPHRASE, policy=policy))
    try:
        return canary_case(svc).case
    finally:
        svc.lock()


def _open(d: Driver, case_id: bytes) -> None:
    d.unlock(PASSPHRASE)
    ws = d.workspace
    ws.open_case(case_id)
    d.wait_until(lambda: ws.case_view.case_id == case_id)
    d.settle()


def test_the_wizard_previews_then_writes_the_package(
    make_driver: Callable[..., Driver], vault: VaultInfo, policy: KdfPolicy, tmp_path: Path
) -> None:
    case_id = _canary_vault(vault, policy)
    d = make_driver(vault.root, language="ru")
    d.unlock(PASSPHRASE)
    d.window.report_action.trigger()  # no case open yet
    box = d.dialog(QMessageBox)
    assert "откройте дело" in box.text()
    box.accept()
    d.workspace.open_case(case_id)
    d.wait_until(lambda: d.workspace.case_view.case_id == case_id)
    d.settle()
    d.window.report_action.trigger()
    wizard = d.dialog(ReportWizard)
    page = wizard.audience_page
    page.purpose.setCurrentIndex(page.purpose.findData("echr"))
    page.language.setCurrentIndex(page.language.findData("en"))
    d.wizard_next(wizard)
    preview = wizard.preview_page
    d.wait_until(lambda: preview.ready, timeout=30_000)
    assert preview.document is not None
    assert preview.document.pageCount() >= 3
    assert wizard.built is not None
    d.wizard_next(wizard)
    dest = wizard.destination_page
    assert dest.name.text() == f"report-{wizard.built.short_id}"
    d.type_into(dest.folder, str(tmp_path))
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()  # not ticked
    busy = tmp_path / dest.name.text()
    busy.mkdir()
    (busy / "x").write_text("")
    dest.understood.setChecked(True)
    assert not dest.isComplete()  # a folder that is not empty
    (busy / "x").unlink()
    dest.understood.setChecked(False)  # any change checks the folder again
    dest.understood.setChecked(True)
    assert dest.isComplete()
    # Nothing was written before the last page.
    assert {p.name for p in tmp_path.iterdir()} - {"vault", "config"} == {busy.name}
    d.wizard_next(wizard)
    d.wait_until(lambda: wizard.write_page.done, timeout=30_000)
    assert wizard.result_ is not None, wizard.write_page.error.text()
    out = busy
    checked = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=out, capture_output=True)
    assert checked.returncode == 0, checked.stdout
    assert (out / "report.pdf").read_bytes().startswith(b"%PDF-")
    report = (out / "report.json").read_text("utf-8").lower()
    assert not [c for c in CANARIES if c.lower() in report]
    assert "VERIFY.txt" in wizard.write_page.summary.text()
    wizard.accept()


def test_the_preview_can_be_stopped_and_built_again(
    make_driver: Callable[..., Driver], vault: VaultInfo, policy: KdfPolicy
) -> None:
    case_id = _canary_vault(vault, policy)
    d = make_driver(vault.root)
    _open(d, case_id)
    d.window.report_action.trigger()
    wizard = d.dialog(ReportWizard)
    wizard.stop_preview()  # nothing running: nothing happens
    d.wizard_next(wizard)
    d.wait_until(lambda: wizard.preview_page.ready, timeout=30_000)
    first = wizard.built
    wizard.back()
    wizard.audience_page.purpose.setCurrentIndex(wizard.audience_page.purpose.findData("public"))
    d.wizard_next(wizard)
    d.wait_until(lambda: wizard.preview_page.ready, timeout=30_000)
    assert wizard.built is not None
    assert first is not None
    assert wizard.built.report_id != first.report_id  # another audience, another report
    assert wizard.currentId() == Page.PREVIEW
    wizard.reject()


def test_statistics_show_the_docket_with_a_chart(
    make_driver: Callable[..., Driver], vault: VaultInfo, policy: KdfPolicy
) -> None:
    _canary_vault(vault, policy)
    d = make_driver(vault.root)
    d.unlock(PASSPHRASE)
    d.window.stats_action.trigger()
    dialog = d.dialog(StatsDialog)
    d.wait_until(lambda: dialog.docket is not None)
    assert dialog.statuses.rowCount() == 1
    assert dialog.types.rowCount() == 3
    assert dialog.articles.rowCount() == 2
    assert dialog.chart is not None
    assert dialog.chart.isVisible()
    assert "Events: 3" in dialog.summary.text()
    dialog.close()
    # Without QtCharts, the same bars are painted by hand.
    plain = StatsDialog(d.window.env, d.window, qtcharts=False)  # type: ignore[arg-type]
    d.wait_until(lambda: plain.docket is not None)
    assert isinstance(plain.chart, BarChart)
    plain.show()
    assert plain.chart.isVisible()
    assert plain.chart.bars == [("2024-03", 2), ("2024-04", 1)]  # a date in conflict counts once
    assert not plain.chart.grab().isNull()
    plain.close()
