"""The domain: the case model, vocabularies, records, signed ops and their fold, peers' cards.

Pure Python over `casebook.base` and `casebook.crypto`; no SQL, no files of the vault, no Qt.
"""
