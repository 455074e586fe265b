"""The custody part of a report: the annex in report.json, and custody.jsonl with keys.json.

    custody_annex(svc, annexes)   each annex's chain as the report shows it (section 7)
    custody_files(svc, built)     record the `report` entries, then custody.jsonl and keys.json

Custodians are named by key (C1, C2, …, the signer marked), never by the pet names this vault
gives colleagues.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from casebook.report.annex import Annex
from casebook.report.verify_text import public_pem
from casebook.service import CaseService

__all__ = ["custody_annex", "custody_files"]


def custody_annex(svc: CaseService, annexes: Sequence[Annex]) -> dict[str, Any]:
    """The custody section of report.json (empty until the vault keeps a custody log)."""
    return {"custodians": [], "items": [], "cross": []}


def custody_files(svc: CaseService, built: Any) -> tuple[bytes, bytes]:
    """custody.jsonl and keys.json of the package."""
    me = svc.session.identity.public.hex()
    keys = {
        "format": "casebook-custody-keys",
        "v": 1,
        "vault": {"identity": me, "key_id": me[:16], "pem": public_pem(me) + "\n"},
        "authors": [],
    }
    text = json.dumps(keys, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    return b"", text.encode("utf-8")
