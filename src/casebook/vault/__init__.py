"""The vault as a use case: create it, unlock it into a `Session`, change its keyslots.

create_vault / unlock ──► Session (store, blobs, identity, clock) ──► services, bundles
"""

from __future__ import annotations

from casebook.vault.lifecycle import (
    Created,
    change_passphrase,
    create_vault,
    new_recovery_code,
    unlock,
)

__all__ = ["Created", "change_passphrase", "create_vault", "new_recovery_code", "unlock"]
