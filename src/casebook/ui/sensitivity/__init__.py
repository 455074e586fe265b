"""Sensitivity labels, case floors and colleagues' clearances in the GUI (docs/labels.md)."""
