"""Writes where a visitor goes in the wizard: each step shown, left (forward or back) and abandoned.

Attached by the wizard when its mode records the funnel (core.modes.Mode.records_funnel);
`ledger funnel` reads the events (wizard/ledger/funnel.py). A session is one run
through the wizard, named by a random UUID: a new wizard (each kiosk visit builds
one), a restart after a confirmation, or the wizard shown again after it was closed.

Recording must never cost the visitor anything: a page change is written once the new page
is painted (the visitor does not wait for the commit), a write that fails is logged, never
shown, and a write that would wait for another desk's lock gives up after a moment. What is
not written yet is written before anything else is: when the wizard is closed, finished,
hidden (a kiosk visit's wipe) or destroyed.
"""
from __future__ import annotations

import logging
import time
import uuid
from typing import Callable, Mapping

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

log = logging.getLogger(__name__)

# How long a step event may wait for another desk's write lock before it is dropped.
LOCK_WAIT_S = 0.3
# A page change is written right after the wizard's next paint, and at the latest after this long (a wizard
# that is not painted, e.g. minimised).
WRITE_LATEST_MS = 250


class _Visit:
    """What the tracker knows about the current session; plain Python, so it outlives the wizard
    long enough to record an abandon when the wizard is destroyed."""

    def __init__(self, session, clock: Callable[[], float]) -> None:
        self.session = session
        self.clock = clock
        self.id = str(uuid.uuid4())
        self.step: str | None = None  # the step on screen
        self.since = 0.0  # when it came on screen (clock seconds)
        self.completed = False  # a confirmation or lead-sent page was reached
        self.ended = False  # abandoned and recorded: nothing more until a new session
        # Page changes not written yet, in their order: (session id, (step left, direction, ms) or None, step shown).
        self.pending: list[tuple[str, tuple[str, str, int] | None, str]] = []

    def new(self) -> None:
        self.id, self.step, self.completed, self.ended = str(uuid.uuid4()), None, False, False

    def elapsed_ms(self) -> int:
        return max(0, round((self.clock() - self.since) * 1000))

    def show(self, step: str, direction: str) -> None:
        from wizard.ledger import funnel

        if self.completed or self.ended:
            self.new()  # a restart after a confirmation, or the wizard shown again: a new run
        left = (self.step, direction, self.elapsed_ms()) if self.step is not None else None
        self.step, self.since = step, self.clock()
        self.completed = step in funnel.COMPLETED_STEPS
        self.pending.append((self.id, left, step))

    def flush(self, *, now: bool = False) -> bool:
        """Writes the page changes not written yet, in one commit; False when they wait a little longer (a
        purchase on the session's connection is waiting for another desk), unless `now`."""
        from wizard.ledger import funnel

        if not now and self._connection_waits():
            return False
        if self.pending:
            changes, self.pending = self.pending, []
            self.write(funnel.record_step_changes, changes=changes)
        return True

    def abandon(self) -> None:
        """The wizard closed, was cancelled, hidden or destroyed before a confirmation."""
        from wizard.ledger import funnel

        self.flush(now=True)  # also after a confirmation: the steps up to it
        if self.step is None or self.completed or self.ended:
            return
        self.ended = True
        self.write(funnel.record_session_abandoned, session_id=self.id, step=self.step, ms=self.elapsed_ms())

    def write(self, record, **detail) -> None:
        session = self.session
        deadline = time.monotonic() + LOCK_WAIT_S
        try:
            if session.read_only:
                return
            if session.connected and not self._connection_waits():
                record(session.db, mode=session.mode.name, desk=session.desk,
                       cancelled=lambda: time.monotonic() > deadline, **detail)
                return
            # The session was closed before its wizard (a kiosk visit's wipe), or its connection waits for another
            # desk's lock in a purchase (a write on it now would be refused): a connection for this write only.
            from wizard.ledger import open_ledger

            db = open_ledger(session.ledger_path, expect_id=session.ledger_id)
            try:
                record(db, mode=session.mode.name, desk=session.desk,
                       cancelled=lambda: time.monotonic() > deadline, **detail)
            finally:
                db.close()
        except Exception as error:  # noqa: BLE001 - a record of the funnel never reaches the visitor
            log.warning("A step of the wizard could not be recorded: %s", error)

    def _connection_waits(self) -> bool:
        return self.session.connected and getattr(self.session.db, "waiting_for_lock", False)


class StepTracker(QObject):
    """Watches one wizard: its page changes, its closing, hiding and destruction."""

    def __init__(self, wizard, session, steps: Mapping[int, str], *, clock: Callable[[], float] = time.monotonic):
        """`steps`: page id -> step name (the wizard's PageId names in lower case)."""
        super().__init__(wizard)
        self.setObjectName("stepTracker")
        self.visit = visit = _Visit(session, clock)
        self._wizard = wizard
        self._steps = dict(steps)
        self._visited: list[int] = []
        self._write_timer = QTimer(self, singleShot=True)
        self._write_timer.timeout.connect(self._write_pending)
        # A program that quits between a page change and its paint (the wizard is not hidden then).
        QCoreApplication.instance().aboutToQuit.connect(self.flush)
        wizard.currentIdChanged.connect(self._page_changed)
        wizard.installEventFilter(self)
        # A wizard deleted while on screen gets no hide event: its end is recorded all the same.
        wizard.destroyed.connect(lambda *_: visit.abandon())

    @property
    def session_id(self) -> str:
        return self.visit.id

    def _page_changed(self, page_id: int) -> None:
        step = self._steps.get(page_id)
        if step is None:
            return  # -1: no page (the wizard being reset)
        # Back and restart return to a page already visited in this run; Next goes to a new one.
        direction = "back" if page_id in self._visited else "forward"
        self._visited = list(self._wizard.visitedIds())
        self._show(step, direction)

    def _show(self, step: str, direction: str) -> None:
        self.visit.show(step, direction)
        if not self._write_timer.isActive():
            self._write_timer.start(WRITE_LATEST_MS)

    def flush(self) -> None:
        """Writes what is not written yet, now (the program quits)."""
        self._write_timer.stop()
        self.visit.flush(now=True)

    def _write_pending(self) -> None:
        if not self.visit.flush():
            self._write_timer.start(WRITE_LATEST_MS)  # after the purchase that holds the connection

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Paint:
            if self.visit.pending:
                # A timer, not a posted call: it runs once this paint has reached the screen.
                self._write_timer.start(0)
        elif kind == QEvent.Type.Hide and not event.spontaneous():
            # Closed, cancelled, or taken off the screen (a kiosk visit's wipe hides it first).
            self.visit.abandon()
        elif kind == QEvent.Type.Show and self.visit.ended and self.visit.step is not None:
            # Shown again after an abandon: a new session on the page it shows.
            step = self.visit.step
            self.visit.new()
            self._show(step, "forward")
        return False
