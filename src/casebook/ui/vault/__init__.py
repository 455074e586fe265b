"""The Vault menu's dialogs: passphrase, recovery code, integrity check, vocabularies."""
