"""The court report (PROTECTION §4): report.json, signed, and its verification package.

    build_report(svc, case_id, Audience(purpose, recipients))  → BuiltReport (report.json)
    write_package(svc, built, out, render)                     → the folder a court checks

Qt-free: the PDF is rendered by `casebook.ui.report_pdf`, handed in as a plain callable.
"""

from __future__ import annotations

from casebook.report.audience import PURPOSES, Audience
from casebook.report.build import SIG_LABEL, BuiltReport, build_report, short_id, verify_report

__all__ = [
    "PURPOSES",
    "SIG_LABEL",
    "Audience",
    "BuiltReport",
    "build_report",
    "short_id",
    "verify_report",
]
