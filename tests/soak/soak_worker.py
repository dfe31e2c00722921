"""The soak's child process: records purchases through the real ledger API.

    soak_worker.py kill PATH             purchases on desks D01/D02 until killed; prints each confirmed number
    soak_worker.py writer PATH DESKS N   waits for a line on stdin, then N purchases cycling through DESKS
                                         (comma-separated); prints one JSON line with numbers and errors
    soak_worker.py purchase PATH         opens PATH and tries one purchase; prints one JSON line

Output is line-buffered: the parent reads "ready", then the numbers that were
confirmed before it sent SIGKILL.
"""
from __future__ import annotations

import json
import sys
import time
import traceback
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parent)]
import soak_common  # noqa: E402,F401  (puts the project and tests/ on sys.path)
from ledger_support import purchase  # noqa: E402

from wizard.ledger import LedgerError, first_account, open_ledger, record_purchase  # noqa: E402

# A child whose parent vanished must not write forever.
KILL_MODE_LIMIT_S = 60


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def kill_mode(path: str) -> None:
    db = open_ledger(path)
    account_id = first_account(db).id
    say("ready")
    deadline = time.monotonic() + KILL_MODE_LIMIT_S
    i = 0
    while time.monotonic() < deadline:
        receipt = record_purchase(db, purchase(db, account_id, desk=("D01", "D02")[i % 2]))
        say(receipt.number)  # printed only once record_purchase returned: a confirmed purchase
        i += 1
    say("limit")


def writer_mode(path: str, desks: str, count: str) -> None:
    desk_list = desks.split(",")
    db = open_ledger(path)
    account_id = first_account(db).id
    say("ready")
    sys.stdin.readline()  # the parent's start signal: every writer begins at once
    numbers, errors, locked = [], [], 0
    started = time.monotonic()
    for i in range(int(count)):
        try:
            numbers.append(record_purchase(db, purchase(db, account_id, desk=desk_list[i % len(desk_list)])).number)
        except Exception as error:  # counted and reported; the parent fails the run on any
            text = f"{type(error).__name__}: {error}"
            errors.append(text if isinstance(error, LedgerError) else text + "\n" + traceback.format_exc())
            locked += "locked" in text.lower() or "busy" in text.lower()
    db.close()
    say(json.dumps({"numbers": numbers, "errors": errors, "locked": locked,
                    "seconds": round(time.monotonic() - started, 2)}))


def purchase_mode(path: str) -> None:
    """One purchase attempt, as the program would make it on this file."""
    outcome = {"accepted": False, "refused": None, "unexpected": None}
    try:
        db = open_ledger(path)
        try:
            record_purchase(db, purchase(db, first_account(db).id, desk="D01"))
            outcome["accepted"] = True
        finally:
            db.close()
    except LedgerError as error:
        outcome["refused"] = str(error)
    except Exception:  # what a person would see as a traceback
        outcome["unexpected"] = traceback.format_exc()
    say(json.dumps(outcome))


if __name__ == "__main__":
    modes = {"kill": kill_mode, "writer": writer_mode, "purchase": purchase_mode}
    modes[sys.argv[1]](*sys.argv[2:])
