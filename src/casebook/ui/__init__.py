"""The desktop app (PySide6): the only package of casebook that imports Qt. See docs/ui.md.

app.py          composition root: paths → settings → services → windows; `run()`
tasks.py        `run_task` for short CPU jobs (Argon2id, calibration) on a QThreadPool
worker.py       the one thread that owns the vault's connection, spoken to by queued signals
errors.py       the one table from error type to translated message
main_window.py  locked ⇄ unlocked: the unlock/create screens, or the workspace
models/         one Qt model per view, holding immutable rows
unlock/         create and unlock a vault
workspace/      the case list and the case tabs
search/, viewer/, settings_dialog.py, clipboard.py, idle.py, crash.py
"""
