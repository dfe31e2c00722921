"""The Qt side: the wizard, its pages and their widgets."""
import ctypes
import sys

import PySide6


def _keep_singletons_alive() -> None:
    """Work around PySide6 6.12.0 on CPython 3.11.

    Its bindings treat None, True and False as immortal (as they are from
    Python 3.12 on) and drop a reference they never took on every Qt call that
    returns nothing and every override that hands one back to Qt. A long
    session then aborts with "deallocating None". Giving the three singletons
    2**40 references to spare keeps the count positive for any real session;
    tests/test_qt_guard.py shows the abort without it is gone. Remove it when
    PySide6 is fixed or Python 3.11 is dropped.
    """
    if sys.version_info < (3, 12) and sys.implementation.name == "cpython":
        if PySide6.__version_info__[:2] == (6, 12):
            for singleton in (None, True, False):
                ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 40


_keep_singletons_alive()
