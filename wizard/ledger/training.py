"""Training attempts: one append-only row per graded run through an exercise (migration 0006).

What is kept about a trainee is the name they typed at the start, nothing else. Every value is
checked here, with one sentence naming it, before anything is written; the table's CHECKs and
triggers are the second line (append-only like the events).
"""
from __future__ import annotations

import json
import uuid
from datetime import datetime, timezone

from wizard.core.desks import is_desk_id
from wizard.core.exercises import WAYS
from wizard.core.languages import LANGUAGES
from wizard.ledger.errors import LedgerError

TRAINEE_MAX = 100
STEP_KEYS = ("step", "ms", "hints", "errors")
COLUMNS = ("id", "trainee", "exercise", "way", "score", "started_at", "duration_ms", "steps", "hints", "errors",
           "desk", "language", "result", "recorded_at")

# xAPI (1.0.3): no e-mail, so the actor is an account on this program; statement ids are derived
# from the attempt id, so sending the same attempts twice gives an LRS the same statements.
XAPI_HOME = "urn:upgrade-wizard"
XAPI_WAY = "urn:upgrade-wizard:way"
XAPI_COMPLETED = {"id": "http://adlnet.gov/expapi/verbs/completed", "display": {"en-US": "completed"}}
XAPI_LANGUAGE_TAGS = {"en": "en-US", "de": "de-DE"}
_XAPI_STATEMENTS = uuid.UUID("6f1c2a8e-3b57-4d0e-9a64-1e2f7c5b8d90")


class InvalidAttempt(LedgerError, ValueError):
    """An attempt with a value out of bounds (a caller's bug); nothing was written."""


def record_attempt(db, *, trainee: str, exercise: str, way: str, score: int, started_at: str | datetime,
                   duration_ms: int, steps: list[dict], hints: int, errors: int, result: list[dict], desk: str,
                   language: str) -> str:
    """Append one attempt; returns its id. InvalidAttempt names the first value out of bounds.

    `steps`: [{"step": step id, "ms": time on it, "hints": hints shown, "errors": wrong choices}];
    `result`: the graded criteria as dicts (grading.Graded.as_dict()).
    """
    from wizard.ledger.connection import write_transaction
    from wizard.ledger.timestamps import time_ordered_uuid, utc_now

    trainee = trainee.strip() if isinstance(trainee, str) else trainee
    if not isinstance(trainee, str) or not trainee or len(trainee) > TRAINEE_MAX or not trainee.isprintable():
        _refuse(f"the trainee's name must be 1 to {TRAINEE_MAX} printable characters")
    if not isinstance(exercise, str) or not exercise:
        _refuse("the exercise id is empty")
    if way not in WAYS:
        _refuse(f"way {way!r} is not one of {', '.join(WAYS)}")
    if not _whole(score) or not 0 <= score <= 100:
        _refuse(f"score {score!r} must be a whole number from 0 to 100")
    for name, value in (("duration_ms", duration_ms), ("hints", hints), ("errors", errors)):
        if not _whole(value) or value < 0:
            _refuse(f"{name} {value!r} must be a whole number, 0 or more")
    if not is_desk_id(desk):
        _refuse(f"desk {desk!r} is not a valid desk id")
    if language not in LANGUAGES:
        _refuse(f"language {language!r} is not one of {', '.join(LANGUAGES)}")
    started = _utc_text(started_at)
    steps_json = json.dumps(_checked_steps(steps), ensure_ascii=False)
    try:
        result_json = json.dumps(list(result), ensure_ascii=False, sort_keys=True)
    except (TypeError, ValueError) as error:
        raise InvalidAttempt(f"The attempt was not recorded: its result is not JSON ({error}).") from error
    attempt_id = time_ordered_uuid()
    with write_transaction(db):
        db.execute(
            f"INSERT INTO training_attempts ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})",
            [attempt_id, trainee, exercise, way, score, started, duration_ms, steps_json, hints, errors, desk,
             language, result_json, utc_now()],
        )
    return attempt_id


def attempts(db, *, trainee: str | None = None) -> list[dict]:
    """Every attempt (or one trainee's), oldest first (attempts started at once: in the order recorded);
    `steps` and `result` as lists."""
    where, params = ("WHERE trainee = ?", [trainee]) if trainee is not None else ("", [])
    rows = db.conn.execute(
        f"SELECT {', '.join(COLUMNS)} FROM training_attempts {where} ORDER BY started_at, recorded_at, rowid", params)
    found = []
    for row in rows:
        attempt = dict(zip(COLUMNS, row))
        attempt["steps"] = json.loads(attempt["steps"])
        attempt["result"] = json.loads(attempt["result"])
        found.append(attempt)
    return found


def xapi_statement(attempt: dict, titles: dict[str, str] | None = None) -> dict:
    """One xAPI 1.0.3 statement for one attempt: the trainee completed the exercise, with its score.

    `titles`: the exercise's title per language ("en", "de"); the exercise id when there is none.
    """
    trainee, score = attempt["trainee"], attempt["score"]
    names = {XAPI_LANGUAGE_TAGS[lang]: title for lang, title in (titles or {}).items()
             if lang in XAPI_LANGUAGE_TAGS and title}
    return {
        "id": str(uuid.uuid5(_XAPI_STATEMENTS, attempt["id"])),
        "actor": {"objectType": "Agent", "name": trainee, "account": {"homePage": XAPI_HOME, "name": trainee}},
        "verb": XAPI_COMPLETED,
        "object": {
            "objectType": "Activity",
            "id": f"{XAPI_HOME}:exercise:{attempt['exercise']}",
            "definition": {"name": names or {"en-US": attempt["exercise"]}},
        },
        "result": {
            "score": {"scaled": score / 100, "raw": score, "min": 0, "max": 100},
            "success": score == 100,
            "completion": True,
            "duration": iso_duration(attempt["duration_ms"]),
        },
        "timestamp": attempt["started_at"],
        "context": {"extensions": {XAPI_WAY: attempt["way"]}},
    }


def iso_duration(ms: int) -> str:
    """12500 -> "PT12.5S", 75000 -> "PT1M15S", 0 -> "PT0S": ISO 8601, to the 0.01 s xAPI keeps."""
    centis = ms // 10
    hours, rest = divmod(centis, 360_000)
    minutes, rest = divmod(rest, 6_000)
    seconds, fraction = divmod(rest, 100)
    text = "PT" + (f"{hours}H" if hours else "") + (f"{minutes}M" if minutes else "")
    if seconds or fraction or text == "PT":
        text += f"{seconds}.{fraction:02d}".rstrip("0").rstrip(".") + "S"
    return text


def _refuse(problem: str) -> None:
    raise InvalidAttempt(f"The attempt was not recorded: {problem}.")


def _whole(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _utc_text(value: str | datetime) -> str:
    """An aware time as the ledger writes times: UTC, milliseconds, "Z"."""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            _refuse(f"started_at {value!r} is not an ISO 8601 time")
    if not isinstance(value, datetime) or value.tzinfo is None:
        _refuse(f"started_at {value!r} must be a time with its time zone")
    return value.astimezone(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _checked_steps(steps) -> list[dict]:
    if not isinstance(steps, (list, tuple)):
        _refuse("steps must be a list")
    checked = []
    for number, step in enumerate(steps):
        if not isinstance(step, dict) or set(step) != set(STEP_KEYS):
            _refuse(f"steps[{number}] must have exactly the keys {', '.join(STEP_KEYS)}")
        if not isinstance(step["step"], str) or not step["step"]:
            _refuse(f"steps[{number}].step must be a step id")
        for key in STEP_KEYS[1:]:
            value = step[key]
            if not _whole(value) or value < 0:
                _refuse(f"steps[{number}].{key} {value!r} must be a whole number, 0 or more")
        checked.append({key: step[key] for key in STEP_KEYS})
    return checked
