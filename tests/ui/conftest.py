"""Fixtures for the UI tests. Only tests/ui creates a QApplication.

Qt runs offscreen unless `--onscreen` is given (`pytest tests/ui --onscreen`). Every test gets
its own vault in `tmp_path`, fast KDF parameters passed explicitly to the composition root, an
inline task pool, and English unless it asks for Russian.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

if "--onscreen" not in sys.argv:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_ACCESSIBILITY", "1")

from casebook.base.paths import AppPaths  # noqa: E402
from casebook.base.settings import Settings  # noqa: E402
from casebook.crypto.kdf import KdfPolicy  # noqa: E402
from casebook.ui.app import redirect_qt_settings  # noqa: E402
from casebook.vault import create_vault  # noqa: E402

from .driver import Driver, VaultInfo  # noqa: E402

I18N = Path(__file__).resolve().parents[2] / "src" / "casebook" / "ui" / "i18n"
PASSPHRASE = "correct horse battery staple"


def pytest_addoption(parser: pytest.Parser) -> None:
    """`--onscreen` shows the windows on a real display instead of offscreen."""
    parser.addoption("--onscreen", action="store_true", help="run UI tests on a real display")


def _compile_catalogs() -> None:
    """Build stale .qm files (the Makefile does it too); atomic, so xdist workers can race."""
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for ts in I18N.glob("*.ts"):
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        tmp = qm.with_name(f".{qm.name}.{os.getpid()}")
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(tmp)], check=True)
        os.replace(tmp, qm)


_compile_catalogs()
redirect_qt_settings()  # the test process itself must not write ~/.config/QtProject.conf


@pytest.fixture
def policy() -> KdfPolicy:
    """Fast Argon2 parameters, passed explicitly (never through the environment)."""
    return KdfPolicy.insecure_for_tests()


@pytest.fixture
def app_paths(tmp_path: Path) -> AppPaths:
    """App folders inside the test's tmp dir."""
    return AppPaths(default_vault=tmp_path / "vault", config=tmp_path / "config")


@pytest.fixture
def vault(tmp_path: Path, policy: KdfPolicy) -> VaultInfo:
    """A vault made by the core (quicker than the Create screen), locked again."""
    root = tmp_path / "vault"
    created = create_vault(root, PASSPHRASE, policy=policy)
    created.session.lock()
    return VaultInfo(root, PASSPHRASE, created.recovery_code)


@pytest.fixture
def make_driver(
    qapp: object, qtbot: object, app_paths: AppPaths, policy: KdfPolicy
) -> Iterator[Callable[..., Driver]]:
    """Build the real app around a vault folder; every app built is shut down at the end."""
    made: list[Driver] = []

    def make(root: Path, *, language: str = "en", **kwargs: object) -> Driver:
        settings = kwargs.pop("settings", None) or Settings(language=language)
        driver = Driver.build(
            root,
            app_paths,
            policy=policy,
            settings=settings,
            wait_until=lambda cond, timeout=5000: qtbot.waitUntil(cond, timeout=timeout),  # type: ignore[attr-defined]
            **kwargs,
        )
        made.append(driver)
        return driver

    yield make
    for driver in made:
        driver.close()
