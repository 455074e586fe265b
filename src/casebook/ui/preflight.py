"""Before Qt starts: can its X11 platform plugin load here? If not, say which packages to install.

Qt's xcb plugin (PySide6/Qt/plugins/platforms/libqxcb.so) links libraries that a fresh Debian
or Ubuntu desktop may lack (libxcb-icccm4, libxcb-keysyms1, …) and loads libxcb-cursor0 at run
time. Without them `QApplication(...)` calls qFatal and the process dies with exit 134 and no
word from casebook. So `make run`, and `casebook` itself before it builds the window, look first:

    which platform will Qt use?      QT_QPA_PLATFORM, else xcb on Linux (Wayland: not checked)
    ldd libqxcb.so                   every "=> not found" line is a missing library
    dlopen the run-time ones         libxcb-cursor.so.0
    a display?                       DISPLAY must be set for xcb
    → one sentence: "… install them with: sudo apt-get install libxcb-icccm4 libxcb-keysyms1"

`python -m casebook.ui.preflight` prints that sentence and exits 1, or exits 0 in silence;
`--child` also starts a QGuiApplication in a child process, which catches what ldd cannot see
(a display that does not answer). Nothing here imports Qt's GUI modules.
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

__all__ = [
    "PACKAGES",
    "advice",
    "check",
    "main",
    "missing_libraries",
    "not_found_in",
    "packages_for",
    "platform_to_check",
    "xcb_plugin",
]

# Libraries Qt's xcb plugin opens at run time (dlopen): ldd does not list them.
RUNTIME_LIBRARIES = ("libxcb-cursor.so.0",)

# Debian and Ubuntu package names of what the xcb plugin needs. Others follow Debian's rule
# for library packages (see `packages_for`).
PACKAGES: dict[str, str] = {
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xinput.so.0": "libxcb-xinput0",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libSM.so.6": "libsm6",
    "libICE.so.6": "libice6",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libGLX.so.0": "libglx0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
}

_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found\s*$", re.MULTILINE)

Run = Callable[[list[str]], str]
Loads = Callable[[str], bool]


def xcb_plugin() -> Path | None:
    """PySide6's xcb platform plugin, found without importing Qt; None where there is none."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    for base in spec.submodule_search_locations:
        plugin = Path(base) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
        if plugin.is_file():
            return plugin
    return None


def platform_to_check(env: Mapping[str, str], platform: str = sys.platform) -> bool:
    """True when Qt will use its xcb plugin: Linux, and QT_QPA_PLATFORM unset or "xcb…".

    A Wayland session (Qt 6 tries its Wayland plugin first) and an explicit other platform
    (offscreen, wayland) are left alone: they do not need these libraries.
    """
    if not platform.startswith("linux"):
        return False
    chosen = env.get("QT_QPA_PLATFORM", "").strip()
    if chosen:
        return chosen.split(";")[0].split(":")[0] == "xcb"
    return not (env.get("WAYLAND_DISPLAY") and env.get("XDG_SESSION_TYPE") == "wayland")


def not_found_in(ldd_output: str) -> list[str]:
    """The libraries ldd could not find, in the order it listed them, each once."""
    return list(dict.fromkeys(_NOT_FOUND.findall(ldd_output)))


def _ldd(args: list[str]) -> str:
    done = subprocess.run(  # noqa: S603 - ldd from PATH on our own plugin's path
        args, capture_output=True, text=True, timeout=30, check=False
    )
    return done.stdout


def _loads(name: str) -> bool:
    try:
        ctypes.CDLL(name)
    except OSError:
        return False
    return True


def missing_libraries(plugin: Path, run: Run = _ldd, loads: Loads = _loads) -> list[str]:
    """What the plugin needs and this system lacks (linked or opened at run time)."""
    missing: list[str] = []
    if shutil.which("ldd") is not None or run is not _ldd:
        missing += not_found_in(run(["ldd", str(plugin)]))
    missing += [name for name in RUNTIME_LIBRARIES if name not in missing and not loads(name)]
    return missing


def packages_for(libraries: list[str]) -> list[str]:
    """Debian/Ubuntu packages that hold `libraries`, each once, in order.

    Unknown ones follow Debian's naming of library packages: libfoo.so.1 → libfoo1, and
    libfoo-2.so.0 (a name ending in a digit) → libfoo-2-0.
    """
    out: list[str] = []
    for lib in libraries:
        package = PACKAGES.get(lib)
        if package is None:
            m = re.fullmatch(r"(lib[^/]+?)\.so\.(\d+)(?:\.\d+)*", lib)
            if m is None:
                continue
            name, major = m.group(1).lower(), m.group(2)
            package = f"{name}-{major}" if name[-1].isdigit() else f"{name}{major}"
        if package not in out:
            out.append(package)
    return out


def advice(missing: list[str]) -> str:
    """The one sentence a person needs: what is missing, and the command that installs it."""
    packages = packages_for(missing)
    return (
        "casebook cannot open its window: Qt's X11 platform plugin needs "
        + ", ".join(missing)
        + ", missing on this system; install "
        + ("it" if len(packages) == 1 else "them")
        + " with `sudo apt-get install "
        + " ".join(packages)
        + "` (Debian and Ubuntu package names)."
    )


NO_DISPLAY = (
    "casebook cannot open its window: no display is set (DISPLAY is empty); start it from a "
    "desktop session, or use the command line (`casebook --help`)."
)


def _child_starts(env: Mapping[str, str]) -> str | None:
    """Start a QGuiApplication in a child process; Qt's own last words when it cannot."""
    code = "from PySide6.QtGui import QGuiApplication; QGuiApplication(['casebook'])"
    try:
        done = subprocess.run(  # noqa: S603 - this same Python, a fixed program
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
            env=dict(env),
        )
    except subprocess.TimeoutExpired:
        return None  # slow, not broken: let the app try
    if done.returncode == 0:
        return None
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    said = " ".join(lines[:2])[:300]
    return f"casebook cannot open its window: Qt could not start ({said})."


def check(
    env: Mapping[str, str] | None = None,
    *,
    plugin: Path | None = None,
    run: Run = _ldd,
    loads: Loads = _loads,
    child: bool = False,
) -> str | None:
    """None when the window can open; otherwise the one sentence that says what to do."""
    env = os.environ if env is None else env
    if not platform_to_check(env):
        return None
    plugin = plugin or xcb_plugin()
    if plugin is None:
        return None  # no xcb plugin in this PySide6: Qt will say which platforms it has
    missing = missing_libraries(plugin, run, loads)
    if missing:
        return advice(missing)
    if not env.get("DISPLAY"):
        return NO_DISPLAY
    return _child_starts(env) if child else None


def main(argv: list[str] | None = None) -> int:
    """`python -m casebook.ui.preflight [--child]`: exit 1 with the advice, or 0."""
    args = sys.argv[1:] if argv is None else argv
    problem = check(child="--child" in args)
    if problem is None:
        return 0
    sys.stderr.write(problem + "\n")
    return 1


if __name__ == "__main__":
    sys.exit(main())
