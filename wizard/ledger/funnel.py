"""Where visitors drop off: the wizard's step events and the funnel read from them (no Qt).

In the modes that record it (core.modes.Mode.records_funnel) every step shown,
every step left (forwards or back, with the time spent on it) and every
session that ends before a confirmation is one event. The detail holds only
the step, a random session id, the mode and times: each field is checked
here, so no company, name, e-mail or card can reach these events.
"""
from __future__ import annotations

import statistics
import uuid
from dataclasses import dataclass
from datetime import date

from wizard.ledger.errors import InvalidPurchase
from wizard.ledger.events import insert_event
from wizard.ledger.users import check_desk

STEP_SHOWN, STEP_LEFT, SESSION_ABANDONED = "step_shown", "step_left", "session_abandoned"
KINDS = (STEP_SHOWN, STEP_LEFT, SESSION_ABANDONED)
# The wizard's pages in their order (ui.upgrade.fields.PageId, names in lower case; a test holds them equal).
STEPS = ("product", "currency", "billing", "licenses", "payment", "review", "confirmation",
         "contact_sales", "lead_sent")
# Reaching one of these ends a session: nothing was abandoned.
COMPLETED_STEPS = frozenset({"confirmation", "lead_sent"})
# Shown in the funnel even when no session reached them; the branch to sales only when one did.
MAIN_PATH = STEPS[:7]
DIRECTIONS = ("forward", "back")
# At most a day on one step: a longer time is a clock that jumped, not a visitor.
MAX_MS = 24 * 60 * 60 * 1000


def record_step_shown(db, *, session_id: str, step: str, mode: str, desk: str, cancelled=None) -> str:
    """One step came on screen in session `session_id`; returns the event's uid."""
    return record_step_change(db, session_id=session_id, shown=step, mode=mode, desk=desk, cancelled=cancelled)[-1]


def record_step_left(db, *, session_id: str, step: str, direction: str, ms: int, mode: str, desk: str,
                     cancelled=None) -> str:
    """The visitor left `step` ("forward" or "back") after `ms` milliseconds on it."""
    return record_step_change(db, session_id=session_id, left=(step, direction, ms), mode=mode, desk=desk,
                              cancelled=cancelled)[0]


def record_step_change(db, *, session_id: str, mode: str, desk: str, left: tuple[str, str, int] | None = None,
                       shown: str | None = None, cancelled=None) -> list[str]:
    """A page change in one small transaction: the step `left` (step, "forward" or "back", ms on it), then
    the step `shown`; returns the events' uids."""
    return record_step_changes(db, changes=[(session_id, left, shown)], mode=mode, desk=desk, cancelled=cancelled)


def record_step_changes(db, *, changes, mode: str, desk: str, cancelled=None) -> list[str]:
    """Page changes in their order, in one small transaction (one commit for all of them): each a
    (session id, step left as (step, "forward" or "back", ms) or None, step shown or None). The wizard
    writes them after the new page is painted, usually one, a few when Next and Back came faster than that;
    returns the events' uids."""
    events = []
    for session_id, left, shown in changes:
        if left is not None:
            step, direction, ms = left
            if direction not in DIRECTIONS:
                raise InvalidPurchase(f"The step event: unknown direction {direction!r}; nothing was written.")
            events.append((STEP_LEFT, {"session": session_id, "step": step, "mode": mode, "direction": direction,
                                       "ms": ms}))
        if shown is not None:
            events.append((STEP_SHOWN, {"session": session_id, "step": shown, "mode": mode}))
    return _record(db, desk, events, cancelled)


def record_session_abandoned(db, *, session_id: str, step: str, ms: int, mode: str, desk: str,
                             cancelled=None) -> str:
    """The session ended on `step` (after `ms` on it) before a confirmation: closed, cancelled or wiped."""
    detail = {"session": session_id, "step": step, "mode": mode, "ms": ms}
    return _record(db, desk, [(SESSION_ABANDONED, detail)], cancelled)[0]


def _record(db, desk: str, events: list[tuple[str, dict]], cancelled) -> list[str]:
    """The events in a small transaction of their own, after every field of each detail was checked."""
    from wizard.ledger.connection import write_transaction

    check_desk(desk, "step event was not recorded")
    for _kind, detail in events:
        _check(detail)
    with write_transaction(db, cancelled=cancelled):
        return [insert_event(db, kind=kind, desk=desk, detail=detail) for kind, detail in events]


def _check(detail: dict) -> None:
    """Every field of a step event's detail, before anything is written (InvalidPurchase names the first)."""
    from wizard.core.modes import MODES

    try:
        detail["session"] = str(uuid.UUID(detail["session"]))
    except (ValueError, TypeError, AttributeError):
        raise InvalidPurchase("The step event: the session id is not a UUID; nothing was written.") from None
    if detail["step"] not in STEPS:
        raise InvalidPurchase(f"The step event: unknown step {detail['step']!r}; nothing was written.")
    if detail["mode"] not in {mode.name for mode in MODES}:
        raise InvalidPurchase(f"The step event: unknown mode {detail['mode']!r}; nothing was written.")
    if "ms" in detail:
        ms = detail["ms"]
        if isinstance(ms, bool) or not isinstance(ms, int) or ms < 0:
            raise InvalidPurchase(f"The step event: time on step {ms!r} is not a number of ms; nothing was written.")
        detail["ms"] = min(ms, MAX_MS)


# -- the funnel ---------------------------------------------------------------


@dataclass(frozen=True)
class StepCount:
    step: str
    reached: int  # sessions that saw this step
    left: int  # sessions abandoned on it (their last step)
    median_ms: int | None  # of each session's whole time on the step; None when nobody left it yet


@dataclass(frozen=True)
class Funnel:
    sessions: int
    steps: tuple[StepCount, ...]


def read_funnel(db, *, mode: str | None = None, desk: str | None = None, since: date | None = None) -> Funnel:
    """Per step in the wizard's order: sessions that reached it, left there, median time on it.

    `mode`, `desk`, `since` (the day, UTC, from which events count) narrow the events read.
    """
    sql = ("SELECT kind, json_extract(detail, '$.session') AS session, json_extract(detail, '$.step') AS step,"
           " json_extract(detail, '$.ms') AS ms FROM events WHERE kind IN (?, ?, ?)")
    params: list = list(KINDS)
    if mode is not None:
        sql += " AND json_extract(detail, '$.mode') = ?"
        params.append(mode)
    if desk is not None:
        sql += " AND desk = ?"
        params.append(desk)
    if since is not None:
        sql += " AND created_at >= ?"
        params.append(since.isoformat())
    reached: dict[str, set[str]] = {}
    left: dict[str, set[str]] = {}
    time_on: dict[tuple[str, str], int] = {}  # (step, session) -> ms
    sessions: set[str] = set()
    for kind, session, step, ms in db.execute(sql + " ORDER BY id", params).fetchall():
        if kind == STEP_SHOWN:
            sessions.add(session)
            reached.setdefault(step, set()).add(session)
            continue
        if kind == SESSION_ABANDONED:
            left.setdefault(step, set()).add(session)
        if isinstance(ms, int):
            time_on[step, session] = time_on.get((step, session), 0) + ms
    shown = [step for step in STEPS if step in MAIN_PATH or step in reached]
    counts = []
    for step in shown:
        times = [ms for (on, _session), ms in time_on.items() if on == step]
        counts.append(StepCount(step, len(reached.get(step, ())), len(left.get(step, ())),
                                round(statistics.median(times)) if times else None))
    return Funnel(len(sessions), tuple(counts))


def funnel_lines(funnel: Funnel) -> list[str]:
    """The funnel as a plain aligned table."""
    if not funnel.sessions:
        return ["No wizard sessions recorded (step events are written in demo, kiosk and training modes)."]
    rows = [("step", "reached", "left there", "median time")]
    for count in funnel.steps:
        median = "-" if count.median_ms is None else f"{count.median_ms / 1000:.1f} s"
        rows.append((count.step, str(count.reached), str(count.left), median))
    widths = [max(len(row[column]) for row in rows) for column in range(4)]
    lines = [f"sessions: {funnel.sessions}"]
    for row in rows:
        cells = [row[0].ljust(widths[0])] + [cell.rjust(width) for cell, width in zip(row[1:], widths[1:])]
        lines.append("  ".join(cells))
    return lines
