"""Sealed bundles in the GUI: the Export wizard and the Import wizard."""
