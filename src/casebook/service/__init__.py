"""Use cases over an unlocked vault: `CaseService` and its parts."""

from __future__ import annotations

from casebook.service.case_service import CaseService, Write

__all__ = ["CaseService", "Write"]
