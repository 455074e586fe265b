"""The owner's reports that carried a value, in words: listed by the withdrawal dialog and the
Erase dialog beside the colleagues and bundles (`service.filed`, PROTECTION §3). A report
cannot be recalled; the court note says what to do instead."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from casebook.service.filed import FiledReport
from casebook.ui.erasure.reasons import long_date
from casebook.ui.report.pages import PURPOSES

__all__ = ["court_text", "filed_lines", "purpose_text"]

_PURPOSE = dict(PURPOSES)


def court_text() -> str:
    """The note on filed reports, in the interface language."""
    return QCoreApplication.translate(
        "FiledReports",
        "A withdrawal cannot recall what was already filed with a court or an international "
        "body. Ask the court to keep the person anonymous instead (at the European Court of "
        "Human Rights: Rule 47 § 4 of the Rules of Court).",
    )


def purpose_text(code: str) -> str:
    """A report purpose in words (as the report wizard names it)."""
    source = _PURPOSE.get(code)
    return QCoreApplication.translate("ReportWizard", source) if source else code


def filed_lines(reports: Sequence[FiledReport]) -> list[str]:
    """A heading and one line per report, or nothing when no report carried it."""
    if not reports:
        return []
    lines = [
        QCoreApplication.translate(
            "FiledReports", "Reports you wrote that carried it (a filed report cannot be recalled):"
        )
    ]
    for r in reports:
        line = (
            QCoreApplication.translate("FiledReports", "%1: report %2, written on %3")
            .replace("%1", purpose_text(r.purpose))
            .replace("%2", r.short_id)
            .replace("%3", long_date(r.written_ms))
        )
        if r.recipients:
            who = [
                name
                or QCoreApplication.translate("FiledReports", "key %1").replace(
                    "%1", key.hex()[:16]
                )
                for key, name in zip(r.recipients, r.names, strict=True)
            ]
            line += " " + QCoreApplication.translate("FiledReports", "(also to %1)").replace(
                "%1", ", ".join(who)
            )
        lines.append("• " + line)
    return lines
