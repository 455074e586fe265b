"""No trace (DESIGN §1, seizure): the real app, driven through every workflow with a unique
marker in every field, leaves nothing of it in HOME, TMPDIR or the XDG folders, and no file
there at all besides casebook's own settings. The vault's raw files hold no marker either."""

from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

from casebook.crypto.kdf import KdfPolicy
from casebook.service import CaseService
from casebook.vault import unlock

ROOT = Path(__file__).resolve().parents[2]
ENV_DIRS = (
    "HOME",
    "TMPDIR",
    "XDG_CONFIG_HOME",
    "XDG_DATA_HOME",
    "XDG_CACHE_HOME",
    "XDG_STATE_HOME",
    "XDG_RUNTIME_DIR",
)
FIELDS = (
    "passphrase",
    "title",
    "jurisdiction",
    "court",
    "summary",
    "tags",
    "deadline",
    "person",
    "aliases",
    "notes",
    "place",
    "event_summary",
    "interviewer",
    "interpreter",
    "language",
    "consent_note",
    "interview_place",
    "segment",
    "draft",
    "file_name",
    "file_text",
)


def _marker() -> str:
    return f"ZQX{secrets.token_hex(8)}Жъ"


def _forms(text: str) -> list[bytes]:
    token = text[3:19]  # the random hex alone, in case an encoder dropped the rest
    out = []
    for variant in {text, text.lower(), text.upper(), token}:
        out += [variant.encode(e) for e in ("utf-8", "utf-16-le", "utf-16-be")]
    return out


@pytest.mark.slow
def test_the_app_leaves_no_trace(tmp_path: Path) -> None:
    dirs = {name: tmp_path / name.lower() for name in ENV_DIRS}
    for d in dirs.values():
        d.mkdir(mode=0o700)
    markers = {name: _marker() for name in FIELDS}
    markers["passphrase"] = f"{markers['passphrase']} horse battery staple"
    outside = tmp_path / "outside"  # the person's own files: not searched
    outside.mkdir()
    source = outside / f"{markers['file_name']}.txt"
    source.write_text(markers["file_text"], encoding="utf-8")
    vault = tmp_path / "usb" / "vault"

    env = {k: v for k, v in os.environ.items() if k != "CASEBOOK_HOME"}
    env.update({name: str(d) for name, d in dirs.items()})
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), str(ROOT / "tests")])
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env.pop("QT_QPA_PLATFORM", None)
    done = subprocess.run(
        [sys.executable, "-m", "ui.trace_child", str(vault), str(source), json.dumps(markers)],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert "workflows done" in done.stdout
    assert "Traceback" not in done.stderr

    settings = dirs["XDG_CONFIG_HOME"] / "casebook" / "settings.json"
    files = sorted(p for d in dirs.values() for p in d.rglob("*") if p.is_file())
    assert files == [settings], files
    stored = json.loads(settings.read_text(encoding="utf-8"))
    assert set(stored) == {
        "version",
        "language",
        "auto_lock_minutes",
        "clipboard_clear_seconds",
        "window_geometry",
        "lock_on_screen_lock",
        "lock_on_sleep",
        "lock_on_user_switch",
        "lock_on_minimise",
    }
    assert stored["auto_lock_minutes"] == 7
    assert stored["language"] == "ru"

    # The markers did reach the vault (encrypted), so their absence elsewhere means something.
    svc = CaseService(unlock(vault, markers["passphrase"], policy=KdfPolicy.insecure_for_tests()))
    try:
        case = svc.reading.list_cases()[0]
        assert case.title == markers["title"]
        assert svc.reading.get(case.id).get("court") == markers["court"]
        assert svc.reading.children(case.id, "person")[0].get("notes") == markers["notes"]
        interview = svc.reading.children(case.id, "interview")[0]
        assert interview.get("consent_note") == markers["consent_note"]
        assert svc.reading.segments(interview.id)[0].get("text") == markers["segment"]
        attachment = svc.reading.children(case.id, "attachment")[0]
        assert b"".join(svc.attachments.iter_bytes(attachment.id)).decode() == markers["file_text"]
    finally:
        svc.lock()

    vault_files = sorted(p for p in vault.rglob("*") if p.is_file())
    assert vault_files, "the vault was written"
    for path in files + vault_files:
        data = path.read_bytes()
        for name, text in markers.items():
            if name == "passphrase":
                text = text.split()[0]
            for form in _forms(text):
                assert form not in data, f"{name} found in {path}"
