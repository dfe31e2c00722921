"""Can Qt open a window here? Said in one line before Qt would abort the process.

Qt ends the program with a core dump when its platform plugin cannot start
(no display, or a system library its xcb plugin needs is missing), so these
checks run before the QApplication is created. No Qt import here.
"""
from __future__ import annotations

import ctypes
import os
import sys
from pathlib import Path

HOW_ELSE = "or without a window: `QT_QPA_PLATFORM=offscreen ./run --demo`"
# What Qt's xcb plugin needs on Debian and Ubuntu beyond a desktop's usual libraries.
XCB_PACKAGES = "libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxkbcommon-x11-0"


def display_problem() -> str | None:
    """The sentence to print instead of starting, or None when a window can open."""
    platform = os.environ.get("QT_QPA_PLATFORM")
    if sys.platform != "linux" or (platform and platform != "xcb"):
        return None
    if os.environ.get("WAYLAND_DISPLAY") and not platform:
        return None
    if not os.environ.get("DISPLAY"):
        return f"No display found: run it on a virtual screen with `xvfb-run ./run --demo`, {HOW_ELSE}."
    missing = missing_library(xcb_plugin())
    if missing:
        return (
            f"Qt cannot open a window: the system library {missing} is missing "
            f"(Debian/Ubuntu: `sudo apt install {XCB_PACKAGES}`), {HOW_ELSE}."
        )
    return None


def xcb_plugin() -> Path:
    import PySide6  # the package only (its location), not QtCore

    return Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"


def missing_library(plugin: Path) -> str | None:
    """The first library `plugin` cannot load, or None.

    libxcb-cursor is opened by Qt at run time, not linked, so it is looked up by name.
    """
    if not plugin.exists():
        return None
    try:
        ctypes.CDLL(str(plugin))
    except OSError as error:
        # "libxcb-icccm.so.4: cannot open shared object file: ..."
        return str(error).split(":")[0].strip() or str(error)
    try:
        ctypes.CDLL("libxcb-cursor.so.0")  # by its soname: find_library would run ldconfig
    except OSError:
        return "libxcb-cursor.so.0"
    return None
