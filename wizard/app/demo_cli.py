"""`upgrade-wizard demo prepare ...`: make the demo account a prospect's company, before the demo.

The demo ledger (`--ledger FILE`, else the one --demo uses) is set aside and seeded
with the prospect (wizard/ledger/demo_prepare.py says why a new file). No Qt.
`--reset-demo` and `--prospects FILE` of the GUI are read here too, before a window opens.

Exit status: 0 done, 2 refused (one sentence on stderr, never a traceback).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from wizard.core.languages import LANGUAGES

EXIT_OK, EXIT_REFUSED = 0, 2


def add_demo_parser(subparsers) -> argparse.ArgumentParser:
    demo = subparsers.add_parser(
        "demo", help="prepare the demo for a prospect",
        description="The demo account of --demo, made a prospect's company.",
    )
    commands = demo.add_subparsers(dest="demo_command", metavar="SUBCOMMAND", required=True)
    prepare = commands.add_parser(
        "prepare", help="make the demo account the prospect's company",
        description="Set the demo ledger aside (as FILE.previous) and start a new one with the prospect's company:"
                    " its users, its current plan (seats for every fourth user), the demo Visa 4242."
                    " `python main.py --demo --reset-demo` brings the template back.",
    )
    prepare.add_argument("--company", required=True, metavar="NAME", help="the company's name")
    prepare.add_argument("--country", required=True, metavar="CC", help="its country, ISO code (DE, CH, ...)")
    prepare.add_argument("--currency", required=True, metavar="CUR",
                         help="its currency, one the catalog sells in (EUR, CHF, ...)")
    prepare.add_argument("--language", required=True, choices=LANGUAGES, help="the demo's language")
    users = prepare.add_mutually_exclusive_group(required=True)
    users.add_argument("--users", type=int, metavar="N",
                       help="this many users with generated names in several languages (the first two admins)")
    users.add_argument("--users-csv", metavar="FILE",
                       help="the users from a CSV with the header name,email,role (the first admin is you)")
    prepare.add_argument("--plan", required=True, metavar="HUB:TIER",
                         help="the current plan to start from, e.g. sales:starter")
    prepare.add_argument("--catalog", metavar="FILE", help="a catalog JSON file instead of the shipped one")
    prepare.add_argument("--ledger", metavar="FILE",
                         help="the demo ledger (default: the one --demo uses, in the program's data folder)")
    return demo


def run_demo_command(argv: list[str]) -> int:
    """`argv` from "demo" on: the exit status, or 2 with one sentence on stderr."""
    parser = argparse.ArgumentParser(prog="upgrade-wizard")
    add_demo_parser(parser.add_subparsers(dest="command", metavar="COMMAND", required=True))
    args = parser.parse_args(argv)
    from wizard.core.catalog import CatalogError
    from wizard.core.catalog_loading import load_catalog
    from wizard.core.prospect import ProspectError, check_prospect, make_prospect, problem_text, read_users_file

    try:
        catalog = load_catalog(args.catalog)
        user_list = read_users_file(args.users_csv) if args.users_csv else None
        prospect = make_prospect(args.company, args.country, args.currency, args.language, args.plan,
                                 users=args.users, user_list=user_list)
    except CatalogError as error:
        return _refuse(f"Cannot use the catalog: {error}")
    except ProspectError as error:
        where = f"{args.users_csv}, " if args.users_csv and error.line is not None else ""
        return _refuse(f"Cannot prepare the demo: {where}{error}.")
    problems = check_prospect(prospect, catalog)
    if problems:
        return _refuse(f"Cannot prepare the demo: {problem_text(problems)}.")
    path = _ledger_path(args.ledger)
    from wizard.ledger.demo_prepare import prepare_demo

    status = _with_demo_ledger(path, lambda db: prepare_demo(db, prospect, catalog=catalog))
    if status == EXIT_OK:
        print(f"The demo in {path} is now {prospect.company}: {len(prospect.users)} users (you are"
              f" {prospect.users[0].name}), {prospect.hub}:{prospect.tier} in {prospect.currency}."
              f" Start it with: python main.py --demo --lang {prospect.language}"
              + (f" --ledger {path}" if args.ledger else ""))
    return status


def prepare_start(args) -> int:
    """The GUI's `--reset-demo` and `--prospects FILE` (both imply --demo), before any window opens.

    Sets `args.prospect_list` (the navigator hands it to "Prepare demo"); 2 after one sentence on stderr.
    """
    args.demo = True
    if args.reset_demo:
        status = reset_at_start(args.ledger)
        if status:
            return status
    if args.prospects:
        prospects, status = read_prospects_at_start(args.prospects, args.catalog)
        if status:
            return status
        args.prospect_list = prospects
    return EXIT_OK


def reset_at_start(ledger: str | None) -> int:
    """`--reset-demo`: the demo ledger is the template again before the window opens."""
    from wizard.ledger.demo_prepare import reset_demo

    return _with_demo_ledger(_ledger_path(ledger), reset_demo)


def read_prospects_at_start(path: str, catalog_path: str | None):
    """`--prospects FILE`: the prospects, or (None, 2) after saying on stderr which line is wrong."""
    from wizard.core.catalog import CatalogError
    from wizard.core.catalog_loading import load_catalog
    from wizard.core.prospect import ProspectError, read_prospects_file

    try:
        return read_prospects_file(path, load_catalog(catalog_path)), EXIT_OK
    except (CatalogError, ProspectError) as error:
        print(f"Cannot use the prospects {path}: {error}.", file=sys.stderr)
        return None, EXIT_REFUSED


def _ledger_path(ledger: str | None) -> Path:
    from wizard.core.modes import DEMO

    return Path(ledger) if ledger else DEMO.default_ledger_path()


def _with_demo_ledger(path: Path, replace) -> int:
    from wizard.ledger import LedgerError, open_ledger

    try:
        db = open_ledger(path)
        try:
            replace(db).close()
        finally:
            db.close()
    except LedgerError as error:
        return _refuse(str(error))
    return EXIT_OK


def _refuse(sentence: str) -> int:
    print(sentence, file=sys.stderr)
    return EXIT_REFUSED
