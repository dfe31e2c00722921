"""Grading a training attempt against its exercise, and checking one step's fields. Plain Python, no Qt.

`done` and `fields` use the exercise's words (core/exercises.py): licensed and
ticked users by name, the payment method as "saved" or "new". Lists of users
compare as sets: the order in which they were ticked does not matter.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from wizard.core.exercises import Exercise, Step

_SET_VALUED = frozenset({"licensed_users", "ticked_users"})


@dataclass(frozen=True)
class Graded:
    criterion: str
    met: bool
    expected: object
    done: object

    def as_dict(self) -> dict:
        """The contract of the training window's result(): criterion, met, expected, done."""
        return {"criterion": self.criterion, "met": self.met, "expected": self.expected, "done": self.done}


def grade(exercise: Exercise, done: dict[str, object]) -> tuple[list[Graded], int]:
    """Each criterion met or not (a missing key was not done: None), and the score 0..100, a half rounded up."""
    graded = []
    for criterion, expected in exercise.criteria.items():
        given = done.get(criterion)
        graded.append(Graded(criterion, _matches(criterion, expected, given), expected, given))
    if not graded:
        return graded, 0
    met = sum(1 for g in graded if g.met)
    score = int((Decimal(100 * met) / len(graded)).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    return graded, score


def step_done(step: Step, fields: dict[str, object]) -> bool:
    """True when every field the step expects has the expected value (a step expecting nothing is done)."""
    return all(_matches(name, expected, fields.get(name)) for name, expected in step.expect.items())


def wrong_fields(step: Step, fields: dict[str, object]) -> dict[str, tuple[object, object]]:
    """field -> (expected, given) for each expected field that is set, but not as the step expects.

    A field not set yet (absent, None, "", an empty list, or a box not ticked) is not a wrong choice: it is
    still to be made. A box ticked where the step expects it unticked is.
    """
    wrong = {}
    for name, expected in step.expect.items():
        given = fields.get(name)
        if given is None or given is False or given == "" or given == []:
            continue
        if not _matches(name, expected, given):
            wrong[name] = (expected, given)
    return wrong


class ErrorTally:
    """The wrong values a trainee committed to, per step and per field; each wrong value once per step.

    A field is judged as the real product judges an entry: when the trainee commits to it, never while it is
    being made. `went_on()`: the trainee goes on from the step (Next, the step's action, the end of the test)
    with what it shows: every wrong field counts. `left()`: the trainee left a control (the focus moved on):
    a wrong field counts only if the trainee changed it since the step began (`begin()`), so a default the
    trainee has not touched yet is no error, and neither is a card number half typed nor the first of the
    users to tick (both still being entered while the focus stays in their control).
    """

    def __init__(self, steps: int) -> None:
        self.per_step = [0] * steps
        self.per_field: dict[str, int] = {}
        self._seen: set[tuple[int, str, str]] = set()
        self._began: tuple[int, dict[str, str]] | None = None  # the step, and its fields as the trainee found them

    def begin(self, index: int, step: Step, fields: dict[str, object]) -> None:
        """The trainee is at step `index` (from now on); its fields as found are no choice of theirs."""
        if self._began is None or self._began[0] != index:
            self._began = (index, {name: _key(name, fields.get(name)) for name in step.expect})

    def went_on(self, index: int, step: Step, fields: dict[str, object]) -> list[str]:
        """Every field of the step that is wrong: the trainee goes on with it. Returns the fields counted now."""
        return self._count(index, wrong_fields(step, fields))

    def left(self, index: int, step: Step, fields: dict[str, object]) -> list[str]:
        """The wrong fields of the step the trainee changed since it began. Returns the fields counted now."""
        found = self._began[1] if self._began is not None and self._began[0] == index else None
        if found is None:
            return []
        wrong = wrong_fields(step, fields)
        return self._count(index, {name: values for name, values in wrong.items()
                                   if _key(name, values[1]) != found.get(name)})

    def _count(self, index: int, wrong: dict[str, tuple[object, object]]) -> list[str]:
        counted = []
        for name, (_expected, given) in wrong.items():
            key = (index, name, _key(name, given))
            if key not in self._seen:
                self._seen.add(key)
                self.per_step[index] += 1
                self.per_field[name] = self.per_field.get(name, 0) + 1
                counted.append(name)
        return counted


def _key(name: str, value: object) -> str:
    """A value as one comparable string (lists of users as sets: the order they were ticked in is no choice)."""
    if name in _SET_VALUED and isinstance(value, (list, tuple, set, frozenset)):
        value = sorted(map(str, value))
    return json.dumps(value, default=str, sort_keys=True)


def _matches(name: str, expected: object, given: object) -> bool:
    if name in _SET_VALUED:
        if not isinstance(given, (list, tuple, set, frozenset)):
            return False
        return set(map(str, given)) == set(map(str, expected))  # type: ignore[arg-type]
    if isinstance(expected, bool):
        return isinstance(given, bool) and given == expected
    return given == expected
