"""`upgrade-wizard training ...`: the trainer's view of the attempts in a ledger.

`attempts` lists them (a table, CSV, JSON, or xAPI statements for a learning record store) without
Qt; `report` draws a PDF with Qt, offscreen. The ledger is the one training mode writes to:
`--ledger FILE`, else the default ledger (core/modes.py TRAINING), as the `ledger` commands find it.

Exit status: 0 done, 2 refused (one sentence on stderr, never a traceback).
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

from wizard.core.exercises import ExerciseError, load_exercises
from wizard.core.languages import LANGUAGES

EXIT_OK, EXIT_REFUSED = 0, 2
FORMATS = ("table", "csv", "json", "xapi")
CSV_COLUMNS = ("id", "trainee", "exercise", "way", "score", "started_at", "duration_ms", "hints", "errors", "desk",
               "language", "steps", "result")
_TABLE = (("Started (UTC)", "started_at"), ("Trainee", "trainee"), ("Exercise", "exercise"), ("Way", "way"),
          ("Score", "score"), ("Duration", "duration_ms"), ("Hints", "hints"), ("Errors", "errors"),
          ("Desk", "desk"))
_RIGHT = frozenset({"score", "duration_ms", "hints", "errors"})


def add_training_parser(subparsers) -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--ledger", metavar="FILE",
                        help="the ledger file (default: the one training mode uses, ledger.sqlite3 in the "
                             "program's data folder)")
    common.add_argument("--trainee", metavar="NAME", help="only this trainee's attempts (the name as typed)")
    training = subparsers.add_parser(
        "training", help="training results: list the attempts, write a trainer's report",
        description="The attempts trainees made in training mode (python main.py --training).",
    )
    commands = training.add_subparsers(dest="training_command", metavar="SUBCOMMAND", required=True)
    attempts = commands.add_parser(
        "attempts", parents=[common], help="list the attempts",
        description="List every attempt, oldest first: as a table, CSV, JSON, or xAPI 1.0.3 statements (one "
                    "per attempt, the trainee as an account on urn:upgrade-wizard, no e-mail) for a learning "
                    "record store.")
    attempts.add_argument("--format", choices=FORMATS, default="table", help="output format (default: table)")
    report = commands.add_parser(
        "report", parents=[common], help="write the trainer's report as a PDF",
        description="Write a PDF with one page per trainee and exercise: the time per step of the latest "
                    "attempt and the scores over all attempts, as charts (needs Qt; runs offscreen).")
    report.add_argument("--output", metavar="FILE", required=True, help="the PDF file to write")
    report.add_argument("--lang", choices=LANGUAGES,
                        help="the report's language (default: the last one chosen in the program, else the "
                             "system's)")
    return training


def run_training_command(argv: list[str]) -> int:
    """`argv` from "training" on: the exit status, or 2 with one sentence on stderr."""
    from wizard.ledger.driver import sqlite3

    from wizard.core.modes import TRAINING
    from wizard.ledger.errors import LedgerError
    from wizard.ledger.output import stdout_reader_may_leave

    parser = argparse.ArgumentParser(prog="upgrade-wizard")
    add_training_parser(parser.add_subparsers(dest="command", metavar="COMMAND", required=True))
    args = parser.parse_args(argv)
    path = Path(args.ledger) if args.ledger else TRAINING.default_ledger_path()
    with stdout_reader_may_leave():
        try:
            if not path.exists():
                raise LedgerError(f"There is no ledger at {path} yet.")
            exercises = load_exercises()
            from wizard.ledger.connection import open_ledger
            from wizard.ledger.training import attempts

            db = open_ledger(path)
            try:
                found = attempts(db, trainee=args.trainee)
            finally:
                db.close()
            if args.training_command == "attempts":
                write_attempts(found, exercises, args.format, sys.stdout)
                return EXIT_OK
            return _report(found, exercises, args, path)
        except (LedgerError, ExerciseError, sqlite3.Error) as error:
            sentence = str(error).strip().rstrip(".") or type(error).__name__
            if isinstance(error, sqlite3.Error):  # one nothing above turned into a sentence
                sentence = f"The ledger {path} could not be used: {sentence}"
            print(f"error: {sentence.rstrip('.')}.", file=sys.stderr)
            return EXIT_REFUSED


def _report(found: list[dict], exercises: dict, args, path: Path) -> int:
    from wizard.ledger.errors import LedgerError

    if not found:
        whose = f" of {args.trainee}" if args.trainee else ""
        raise LedgerError(f"There are no training attempts{whose} in {path}, so no report was written.")
    try:
        pages = write_report_file(found, exercises, args.output, args.lang)
    except OSError as error:
        raise LedgerError(f"The report file {args.output} cannot be written ({error.strerror}).") from error
    trainees = len({attempt["trainee"] for attempt in found})
    print(f"Training report written to {args.output}: {pages} pages, {trainees} trainees.", file=sys.stderr)
    return EXIT_OK


def write_report_file(found: list[dict], exercises: dict, output: str, language: str | None) -> int:
    """Qt draws the PDF: started here offscreen when no application runs yet. Returns the page count."""
    import os

    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        write_report_file.app = QGuiApplication([])  # kept: Qt needs its application while it draws
    from wizard.ui.kit.training_report import write_training_report
    from wizard.ui.kit.translations import start_language

    return write_training_report(found, exercises, output, start_language(language))


def write_attempts(found: list[dict], exercises: dict, format: str, out) -> None:
    if format == "table":
        for line in table_lines(found):
            print(line, file=out)
    elif format == "csv":
        write_csv(found, out)
    elif format == "json":
        json.dump(found, out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        from wizard.ledger.training import xapi_statement

        statements = [xapi_statement(attempt, _titles(exercises, attempt["exercise"])) for attempt in found]
        json.dump(statements, out, ensure_ascii=False, indent=2)
        out.write("\n")


def _titles(exercises: dict, exercise_id: str) -> dict[str, str]:
    exercise = exercises.get(exercise_id)
    if exercise is None:  # an exercise no longer shipped: its id names it
        return {}
    return {language: exercise.text("title", language) for language in LANGUAGES}


def table_lines(found: list[dict]):
    """Aligned columns, every text from the ledger on one line (`visible`)."""
    from wizard.ledger.report import visible

    rows = [[visible(_cell(key, attempt[key])) for _, key in _TABLE] for attempt in found]
    widths = [max([len(name)] + [len(row[i]) for row in rows]) for i, (name, _) in enumerate(_TABLE)]

    def line(cells) -> str:
        return "  ".join(cell.rjust(width) if key in _RIGHT else cell.ljust(width)
                         for cell, width, (_, key) in zip(cells, widths, _TABLE)).rstrip()

    yield line(name for name, _ in _TABLE)
    yield line("-" * width for width in widths)
    for row in rows:
        yield line(row)
    yield f"{len(found)} attempt{'' if len(found) == 1 else 's'}"


def _cell(key: str, value) -> str:
    if key == "started_at":
        return value[:19].replace("T", " ")
    if key == "duration_ms":
        return f"{value / 1000:.1f} s"
    return str(value)


def write_csv(found: list[dict], out) -> None:
    """Text cells neutralised against formula injection and quoted, as `ledger export` does."""
    from wizard.ledger.export import neutralise_cell

    csv.writer(out, lineterminator="\n").writerow(CSV_COLUMNS)
    writer = csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_NONNUMERIC)
    for attempt in found:
        cells = [json.dumps(attempt[key], ensure_ascii=False) if key in ("steps", "result") else attempt[key]
                 for key in CSV_COLUMNS]
        writer.writerow([neutralise_cell(cell) for cell in cells])
