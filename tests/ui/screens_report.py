"""The report and statistics screens of the screenshot tour, on the demo vault's open case:

report-audience ── report-preview (the real pages, from memory) ── report-destination
(the warning ticked) ── statistics (the docket, its chart)
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget

from casebook.ui.report.report_wizard import ReportWizard
from casebook.ui.stats.stats_dialog import StatsDialog

from .driver import Driver

SCREENS = ("report-audience", "report-preview", "report-destination", "statistics")


def painted(widget: QWidget) -> bool:
    """True once the widget shows more than one colour in its middle (a page was drawn)."""
    image: QImage = widget.grab().toImage()
    w, h = image.width(), image.height()
    if w < 10 or h < 10:
        return False
    colours = {
        image.pixel(x, y) for x in range(w // 4, 3 * w // 4, 7) for y in range(h // 8, h // 2, 5)
    }
    return len(colours) > 3


def report_tour(d: Driver, folder: Path, language: str) -> Iterator[tuple[str, QWidget]]:
    """Case report… up to the last page before writing, then Statistics…."""
    d.window.report_action.trigger()
    wizard = d.dialog(ReportWizard)
    page = wizard.audience_page
    page.purpose.setCurrentIndex(page.purpose.findData("echr"))
    yield "report-audience", wizard
    d.wizard_next(wizard)
    preview = wizard.preview_page
    d.wait_until(lambda: preview.ready, timeout=30_000)
    view = preview.view
    assert view is not None
    d.wait_until(lambda: painted(view), timeout=10_000)
    yield "report-preview", wizard
    d.wizard_next(wizard)
    destination = wizard.destination_page
    folder.mkdir(parents=True, exist_ok=True)
    d.type_into(destination.folder, str(folder))
    destination.understood.setChecked(True)
    yield "report-destination", wizard
    wizard.reject()
    d.wait_until(lambda: not wizard.isVisible())

    d.window.stats_action.trigger()
    stats = d.dialog(StatsDialog)
    d.wait_until(lambda: stats.docket is not None)
    chart = stats.chart
    assert chart is not None
    d.wait_until(lambda: chart.isVisible() and painted(stats), timeout=10_000)
    yield "statistics", stats
    stats.close()
