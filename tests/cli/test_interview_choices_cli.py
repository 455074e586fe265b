"""An interview's language from the language list, by code or by either language's name; the
interviewer named by key reads as "you" or the peer's name in `case show` (issue 12)."""

from __future__ import annotations

import json
from pathlib import Path

from casebook.domain.labels import colleague_ref
from casebook.service import CaseService
from factory import make_vault, open_vault, run_cli


def test_language_by_name_or_code_and_the_interviewer_by_key(tmp_path: Path) -> None:
    root = tmp_path / "vault"
    make_vault(root).session.lock()
    case = run_cli(root, "case", "add", "--title", "Дело").out.strip()
    interview = run_cli(root, "interview", "add", case).out.strip()
    for typed, stored in (("Чеченский", "ce"), ("russian", "ru"), ("по-русски", "по-русски")):
        assert run_cli(root, "set", interview, "language", typed).code == 0
        shown = json.loads(run_cli(root, "case", "show", case, "--json").out)
        assert shown["interviews"][0]["fields"]["language"] == stored
    assert run_cli(root, "set", interview, "language", "uk").code == 0
    svc: CaseService = open_vault(root)
    try:
        me = svc.me
    finally:
        svc.lock()
    assert run_cli(root, "set", interview, "interviewer", colleague_ref(me)).code == 0
    text = run_cli(root, "case", "show", case).out
    assert "Ukrainian" in text
    assert "Interviewer:" in text
    assert "you" in text
    assert "key:" not in text
