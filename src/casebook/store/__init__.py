"""The encrypted store: SQLCipher, the op-log tables, the fold, search and blobs.

It is handed a ready 32-byte key and never derives one (STYLE: store never derives keys).
"""

from __future__ import annotations
