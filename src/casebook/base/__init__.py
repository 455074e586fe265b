"""Base utilities every layer may use: errors, canonical encoding, paths, files, hardening.

Nothing here knows of cases, SQL or Qt.
"""
