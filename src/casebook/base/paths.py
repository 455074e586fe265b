"""Where things live on disk: platformdirs, with one override for tests and USB drives.

    vault     --vault DIR, else $CASEBOOK_HOME/vault, else platformdirs' user data dir
    settings  $CASEBOOK_HOME/config, else platformdirs' user config dir (plain JSON, no case data)

Every folder casebook creates is 0o700.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

__all__ = ["APP", "AppPaths", "VaultPaths", "app_paths"]

APP = "casebook"


@dataclass(frozen=True)
class VaultPaths:
    """The files of one vault folder (DESIGN §2)."""

    root: Path

    @property
    def db(self) -> Path:
        """The SQLCipher database."""
        return self.root / "vault.db"

    @property
    def keyslots(self) -> Path:
        """The wrapped master keys."""
        return self.root / "keyslots"

    @property
    def blobs(self) -> Path:
        """Large attachments, each encrypted under its own key."""
        return self.root / "blobs"

    def exists(self) -> bool:
        """True when a vault (or what is left of one) is here."""
        return self.keyslots.exists() or self.db.exists()

    def missing_part(self) -> str | None:
        """What a vault here lacks: "keyslots" (the key file) or "vault.db"; None when the
        folder holds a whole vault or none at all. A deep erase cut short between its renames
        keeps its new key file staged beside the database: unlocking finishes it, so that
        folder lacks nothing."""
        has_db, has_keys = self.db.exists(), self.keyslots.exists()
        if has_db and not has_keys and not (self.root / ".keyslots.deep-erase").exists():
            return "keyslots"
        if has_keys and not has_db:
            return "vault.db"
        return None


@dataclass(frozen=True)
class AppPaths:
    """The folders of the app itself."""

    default_vault: Path
    config: Path

    @property
    def settings_file(self) -> Path:
        """casebook's settings (language, auto-lock, geometry)."""
        return self.config / "settings.json"


def app_paths(env: dict[str, str] | None = None) -> AppPaths:
    """The app's folders, honouring CASEBOOK_HOME (one override for tests and portable use)."""
    env = dict(os.environ) if env is None else env
    home = env.get("CASEBOOK_HOME")
    if home:
        base = Path(home)
        return AppPaths(default_vault=base / "vault", config=base / "config")
    return AppPaths(
        default_vault=Path(platformdirs.user_data_dir(APP, appauthor=False)) / "vault",
        config=Path(platformdirs.user_config_dir(APP, appauthor=False)),
    )
