"""Grading a training attempt against its exercise, and checking one step's fields. Plain Python, no Qt.

`done` and `fields` use the exercise's words (core/exercises.py): licensed and
ticked users by name, the payment method as "saved" or "new". Lists of users
compare as sets: the order in which they were ticked does not matter.
"""
from __future__ import annotations

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


def _matches(name: str, expected: object, given: object) -> bool:
    if name in _SET_VALUED:
        if not isinstance(given, (list, tuple, set, frozenset)):
            return False
        return set(map(str, given)) == set(map(str, expected))  # type: ignore[arg-type]
    if isinstance(expected, bool):
        return isinstance(given, bool) and given == expected
    return given == expected
