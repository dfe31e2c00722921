"""A write to the ledger from a page's button: succeeded or not, never an escaping exception.

While another desk holds the ledger's write lock, the window stays alive: the
ledger tries the lock every few milliseconds and calls back here in between,
where Qt's events are processed and, after a moment, a note with "Cancel" shows.
"""
from __future__ import annotations

import logging
import time

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QApplication, QProgressDialog

log = logging.getLogger("wizard.ui")

NOTE_DELAY_S = 0.3  # a lock held for less than this is not worth a note


class WaitingForDesk:
    """The `cancelled` callback the ledger calls between tries of its write lock."""

    def __init__(self, parent) -> None:
        self.parent = parent
        self.started = time.monotonic()
        self.dialog: QProgressDialog | None = None

    def __call__(self) -> bool:
        if self.dialog is None and time.monotonic() - self.started >= NOTE_DELAY_S:
            self._show_note()
        # Until the modal note is up, clicks must not reach the page that is
        # writing (a second "Complete purchase"); after that, the note takes them.
        flags = QEventLoop.ProcessEventsFlag.AllEvents
        if self.dialog is None:
            flags = QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents
        QApplication.processEvents(flags)
        return self.dialog is not None and self.dialog.wasCanceled()

    def _show_note(self) -> None:
        dialog = QProgressDialog(self.parent)
        dialog.setObjectName("waitingForDesk")
        dialog.setWindowTitle(QCoreApplication.translate("ledger_write", "Please wait"))
        dialog.setLabelText(
            QCoreApplication.translate(
                "ledger_write", "Another desk is writing to the ledger file. Waiting until it is done…"
            )
        )
        dialog.setCancelButtonText(QCoreApplication.translate("ledger_write", "Cancel"))
        dialog.setRange(0, 0)  # no known end: a busy indicator
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.show()
        self.dialog = dialog

    def close(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
            # Deleted now, not with deleteLater(): a deferred delete would reach
            # whatever event loop runs next, with its children half destroyed.
            self.dialog.setParent(None)
            self.dialog = None


def attempt(session, write, action: str, parent=None):
    """Run `write(cancelled)`; returns None when it was written, else the ledger's problem
    (or, for a refusal that carries one, its own reason: see kit/problems.py user_problem_text).

    The ledger's sentence is English and names files: it goes to the log, and
    the page shows its own translated sentence instead. After a failure the
    session lets go of its connection, so "try again" really opens the file
    again (a fault that is gone, a lock released, a file made writable).
    """
    from wizard.ledger import LedgerError
    from wizard.ledger.errors import LedgerProblem

    waiting = WaitingForDesk(parent)
    try:
        write(waiting)
    except LedgerError as error:
        log.warning("%s refused by the ledger: %s", action, error)
        session.drop_connection()
        # A refusal that names its own reason (e.g. UserRefused.reason) is told by that reason.
        return getattr(error, "reason", None) or error.problem
    except Exception:  # noqa: BLE001 - any other refusal of the write (a trigger, a constraint)
        # The page must not silently ignore its button; the traceback goes to the log.
        log.exception("%s failed", action)
        session.drop_connection()
        return LedgerProblem.UNUSABLE
    finally:
        waiting.close()
    return None
