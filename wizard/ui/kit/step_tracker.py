"""Writes where a visitor goes in the wizard: each step shown, left (forward or back) and abandoned.

Attached by the wizard when its mode records the funnel (core.modes.Mode.records_funnel);
`ledger funnel` reads the events (wizard/ledger/funnel.py). A session is one run
through the wizard, named by a random UUID: a new wizard (each kiosk visit builds
one), a restart after a confirmation, or the wizard shown again after it was closed.

Recording must never cost the visitor anything: a write that fails is logged, never
shown, and a write that would wait for another desk's lock gives up after a moment.
"""
from __future__ import annotations

import logging
import time
import uuid
from typing import Callable, Mapping

from PySide6.QtCore import QEvent, QObject

log = logging.getLogger(__name__)

# How long a step event may wait for another desk's write lock before it is dropped.
LOCK_WAIT_S = 0.3


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
        self.write(funnel.record_step_change, left=left, shown=step)  # one commit per page change

    def abandon(self) -> None:
        """The wizard closed, was cancelled, hidden or destroyed before a confirmation."""
        from wizard.ledger import funnel

        if self.step is None or self.completed or self.ended:
            return
        self.ended = True
        self.write(funnel.record_session_abandoned, step=self.step, ms=self.elapsed_ms())

    def write(self, record, **detail) -> None:
        session = self.session
        deadline = time.monotonic() + LOCK_WAIT_S
        try:
            if session.read_only:
                return
            if session.connected:
                record(session.db, session_id=self.id, mode=session.mode.name, desk=session.desk,
                       cancelled=lambda: time.monotonic() > deadline, **detail)
                return
            # The session was closed before its wizard (a kiosk visit's wipe): a connection for this write only.
            from wizard.ledger import open_ledger

            db = open_ledger(session.ledger_path, expect_id=session.ledger_id)
            try:
                record(db, session_id=self.id, mode=session.mode.name, desk=session.desk,
                       cancelled=lambda: time.monotonic() > deadline, **detail)
            finally:
                db.close()
        except Exception as error:  # noqa: BLE001 - a record of the funnel never reaches the visitor
            log.warning("A step of the wizard could not be recorded: %s", error)


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
        self.visit.show(step, direction)

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Hide and not event.spontaneous():
            # Closed, cancelled, or taken off the screen (a kiosk visit's wipe hides it first).
            self.visit.abandon()
        elif kind == QEvent.Type.Show and self.visit.ended and self.visit.step is not None:
            # Shown again after an abandon: a new session on the page it shows.
            step = self.visit.step
            self.visit.new()
            self.visit.show(step, "forward")
        return False
