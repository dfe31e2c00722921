"""`upgrade-wizard kiosk ...`: set the exit PIN, export and import a desk's settings. No Qt here.

Exit status: 0 done, 2 refused (one sentence on stderr, never a traceback).
"""
from __future__ import annotations

import argparse
import getpass
import sys

EXIT_OK, EXIT_REFUSED = 0, 2
SET_PIN_HINT = "python main.py kiosk set-pin"


def add_kiosk_parser(subparsers) -> argparse.ArgumentParser:
    """Add `kiosk` with its subcommands to an argparse subparsers object."""
    kiosk = subparsers.add_parser(
        "kiosk", help="set up a kiosk desk: its exit PIN and settings",
        description="Set up this device as a kiosk sales desk (python main.py --kiosk).",
    )
    commands = kiosk.add_subparsers(dest="kiosk_command", metavar="SUBCOMMAND", required=True)
    commands.add_parser(
        "set-pin", help="set the PIN that leaves kiosk mode",
        description="Ask twice for the exit PIN (4 to 8 digits) and keep only a salted scrypt hash of it in "
                    "the program's data folder. Five wrong PINs lock the exit for 15 minutes. Reads two "
                    "lines from the standard input when it is not a terminal.",
    )
    config = commands.add_parser(
        "config", help="export or import the desk's settings",
        description="The desk's settings (desk id, language, currency, idle timeout, countdown, "
                    "confirmation timeout, scale, catalog) as one JSON file, to set up many devices alike.",
    )
    actions = config.add_subparsers(dest="config_command", metavar="ACTION", required=True)
    export = actions.add_parser("export", help="write this desk's settings to FILE",
                                description="Write this desk's settings to FILE. The exit PIN's hash "
                                            "travels only with --with-pin; the PIN itself never does.")
    export.add_argument("file", metavar="FILE", help="the JSON file to write")
    export.add_argument("--with-pin", action="store_true", help="include the exit PIN's salt and hash")
    imp = actions.add_parser("import", help="make FILE's settings this desk's",
                             description="Check every field of FILE and make it this desk's settings (and "
                                         "exit PIN, when FILE carries one). Nothing changes when a field is "
                                         "wrong: the error names it.")
    imp.add_argument("file", metavar="FILE", help="a file written by `kiosk config export`")
    return kiosk


def build_kiosk_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="upgrade-wizard")
    add_kiosk_parser(parser.add_subparsers(dest="command", metavar="COMMAND", required=True))
    return parser


def run_kiosk_command(argv: list[str]) -> int:
    args = build_kiosk_parser().parse_args(argv)
    if args.kiosk_command == "set-pin":
        return _set_pin()
    return _export(args.file, args.with_pin) if args.config_command == "export" else _import(args.file)


def _refuse(sentence: str) -> int:
    print(sentence, file=sys.stderr)
    return EXIT_REFUSED


def _read_pin_twice() -> tuple[str, str] | None:
    """The PIN and its repetition: from the terminal without echo, else two lines of the standard input."""
    if sys.stdin is not None and sys.stdin.isatty():
        try:
            return getpass.getpass("New exit PIN (4-8 digits): "), getpass.getpass("The same PIN again: ")
        except (EOFError, KeyboardInterrupt):
            return None
    lines = [sys.stdin.readline() for _ in range(2)] if sys.stdin is not None else []
    if len(lines) < 2 or not all(lines):
        return None
    return lines[0].rstrip("\r\n"), lines[1].rstrip("\r\n")


def _set_pin() -> int:
    from wizard.core.kiosk_lock import ExitLock, PinError, check_pin

    pins = _read_pin_twice()
    if pins is None:
        return _refuse("No PIN was given; the exit PIN is unchanged.")
    first, second = pins
    try:
        check_pin(first)
    except PinError as error:
        return _refuse(f"{error} The exit PIN is unchanged.")
    if first != second:
        return _refuse("The two PINs do not match; the exit PIN is unchanged.")
    lock = ExitLock()
    try:
        lock.set_pin(first)
    except OSError as error:
        return _refuse(f"Cannot write {lock.path}: {error.strerror or error}.")
    print(f"Exit PIN set: {lock.path} keeps a salted hash of it, not the PIN.")
    return EXIT_OK


def _export(file: str, with_pin: bool) -> int:
    from wizard.core.kiosk_config import KioskConfigError, export_config

    try:
        export_config(file, with_pin=with_pin)
    except KioskConfigError as error:
        return _refuse(f"Cannot export the kiosk config: {error}")
    except OSError as error:
        return _refuse(f"Cannot write {file}: {error.strerror or error}.")
    extra = " with the exit PIN's hash" if with_pin else " without the exit PIN"
    print(f"Kiosk config written to {file}{extra}.")
    return EXIT_OK


def _import(file: str) -> int:
    from wizard.core.kiosk_config import KioskConfigError, config_path, import_config

    try:
        config = import_config(file)
    except KioskConfigError as error:
        return _refuse(str(error))
    except OSError as error:
        return _refuse(f"Cannot save the kiosk config: {error.strerror or error}.")
    print(f"Kiosk config of desk {config.desk} imported into {config_path()}.")
    return EXIT_OK
