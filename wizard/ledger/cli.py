"""`upgrade-wizard ledger ...`: look into, export, verify and seed a ledger. No Qt here.

Exit status: 0 done, 1 verify found a broken chain, 2 the ledger could not be used.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from wizard.core.languages import LANGUAGES
from wizard.core.modes import MODES
from wizard.ledger.errors import LedgerError

EXIT_OK, EXIT_BROKEN, EXIT_UNUSABLE = 0, 1, 2


def add_ledger_parser(subparsers) -> argparse.ArgumentParser:
    """Add `ledger` with its subcommands to an argparse subparsers object."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--ledger", metavar="FILE",
                        help="the ledger file (default: ledger.sqlite3 in the program's data folder)")
    ledger = subparsers.add_parser(
        "ledger", help="look into, export, verify or seed a ledger file",
        description="Tools for the SQLite ledger that every completed purchase is written to.",
    )
    commands = ledger.add_subparsers(dest="ledger_command", metavar="SUBCOMMAND", required=True)
    commands.add_parser("summary", parents=[common], help="counts and revenue per currency",
                        description="Show how many accounts, users, orders and leads the ledger holds, "
                                    "and the revenue per currency.")
    orders = commands.add_parser("orders", parents=[common], help="list the orders as a table",
                                 description="List every order, desk by desk, in number order; with --last N, "
                                             "only the N newest, oldest of them first.")
    orders.add_argument("--last", metavar="N", type=_count, help="only the N newest orders")
    export = commands.add_parser("export", parents=[common], help="export the orders as CSV or JSON",
                                 description="Export every order with its licensed users. Card data is "
                                             "limited to brand and last four digits.")
    export.add_argument("--format", choices=("csv", "json"), default="csv", help="output format (default: csv)")
    export.add_argument("--output", metavar="FILE", help="write to FILE instead of the standard output")
    commands.add_parser("verify", parents=[common], help="check that no order was changed or removed",
                        description="Recompute every desk's hash chain. Exit status 0 when the ledger is "
                                    "intact, 1 with the first broken order named.")
    commands.add_parser("seed-demo", parents=[common], help="add the demo account (once)",
                        description="Add the demo company with its users and saved card; running it "
                                    "again changes nothing.")
    merge = commands.add_parser("merge", help="bring other desks' ledgers into one",
                                description="Copy every order, event and account of each SRC ledger into "
                                            "TARGET (created when missing), all or nothing. Each source must "
                                            "pass verify; a desk id with two different chains is refused. "
                                            "Running it again, or in another order, gives the same TARGET.")
    merge.add_argument("target", metavar="TARGET", help="the ledger to merge into")
    merge.add_argument("sources", metavar="SRC", nargs="+", help="a ledger to take orders from (only read)")
    backup = commands.add_parser("backup", parents=[common], help="copy the ledger while desks keep writing",
                                 description="Write a consistent copy of the ledger to DEST (which must not "
                                             "exist yet) through SQLite's backup API. The copy is a ledger of "
                                             "its own and passes verify.")
    backup.add_argument("dest", metavar="DEST", help="the new backup file")
    receipt = commands.add_parser("receipt", parents=[common], help="write an order's receipt as a PDF",
                                  description="Write the receipt of order NUMBER as a PDF, in the order's "
                                              "language (needs Qt).")
    receipt.add_argument("number", metavar="NUMBER", help="the order number, e.g. D01-000001")
    receipt.add_argument("--output", metavar="FILE", required=True, help="the PDF file to write")
    funnel = commands.add_parser("funnel", parents=[common], help="where visitors drop off in the wizard",
                                 description="Per step of the wizard: how many sessions reached it, how many "
                                             "left there, and the median time on it (demo, kiosk and training "
                                             "modes record the steps).")
    funnel.add_argument("--mode", choices=[mode.name for mode in MODES if mode.records_funnel],
                        help="only sessions in this mode")
    funnel.add_argument("--desk", metavar="DESK", help="only sessions at this desk, e.g. D01")
    funnel.add_argument("--since", metavar="DATE", type=_day, help="only events from this day on (YYYY-MM-DD, UTC)")
    funnel.add_argument("--chart", metavar="FILE.png", help="also draw the funnel as a bar chart (needs Qt)")
    funnel.add_argument("--lang", choices=LANGUAGES, default="en", help="the chart's language (default: en)")
    return ledger


def _count(text: str) -> int:
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number like 50")
    return int(text)


def _day(text: str):
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-05-31") from None


def run_ledger_command(args: argparse.Namespace) -> int:
    """Run one subcommand: its exit status, or 2 with one sentence on stderr, never a traceback.

    A reader that stops early (`ledger verify | head -1`) is no failure: the
    command still runs to its end and exits with its own status, its output
    past that point going to /dev/null (wizard/ledger/output.py).
    """
    from wizard.ledger.driver import sqlite3

    from wizard.ledger.output import stdout_reader_may_leave
    from wizard.core.paths import default_ledger_path

    path = Path(args.ledger) if getattr(args, "ledger", None) else default_ledger_path()
    command = args.ledger_command
    with stdout_reader_may_leave():
        try:
            if command in _OWN_FILES:  # merge opens TARGET and each SRC itself: it has no --ledger
                return _OWN_FILES[command](args)
            if command != "seed-demo" and not path.exists():
                raise LedgerError(f"There is no ledger at {path} yet.")
            from wizard.ledger.connection import open_ledger

            db = open_ledger(path)
            try:
                return _COMMANDS[command](db, args, path)
            finally:
                db.close()
        except LedgerError as error:
            print(f"error: {error}", file=sys.stderr)
            return EXIT_UNUSABLE
        except sqlite3.Error as error:
            # The safety net for SQLite errors nothing above turned into a
            # LedgerError: exit 1 would read as "verify found a broken chain".
            reason = str(error).strip().rstrip(".") or type(error).__name__
            print(f"error: The ledger {path} could not be used: {reason}.", file=sys.stderr)
            return EXIT_UNUSABLE


def main(argv: list[str] | None = None) -> int:
    """`python -m wizard.ledger SUBCOMMAND ...`, the same as `upgrade-wizard ledger ...`."""
    parser = argparse.ArgumentParser(prog="python -m wizard.ledger")
    add_ledger_parser(parser.add_subparsers(dest="command", required=True))
    return run_ledger_command(parser.parse_args(["ledger", *(sys.argv[1:] if argv is None else argv)]))


def _summary(db, args, path) -> int:
    from wizard.ledger.report import summary_lines

    for line in summary_lines(db, path):
        print(line)
    return EXIT_OK


def _orders(db, args, path) -> int:
    from wizard.ledger.report import order_table_lines

    for line in order_table_lines(db, last=args.last):
        print(line)
    return EXIT_OK


def _export(db, args, path) -> int:
    from wizard.ledger.export import export_orders

    if not args.output:
        export_orders(db, sys.stdout, args.format)
        return EXIT_OK
    try:
        # newline="": the csv module writes its own line ends.
        with open(args.output, "w", encoding="utf-8", newline="") as out:
            count = export_orders(db, out, args.format)
    except OSError as error:
        raise LedgerError(f"The export file {args.output} cannot be written ({error.strerror}).") from error
    print(f"{count} orders written to {args.output}.", file=sys.stderr)
    return EXIT_OK


def _verify(db, args, path) -> int:
    from wizard.ledger.integrity import verify

    result = verify(db)
    if result.damaged:
        print(f"error: {path}: {result.reason} It was left untouched.", file=sys.stderr)
        return EXIT_UNUSABLE
    if result.ok:
        print(f"Ledger intact: {result.checked} orders checked, every desk's chain holds.")
    elif result.first_broken:
        print(f"Ledger broken at order {result.first_broken}: {result.reason}")
    else:
        print(f"Ledger broken: {result.reason}")
    if result.legacy_orders:
        print(f"  {result.legacy_orders} orders predate the keyed chain: checked by their hash chain only.")
    for desk in result.unkeyed_desks:
        print(f"  desk {desk}: unkeyed check only (its key is not in this program's data folder, "
              "so who wrote its orders was not checked).")
    # The heads of the snapshot verify read, for a record kept elsewhere too.
    for desk, number, head in result.heads:
        print(f"  desk {desk}: last order {number}, chain head {head}")
    return EXIT_OK if result.ok else EXIT_BROKEN


def _seed_demo(db, args, path) -> int:
    from wizard.ledger.seed import seed_demo

    account_id = seed_demo(db)
    name = db.execute("SELECT name FROM accounts WHERE id = ?", [account_id]).fetchone()[0]
    print(f"Demo account {name} ({account_id}) is in {path}.")
    return EXIT_OK


def _merge(args) -> int:
    from wizard.ledger.merge import merge_ledgers

    for line in merge_ledgers(args.target, args.sources).lines():
        print(line)
    return EXIT_OK


def _backup(db, args, path) -> int:
    from wizard.ledger.backup import backup_ledger

    orders = backup_ledger(db, args.dest)
    print(f"Backup of {path} written to {args.dest}: {orders} orders; it is a ledger of its own from now on.")
    return EXIT_OK


def _receipt(db, args, path) -> int:
    """Qt draws the PDF, and the ledger never imports Qt: the program's CLI hands in the writer
    (wizard/app/receipt_file.py) as `args.receipt_writer`; `python -m wizard.ledger` has none."""
    from wizard.core.catalog_loading import load_catalog
    from wizard.ledger.receipts import receipt_data

    writer = getattr(args, "receipt_writer", None)
    if writer is None:
        raise LedgerError("Receipts need Qt: run `python main.py ledger receipt NUMBER --output FILE.pdf`.")
    data = receipt_data(db, args.number, load_catalog())
    try:
        writer(data, args.output)
    except OSError as error:
        raise LedgerError(f"The receipt file {args.output} cannot be written ({error.strerror}).") from error
    print(f"Receipt of order {data.number} written to {args.output}.", file=sys.stderr)
    return EXIT_OK


def _funnel(db, args, path) -> int:
    """The chart is drawn by Qt, handed in by the program's CLI as `args.chart_writer` (as for receipts)."""
    from wizard.ledger.funnel import funnel_lines, read_funnel

    funnel = read_funnel(db, mode=args.mode, desk=args.desk, since=args.since)
    for line in funnel_lines(funnel):
        print(line)
    if args.chart:
        writer = getattr(args, "chart_writer", None)
        if writer is None:
            raise LedgerError("Charts need Qt: run `python main.py ledger funnel --chart FILE.png`.")
        try:
            writer(funnel, args.chart, args.lang)
        except OSError as error:
            raise LedgerError(f"The chart file {args.chart} cannot be written ({error.strerror or error}).") from error
        print(f"Chart written to {args.chart}.", file=sys.stderr)
    return EXIT_OK


_COMMANDS = {"summary": _summary, "orders": _orders, "export": _export, "verify": _verify, "seed-demo": _seed_demo,
             "backup": _backup, "receipt": _receipt, "funnel": _funnel}
_OWN_FILES = {"merge": _merge}
