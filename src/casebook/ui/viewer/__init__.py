"""Viewer screens and parts of the casebook UI."""
