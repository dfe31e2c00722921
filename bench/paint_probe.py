"""Runs a Qt script and exits at its first painted window (a wizard page, the account window, the kiosk),
or, with --ready, once the program says it is ready, reporting when and how much memory.

Usage: python bench/paint_probe.py [--ready] SCRIPT [ARGS...]. Prints one JSON line:
{"painted_at": <time.time()>, "ready_at": <time.time(), or the paint's>, "maxrss_kib": <peak resident set
at the end>, "loaded": <which of the slow libraries were imported by then>, "window": <the painted window's
objectName>}.
Ready: the program sets the application property READY_PROPERTY once its account is read and its first
page filled and interactive (wizard/app/startup.py; the account window's other sections follow, one per
event-loop step, and one asked for sooner is built on the click); a script that never sets it (the bare
reference) is ready at its first paint. The moment is taken at the next 1 ms poll, after whatever step
ran first: it can be late by one step, never early. The probe creates the QApplication the script would
create anyway, so both scripts pay the same for it.
"""
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

    @staticmethod
    def _first_window(widget) -> bool:
        if isinstance(widget, QWizardPage):
            return True
        return isinstance(widget, QWidget) and widget.window().objectName() in FIRST_WINDOWS

    def eventFilter(self, watched, event):
        if self.painted_at is None and event.type() == QEvent.Type.Paint and self._first_window(watched):
            self.painted_at, self.window = time.time(), watched.window().objectName()
            if not self.wait_ready or "wizard.app.startup" not in sys.modules:
                report(self.painted_at, self.window)
            # An application-wide filter makes PySide wrap every object that gets an event: off it goes.
            self.app.removeEventFilter(self)
            QTimer.singleShot(0, self._poll)
        return False

    def _poll(self) -> None:
        if self.app.property(READY_PROPERTY):
            report(self.painted_at, self.window)
        if time.time() - self.painted_at > READY_TIMEOUT_S:
            print(json.dumps({"error": "not ready in time"}), flush=True)
            os._exit(1)
        QTimer.singleShot(1, self._poll)


def main() -> None:
    args = sys.argv[1:]
    wait_ready = args[:1] == ["--ready"]
    script, *args = args[1:] if wait_ready else args
    app = QApplication([script])
    probe = FirstPaint(app, wait_ready)
    app.installEventFilter(probe)
    sys.argv = [script, *args]
    sys.path.insert(0, os.path.dirname(os.path.abspath(script)))
    runpy.run_path(script, run_name="__main__")


main()
