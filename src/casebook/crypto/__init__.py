"""Cryptography: a leaf package over PyNaCl and the standard library.

It knows nothing of SQL, cases or the UI. Every key it uses is handed in or derived here.
"""

from __future__ import annotations
