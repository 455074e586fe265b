"""Erasure in the GUI (PROTECTION §1): erase a value, honour a colleague's request."""
