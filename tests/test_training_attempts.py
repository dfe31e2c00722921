"""Training attempts in the ledger (migration 0006), `training attempts` in every format, and training
orders left out of `ledger summary`'s revenue."""
from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys

import pytest
from helpers import ledger_rows
from ledger_support import purchase, seeded
from sqlite_utils import Database
from sqlite_utils.db import sqlite3

from wizard.app.training_cli import run_training_command
from wizard.core.exercises import load_exercises
from wizard.core.paths import ROOT
from wizard.ledger import record_purchase
from wizard.ledger.connection import open_ledger
from wizard.ledger.schema import SCHEMA_VERSION, migrations
from wizard.ledger.training import InvalidAttempt, attempts, iso_duration, record_attempt

EXERCISE = "sales-pro-annual-named-users"
STEPS = ("product", "currency", "billing", "licenses", "payment", "review")


def attempt(**changes) -> dict:
    values = dict(
        trainee="Anna Berg", exercise=EXERCISE, way="test", score=80, started_at="2026-11-20T10:00:00Z",
        duration_ms=72_500, steps=[{"step": step, "ms": 10_000 + 500 * n, "hints": 0, "errors": n % 2}
                                   for n, step in enumerate(STEPS)],
        hints=0, errors=3, result=[{"criterion": "hub", "met": True, "expected": "sales", "done": "sales"},
                                   {"criterion": "currency", "met": False, "expected": "EUR", "done": "USD"}],
        desk="D01", language="de")
    values.update(changes)
    return values


@pytest.fixture
def two_trainees(ledger_path):
    """Anna: a guided try, then two tests (60, 100); Jörg: one test (80, started first)."""
    db = open_ledger(ledger_path)
    try:
        record_attempt(db, **attempt(way="try", score=60, hints=2, started_at="2026-11-20T09:00:00+01:00"))
        record_attempt(db, **attempt(trainee="Jörg Müller", score=80, started_at="2026-11-19T15:00:00Z"))
        record_attempt(db, **attempt(score=100, errors=0, started_at="2026-11-21T10:00:00Z"))
    finally:
        db.close()
    return ledger_path


def run(capsys, *args) -> tuple[int, str, str]:
    status = run_training_command(["training", *args])
    out, err = capsys.readouterr()
    return status, out, err


# -- the ledger ----------------------------------------------------------------------------------

def test_attempts_of_two_trainees_are_stored_and_read_back(two_trainees):
    rows = ledger_rows(two_trainees, "SELECT * FROM training_attempts ORDER BY started_at")
    assert [(r["trainee"], r["way"], r["score"]) for r in rows] == [
        ("Jörg Müller", "test", 80), ("Anna Berg", "try", 60), ("Anna Berg", "test", 100)]
    # The contract's columns, the time in UTC, the per-step times as JSON.
    assert {"id", "trainee", "exercise", "way", "score", "started_at", "duration_ms", "steps", "hints",
            "errors", "desk", "language", "result"} <= set(rows[0])
    assert rows[1]["started_at"] == "2026-11-20T08:00:00.000Z"
    assert [step["ms"] for step in json.loads(rows[0]["steps"])] == [10_000, 10_500, 11_000, 11_500, 12_000, 12_500]
    db = open_ledger(two_trainees)
    try:
        assert [a["trainee"] for a in attempts(db)] == ["Jörg Müller", "Anna Berg", "Anna Berg"]
        annas = attempts(db, trainee="Anna Berg")
        assert [a["score"] for a in annas] == [60, 100]
        assert annas[0]["result"][1] == {"criterion": "currency", "met": False, "expected": "EUR", "done": "USD"}
        assert attempts(db, trainee="Nobody") == []
    finally:
        db.close()


@pytest.mark.parametrize("sql", [
    "UPDATE training_attempts SET score = 100",
    "DELETE FROM training_attempts",
    "INSERT OR REPLACE INTO training_attempts SELECT * FROM training_attempts",
])
def test_attempts_are_append_only(two_trainees, sql):
    conn = sqlite3.connect(str(two_trainees))
    try:
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute(sql)
    finally:
        conn.close()
    assert len(ledger_rows(two_trainees, "SELECT id FROM training_attempts")) == 3


@pytest.mark.parametrize("changes, named", [
    ({"trainee": "  "}, "trainee"),
    ({"trainee": "x" * 101}, "trainee"),
    ({"way": "watch"}, "way"),
    ({"score": 101}, "score"),
    ({"score": -1}, "score"),
    ({"score": 99.5}, "score"),
    ({"score": True}, "score"),
    ({"duration_ms": -1}, "duration_ms"),
    ({"hints": -1}, "hints"),
    ({"steps": "[]"}, "steps"),
    ({"steps": [{"step": "product", "ms": 5}]}, "steps[0]"),
    ({"steps": [{"step": "product", "ms": -5, "hints": 0, "errors": 0}]}, "steps[0].ms"),
    ({"started_at": "yesterday"}, "started_at"),
    ({"started_at": "2026-11-20T10:00:00"}, "time zone"),
    ({"desk": "D 01"}, "desk"),
    ({"language": "fr"}, "language"),
])
def test_values_out_of_bounds_are_refused_and_nothing_is_written(ledger_path, changes, named):
    db = open_ledger(ledger_path)
    try:
        with pytest.raises(InvalidAttempt, match=re.escape(named)):
            record_attempt(db, **attempt(**changes))
    finally:
        db.close()
    assert ledger_rows(ledger_path, "SELECT id FROM training_attempts") == []


@pytest.mark.parametrize("column, value", [("way", "watch"), ("score", 101), ("duration_ms", -1),
                                           ("steps", '{"step": 1}'), ("steps", "not json"), ("trainee", "")])
def test_the_table_checks_values_too(two_trainees, column, value):
    """A writer that bypasses record_attempt still meets the table's CHECKs."""
    conn = sqlite3.connect(str(two_trainees))
    try:
        cursor = conn.execute("SELECT * FROM training_attempts LIMIT 1")
        row = dict(zip([d[0] for d in cursor.description], cursor.fetchone()))
        row.update(id="another", **{column: value})
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute(f"INSERT INTO training_attempts ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                         list(row.values()))
    finally:
        conn.close()


def test_a_ledger_of_the_previous_schema_gets_the_table(ledger_path):
    old = Database(ledger_path)
    migrations().apply(old, stop_before="0006_training_attempts")
    assert old.execute("PRAGMA user_version").fetchone()[0] == 5
    old.close()
    db = open_ledger(ledger_path)
    try:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION >= 6
        record_attempt(db, **attempt())
        assert len(attempts(db)) == 1
    finally:
        db.close()


@pytest.mark.parametrize("ms, text", [(0, "PT0S"), (12_500, "PT12.5S"), (12_345, "PT12.34S"), (60_000, "PT1M"),
                                      (75_050, "PT1M15.05S"), (3_723_000, "PT1H2M3S")])
def test_iso_durations_keep_hundredths_of_a_second(ms, text):
    assert iso_duration(ms) == text


# -- `training attempts` ------------------------------------------------------------------------

def test_table_has_aligned_columns(two_trainees, capsys):
    status, out, _ = run(capsys, "attempts", "--ledger", str(two_trainees))
    assert status == 0
    lines = out.splitlines()
    assert lines[0].split()[:3] == ["Started", "(UTC)", "Trainee"] and lines[-1] == "3 attempts"
    assert "Jörg Müller" in lines[2] and "80" in lines[2]
    # Every column starts where its heading does.
    for heading in ("Trainee", "Exercise", "Way", "Desk"):
        column = lines[0].index(heading)
        assert all(line[column - 2:column] == "  " and line[column] != " " for line in lines[2:5])
    for heading in ("Score", "Errors"):  # numbers right-aligned under their heading's end
        end = lines[0].index(heading) + len(heading)
        assert all(line[end - 1].isdigit() and line[end:end + 1] in (" ", "") for line in lines[2:5])


def test_trainee_filter(two_trainees, capsys):
    status, out, _ = run(capsys, "attempts", "--trainee", "Jörg Müller", "--format", "json",
                         "--ledger", str(two_trainees))
    assert status == 0
    assert [a["trainee"] for a in json.loads(out)] == ["Jörg Müller"]


def test_json_holds_every_attempt_with_its_steps(two_trainees, capsys):
    status, out, _ = run(capsys, "attempts", "--format", "json", "--ledger", str(two_trainees))
    assert status == 0
    found = json.loads(out)
    assert [a["score"] for a in found] == [80, 60, 100]
    assert [s["step"] for s in found[0]["steps"]] == list(STEPS)
    assert found[1]["hints"] == 2 and found[1]["way"] == "try"


def test_csv_cells_are_neutralised(ledger_path, capsys):
    db = open_ledger(ledger_path)
    try:
        record_attempt(db, **attempt(trainee="=HYPERLINK(\"http://example.com\")"))
        record_attempt(db, **attempt(trainee="Lena; Hoffmann"))
    finally:
        db.close()
    status, out, _ = run(capsys, "attempts", "--format", "csv", "--ledger", str(ledger_path))
    assert status == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["trainee"] for r in rows] == ["'=HYPERLINK(\"http://example.com\")", "Lena; Hoffmann"]
    assert rows[0]["score"] == "80" and json.loads(rows[0]["steps"])[0]["step"] == "product"
    assert out.splitlines()[1].startswith('"')  # text cells quoted


def test_xapi_statements_have_the_shape_an_lrs_takes(two_trainees, capsys):
    status, out, _ = run(capsys, "attempts", "--format", "xapi", "--ledger", str(two_trainees))
    assert status == 0
    statements = json.loads(out)
    assert len(statements) == 3
    title = load_exercises()[EXERCISE]
    for statement in statements:
        assert set(statement) == {"id", "actor", "verb", "object", "result", "timestamp", "context"}
        assert re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", statement["id"])
        actor = statement["actor"]
        # One identifier, an account; no e-mail or other personal data.
        assert set(actor) == {"objectType", "name", "account"} and actor["objectType"] == "Agent"
        assert actor["account"] == {"homePage": "urn:upgrade-wizard", "name": actor["name"]}
        assert "@" not in json.dumps(statement)
        assert statement["verb"] == {"id": "http://adlnet.gov/expapi/verbs/completed",
                                     "display": {"en-US": "completed"}}
        assert statement["object"] == {
            "objectType": "Activity", "id": f"urn:upgrade-wizard:exercise:{EXERCISE}",
            "definition": {"name": {"en-US": title.text("title", "en"), "de-DE": title.text("title", "de")}}}
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", statement["timestamp"])
        assert statement["context"] == {"extensions": {"urn:upgrade-wizard:way": statement["context"]
                                                       ["extensions"]["urn:upgrade-wizard:way"]}}
        assert statement["result"]["duration"] == "PT1M12.5S"
    first, _, last = statements
    assert first["actor"]["name"] == "Jörg Müller" and first["timestamp"] == "2026-11-19T15:00:00.000Z"
    assert first["result"] == {"score": {"scaled": 0.8, "raw": 80, "min": 0, "max": 100}, "success": False,
                               "completion": True, "duration": "PT1M12.5S"}
    assert last["result"]["success"] is True and last["result"]["score"]["scaled"] == 1.0
    assert statements[1]["context"]["extensions"]["urn:upgrade-wizard:way"] == "try"
    # The same attempt gives the same statement id: a second export does not double the LRS's records.
    assert run(capsys, "attempts", "--format", "xapi", "--ledger", str(two_trainees))[1] == out


def test_the_default_ledger_is_training_modes(_private_data_dir, capsys):
    from wizard.core.modes import TRAINING

    db = open_ledger(TRAINING.default_ledger_path())
    try:
        record_attempt(db, **attempt())
    finally:
        db.close()
    assert TRAINING.default_ledger_path().parent == _private_data_dir
    status, out, _ = run(capsys, "attempts")
    assert status == 0 and out.splitlines()[-1] == "1 attempt"


def test_a_missing_ledger_is_refused_and_not_created(tmp_path, capsys):
    path = tmp_path / "none.sqlite3"
    status, out, err = run(capsys, "attempts", "--ledger", str(path))
    assert status == 2 and "no ledger" in err and out == ""
    assert not path.exists()


def test_main_py_has_the_training_command(two_trainees):
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "training", "attempts", "--format", "xapi",
                           "--ledger", str(two_trainees)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert len(json.loads(done.stdout)) == 3


# -- `ledger summary` ---------------------------------------------------------------------------

def test_summary_revenue_leaves_out_training_orders(tmp_path, capsys):
    from wizard.ledger.cli import main

    path = tmp_path / "ledger.sqlite3"
    db, account_id = seeded(path)
    record_purchase(db, purchase(db, account_id, currency="EUR"))
    record_purchase(db, purchase(db, account_id, currency="EUR", mode="training"))
    record_purchase(db, purchase(db, account_id, currency="USD", mode="training"))
    db.close()
    assert main(["summary", "--ledger", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Orders:          3" in out
    revenue = next(line for line in out.splitlines() if line.startswith("Revenue:"))
    assert revenue.split(None, 1)[1] == "EUR 200.00"  # the standard order only, no USD at all
    assert "Training orders: 2 (not in the revenue)" in out
