"""macOS: workspace and distributed notifications, through PyObjC. UNTESTED: written to
Apple's documentation, never run (the project's machines are Linux); see docs/ui.md
"Lock triggers". PyObjC (`pyobjc-framework-Cocoa`) is a dependency on macOS only.

    NSWorkspace's notification centre
        NSWorkspaceWillSleepNotification                → sleep
        NSWorkspaceScreensDidSleepNotification          → screen lock (the display slept; a
                                                          password is asked when it wakes)
        NSWorkspaceSessionDidResignActiveNotification   → user switch (fast user switching)
    NSDistributedNotificationCenter
        com.apple.screenIsLocked                        → screen lock (Ctrl+Cmd+Q, hot corner)

Blocks run on the main operation queue, which Qt's Cocoa event loop drains.
"""

from __future__ import annotations

from typing import Any

from casebook.ui.lock_triggers import SCREEN_LOCK, SLEEP, USER_SWITCH, Emit

__all__ = ["MacWorkspace"]

WORKSPACE = {
    "NSWorkspaceWillSleepNotification": SLEEP,
    "NSWorkspaceScreensDidSleepNotification": SCREEN_LOCK,
    "NSWorkspaceSessionDidResignActiveNotification": USER_SWITCH,
}
DISTRIBUTED = {"com.apple.screenIsLocked": SCREEN_LOCK}


class MacWorkspace:
    """Observers in NSWorkspace's and the distributed notification centres."""

    def __init__(self, emit: Emit) -> None:
        # ImportError without PyObjC: LockWatcher then reports nothing.
        from AppKit import NSWorkspace
        from Foundation import (
            NSDistributedNotificationCenter,
            NSOperationQueue,
        )

        queue = NSOperationQueue.mainQueue()
        self._observers: list[tuple[Any, Any]] = []
        centres = (
            (NSWorkspace.sharedWorkspace().notificationCenter(), WORKSPACE),
            (NSDistributedNotificationCenter.defaultCenter(), DISTRIBUTED),
        )
        for centre, names in centres:
            for name, trigger in names.items():
                token = centre.addObserverForName_object_queue_usingBlock_(
                    name, None, queue, lambda _note, t=trigger: emit(t)
                )
                self._observers.append((centre, token))

    @property
    def available(self) -> frozenset[str]:
        """All three, once the observers are in place."""
        return frozenset({SCREEN_LOCK, SLEEP, USER_SWITCH}) if self._observers else frozenset()

    def close(self) -> None:
        """Remove the observers."""
        for centre, token in self._observers:
            centre.removeObserver_(token)
        self._observers.clear()
