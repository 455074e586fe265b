"""The consent ledger's screens: the consent form, a person's consents, the withdrawal."""
