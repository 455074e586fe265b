"""Unlock screens and parts of the casebook UI."""
