"""A vault already at schema 3, written by a build from before the schema's last tables were
added, gets them when it is opened (the idempotent ddl), and keeps what it held."""

from __future__ import annotations

import os
from pathlib import Path

from casebook.store.store import Store


def test_a_schema_3_vault_missing_later_tables_gets_them(tmp_path: Path) -> None:
    key = os.urandom(32)
    path = tmp_path / "vault.db"
    store = Store.open(path, key, create=True)
    with store.transaction():
        store.set_meta("hlc", 12345)
        for table in ("peer_orgs", "reports_out", "report_disclosures", "custody_untrusted"):
            store.write(f"DROP TABLE {table}")
    store.close()
    again = Store.open(path, key)
    try:
        names = {r[0] for r in again.query("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert {"peer_orgs", "reports_out", "report_disclosures", "custody_untrusted"} <= names
        assert again.max_hlc() == 12345
    finally:
        again.close()
