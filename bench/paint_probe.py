"""Runs a Qt script and exits at its first painted window (a wizard page, the account window, the kiosk),
or, with --ready, once the program says it is ready, reporting when and how much memory.

Usage: python bench/paint_probe.py [--ready] SCRIPT [ARGS...]. Prints one JSON line:
{"painted_at": <time.time() when the first frame has been painted>, "ready_at": <time.time(), or the paint's>, "maxrss_kib": <peak resident set
at the end>, "loaded": <which of the slow libraries were imported by then>, "window": <the painted window's
objectName>}.
Ready: the program sets the application property READY_PROPERTY once its account is read and its first
page filled and interactive (wizard/app/startup.py; the account window's other sections follow, one per
event-loop step, and one asked for sooner is built on the click); a script that never sets it (the bare
reference) is ready at its first paint. The moment is the property's change event on the application.
The probe creates the QApplication the script would create anyway and watches only the first widget
shown and its children, so both scripts pay the same for it (see FirstPaint.watch_first_shown).
"""
from __future__ import annotations

import json
import os
import resource
import runpy
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget, QWizardPage

SLOW_LIBRARIES = ("sqlite_utils", "wizard.ledger.connection", "stdnum")
FIRST_WINDOWS = ("upgradeWizard", "accountShell", "kioskWindow")  # what a mode shows first (wizard/app/navigator.py)
READY_PROPERTY = "upgradeWizardReady"  # as wizard/app/startup.py sets it
READY_TIMEOUT_S = 30


def report(painted_at: float, window: str) -> None:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    loaded = [name for name in SLOW_LIBRARIES if name in sys.modules]
    print(json.dumps({"painted_at": painted_at, "ready_at": time.time(), "maxrss_kib": rss, "loaded": loaded,
                      "window": window}), flush=True)
    os._exit(0)


class FirstPaint(QObject):
    def __init__(self, app, wait_ready: bool) -> None:
        super().__init__()
        self.app, self.wait_ready = app, wait_ready
        self.painted_at, self.window = None, ""
        self.watched: list[QWidget] = []

    def watch_first_shown(self) -> None:
        """Watch the first widget the script shows, and its children (the kiosk's window is covered by its
        attract screen, a child, which gets the first paint).

        Not an application-wide filter: PySide would convert every object that gets an event, and the
        first of a Qt-private class (QGestureManager, made by any scroll area) makes it create every lazily
        loaded class of every module (144 enum types, ~30 ms) that a run without the probe never pays; the
        bare script, with no scroll area, paid ~8 ms of it, the program ~30 (measured 2026-11-29).
        """
        originals = {name: getattr(QWidget, name) for name in ("show", "showFullScreen")}

        def shown(name):
            def show(widget, *args):
                for each, method in originals.items():
                    setattr(QWidget, each, method)
                self.watched = [widget, *widget.findChildren(QWidget)]
                for each in self.watched:
                    each.installEventFilter(self)
                return originals[name](widget, *args)

            return show

        for name in originals:
            setattr(QWidget, name, shown(name))

    @staticmethod
    def _first_window(widget) -> bool:
        if isinstance(widget, QWizardPage):
            return True
        return isinstance(widget, QWidget) and widget.window().objectName() in FIRST_WINDOWS

    def eventFilter(self, watched, event):
        if not self.window and event.type() == QEvent.Type.Paint and self._first_window(watched):
            self.window = watched.window().objectName() or type(watched).__name__
            for each in self.watched:
                each.removeEventFilter(self)
            # The frame is painted once this paint event (and any its window sends along) has been handled.
            QTimer.singleShot(0, self._painted)
        return False

    def _painted(self) -> None:
        self.painted_at = time.time()
        if not self.wait_ready or "wizard.app.startup" not in sys.modules or self.app.property(READY_PROPERTY):
            report(self.painted_at, self.window)
        QTimer.singleShot(READY_TIMEOUT_S * 1000, self._too_late)

    def ready(self) -> None:
        """The program has set READY_PROPERTY: reported at that moment (once painted; it is set after the paint)."""
        if self.wait_ready and self.painted_at is not None:
            report(self.painted_at, self.window)

    @staticmethod
    def _too_late() -> None:
        print(json.dumps({"error": "not ready in time"}), flush=True)
        os._exit(1)


class ProbeApplication(QApplication):
    """The QApplication the script would create, seeing the moment READY_PROPERTY is set on it: a dynamic
    property change is an event sent to the application object itself (no filter on any other object, and
    no polling, which would report late when the program runs steps of its own right after ready)."""

    probe: FirstPaint | None = None

    def event(self, event) -> bool:
        if (event.type() == QEvent.Type.DynamicPropertyChange and self.probe is not None
                and bytes(event.propertyName()) == READY_PROPERTY.encode() and self.property(READY_PROPERTY)):
            self.probe.ready()
        return super().event(event)


def main() -> None:
    args = sys.argv[1:]
    wait_ready = args[:1] == ["--ready"]
    script, *args = args[1:] if wait_ready else args
    app = ProbeApplication([script])
    probe = app.probe = FirstPaint(app, wait_ready)
    probe.watch_first_shown()
    sys.argv = [script, *args]
    sys.path.insert(0, os.path.dirname(os.path.abspath(script)))
    runpy.run_path(script, run_name="__main__")


main()
