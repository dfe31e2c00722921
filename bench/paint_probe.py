"""Runs a Qt script and exits at its first painted window (a wizard page or the account window),
reporting when and how much memory.

Usage: python bench/paint_probe.py SCRIPT [ARGS...]. Prints one JSON line:
{"painted_at": <time.time()>, "maxrss_kib": <peak resident set>,
"loaded": <which of the slow libraries were imported by then>, "window": <the painted window's objectName>}.
The probe creates the QApplication the script would create anyway, so both
scripts pay the same for it.
"""
import json
import os
import resource
import runpy
import sys
import time

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget, QWizardPage


SLOW_LIBRARIES = ("sqlite_utils", "wizard.ledger.connection", "stdnum")
FIRST_WINDOWS = ("upgradeWizard", "accountShell", "kioskWindow")  # what a mode shows first (wizard/app/navigator.py)


class FirstPaint(QObject):
    @staticmethod
    def _first_window(widget) -> bool:
        if isinstance(widget, QWizardPage):
            return True
        return isinstance(widget, QWidget) and widget.window().objectName() in FIRST_WINDOWS

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and self._first_window(watched):
            painted_at = time.time()
            rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            loaded = [name for name in SLOW_LIBRARIES if name in sys.modules]
            window = watched.window().objectName()
            print(json.dumps({"painted_at": painted_at, "maxrss_kib": rss, "loaded": loaded, "window": window}),
                  flush=True)
            os._exit(0)
        return False


def main() -> None:
    script, *args = sys.argv[1:]
    app = QApplication([script])
    probe = FirstPaint()
    app.installEventFilter(probe)
    sys.argv = [script, *args]
    sys.path.insert(0, os.path.dirname(os.path.abspath(script)))
    runpy.run_path(script, run_name="__main__")


main()
