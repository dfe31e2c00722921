"""Command line: the GUI options and the `ledger` and `kiosk` subcommands.

Kept free of Qt at import time: `ledger` and `kiosk` commands and `--help` never load it.
"""
from __future__ import annotations

import argparse
import sys

from wizard.core.desks import DESK_RULE, is_desk_id
from wizard.core.languages import LANGUAGES
from wizard.core.modes import mode_from_args


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="upgrade-wizard",
        description="Walk through a subscription upgrade, step by step, offline. Without a mode flag:"
        " the account window on the default ledger (an empty ledger stays empty).",
        epilog="Ledger tools: upgrade-wizard ledger {summary,orders,export,verify,seed-demo,receipt,funnel} --help;"
        " kiosk desk set-up: upgrade-wizard kiosk {set-pin,config} --help;"
        " training results: upgrade-wizard training {attempts,report} --help;"
        " printable handouts: upgrade-wizard handout --help",
    )
    # What each mode does is wizard/core/modes.py; these say it in a line each.
    parser.add_argument(
        "--demo", action="store_true", help="the wizard on the seeded demo account, in its own demo ledger"
    )
    parser.add_argument(
        "--kiosk",
        action="store_true",
        help="sales desk: the wizard full screen, orders marked kiosk (an empty ledger gets the demo account)",
    )
    parser.add_argument(
        "--training",
        action="store_true",
        help="training: a start dialog (your name, the exercise, the way), then the exercise with its coach;"
        " orders marked as training orders (an empty ledger gets the demo account)",
    )
    parser.add_argument(
        "--exercise",
        metavar="ID",
        help="training: the exercise (its file name in resources/training without .json); skips the start dialog",
    )
    parser.add_argument(
        "--way",
        choices=("show", "try", "test"),
        help="training: show (the program does it), try (with the coach; default), test (scored, no hints)",
    )
    parser.add_argument("--trainee", metavar="NAME", help="training: the trainee's name, stored with the attempt")
    parser.add_argument(
        "--prospects",
        metavar="FILE",
        help="demo: a CSV of prospects (company,country,currency,language,users,plan) to pick from in"
        " \"Prepare demo\"",
    )
    parser.add_argument(
        "--reset-demo",
        action="store_true",
        help="the demo account is the template again, whatever was bought in it (implies --demo)",
    )
    parser.add_argument(
        "--lang",
        type=_language,
        metavar="{de,en}",
        help="start language (default: the last one chosen, else the system's)",
    )
    parser.add_argument("--ledger", metavar="FILE", help="the SQLite ledger to write to")
    parser.add_argument("--catalog", metavar="FILE", help="a catalog JSON file instead of the shipped one")
    parser.add_argument(
        "--desk",
        type=_desk,
        default=None,
        help="this desk's id, the prefix of its order numbers: 1-20 letters, digits or _"
        " (default: D01; in kiosk mode the kiosk config's)",
    )
    parser.add_argument(
        "--idle-timeout",
        type=_idle_timeout,
        metavar="SECONDS",
        help="kiosk: seconds without input before \"Are you still there?\" (default: the kiosk config's, 90)",
    )
    parser.add_argument(
        "--scale",
        type=_scale,
        metavar="FACTOR",
        help="kiosk: how much larger controls and text are, 1.0-3.0 (default: the kiosk config's, 1.25)",
    )
    parser.set_defaults(prospect_list=())  # read from --prospects before any window (app/demo_cli.py)
    return parser


def build_ledger_parser() -> argparse.ArgumentParser:
    from wizard.ledger.cli import add_ledger_parser

    parser = argparse.ArgumentParser(prog="upgrade-wizard")
    add_ledger_parser(parser.add_subparsers(dest="command", metavar="COMMAND", required=True))
    return parser


def _language(value: str) -> str:
    if value not in LANGUAGES:
        raise argparse.ArgumentTypeError(
            f"unknown language {value!r}; choose one of: {', '.join(LANGUAGES)}"
        )
    return value


def _desk(value: str) -> str:
    # The ledger's own rule, checked here so a bad id stops the start, not every purchase.
    if not is_desk_id(value):
        raise argparse.ArgumentTypeError(f"desk id {value!r} must be {DESK_RULE}")
    return value


def _idle_timeout(value: str) -> float:
    from wizard.core.kiosk_config import TIMEOUT_LIMITS

    seconds = _float(value)
    if seconds is None or not 0 < seconds <= TIMEOUT_LIMITS["idle_timeout"]:
        raise argparse.ArgumentTypeError(
            f"idle timeout {value!r} must be a number of seconds above 0,"
            f" at most {TIMEOUT_LIMITS['idle_timeout']:g}"
        )
    return seconds


def _scale(value: str) -> float:
    from wizard.core.kiosk_config import SCALE_MAX, SCALE_MIN

    factor = _float(value)
    if factor is None or not SCALE_MIN <= factor <= SCALE_MAX:
        raise argparse.ArgumentTypeError(f"scale {value!r} must be a factor from {SCALE_MIN} to {SCALE_MAX}")
    return factor


def _float(value: str) -> float | None:
    import math

    try:
        number = float(value)
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def _check_training_options(args) -> int:
    """--exercise, --way and --trainee imply --training; an unknown exercise stops the start (2)."""
    if args.exercise or args.way or args.trainee:
        args.training = True
    if not args.exercise:
        return 0
    from wizard.core.exercises import ExerciseError, load_exercises

    try:
        known = load_exercises()
    except ExerciseError as error:
        print(f"Cannot use the exercises: {error}", file=sys.stderr)
        return 2
    if args.exercise not in known:
        print(f"There is no exercise {args.exercise!r}; the exercises are: {', '.join(known)}.", file=sys.stderr)
        return 2
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    # The ledger tools get their own parser so the GUI's start never imports
    # sqlite-utils just to describe them.
    if argv[:1] == ["ledger"]:
        from wizard.ledger.cli import run_ledger_command

        ledger_args = build_ledger_parser().parse_args(argv)
        if ledger_args.ledger_command == "receipt":
            from wizard.app.receipt_file import write_receipt_file

            ledger_args.receipt_writer = write_receipt_file  # Qt, which the ledger never imports
        if ledger_args.ledger_command == "funnel":
            from wizard.app.receipt_file import write_funnel_chart_file

            ledger_args.chart_writer = write_funnel_chart_file  # loads Qt only when a chart is drawn
        return run_ledger_command(ledger_args)
    if argv[:1] == ["kiosk"]:
        from wizard.app.kiosk_cli import run_kiosk_command

        return run_kiosk_command(argv)
    if argv[:1] == ["training"]:
        from wizard.app.training_cli import run_training_command

        return run_training_command(argv)
    if argv[:1] == ["handout"]:
        from wizard.app.handout_cli import run_handout_command

        return run_handout_command(argv)
    if argv[:1] == ["demo"]:
        from wizard.app.demo_cli import run_demo_command

        return run_demo_command(argv)
    args = build_parser().parse_args(argv)
    if args.reset_demo or args.prospects:
        from wizard.app.demo_cli import prepare_start

        status = prepare_start(args)  # before any window: a bad file is said on stderr
        if status:
            return status
    status = _check_training_options(args)
    if status:
        return status
    if mode_from_args(args).pin_exit:
        from wizard.app.kiosk_cli import SET_PIN_HINT
        from wizard.core.kiosk_lock import ExitLock

        # Before any window: a kiosk nobody can leave, or anybody can, is worse than none.
        if not ExitLock().has_pin():
            print(f"Kiosk mode needs an exit PIN: set one with `{SET_PIN_HINT}`.", file=sys.stderr)
            return 2
    from wizard.app.display import display_problem

    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 1
    if mode_from_args(args).coach_panel:
        from wizard.app.training import run_training

        return run_training(args)  # the start dialog, then the exercise's window
    from wizard.app import run

    return run(args)
