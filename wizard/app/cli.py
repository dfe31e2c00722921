"""Command line: the GUI options and the `ledger` subcommands.

Kept free of Qt at import time: `ledger` commands and `--help` never load it.
"""
from __future__ import annotations

import argparse
import sys

from wizard.core.desks import DESK_RULE, is_desk_id
from wizard.core.languages import LANGUAGES


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="upgrade-wizard",
        description="Walk through a subscription upgrade, step by step, offline. Without a mode flag:"
        " the account window on the default ledger (an empty ledger stays empty).",
        epilog="Ledger tools: upgrade-wizard ledger {summary,orders,export,verify,seed-demo,receipt} --help",
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
        help="orders marked as training orders, no coach panel yet (an empty ledger gets the demo account)",
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
        default="D01",
        help="this desk's id, the prefix of its order numbers: 1-20 letters, digits or _ (default: D01)",
    )
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
        return run_ledger_command(ledger_args)
    args = build_parser().parse_args(argv)
    from wizard.app.display import display_problem

    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 1
    from wizard.app import run

    return run(args)
