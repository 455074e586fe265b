"""A lock leaves nothing to take (issue 14): on X11, text selected (not copied) in a casebook
field is the PRIMARY selection, which any program can read. After a lock, and after the copy
delay, `xclip -o -selection primary` no longer returns it. The real app on Xvfb, xcb platform."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from casebook.crypto.kdf import KdfPolicy
from casebook.vault import create_vault

from .xserver import xvfb

ROOT = Path(__file__).resolve().parents[2]
CANARY = "Щеглова-Канарейкина ZQX4412"


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11")
def test_lock_and_time_clear_the_primary_selection(tmp_path: Path) -> None:
    if shutil.which("xclip") is None:
        pytest.skip("xclip is not installed (.ci/run installs it)")
    vault = tmp_path / "vault"
    passphrase = "selection test passphrase"
    create_vault(vault, passphrase, policy=KdfPolicy.insecure_for_tests()).session.lock()
    home = tmp_path / "home"
    home.mkdir(mode=0o700)
    with xvfb() as display:
        env = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith(("DBUS_", "XDG_", "QT_", "CASEBOOK_"))
        }
        env.update(
            HOME=str(home),
            DISPLAY=display,
            PYTHONPATH=os.pathsep.join([str(ROOT / "src"), str(ROOT / "tests")]),
            PYTHONDONTWRITEBYTECODE="1",
        )
        done = subprocess.run(
            [sys.executable, "-m", "ui.selection_child", str(vault), passphrase, CANARY],
            env=env,
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    assert done.returncode == 0, done.stderr[-3000:]
    out = json.loads(done.stdout.strip().splitlines()[-1])
    # The control: selecting by hand put the case text on PRIMARY, readable by xclip.
    assert CANARY in out["selected"]
    assert CANARY in out["before_lock"]
    assert CANARY not in out["after_lock"]
    assert CANARY in out["reselected"]
    assert CANARY not in out["after_expiry"]
    assert out["still_unlocked"]
