"""Cryptography: a leaf package over PyNaCl, the standard library and, for the bulk
ChaCha20-Poly1305 of STREAM chunks only, OpenSSL through `cryptography` (`chunks.py`).

It knows nothing of SQL, cases or the UI. Every key it uses is handed in or derived here.
"""

from __future__ import annotations
