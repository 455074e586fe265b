"""Process hardening done once at start-up, by the CLI and the GUI alike.

- No core dumps: a crash must not write the heap (full of case text and keys) to disk.
- Not dumpable (Linux prctl PR_SET_DUMPABLE=0): other processes of the same user cannot ptrace
  the app or read its /proc/PID/mem.
- umask 077: every file and folder the process creates is the owner's alone.
- Python writes no bytecode caches next to user-chosen paths.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import os
import sys

__all__ = ["harden_process"]

_PR_SET_DUMPABLE = 4


def harden_process() -> None:
    """Disable core dumps and ptrace attachment where the OS allows it."""
    sys.dont_write_bytecode = True
    os.umask(0o077)
    with contextlib.suppress(ImportError, ValueError, OSError):
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
            libc.prctl(_PR_SET_DUMPABLE, 0, 0, 0, 0)
