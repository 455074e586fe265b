"""Peers: the owner's card as a QR code, colleagues' cards, safety numbers and revocation."""
